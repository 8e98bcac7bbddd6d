"""``reference status``: which rates, tariffs and products are in force, since when, from where."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from app.services.reference_sync import branch_today, current, last_refreshed, refresh_overdue
from app.services.terminal import open_terminal


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
