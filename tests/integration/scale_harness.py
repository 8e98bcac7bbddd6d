"""A simulator plus a reader on a real pseudo-terminal, with thread-safe waiting."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from app.devices.scale import registry
from app.devices.scale.base import Emulator, SimState
from app.devices.scale.reader import ScaleReader
from app.devices.scale.reading import Event, ParseError, Reading
from app.devices.scale.simulator import ScaleSimulator
from app.domain.capture import CaptureDecision, CaptureRules, SettleTracker
from app.domain.product import DEFAULT_HEAVY

DATA = Path(__file__).resolve().parents[1] / "data" / "scale"


def weight_for(protocol: str) -> int:
    """A weight the protocol can carry: toledo-8217 stops below 100 kg."""
    return 12_350 if protocol == "toledo-8217" else 152_350


def rules_for(protocol: str) -> CaptureRules:
    if protocol == "toledo-8217":
        return CaptureRules(min_grams=5_000, max_grams=99_999, settle_seconds=0.3)
    return CaptureRules.from_limits(DEFAULT_HEAVY, settle_seconds=0.3)


class Harness:
    """Runs a ``ScaleSimulator`` and a ``ScaleReader`` and records what the reader saw."""

    def __init__(
        self,
        protocol: str,
        *,
        grams: int = 0,
        link: Path | None = None,
        emulator_factory: Callable[[SimState], Emulator] | None = None,
    ) -> None:
        self.protocol = protocol
        self.sim = ScaleSimulator(
            protocol, SimState(grams=grams), link=link, emulator_factory=emulator_factory
        )
        self.cond = threading.Condition()
        self.readings: list[Reading] = []
        self.states: list[tuple[float, str, str]] = []
        self.errors: list[ParseError] = []
        self.tracker = SettleTracker(rules_for(protocol))
        self.decisions: list[CaptureDecision] = []
        self.reader: ScaleReader | None = None

    def start(self) -> Harness:
        self.sim.start()
        self.reader = ScaleReader(
            self.sim.device_path,
            self.protocol,
            on_reading=self._on_reading,
            on_state=self._on_state,
            on_event=self._on_event,
        )
        self.reader.start()
        return self

    def stop(self) -> None:
        if self.reader:
            self.reader.stop()
        self.sim.stop()

    def _on_reading(self, r: Reading) -> None:
        with self.cond:
            self.readings.append(r)
            self.tracker.observe(r)
            self.decisions.append(self.tracker.decide(r.received_at.monotonic))
            self.cond.notify_all()

    def _on_state(self, state: str, message: str) -> None:
        with self.cond:
            self.states.append((time.monotonic(), state, message))
            self.cond.notify_all()

    def _on_event(self, e: Event) -> None:
        if isinstance(e, ParseError):
            with self.cond:
                self.errors.append(e)

    def wait(self, predicate: Callable[[], object], timeout: float = 8.0, what: str = "") -> object:
        """Wait until ``predicate()`` is truthy (checked under the lock)."""
        with self.cond:
            result = self.cond.wait_for(predicate, timeout)
        assert result, f"timed out waiting for {what or predicate}; states={self.states[-3:]}"
        return result

    def wait_capture(self, timeout: float = 8.0) -> CaptureDecision:
        start = len(self.decisions)
        self.wait(
            lambda: any(d.ok for d in self.decisions[start:]), timeout, "a capturable reading"
        )
        with self.cond:
            return next(d for d in self.decisions[start:] if d.ok)

    def wait_state(self, state: str, timeout: float = 8.0) -> float:
        start = len(self.states)
        self.wait(lambda: any(s == state for _, s, _ in self.states[start:]), timeout, state)
        with self.cond:
            return next(t for t, s, _ in self.states[start:] if s == state)

    def wait_reading(self, predicate: Callable[[Reading], bool], timeout: float = 8.0) -> Reading:
        start = len(self.readings)
        self.wait(lambda: any(predicate(r) for r in self.readings[start:]), timeout, "a reading")
        with self.cond:
            return next(r for r in self.readings[start:] if predicate(r))


class ReplayEmulator(Emulator):
    """Plays a recorded ``<protocol>.hex`` stream: chunk per frame slot or per request."""

    def __init__(self, state: SimState, protocol: str) -> None:
        super().__init__(state)
        self.proto = registry.get(protocol)
        lines = (DATA / f"{protocol}.hex").read_text(encoding="ascii").splitlines()
        self.chunks = [bytes.fromhex(x) for x in lines if x and not x.startswith("#")]
        self.final = int(lines[0].split()[-2])
        self.position = 0

    def _next(self) -> bytes:
        if self.position >= len(self.chunks):
            return self.chunks[-1]  # keep repeating the last (stable) answer
        chunk = self.chunks[self.position]
        self.position += 1
        return chunk

    def stream_frame(self) -> bytes | None:
        return self._next() if self.proto.streams else None

    def _answer(self) -> bytes:
        data = bytes(self._inbox)
        self._inbox.clear()
        weigh = self.proto.weigh_command() or b""
        identify = self.proto.identify_command() or b""
        out = bytearray()
        if identify and identify in data:
            out += b'I4 A "REPLAY001"\r\n'
        out += b"".join(self._next() for _ in range(data.count(weigh))) if weigh else b""
        return bytes(out)
