"""``settings list|set``: the terminal's device, printing and language settings, headless.

Per-staff settings (the cashier's INN ``fiscal.inn.<staff number>``) are listed for every
staff member on this terminal and set like the others.

The same rules as the settings dialogs (``app.services.terminal_settings``); each change
is audited. Useful for setting a counter up over SSH before the clerk arrives.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.services.terminal import open_terminal
from app.services.terminal_settings import SettingError, read_settings, spec, write_settings


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("settings", help="device, printing and language settings")
    sub = p.add_subparsers(dest="settings_command", required=True, metavar="ACTION")
    ls = sub.add_parser("list", help="every setting with its value and what it means")
    ls.add_argument("--json", action="store_true", help="one JSON object instead of a table")
    ls.set_defaults(handler=_list)
    st = sub.add_parser(
        "set",
        help="change settings: KEY VALUE [KEY VALUE ...]; an empty VALUE clears a text setting",
    )
    st.add_argument("pairs", nargs="+", metavar="KEY VALUE")
    st.set_defaults(handler=_set)


def _list(args: argparse.Namespace) -> int:
    db = open_terminal(args.db)
    try:
        values = read_settings(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps(values, ensure_ascii=False, indent=2))
        return 0
    width = max(len(k) for k in values)
    for key, value in values.items():
        shown = json.dumps(value, ensure_ascii=False)
        print(f"{key:<{width}}  {shown:<24}  {spec(key).help}")
    return 0


def _set(args: argparse.Namespace) -> int:
    pairs: list[str] = args.pairs
    if len(pairs) % 2:
        print(
            f"settings set takes KEY VALUE pairs; {pairs[-1]!r} has no value "
            '(give "" to clear a setting)',
            file=sys.stderr,
        )
        return 2
    changes = dict(zip(pairs[::2], pairs[1::2], strict=True))
    db = open_terminal(args.db)
    try:
        written = write_settings(db, changes, staff_id=None)
    except SettingError as exc:
        print(f"nothing changed: {exc}", file=sys.stderr)
        return 2
    finally:
        db.close()
    for key, value in written.items():
        print(f"{key} = {json.dumps(value, ensure_ascii=False)}")
    if not written:
        print("nothing changed: the values were already set")
    return 0
