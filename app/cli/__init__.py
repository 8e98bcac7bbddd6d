"""Command line of PostCounter: with no subcommand it starts the GUI.

Each subcommand lives in its own module of this package and exposes
``register(subparsers)``; the module names are listed in ``COMMAND_MODULES``.
A command's handler takes the parsed ``argparse.Namespace`` and returns the exit code.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

COMMAND_MODULES: tuple[str, ...] = (
    "app.cli.scale_cmd",
    "app.cli.scan_cmd",
    "app.cli.s10_cmd",
    "app.cli.db_cmd",
    "app.cli.demo_cmd",
    "app.cli.terminal_cmd",
    "app.cli.sync_cmd",
    "app.cli.documents_cmd",
    "app.cli.preadvice_cmd",
    "app.cli.ead_cmd",
    "app.cli.settings_cmd",
    "app.cli.day_report_cmd",
    "app.cli.backup_cmd",
    "app.cli.retention_cmd",
    "app.cli.reference_cmd",
    "app.cli.batch_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    """The whole argument parser, with every registered subcommand."""
    parser = argparse.ArgumentParser(
        prog="postcounter",
        description="PostCounter acceptance counter. Without a subcommand the GUI starts.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="SQLite database file (default: the user's data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=("ru", "hi", "en"),
        help="language of the window (default: env POSTCOUNTER_LANG, else the system's)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = subparsers.add_parser("gui", help="start the counter window (the default)")
    gui.set_defaults(handler=_run_gui)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from app.ui.application import run_gui  # Qt is loaded only when the GUI is wanted

    return run_gui(db_path=args.db, lang=getattr(args, "lang", None))


def _gui_args(argv: list[str]) -> argparse.Namespace | None:
    """The GUI's arguments when ``argv`` asks for the GUI; ``None`` for a subcommand (or
    --help). The GUI starts without importing the eleven command modules."""
    light = argparse.ArgumentParser(add_help=False)
    light.add_argument("--db")
    light.add_argument("--lang", choices=("ru", "hi", "en"))
    try:
        args, rest = light.parse_known_args(argv)
    except SystemExit:
        return None  # a bad option: the full parser says what is wrong
    if rest not in ([], ["gui"]):
        return None
    args.handler = _run_gui
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the chosen command; returns the process exit code."""
    args = _gui_args(sys.argv[1:] if argv is None else list(argv))
    if args is None:
        args = build_parser().parse_args(argv)
    handler = getattr(args, "handler", _run_gui)
    from app.store.database import DatabaseError

    try:
        return int(handler(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except DatabaseError as exc:
        # Not a PostCounter database (folder, pipe, read-only, damaged, foreign): one line.
        print(f"PostCounter: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
