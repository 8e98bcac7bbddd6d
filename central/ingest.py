"""Batch ingest of sync items: per-item stored / duplicate / conflict / rejected.

A batch is one transaction. Items are judged in order, so a void that follows its
acceptance in the same batch finds it. Existing rows are looked up once per batch and
new rows are inserted in bulk, which is what makes a batch of 200 cheap. A concurrent
batch holding the same UUID loses on the unique key; the whole batch is then judged
again and that item becomes a duplicate (or conflict), never a second row.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central import payments
from central.db import CentralDB
from central.models import CentralAcceptance, Parcel, SyncItem, TrackingEvent
from central.validation import FIX_HINT, KINDS, VALIDATORS, is_uuid

ACCEPTANCE_EVENT = "EMA"  # UPU EMSEVT: posting / collection
# Kinds handled by a module of their own: kind -> (validate, apply).
HANDLERS: dict[str, tuple[Any, Any]] = {payments.KIND: (payments.validate, payments.apply)}
_SHA = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True, slots=True)
class Caller:
    """The authenticated terminal making the request."""

    terminal_id: str
    branch: str


@dataclass(slots=True)
class ItemResult:
    """Central's answer for one item."""

    item_uuid: str
    seq: int | None
    status: str  # stored | duplicate | conflict | rejected
    reason: str = ""


@dataclass(slots=True)
class _State:
    """What the batch has seen so far: existing rows plus what it is about to write."""

    items: dict[str, tuple[str, datetime | None]] = field(default_factory=dict)
    acceptances: dict[str, dict[str, Any]] = field(default_factory=dict)
    parcels: dict[str, str] = field(default_factory=dict)
    new_items: list[dict[str, Any]] = field(default_factory=list)
    new_acceptances: list[str] = field(default_factory=list)
    dirty_acceptances: set[str] = field(default_factory=set)
    new_parcels: list[dict[str, Any]] = field(default_factory=list)
    new_events: list[dict[str, Any]] = field(default_factory=list)


def _parse(raw: Any) -> tuple[dict[str, Any] | None, str]:
    """The item's envelope, or why it cannot be read."""
    if not isinstance(raw, dict):
        return None, "item: not a JSON object."
    reasons = []
    if not is_uuid(raw.get("item_uuid")):
        reasons.append("item_uuid: missing or not a UUID.")
    if raw.get("kind") not in KINDS and raw.get("kind") not in HANDLERS:
        known = ", ".join(sorted({*KINDS, *HANDLERS}))
        reasons.append(f"kind: {raw.get('kind')!r} is not one of {known}.")
    if not isinstance(raw.get("payload"), str):
        reasons.append("payload: missing (expected the canonical JSON text).")
    sha = raw.get("payload_sha256")
    if not isinstance(sha, str) or not _SHA.match(sha):
        reasons.append("payload_sha256: missing or not 64 lower-case hex digits.")
    seq = raw.get("seq")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
        reasons.append("seq: missing or not a non-negative whole number.")
    return (None, " ".join(reasons)) if reasons else (raw, "")


def _preload(session: Session, uuids: list[str], payloads: list[dict[str, Any]]) -> _State:
    state = _State()
    if uuids:
        for u, sha, at in session.execute(
            select(SyncItem.item_uuid, SyncItem.payload_sha256, SyncItem.received_at).where(
                SyncItem.item_uuid.in_(uuids)
            )
        ):
            state.items[u] = (sha, at)
    ids: set[str] = set()
    s10s: set[str] = set()
    for p in payloads:
        for rec in (p, p.get("record")):
            if isinstance(rec, dict):
                if isinstance(rec.get("acceptance_id"), str):
                    ids.add(rec["acceptance_id"])
                for piece in rec.get("pieces") or []:
                    if isinstance(piece, dict) and isinstance(piece.get("s10"), str):
                        s10s.add(piece["s10"])
    if ids:
        for row in session.scalars(select(CentralAcceptance).where(CentralAcceptance.id.in_(ids))):
            state.acceptances[row.id] = {
                c.key: getattr(row, c.key) for c in CentralAcceptance.__table__.columns
            }
    if s10s:
        for s10, acc in session.execute(
            select(Parcel.s10, Parcel.acceptance_id).where(Parcel.s10.in_(s10s))
        ):
            state.parcels[s10] = acc
    return state


def _register(
    state: _State, caller: Caller, item_uuid: str, record: dict[str, Any], now: datetime
) -> str:
    """Create or update the acceptance from ``record``; returns a reason when it cannot."""
    acc_id = record["acceptance_id"]
    pieces = [(int(p.get("seq") or i), p["s10"]) for i, p in enumerate(record["pieces"], 1)]
    for _, s10 in pieces:
        owner = state.parcels.get(s10)
        if owner is not None and owner != acc_id:
            return (
                f"pieces: {s10} is already registered for another acceptance; an S10 number "
                f"is never used twice. Put a new label on the parcel. {FIX_HINT}"
            )
    accepted_at = datetime.fromisoformat(record["accepted_at"]).astimezone(UTC)
    existing = state.acceptances.get(acc_id)
    gross = sum(int(p["gross_grams"]) for p in record["pieces"])
    if existing is None:
        state.acceptances[acc_id] = {
            "id": acc_id,
            "branch": caller.branch,
            "terminal_id": caller.terminal_id,
            "accepted_at": accepted_at,
            "business_day": date.fromisoformat(record["business_day"]),
            "status": "accepted",
            "version": 1,
            "piece_count": len(pieces),
            "gross_grams": gross,
            "record": json.dumps(record, sort_keys=True, separators=(",", ":")),
            "first_item_uuid": item_uuid,
            "last_item_uuid": item_uuid,
            "updated_at": now,
        }
        state.new_acceptances.append(acc_id)
    else:
        existing.update(
            version=int(existing["version"]) + 1,
            piece_count=len(pieces),
            gross_grams=gross,
            record=json.dumps(record, sort_keys=True, separators=(",", ":")),
            last_item_uuid=item_uuid,
            updated_at=now,
        )
        if acc_id not in state.new_acceptances:
            state.dirty_acceptances.add(acc_id)
    for seq, s10 in pieces:
        if s10 in state.parcels:
            continue
        state.parcels[s10] = acc_id
        state.new_parcels.append({"s10": s10, "acceptance_id": acc_id, "seq": seq})
        state.new_events.append(
            {
                "s10": s10,
                "code": ACCEPTANCE_EVENT,
                "occurred_at": accepted_at,
                "office": caller.branch,
                "item_uuid": item_uuid,
                "recorded_at": now,
            }
        )
    return ""


def _apply(
    state: _State, caller: Caller, item_uuid: str, kind: str, payload: dict[str, Any], now: datetime
) -> str:
    """Apply a valid item to the batch state; returns a rejection reason or ''."""
    if kind in HANDLERS:
        return str(HANDLERS[kind][1](state, caller, item_uuid, payload, now))
    if kind == "accept":
        acc_id = payload["acceptance_id"]
        if acc_id in state.acceptances:
            return (
                f"acceptance_id: {acc_id} is already registered by another item; "
                "a correction must be sent as an amendment."
            )
        return _register(state, caller, item_uuid, payload, now)
    if kind == "amend":
        return _register(state, caller, item_uuid, payload["record"], now)
    if kind == "void":
        acc = state.acceptances.get(payload["acceptance_id"])
        if acc is None:
            return (
                f"acceptance_id: {payload['acceptance_id']} is not registered at central "
                "(its acceptance was rejected or not sent yet). Fix the acceptance first, "
                "then send this void again."
            )
        if acc["branch"] != caller.branch:
            return f"acceptance_id: belongs to branch {acc['branch']}, not {caller.branch}."
        acc.update(status="voided", last_item_uuid=item_uuid, updated_at=now)
        if payload["acceptance_id"] not in state.new_acceptances:
            state.dirty_acceptances.add(payload["acceptance_id"])
    return ""


def judge(
    session: Session, caller: Caller, raw_items: list[Any], now: datetime
) -> list[ItemResult]:
    """Judge and write one batch inside ``session``'s transaction."""
    envelopes: list[tuple[Any, dict[str, Any] | None, str]] = [(r, *_parse(r)) for r in raw_items]
    decoded: dict[int, Any] = {}
    for i, (_, env, _) in enumerate(envelopes):
        if env is not None:
            try:
                decoded[i] = json.loads(env["payload"])
            except ValueError:
                decoded[i] = None
    uuids = [env["item_uuid"] for _, env, _ in envelopes if env is not None]
    state = _preload(session, uuids, [p for p in decoded.values() if isinstance(p, dict)])
    results: list[ItemResult] = []
    for i, (raw, env, why) in enumerate(envelopes):
        if env is None:
            u = raw.get("item_uuid") if isinstance(raw, dict) else None
            s = raw.get("seq") if isinstance(raw, dict) else None
            results.append(
                ItemResult(str(u or ""), s if isinstance(s, int) else None, "rejected", why)
            )
            continue
        u, seq, sha, text = env["item_uuid"], env["seq"], env["payload_sha256"], env["payload"]
        known = state.items.get(u)
        if known is not None:
            if known[0] == sha:
                results.append(ItemResult(u, seq, "duplicate"))
            else:
                when = f" on {known[1]:%Y-%m-%d %H:%M} UTC" if known[1] else ""
                results.append(
                    ItemResult(
                        u,
                        seq,
                        "conflict",
                        f"Central already holds item {u} with different content (stored{when}) "
                        "and did not overwrite it. Check what changed on this terminal and "
                        "send the correction as an amendment.",
                    )
                )
            continue
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != sha:
            results.append(
                ItemResult(
                    u,
                    seq,
                    "rejected",
                    "payload_sha256 does not match the payload: the item was changed after it "
                    "was written. Send it again from the terminal's outbox unchanged.",
                )
            )
            continue
        payload = decoded.get(i)
        kind = env["kind"]
        validate = HANDLERS[kind][0] if kind in HANDLERS else VALIDATORS[kind]
        reasons = (
            validate(payload)
            if isinstance(payload, dict)
            else ["payload: not valid JSON object text."]
        )
        if isinstance(payload, dict) and payload.get("branch") != caller.branch:
            reasons.append(
                f"branch: the item belongs to branch {payload.get('branch')!r} but this "
                f"terminal is registered for {caller.branch}; register the terminal for "
                "the right branch."
            )
        if not reasons:
            assert isinstance(payload, dict)
            why = _apply(state, caller, u, kind, payload, now)
            if why:
                reasons.append(why)
        if reasons:
            hint = "" if any(FIX_HINT in r for r in reasons) else f" {FIX_HINT}"
            results.append(ItemResult(u, seq, "rejected", " ".join(reasons) + hint))
            continue
        assert isinstance(payload, dict)
        entity = payload.get("acceptance_id") or payload.get("manifest_number") or ""
        state.items[u] = (sha, now)
        state.new_items.append(
            {
                "item_uuid": u,
                "kind": kind,
                "branch": caller.branch,
                "terminal_id": caller.terminal_id,
                "client_seq": seq,
                "entity_id": str(entity)[:64],
                "payload": text,
                "payload_sha256": sha,
                "received_at": now,
            }
        )
        results.append(ItemResult(u, seq, "stored"))
    _flush(session, state)
    return results


def _flush(session: Session, state: _State) -> None:
    if state.new_items:
        session.execute(insert(SyncItem), state.new_items)
    if state.new_acceptances:
        session.execute(
            insert(CentralAcceptance), [state.acceptances[a] for a in state.new_acceptances]
        )
    for acc_id in state.dirty_acceptances:
        values = dict(state.acceptances[acc_id])
        values.pop("id")
        session.execute(
            update(CentralAcceptance).where(CentralAcceptance.id == acc_id).values(**values)
        )
    if state.new_parcels:
        session.execute(insert(Parcel), state.new_parcels)
    if state.new_events:
        session.execute(insert(TrackingEvent), state.new_events)


def ingest(
    db: CentralDB, caller: Caller, raw_items: list[Any], attempts: int = 4
) -> list[ItemResult]:
    """Judge and store a batch; a lost race on a unique key re-judges the whole batch."""
    for attempt in range(attempts):
        try:
            with db.write() as session:
                return judge(session, caller, raw_items, datetime.now(UTC))
        except IntegrityError:
            if attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")
