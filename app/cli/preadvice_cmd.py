"""``preadvice import FILE`` and ``preadvice show S10``: marketplace pre-advice from the shell.

``import FILE --batch NUMBER [--customer CODE]`` imports a marketplace's list (issue 17).

Exit codes of ``import``: 0 every parcel imported (or already there), 1 some parcels
were rejected (the good ones were imported), 2 the file could not be read (not UTF-8,
columns missing, JSON too large or too deep, a pipe or device instead of a file: nothing
was imported; or a CSV error or a disk/database failure part-way: the committed chunks
stay and importing the same file again resumes after them). Never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from app.services.paths import database_path
from app.services.preadvice import PreAdviceFormatError, batch_spec, import_file, lookup
from app.services.reference_data import ReferenceDataError, load_reference_data
from app.store.database import DatabaseError, open_database


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("preadvice", help="import marketplace pre-advice files")
    sub = p.add_subparsers(dest="preadvice_command", required=True, metavar="ACTION")
    imp = sub.add_parser(
        "import",
        help="import a CSV or JSON file of parcels (format: app/services/preadvice.py)",
    )
    imp.add_argument("file", type=Path, help="the pre-advice file (UTF-8 CSV or JSON)")
    imp.add_argument(
        "--batch",
        metavar="NUMBER",
        help="the file is a marketplace's list with this number (issue 17; a JSON list may "
        'say so itself with "batch" and "customer")',
    )
    imp.add_argument(
        "--customer", metavar="CODE", default="", help="the business customer of the list"
    )
    imp.set_defaults(handler=_import)
    show = sub.add_parser("show", help="print the pre-advised data of a parcel as JSON")
    show.add_argument("s10", help="the parcel's S10 identifier")
    show.set_defaults(handler=_show)


def _import(args: argparse.Namespace) -> int:
    try:
        if args.customer and args.batch is None:
            raise PreAdviceFormatError("--customer goes with --batch NUMBER (the list's number).")
        # one check with the counter's import dialog: an empty --batch "" is refused too
        spec = batch_spec(args.batch, args.customer) if args.batch is not None else None
    except PreAdviceFormatError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        rules = load_reference_data().customs_rules()
        db = open_database(database_path(args.db))
    except (ReferenceDataError, DatabaseError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        report = import_file(db, args.file, rules=rules, on=date.today(), batch=spec)
    except PreAdviceFormatError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (OSError, SQLAlchemyError) as exc:  # disk full, database locked: no traceback
        print(
            f"error: the import stopped ({type(exc).__name__}: {getattr(exc, 'strerror', '') or 'database error'}); "
            "what was committed stays, importing the same file again resumes.",
            file=sys.stderr,
        )
        return 2
    finally:
        db.close()
    resumed = f" (resumed after row {report.resumed_after_row})" if report.resumed_after_row else ""
    listed = f" list {report.batch}:" if report.batch else ""
    print(
        f"{report.file}:{listed} {report.parcels} parcel(s){resumed}: {report.imported} imported, "
        f"{report.updated} updated, {report.unchanged} unchanged, {report.rejected_total} rejected"
    )
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for error in report.rejected:
        print(f"rejected {error}", file=sys.stderr)
    if report.rejected_total > len(report.rejected):
        print(
            f"... and {report.rejected_total - len(report.rejected)} more rejected parcel(s)",
            file=sys.stderr,
        )
    return 0 if report.ok else 1


def _show(args: argparse.Namespace) -> int:
    try:
        db = open_database(database_path(args.db))
    except DatabaseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        with db.read() as session:
            found = lookup(session, args.s10)
    finally:
        db.close()
    if found is None:
        print(f"{args.s10}: no pre-advice for this parcel", file=sys.stderr)
        return 1
    c = found.consignment
    print(
        json.dumps(
            {
                "s10": found.s10,
                "source": found.source,
                "row": found.row_number,
                "accepted": found.accepted,
                "batch_id": found.batch_id,
                "declared_grams": found.declared_grams,
                "sender": c.sender.name,
                "addressee": c.addressee.name,
                "destination": c.addressee.country,
                "category": c.customs.category.value,
                "lines": len(c.customs.lines),
                "total_value": str(c.customs.total_value),
            },
            ensure_ascii=False,
            indent=2,
        )
    )
    return 0
