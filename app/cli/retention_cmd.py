"""``retention purge [--days N]``: blank personal data of old acceptances central holds."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.services import retention
from app.services.terminal import open_terminal
from app.store.database import DatabaseError


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("retention", help="purge old personal data that central holds")
    sub = p.add_subparsers(dest="retention_command", required=True, metavar="ACTION")
    pg = sub.add_parser(
        "purge",
        help="blank names, addresses and phones of acceptances older than N days that "
        "central holds (S10, weights, money and the audit stay)",
    )
    pg.add_argument("--days", type=int, help="default: the retention.days setting (90)")
    pg.set_defaults(handler=_purge)


def _purge(args: argparse.Namespace) -> int:
    if args.days is not None and not 1 <= args.days <= 3650:
        print("error: --days is a number from 1 to 3650", file=sys.stderr)
        return 2
    try:
        db = open_terminal(args.db)
    except DatabaseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        report = retention.purge(db, days=args.days)
    finally:
        db.close()
    print(
        f"purged personal data of {report.acceptances} acceptance(s) accepted before "
        f"{report.cutoff.date().isoformat()} ({report.days} days) and "
        f"{report.profiles} unused sender profile(s)"
    )
    return 0
