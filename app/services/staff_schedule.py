"""Staff changes central published for a later day (issue 14), kept and applied here.

Central sends a branch's pending staff changes (``add`` or ``deactivate``, each with the
branch's business day it takes effect) with the staff list. They are kept in the setting
``central.staff_pending`` and applied when the branch's day reaches theirs: at every sync
and at every log-in, so a counter that is offline on that day still refuses a clerk
deactivated from today and accepts a new one from their first day. Neither happens in the
middle of a consignment: a log-in starts a session, and the clerk's session keeps the
staff member it was opened with.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.auth import CLERK, SUPERVISOR
from app.services.enrolment import apply_staff
from app.services.reference_sync import branch_today
from app.services.terminal import get_setting, set_setting
from app.store.database import Database
from app.store.models import Staff
from app.store.outbox import audit
from app.sync.protocol import ProtocolError

PENDING_KEY = "central.staff_pending"
MAX_PENDING = 1000  # more than central ever sends (200): a guard against a broken answer
ACTIONS = ("add", "deactivate")


def _checked(raw: Any) -> dict[str, str]:
    """One pending change from central, refused whole when a field is missing or wrong."""
    try:
        number, action = str(raw["number"]).strip(), str(raw["action"])
        effective = date.fromisoformat(str(raw["effective"])).isoformat()
        entry = {"number": number, "action": action, "effective": effective}
        if action == "add":
            entry |= {
                "name": str(raw["name"]).strip(),
                "role": str(raw["role"]),
                "pin_hash": str(raw["pin_hash"]),
            }
    except (KeyError, TypeError, ValueError) as exc:
        raise ProtocolError("A pending staff change from central lacks a field.") from exc
    if action not in ACTIONS or not number or len(number) > 20:
        raise ProtocolError(f"Central sent a pending staff change {action!r} for {number!r}.")
    if action == "add" and (entry["role"] not in (CLERK, SUPERVISOR) or not entry["name"]):
        raise ProtocolError(f"Central sent pending staff {number!r} with role {entry['role']!r}.")
    return entry


def store_pending(session: Session, rows: Any) -> int:
    """Replace the pending changes kept here with central's list; returns how many."""
    if not isinstance(rows, list) or len(rows) > MAX_PENDING:
        raise ProtocolError("Central's pending staff changes are not a list.")
    entries = sorted((_checked(raw) for raw in rows), key=lambda e: e["effective"])
    set_setting(session, PENDING_KEY, entries)
    return len(entries)


def pending(session: Session) -> list[dict[str, str]]:
    """The pending changes kept here, in the order they take effect."""
    return list(get_setting(session, PENDING_KEY, []) or [])


def apply_due(session: Session, branch: str, today: date) -> int:
    """Apply the kept changes whose day is ``today`` or earlier; returns how many."""
    entries = pending(session)
    due = [e for e in entries if e["effective"] <= today.isoformat()]
    if not due:
        return 0
    for entry in due:
        if entry["action"] == "add":
            apply_staff(
                session,
                branch,
                [
                    {
                        "number": entry["number"],
                        "name": entry["name"],
                        "role": entry["role"],
                        "pin_hash": entry["pin_hash"],
                        "active": True,
                    }
                ],
            )
            continue
        staff = session.scalar(select(Staff).where(Staff.staff_number == entry["number"]))
        if staff is not None and staff.active:
            staff.active = False
            session.flush()
            audit(
                session,
                staff_id=None,
                terminal_id="central",
                action="staff_from_central",
                entity="staff",
                entity_id=entry["number"],
                details={"role": staff.role, "active": False, "effective": entry["effective"]},
            )
    set_setting(session, PENDING_KEY, [e for e in entries if e not in due])
    return len(due)


def apply_due_staff(db: Database, now: datetime) -> int:
    """Apply what is due by the branch's business day at ``now``; no write when nothing is."""
    with db.read() as session:
        entries = pending(session)
        branch = str(get_setting(session, "central.branch", "") or "")
    if not entries or not branch:
        return 0
    today = branch_today(db, now)
    if entries[0]["effective"] > today.isoformat():
        return 0
    return db.write_with_retry(lambda session: apply_due(session, branch, today))
