"""``day-report --date D [--json]``: the X report of a business day (read-only).

Counts, pieces, kilograms, fees by payment method, voided and unpaid acceptances and the
cash that should be in the drawer; ``--json`` prints the same as one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from app.domain.money import Money
from app.services.day_report import DayReport, read_day_report
from app.services.terminal import open_terminal
from app.store.models import Branch
from app.store.settings import get_setting


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "day-report", help="X report of a business day: counts, kg, fees by method, cash"
    )
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="branch-local business day")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(handler=_day_report)


def format_report(r: DayReport) -> str:
    """The report as aligned text lines (what a supervisor reads on a terminal)."""
    rows = [
        ("Branch", r.branch_code),
        ("Business day", r.business_day.isoformat()),
        ("Acceptances", str(r.acceptances)),
        ("Pieces", str(r.pieces)),
        ("Gross kg", f"{r.gross_grams / 1000:.2f}"),
        ("Fees", str(r.fees)),
        *((f"  paid by {m}", str(v)) for m, v in r.fees_by_method.items()),
        ("  left unpaid (supervisor)", f"{r.unpaid} · {r.unpaid_amount}"),
        ("  payment not recorded", f"{r.not_recorded} · {r.not_recorded_amount}"),
        (
            "  batch items, paid at the batch's close",
            f"{r.awaiting_batch} · {r.awaiting_batch_amount or Money.zero(r.currency)}",
        ),
        ("Voided", f"{r.voided} ({r.voided_pieces} pieces) · {r.voided_amount}"),
        ("Cash that should be in the drawer", str(r.cash_in_drawer)),
        ("Manifests", ", ".join(r.manifests) or "none (day not closed)"),
        ("Open acceptances", str(r.open_acceptances)),
    ]
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k.ljust(width)}  {v}" for k, v in rows)


def _day_report(args: argparse.Namespace) -> int:
    try:
        day = date.fromisoformat(args.date)
    except ValueError:
        print(
            f"--date {args.date!r} is not a date: write it as YYYY-MM-DD, e.g. 2026-03-15",
            file=sys.stderr,
        )
        return 2
    db = open_terminal(args.db)
    try:
        with db.read() as session:
            code = str(get_setting(session, "branch.code", "") or "")
            branch = session.get(Branch, code)
            currency = branch.currency if branch else "RUB"
        if not code:
            print("This terminal has no branch yet: run `terminal init` first.", file=sys.stderr)
            return 1
        report = read_day_report(db, code, day, currency)
    finally:
        db.close()
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
    return 0
