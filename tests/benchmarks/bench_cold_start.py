"""Cold start: a new process until the log-in window is shown, against a bare QApplication
window started the same way (new process, same Qt platform) in the same run.

Run: ``.venv/bin/python tests/benchmarks/bench_cold_start.py [--n 7]``

The PostCounter side runs the real start-up path of ``python main.py``: the entry point's
argument parsing, the Qt application with the stylesheet and translators, the terminal
database opened (schema current: no Alembic), the log-in dialog shown. Target: under
2x the bare window. ``--importtime`` prints the 15 slowest imports of that path
(``python -X importtime``), to see what to defer next.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
w = QWidget()
w.resize(440, 300)
w.show()
app.processEvents()
print("shown", flush=True)
"""

POSTCOUNTER = """
import sys
from app.cli import _gui_args
args = _gui_args(["--db", sys.argv[1]])
from app.ui.application import install_translators, login_window, make_app, ui_locale
from app.ui.startup import PendingDatabase
app = make_app()
translators = install_translators(app, ui_locale(args.lang))
db = PendingDatabase(args.db)
login = login_window(db)
login.show()
app.processEvents()
print("shown", flush=True)
db.start()
db.result()
"""


def run(code: str, db: Path) -> float:
    """Seconds from starting a new process until it printed "shown"."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["PYTHONPATH"] = str(ROOT)
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(db)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    _out, err = proc.communicate(timeout=120)
    assert line.strip() == "shown" and proc.returncode == 0, err
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=7)
    parser.add_argument("--importtime", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-cold-"))
    demo, branch = folder / "demo.db", folder / "branch.db"
    run(POSTCOUNTER, demo)  # created and migrated once: the starts measured are not the first
    run(POSTCOUNTER, branch)
    subprocess.run(
        [sys.executable, "main.py", "--db", str(branch), "terminal", "init", "--branch",
         "BENCH-1", "--name", "Bench", "--country", "RU", "--timezone", "Europe/Moscow",
         "--currency", "RUB"],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    bare: list[float] = []
    ours: list[float] = []
    ours_demo: list[float] = []
    for _ in range(args.n):  # interleaved, so machine load hits all alike
        bare.append(run(BARE, branch))
        ours.append(run(POSTCOUNTER, branch))
        ours_demo.append(run(POSTCOUNTER, demo))
    b = statistics.median(bare)
    print(f"cold start to a shown window, n={args.n} (a new process each)")
    print(f"{'what':44} {'median ms':>10} {'max ms':>10} {'x baseline':>11}")
    for name, values in (
        ("baseline: bare QApplication + QWidget", bare),
        ("PostCounter log-in, a branch's terminal", ours),
        ("PostCounter log-in, demo mode", ours_demo),
    ):
        med = statistics.median(values)
        print(f"{name:44} {med * 1000:10.0f} {max(values) * 1000:10.0f} {med / b:11.2f}")
    ratio = statistics.median(ours) / b
    print(f"target (branch terminal): < 2.0x -> {'met' if ratio < 2.0 else 'NOT met'}")
    if args.importtime:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
        out = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", POSTCOUNTER, str(branch)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        rows = [line.split("|") for line in out.stderr.splitlines() if line.startswith("import")]
        timed = [(int(r[1]), r[2].rstrip()) for r in rows if r[1].strip().isdigit()]
        print("slowest imports (cumulative, the whole start incl. the worker thread):")
        for us, name in sorted(timed, reverse=True)[:15]:
            print(f"  {us / 1000:8.1f} ms  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
