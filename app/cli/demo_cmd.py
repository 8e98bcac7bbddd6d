"""``demo --branch ru|in``: the demo branch, and ``demo-data --days N --per-day M``:
fill the database with realistic acceptances (India → Russia on the Indian branch)."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from app.services.counter_rules import counter_rules
from app.services.demo_branches import DEMO_BRANCHES, DemoSwitchRefused
from app.services.demo_data import generate
from app.services.terminal import DEMO_CLERK, open_terminal, staff_context


def register(subparsers: Any) -> None:
    d = subparsers.add_parser(
        "demo",
        help="choose the demo branch: ru (Russia Post, Moscow) or in (India Post, New Delhi, "
        "with a marketplace batch pre-advised)",
    )
    d.add_argument("--branch", required=True, choices=sorted(DEMO_BRANCHES), type=str.lower)
    d.set_defaults(handler=_choose)
    p = subparsers.add_parser(
        "demo-data", help="fill the database with realistic acceptances for training and benchmarks"
    )
    p.add_argument("--days", type=int, default=5, help="business days ending today (default 5)")
    p.add_argument("--per-day", type=int, default=20, help="consignments per day (default 20)")
    p.add_argument("--seed", type=int, default=2026, help="random seed, for repeatable data")
    p.add_argument("--staff", default=DEMO_CLERK[0], help="staff number that accepts them")
    p.set_defaults(handler=_run)


def _choose(args: argparse.Namespace) -> int:
    from app.services.demo_setup import choose_demo_branch
    from app.services.preadvice import PreAdviceFormatError

    db = open_terminal(args.db)
    try:
        choice = choose_demo_branch(db, args.branch)
    except DemoSwitchRefused as exc:
        print(f"not changed: {exc}", file=sys.stderr)
        return 2
    except PreAdviceFormatError as exc:  # the shipped batch file is damaged
        print(f"demo branch set, marketplace batch not imported: {exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    b = choice.branch
    print(f"demo branch {b.code} ({b.name}): {b.country}, {b.currency}, {b.timezone}")
    if choice.batch is not None:
        r = choice.batch
        print(
            f"marketplace batch {r.file}: {r.imported} imported, {r.unchanged} unchanged, "
            f"{r.rejected_total} rejected"
        )
        for error in r.rejected:
            print(f"rejected {error}", file=sys.stderr)
        return 0 if r.ok else 1
    return 0


def _run(args: argparse.Namespace) -> int:
    if args.days < 1 or args.per_day < 1:
        print("--days and --per-day must be 1 or more", file=sys.stderr)
        return 2
    db = open_terminal(args.db)
    try:
        ctx = staff_context(db, args.staff)
        rules = counter_rules()
        start = time.perf_counter()
        summary = generate(
            db,
            ctx,
            days=args.days,
            per_day=args.per_day,
            limits=rules.limits_today(ctx),
            pricing=rules.pricing,
            customs_rules=rules.customs_rules,
            seed=args.seed,
        )
        elapsed = time.perf_counter() - start
    except LookupError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    finally:
        db.close()
    print(
        f"accepted {summary.consignments} consignments ({summary.pieces} pieces) over "
        f"{summary.days} days in {elapsed:.1f} s into {db.path}"
    )
    return 0
