"""``db check``: is the terminal database on the current schema and intact?"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from typing import Any

from app.services.paths import database_path
from app.store.database import DatabaseError, current_revision, head_revision, open_database


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("db", help="terminal database maintenance")
    sub = p.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    c = sub.add_parser("check", help="migrations current and integrity ok (exit 0), else exit 1")
    c.set_defaults(handler=_check)


def _check(args: argparse.Namespace) -> int:
    path = database_path(args.db)
    if not path.exists():
        print(f"{path}: no database yet; it is created at the first start", file=sys.stderr)
        return 1
    try:
        db = open_database(path)
    except DatabaseError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    try:
        rev, head = current_revision(db.engine), head_revision()
        conn = sqlite3.connect(path)
        try:
            integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            conn.close()
    finally:
        db.close()
    ok = rev == head and integrity == "ok" and not fk
    print(f"database:   {path}")
    print(f"schema:     {rev} (this version needs {head})")
    print(f"integrity:  {integrity}")
    print(f"foreign keys: {'ok' if not fk else f'{len(fk)} broken references'}")
    if db.report.migrated:
        print(f"migrated:   {db.report.before} -> {db.report.after}, backup {db.report.backup}")
    print("OK" if ok else "PROBLEM: restore the latest backup from the database folder")
    return 0 if ok else 1
