"""Batch ingest of sync items: per-item stored / duplicate / conflict / rejected.

A batch is one transaction and every item gets its own savepoint: an item that is
invalid, belongs to another branch or that the database refuses is rolled back alone
and answered ``rejected`` with a reason, and the rest of the batch is stored. Items are
judged in order, so a void that follows its acceptance in the same batch finds it.

Deduplication is ``INSERT ... ON CONFLICT DO NOTHING`` on the item UUID and a re-read:
of concurrent requests carrying the same item exactly one answers ``stored``, the
others wait for it to commit and answer ``duplicate`` (or ``conflict``). Only a
deadlock between two batches (PostgreSQL aborts one) makes a batch run again.

Logs name the item UUID and the reason only, never a payload.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select, update
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from central.bulk_accept import bulk_accept
from central.db import CentralDB
from central.kinds import ACCEPTANCE_EVENT, FIX_HINT, KINDS, Caller, ItemContext, ItemKind
from central.models import RejectedItem, SyncItem
from central.payloads import UUID_TEXT, reasons
from central.settings import CentralSettings

__all__ = ["ACCEPTANCE_EVENT", "Caller", "ItemResult", "ingest", "judge"]

log = logging.getLogger("central.ingest")
_SHA = re.compile(r"^[0-9a-f]{64}$")
MAX_SEQ = 2**62
DEADLOCK_RETRIES = 3


@dataclass(slots=True)
class ItemResult:
    """Central's answer for one item."""

    item_uuid: str
    seq: int | None
    status: str  # stored | duplicate | conflict | rejected
    reason: str = ""


class _Rejected(Exception):
    """Raised inside an item's savepoint to roll it back with a reason."""


def _envelope(raw: Any, settings: CentralSettings) -> tuple[str, int | None, list[str]]:
    """The item's UUID and seq as far as they are readable, and what is wrong with it."""
    if not isinstance(raw, dict):
        return "", None, ["item: not a JSON object."]
    u, seq = raw.get("item_uuid"), raw.get("seq")
    why: list[str] = []
    if not isinstance(u, str) or not UUID_TEXT.match(u):
        why.append("item_uuid: missing or not a lower-case UUID.")
        u = u[:36] if isinstance(u, str) else ""
    if not isinstance(seq, int) or isinstance(seq, bool) or not 0 <= seq <= MAX_SEQ:
        why.append(f"seq: missing or not a whole number in 0..{MAX_SEQ}.")
        seq = None
    kind = raw.get("kind")
    if not isinstance(kind, str) or kind not in KINDS:  # a dict is not even hashable
        shown = repr(kind)[:40] if isinstance(kind, str) else "missing"
        why.append(f"kind: {shown} is not one of {', '.join(sorted(KINDS))}.")
    payload = raw.get("payload")
    known = KINDS.get(kind) if isinstance(kind, str) else None
    limit = max(settings.max_item_bytes, known.max_bytes if known is not None else 0)
    if not isinstance(payload, str):
        why.append("payload: missing (expected the canonical JSON text).")
    elif len(payload) > limit or "\x00" in payload:
        why.append(
            f"payload: larger than {limit} characters or holds a NUL "
            "character; central does not store it."
        )
    sha = raw.get("payload_sha256")
    if not isinstance(sha, str) or not _SHA.match(sha):
        why.append("payload_sha256: missing or not 64 lower-case hex digits.")
    return u, seq, why


def _decode(text: str) -> tuple[Any, str]:
    try:
        return json.loads(text), ""
    except (ValueError, RecursionError):
        return None, "payload: not valid JSON text (or nested too deeply)."


def _judge_item(
    session: Session, caller: Caller, raw: Any, now: datetime, settings: CentralSettings
) -> ItemResult:
    u, seq, why = _envelope(raw, settings)
    if why:
        return ItemResult(u, seq, "rejected", " ".join(why))
    text, sha, kind = raw["payload"], raw["payload_sha256"], KINDS[raw["kind"]]
    if hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest() != sha:
        return ItemResult(
            u,
            seq,
            "rejected",
            "payload_sha256 does not match the payload: the item was changed after it "
            "was written. Send it again from the terminal's outbox unchanged.",
        )
    inserted = None
    try:
        with session.begin_nested():
            inserted = session.scalar(
                ItemContext(session, caller, u, now)
                .insert(SyncItem)
                .values(
                    item_uuid=u,
                    kind=kind.name,
                    branch=caller.branch,
                    terminal_id=caller.terminal_id,
                    client_seq=seq,
                    entity_id="",
                    payload=text,
                    payload_sha256=sha,
                    received_at=now,
                )
                .on_conflict_do_nothing(index_elements=["item_uuid"])
                .returning(SyncItem.id)
            )
            # None: another request holds this UUID; it is judged below, nothing written.
            if inserted is not None:
                _store(ItemContext(session, caller, u, now), kind, text, inserted)
    except _Rejected as exc:
        reason = str(exc)
        if FIX_HINT not in reason:
            reason = f"{reason} {FIX_HINT}"
        log.info("item %s rejected: %s", u, reason[:300])
        return ItemResult(u, seq, "rejected", reason)
    except OperationalError:
        raise  # deadlock or connection lost: the batch is run again or answered 503
    except (DBAPIError, ValueError, OverflowError) as exc:
        # The database refused a value the models let through: this item only.
        log.warning("item %s not stored: %s", u, type(exc).__name__)
        return ItemResult(
            u,
            seq,
            "rejected",
            f"Central's database refused a value of this item ({type(exc).__name__}). {FIX_HINT}",
        )
    if inserted is None:
        return _known(session, u, seq, sha)
    return ItemResult(u, seq, "stored")


def _store(ctx: ItemContext, kind: ItemKind, text: str, row_id: int) -> None:
    """Validate and apply an item whose UUID was just inserted (inside its savepoint)."""
    payload, bad = _decode(text)
    if bad:
        raise _Rejected(bad)
    try:
        model = kind.model.model_validate(payload)
    except ValidationError as exc:
        raise _Rejected(" ".join(reasons(exc))) from None
    owner = kind.owner(model)
    if owner != ctx.caller.branch:
        raise _Rejected(
            f"branch: the item belongs to branch {owner[:20]!r} but this terminal is "
            f"registered for {ctx.caller.branch}; register the terminal for the right branch."
        )
    reason = kind.apply(ctx, model)
    if reason:
        raise _Rejected(reason)
    ctx.session.execute(
        update(SyncItem).where(SyncItem.id == row_id).values(entity_id=str(kind.entity(model))[:64])
    )


def _known(session: Session, u: str, seq: int | None, sha: str) -> ItemResult:
    row = session.execute(
        select(SyncItem.payload_sha256, SyncItem.received_at).where(SyncItem.item_uuid == u)
    ).one()
    if row[0] == sha:
        return ItemResult(u, seq, "duplicate")
    when = f" on {row[1]:%Y-%m-%d %H:%M} UTC" if row[1] else ""
    return ItemResult(
        u,
        seq,
        "conflict",
        f"Central already holds item {u} with different content (stored{when}) and did not "
        "overwrite it. Check what changed on this terminal and send the correction as an "
        "amendment.",
    )


def judge(
    session: Session,
    caller: Caller,
    raw_items: list[Any],
    now: datetime,
    settings: CentralSettings | None = None,
) -> list[ItemResult]:
    """Judge and write one batch inside ``session``'s transaction, each item on its own
    (or, for a batch of new valid acceptances, all at once: ``central.bulk_accept``)."""
    settings = settings or CentralSettings()
    fast = bulk_accept(session, caller, raw_items, now, settings.max_item_bytes)
    if fast is not None:
        results = [ItemResult(u, seq, status) for u, seq, status in fast]
        for r in results:
            if r.status == "conflict":  # the slow path words it, with the stored time
                r.reason = _known(session, r.item_uuid, r.seq, "").reason
        return results
    results = [_judge_item(session, caller, raw, now, settings) for raw in raw_items]
    _remember_rejected(session, caller, raw_items, results, now)
    return results


def _remember_rejected(
    session: Session,
    caller: Caller,
    raw_items: list[Any],
    results: list[ItemResult],
    now: datetime,
) -> None:
    """Keep each refused item's kind and reason for the operations page, once per item
    UUID of a terminal (a terminal that did not hear the answer sends the same item again)."""
    ctx = ItemContext(session, caller, "", now)
    for raw, result in zip(raw_items, results, strict=True):
        if result.status != "rejected":
            continue
        kind = raw.get("kind") if isinstance(raw, dict) else None
        key = result.item_uuid
        if not UUID_TEXT.fullmatch(key):
            # Unreadable UUIDs (even a NUL, which PostgreSQL refuses) are kept as a digest.
            key = "unreadable-" + hashlib.sha256(repr(key).encode()).hexdigest()[:25]
        session.execute(
            ctx.insert(RejectedItem)
            .values(
                terminal_id=caller.terminal_id,
                branch=caller.branch,
                item_uuid=key,
                kind=kind if isinstance(kind, str) and kind in KINDS else "?",
                reason=result.reason.replace("\x00", "?")[:500],
                received_at=now,
            )
            .on_conflict_do_nothing(index_elements=["terminal_id", "item_uuid"])
        )


def _deadlock(exc: OperationalError) -> bool:
    return getattr(exc.orig, "sqlstate", None) in {"40P01", "40001"}


def ingest(
    db: CentralDB,
    caller: Caller,
    raw_items: list[Any],
    settings: CentralSettings | None = None,
) -> list[ItemResult]:
    """Judge and store a batch; only a deadlock between two batches runs it again."""
    for attempt in range(DEADLOCK_RETRIES + 1):
        try:
            with db.write() as session:
                return judge(session, caller, raw_items, datetime.now(UTC), settings)
        except OperationalError as exc:
            if not _deadlock(exc) or attempt == DEADLOCK_RETRIES:
                raise
            log.info("batch of %s deadlocked with another; running it again", caller.terminal_id)
    raise AssertionError("unreachable")
