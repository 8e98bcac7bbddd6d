"""Headless document commands: ``label``, ``receipt``, ``cn23``, ``manifest`` and ``day-close``.

``label S10 --out FILE [--zpl]``, ``receipt S10 --out FILE``, ``cn23 S10 --out FILE``,
``manifest --date YYYY-MM-DD --out FILE.pdf [--csv FILE.csv]`` and
``day-close --date YYYY-MM-DD`` (asks for a supervisor's staff number and PIN; scripts
give ``--supervisor N --pin-stdin``). Exit codes: 0 done, 1 refused or not found,
2 bad arguments, 3 the day was closed but the cash register's shift was not.

At a counter with a fiscal register ``day-close`` also closes the register's shift (Z
report), as the window's day close does. When the register does not answer, the day
stays closed and its manifest saved, the clerk is told what to do, and the command exits
3; run it again once the register answers (the day is not closed twice: only the shift
is), or the counter closes the stale shift itself when it starts its next business day.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import date
from pathlib import Path
from typing import Any

from app.documents.cn23 import render_cn23
from app.documents.label import render_label
from app.documents.manifest import manifest_csv, render_manifests
from app.documents.receipt import render_receipt
from app.documents.zpl import ZplOptions, render_label_zpl
from app.domain.s10 import check as check_s10
from app.services.auth import SUPERVISOR, AuthRefused, authenticate, must_change_pin
from app.services.day_close import DayCloseRefused, close_day
from app.services.documents import (
    DocumentNotFound,
    cn23_for_s10,
    day_manifests,
    label_for_s10,
    manifest_by_number,
    manifest_data,
    receipt_for_s10,
)
from app.services.terminal import get_setting, open_terminal
from app.store.database import Database


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("label", help="print the label of one piece to a PDF (or ZPL) file")
    p.add_argument("s10", metavar="S10", help="tracking number of the piece")
    p.add_argument("--out", required=True, metavar="FILE", help="file to write")
    p.add_argument(
        "--zpl", action="store_true", help="write ZPL for a thermal printer instead of PDF"
    )
    p.add_argument(
        "--dpmm",
        type=int,
        default=8,
        choices=(8, 12, 24),
        help="ZPL printer dots per mm (8 = 203 dpi)",
    )
    p.add_argument(
        "--zpl-font", default="0", help="ZPL font: 0 (built-in, Latin) or a printer font file"
    )
    p.set_defaults(handler=_label)

    p = subparsers.add_parser(
        "receipt", help="print the customer's receipt of an item to a PDF file"
    )
    p.add_argument("s10", metavar="S10")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument(
        "--escpos",
        action="store_true",
        help="ESC/POS bytes for an 80 mm receipt printer instead of the A4 PDF "
        "(the first is the original, later ones are marked COPY; the first with a "
        "registered return is the return's original)",
    )
    p.set_defaults(handler=_receipt)

    p = subparsers.add_parser(
        "cn23", help="print the CN 23 customs declaration of an item to a PDF file"
    )
    p.add_argument("s10", metavar="S10")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(handler=_cn23)

    p = subparsers.add_parser(
        "manifest", help="print (or reprint) the manifest(s) of a business day"
    )
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="branch-local business day")
    p.add_argument("--out", metavar="FILE.pdf", help="PDF file to write")
    p.add_argument("--csv", metavar="FILE.csv", help="also (or only) write the rows as CSV")
    p.add_argument(
        "--number", metavar="MANIFEST", help="only this manifest (a day closed twice has two)"
    )
    p.add_argument(
        "--provisional",
        action="store_true",
        help="include the day's open acceptances as a provisional part",
    )
    p.set_defaults(handler=_manifest)

    p = subparsers.add_parser(
        "day-close", help="close a business day into a numbered manifest (supervisor)"
    )
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="branch-local business day")
    p.add_argument(
        "--supervisor", metavar="STAFF_NO", help="supervisor's staff number (asked if missing)"
    )
    p.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read the PIN from the first line of standard input",
    )
    p.add_argument("--out", metavar="FILE.pdf", help="write the new manifest to this PDF")
    p.set_defaults(handler=_day_close)


def _fail(message: str, code: int = 1) -> int:
    print(message, file=sys.stderr)
    return code


def _s10_or_none(text: str) -> str | None:
    result = check_s10(text)
    if not result.ok:
        print(result.reason, file=sys.stderr)
        return None
    return str(result.value)


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        print(
            f"--date {text!r} is not a date: write it as YYYY-MM-DD, e.g. 2026-03-15",
            file=sys.stderr,
        )
        return None


def _write(path: str, data: bytes | str, what: str) -> int:
    target = Path(path).expanduser()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            target.write_text(data, encoding="utf-8")
        else:
            target.write_bytes(data)
    except OSError as exc:
        return _fail(
            f"Cannot write {target}: {exc.strerror or exc}. Choose a folder you can write to."
        )
    print(f"{what} written to {target}")
    return 0


def _with_db(args: argparse.Namespace, work: Any) -> int:
    db = open_terminal(args.db)
    try:
        return int(work(db))
    except DocumentNotFound as exc:
        return _fail(str(exc))
    finally:
        db.close()


def _label(args: argparse.Namespace) -> int:
    s10 = _s10_or_none(args.s10)
    if s10 is None:
        return 2

    def work(db: Database) -> int:
        data = label_for_s10(db, s10)
        if args.zpl:
            zpl = render_label_zpl(data, ZplOptions(dots_per_mm=args.dpmm, font=args.zpl_font))
            return _write(args.out, zpl, f"ZPL label of {s10}")
        return _write(args.out, render_label(data), f"Label of {s10}")

    return _with_db(args, work)


def _receipt(args: argparse.Namespace) -> int:
    s10 = _s10_or_none(args.s10)
    if s10 is None:
        return 2
    if args.escpos:
        from app.services.receipts import thermal_receipt

        def escpos(db: Database) -> int:
            made = thermal_receipt(db, s10=s10)
            what = f"ESC/POS receipt{' (COPY)' if made.copy else ''} of {s10}"
            return _write(args.out, made.data, what)

        return _with_db(args, escpos)
    return _with_db(
        args,
        lambda db: _write(args.out, render_receipt(receipt_for_s10(db, s10)), f"Receipt of {s10}"),
    )


def _cn23(args: argparse.Namespace) -> int:
    s10 = _s10_or_none(args.s10)
    if s10 is None:
        return 2
    return _with_db(
        args, lambda db: _write(args.out, render_cn23(cn23_for_s10(db, s10)), f"CN 23 of {s10}")
    )


def _branch(db: Database) -> str:
    with db.read() as session:
        return str(get_setting(session, "branch.code", ""))


def _manifest(args: argparse.Namespace) -> int:
    day = _day(args.date)
    if day is None:
        return 2
    if not args.out and not args.csv:
        return _fail("Say where to write the manifest: --out FILE.pdf and/or --csv FILE.csv", 2)

    def work(db: Database) -> int:
        if args.number:
            with db.read() as session:
                m = manifest_by_number(session, args.number)
                manifests = [manifest_data(session, m)]
        else:
            manifests = day_manifests(db, _branch(db), day, provisional=args.provisional)
        if not manifests:
            return _fail(
                f"{day.isoformat()} is not closed yet: a supervisor runs `day-close --date {day.isoformat()}` "
                "first, or add --provisional to print the open acceptances as a provisional list."
            )
        rc = 0
        if args.out:
            rc |= _write(
                args.out,
                render_manifests(manifests),
                f"Manifest {', '.join(m.number for m in manifests)}",
            )
        if args.csv:
            # UTF-8 with BOM so spreadsheet programs show Cyrillic names correctly
            rc |= _write_csv(args.csv, manifest_csv(manifests))
        return rc

    return _with_db(args, work)


def _write_csv(path: str, text: str) -> int:
    target = Path(path).expanduser()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8-sig", newline="")
    except OSError as exc:
        return _fail(
            f"Cannot write {target}: {exc.strerror or exc}. Choose a folder you can write to."
        )
    print(f"CSV written to {target}")
    return 0


def _day_close(args: argparse.Namespace) -> int:
    day = _day(args.date)
    if day is None:
        return 2
    number = args.supervisor
    if args.pin_stdin:
        if not number:
            return _fail("--pin-stdin needs --supervisor STAFF_NO", 2)
        pin = sys.stdin.readline().rstrip("\r\n")
    else:
        try:
            if not number:
                number = input("Supervisor's staff number: ").strip()
            pin = getpass.getpass("PIN: ")
        except EOFError:
            return _fail(
                "No staff number or PIN given: run it at a terminal, or use --supervisor and --pin-stdin.",
                2,
            )

    def work(db: Database) -> int:
        try:
            staff = authenticate(db, number, pin, purpose="day close")
        except AuthRefused as exc:
            return _fail(f"{exc} Nothing was closed.")
        if staff.role == SUPERVISOR and must_change_pin(pin):
            return _fail(
                "This PIN is shorter than 6 digits: set a new one first "
                "(staff set-pin, or log in to the counter window). Nothing was closed."
            )
        try:
            result = close_day(db, staff, day)
        except DayCloseRefused as exc:
            if exc.code == "nothing_open" and _closed_before(db, day) and _register(db, staff):
                # A re-run after the register did not answer: close its shift only.
                print(f"{day.isoformat()} is already closed; closing the cash register's shift.")
                return _close_register_shift(db, staff, day)
            return _fail(str(exc))
        print(
            f"Closed {day.isoformat()}: manifest {result.number} with {result.pieces} piece(s) "
            f"of {result.acceptances} acceptance(s), {result.voided_pieces} voided piece(s) marked."
        )
        _backup_after_close(db, staff.id)
        written = 0
        if args.out:
            with db.read() as session:
                m = manifest_by_number(session, result.number)
                data = manifest_data(session, m)
            written = _write(args.out, render_manifests([data]), f"Manifest {result.number}")
        # Last: everything of the day is saved (and printed) before the register is asked.
        return written or _close_register_shift(db, staff, day)

    return _with_db(args, work)


def _closed_before(db: Database, day: date) -> bool:
    from sqlalchemy import select

    from app.store.models import Manifest

    with db.read() as session:
        branch = str(get_setting(session, "branch.code", ""))
        return (
            session.scalar(
                select(Manifest.id)
                .where(Manifest.branch_code == branch, Manifest.business_day == day)
                .limit(1)
            )
            is not None
        )


def _register(db: Database, staff: Any) -> tuple[Any, Any] | None:
    """(counter context, fiscal register) of this counter acting as ``staff``, or None
    where no register is used (no ATOL address set, or an Indian branch). A demo counter's
    fake register lives in the counter window's process: a command has none to close."""
    from app.services.fiscal.config import register_for
    from app.services.terminal import context_for
    from app.store.models import Staff

    with db.read() as session:
        row = session.get(Staff, staff.id)
        assert row is not None
        ctx = context_for(session, row)
    register = register_for(db, ctx)
    return None if register is None or register.demo else (ctx, register)


def _close_register_shift(db: Database, staff: Any, day: date) -> int:
    """Close the fiscal register's shift (Z report) for ``day``, as the window does after
    its day close; 0 when closed or there is no register or no open shift, 3 when the
    register could not close it (the day stays closed)."""
    from app.services.fiscal.register import RegisterFault
    from app.services.fiscal.shift import close_day_shift

    found = _register(db, staff)
    if found is None:
        return 0
    ctx, register = found
    try:
        number = close_day_shift(db, ctx, register, day)
    except RegisterFault as fault:
        print(fault.advice.format(detail=fault.detail), file=sys.stderr)
        print(
            f"The day is closed and its manifest saved; only the cash register's shift is "
            f"still open. Run `day-close --date {day.isoformat()}` again once the register "
            "answers (the day is not closed twice), or the counter closes that shift when "
            "it starts its next business day.",
            file=sys.stderr,
        )
        return 3
    if number is not None:
        print(f"Cash register shift {number} closed (Z report).")
    return 0


def _backup_after_close(db: Database, staff_id: int) -> None:
    """The day-close backup to the backup folder, when one is set (a failure is reported,
    the close stands)."""
    from app.services import backup

    if not backup.plan(db).folder:
        return
    done = backup.take_backup(db, "day_close", staff_id=staff_id)
    if done.ok:
        print(f"Backup {done.path} ({done.detail}).")
    else:
        print(f"warning: {done.detail}", file=sys.stderr)
