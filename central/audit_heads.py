"""Audit chain heads the terminals send with each sync, and ``verify-audit`` on them.

Each terminal keeps its audit log as a hash chain (``app.domain.audit_chain``) and sends
the newest entry's id and digest with every batch. Central keeps every distinct head it
received, so a terminal whose log was rewritten after a sync — even with every digest
recomputed — no longer holds, at that id, the digest central has. ``verify_audit``
checks the heads against each other and, given the terminal's database file, against
its log.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import DateTime, Integer, String, UniqueConstraint, select
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.audit_chain import verify_chain
from central.db import CentralDB
from central.models import Base


class AuditHead(Base):
    """One distinct audit chain head received from a terminal, and when it first came."""

    __tablename__ = "audit_heads"
    __table_args__ = (UniqueConstraint("terminal_id", "entry_id", "entry_sha256"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    terminal_id: Mapped[str] = mapped_column(String(64), index=True)
    branch: Mapped[str] = mapped_column(String(20))
    entry_id: Mapped[int] = mapped_column(Integer)
    entry_sha256: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


def record_head(db: CentralDB, terminal_id: str, branch: str, entry_id: int, sha256: str) -> None:
    """Keep the head unless this terminal already sent exactly it."""
    with db.write() as session:
        seen = session.scalar(
            select(AuditHead.id).where(
                AuditHead.terminal_id == terminal_id,
                AuditHead.entry_id == entry_id,
                AuditHead.entry_sha256 == sha256,
            )
        )
        if seen is None:
            session.add(
                AuditHead(
                    terminal_id=terminal_id,
                    branch=branch,
                    entry_id=entry_id,
                    entry_sha256=sha256,
                    received_at=datetime.now(UTC),
                )
            )


@dataclass(frozen=True, slots=True)
class HeadSeen:
    """A head as central received it."""

    entry_id: int
    sha256: str
    received_at: datetime


def heads_of(db: CentralDB, terminal_id: str) -> list[HeadSeen]:
    with db.read() as session:
        rows = session.scalars(
            select(AuditHead).where(AuditHead.terminal_id == terminal_id).order_by(AuditHead.id)
        ).all()
        return [HeadSeen(r.entry_id, r.entry_sha256, r.received_at) for r in rows]


def _when(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M:%S")


def check_heads(heads: Sequence[HeadSeen]) -> list[str]:
    """Problems visible from the heads alone: an id with two digests, a log that shrank."""
    problems: list[str] = []
    by_id: dict[int, HeadSeen] = {}
    newest = 0
    for h in heads:
        first = by_id.setdefault(h.entry_id, h)
        if first.sha256 != h.sha256:
            problems.append(
                f"audit entry {h.entry_id} had digest {first.sha256[:16]}… at the sync of "
                f"{_when(first.received_at)} and {h.sha256[:16]}… at {_when(h.received_at)}: "
                "the terminal's log was rewritten"
            )
        if h.entry_id < newest:
            problems.append(
                f"the head went back from entry {newest} to {h.entry_id} at the sync of "
                f"{_when(h.received_at)}: entries were removed from the terminal's log"
            )
        newest = max(newest, h.entry_id)
    return problems


def check_terminal_file(heads: Sequence[HeadSeen], path: Path) -> list[str]:
    """The terminal's own log (read-only) against its chain and every head central holds."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [f"{path} cannot be opened: {exc}"]
    try:
        conn.row_factory = sqlite3.Row
        rows = conn.execute(
            "SELECT id, at, staff_id, terminal_id, action, entity, entity_id, details, "
            "prev_sha256, entry_sha256 FROM audit_log ORDER BY id"
        ).fetchall()
    except sqlite3.Error as exc:
        return [f"{path} is not a terminal database with an audit chain: {exc}"]
    finally:
        conn.close()
    problems: list[str] = []
    report = verify_chain(rows)
    if report.broken is not None:
        problems.append(f"the terminal's chain: {report.broken.reason}")
    digests = {int(r["id"]): str(r["entry_sha256"]) for r in rows}
    for h in heads:
        now = digests.get(h.entry_id)
        if now is None:
            problems.append(
                f"audit entry {h.entry_id}, received at the sync of {_when(h.received_at)}, "
                "is missing from the terminal's log"
            )
        elif now != h.sha256:
            problems.append(
                f"audit entry {h.entry_id} differs from what central received at the sync of "
                f"{_when(h.received_at)}: rewritten after that sync"
            )
    return problems


def verify_audit(db: CentralDB, terminal_id: str, terminal_db: Path | None) -> tuple[int, str]:
    """Exit code and text of ``python -m central verify-audit``."""
    heads = heads_of(db, terminal_id)
    if not heads:
        return 2, f"central holds no audit head of terminal {terminal_id} (unknown or never synced)"
    problems = check_heads(heads)
    if terminal_db is not None:
        problems += check_terminal_file(heads, terminal_db)
    last = heads[-1]
    lines = [
        f"terminal {terminal_id}: {len(heads)} head(s) received, the last at "
        f"{_when(last.received_at)}: entry {last.entry_id} {last.sha256}"
    ]
    if problems:
        lines += [f"PROBLEM: {p}" for p in problems]
        return 1, "\n".join(lines)
    checked = " and the terminal's log agrees" if terminal_db is not None else ""
    lines.append(f"OK: the heads are consistent{checked}")
    return 0, "\n".join(lines)
