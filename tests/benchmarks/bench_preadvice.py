"""Streaming pre-advice import of a large CSV: rows/s and peak memory, against csv parsing
alone on the same file in the same run.

Run: ``packaging/dev.sh bench preadvice`` or
``.venv/bin/python tests/benchmarks/bench_preadvice.py [--rows 1000000]``

A UTF-8 CSV of ``--rows`` rows (one parcel a row, the marketplace's columns) is written to
a temporary folder. Each measurement runs in a fresh child process so its peak RSS
(``ru_maxrss``) is its own:

* baseline: ``csv.reader`` over the file, nothing kept (the floor for any importer);
* the real import (``preadvice import`` code path: UTF-8 and SHA-256 first pass, parcels
  streamed, every parcel validated with the shipped corridor rules, committed in chunks
  of 2,000 with the resumable import record) into a fresh terminal database.

Goals (issue 12): at least 20,000 rows/s and under 300 MB peak RSS for 1,000,000 rows.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

GOAL_ROWS_S = 20_000
GOAL_RSS_MB = 300


def child(mode: str, path: Path, db_path: Path) -> None:
    """One measurement in this (child) process; prints a JSON line."""
    start = time.perf_counter()
    if mode == "csv":
        import csv

        n = 0
        with path.open(encoding="utf-8", newline="") as f:
            for _row in csv.reader(f):
                n += 1
        extra: dict[str, object] = {"rows": n - 1}
    else:
        from datetime import date

        from app.services.preadvice import import_file
        from app.services.reference_data import load_reference_data
        from app.services.terminal import open_terminal

        rules = load_reference_data().customs_rules()
        db = open_terminal(str(db_path))
        start = time.perf_counter()  # the database set-up is not the import
        report = import_file(db, path, rules=rules, on=date(2026, 8, 1))
        db.close()
        extra = {
            "rows": report.parcels,
            "imported": report.imported,
            "rejected": report.rejected_total,
        }
    seconds = time.perf_counter() - start
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps({"seconds": seconds, "rss_mb": rss_mb, **extra}), flush=True)


def measure(mode: str, path: Path, db_path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--file", str(path), "--db", str(db_path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--child")
    ap.add_argument("--file", type=Path)
    ap.add_argument("--db", type=Path)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.file, args.db)
        return 0

    from tests.preadvice_data import write_csv

    with tempfile.TemporaryDirectory(prefix="bench-preadvice-") as tmp:
        path, db_path = Path(tmp) / "preadvice.csv", Path(tmp) / "terminal.db"
        parcels = write_csv(path, args.rows)
        size_mb = path.stat().st_size / 1e6
        base = measure("csv", path, db_path)
        imp = measure("import", path, db_path)
    assert imp["imported"] == parcels, imp

    rate_base = args.rows / base["seconds"]
    rate_imp = args.rows / imp["seconds"]
    print(f"pre-advice file: {args.rows:,} rows ({parcels:,} parcels), {size_mb:,.0f} MB")
    print(f"{'measure':<44} {'time':>10} {'rows/s':>12} {'peak RSS':>10}")
    print("-" * 80)
    print(
        f"{'csv.reader alone, same file (baseline)':<44} {base['seconds']:>9.1f}s "
        f"{rate_base:>12,.0f} {base['rss_mb']:>8.0f} MB"
    )
    print(
        f"{'pre-advice import (validate, chunked commits)':<44} {imp['seconds']:>9.1f}s "
        f"{rate_imp:>12,.0f} {imp['rss_mb']:>8.0f} MB"
    )
    print(
        f"{'import / baseline':<44} {imp['seconds'] / base['seconds']:>9.1f}x "
        f"{'':>12} {imp['rss_mb'] / base['rss_mb']:>8.1f}x"
    )
    print(
        f"goals: >= {GOAL_ROWS_S:,} rows/s: {'met' if rate_imp >= GOAL_ROWS_S else 'NOT met'}; "
        f"< {GOAL_RSS_MB} MB: {'met' if imp['rss_mb'] < GOAL_RSS_MB else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
