"""``python -m central serve|add-terminal``: run the reference central server or register a terminal."""

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
    serve.add_argument("--log-level", help="uvicorn log level (default warning)")
    add = sub.add_parser("add-terminal", help="register a terminal and print its token once")
    add.add_argument("--branch", required=True, help="branch code the terminal works for")
    add.add_argument("--terminal-id", help="terminal id (default: generated)")
    add.add_argument("--label", default="")
    add.add_argument("--db", help="SQLAlchemy URL or SQLite file (default central.db)")
    add.add_argument("--config", help="TOML file whose database.url is used (as serve's)")
    args = parser.parse_args(argv)
    try:
        cfg = central_config.settings(args)
    except central_config.ConfigError as exc:
        print(f"python -m central: {exc}", file=sys.stderr)
        return 2

    if args.command == "serve":
        import uvicorn

        from central.api import create_app

        app = create_app(cfg.db)  # migrates the database once, before any worker starts
        if cfg.workers > 1:  # uvicorn starts workers from an import string
            os.environ[central_config.WORKER_DB_ENV] = cfg.db or ""
            uvicorn.run(
                "central.config:worker_app",
                factory=True,
                workers=cfg.workers,
                host=cfg.host,
                port=cfg.port,
                log_level=cfg.log_level,
            )
            return 0
        uvicorn.run(app, host=cfg.host, port=cfg.port, log_level=cfg.log_level)
        return 0

    from central.auth import add_terminal
    from central.db import CentralDB, migrate

    db = CentralDB(cfg.db)
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
