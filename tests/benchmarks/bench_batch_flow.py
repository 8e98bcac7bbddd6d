"""A marketplace list at the counter (issue 17), driving the real window: key presses and
the counter's own time per item.

Run: ``.venv/bin/python tests/benchmarks/bench_batch_flow.py [--n 30]`` (also through
``tests/benchmarks/run_all.py``, which runs every ``bench_*.py``).

A list of ``--n`` items is imported into a fresh terminal database; the window is opened
on a scale simulated over a real pseudo-terminal and the list called up by scanning its
barcode. Each item: the parcel is put on the scale, its label scanned (a wedge burst, one
"key"), F8 once the scale has settled, F12; the round ends when the item is stored and
the form is ready for the next scan. Measured per item:

* keys: the scan, F8 and F12 (a scan counts as one key, as the clerk presses nothing);
* wall: scan to ready, minus the time waiting for the scale to settle (the parcel's
  time, not the counter's) and minus the 0 -> load wait between parcels;
* GUI CPU: ``time.thread_time`` of the GUI thread over the same span (the window's own
  work; the waits block in Qt's event loop).

Baseline, same run and process: the same items through the services without a window
(``batch_counter.check_item`` and ``acceptance.accept`` with the list's terms).
Goal: three keys and under 2 s of counter time per item.

Measured 2026-12-06 on the shared 2-core machine, 20 items (``--n 20``):

==================================================  ======  =====
measure                                             median  p99
==================================================  ======  =====
baseline: check_item + accept, no window            6 ms    21 ms
window: scan to ready, without the settle wait      73 ms   84 ms
window: GUI-thread CPU per item                     51 ms   57 ms
keys per item                                       3       3
==================================================  ======  =====

Both goals are met: three keys, and well under 2 s of the counter's own time per item
(the rest of an item's time is the parcel settling on the scale, about 0.5 s).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.devices.scale.base import SimState  # noqa: E402
from app.devices.scale.simulator import ScaleSimulator  # noqa: E402
from app.services import batch_counter  # noqa: E402
from app.services.acceptance import accept  # noqa: E402
from app.services.counter_rules import counter_rules  # noqa: E402
from app.services.preadvice import import_file  # noqa: E402
from app.services.terminal import DEMO_CLERK, open_terminal, set_setting, staff_context  # noqa: E402
from app.ui.application import make_app  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.scale_settings import SETTING_PORT, SETTING_PROTOCOL  # noqa: E402
from tests.factories import piece  # noqa: E402
from tests.preadvice_data import batch_s10s, write_batch_json  # noqa: E402

LIST = "IN-MP-2026-000123"
GOAL_KEYS = 3
GOAL_SECONDS = 2.0


def wait_until(app: QApplication, done: object, timeout: float = 30.0) -> None:
    end = time.perf_counter() + timeout
    while not done():  # type: ignore[operator]
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        if time.perf_counter() > end:
            raise TimeoutError("the window did not get there")


def med_p99(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def window_run(folder: Path, n: int) -> tuple[list[int], list[float], list[float]]:
    db = open_terminal(str(folder / "window.db"))
    s10s = batch_s10s(n)
    import_file(db, write_batch_json(folder / "list.json", LIST, "SHOPKART", s10s))
    sim = ScaleSimulator("mt-sics", SimState(grams=0), link=folder / "scale").start()
    with db.write() as s:
        set_setting(s, SETTING_PORT, sim.device_path)
        set_setting(s, SETTING_PROTOCOL, "mt-sics")
    app = make_app()
    win = MainWindow(db, staff_context(db, DEMO_CLERK[0]), counter_rules())
    win.resize(1366, 768)
    win.show()
    form, panel, mode = win.form, win.form.weight, win.batch_mode
    wait_until(app, lambda: win.scale_bridge is not None and LIST in mode.lists)
    wait_until(app, lambda: panel.state == "stable")

    def scan(text: str) -> None:
        QTest.keyClicks(QApplication.focusWidget() or form.scan, text)
        QTest.keyClick(QApplication.focusWidget() or form.scan, Qt.Key.Key_Return)

    scan(LIST)
    wait_until(app, lambda: mode.active)
    keys, walls, cpus = [], [], []
    try:
        for i, s10 in enumerate(s10s):
            grams = 40_000 + 10 * i
            sim.set_weight(grams, stable=True)
            wall0, cpu0 = time.perf_counter(), time.thread_time()
            pressed = 1
            scan(s10)
            wait_until(app, lambda s10=s10: mode.item is not None and mode.item.s10 == s10)
            # the parcel settling on the scale: not the counter's time
            settle0, settle_cpu0 = time.perf_counter(), time.thread_time()
            wait_until(
                app,
                lambda g=grams: (
                    panel.tracker.latest is not None
                    and panel.tracker.latest.grams == g
                    and panel.tracker.decide(time.monotonic()).weighing is not None
                ),
            )
            settle_wall = time.perf_counter() - settle0
            settle_cpu = time.thread_time() - settle_cpu0
            QTest.keyClick(QApplication.focusWidget() or form, Qt.Key.Key_F8)
            pressed += 1
            QTest.keyClick(QApplication.focusWidget() or form, Qt.Key.Key_F12)
            pressed += 1
            wait_until(
                app,
                lambda n=i + 1: (
                    mode.batch is not None
                    and mode.batch.progress.accepted == n
                    and form.isEnabled()
                    and QApplication.focusWidget() is form.scan
                ),
            )
            walls.append(time.perf_counter() - wall0 - settle_wall)
            cpus.append(time.thread_time() - cpu0 - settle_cpu)
            keys.append(pressed)
            sim.set_weight(0, stable=True)
            wait_until(app, lambda: not panel.interlock.armed)
    finally:
        win.close()
        sim.stop()
        db.close()
    return keys, walls, cpus


def baseline_run(folder: Path, n: int) -> list[float]:
    db = open_terminal(str(folder / "services.db"))
    s10s = batch_s10s(n, 31_000_000)
    import_file(db, write_batch_json(folder / "list2.json", "IN-MP-2026-000999", "SHOPKART", s10s))
    ctx = staff_context(db, DEMO_CLERK[0])
    rules = counter_rules()
    limits = rules.limits_today(ctx)
    batch = batch_counter.call_up(db, "IN-MP-2026-000999")
    times = []
    try:
        for i, s10 in enumerate(s10s):
            t0 = time.perf_counter()
            item = batch_counter.check_item(db, batch, s10)
            assert item.found is not None
            c = replace(item.found.consignment, pieces=(piece(s10, 40_000 + 10 * i),))
            weight = batch_counter.weigh_against_list(
                item.found.declared_grams, 40_000 + 10 * i, limits.batch_weight_tolerance
            )
            accept(
                db,
                ctx,
                c,
                limits=limits,
                pricing=rules.pricing,
                customs_rules=rules.customs_rules,
                business=batch_counter.business_terms(batch, item.found.declared_grams, weight),
            )
            times.append(time.perf_counter() - t0)
    finally:
        db.close()
    return times


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=30)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = baseline_run(folder, args.n)
        keys, walls, cpus = window_run(folder, args.n)
    print(f"batch flow: {args.n} items of one list, scan -> F8 -> F12, pty scale (mt-sics)")
    print(f"{'measure':<52} {'median':>9} {'p99':>9}")
    print("-" * 72)
    for name, values in (
        ("baseline: check_item + accept, no window", base),
        ("window: scan to ready, without the settle wait (wall)", walls),
        ("window: GUI-thread CPU per item", cpus),
    ):
        med, p99 = med_p99(values)
        print(f"{name:<52} {med * 1000:>7.0f}ms {p99 * 1000:>7.0f}ms")
    print(
        f"{'keys per item (scan counts as one)':<52} {statistics.median(keys):>9.0f} {max(keys):>9}"
    )
    _median, wall_p99 = med_p99(walls)
    ok_keys = max(keys) <= GOAL_KEYS
    ok_time = wall_p99 < GOAL_SECONDS
    print(
        f"goals: {GOAL_KEYS} keys per item: {'met' if ok_keys else 'NOT met'} ({max(keys)}); "
        f"< {GOAL_SECONDS:.0f} s counter time per item (p99): "
        f"{'met' if ok_time else 'NOT met'} ({wall_p99:.2f} s)"
    )
    return 0 if ok_keys and ok_time else 1


if __name__ == "__main__":
    sys.exit(main())
