"""``scale simulate | read | detect``: serial scales from the shell.

* ``scale simulate --protocol P [--grams G] [--script FILE]`` opens a pseudo-terminal,
  prints its path and serves the protocol; keys change the load when stdin is a tty.
* ``scale read --port PORT --protocol P [--timeout S]`` prints one JSON line for the
  first capturable reading and exits 0; otherwise it exits non-zero saying what to do.
* ``scale detect [--port PORT]`` probes ports and prints what each answered as.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import select
import signal
import sys
import termios
import threading
import time
import tty
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.devices.scale import registry
from app.devices.scale.base import SimState
from app.devices.scale.reader import ReaderState, ScaleReader
from app.devices.scale.reading import Reading
from app.domain.capture import CaptureRules, SettleTracker
from app.domain.product import DEFAULT_HEAVY
from app.domain.weight import format_kg, parse_kg

EXIT_OVERLOAD = 3
EXIT_UNDERLOAD = 4
EXIT_NO_ANSWER = 5
EXIT_TIMEOUT = 6

KEYS_HELP = (
    "keys: + / - change by 1 kg, > / < by 10 kg, 1-9 put 20-180 kg on, 0 empty platform, "
    "m motion on/off, o overload, u under zero, g garbage bytes, q quit"
)


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("scale", help="simulate, read or detect a serial scale")
    sub = p.add_subparsers(dest="scale_command", required=True, metavar="ACTION")
    names = registry.names()

    sim = sub.add_parser("simulate", help="serve a scale protocol on a new pseudo-terminal")
    sim.add_argument("--protocol", required=True, choices=names)
    sim.add_argument("--grams", type=int, default=0, help="load on the platform at start")
    sim.add_argument("--kg", help="load in kg (e.g. 150.05) instead of --grams")
    sim.add_argument(
        "--script",
        type=Path,
        help="file of 'SECONDS GRAMS [stable|motion|overload|underload]' lines",
    )
    sim.add_argument("--repeat", action="store_true", help="play the script in a loop")
    sim.add_argument("--link", type=Path, help="also make this symlink to the device (stable path)")
    sim.add_argument("--baud", type=int, help="line speed (default: the protocol's usual one)")
    sim.set_defaults(handler=_simulate)

    rd = sub.add_parser("read", help="print the first capturable reading as one JSON line")
    rd.add_argument("--port", required=True, help="serial device, e.g. /dev/ttyUSB0 or COM3")
    rd.add_argument("--protocol", required=True, choices=names)
    rd.add_argument("--timeout", type=float, default=10.0, help="seconds to wait (default 10)")
    rd.add_argument("--settle", type=float, default=0.5, help="seconds a stable weight must hold")
    rd.add_argument("--baud", type=int, help="line speed (default: the protocol's usual one)")
    rd.add_argument(
        "--any-weight",
        action="store_true",
        help="accept any stable weight, not only the heavy-parcel range",
    )
    rd.set_defaults(handler=_read)

    det = sub.add_parser("detect", help="probe serial ports and say which scale answers where")
    det.add_argument(
        "--port", action="append", default=[], help="probe only this port (repeatable)"
    )
    det.set_defaults(handler=_detect)


def _settings(protocol_name: str, baud: int | None) -> Any:
    proto = registry.get(protocol_name)
    if baud is None:
        return proto.line
    return replace(proto.line, baudrate=baud)


# -- simulate -----------------------------------------------------------------------


def _simulate(args: argparse.Namespace) -> int:
    from app.devices.scale.simulator import ScaleSimulator, parse_script

    grams = args.grams
    if args.kg:
        try:
            grams = parse_kg(args.kg)
        except ValueError as exc:
            print(f"--kg: {exc}; write it like 150.05", file=sys.stderr)
            return 2
    steps = None
    if args.script:
        try:
            steps = parse_script(args.script.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"cannot use script {args.script}: {exc}", file=sys.stderr)
            return 2
    sim = ScaleSimulator(
        args.protocol,
        SimState(grams=grams),
        settings=_settings(args.protocol, args.baud),
        link=args.link,
    )
    sim.start()
    print(sim.device_path, flush=True)
    print(
        f"serving {args.protocol} at {sim.settings} on {sim.pty_path}; Ctrl+C to stop",
        file=sys.stderr,
    )
    if steps:
        sim.run_script(steps, repeat=args.repeat)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGHUP):
        with contextlib.suppress(ValueError, OSError):
            signal.signal(sig, lambda *_: stop.set())
    try:
        if sys.stdin.isatty() and not steps:
            _keyboard(sim, stop)
        else:
            while not stop.wait(0.5):
                pass
    except KeyboardInterrupt:
        pass
    finally:
        sim.stop()
    return 0


def _show(sim: Any) -> None:
    s = sim.state
    flags = (
        "overload"
        if s.overload
        else "under zero"
        if s.underload
        else "stable"
        if s.stable
        else "motion"
    )
    print(f"\r{format_kg(s.grams):>10} kg  {flags:<10}", end="", file=sys.stderr, flush=True)


def _keyboard(sim: Any, stop: threading.Event) -> None:
    print(KEYS_HELP, file=sys.stderr)
    fd = sys.stdin.fileno()
    old = termios.tcgetattr(fd)
    tty.setcbreak(fd)
    try:
        _show(sim)
        while not stop.is_set():
            readable, _, _ = select.select([fd], [], [], 0.2)
            if not readable:
                continue
            key = os.read(fd, 1).decode("ascii", "ignore")
            s = sim.state
            if key in ("q", "\x04"):
                break
            step = {"+": 1000, "=": 1000, "-": -1000, ">": 10000, "<": -10000}.get(key)
            if step is not None:
                sim.set_weight(s.grams + step, s.stable)
            elif key.isdigit():
                sim.set_weight(int(key) * 20_000, True)
            elif key == "m":
                sim.set_weight(s.grams, not s.stable)
            elif key == "o":
                sim.set_weight(s.grams, False, overload=not s.overload)
            elif key == "u":
                sim.set_weight(s.grams, False, underload=not s.underload)
            elif key == "g":
                sim.inject(b"\x00\xff#garbage\x02\x15")
            _show(sim)
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, old)
        print(file=sys.stderr)


# -- read ---------------------------------------------------------------------------


def _read(args: argparse.Namespace) -> int:
    limits = DEFAULT_HEAVY
    rules = CaptureRules(
        min_grams=-(10**9) if args.any_weight else limits.piece_min_grams,
        max_grams=10**9 if args.any_weight else limits.piece_max_grams,
        settle_seconds=args.settle,
    )
    tracker = SettleTracker(rules)
    lock = threading.Lock()
    latest: list[Reading] = []
    states: list[tuple[str, str]] = []
    wake = threading.Event()

    def on_reading(r: Reading) -> None:
        with lock:
            tracker.observe(r)
            latest[:] = [r]
        wake.set()

    def on_state(state: str, message: str) -> None:
        with lock:
            states.append((state, message))
        wake.set()

    reader = ScaleReader(
        args.port,
        args.protocol,
        on_reading=on_reading,
        on_state=on_state,
        settings=_settings(args.protocol, args.baud),
    )
    reader.start()
    deadline = time.monotonic() + args.timeout
    try:
        while time.monotonic() < deadline:
            wake.wait(0.1)
            wake.clear()
            with lock:
                decision = tracker.decide(time.monotonic())
            if decision.ok:
                r = latest[0]
                print(json.dumps(r.to_json(), sort_keys=True), flush=True)
                return 0
    finally:
        reader.stop()
    return _explain_failure(args, latest[0] if latest else None, states, tracker)


def _explain_failure(
    args: argparse.Namespace,
    last: Reading | None,
    states: list[tuple[str, str]],
    tracker: SettleTracker,
) -> int:
    where = f"{args.port} ({args.protocol})"
    if last is not None and last.overload:
        print(
            f"scale on {where} is overloaded: take the load off, then weigh again (split the parcel if it is over the scale's capacity)",
            file=sys.stderr,
        )
        return EXIT_OVERLOAD
    if last is not None and last.underload:
        print(
            f"scale on {where} shows less than zero: clear the platform and zero the scale, then try again",
            file=sys.stderr,
        )
        return EXIT_UNDERLOAD
    if last is None:
        last_state = next(
            (
                m
                for s, m in reversed(states)
                if s not in (ReaderState.CONNECTING, ReaderState.STOPPED)
            ),
            "",
        )
        print(
            f"no answer from a {args.protocol} scale on {args.port} within {args.timeout:g} s. "
            f"{last_state or 'Check the cable, power and the scale interface settings.'} "
            "To find which port and protocol the scale uses, run 'scale detect'.",
            file=sys.stderr,
        )
        return EXIT_NO_ANSWER
    decision = tracker.decide(last.received_at.monotonic)
    print(
        f"no capturable weight from {where} within {args.timeout:g} s: {decision.message}",
        file=sys.stderr,
    )
    return EXIT_TIMEOUT


# -- detect -------------------------------------------------------------------------


def _detect(args: argparse.Namespace) -> int:
    from app.devices.scale.detect import candidate_ports, detect

    pairs = candidate_ports(args.port) if not args.port else [(p, "given") for p in args.port]
    if not pairs:
        print(
            "no serial ports found: plug in the scale (or its USB-serial adapter) and try again",
            file=sys.stderr,
        )
        return 1
    found = 0
    for report in detect([p for p, _ in pairs]):
        if report.found:
            found += 1
            r = report.found
            serial_text = f"\tserial {r.serial}" if r.serial else ""
            print(f"{report.port}\t{r.protocol}\t{r.settings}{serial_text}")
        elif report.error:
            print(f"{report.port}\tunavailable\t{report.error}")
        else:
            print(f"{report.port}\tno scale\tnothing answered as a known protocol")
    return 0 if found else 1
