"""``batch list|show|close``: marketplace batches (issue 17) without the window.

``batch list [--open] [--json]`` and ``batch show ID_OR_NUMBER [--json]`` read;
``batch close ID_OR_NUMBER --supervisor N --method cash|card|account [--tendered X]
[--act FILE.pdf]`` asks for the supervisor's PIN on the terminal (scripts give
``--pin-stdin``), locks the list, records its payment and can write the acceptance act;
``batch act ID_OR_NUMBER FILE.pdf`` writes (again) the act of a batch.
Exit codes: 0 done, 1 refused or not found (the reason on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from app.documents.common import kg
from app.domain.money import Money
from app.domain.payment import METHODS, PaymentProblem
from app.services.auth import AuthRefused, authenticate, must_change_pin
from app.services.batch_query import BatchItem, BatchSummary, batch_items, find_batch, list_batches
from app.services.terminal import context_for, open_terminal
from app.store.database import Database

MAX_TENDERED_TEXT = 20


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("batch", help="marketplace batches: list, show, close (supervisor)")
    sub = p.add_subparsers(dest="batch_command", metavar="ACTION", required=True)
    ls = sub.add_parser("list", help="batches, newest first, with their progress")
    ls.add_argument("--open", action="store_true", help="only batches not closed yet")
    ls.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ls.set_defaults(handler=_list)
    show = sub.add_parser("show", help="one batch's items: declared, actual, difference, fee")
    show.add_argument("batch", metavar="ID_OR_NUMBER", help="the list's number or id")
    show.add_argument("--json", action="store_true", help="print JSON instead of a table")
    show.set_defaults(handler=_show)
    close = sub.add_parser("close", help="lock a batch and take its payment (supervisor)")
    close.add_argument("batch", metavar="ID_OR_NUMBER", help="the list's number or id")
    close.add_argument("--supervisor", required=True, metavar="STAFF_NO", help="staff number")
    close.add_argument("--method", required=True, choices=METHODS, help="how the batch is paid")
    close.add_argument("--tendered", metavar="AMOUNT", help="cash handed over (default: exact)")
    close.add_argument("--act", metavar="FILE.pdf", help="write the acceptance act to this PDF")
    close.add_argument(
        "--pin-stdin", action="store_true", help="read the PIN from the first line of stdin"
    )
    close.set_defaults(handler=_close)
    act = sub.add_parser("act", help="write a batch's acceptance act (closed, or a preview)")
    act.add_argument("batch", metavar="ID_OR_NUMBER", help="the list's number or id")
    act.add_argument("out", metavar="FILE.pdf", help="where to write the PDF")
    act.set_defaults(handler=_act)


def _fail(message: str, code: int = 1) -> int:
    print(message, file=sys.stderr)
    return code


def _money(m: Money | None) -> dict[str, str] | None:
    if m is None:
        return None
    q = m.quantized()
    return {"amount": str(q.amount), "currency": q.currency}


def _summary_json(b: BatchSummary) -> dict[str, Any]:
    return {
        "id": b.id,
        "number": b.number,
        "customer": b.customer_code,
        "state": b.state,
        "created_at": b.created_at.isoformat(),
        "closed_at": b.closed_at.isoformat() if b.closed_at else None,
        "business_day": b.business_day.isoformat() if b.business_day else None,
        "progress": {
            "total": b.progress.total,
            "accepted": b.progress.accepted,
            "flagged": b.progress.flagged,
            "to_go": b.progress.to_go,
        },
    }


def _progress_text(b: BatchSummary) -> str:
    p = b.progress
    return f"{p.accepted} of {p.total} accepted, {p.flagged} weight difference(s), {p.to_go} to go"


def _list(args: argparse.Namespace) -> int:
    db = open_terminal(args.db)
    try:
        with db.read() as session:
            batches = list_batches(session, open_only=args.open)
    finally:
        db.close()
    if args.json:
        print(json.dumps([_summary_json(b) for b in batches], ensure_ascii=False, indent=2))
        return 0
    if not batches:
        print("No open batches." if args.open else "No batches: import a list first.")
        return 0
    for b in batches:
        print(f"{b.id:>5}  {b.number:<24} {b.customer_code:<12} {b.state:<7} {_progress_text(b)}")
    return 0


def item_state(item: BatchItem, closed: bool) -> str:
    """accepted | flagged | to_go (open batch) | missing (closed batch)."""
    if item.accepted:
        return "flagged" if item.weight_flagged else "accepted"
    return "missing" if closed else "to_go"


def _find(db: Database, text: str) -> BatchSummary | None:
    with db.read() as session:
        return find_batch(session, text[:60])


def _show(args: argparse.Namespace) -> int:
    db = open_terminal(args.db)
    try:
        found = _find(db, args.batch)
        if found is None:
            return _fail(f"No batch {args.batch!r} on this terminal: see `batch list`.")
        with db.read() as session:
            items = batch_items(session, found.id)
    finally:
        db.close()
    if args.json:
        body = _summary_json(found) | {
            "items": [
                {
                    "s10": i.s10,
                    "row": i.row_number,
                    "declared_grams": i.declared_grams,
                    "actual_grams": i.actual_grams,
                    "difference_grams": i.difference_grams,
                    "fee": _money(i.fee),
                    "state": item_state(i, found.closed),
                    "accepted_at": i.accepted_at.isoformat() if i.accepted_at else None,
                }
                for i in items
            ]
        }
        print(json.dumps(body, ensure_ascii=False, indent=2))
        return 0
    print(f"Batch {found.number} ({found.customer_code}), {found.state}: {_progress_text(found)}")
    print(f"{'S10':<14} {'declared kg':>11} {'actual kg':>10} {'diff kg':>9} {'fee':>16}  state")
    for i in items:
        diff = i.difference_grams
        print(
            f"{i.s10:<14} "
            f"{kg(i.declared_grams) if i.declared_grams is not None else '-':>11} "
            f"{kg(i.actual_grams) if i.actual_grams is not None else '-':>10} "
            f"{(('+' if diff > 0 else '') + kg(diff)) if diff is not None else '-':>9} "
            f"{str(i.fee.quantized()) if i.fee else '-':>16}  {item_state(i, found.closed)}"
        )
    return 0


def _tendered(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        value = Decimal(text.strip().replace(",", ".")[:MAX_TENDERED_TEXT])
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite() or value < 0:
        raise ValueError(text)
    return value


def _close(args: argparse.Namespace) -> int:
    try:
        tendered = _tendered(args.tendered)
    except ValueError:
        return _fail(
            f"--tendered {args.tendered!r} is not an amount: write it as 2000 or 2000.50", 2
        )
    if tendered is not None and args.method != "cash":
        return _fail("--tendered is for cash only: leave it out for card or account.", 2)
    if args.pin_stdin:
        pin = sys.stdin.readline().rstrip("\r\n")
    else:
        try:
            pin = getpass.getpass(f"PIN of supervisor {args.supervisor}: ")
        except EOFError:
            return _fail("No PIN given: run it at a terminal, or use --pin-stdin.", 2)
    db = open_terminal(args.db)
    try:
        return _close_with(db, args, pin, tendered)
    finally:
        db.close()


def _close_with(db: Database, args: argparse.Namespace, pin: str, tendered: Decimal | None) -> int:
    from app.services.batch_close import close_batch, read_act
    from app.store.models import Staff

    found = _find(db, args.batch)
    if found is None:
        return _fail(
            f"No batch {args.batch!r} on this terminal: see `batch list`. Nothing was closed."
        )
    try:
        staff = authenticate(db, args.supervisor, pin, purpose="batch close")
    except AuthRefused as exc:
        return _fail(f"{exc} Nothing was closed.")
    if must_change_pin(pin):
        return _fail(
            "This PIN is shorter than 6 digits: set a new one first "
            "(staff set-pin, or log in to the counter window). Nothing was closed."
        )
    with db.read() as session:
        row = session.get(Staff, staff.id)
        assert row is not None
        ctx = context_for(session, row)
    from app.services.fiscal.config import register_for

    try:
        result = close_batch(
            db, ctx, found.id, staff.id, args.method, tendered, register=register_for(db, ctx)
        )
    except PaymentProblem as exc:
        return _fail(f"{exc} Nothing was closed.")
    if result.fault is not None:
        print(
            f"The list is closed and paid, but the cash register did not take its receipt "
            f"({result.fault.kind}): the counter window sends it again when it starts and "
            f"after each payment; check the register.",
            file=sys.stderr,
        )
    missing = ", ".join(result.missing) or "none"
    print(
        f"Closed list {result.number}: {result.accepted} accepted, {len(result.missing)} "
        f"missing ({missing}), {result.flagged} weight difference(s)."
    )
    paid = f"Paid {result.amount} by {result.method}"
    if result.tendered is not None and result.change is not None:
        paid += f" (tendered {result.tendered}, change {result.change})"
    print(paid + ".")
    if args.act:
        from app.documents.acceptance_act import render_act

        target = Path(args.act).expanduser()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(render_act(read_act(db, result.batch_id)))
        except OSError as exc:
            return _fail(
                f"The list is closed, but {target} cannot be written: {exc.strerror or exc}. "
                f"Write it with `batch act {result.number} FILE.pdf`."
            )
        print(f"Acceptance act written to {target}")
    return 0


def _act(args: argparse.Namespace) -> int:
    from app.documents.acceptance_act import render_act
    from app.services.batch_close import read_act

    db = open_terminal(args.db)
    try:
        found = _find(db, args.batch)
        if found is None:
            return _fail(f"No batch {args.batch!r} on this terminal: see `batch list`.")
        pdf = render_act(read_act(db, found.id))
    finally:
        db.close()
    target = Path(args.out).expanduser()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pdf)
    except OSError as exc:
        return _fail(
            f"Cannot write {target}: {exc.strerror or exc}. Choose a folder you can write to."
        )
    print(f"Acceptance act of {found.number} written to {target}")
    return 0
