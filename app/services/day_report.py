"""The X report of a business day: what was accepted and what was taken, by method.

Read-only, any time of the day (``day-report --date D``); the day close shows the same
summary before the supervisor confirms it (the Z report). Voided acceptances are counted
apart and their money is not in the totals (a void gives the fee back). "Cash in the
drawer" is the fee of every cash payment of a live acceptance: change is handed back out
of what was tendered, so the drawer grows by the fee.

Items of a marketplace batch (issue 17) have no payment of their own: once the batch is
closed each item's fee counts under the batch payment's method (a batch paid in cash is
in the drawer), and until then under "awaiting the batch close". The fees by method, the
unpaid, the not recorded and the awaiting batch fees add up to the day's fees. The items
count on the day they were accepted, so a batch accepted over two days shows its cash
split over those days.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.domain.money import Money
from app.domain.payment import CASH, METHODS, PAID, UNPAID
from app.store.database import Database
from app.store.models import Acceptance, Manifest, Payment

# "Not paid yet": accepted but no payment recorded (the clerk has not finished, or a
# fiscal register has not confirmed); "unpaid": a supervisor let it go without payment.
NOT_RECORDED = "not_recorded"


@dataclass(frozen=True, slots=True)
class DayReport:
    """Totals of one branch's business day (money in the branch's currency)."""

    branch_code: str
    business_day: date
    currency: str
    acceptances: int
    pieces: int
    gross_grams: int
    fees: Money
    fees_by_method: dict[str, Money]
    unpaid: int
    unpaid_amount: Money
    not_recorded: int
    not_recorded_amount: Money
    voided: int
    voided_pieces: int
    voided_amount: Money
    cash_in_drawer: Money
    manifests: tuple[str, ...] = field(default=())
    open_acceptances: int = 0
    # items of batches not closed (paid) yet: their fee is paid at the batch's close
    awaiting_batch: int = 0
    awaiting_batch_amount: Money | None = None

    def as_json(self) -> dict[str, Any]:
        """Plain JSON (amounts as decimal strings with their currency)."""

        def m(x: Money) -> dict[str, str]:
            q = x.quantized()
            return {"amount": str(q.amount), "currency": q.currency}

        return {
            "branch": self.branch_code,
            "business_day": self.business_day.isoformat(),
            "acceptances": self.acceptances,
            "pieces": self.pieces,
            "gross_grams": self.gross_grams,
            "gross_kg": str(Decimal(self.gross_grams) / 1000),
            "fees": m(self.fees),
            "fees_by_method": {k: m(v) for k, v in self.fees_by_method.items()},
            "unpaid": {"count": self.unpaid, **m(self.unpaid_amount)},
            "not_recorded": {"count": self.not_recorded, **m(self.not_recorded_amount)},
            "voided": {
                "count": self.voided,
                "pieces": self.voided_pieces,
                **m(self.voided_amount),
            },
            "cash_in_drawer": m(self.cash_in_drawer),
            "manifests": list(self.manifests),
            "open_acceptances": self.open_acceptances,
            "awaiting_batch_close": {
                "count": self.awaiting_batch,
                **m(self.awaiting_batch_amount or Money.zero(self.currency)),
            },
        }


def day_report(session: Session, branch_code: str, day: date, currency: str) -> DayReport:
    """The X report of ``branch_code``'s business ``day``."""
    rows = session.scalars(
        select(Acceptance)
        .where(Acceptance.branch_code == branch_code, Acceptance.business_day == day)
        .options(selectinload(Acceptance.pieces))
        .order_by(Acceptance.accepted_at)
    ).all()
    payments = {
        p.acceptance_id: p
        for p in session.scalars(
            select(Payment).where(Payment.acceptance_id.in_([r.id for r in rows]))
        )
    }
    batch_ids = {r.batch_id for r in rows if r.batch_id is not None}
    batch_payments = {
        p.batch_id: p
        for p in session.scalars(select(Payment).where(Payment.batch_id.in_(batch_ids)))
    }
    zero = Money.zero(currency)
    by_method = dict.fromkeys(METHODS, zero)
    fees = unpaid_amount = not_recorded_amount = voided_amount = zero
    awaiting_batch_amount = zero
    acceptances = pieces = grams = unpaid = not_recorded = voided = voided_pieces = 0
    awaiting_batch = 0
    for r in rows:
        fee = Money(r.fee_amount, r.fee_currency)
        if r.status == "voided":
            voided += 1
            voided_pieces += len(r.pieces)
            voided_amount += fee
            continue
        acceptances += 1
        pieces += len(r.pieces)
        grams += r.gross_grams
        fees += fee
        if r.batch_id is not None:
            batch_paid = batch_payments.get(r.batch_id)
            if batch_paid is not None and batch_paid.state == PAID:
                by_method[batch_paid.method] = by_method.get(batch_paid.method, zero) + fee
            else:
                awaiting_batch += 1
                awaiting_batch_amount += fee
            continue
        p = payments.get(r.id)
        if p is not None and p.state == PAID:
            by_method[p.method] = by_method.get(p.method, zero) + Money(p.amount, p.currency)
        elif p is not None and p.state == UNPAID:
            unpaid += 1
            unpaid_amount += fee
        else:
            not_recorded += 1
            not_recorded_amount += fee
    manifests = tuple(
        session.scalars(
            select(Manifest.number)
            .where(Manifest.branch_code == branch_code, Manifest.business_day == day)
            .order_by(Manifest.id)
        ).all()
    )
    return DayReport(
        branch_code=branch_code,
        business_day=day,
        currency=currency,
        acceptances=acceptances,
        pieces=pieces,
        gross_grams=grams,
        fees=fees,
        fees_by_method=by_method,
        unpaid=unpaid,
        unpaid_amount=unpaid_amount,
        not_recorded=not_recorded,
        not_recorded_amount=not_recorded_amount,
        voided=voided,
        voided_pieces=voided_pieces,
        voided_amount=voided_amount,
        cash_in_drawer=by_method[CASH],
        manifests=manifests,
        open_acceptances=sum(1 for r in rows if r.manifest_id is None),
        awaiting_batch=awaiting_batch,
        awaiting_batch_amount=awaiting_batch_amount,
    )


def read_day_report(db: Database, branch_code: str, day: date, currency: str) -> DayReport:
    """``day_report`` in its own read transaction (for the task runner and the CLI)."""
    with db.read() as session:
        return day_report(session, branch_code, day, currency)
