"""Scale reading latency and reader CPU use, over a real pty at 9600 baud.

Run: ``.venv/bin/python tests/benchmarks/bench_scale_latency.py [--seconds 30]``

A simulated mt-continuous scale streams 10 stable frames a second (18 bytes each),
written byte by byte at the pace of a 9600 baud line. Measured in the same run:

* baseline: a bare thread that reads the pty and notes when each frame is complete
  (the floor the OS and the pty impose);
* app: ScaleReader -> ScaleBridge (queued signal) -> text set on a real QLabel;
* app, byte at a time: the same with the reader's mid-frame pause off (what it did
  before): it wakes up for every byte, which is where its CPU went.

Latency is from the last byte of a frame written to the pty to the moment the weight
is set on the widget (or, for the baseline, the frame is read). The frame's own wire
time (bytes x 10 bits / 9600) is shown beside it, computed and as measured from the
writer's first to last byte. Goal: app p99 within 30 ms of the wire time (that is,
last byte -> widget under 30 ms) and the reader thread under 2 % of one core.
"""

from __future__ import annotations

import argparse
import os
import select
import statistics
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from app.devices.scale.simulator import ScaleSimulator
from app.domain.weight import format_kg
from app.ui.scale_bridge import ScaleBridge

PROTOCOL = "mt-continuous"
BAUD = 9600


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


class Feeder:
    """Changes the load every frame so each frame is distinguishable, and logs send times."""

    def __init__(self, sim: ScaleSimulator) -> None:
        self.sim = sim
        self.sent: dict[bytes, tuple[float, float]] = {}
        self.lock = threading.Lock()
        self.grams = 100_000
        sim.on_frame_sent = self._sent

    def _sent(self, frame: bytes, first: float, last: float) -> None:
        with self.lock:
            self.sent[frame] = (first, last)
        self.grams = 100_000 + (self.grams - 100_000 + 50) % 50_000
        self.sim.set_weight(self.grams, True)


def run_baseline(seconds: float) -> dict[str, float | list[float]]:
    sim = ScaleSimulator(PROTOCOL).start()
    feeder = Feeder(sim)
    fd = os.open(sim.pty_path, os.O_RDWR | os.O_NOCTTY)
    latencies: list[float] = []
    stop = threading.Event()
    cpu = [0.0]

    def loop() -> None:
        buf = bytearray()
        measure_from = time.monotonic() + 0.5  # frames queued before the reader ran don't count
        while not stop.is_set():
            r, _, _ = select.select([fd], [], [], 0.05)
            if not r:
                continue
            buf += os.read(fd, 256)
            now = time.monotonic()
            while True:
                i = buf.find(b"\x02")
                if i < 0 or len(buf) - i < 18:
                    break
                frame = bytes(buf[i : i + 18])
                del buf[: i + 18]
                with feeder.lock:
                    sent = feeder.sent.get(frame)
                if sent and sent[0] >= measure_from:
                    latencies.append(now - sent[1])
        cpu[0] = time.thread_time()

    t = threading.Thread(target=loop)
    time.sleep(0.3)
    t.start()
    start = time.monotonic()
    time.sleep(seconds)
    stop.set()
    t.join()
    wall = time.monotonic() - start
    os.close(fd)
    sim.stop()
    return {"latencies": latencies, "cpu": cpu[0] / wall, "wire": _measured_wire(feeder)}


def _measured_wire(feeder: Feeder) -> float:
    with feeder.lock:
        spans = [last - first for first, last in feeder.sent.values()]
    return statistics.median(spans) if spans else float("nan")


def run_app(seconds: float, gather: bool = True) -> dict[str, float | list[float]]:
    app = QApplication.instance() or QApplication(sys.argv)
    sim = ScaleSimulator(PROTOCOL).start()
    feeder = Feeder(sim)
    label = QLabel("—")
    label.show()
    bridge = ScaleBridge(sim.device_path, PROTOCOL, gather=gather)
    latencies: list[float] = []
    totals: list[float] = []

    def shown(reading: object) -> None:
        label.setText(format_kg(reading.grams, 2))  # type: ignore[attr-defined]
        now = time.monotonic()
        with feeder.lock:
            sent = feeder.sent.get(reading.raw)  # type: ignore[attr-defined]
        if sent and measuring[0]:
            latencies.append(now - sent[1])
            totals.append(now - sent[0])

    measuring = [False]
    cpu_at_start = [0.0]
    wakeups_at_start = [0]
    wall_start = [0.0]
    bridge.sig_reading_changed.connect(shown)
    bridge.start()

    def begin() -> None:
        measuring[0] = True
        cpu_at_start[0] = bridge.reader_cpu_seconds
        wakeups_at_start[0] = bridge.reader_wakeups
        wall_start[0] = time.monotonic()

    result: dict[str, float | list[float]] = {}

    def finish() -> None:
        measuring[0] = False
        wall = time.monotonic() - wall_start[0]
        result["cpu"] = (bridge.reader_cpu_seconds - cpu_at_start[0]) / wall
        result["wakeups"] = float(bridge.reader_wakeups - wakeups_at_start[0])
        app.quit()

    QTimer.singleShot(1000, begin)  # let the reader connect and settle
    QTimer.singleShot(int(1000 + seconds * 1000), finish)
    app.exec()
    bridge.stop()
    sim.stop()
    result.update(latencies=latencies, totals=totals, wire=_measured_wire(feeder))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args()
    wire_computed = 18 * 10 / BAUD
    base = run_baseline(args.seconds)
    app = run_app(args.seconds)
    old = run_app(args.seconds, gather=False)
    b_lat = base["latencies"]
    a_lat = app["latencies"]
    a_tot = app["totals"]
    o_lat = old["latencies"]
    assert isinstance(b_lat, list) and isinstance(a_lat, list) and isinstance(a_tot, list)
    assert isinstance(o_lat, list)
    ms = 1000.0
    print(f"mt-continuous, 18-byte frames, 10 frames/s at {BAUD} baud, {args.seconds:g} s each run")
    print(
        f"wire time per frame: computed {wire_computed * ms:.1f} ms, measured {float(app['wire']) * ms:.1f} ms"
    )
    print()
    print(f"{'run':<34}{'frames':>7}{'median ms':>11}{'p99 ms':>9}{'max ms':>9}{'CPU %':>8}")
    rows = [
        ("baseline: bare pty read, last byte", b_lat, float(base["cpu"])),
        ("app: last byte -> QLabel", a_lat, float(app["cpu"])),
        ("app: first byte -> QLabel", a_tot, float("nan")),
        ("app, byte at a time: last byte", o_lat, float(old["cpu"])),
    ]
    for name, values, cpu in rows:
        if not values:
            print(f"{name:<34}{0:>7}")
            continue
        cpu_text = f"{cpu * 100:8.2f}" if cpu == cpu else f"{'':>8}"
        print(
            f"{name:<34}{len(values):>7}{statistics.median(values) * ms:>11.2f}"
            f"{percentile(values, 99) * ms:>9.2f}{max(values) * ms:>9.2f}{cpu_text}"
        )
    p99 = percentile(a_lat, 99) if a_lat else float("inf")
    base_p99 = percentile(b_lat, 99) if b_lat else float("nan")
    print()
    print(
        f"app p99 over wire time: {p99 * ms:.2f} ms (goal <= 30 ms); baseline p99 {base_p99 * ms:.2f} ms"
    )
    print(f"app p99 / baseline p99: {p99 / base_p99:.1f}x")
    print(f"reader thread CPU: {float(app['cpu']) * 100:.2f} % of one core (goal < 2 %)")
    frames = max(1, len(a_lat))
    old_frames = max(1, len(o_lat))
    print(
        f"reader wake-ups per frame: {float(app['wakeups']) / frames:.1f} "
        f"(byte at a time: {float(old['wakeups']) / old_frames:.1f}); "
        f"CPU byte at a time / now: {float(old['cpu']) / max(float(app['cpu']), 1e-9):.1f}x"
    )
    ok = p99 <= 0.030 and float(app["cpu"]) < 0.02
    print("goals met" if ok else "GOALS NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
