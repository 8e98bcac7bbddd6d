"""GST invoices at an Indian counter: issued with the payment, numbered per financial
year per office GSTIN, printed on the receipts (issue 15).

The office's GSTIN comes from the branch data (``branches.gstin``); a branch without one
issues no invoice. A product's taxability can be overridden per branch with the setting
``gst.taxable.<product>`` (true/false), its source being the branch's ruling.
"""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.documents.data import ReceiptFiscal
from app.domain import gst
from app.store.models import Acceptance, Branch, GstInvoice, Payment
from app.store.settings import get_setting

TITLES = {gst.TAX_INVOICE: "TAX INVOICE", gst.BILL_OF_SUPPLY: "BILL OF SUPPLY"}


def split_by_weight(total: Decimal, weights: list[int]) -> list[Decimal]:
    """``total`` split over ``weights`` to the paisa; the last share takes the remainder."""
    weights = [max(w, 1) for w in weights] or [1]
    whole = sum(weights)
    shares = [(total * w / whole).quantize(Decimal("0.01"), ROUND_HALF_UP) for w in weights[:-1]]
    return [*shares, total - sum(shares, Decimal(0))]


def issue_invoice(
    session: Session, acceptance: Acceptance, payment: Payment, customer_gstin: str = ""
) -> GstInvoice | None:
    """Compute and store the invoice of ``payment`` in the caller's transaction; None where
    the branch has no GSTIN. Raises ``gst.GstinInvalid`` for a bad customer GSTIN."""
    branch = session.get(Branch, acceptance.branch_code)
    if branch is None or branch.country != "IN" or not branch.gstin:
        return None
    pieces = list(acceptance.pieces)
    amounts = split_by_weight(Decimal(payment.amount), [p.chargeable_grams for p in pieces])
    items = [
        (f"Postage {p.s10}", acceptance.product, a) for p, a in zip(pieces, amounts, strict=True)
    ]
    override = get_setting(session, f"gst.taxable.{acceptance.product}", None)
    overrides = {acceptance.product: bool(override)} if override is not None else None
    computed = gst.compute_invoice(items, branch.gstin, customer_gstin, overrides)
    fy = gst.financial_year(payment.business_day)
    last = session.scalar(
        select(func.max(GstInvoice.seq)).where(
            GstInvoice.office_gstin == computed.office_gstin, GstInvoice.financial_year == fy
        )
    )
    seq = (last or 0) + 1
    series = str(get_setting(session, "gst.series", "") or acceptance.terminal_id)
    row = GstInvoice(
        payment_id=payment.id,
        kind=computed.kind,
        number=gst.invoice_number(series, computed.kind, payment.business_day, seq),
        seq=seq,
        financial_year=fy,
        office_gstin=computed.office_gstin,
        customer_gstin=computed.customer_gstin,
        place_of_supply=computed.place_of_supply,
        lines=json.dumps(
            [
                [
                    ln.description,
                    ln.sac,
                    ln.taxable,
                    *(str(v) for v in (ln.value, ln.cgst, ln.sgst, ln.igst)),
                ]
                for ln in computed.lines
            ]
        ),
        issued_on=payment.business_day,
    )
    session.add(row)
    return row


def receipt_gst(session: Session, acceptance_id: str) -> ReceiptFiscal | None:
    """The invoice block printed on the receipts at an Indian branch, else None."""
    found = session.execute(
        select(GstInvoice, Payment.amount, Payment.currency)
        .join(Payment, Payment.id == GstInvoice.payment_id)
        .where(Payment.acceptance_id == acceptance_id)
    ).first()
    if found is None:
        return None
    row, paid, currency = found[0], Decimal(found[1]), str(found[2])
    lines = [
        (desc, sac, bool(taxable), *(Decimal(v) for v in values))
        for desc, sac, taxable, *values in json.loads(row.lines)
    ]
    head: list[tuple[str, str]] = [
        (TITLES[row.kind], ""),
        ("Invoice No.", row.number),
        ("Date", f"{row.issued_on:%d.%m.%Y}"),
        ("GSTIN", row.office_gstin),
        ("Place of supply", f"{row.place_of_supply} {gst.state_name(row.place_of_supply)}".strip()),
    ]
    if row.customer_gstin:
        head.append(("Customer GSTIN", row.customer_gstin))
    taxes: list[tuple[str, str]] = []
    value = sum((ln[3] for ln in lines), Decimal(0))
    exempt = sum((ln[3] for ln in lines if not ln[2]), Decimal(0))
    sacs = ", ".join(sorted({ln[1] for ln in lines}))
    taxes.append((f"SAC {sacs} value", f"{value - exempt:.2f}"))
    if exempt:
        taxes.append(("Exempt supply", f"{exempt:.2f}"))
    cgst, sgst, igst = (sum((ln[i] for ln in lines), Decimal(0)) for i in (4, 5, 6))
    if igst:
        taxes.append(("IGST 18%", f"{igst:.2f}"))
    elif cgst or sgst:
        taxes += [("CGST 9%", f"{cgst:.2f}"), ("SGST 9%", f"{sgst:.2f}")]
    round_off = paid - (value + cgst + sgst + igst)
    if round_off:
        taxes.append(("Round off", f"{round_off:+.2f}"))
    taxes.append(("Total", f"{paid:.2f} {currency}"))
    return ReceiptFiscal(lines=tuple(head), qr_payload="", vat_lines=tuple(taxes))


def gst_block(session: Session, payment_id: str) -> dict[str, object] | None:
    """The invoice of a payment as synced to central (numbers and tax totals), else None."""
    row = session.scalar(select(GstInvoice).where(GstInvoice.payment_id == payment_id))
    if row is None:
        return None
    lines = json.loads(row.lines)
    totals = [sum((Decimal(ln[i]) for ln in lines), Decimal(0)) for i in (3, 4, 5, 6)]
    return {
        "kind": row.kind,
        "number": row.number,
        "financial_year": row.financial_year,
        "office_gstin": row.office_gstin,
        "customer_gstin": row.customer_gstin,
        "place_of_supply": row.place_of_supply,
        "value": str(totals[0]),
        "cgst": str(totals[1]),
        "sgst": str(totals[2]),
        "igst": str(totals[3]),
    }
