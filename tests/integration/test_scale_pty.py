"""Every scale protocol over real pseudo-terminals, at its own line settings.

Stable weight, motion then stable, overload, under zero, garbage and cut-off frames,
the device vanishing and coming back, and recorded streams replayed.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from app.devices.scale import registry
from app.devices.scale.base import Emulator
from app.devices.scale.detect import detect
from app.devices.scale.simulator import ScaleSimulator, Step
from tests.integration.scale_harness import Harness, ReplayEmulator, weight_for

PROTOCOLS = registry.names()


@pytest.fixture(params=PROTOCOLS)
def protocol(request: pytest.FixtureRequest) -> str:
    return request.param


def test_stable_weight_placed_before_the_reader_started(protocol: str) -> None:
    grams = weight_for(protocol)
    h = Harness(protocol, grams=grams).start()
    try:
        d = h.wait_capture()
        assert d.weighing is not None and d.weighing.grams == grams
        assert d.weighing.protocol == protocol and d.weighing.port == h.sim.device_path
        assert d.weighing.raw_frame  # the evidence is kept
        # The reader set the protocol's own line speed on the port.
        assert h.sim.host_baudrate() == registry.get(protocol).line.baudrate
        assert h.reader is not None and h.reader.state == "connected"
        if protocol == "mt-sics":
            assert d.weighing.scale_serial == "SIM0000001"
            assert not any(c.startswith("@") for c in h.sim.emulator.received)  # type: ignore[attr-defined]
    finally:
        h.stop()


def test_motion_then_stable_captures_the_stable_weight(protocol: str) -> None:
    grams = weight_for(protocol)
    h = Harness(protocol, grams=0).start()
    try:
        h.wait_state("connected")
        h.sim.run_script(
            [
                Step(0.6, grams - 4000, stable=False),
                Step(0.6, grams + 2000, stable=False),
                Step(30, grams, stable=True),
            ]
        )
        d = h.wait_capture()
        assert d.weighing is not None and d.weighing.grams == grams
        with h.cond:
            moving = [r for r in h.readings if not r.stable]
            first_ok = next(i for i, x in enumerate(h.decisions) if x.ok)
            assert moving, "the motion phase was seen"
            assert all(not x.ok for x in h.decisions[:first_ok])
    finally:
        h.stop()


def test_overload_and_under_zero_are_never_captured(protocol: str) -> None:
    grams = weight_for(protocol)
    h = Harness(protocol, grams=grams).start()
    try:
        h.wait_capture()
        h.sim.set_weight(grams, False, overload=True)
        over = h.wait_reading(lambda r: r.overload)
        assert not over.stable
        with h.cond:
            assert h.tracker.decide(over.received_at.monotonic).code == "overload"
        h.sim.set_weight(0, False, underload=True)
        under = h.wait_reading(lambda r: r.underload)
        with h.cond:
            assert h.tracker.decide(under.received_at.monotonic).code == "underload"
        h.sim.set_weight(grams, True)
        d = h.wait_capture()
        assert d.weighing is not None and d.weighing.grams == grams
    finally:
        h.stop()


def test_garbage_and_cut_off_frames_are_skipped(protocol: str) -> None:
    grams = weight_for(protocol)
    proto = registry.get(protocol)
    h = Harness(protocol, grams=grams).start()
    try:
        h.wait_state("connected")
        other = proto.emulator(type(h.sim.state)(grams=grams - 10_000))
        partial = other.stream_frame() or other.receive(proto.weigh_command() or b"")
        stop = threading.Event()

        def noise() -> None:
            while not stop.wait(0.15):
                h.sim.inject(b"\x00\xff\x13#noise\x0d" + partial[: len(partial) // 2])

        t = threading.Thread(target=noise, daemon=True)
        t.start()
        try:
            h.wait(lambda: len(h.errors) >= 3, what="parse errors from the noise")
            d = h.wait_capture()
        finally:
            stop.set()
            t.join()
        assert d.weighing is not None and d.weighing.grams == grams
        with h.cond:
            assert all(r.grams in (grams, grams - 10_000) for r in h.readings if r.has_weight)
    finally:
        h.stop()


def test_device_vanishes_and_returns(protocol: str, tmp_path: Path) -> None:
    grams = weight_for(protocol)
    link = tmp_path / f"scale-{protocol}"
    h = Harness(protocol, grams=grams, link=link).start()
    try:
        h.wait_capture()
        pulled = time.monotonic()
        h.sim.unplug()
        lost = h.wait_state("disconnected", timeout=5)
        assert lost - pulled < 2.0, "the UI must hear of a lost scale within 2 s"
        assert h.reader is not None and h.reader.last_reading is None
        time.sleep(0.5)
        with h.cond:
            count = len(h.readings)
        h.sim.replug()
        h.wait_state("connected", timeout=5)
        d = h.wait_capture()
        assert d.weighing is not None and d.weighing.grams == grams
        with h.cond:
            assert len(h.readings) > count
    finally:
        h.stop()


def test_silent_port_is_not_shown_as_connected(protocol: str) -> None:
    # A pty that nobody answers on: opens fine, but it is not a scale.
    h = Harness(protocol, emulator_factory=_Mute)
    t0 = time.monotonic()
    h.start()
    try:
        t = h.wait_state("no-data", timeout=5)
        assert t - t0 < 2.0
        assert all(s != "connected" for _, s, _ in h.states)
    finally:
        h.stop()


class _Mute(Emulator):
    """A device that never says anything."""


def test_recorded_stream_replayed(protocol: str) -> None:
    replay: list[ReplayEmulator] = []

    def factory(state):
        emu = ReplayEmulator(state, protocol)
        replay.append(emu)
        return emu

    h = Harness(protocol, emulator_factory=factory).start()
    try:
        d = h.wait_capture(timeout=10)
        assert d.weighing is not None and d.weighing.grams == replay[0].final
        with h.cond:
            states = {r.state for r in h.readings}
        assert "motion" in states or protocol == "toledo-8217"
        if protocol != "mt-sics":
            # Line noise and cut frames in the recording were reported, not fatal.
            assert h.errors
    finally:
        h.stop()


def test_detection_names_each_scale_and_no_other_device() -> None:
    sims = [ScaleSimulator(p).start() for p in PROTOCOLS]
    chatty = ScaleSimulator("mt-continuous", emulator_factory=_Chatty).start()
    try:
        for s in sims:
            s.set_weight(weight_for(s.protocol.name))
        reports = detect([s.device_path for s in sims] + [chatty.device_path])
        found = {r.port: (r.found.protocol if r.found else None) for r in reports}
        for s in sims:
            assert found[s.device_path] == s.protocol.name
        assert found[chatty.device_path] is None, "a device that only talks is not a scale"
    finally:
        for s in [*sims, chatty]:
            s.stop()


class _Chatty(Emulator):
    """A modem-like device that prints text lines all the time."""

    def stream_frame(self) -> bytes:
        return b"+CSQ: 21,99\r\nOK\r\nST,GS\r\n"

    def _answer(self) -> bytes:
        self._inbox.clear()
        return b"ERROR\r\n"
