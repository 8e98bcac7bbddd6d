"""``sync status|run|configure``: the central sync without the GUI.

``sync configure --url URL`` asks for the token (not echoed) or reads it from standard
input; it is stored by ``app.services.token_store``, never in the database.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import signal
import sys
import threading
from typing import Any

from app.services import sync_service
from app.services.terminal import open_terminal
from app.store.database import DatabaseError
from app.sync.drain_lock import BUSY, DrainBusyError, DrainLock
from app.sync.protocol import SyncError
from app.sync.worker import SyncStatus


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("sync", help="synchronisation with the central system")
    sub = p.add_subparsers(dest="sync_command", required=True, metavar="ACTION")
    st = sub.add_parser("status", help="queue length, last sync, items needing attention")
    st.add_argument("--no-probe", action="store_true", help="do not contact central")
    st.set_defaults(handler=_status)
    run = sub.add_parser("run", help="drain the outbox (keeps running unless --once)")
    run.add_argument("--once", action="store_true", help="drain what is due once and exit")
    run.set_defaults(handler=_run)
    cfg = sub.add_parser("configure", help="point this terminal at a central system")
    cfg.add_argument("--url", required=True, help="central's address, e.g. https://central:8400")
    # The token is read from standard input or a prompt, never from the command line,
    # where every local user can see it (ps, /proc) and shells keep it in their history.
    cfg.add_argument("--token", help=argparse.SUPPRESS)
    cfg.add_argument("--terminal-id", help="this terminal's id (default: the one central knows)")
    cfg.add_argument("--ca-file", help="CA bundle to verify central's certificate with")
    cfg.add_argument(
        "--allow-http", action="store_true", help="allow unencrypted http to another machine"
    )
    cfg.add_argument(
        "--no-check", action="store_true", help="store without asking central (offline set-up)"
    )
    cfg.set_defaults(handler=_configure)


def _print_status(st: SyncStatus) -> None:
    online = {None: "not configured", True: "online", False: "offline"}[st.online]
    last = st.last_success_at.isoformat(timespec="seconds") if st.last_success_at else "never"
    print(f"central:         {online}")
    print(f"queued:          {st.queue_length}")
    print(f"needs attention: {st.attention}")
    print(f"last sync:       {last}")
    if st.last_error:
        print(f"last error:      {st.last_error}")


def _status(args: argparse.Namespace) -> int:
    db = open_terminal(args.db)
    try:
        online = None if args.no_probe else sync_service.probe(db)
        st = sync_service.status(db, online)
        _print_status(st)
        for item in sync_service.attention_items(db):
            print(f"  #{item.outbox_id} {item.kind} {item.entity_id} {item.state}: {item.reason}")
        return 0
    finally:
        db.close()


def _run(args: argparse.Namespace) -> int:
    try:
        db = open_terminal(args.db)
    except DatabaseError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    try:
        if args.once:
            try:
                report = sync_service.run_once(db)
            except DrainBusyError as exc:
                print(str(exc))
                return 0
            except (SyncError, sync_service.SyncConfigError) as exc:
                print(str(exc), file=sys.stderr)
                return 1
            counts = (
                ", ".join(f"{k} {v}" for k, v in sorted(report.counts.items())) or "nothing due"
            )
            print(f"sent {report.sent} in {report.batches} batches: {counts}")
            if report.error:
                print(f"stopped: {report.error}", file=sys.stderr)
            _print_status(sync_service.status(db, not report.offline))
            return 0 if report.ok else 1
        probe = DrainLock(db.path)
        if not probe.acquire():
            print(BUSY)
            return 0
        probe.release()
        stop = threading.Event()
        worker = sync_service.make_worker(db, on_status=_print_line)
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        worker.start()
        with contextlib.suppress(KeyboardInterrupt):
            stop.wait()
        worker.stop()
        return 0
    finally:
        db.close()


def _print_line(st: SyncStatus) -> None:
    online = {None: "not configured", True: "online", False: "offline"}[st.online]
    print(
        f"{online}; queued {st.queue_length}; attention {st.attention}"
        + (f"; {st.last_error}" if st.last_error else ""),
        flush=True,
    )


def read_token() -> str:
    """The token from a prompt (terminal, not echoed) or the first line of standard input."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass("Token printed by 'central add-terminal': ")
    line = sys.stdin.readline(4096) if sys.stdin is not None else ""
    return line.strip()


def _configure(args: argparse.Namespace) -> int:
    if args.token is not None:
        print(
            "error: the token is not given on the command line (other users can read it there). "
            "Type it at the prompt, or pipe it: printf '%s\\n' \"$TOKEN\" | "
            "main.py sync configure --url URL",
            file=sys.stderr,
        )
        return 2
    token = read_token()
    if not token:
        print("error: no token given on standard input; nothing was changed.", file=sys.stderr)
        return 2
    db = open_terminal(args.db)
    try:
        cfg = sync_service.configure(
            db,
            args.url,
            token,
            terminal_id=args.terminal_id,
            verify=args.ca_file or True,
            allow_http=args.allow_http,
            check=not args.no_check,
        )
    except (SyncError, sync_service.SyncConfigError) as exc:
        print(str(exc), file=sys.stderr)
        return 1
    finally:
        db.close()
    print(f"central {cfg.url} for branch {cfg.branch or '(unknown until first contact)'}")
    return 0
