"""Reading the audit log's hash chain back from the database and verifying it."""

from __future__ import annotations

from sqlalchemy import Connection, text

from app.domain.audit_chain import ChainReport, verify_chain

_COLUMNS = (
    "id, at, staff_id, terminal_id, action, entity, entity_id, details, prev_sha256, entry_sha256"
)


def verify_audit_log(conn: Connection) -> ChainReport:
    """Recompute every entry's digest in id order; the report names the first broken entry."""
    rows = conn.execute(text(f"SELECT {_COLUMNS} FROM audit_log ORDER BY id")).mappings()
    return verify_chain(rows)
