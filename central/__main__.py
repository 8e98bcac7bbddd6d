"""``python -m central serve|add-terminal|verify-audit``: run the reference central server,
register a terminal, or check a terminal's audit log against the chain heads central holds."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m central", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    serve = sub.add_parser("serve", help="run the HTTP API (migrates the database first)")
    serve.add_argument("--db", help="SQLAlchemy URL or SQLite file (default central.db)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8400)
    serve.add_argument("--log-level", default="warning")
    add = sub.add_parser("add-terminal", help="register a terminal and print its token once")
    add.add_argument("--branch", required=True, help="branch code the terminal works for")
    add.add_argument("--terminal-id", help="terminal id (default: generated)")
    add.add_argument("--label", default="")
    add.add_argument("--db", help="SQLAlchemy URL or SQLite file (default central.db)")
    va = sub.add_parser(
        "verify-audit", help="check a terminal's audit chain heads (and its database file)"
    )
    va.add_argument("--terminal", required=True, help="terminal id")
    va.add_argument(
        "--terminal-db", help="a copy of the terminal's database file to compare with the heads"
    )
    va.add_argument("--db", help="SQLAlchemy URL or SQLite file (default central.db)")
    args = parser.parse_args(argv)

    if args.command == "verify-audit":
        from pathlib import Path

        from central.audit_heads import verify_audit
        from central.db import CentralDB, migrate

        db = CentralDB(args.db)
        try:
            migrate(db.engine)
            code, text = verify_audit(
                db, args.terminal, Path(args.terminal_db) if args.terminal_db else None
            )
        finally:
            db.close()
        print(text, file=sys.stdout if code == 0 else sys.stderr)
        return code

    if args.command == "serve":
        import uvicorn

        from central.api import create_app

        app = create_app(args.db)
        uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)
        return 0

    from central.auth import add_terminal
    from central.db import CentralDB, migrate

    db = CentralDB(args.db)
    try:
        migrate(db.engine)
        tid, token = add_terminal(db, args.branch.strip(), args.terminal_id, args.label)
    finally:
        db.close()
    print(f"terminal: {tid}")
    print(f"branch:   {args.branch.strip()}")
    print(f"token:    {token}")
    print("The token is shown only now; central keeps only its hash.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
