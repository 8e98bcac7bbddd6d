"""``db check``: is the terminal database PostCounter's, on the current schema and intact?

A file that is not a PostCounter database (a folder, pipe, read-only, damaged or foreign
file) is refused with one line and exit 1, never migrated. The audit log's hash chain is
verified and the first broken entry named.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from typing import Any

from app.services.paths import data_dir, database_path
from app.store.audit_log import verify_audit_log
from app.store.database import DatabaseError, current_revision, head_revision, open_database


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("db", help="terminal database maintenance")
    sub = p.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    c = sub.add_parser(
        "check",
        help="PostCounter database, migrations current, integrity and audit chain ok "
        "(exit 0), else exit 1",
    )
    c.set_defaults(handler=_check)


def _check(args: argparse.Namespace) -> int:
    path = database_path(args.db)
    try:
        db = open_database(path, create=False, data_folder=None if args.db else data_dir())
    except DatabaseError as exc:
        print(f"PROBLEM: {exc}", file=sys.stderr)
        return 1
    try:
        rev, head = current_revision(db.engine), head_revision()
        with db.engine.connect() as conn:
            chain = verify_audit_log(conn)
        conn2 = sqlite3.connect(path)
        try:
            integrity = conn2.execute("PRAGMA integrity_check").fetchone()[0]
            fk = conn2.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            conn2.close()
    finally:
        db.close()
    ok = rev == head and integrity == "ok" and not fk and chain.ok
    print(f"database:   {path}")
    print(f"schema:     {rev} (this version needs {head})")
    print(f"integrity:  {integrity}")
    print(f"foreign keys: {'ok' if not fk else f'{len(fk)} broken references'}")
    if chain.broken is None:
        print(f"audit chain: ok, {chain.entries} entries, head {chain.head_id} {chain.head_sha256}")
    else:
        print(f"audit chain: BROKEN at entry {chain.broken.entry_id}: {chain.broken.reason}")
    if db.report.migrated:
        print(f"migrated:   {db.report.before} -> {db.report.after}, backup {db.report.backup}")
    if ok:
        print("OK")
    elif chain.broken is not None and integrity == "ok":
        print(
            f"PROBLEM: the audit log was altered ({chain.broken.reason}); keep this file as "
            "evidence, tell your supervisor and compare with central (central verify-audit)"
        )
    else:
        print("PROBLEM: restore the latest backup from the database folder")
    return 0 if ok else 1
