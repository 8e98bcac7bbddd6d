"""The audit chain head that goes with every sync batch, so central can keep it.

Each batch carries ``audit_head`` (the newest entry's id and digest) and, once a head
has been sent, ``audit_anchor``: the digest the terminal holds *now* at the id of the
last head central accepted. Central keeps both, so a rewrite of the log after a sync —
even one that recomputes every digest, or removes entries — shows at central as one
entry id with two digests (``python -m central verify-audit``).
"""

from __future__ import annotations

from sqlalchemy import text

from app.domain.audit_chain import GENESIS
from app.store.database import Database
from app.store.outbox import audit_head
from app.store.settings import get_setting, set_setting

SENT_KEY = "sync.audit_head_sent"


def audit_head_envelope(db: Database) -> dict[str, object]:
    """The envelope fields: ``audit_head`` and ``audit_anchor`` (``{}`` with an empty log)."""
    with db.read() as session:
        head = audit_head(session)
        sent = get_setting(session, SENT_KEY)
        anchor = None
        if isinstance(sent, int) and sent > 0:
            anchor = session.execute(
                text("SELECT entry_sha256 FROM audit_log WHERE id = :id"), {"id": sent}
            ).scalar()
    if head is None or not head[1]:
        return {}
    fields: dict[str, object] = {"audit_head": {"entry_id": head[0], "sha256": head[1]}}
    if isinstance(sent, int) and sent > 0:
        # A removed entry is sent as the zero digest: central holds another, so it shows.
        fields["audit_anchor"] = {"entry_id": sent, "sha256": anchor or GENESIS}
    return fields


def remember_sent(db: Database, envelope: dict[str, object]) -> None:
    """After central accepted a batch: its head is the next batches' anchor."""
    head = envelope.get("audit_head")
    if isinstance(head, dict) and isinstance(head.get("entry_id"), int):
        db.write_with_retry(lambda session: set_setting(session, SENT_KEY, head["entry_id"]))


def attach_audit_head(transport: object, db: Database) -> None:
    """Send the head with every batch over ``transport`` when it is the HTTP transport."""
    from app.sync.http_transport import HttpTransport

    if isinstance(transport, HttpTransport):
        transport.envelope_extra = lambda: audit_head_envelope(db)
        transport.envelope_sent = lambda envelope: remember_sent(db, envelope)
