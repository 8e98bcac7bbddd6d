"""Writing to the transactional outbox and the audit log, inside the caller's transaction."""

from __future__ import annotations

import hashlib
import json
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.domain.audit_chain import GENESIS, entry_digest
from app.store.models import AuditEntry, OutboxItem
from app.store.types import utcnow


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(f"cannot encode {type(value).__name__} in a sync payload")


def canonical_json(payload: dict[str, Any]) -> str:
    """Canonical JSON: sorted keys, no spaces, UTF-8 text, decimals as strings."""
    return json.dumps(
        payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_default
    )


def payload_hash(canonical: str) -> str:
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def enqueue(
    session: Session,
    kind: str,
    entity_id: str,
    payload: dict[str, Any],
    item_uuid: str | None = None,
) -> OutboxItem:
    """Add an outbox item in the current transaction; it commits with the business change."""
    text = canonical_json(payload)
    item = OutboxItem(
        item_uuid=item_uuid or str(uuid.uuid4()),
        kind=kind,
        entity_id=entity_id,
        payload=text,
        payload_sha256=payload_hash(text),
        state="pending",
    )
    session.add(item)
    return item


def audit(
    session: Session,
    *,
    staff_id: int | None,
    terminal_id: str,
    action: str,
    entity: str,
    entity_id: str,
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append an audit entry in the current transaction. ``details`` must hold no personal data.

    The entry joins the hash chain: its id follows the last entry (written ones, and ones
    added earlier in this transaction) and its digest covers the last entry's digest. Write
    transactions are ``BEGIN IMMEDIATE``, so no other writer can slip an entry in between.
    """
    prev_id, prev = _chain_head(session)
    at = utcnow()
    fields: dict[str, object] = {
        "id": prev_id + 1,
        "at": at.isoformat(timespec="microseconds"),
        "staff_id": staff_id,
        "terminal_id": terminal_id,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "details": canonical_json(details or {}),
    }
    entry = AuditEntry(
        id=prev_id + 1,
        at=at,
        staff_id=staff_id,
        terminal_id=terminal_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        details=fields["details"],
        prev_sha256=prev,
        entry_sha256=entry_digest(fields, prev),
    )
    session.add(entry)
    return entry


def _chain_head(session: Session) -> tuple[int, str]:
    """Id and digest of the newest audit entry, including ones not yet flushed."""
    pending = [o for o in session.new if isinstance(o, AuditEntry)]
    if pending:
        last = max(pending, key=lambda o: o.id)
        return last.id, last.entry_sha256
    with session.no_autoflush:
        row = session.execute(
            text("SELECT id, entry_sha256 FROM audit_log ORDER BY id DESC LIMIT 1")
        ).first()
    return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))


def audit_head(session: Session) -> tuple[int, str] | None:
    """The newest audit entry's id and digest (what central keeps), or ``None``."""
    row = session.execute(
        text("SELECT id, entry_sha256 FROM audit_log ORDER BY id DESC LIMIT 1")
    ).first()
    return None if row is None else (int(row[0]), str(row[1]))
