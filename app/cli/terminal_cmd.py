"""``terminal init`` and ``staff add|unlock|set-pin``: a terminal's branch and staff, headless.

Every PIN typed here goes through the same checks as the counter window
(``app.services.auth``): wrong PINs count towards the lockout and are audited.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from app.services.auth import (
    SUPERVISOR,
    AuthRefused,
    authenticate,
    change_pin,
    pin_problem,
    unlock,
)
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
    un = ssub.add_parser(
        "unlock", help="a supervisor lifts the lock after too many wrong PINs (asks for the PIN)"
    )
    un.add_argument("--number", required=True, help="the locked staff number")
    un.add_argument("--supervisor", required=True, help="the supervisor's staff number")
    un.add_argument(
        "--pin-stdin", action="store_true", help="read the supervisor's PIN from standard input"
    )
    un.set_defaults(handler=_unlock)
    sp = ssub.add_parser("set-pin", help="change one's own PIN (asks for the current one)")
    sp.add_argument("--number", required=True, help="staff number")
    sp.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read the current PIN, then the new one, one a line from standard input",
    )
    sp.set_defaults(handler=_set_pin)


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


def _read_pin(args: argparse.Namespace, prompt: str) -> str:
    if args.pin_stdin:
        return sys.stdin.readline().strip()
    try:
        return getpass.getpass(prompt)
    except EOFError:
        return ""


def _add(args: argparse.Namespace) -> int:
    pin = _read_pin(args, "PIN: ")
    if not args.pin_stdin and pin_problem(pin) is None and _read_pin(args, "PIN again: ") != pin:
        print("not added: the two PINs differ", file=sys.stderr)
        return 2
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


def _unlock(args: argparse.Namespace) -> int:
    pin = _read_pin(args, f"PIN of supervisor {args.supervisor}: ")
    db = open_terminal(args.db)
    try:
        supervisor = authenticate(db, args.supervisor, pin, purpose="unlock", role=SUPERVISOR)
        was = unlock(db, args.number, supervisor=supervisor)
    except AuthRefused as exc:
        print(f"not unlocked: {exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    print(
        f"staff number {args.number.strip()} is unlocked"
        if was
        else f"staff number {args.number.strip()} was not locked; its count is reset"
    )
    return 0


def _set_pin(args: argparse.Namespace) -> int:
    current = _read_pin(args, "Current PIN: ")
    new = _read_pin(args, "New PIN (6 to 12 digits): ")
    if not args.pin_stdin and _read_pin(args, "New PIN again: ") != new:
        print("PIN not changed: the two new PINs differ", file=sys.stderr)
        return 2
    problem = pin_problem(new)
    if problem is not None:
        print(f"PIN not changed: {problem}", file=sys.stderr)
        return 2
    db = open_terminal(args.db)
    try:
        staff = authenticate(db, args.number, current, purpose="PIN change")
        change_pin(db, staff.id, new)
    except AuthRefused as exc:
        print(f"PIN not changed: {exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    print(f"PIN of staff number {args.number.strip()} changed")
    return 0
