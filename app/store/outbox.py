"""Writing to the transactional outbox and the audit log, inside the caller's transaction."""

from __future__ import annotations

import hashlib
import json
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from app.store.models import AuditEntry, OutboxItem


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
    """Append an audit entry in the current transaction. ``details`` must hold no personal data."""
    entry = AuditEntry(
        staff_id=staff_id,
        terminal_id=terminal_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        details=canonical_json(details or {}),
    )
    session.add(entry)
    return entry
