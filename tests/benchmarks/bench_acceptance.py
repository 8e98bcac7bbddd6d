"""Acceptance speed: the whole one-transaction accept against a bare SQLite commit.

Run: ``.venv/bin/python tests/benchmarks/bench_acceptance.py [--n 300]``

Measured in the same run, on the same disk:
* baseline: one ``INSERT`` + ``COMMIT`` through plain ``sqlite3`` with WAL and
  ``synchronous=FULL`` (the floor any durable acceptance pays);
* ``accept()``: validation with the corridor rules, pricing, the acceptance with its piece,
  weighing and customs lines, the ITMATT document, the outbox item, the audit entry, the
  sender profile, all in one ``BEGIN IMMEDIATE`` transaction;
* start-up: ``open_terminal`` of an existing database (pragmas, integrity check, revision
  check, no migration) against a bare ``sqlite3.connect``.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.domain.s10 import S10
from app.services.acceptance import accept
from app.services.counter_rules import counter_rules
from app.services.demo_data import make_consignment
from app.services.terminal import DEMO_CLERK, open_terminal, staff_context


def ms(values: list[float]) -> tuple[float, float]:
    values = sorted(values)
    return statistics.median(values) * 1000, values[int(len(values) * 0.99) - 1] * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=300)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-accept-"))

    raw = sqlite3.connect(folder / "raw.db", isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, payload TEXT)")
    base = []
    for i in range(args.n):
        t0 = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT INTO t (payload) VALUES (?)", ("x" * 2000 + str(i),))
        raw.execute("COMMIT")
        base.append(time.perf_counter() - t0)
    raw.close()

    db = open_terminal(str(folder / "terminal.db"))
    ctx = staff_context(db, DEMO_CLERK[0])
    rules = counter_rules()
    limits = rules.limits_today(ctx)
    rng = random.Random(7)
    timings = []
    for i in range(args.n):
        c = make_consignment(rng, [str(S10.build("CP", 20_000_000 + i, "RU"))], limits=limits)
        t0 = time.perf_counter()
        accept(db, ctx, c, limits=limits, pricing=rules.pricing, customs_rules=rules.customs_rules)
        timings.append(time.perf_counter() - t0)
    db.close()

    starts, bare = [], []
    for _ in range(20):
        t0 = time.perf_counter()
        d = open_terminal(str(folder / "terminal.db"))
        starts.append(time.perf_counter() - t0)
        d.close()
        t0 = time.perf_counter()
        sqlite3.connect(folder / "terminal.db").execute("SELECT 1").fetchone()
        bare.append(time.perf_counter() - t0)

    rows = [
        ("baseline: bare INSERT+COMMIT (FULL)", *ms(base), 1.0),
        ("accept() one consignment", *ms(timings), ms(timings)[0] / ms(base)[0]),
        ("baseline: sqlite3.connect", *ms(bare), 1.0),
        ("open_terminal (no migration)", *ms(starts), ms(starts)[0] / ms(bare)[0]),
    ]
    print(f"acceptance benchmark, n={args.n}, folder {folder}")
    print(f"{'what':40} {'median ms':>10} {'p99 ms':>10} {'x baseline':>11}")
    for name, med, p99, ratio in rows:
        print(f"{name:40} {med:10.2f} {p99:10.2f} {ratio:11.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
