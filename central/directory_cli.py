"""``python -m central add-branch|staff add|staff deactivate|enrol|publish`` (issue 14)."""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import date
from pathlib import Path
from typing import Any

from central.db import CentralDB
from central.directory import (
    DirectoryError,
    add_branch,
    add_staff,
    branch_today,
    check_effective,
    deactivate_staff,
    new_enrolment_code,
    parse_effective,
)
from central.reference import KINDS, PublishError, publish

COMMANDS = ("add-branch", "staff", "enrol", "publish")


def register(sub: Any) -> None:
    """Add the branch, staff, enrolment and publishing commands to central's parser."""
    db_help = "SQLAlchemy URL or SQLite file (default central.db)"
    eff_help = (
        "branch's business day it takes effect, YYYY-MM-DD, up to a year ahead "
        "(default: now); terminals apply it on that day, offline too"
    )
    br = sub.add_parser("add-branch", help="create a branch (or update its details)")
    br.add_argument("--code", required=True)
    br.add_argument("--name", required=True)
    br.add_argument("--country", required=True, help="ISO code, e.g. RU or IN")
    br.add_argument("--timezone", required=True, help="IANA name, e.g. Europe/Moscow")
    br.add_argument("--currency", required=True, help="ISO code, e.g. RUB or INR")
    br.add_argument("--db", help=db_help)
    st = sub.add_parser("staff", help="clerks and supervisors of a branch")
    ssub = st.add_subparsers(dest="staff_command", required=True, metavar="ACTION")
    add = ssub.add_parser("add", help="add a staff member (PIN from standard input)")
    add.add_argument("--branch", required=True)
    add.add_argument("--number", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--role", choices=["clerk", "supervisor"], default="clerk")
    add.add_argument("--effective", help=eff_help)
    add.add_argument("--db", help=db_help)
    de = ssub.add_parser("deactivate", help="stop a staff member logging in")
    de.add_argument("--branch", required=True)
    de.add_argument("--number", required=True)
    de.add_argument("--effective", help=eff_help)
    de.add_argument("--db", help=db_help)
    en = sub.add_parser("enrol", help="print a one-time code a terminal joins the branch with")
    en.add_argument("--branch", required=True)
    en.add_argument("--db", help=db_help)
    pub = sub.add_parser("publish", help="publish a new version of reference data")
    pub.add_argument("kind", choices=KINDS)
    pub.add_argument("file", type=Path)
    pub.add_argument("--effective", required=True, help="date it is in force from, YYYY-MM-DD")
    pub.add_argument("--db", help=db_help)


def _is_pending(db: CentralDB, branch: str, effective: date) -> bool:
    with db.read() as session:
        return effective > branch_today(session, branch)


def _read_pin() -> str:
    if sys.stdin.isatty():
        return getpass.getpass("PIN: ")
    return sys.stdin.readline().strip()


def run(args: argparse.Namespace, db: CentralDB) -> int:
    """Run one of ``COMMANDS``; a refusal is one line on standard error and exit code 1."""
    try:
        if args.command == "add-branch":
            b = add_branch(db, args.code, args.name, args.country, args.timezone, args.currency)
            print(f"branch {b.code} ({b.name}) {b.country} {b.timezone} {b.currency}")
        elif args.command == "staff":
            effective = parse_effective(args.effective) if args.effective else None
            if args.staff_command == "add":
                check_effective(db, args.branch, effective)  # before the PIN is typed
                pin = _read_pin()
                day = add_staff(db, args.branch, args.number, args.name, args.role, pin, effective)
                who = f"{args.role} {args.number} ({args.name}) of branch {args.branch}"
                print(f"{who} stored" + (f", in force from {day.isoformat()}" if day else ""))
            else:
                changed = deactivate_staff(db, args.branch, args.number, effective)
                if effective is not None and _is_pending(db, args.branch, effective):
                    print(f"staff {args.number}: deactivated from {effective.isoformat()}")
                else:
                    print(
                        f"staff {args.number}: "
                        + ("deactivated" if changed else "already inactive")
                    )
        elif args.command == "enrol":
            code = new_enrolment_code(db, args.branch)
            print(code)
            print(
                "One terminal can join with this code within 24 hours "
                "('main.py terminal join --url URL --code CODE' or the set-up wizard).",
                file=sys.stderr,
            )
        else:
            try:
                effective = date.fromisoformat(args.effective)
            except ValueError:
                print(f"--effective {args.effective!r}: use YYYY-MM-DD", file=sys.stderr)
                return 2
            try:
                text = args.file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                print(f"cannot read {args.file}: {exc}", file=sys.stderr)
                return 2
            if args.kind == "customers":
                print(
                    "refused: the customers document is published from central's register; "
                    "use 'python -m central customer add'",
                    file=sys.stderr,
                )
                return 1
            p = publish(db, args.kind, text, effective)
            print(f"{p.kind} version {p.version} in force from {p.effective.isoformat()}")
    except (DirectoryError, PublishError) as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return 1
    return 0
