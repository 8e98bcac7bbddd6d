"""Per-terminal bearer tokens: issued once, only their SHA-256 is stored; revoked or rotated.

A revoked terminal's token stops working at its next request (every request looks the
token up; nothing is cached), on every worker and every central host.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from datetime import UTC, datetime

from sqlalchemy import select, update

from central.db import CentralDB
from central.ingest import Caller
from central.models import Terminal


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_terminal(
    db: CentralDB, branch: str, terminal_id: str | None = None, label: str = ""
) -> tuple[str, str]:
    """Register a terminal of ``branch``; returns ``(terminal_id, token)``, the token only now."""
    token = "pct_" + secrets.token_urlsafe(32)
    tid = terminal_id or f"T-{uuid.uuid4().hex[:12]}"
    with db.write() as session:
        session.add(
            Terminal(
                id=tid,
                branch=branch,
                label=label,
                token_sha256=token_hash(token),
                created_at=datetime.now(UTC),
            )
        )
    return tid, token


def caller_for(db: CentralDB, token: str) -> Caller | None:
    """The terminal holding ``token``, or None when it is unknown or revoked."""
    with db.read() as session:
        row = session.scalar(
            select(Terminal).where(
                Terminal.token_sha256 == token_hash(token), Terminal.revoked_at.is_(None)
            )
        )
        return Caller(row.id, row.branch) if row is not None else None


class UnknownTerminalError(LookupError):
    """No terminal with that id (or it is revoked, for a rotation)."""


def revoke_terminal(db: CentralDB, terminal_id: str) -> bool:
    """Revoke a terminal's token for good; False when it was revoked already."""
    with db.write() as session:
        row = session.get(Terminal, terminal_id)
        if row is None:
            raise UnknownTerminalError(f"No terminal {terminal_id} is registered.")
        if row.revoked_at is not None:
            return False
        row.revoked_at = datetime.now(UTC)
        return True


def rotate_token(db: CentralDB, terminal_id: str) -> str:
    """Issue a new token for a terminal (the old one stops working now); shown only here."""
    token = "pct_" + secrets.token_urlsafe(32)
    with db.write() as session:
        changed = session.execute(
            update(Terminal)
            .where(Terminal.id == terminal_id, Terminal.revoked_at.is_(None))
            .values(token_sha256=token_hash(token))
        ).rowcount
        if not changed:
            raise UnknownTerminalError(
                f"No active terminal {terminal_id}: register it again with add-terminal."
            )
    return token
