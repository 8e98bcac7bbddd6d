"""``terminal init`` and ``staff add``: set a terminal up for a real branch without the GUI."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from app.services.provisioning import BranchSpec, ProvisioningError, add_staff, init_branch
from app.services.terminal import get_setting, open_terminal


def register(subparsers: Any) -> None:
    t = subparsers.add_parser("terminal", help="set this terminal up for a real branch")
    tsub = t.add_subparsers(dest="terminal_command", required=True, metavar="ACTION")
    init = tsub.add_parser("init", help="store the branch and leave demo mode")
    init.add_argument("--branch", required=True, help="branch (office) code, e.g. 101000")
    init.add_argument("--name", required=True, help="branch name as printed on documents")
    init.add_argument("--country", required=True, help="RU or IN")
    init.add_argument("--timezone", required=True, help="IANA time zone, e.g. Europe/Moscow")
    init.add_argument("--currency", required=True, help="fee currency, e.g. RUB or INR")
    init.set_defaults(handler=_init)
    from app.cli.join_cmd import register_join

    register_join(tsub)

    s = subparsers.add_parser("staff", help="clerks and supervisors of this branch")
    ssub = s.add_subparsers(dest="staff_command", required=True, metavar="ACTION")
    add = ssub.add_parser("add", help="add a clerk or supervisor (asks for the PIN)")
    add.add_argument("--number", required=True, help="staff number")
    add.add_argument("--name", required=True, help="full name")
    add.add_argument("--role", choices=["clerk", "supervisor"], default="clerk")
    add.add_argument("--pin-stdin", action="store_true", help="read the PIN from standard input")
    add.set_defaults(handler=_add)


def _init(args: argparse.Namespace) -> int:
    db = open_terminal(args.db)
    try:
        init_branch(
            db, BranchSpec(args.branch, args.name, args.country, args.timezone, args.currency)
        )
    except ProvisioningError as exc:
        print(f"not set up: {exc}", file=sys.stderr)
        return 2
    finally:
        db.close()
    print(
        f"terminal set up for branch {args.branch}; demo mode is off. Add staff with 'staff add'."
    )
    return 0


def _add(args: argparse.Namespace) -> int:
    pin = sys.stdin.readline().strip() if args.pin_stdin else getpass.getpass("PIN: ")
    db = open_terminal(args.db)
    try:
        with db.read() as session:
            branch = str(get_setting(session, "branch.code", ""))
        add_staff(
            db, number=args.number, name=args.name, role=args.role, pin=pin, branch_code=branch
        )
    except ProvisioningError as exc:
        print(f"not added: {exc}", file=sys.stderr)
        return 2
    finally:
        db.close()
    print(f"{args.role} {args.number} ({args.name}) can log in at branch {branch}")
    return 0
