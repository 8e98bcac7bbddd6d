"""India GST on postage at the counter (pure): taxability per product, SAC codes, CGST +
SGST or IGST, GSTIN checks, invoice numbers and rounding.

* Each product has a SAC (group 9968, postal and courier services) and is taxable or
  exempt, with the source of that decision kept beside it (``GstProduct.source``).
* 18 % in all: CGST 9 % + SGST 9 % when the place of supply is the booking office's
  state (an unregistered customer, or a registered one of the same state); IGST 18 %
  for a registered customer (valid GSTIN) of another state.
* Counter tariffs in India are taken as GST-inclusive (the amount due does not change
  with the customer's GSTIN): the taxable value is the fee / 1.18 to the paisa, each tax
  is that value times its own rate rounded to the paisa (half up), so every tax line is
  its rate of the value printed; the paisa or two by which value + taxes misses the fee
  is shown as "round off", as invoices do. The rounding to the rupee of section 170
  CGST Act applies to the tax paid in the return, not to invoice lines: not done here.
* Invoice numbers (rule 46(b) CGST Rules): at most 16 characters of letters, digits,
  "-" and "/", consecutive and unique per financial year (April–March) per GSTIN.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from stdnum.exceptions import ValidationError
from stdnum.in_ import gstin as stdnum_gstin

PAISA = Decimal("0.01")
RATE = Decimal(18)
HALF = Decimal(9)
TAX_INVOICE = "tax_invoice"
BILL_OF_SUPPLY = "bill_of_supply"
MAX_NUMBER = 16
NUMBER_CHARS = re.compile(r"^[A-Z0-9/-]{1,16}$")


@dataclass(frozen=True, slots=True)
class GstProduct:
    """A product's GST treatment and where it comes from."""

    code: str
    sac: str
    taxable: bool
    source: str


# Not confirmed with India Post: Notification 12/2017-Central Tax (Rate) exempts services
# of the Department of Posts other than speed post, express parcel post, life insurance
# and agency services. Whether a heavy parcel is "express parcel post" must be confirmed
# by the postal circle; the setting ``gst.taxable.<product>`` overrides per branch.
PRODUCTS: dict[str, GstProduct] = {
    p.code: p
    for p in (
        GstProduct(
            "heavy-parcel",
            "996811",
            True,
            "assumed taxable (parcel post, not basic mail), NOT confirmed: Notification "
            "12/2017-CT(Rate); override with setting gst.taxable.heavy-parcel",
        ),
        GstProduct(
            "express-parcel",
            "996812",
            True,
            "express parcel post is excluded from the exemption: Notification 12/2017-CT(Rate)",
        ),
        GstProduct(
            "letter",
            "996811",
            False,
            "basic mail services of the Department of Posts: exempt, Notification 12/2017-CT(Rate)",
        ),
    )
}


class GstinInvalid(ValueError):
    """The customer's GSTIN is not a valid GSTIN (checksum, format or state code)."""


def check_gstin(value: str) -> str:
    """The GSTIN in its compact form; ``GstinInvalid`` when it is not valid."""
    try:
        return str(stdnum_gstin.validate(value))
    except ValidationError as exc:
        raise GstinInvalid(f"{value!r:.30} is not a valid GSTIN: {exc}") from exc


def state_name(code: str) -> str:
    """The state's name for a two-digit GST state code ("" when unknown)."""
    # python-stdnum keeps the table private; "" if a release renames it.
    return str(getattr(stdnum_gstin, "_STATE_CODES", {}).get(code, ""))


def state_of(gstin: str) -> str:
    """The two-digit state code a GSTIN starts with."""
    return gstin[:2]


@dataclass(frozen=True, slots=True)
class GstLine:
    """One service on the invoice: value and taxes, all in rupees to the paisa."""

    description: str
    sac: str
    taxable: bool
    value: Decimal  # taxable value (or the exempt amount)
    cgst: Decimal
    sgst: Decimal
    igst: Decimal

    @property
    def total(self) -> Decimal:
        return self.value + self.cgst + self.sgst + self.igst


@dataclass(frozen=True, slots=True)
class GstInvoice:
    """The computed invoice (number given when stored)."""

    kind: str  # tax_invoice | bill_of_supply
    office_gstin: str
    customer_gstin: str
    place_of_supply: str  # state code
    inter_state: bool
    lines: tuple[GstLine, ...]
    paid: Decimal  # what the customer paid (GST-inclusive)

    @property
    def round_off(self) -> Decimal:
        """Paid minus value and taxes of the lines (a few paise, either sign)."""
        return self.paid - sum((ln.total for ln in self.lines), Decimal(0))

    def tax(self, name: str) -> Decimal:
        return sum((getattr(ln, name) for ln in self.lines), Decimal(0))


def split_inclusive(
    amount: Decimal, inter_state: bool
) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    """(value, cgst, sgst, igst) of a GST-inclusive ``amount`` at 18 %; each tax is its
    rate of the value, to the paisa."""
    amount = amount.quantize(PAISA, ROUND_HALF_UP)
    base = (amount * 100 / (100 + RATE)).quantize(PAISA, ROUND_HALF_UP)
    zero = Decimal("0.00")
    if inter_state:
        return base, zero, zero, (base * RATE / 100).quantize(PAISA, ROUND_HALF_UP)
    half = (base * HALF / 100).quantize(PAISA, ROUND_HALF_UP)
    return base, half, half, zero


def compute_invoice(
    items: list[tuple[str, str, Decimal]],
    office_gstin: str,
    customer_gstin: str = "",
    overrides: dict[str, bool] | None = None,
) -> GstInvoice:
    """The invoice for ``items`` (description, product code, GST-inclusive amount).

    ``overrides`` maps a product code to taxable True/False (the branch's setting)."""
    customer = check_gstin(customer_gstin) if customer_gstin.strip() else ""
    office = check_gstin(office_gstin)
    place = state_of(customer) if customer else state_of(office)
    inter = place != state_of(office)
    lines = []
    for description, product, amount in items:
        p = PRODUCTS.get(product, PRODUCTS["heavy-parcel"])
        taxable = (overrides or {}).get(product, p.taxable)
        if taxable:
            value, cgst, sgst, igst = split_inclusive(amount, inter)
        else:
            zero = Decimal("0.00")
            value, cgst, sgst, igst = amount.quantize(PAISA, ROUND_HALF_UP), zero, zero, zero
        lines.append(GstLine(description, p.sac, taxable, value, cgst, sgst, igst))
    kind = TAX_INVOICE if any(ln.taxable for ln in lines) else BILL_OF_SUPPLY
    paid = sum((a.quantize(PAISA, ROUND_HALF_UP) for _, _, a in items), Decimal(0))
    return GstInvoice(kind, office, customer, place, inter, tuple(lines), paid)


def financial_year(day: date) -> str:
    """ "2627" for 1 April 2026 – 31 March 2027."""
    start = day.year if day.month >= 4 else day.year - 1
    return f"{start % 100:02d}{(start + 1) % 100:02d}"


def invoice_number(series: str, kind: str, day: date, seq: int) -> str:
    """E.g. ``T01I/2627/000123``: series (up to 3 characters, the terminal), I (tax invoice)
    or B (bill of supply), financial year, 6-digit sequence; at most 16 characters."""
    head = re.sub(r"[^A-Z0-9]", "", series.upper())[:3] or "PC"
    letter = "I" if kind == TAX_INVOICE else "B"
    if not 0 < seq < 1_000_000:
        raise ValueError("invoice sequence out of range for this financial year")
    number = f"{head}{letter}/{financial_year(day)}/{seq:06d}"
    assert len(number) <= MAX_NUMBER and NUMBER_CHARS.match(number)
    return number
