"""Run every benchmark in this folder, one after the other, each printing its own table.

Usage: ``packaging/dev.sh bench [NAME ...]`` or ``.venv/bin/python tests/benchmarks/run_all.py``
(names without ``bench_`` and ``.py``, e.g. ``documents sync``). Each benchmark measures
its baseline in the same run, so the ratios it prints are comparable between machines.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    wanted = set(argv)
    scripts = sorted(
        p for p in HERE.glob("bench_*.py") if not wanted or p.stem.removeprefix("bench_") in wanted
    )
    if not scripts:
        print(
            f"no benchmark matches {sorted(wanted)}; have {[p.stem for p in HERE.glob('bench_*.py')]}"
        )
        return 2
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    failed = []
    for script in scripts:
        print(f"\n=== {script.name}", flush=True)
        start = time.perf_counter()
        result = subprocess.run([sys.executable, str(script)], env=env, cwd=HERE.parents[1])
        print(f"--- {script.name}: exit {result.returncode} in {time.perf_counter() - start:.1f} s")
        if result.returncode:
            failed.append(script.name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
