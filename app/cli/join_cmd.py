"""``terminal join --url URL --code CODE``: join a branch with central's one-time code."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.services.enrolment import JoinError, join
from app.services.terminal import open_terminal
from app.sync.protocol import SyncError


def register_join(terminal_actions: Any) -> None:
    """Add ``join`` to the ``terminal`` command's actions."""
    j = terminal_actions.add_parser(
        "join", help="join a branch with the one-time code 'central enrol' printed"
    )
    j.add_argument("--url", required=True, help="central's address, e.g. https://central:8400")
    j.add_argument("--code", required=True, help="the enrolment code, e.g. ABCD-EFGH-JKMN")
    j.add_argument("--ca-file", help="CA bundle to verify central's certificate with")
    j.add_argument(
        "--allow-http", action="store_true", help="allow unencrypted http to another machine"
    )
    j.add_argument("--label", default="", help="a name for this terminal at central")
    j.set_defaults(handler=_join)


def _join(args: argparse.Namespace) -> int:
    db = open_terminal(args.db)
    try:
        result = join(
            db,
            args.url,
            args.code,
            verify=args.ca_file or True,
            allow_http=args.allow_http,
            label=args.label,
        )
    except (JoinError, SyncError) as exc:
        print(f"not joined: {exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    print(f"joined branch {result.branch} ({result.branch_name}) as terminal {result.terminal_id}")
    print(f"staff: {result.staff}; S10 serials: {result.s10_serials}")
    docs = ", ".join(f"{k} v{v}" for k, v in sorted(result.reference.items())) or "none yet"
    print(f"reference data from central: {docs}")
    print("Demo mode is off. Staff log in with the PIN set at central.")
    return 0
