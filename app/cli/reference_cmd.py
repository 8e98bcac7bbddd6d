"""``reference status``: which rates, tariffs and products are in force, since when, from
where, and which staff list (central's version, how many can log in, when it arrived)."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from app.services.enrolment import STAFF_RECEIVED_KEY, STAFF_VERSION_KEY
from app.services.reference_sync import branch_today, current, last_refreshed, refresh_overdue
from app.services.staff_schedule import pending
from app.services.terminal import get_setting, open_terminal
from app.store.database import Database
from app.store.models import Staff


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("reference", help="reference data (rates, tariffs, products)")
    sub = p.add_subparsers(dest="reference_command", required=True, metavar="ACTION")
    st = sub.add_parser("status", help="what is in force, since when and from where")
    st.set_defaults(handler=_status)


def _status(args: argparse.Namespace) -> int:
    db = open_terminal(args.db)
    try:
        now = datetime.now(UTC)
        day = branch_today(db, now)
        ref = current(db, day)
        print(f"in force on {day.isoformat()}:")
        for f in ref.in_force:
            if f.source == "shipped":
                print(f"  {f.kind:<9} shipped with this release")
            else:
                since = f.effective.isoformat() if f.effective else "?"
                got = f.received_at.isoformat(timespec="seconds") if f.received_at else "?"
                print(
                    f"  {f.kind:<9} central version {f.version}, in force since {since} (received {got})"
                )
        print(_staff_line(db))
        with db.read() as session:
            waiting = pending(session)
        for change in waiting:  # dated at central, applied here on their day (offline too)
            done = "added" if change["action"] == "add" else "deactivated"
            print(f"  pending   staff {change['number']} {done} from {change['effective']}")
        last = last_refreshed(db)
        print(
            "last refresh from central: "
            + (last.isoformat(timespec="seconds") if last else "never")
        )
        if refresh_overdue(db, now):
            print(
                "WARNING: reference data has not been refreshed from central for too long; run 'sync run --once'."
            )
        return 0
    finally:
        db.close()


def _staff_line(db: Database) -> str:
    """Staff apply when they arrive; changes dated later are listed as pending."""
    with db.read() as session:
        received = get_setting(session, STAFF_RECEIVED_KEY)
        version = get_setting(session, STAFF_VERSION_KEY)
        branch = get_setting(session, "central.branch")
        active, total = session.execute(
            select(func.count().filter(Staff.active.is_(True)), func.count()).where(
                Staff.branch_code == branch
            )
        ).one()
    if not received:
        return "  staff     set up on this terminal (none received from central)"
    when = str(received)[:19]
    return f"  staff     central version {version} ({active} active of {total}), received {when}"
