"""GST invoices at an Indian branch: issued with the payment on a real SQLite terminal,
numbered per financial year per GSTIN, a bad customer GSTIN refused, the GST lines and
totals read back from the A4 PDF and the ESC/POS bytes."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.documents.receipt import render_receipt
from app.services.documents import receipt_for_s10
from app.services.payment import PaymentRefused, record_payment
from app.services.receipts import thermal_receipt
from app.services.terminal import DEMO_BRANCH, DEMO_CLERK, CounterContext, staff_context
from app.store.database import Database
from app.store.models import Acceptance, Branch, GstInvoice, Payment
from tests.docs_helpers import overlapping, pdf_text, text_boxes
from tests.escpos_decode import decode
from tests.sync_helpers import make_acceptances, open_test_terminal

MH = "27AAGCP1234K1ZE"
KA = "29AAGCP1234K1ZA"


@pytest.fixture
def indian(tmp_path: Path) -> Iterator[tuple[Database, CounterContext, list[str]]]:
    db = open_test_terminal(tmp_path / "terminal.db")
    made = make_acceptances(db, 3)
    with db.write() as s:
        branch = s.get(Branch, DEMO_BRANCH)
        assert branch is not None
        branch.country, branch.gstin, branch.timezone = "IN", MH, "Asia/Kolkata"
        branch.currency = "INR"
        for m in made:  # an Indian tariff: GST-inclusive rupees
            row = s.get(Acceptance, m.acceptance_id)
            assert row is not None
            row.fee_amount, row.fee_currency = Decimal("1180.00"), "INR"
    yield db, staff_context(db, DEMO_CLERK[0]), [m.acceptance_id for m in made]
    db.close()


def s10_of(db: Database, acceptance_id: str) -> str:
    with db.read() as s:
        return s.get(Acceptance, acceptance_id).pieces[0].s10  # type: ignore[union-attr]


def test_intra_state_tax_invoice_on_both_receipts(indian) -> None:
    db, ctx, ids = indian
    assert ctx.branch_country == "IN"
    record_payment(db, ctx, ids[0], "cash")  # no fiscal register in India
    with db.read() as s:
        inv = s.scalars(select(GstInvoice)).one()
        assert inv.kind == "tax_invoice" and inv.place_of_supply == "27"
        assert len(inv.number) <= 16 and inv.number.endswith("/000001")
    text = decode(thermal_receipt(db, acceptance_id=ids[0]).data).text
    for needle in ("TAX INVOICE", inv.number, MH, "CGST 9%", "SGST 9%", "90.00", "1000.00"):
        assert needle in text, needle
    assert "IGST" not in text
    pdf = render_receipt(receipt_for_s10(db, s10_of(db, ids[0])))
    page = pdf_text(pdf)
    assert "TAX INVOICE" in page and "CGST 9% 90.00" in page and "Total 1180.00 INR" in page
    assert "Place of supply 27 Maharashtra" in page
    assert overlapping(text_boxes(pdf)) == []


def test_registered_customer_of_another_state_pays_igst(indian) -> None:
    db, ctx, ids = indian
    record_payment(db, ctx, ids[0], "card", customer_gstin=KA)
    text = decode(thermal_receipt(db, acceptance_id=ids[0]).data).text
    assert "IGST 18%" in text and "180.00" in text and KA in text and "CGST" not in text


def test_bad_customer_gstin_refused_nothing_stored(indian) -> None:
    db, ctx, ids = indian
    with pytest.raises(PaymentRefused) as info:
        record_payment(db, ctx, ids[0], "card", customer_gstin="29AAGCP1234K1ZB")
    assert "GSTIN" in str(info.value)
    with db.read() as s:
        assert s.scalars(select(Payment)).all() == []


def test_numbers_run_per_financial_year_and_gstin(indian) -> None:
    db, ctx, ids = indian
    for i in ids:
        record_payment(db, ctx, i, "card")
    with db.read() as s:
        numbers = [inv.number for inv in s.scalars(select(GstInvoice).order_by(GstInvoice.seq))]
    assert [n[-6:] for n in numbers] == ["000001", "000002", "000003"]
    assert len(set(numbers)) == 3


def test_exempt_only_is_a_bill_of_supply(indian) -> None:
    db, ctx, ids = indian
    from app.store.settings import set_setting

    with db.write() as s:
        set_setting(s, "gst.taxable.heavy-parcel", False)
    record_payment(db, ctx, ids[0], "cash")
    text = decode(thermal_receipt(db, acceptance_id=ids[0]).data).text
    assert "BILL OF SUPPLY" in text and "Exempt supply" in text and "CGST" not in text


def test_invoice_is_synced_with_the_payment_and_central_accepts_its_shape(indian) -> None:
    import json

    from app.store.models import OutboxItem
    from central.payments import validate

    db, ctx, ids = indian
    record_payment(db, ctx, ids[0], "card", customer_gstin=KA)
    with db.read() as s:
        item = s.scalars(select(OutboxItem).where(OutboxItem.kind == "payment")).one()
        body = json.loads(item.payload)
    assert body["gst"]["igst"] == "180.00" and body["gst"]["customer_gstin"] == KA
    assert body["gst"]["place_of_supply"] == "29" and len(body["gst"]["number"]) <= 16
    assert validate(body) == []
    body["gst"]["number"] = "X" * 17
    assert any(r.startswith("gst.number") for r in validate(body))
