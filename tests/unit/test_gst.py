"""India GST on postage: CGST+SGST or IGST, exempt lines, bill of supply, rounding to the
paisa, GSTIN check (python-stdnum), invoice numbers — table-driven."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain import gst

MH = "27AAGCP1234K1ZE"  # office in Maharashtra
KA = "29AAGCP1234K1ZA"  # customer in Karnataka
MH2 = "27AAPFU0939F1ZV"  # customer in Maharashtra


@pytest.mark.parametrize(
    ("fee", "customer", "value", "cgst", "sgst", "igst", "round_off"),
    [
        # unregistered customer: place of supply is the office's state
        ("118.00", "", "100.00", "9.00", "9.00", "0.00", "0.00"),
        ("1180.00", "", "1000.00", "90.00", "90.00", "0.00", "0.00"),
        # 100 / 1.18 = 84.745.. -> 84.75; 9 % = 7.6275 -> 7.63 (half up); 100.01 -> -0.01
        ("100.00", "", "84.75", "7.63", "7.63", "0.00", "-0.01"),
        ("0.01", "", "0.01", "0.00", "0.00", "0.00", "0.00"),
        ("13700.00", "", "11610.17", "1044.92", "1044.92", "0.00", "-0.01"),
        # registered customer of the same state: still intra-state
        ("118.00", MH2, "100.00", "9.00", "9.00", "0.00", "0.00"),
        # registered customer of another state: IGST 18 %
        ("118.00", KA, "100.00", "0.00", "0.00", "18.00", "0.00"),
        ("100.00", KA, "84.75", "0.00", "0.00", "15.26", "-0.01"),
        ("13700.00", KA, "11610.17", "0.00", "0.00", "2089.83", "0.00"),
    ],
)
def test_tax_split(
    fee: str, customer: str, value: str, cgst: str, sgst: str, igst: str, round_off: str
) -> None:
    inv = gst.compute_invoice([("Postage", "heavy-parcel", Decimal(fee))], MH, customer)
    [line] = inv.lines
    assert (line.value, line.cgst, line.sgst, line.igst) == tuple(
        Decimal(v) for v in (value, cgst, sgst, igst)
    )
    assert inv.round_off == Decimal(round_off)
    assert line.total + inv.round_off == Decimal(fee)  # what the customer paid, exactly
    assert inv.kind == gst.TAX_INVOICE and line.sac == "996811"
    assert inv.inter_state is (customer == KA)


def test_exempt_only_is_a_bill_of_supply_and_mixed_is_a_tax_invoice() -> None:
    only = gst.compute_invoice([("Letter", "letter", Decimal("50"))], MH)
    assert only.kind == gst.BILL_OF_SUPPLY and only.tax("cgst") == 0 and only.paid == 50
    mixed = gst.compute_invoice(
        [("Letter", "letter", Decimal("50")), ("Parcel", "heavy-parcel", Decimal("118"))], MH
    )
    assert mixed.kind == gst.TAX_INVOICE and mixed.tax("cgst") == Decimal("9.00")
    off = gst.compute_invoice(
        [("Parcel", "heavy-parcel", Decimal("118"))], MH, overrides={"heavy-parcel": False}
    )
    assert off.kind == gst.BILL_OF_SUPPLY  # the branch's setting overrides the default
    assert "NOT confirmed" in gst.PRODUCTS["heavy-parcel"].source


@pytest.mark.parametrize(
    "bad", ["27AAGCP1234K1ZF", "27AAGCP1234K1Z", "99AAGCP1234K1ZE", "hello", "27 AAGCP"]
)
def test_bad_customer_gstin_is_refused(bad: str) -> None:
    with pytest.raises(gst.GstinInvalid):
        gst.compute_invoice([("Parcel", "heavy-parcel", Decimal("118"))], MH, bad)


@pytest.mark.parametrize(
    ("day", "fy"),
    [(date(2026, 3, 31), "2526"), (date(2026, 4, 1), "2627"), (date(2099, 12, 1), "9900")],
)
def test_financial_year(day: date, fy: str) -> None:
    assert gst.financial_year(day) == fy


@pytest.mark.parametrize(
    ("series", "kind", "seq", "number"),
    [
        ("T01", gst.TAX_INVOICE, 1, "T01I/2627/000001"),
        ("terminal-7", gst.BILL_OF_SUPPLY, 999_999, "TERB/2627/999999"),
        ("", gst.TAX_INVOICE, 42, "PCI/2627/000042"),
    ],
)
def test_invoice_numbers_fit_16_characters(series: str, kind: str, seq: int, number: str) -> None:
    got = gst.invoice_number(series, kind, date(2026, 12, 1), seq)
    assert got == number and len(got) <= 16


def test_invoice_sequence_beyond_the_year_is_refused() -> None:
    with pytest.raises(ValueError):
        gst.invoice_number("T01", gst.TAX_INVOICE, date(2026, 12, 1), 1_000_000)
