"""What central does with each kind of sync item: the extension point of ingest.

A kind is a pydantic model of its payload plus an ``apply`` that writes it inside the
item's savepoint and returns a rejection reason ('' when stored). ``ingest`` does the
rest the same way for every kind: envelope, hash, size, deduplication on the item UUID,
branch ownership, savepoint, result. To add a kind, write a module with its model and
``apply`` and call ``register_kind(ItemKind(...))`` at import; import that module at the
bottom of this one.

Every write is safe under concurrency without catch-and-retry: rows are created with
``INSERT ... ON CONFLICT DO NOTHING`` and, when nothing was inserted, the existing row is
read back and judged (PostgreSQL waits for the concurrent writer to commit first).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from central.models import CentralAcceptance, Parcel, TrackingEvent
from central.payloads import Acceptance, Amend, DayClose, Void

ACCEPTANCE_EVENT = "EMA"  # UPU EMSEVT: posting / collection
FIX_HINT = "Correct it on the terminal and send the fix as an amendment."


@dataclass(frozen=True, slots=True)
class Caller:
    """The authenticated terminal making the request."""

    terminal_id: str
    branch: str


@dataclass(frozen=True, slots=True)
class ItemContext:
    """What an ``apply`` needs besides the payload."""

    session: Session
    caller: Caller
    item_uuid: str
    now: datetime

    def insert(self, table: Any) -> Any:
        """``INSERT`` with ``ON CONFLICT`` support for this session's database."""
        dialect = self.session.get_bind().dialect.name
        return (postgresql if dialect == "postgresql" else sqlite).insert(table)


@dataclass(frozen=True, slots=True)
class ItemKind:
    """One kind of sync item: its payload model, whose branch it is, and how it is stored.

    ``owner`` gives the branch the payload says it belongs to (must be the caller's);
    ``entity`` the id kept with the stored item; ``apply`` writes and returns '' or why not.
    ``max_bytes`` raises the payload size limit for a kind that needs more than
    ``CentralSettings.max_item_bytes`` (0: that setting).
    """

    name: str
    model: type[BaseModel]
    owner: Callable[[Any], str]
    entity: Callable[[Any], str]
    apply: Callable[[ItemContext, Any], str]
    max_bytes: int = 0


KINDS: dict[str, ItemKind] = {}


def register_kind(kind: ItemKind) -> None:
    """Make central accept items of ``kind.name`` (module import time)."""
    KINDS[kind.name] = kind


def _record_text(record: Acceptance) -> str:
    return json.dumps(
        record.model_dump(mode="json", by_alias=True), sort_keys=True, separators=(",", ":")
    )


def _claim_parcels(ctx: ItemContext, record: Acceptance, at: datetime) -> str:
    """Register the record's S10s to its acceptance; '' or why one belongs elsewhere."""
    acc_id = record.acceptance_id
    rows = [{"s10": p.s10, "acceptance_id": acc_id, "seq": p.seq} for p in record.pieces]
    new = set(
        ctx.session.scalars(
            ctx.insert(Parcel)
            .values(rows)
            .on_conflict_do_nothing(index_elements=["s10"])
            .returning(Parcel.s10)
        )
    )
    taken = [p.s10 for p in record.pieces if p.s10 not in new]
    if taken:
        owners = dict(
            ctx.session.execute(
                select(Parcel.s10, Parcel.acceptance_id).where(Parcel.s10.in_(taken))
            ).all()
        )
        for s10 in taken:
            if owners.get(s10) != acc_id:
                return (
                    f"pieces: {s10} is already registered for another acceptance; an S10 "
                    f"number is never used twice. Put a new label on the parcel. {FIX_HINT}"
                )
    if new:
        ctx.session.execute(
            insert(TrackingEvent),
            [
                {
                    "s10": s10,
                    "code": ACCEPTANCE_EVENT,
                    "occurred_at": at,
                    "office": ctx.caller.branch,
                    "item_uuid": ctx.item_uuid,
                    "recorded_at": ctx.now,
                }
                for s10 in sorted(new)
            ],
        )
    return ""


def acceptance_row(ctx: ItemContext, record: Acceptance) -> dict[str, Any]:
    return {
        "id": record.acceptance_id,
        "branch": ctx.caller.branch,
        "terminal_id": ctx.caller.terminal_id,
        "accepted_at": datetime.fromisoformat(record.accepted_at).astimezone(UTC),
        "business_day": date.fromisoformat(record.business_day),
        "status": "accepted",
        "version": 1,
        "piece_count": len(record.pieces),
        "gross_grams": sum(p.gross_grams for p in record.pieces),
        "record": _record_text(record),
        "first_item_uuid": ctx.item_uuid,
        "last_item_uuid": ctx.item_uuid,
        "updated_at": ctx.now,
    }


def _create(ctx: ItemContext, record: Acceptance) -> bool:
    """Insert the acceptance; False when a row with its id exists already."""
    made = ctx.session.scalar(
        ctx.insert(CentralAcceptance)
        .values(acceptance_row(ctx, record))
        .on_conflict_do_nothing(index_elements=["id"])
        .returning(CentralAcceptance.id)
    )
    return made is not None


def locked_acceptance(ctx: ItemContext, acceptance_id: str) -> CentralAcceptance | None:
    return ctx.session.scalar(
        select(CentralAcceptance).where(CentralAcceptance.id == acceptance_id).with_for_update()
    )


def not_yours(ctx: ItemContext, row: CentralAcceptance) -> str:
    if row.branch == ctx.caller.branch:
        return ""
    return (
        f"acceptance_id: {row.id} belongs to another branch; a terminal of "
        f"{ctx.caller.branch} cannot change it."
    )


def policy_refusal(record: Acceptance) -> str:
    """The product's S10 policy and the advance data's shape (issue 10), or ''."""
    from central.advance_data import policy_reasons

    return " ".join(policy_reasons(record.model_dump(by_alias=True, mode="json")))


def apply_accept(ctx: ItemContext, p: Acceptance) -> str:
    why = policy_refusal(p)
    if why:
        return why
    if not _create(ctx, p):
        row = ctx.session.get(CentralAcceptance, p.acceptance_id)
        if row is not None and row.branch != ctx.caller.branch:
            return not_yours(ctx, row)
        return (
            f"acceptance_id: {p.acceptance_id} is already registered by another item; "
            "a correction must be sent as an amendment."
        )
    why = _claim_parcels(ctx, p, datetime.fromisoformat(p.accepted_at).astimezone(UTC))
    if not why:
        business.record_acceptance(ctx, p)
    return why


def apply_amend(ctx: ItemContext, p: Amend) -> str:
    record = p.record
    why = policy_refusal(record)
    if why:
        return why
    at = datetime.fromisoformat(record.accepted_at).astimezone(UTC)
    if _create(ctx, record):
        # The acceptance itself was refused earlier; its correction registers it.
        why = _claim_parcels(ctx, record, at)
        if not why:
            business.record_acceptance(ctx, record)
        return why
    row = locked_acceptance(ctx, p.acceptance_id)
    if row is None:  # pragma: no cover - the insert above just saw it
        return f"acceptance_id: {p.acceptance_id} could not be read back; send it again."
    why = not_yours(ctx, row)
    if why:
        return why
    why = _claim_parcels(ctx, record, at)
    if why:
        return why
    ctx.session.execute(
        update(CentralAcceptance)
        .where(CentralAcceptance.id == row.id)
        .values(
            version=CentralAcceptance.version + 1,
            piece_count=len(record.pieces),
            gross_grams=sum(pc.gross_grams for pc in record.pieces),
            record=_record_text(record),
            last_item_uuid=ctx.item_uuid,
            updated_at=ctx.now,
        )
    )
    business.record_acceptance(ctx, record)
    return ""


def apply_void(ctx: ItemContext, p: Void) -> str:
    row = locked_acceptance(ctx, p.acceptance_id)
    if row is None:
        return (
            f"acceptance_id: {p.acceptance_id} is not registered at central (its acceptance "
            "was rejected or not sent yet). Fix the acceptance first, then send this void again."
        )
    why = not_yours(ctx, row)
    if why:
        return why
    ctx.session.execute(
        update(CentralAcceptance)
        .where(CentralAcceptance.id == row.id)
        .values(status="voided", last_item_uuid=ctx.item_uuid, updated_at=ctx.now)
    )
    accounts.reverse_for_void(ctx, row.id)
    return ""


def apply_day_close(_ctx: ItemContext, _p: DayClose) -> str:
    return ""  # kept as the stored sync item; ownership was checked by ingest


register_kind(
    ItemKind("accept", Acceptance, lambda p: p.branch, lambda p: p.acceptance_id, apply_accept)
)
register_kind(ItemKind("amend", Amend, lambda p: p.branch, lambda p: p.acceptance_id, apply_amend))
register_kind(ItemKind("void", Void, lambda p: p.branch, lambda p: p.acceptance_id, apply_void))
register_kind(
    ItemKind("day_close", DayClose, lambda p: p.owner, lambda p: p.manifest_number, apply_day_close)
)

# Kinds in modules of their own (imported last: they use the helpers above).
from central import accounts, business, payments  # noqa: E402, F401
