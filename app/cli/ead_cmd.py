"""``ead S10``: print the electronic advance data (ITMATT-shaped XML) of an acceptance."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.domain.s10 import check
from app.services.ead import itmatt_for_s10
from app.services.paths import database_path
from app.store.database import DatabaseError, open_database


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "ead", help="print the ITMATT-shaped electronic advance data of an accepted parcel"
    )
    p.add_argument("s10", help="S10 identifier of any piece of the acceptance")
    p.set_defaults(handler=_ead)


def _ead(args: argparse.Namespace) -> int:
    result = check(args.s10)
    if not result.ok:
        print(f"error: {result.reason}", file=sys.stderr)
        return 2
    try:
        db = open_database(database_path(args.db))
    except DatabaseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        with db.read() as session:
            xml = itmatt_for_s10(session, str(result.value))
    finally:
        db.close()
    if xml is None:
        print(f"{result.value}: no acceptance with this parcel on this terminal", file=sys.stderr)
        return 1
    sys.stdout.write(xml)
    return 0
