"""The counter's side of a marketplace batch (issue 17): calling a list up, checking each
scanned item against it, and the business terms an item of the list is accepted with.

Everything here runs on a worker thread (``TaskRunner``); the window only shows what it
returns. Messages are English templates marked for translation (context ``Batch``) with
their parameters, translated by the UI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select

from app.domain.batch import WeightCheck, WeightTolerance, check_weight
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.s10 import normalise as normalise_s10
from app.services import batch_query, preadvice
from app.services.acceptance import BusinessTerms
from app.services.batch_query import BatchSummary
from app.services.preadvice import PreAdvised
from app.store.database import Database
from app.store.models import Batch

CTX = "Batch"
MAX_KNOWN = 5000  # list numbers the scan routing knows (the newest open ones)

MESSAGES = {
    "unknown": QT_TRANSLATE_NOOP(
        CTX,
        "There is no list {number} on this terminal: import the marketplace's list first "
        "(Tools → Import pre-advice file…), then scan it again.",
    ),
    "closed": QT_TRANSLATE_NOOP(CTX, "List {number} is closed: nothing more is accepted into it."),
    "not_on_list": QT_TRANSLATE_NOOP(
        CTX,
        "{s10} is not on list {number}: put the parcel aside and accept it outside the "
        "batch (leave the list with Ctrl+Shift+B).",
    ),
    "other_list": QT_TRANSLATE_NOOP(
        CTX, "{s10} is on list {other}, not this one ({number}): put it with its own list."
    ),
    "accepted": QT_TRANSLATE_NOOP(CTX, "{s10} of list {number} is already accepted."),
    "on_list": QT_TRANSLATE_NOOP(CTX, "{s10} is on list {number} (row {row})."),
}


class BatchRefused(Exception):
    """A list cannot be worked on; ``template`` and ``params`` say why (see MESSAGES)."""

    def __init__(self, key: str, **params: str) -> None:
        self.template = MESSAGES[key]
        self.params = params
        super().__init__(self.template.format(**params))


class Verdict(StrEnum):
    ON_LIST = "on_list"
    NOT_ON_LIST = "not_on_list"
    OTHER_LIST = "other_list"
    ACCEPTED = "accepted"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class ItemCheck:
    """A scanned item against the list being worked on."""

    verdict: Verdict
    s10: str
    params: dict[str, str] = field(default_factory=dict)
    found: PreAdvised | None = None

    @property
    def ok(self) -> bool:
        return self.verdict is Verdict.ON_LIST

    @property
    def template(self) -> str:
        return MESSAGES[self.verdict.value]

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


def open_lists(db: Database) -> list[BatchSummary]:
    """The open lists, newest first, with their progress (for the Batch screen)."""
    with db.read() as session:
        return batch_query.list_batches(session, open_only=True)


def known_numbers(db: Database) -> frozenset[str]:
    """Numbers of open lists, upper-case: a scan of one of them calls the list up."""
    with db.read() as session:
        numbers = session.scalars(
            select(Batch.number)
            .where(Batch.state == "open")
            .order_by(Batch.id.desc())
            .limit(MAX_KNOWN)
        )
        return frozenset(n.upper() for n in numbers)


def call_up(db: Database, number_or_id: str) -> BatchSummary:
    """The open list scanned or picked; ``BatchRefused`` when unknown or closed."""
    with db.read() as session:
        found = batch_query.find_batch(session, number_or_id[:60])
    if found is None:
        raise BatchRefused("unknown", number=number_or_id.strip()[:40])
    if found.closed:
        raise BatchRefused("closed", number=found.number)
    return found


def refresh(db: Database, batch_id: int) -> BatchSummary | None:
    """The list again with its progress now (``None`` if it is gone)."""
    with db.read() as session:
        return batch_query.find_batch(session, str(batch_id))


def check_item(db: Database, batch: BatchSummary, s10: str) -> ItemCheck:
    """Is ``s10`` an item of ``batch`` still to accept? Says what it is otherwise."""
    code = normalise_s10(s10)
    with db.read() as session:
        row = session.get(Batch, batch.id)
        if row is None or row.state == "closed":
            return ItemCheck(Verdict.CLOSED, code, {"number": batch.number, "s10": code})
        found = preadvice.lookup(session, code)
        other = (
            session.get(Batch, found.batch_id)
            if found is not None and found.batch_id not in (None, batch.id)
            else None
        )
        place = batch_query.place_of(session, code) if found is not None else None
    params = {"s10": code, "number": batch.number}
    if found is None or found.batch_id is None:
        return ItemCheck(Verdict.NOT_ON_LIST, code, params)
    if found.batch_id != batch.id:
        other_number = other.number if other is not None else str(found.batch_id)
        return ItemCheck(Verdict.OTHER_LIST, code, {**params, "other": other_number})
    if place is not None and place.accepted:
        return ItemCheck(Verdict.ACCEPTED, code, params, found)
    return ItemCheck(Verdict.ON_LIST, code, {**params, "row": str(found.row_number)}, found)


def weigh_against_list(
    declared: int | None, actual: int, tolerance: WeightTolerance
) -> WeightCheck:
    """The item's weighed gross weight against the list's declared one."""
    return check_weight(declared, actual, tolerance)


def business_terms(
    batch: BatchSummary, declared: int | None, weight: WeightCheck | None, plan_name: str = ""
) -> BusinessTerms:
    """What an item of ``batch`` is accepted with: the list's customer and its plan, the
    list, the declared weight and the flag (charged by the actual weight all the same)."""
    return BusinessTerms(
        customer_code=batch.customer_code,
        price_plan=plan_name,
        batch_id=batch.id,
        declared_grams=declared,
        weight_flagged=bool(weight is not None and weight.flagged),
    )
