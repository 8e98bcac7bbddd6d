"""Reading marketplace batches (issue 17): the list, one batch's progress and items.

A batch is a pre-advice list (``batches`` row) whose parcels are ``preadvice`` rows with
its ``batch_id``; an item is accepted when its pre-advice row names an acceptance that
is not voided. Everything here reads; calling a batch up, accepting into it and closing
it live in their own modules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from app.domain.money import Money
from app.domain.s10 import normalise as normalise_s10
from app.store.models import Acceptance, Batch, PreAdvice

MAX_LISTED = 500  # batches on the picker and ``batch list``: the newest first


@dataclass(frozen=True, slots=True)
class BatchProgress:
    """ "12 of 50 accepted, 1 weight difference, 37 to go"."""

    total: int
    accepted: int
    flagged: int

    @property
    def to_go(self) -> int:
        return self.total - self.accepted


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """One batch as the picker and ``batch list`` show it."""

    id: int
    number: str
    customer_code: str
    state: str  # open | closed
    created_at: datetime
    closed_at: datetime | None
    business_day: date | None
    progress: BatchProgress

    @property
    def closed(self) -> bool:
        return self.state == "closed"


@dataclass(frozen=True, slots=True)
class BatchItem:
    """One parcel of the list: declared on the list, and what the counter found."""

    s10: str
    row_number: int
    declared_grams: int | None
    acceptance_id: str | None
    accepted_at: datetime | None
    actual_grams: int | None
    fee: Money | None
    weight_flagged: bool

    @property
    def accepted(self) -> bool:
        return self.acceptance_id is not None

    @property
    def difference_grams(self) -> int | None:
        """Actual minus declared (``None`` until weighed or when nothing was declared)."""
        if self.actual_grams is None or self.declared_grams is None:
            return None
        return self.actual_grams - self.declared_grams


def _live_acceptance() -> ColumnElement[bool]:
    return (PreAdvice.acceptance_id == Acceptance.id) & (Acceptance.status != "voided")


def progress(session: Session, batch_id: int) -> BatchProgress:
    """How far the counter is with the batch (voided acceptances count as not accepted)."""
    return progresses(session, [batch_id])[batch_id]


def progresses(session: Session, batch_ids: list[int]) -> dict[int, BatchProgress]:
    """:func:`progress` of several batches, in two queries whatever their number."""
    totals = dict(
        session.execute(
            select(PreAdvice.batch_id, func.count())
            .where(PreAdvice.batch_id.in_(batch_ids))
            .group_by(PreAdvice.batch_id)
        ).all()
    )
    done = {
        batch_id: (accepted, flagged)
        for batch_id, accepted, flagged in session.execute(
            select(
                PreAdvice.batch_id,
                func.count(Acceptance.id),
                func.coalesce(func.sum(case((Acceptance.weight_flagged, 1), else_=0)), 0),
            )
            .select_from(PreAdvice)
            .join(Acceptance, _live_acceptance())
            .where(PreAdvice.batch_id.in_(batch_ids))
            .group_by(PreAdvice.batch_id)
        ).all()
    }
    return {
        batch_id: BatchProgress(
            int(totals.get(batch_id) or 0),
            int(done.get(batch_id, (0, 0))[0] or 0),
            int(done.get(batch_id, (0, 0))[1] or 0),
        )
        for batch_id in batch_ids
    }


def _summary(session: Session, row: Batch, made: BatchProgress | None = None) -> BatchSummary:
    return BatchSummary(
        row.id,
        row.number,
        row.customer_code,
        row.state,
        row.created_at,
        row.closed_at,
        row.business_day,
        made if made is not None else progress(session, row.id),
    )


def list_batches(session: Session, *, open_only: bool = False) -> list[BatchSummary]:
    """Batches newest first (at most ``MAX_LISTED``), with their progress."""
    query = select(Batch).order_by(Batch.created_at.desc(), Batch.id.desc()).limit(MAX_LISTED)
    if open_only:
        query = query.where(Batch.state == "open")
    rows = list(session.scalars(query))
    made = progresses(session, [row.id for row in rows])
    return [_summary(session, row, made[row.id]) for row in rows]


def find_batch(session: Session, number_or_id: str) -> BatchSummary | None:
    """A batch by its list number (as scanned or typed, case and spaces ignored) or id."""
    text = number_or_id.strip()
    row = session.scalar(select(Batch).where(func.upper(Batch.number) == text.upper()))
    if row is None and text.isdigit() and len(text) < 10:
        row = session.get(Batch, int(text))
    return None if row is None else _summary(session, row)


def batch_items(session: Session, batch_id: int) -> list[BatchItem]:
    """Every parcel of the batch in list order, with its acceptance when accepted."""
    rows = session.execute(
        select(PreAdvice, Acceptance)
        .outerjoin(Acceptance, _live_acceptance())
        .where(PreAdvice.batch_id == batch_id)
        .order_by(PreAdvice.row_number, PreAdvice.id)
    ).all()
    items: list[BatchItem] = []
    for pre, acc in rows:
        items.append(
            BatchItem(
                s10=pre.s10,
                row_number=pre.row_number,
                declared_grams=pre.declared_grams,
                acceptance_id=None if acc is None else acc.id,
                accepted_at=None if acc is None else acc.accepted_at,
                actual_grams=None if acc is None else acc.gross_grams,
                fee=None if acc is None else Money(Decimal(acc.fee_amount), acc.fee_currency),
                weight_flagged=False if acc is None else acc.weight_flagged,
            )
        )
    return items


@dataclass(frozen=True, slots=True)
class ItemPlace:
    """Where a scanned S10 belongs: its batch (if any) and whether it is already accepted."""

    s10: str
    batch_id: int | None
    batch_number: str
    accepted: bool
    pre_advised: bool
    batch_closed_on: date | None = None  # the branch day its batch was closed (locked)

    @property
    def batch_closed(self) -> bool:
        return self.batch_closed_on is not None


def place_of(session: Session, s10: str) -> ItemPlace:
    """Which batch a scanned parcel is on (``batch_id`` None: on no list)."""
    code = normalise_s10(s10)
    row = session.execute(
        select(PreAdvice, Batch.number, Batch.state, Batch.business_day)
        .outerjoin(Batch, Batch.id == PreAdvice.batch_id)
        .where(PreAdvice.s10 == code)
    ).first()
    if row is None:
        return ItemPlace(code, None, "", False, False)
    pre, number, state, closed_on = row
    accepted = False
    if pre.acceptance_id is not None:
        acc = session.get(Acceptance, pre.acceptance_id)
        accepted = acc is not None and acc.status != "voided"
    closed = closed_on if state == "closed" else None
    return ItemPlace(code, pre.batch_id, number or "", accepted, True, closed)
