"""Russian VAT rates on postal services by product and date (pure).

The rate of a taxable postal service is kept per product with the date it takes effect,
so a sale is taxed at the rate of its own day: 20 % until 2025-12-31, 22 % from
2026-01-01 (Federal Law 425-FZ of 28.11.2025). Whether international postage is taxed
at the general rate or at 0 % (export of services) was not confirmed for this project:
those rows carry ``confirmed=False`` and the fiscal receipt says so in its audit, so a
supervisor can check them with the branch's accountant before relying on them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

# ATOL Driver v10 tax type names (JSON task "tax.type").
VAT20 = "vat20"
VAT22 = "vat22"
VAT0 = "vat0"
NONE = "none"

RATES_PERCENT = {VAT20: Decimal(20), VAT22: Decimal(22), VAT0: Decimal(0), NONE: Decimal(0)}


@dataclass(frozen=True, slots=True)
class VatRate:
    """One product's VAT from ``effective`` on; ``confirmed`` False until checked."""

    product: str  # a product code of the tariff, or "*" for any postal service
    effective: date
    tax_type: str
    confirmed: bool
    source: str


# International heavy-parcel postage: general rate assumed, NOT confirmed (see module doc).
DEFAULT_TABLE: tuple[VatRate, ...] = (
    VatRate("*", date(2019, 1, 1), VAT20, False, "Tax Code art. 164 p. 3 (general rate)"),
    VatRate("*", date(2026, 1, 1), VAT22, False, "425-FZ of 28.11.2025: 22 % from 2026-01-01"),
)


class NoVatRate(LookupError):
    """No rate is known for the product on that day."""


def vat_rate(product: str, day: date, table: tuple[VatRate, ...] = DEFAULT_TABLE) -> VatRate:
    """The rate in force for ``product`` on ``day``: the product's own rows, else ``*``."""
    for key in (product, "*"):
        rows = [r for r in table if r.product == key and r.effective <= day]
        if rows:
            return max(rows, key=lambda r: r.effective)
    raise NoVatRate(f"no VAT rate for {product} on {day.isoformat()}")


def vat_included(total: Decimal, tax_type: str) -> Decimal:
    """The VAT contained in a price that includes it, to the kopeck (half up)."""
    pct = RATES_PERCENT[tax_type]
    return (total * pct / (100 + pct)).quantize(Decimal("0.01"), ROUND_HALF_UP)
