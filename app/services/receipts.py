"""The thermal (ESC/POS) receipt of an acceptance, with its payment; originals and copies.

Every ESC/POS receipt made is recorded in the audit log (``receipt.printed``), so the
first one is the original and every later one prints "COPY", whoever asks for it (the
window's reprint or ``receipt S10 --escpos``). Once a void's return is registered the
receipt carries it ("возврат прихода"): the first such receipt is the customer's original
of the return, so originals are counted apart for receipts with and without a return.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents.receipt_escpos import ReceiptPayment, render_receipt_escpos
from app.domain.money import Money
from app.services.documents import _load, receipt_data
from app.store.database import Database
from app.store.models import AuditEntry, Payment, Staff
from app.store.outbox import audit
from app.store.settings import get_setting

PRINTED = "receipt.printed"


@dataclass(frozen=True, slots=True)
class ThermalReceipt:
    """ESC/POS bytes of one receipt and whether it is a copy."""

    acceptance_id: str
    s10: str
    data: bytes
    copy: bool


def receipt_payment(session: Session, acceptance_id: str) -> ReceiptPayment | None:
    """The payment to print, or ``None`` when none is recorded yet."""
    p = session.scalar(select(Payment).where(Payment.acceptance_id == acceptance_id))
    if p is None:
        return None
    approver = session.get(Staff, p.approved_by) if p.approved_by else None

    def money(value: object) -> Money | None:
        return Money(value, p.currency) if value is not None else None  # type: ignore[arg-type]

    return ReceiptPayment(
        state=p.state,
        method=p.method,
        amount=Money(p.amount, p.currency),
        tendered=money(p.tendered),
        change=money(p.change),
        approved_by=approver.staff_number if approver else "",
    )


def thermal_receipt(
    db: Database,
    *,
    acceptance_id: str | None = None,
    s10: str | None = None,
    staff_id: int | None = None,
) -> ThermalReceipt:
    """Render the ESC/POS receipt and record that it was made (a later one is a COPY)."""

    def work(session: Session) -> ThermalReceipt:
        row = _load(session, acceptance_id=acceptance_id, s10=s10)
        data = receipt_data(session, row)
        kind = "return" if data.fiscal_return is not None else "sale"
        before = session.scalars(
            select(AuditEntry.details).where(
                AuditEntry.action == PRINTED, AuditEntry.entity_id == row.id
            )
        ).all()
        copy = any(_printed_kind(details) == kind for details in before)
        escpos = render_receipt_escpos(data, receipt_payment(session, row.id), copy=copy)
        audit(
            session,
            staff_id=staff_id,
            terminal_id=str(get_setting(session, "terminal.id", "") or ""),
            action=PRINTED,
            entity="acceptance",
            entity_id=row.id,
            details={"copy": copy, "format": "escpos", "kind": kind},
        )
        return ThermalReceipt(row.id, row.pieces[0].s10 if row.pieces else "", escpos, copy)

    return db.write_with_retry(work)


def _printed_kind(details: str) -> str:
    """The receipt kind an audit entry records; entries older than the kind were sales."""
    try:
        value = json.loads(details or "{}")
    except ValueError:
        return "sale"
    kind = value.get("kind") if isinstance(value, dict) else None
    return kind if kind in ("sale", "return") else "sale"
