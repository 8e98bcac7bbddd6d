"""``python -m central serve|add-terminal|revoke-terminal|rotate-token|verify-audit`` and, for
branches, staff, enrolment and reference data, ``add-branch|staff|enrol|publish``
(central.directory_cli); business customers and their accounts, ``customer``
(central.customer_cli).

``serve`` migrates the database once, in this process, then starts ``--workers`` worker
processes (uvicorn's) that share the listening socket and one database; the workers never
migrate. Several hosts behind a load balancer run ``serve`` with ``--no-migrate`` and one
``python -m central migrate`` beforehand (README, "Running central on several hosts").
``verify-audit`` checks a terminal's audit log against the chain heads central holds.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from central import config as central_config


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m central", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    serve = sub.add_parser("serve", help="run the HTTP API (migrates the database first)")
    serve.add_argument(
        "--config", help="TOML file (/etc/postcounter/central.toml); see central.config"
    )
    serve.add_argument("--db", help="SQLAlchemy URL or SQLite file (default central.db)")
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="TCP port (default 8400)")
    serve.add_argument("--workers", type=int, help="worker processes (default 1)")
    serve.add_argument(
        "--no-migrate", action="store_true", help="do not migrate (another host or step does)"
    )
    serve.add_argument("--log-level", help="uvicorn log level (default warning)")
    mig = sub.add_parser("migrate", help="bring the database schema up to date and exit")
    mig.add_argument("--config", help="TOML file whose database.url is used (as serve's)")
    mig.add_argument("--db", help="SQLAlchemy URL or SQLite file (default central.db)")
    add = sub.add_parser("add-terminal", help="register a terminal and print its token once")
    add.add_argument("--branch", required=True, help="branch code the terminal works for")
    add.add_argument("--terminal-id", help="terminal id (default: generated)")
    add.add_argument("--label", default="")
    add.add_argument("--db", help="SQLAlchemy URL or SQLite file (default central.db)")
    add.add_argument("--config", help="TOML file whose database.url is used (as serve's)")
    rev = sub.add_parser("revoke-terminal", help="revoke a terminal's token for good")
    rev.add_argument("terminal_id", metavar="ID")
    rev.add_argument("--config", help="TOML file whose database.url is used (as serve's)")
    rev.add_argument("--db", help="SQLAlchemy URL or SQLite file (default central.db)")
    rot = sub.add_parser("rotate-token", help="issue a new token for a terminal (old one dies)")
    rot.add_argument("terminal_id", metavar="ID")
    rot.add_argument("--config", help="TOML file whose database.url is used (as serve's)")
    rot.add_argument("--db", help="SQLAlchemy URL or SQLite file (default central.db)")
    va = sub.add_parser(
        "verify-audit", help="check a terminal's audit chain heads (and its database file)"
    )
    va.add_argument("--terminal", required=True, help="terminal id")
    va.add_argument(
        "--terminal-db", help="a copy of the terminal's database file to compare with the heads"
    )
    va.add_argument("--config", help="TOML file whose database.url is used (as serve's)")
    va.add_argument("--db", help="SQLAlchemy URL or SQLite file (default central.db)")

    from central import customer_cli, directory_cli

    directory_cli.register(sub)
    customer_cli.register(sub)
    args = parser.parse_args(argv)
    try:
        cfg = central_config.settings(args)
    except central_config.ConfigError as exc:
        print(f"python -m central: {exc}", file=sys.stderr)
        return 2

    from central.db import DEFAULT_URL_ENV, CentralDB, migrate, normalise_url

    if args.command == "verify-audit":
        from pathlib import Path

        from central.audit_heads import verify_audit

        db = CentralDB(cfg.db)
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

        if cfg.workers < 1:
            parser.error("--workers must be 1 or more")
        url = normalise_url(cfg.db)
        if not args.no_migrate:
            db = CentralDB(url)
            try:
                migrate(db.engine)
            finally:
                db.close()
        # The workers build the app from the environment (uvicorn imports it by name).
        os.environ[DEFAULT_URL_ENV] = url
        uvicorn.run(
            "central.api:app_from_env",
            factory=True,
            host=cfg.host,
            port=cfg.port,
            workers=cfg.workers,
            log_level=cfg.log_level,
        )
        return 0

    from central.auth import UnknownTerminalError, add_terminal, revoke_terminal, rotate_token

    db = CentralDB(cfg.db)
    try:
        migrate(db.engine)
        if args.command == "migrate":
            print("central schema is up to date")
            return 0
        if args.command in directory_cli.COMMANDS:
            return directory_cli.run(args, db)
        if args.command == customer_cli.COMMAND:
            return customer_cli.run(args, db)
        if args.command == "revoke-terminal":
            try:
                changed = revoke_terminal(db, args.terminal_id)
            except UnknownTerminalError as exc:
                print(str(exc), file=sys.stderr)
                return 1
            print(f"terminal {args.terminal_id}: " + ("revoked" if changed else "already revoked"))
            return 0
        if args.command == "rotate-token":
            try:
                token = rotate_token(db, args.terminal_id)
            except UnknownTerminalError as exc:
                print(str(exc), file=sys.stderr)
                return 1
            print(f"terminal: {args.terminal_id}")
            print(f"token:    {token}")
            print(
                "The old token no longer works; configure the terminal with this one.",
                file=sys.stderr,
            )
            return 0
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
