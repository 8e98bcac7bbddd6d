"""The fast path of ingest: a batch made only of new, valid acceptances, in a few statements.

A terminal's batch is almost always that: up to 200 acceptances nobody has seen. Judging
them one savepoint at a time costs about seven round trips per item, which is what bounds
central on a busy database server. Here the whole batch is validated in Python first and
written with one multi-row ``INSERT ... ON CONFLICT DO NOTHING RETURNING`` per table inside
one savepoint. Anything unusual (an invalid item, another kind, an acceptance id or S10
already registered, a database error) rolls the savepoint back and returns None: the
batch is then judged item by item, with the same answers as always. Items whose UUID is
already stored (a resend) are answered duplicate or conflict here too.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from central import business
from central.kinds import ACCEPTANCE_EVENT, Caller, ItemContext, acceptance_row, policy_refusal
from central.models import CentralAcceptance, Parcel, SyncItem, TrackingEvent
from central.payloads import UUID_TEXT, Acceptance


class _Fallback(Exception):
    """Something needs the item-by-item path; the savepoint is rolled back."""


def _prepare(caller: Caller, raw_items: list[Any], max_item: int) -> list[tuple] | None:
    out: list[tuple] = []
    uuids: set[str] = set()
    ids: set[str] = set()
    s10s: set[str] = set()
    for raw in raw_items:
        if not isinstance(raw, dict) or raw.get("kind") != "accept":
            return None
        u, seq, text, sha = (raw.get(k) for k in ("item_uuid", "seq", "payload", "payload_sha256"))
        if not (isinstance(u, str) and isinstance(text, str) and isinstance(sha, str)):
            return None
        if not isinstance(seq, int) or isinstance(seq, bool) or not 0 <= seq <= 2**62:
            return None
        if len(text) > max_item or "\x00" in text or u in uuids:
            return None
        if hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest() != sha:
            return None
        try:
            model = Acceptance.model_validate(json.loads(text))
        except (ValueError, RecursionError, ValidationError):
            return None
        pieces = {p.s10 for p in model.pieces}
        if model.branch != caller.branch or model.acceptance_id in ids or pieces & s10s:
            return None
        if not UUID_TEXT.match(u) or policy_refusal(model):
            return None
        uuids.add(u)
        ids.add(model.acceptance_id)
        s10s |= pieces
        out.append((u, seq, text, sha, model))
    return out


def bulk_accept(
    session: Session, caller: Caller, raw_items: list[Any], now: datetime, max_item: int
) -> list[tuple[str, int, str]] | None:
    """``(item_uuid, seq, status)`` per item, or None when the batch needs the slow path."""
    prepared = _prepare(caller, raw_items, max_item)
    if not prepared:
        return None
    ctx = ItemContext(session, caller, "", now)
    try:
        with session.begin_nested():
            # Taken inside the savepoint: a connection taken before it runs its statements
            # outside the SAVEPOINT, and a fallback would leave them written.
            conn = session.connection()
            new = set(
                conn.scalars(
                    ctx.insert(SyncItem.__table__)
                    .on_conflict_do_nothing(index_elements=["item_uuid"])
                    .returning(SyncItem.item_uuid),
                    [
                        {
                            "item_uuid": u,
                            "kind": "accept",
                            "branch": caller.branch,
                            "terminal_id": caller.terminal_id,
                            "client_seq": seq,
                            "entity_id": m.acceptance_id,
                            "payload": text,
                            "payload_sha256": sha,
                            "received_at": now,
                        }
                        for u, seq, text, sha, m in prepared
                    ],
                )
            )
            fresh = [p for p in prepared if p[0] in new]
            if fresh:
                rows = [
                    acceptance_row(ItemContext(session, caller, u, now), m) for u, *_, m in fresh
                ]
                made = conn.scalars(
                    ctx.insert(CentralAcceptance.__table__)
                    .on_conflict_do_nothing(index_elements=["id"])
                    .returning(CentralAcceptance.id),
                    rows,
                ).all()
                if len(made) != len(fresh):
                    raise _Fallback
                parcels = [
                    {"s10": p.s10, "acceptance_id": m.acceptance_id, "seq": p.seq}
                    for *_, m in fresh
                    for p in m.pieces
                ]
                got = conn.scalars(
                    ctx.insert(Parcel.__table__)
                    .on_conflict_do_nothing(index_elements=["s10"])
                    .returning(Parcel.s10),
                    parcels,
                ).all()
                if len(got) != len(parcels):
                    raise _Fallback
                conn.execute(
                    TrackingEvent.__table__.insert(),
                    [
                        {
                            "s10": p.s10,
                            "code": ACCEPTANCE_EVENT,
                            "occurred_at": datetime.fromisoformat(m.accepted_at).astimezone(UTC),
                            "office": caller.branch,
                            "item_uuid": u,
                            "recorded_at": now,
                        }
                        for u, *_, m in fresh
                        for p in m.pieces
                    ],
                )
                business.record_acceptances(ctx, [m for *_, m in fresh], new=True)
    except _Fallback:
        return None
    except OperationalError:
        raise
    except DBAPIError:
        return None
    known = (
        {
            u: sha
            for u, sha in session.execute(
                select(SyncItem.item_uuid, SyncItem.payload_sha256).where(
                    SyncItem.item_uuid.in_([p[0] for p in prepared if p[0] not in new])
                )
            )
        }
        if len(new) < len(prepared)
        else {}
    )
    out = []
    for u, seq, _text, sha, _m in prepared:
        if u in new:
            out.append((u, seq, "stored"))
        else:
            out.append((u, seq, "duplicate" if known.get(u) == sha else "conflict"))
    return out
