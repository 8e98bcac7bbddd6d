"""Benchmark: drain 10,000 queued acceptances into a loopback central, batched vs one per request.

Run: ``.venv/bin/python tests/benchmarks/bench_sync.py [--items 10000] [--baseline-items 1000]``.
Central runs as its own process (``python -m central serve``) on SQLite, and on
PostgreSQL when one is reachable (``POSTCOUNTER_TEST_PG_URL`` or the local server).
The baseline sends the same kind of items one request per item, through the same
client code (``batch_size=1``), in the same run. Goals: >= 1,000 items/s into SQLite
and >= 10x the baseline.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.services import sync_service  # noqa: E402
from central.auth import add_terminal  # noqa: E402
from central.db import CentralDB, migrate  # noqa: E402
from tests.integration.central_process import CentralProcess  # noqa: E402
from tests.sync_helpers import (  # noqa: E402
    BRANCH,
    clone_acceptances,
    make_acceptances,
    open_test_terminal,
)

PG_URL = os.environ.get(
    "POSTCOUNTER_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def run(central_url: str, workdir: Path, items: int, batch: int, tag: str) -> tuple[float, dict]:
    """Items per second draining ``items`` queued acceptances with batches of ``batch``."""
    cdb = CentralDB(central_url)
    migrate(cdb.engine)
    _, token = add_terminal(cdb, BRANCH)
    proc = CentralProcess(central_url, workdir / f"central-{tag}.log")
    proc.start()
    terminal = open_test_terminal(workdir / f"terminal-{tag}.db")
    try:
        make_acceptances(terminal, 1)
        clone_acceptances(terminal, items - 1)
        sync_service.configure(terminal, proc.url, token)
        start = time.perf_counter()
        report = sync_service.run_once(terminal, top_up=False, batch_size=batch)
        elapsed = time.perf_counter() - start
        assert report.ok and report.counts.get("stored") == items, report
        return items / elapsed, report.counts
    finally:
        proc.stop()
        terminal.close()
        cdb.close()


def pg_schema_url() -> tuple[str, object] | None:
    try:
        import psycopg

        conn = psycopg.connect(
            PG_URL.replace("postgresql+psycopg://", "postgresql://", 1),
            connect_timeout=3,
            autocommit=True,
        )
    except Exception as exc:
        print(f"PostgreSQL skipped: not reachable at {PG_URL} ({exc})", file=sys.stderr)
        return None
    schema = f"pc_bench_{uuid.uuid4().hex[:8]}"
    conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{sep}options=-csearch_path%3D{schema}", (conn, schema)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--baseline-items", type=int, default=1_000)
    parser.add_argument("--batch", type=int, default=200)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        targets = [("SQLite", lambda tag: f"sqlite:///{work / f'central-{tag}.db'}", None)]
        pg = pg_schema_url()
        if pg is not None:
            targets.append(("PostgreSQL", lambda tag, u=pg[0]: u, pg[1]))
        try:
            for name, url_for, _ in targets:
                if name == "PostgreSQL":
                    conn, schema = pg[1]
                # Each run gets an empty central so every item is genuinely stored.
                base_rate, _ = run(url_for("base"), work, args.baseline_items, 1, f"{name}-base")
                if name == "PostgreSQL":
                    conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
                    conn.execute(f'CREATE SCHEMA "{schema}"')
                rate, _ = run(url_for("batch"), work, args.items, args.batch, f"{name}-batch")
                rows.append((name, args.items, args.batch, rate, base_rate, rate / base_rate))
        finally:
            if pg is not None:
                conn, schema = pg[1]
                conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
                conn.close()
    print()
    print(
        f"{'central':<11} {'items':>6} {'batch':>5} {'batched/s':>10} {'1-per-req/s':>12} {'ratio':>6}  goal"
    )
    ok = True
    for name, n, b, rate, base, ratio in rows:
        good = ratio >= 10 and (name != "SQLite" or rate >= 1000)
        ok &= good
        print(
            f"{name:<11} {n:>6} {b:>5} {rate:>10.0f} {base:>12.0f} {ratio:>5.1f}x  {'met' if good else 'MISSED'}"
        )
    print(f"(baseline measured on {args.baseline_items} items, one HTTP request each)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
