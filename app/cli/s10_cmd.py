"""``s10 check ID`` and ``s10 make SERVICE SERIAL COUNTRY``: S10 identifiers from the shell."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from app.domain import s10


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("s10", help="check or build UPU S10 item identifiers")
    sub = p.add_subparsers(dest="s10_command", required=True, metavar="ACTION")
    c = sub.add_parser("check", help="exit 0 when ID is a valid S10 identifier, 1 with the reason")
    c.add_argument("identifier", nargs="+", help="one or more identifiers")
    c.add_argument(
        "--product",
        help="also apply this product's S10 policy (service indicators, issuing country), "
        "e.g. heavy-parcel",
    )
    c.add_argument(
        "--country",
        help="the branch's country for --product (default: this terminal's branch)",
    )
    c.set_defaults(handler=_check)
    m = sub.add_parser("make", help="build an identifier with its check digit")
    m.add_argument("service", help="2-letter service indicator, e.g. CB")
    m.add_argument("serial", type=int, help="8-digit serial number")
    m.add_argument("country", help="2-letter operator country, e.g. RU")
    m.set_defaults(handler=_make)


def _checker(args: argparse.Namespace) -> Callable[[str], s10.S10Check]:
    """The plain S10 check, or the product's policy with ``--product``."""
    if not args.product:
        return s10.check
    from app.services.postal_rules import product_s10_check

    country = args.country
    if not country:
        from app.services.paths import database_path

        path = database_path(getattr(args, "db", None))
        if path.exists():
            from app.services.postal_rules import terminal_policy
            from app.store.database import DatabaseError, open_database

            try:
                db = open_database(path)
            except DatabaseError:
                country = ""
            else:
                try:
                    with db.read() as session:
                        country = terminal_policy(session, args.product).country
                finally:
                    db.close()
    return product_s10_check(country or "", args.product)


def _check(args: argparse.Namespace) -> int:
    status = 0
    checker = _checker(args)
    for text in args.identifier:
        result = checker(text)
        if result.value is not None:
            print(f"{result.value}\tvalid\t{result.value.grouped}")
        else:
            print(f"{s10.normalise(text)}\tinvalid\t{result.reason}", file=sys.stderr)
            status = 1
    return status


def _make(args: argparse.Namespace) -> int:
    try:
        ident = s10.S10.build(args.service, args.serial, args.country)
    except ValueError as exc:
        print(f"cannot build an identifier: {exc}", file=sys.stderr)
        return 2
    print(ident)
    return 0
