"""``backup now|list|restore``: copies of the terminal database in the backup folder.

Exit codes: 0 done, 1 refused or the backup failed (the reason on standard error), 2 the
command cannot run as given (no folder set, file missing, wrong PIN input).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from app.services import backup
from app.services.auth import SUPERVISOR, AuthRefused, authenticate
from app.services.paths import database_path
from app.services.terminal import open_terminal
from app.store.database import DatabaseError, open_database


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("backup", help="verified copies of the database in the backup folder")
    sub = p.add_subparsers(dest="backup_command", required=True, metavar="ACTION")
    now = sub.add_parser("now", help="take a backup now (to backup.folder or --folder)")
    now.add_argument("--folder", help="another folder for this one backup")
    now.set_defaults(handler=_now)
    ls = sub.add_parser("list", help="recorded backups, newest first")
    ls.set_defaults(handler=_list)
    rs = sub.add_parser("restore", help="put a backup in place of this database")
    rs.add_argument("file", type=Path, help="the backup file (*.backup.db)")
    rs.add_argument(
        "--supervisor", metavar="STAFF_NO", help="confirm restoring a backup older than central"
    )
    rs.add_argument("--pin-stdin", action="store_true", help="read the PIN from standard input")
    rs.set_defaults(handler=_restore)


def _fail(message: str, code: int = 1) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def _now(args: argparse.Namespace) -> int:
    try:
        db = open_terminal(args.db)
    except DatabaseError as exc:
        return _fail(str(exc), 2)
    try:
        result = backup.take_backup(db, "manual", folder=args.folder)
    except backup.BackupError as exc:
        return _fail(str(exc), 2)
    finally:
        db.close()
    if not result.ok:
        return _fail(result.detail)
    print(f"backup {result.path} ({result.size_bytes} bytes, {result.detail})")
    return 0


def _list(args: argparse.Namespace) -> int:
    try:
        db = open_terminal(args.db)
    except DatabaseError as exc:
        return _fail(str(exc), 2)
    try:
        rows = backup.list_backups(db)
    finally:
        db.close()
    if not rows:
        print("no backups recorded yet")
    for r in rows:
        state = "ok    " if r.ok else "FAILED"
        there = "" if not r.ok or r.path.exists() else "  (file missing)"
        print(
            f"{r.taken_at.isoformat(timespec='seconds')}  {state}  {r.trigger:<9}  {r.path}{there}"
        )
        if not r.ok:
            print(f"    {r.detail}")
    return 0


def _supervisor(db_path: Path, number: str, pin_stdin: bool) -> int | None:
    """The confirming supervisor's staff id, or None (message printed)."""
    try:
        pin = sys.stdin.readline().rstrip("\r\n") if pin_stdin else getpass.getpass("PIN: ")
    except EOFError:
        print("error: no PIN given", file=sys.stderr)
        return None
    db = open_database(db_path)
    try:
        # The log-in's rules: wrong PINs are counted (lockout) and audited.
        staff = authenticate(db, number, pin, purpose="backup restore", role=SUPERVISOR)
    except AuthRefused as exc:
        print(f"error: {exc} Nothing was restored.", file=sys.stderr)
        return None
    else:
        return staff.id
    finally:
        db.close()


def _restore(args: argparse.Namespace) -> int:
    db_path = database_path(args.db)
    try:
        check = backup.check_restore(db_path, args.file)
    except backup.BackupError as exc:
        return _fail(f"{exc} Nothing was restored.", 2)
    confirmed: int | None = None
    if check.older_than_central:
        if not args.supervisor:
            return _fail(
                f"{args.file.name} is older than what central already has: "
                f"{check.central_has_not_in_backup} item(s) central acknowledged are not in it. "
                "Nothing was restored; a supervisor can confirm with --supervisor STAFF_NO."
            )
        confirmed = _supervisor(db_path, args.supervisor, args.pin_stdin)
        if confirmed is None:
            return 1
    try:
        done = backup.restore(db_path, args.file, confirmed_by=confirmed)
    except (backup.BackupError, DatabaseError, OSError) as exc:
        return _fail(f"{exc}")
    print(f"restored {args.file.name} ({done.detail}); {done.requeued} item(s) queued for central")
    return 0
