"""A scale simulator on a pseudo-terminal, serving any protocol of the registry.

Used by ``python main.py scale simulate``, demos, training and the tests. The host
opens ``device_path`` like a real serial port. The simulator answers requests or
streams frames (paced byte by byte at the protocol's wire speed), and checks the baud
rate the host set on the port: at a wrong rate it sends noise, as a real line would.

``unplug()`` / ``replug()`` emulate pulling a USB cable: the pty goes away and a new
one appears; with ``link`` set the stable symlink is removed and re-pointed, the way
udev's ``/dev/serial/by-id`` links behave.
"""

from __future__ import annotations

import contextlib
import os
import pty
import select
import termios
import threading
import time
import tty
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.devices.scale.base import Emulator, LineSettings, ScaleProtocol, SimState
from app.devices.scale.registry import get as get_protocol

_BAUD_CONST = {
    getattr(termios, f"B{b}"): b
    for b in (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)
    if hasattr(termios, f"B{b}")
}


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a weight script: hold this load for ``seconds``."""

    seconds: float
    grams: int
    stable: bool = True
    overload: bool = False
    underload: bool = False


def parse_script(text: str) -> list[Step]:
    """Lines ``SECONDS GRAMS [stable|motion|overload|underload]``; ``#`` starts a comment.

    Raises ``ValueError`` naming the line that is wrong.
    """
    steps: list[Step] = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        try:
            seconds, grams = float(parts[0]), int(parts[1])
            word = parts[2].lower() if len(parts) > 2 else "stable"
            if word not in ("stable", "motion", "overload", "underload") or len(parts) > 3:
                raise ValueError(word)
        except (ValueError, IndexError):
            raise ValueError(
                f"script line {number} is {line!r}: expected 'SECONDS GRAMS [stable|motion|overload|underload]'"
            ) from None
        steps.append(
            Step(seconds, grams, word == "stable", word == "overload", word == "underload")
        )
    return steps


class ScaleSimulator:
    """Serves ``protocol`` on a new pty until ``stop()``; thread-safe setters."""

    def __init__(
        self,
        protocol: ScaleProtocol | str,
        state: SimState | None = None,
        *,
        settings: LineSettings | None = None,
        link: str | os.PathLike[str] | None = None,
        pace: bool = True,
        answer_delay: float = 0.002,
        emulator_factory: Callable[[SimState], Emulator] | None = None,
    ) -> None:
        self.protocol = get_protocol(protocol) if isinstance(protocol, str) else protocol
        self.settings = settings or self.protocol.line
        self.state = state or SimState()
        # A custom emulator (e.g. one replaying a recorded stream) instead of the protocol's.
        self._factory = emulator_factory or self.protocol.emulator
        self.emulator = self._factory(self.state)
        self.link = Path(link) if link else None
        self.pace = pace
        self.answer_delay = answer_delay
        self._lock = threading.RLock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._script: threading.Thread | None = None
        self._master = -1
        self._slave = -1
        self._pending_raw = bytearray()
        self._requests: list[tuple[str, threading.Event]] = []
        self.pty_path = ""
        self.frames_sent = 0
        # Called after each frame is written: (frame, first byte's time, last byte's time),
        # monotonic seconds.
        self.on_frame_sent: Callable[[bytes, float, float], None] | None = None

    # -- lifecycle -------------------------------------------------------------------

    @property
    def device_path(self) -> str:
        return str(self.link) if self.link else self.pty_path

    def start(self) -> ScaleSimulator:
        self._open_pty()
        self._stop.clear()
        self._thread = threading.Thread(target=self._serve, name="scale-simulator", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(2)
        if self._script:
            self._script.join(2)
        self._close_pty()
        if self.link:
            with contextlib.suppress(FileNotFoundError):
                self.link.unlink()

    def __enter__(self) -> ScaleSimulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def unplug(self) -> None:
        """The cable is pulled: the device node disappears; the host's reads fail."""
        self._request("unplug")

    def replug(self) -> None:
        """The cable is back: a new device node (and the same link, if any)."""
        self._request("replug")

    def _request(self, what: str) -> None:
        # Only the serving thread touches the pty fds: closing one from another thread
        # could let the host reuse the number while a write is still aimed at it.
        done = threading.Event()
        self._requests.append((what, done))
        if not self._thread or not self._thread.is_alive():
            self._handle_requests()
        done.wait(2)

    def _handle_requests(self) -> None:
        while self._requests:
            what, done = self._requests.pop(0)
            if what == "unplug":
                self._close_pty()
                if self.link:
                    with contextlib.suppress(FileNotFoundError):
                        self.link.unlink()
            elif self._master < 0:
                self._open_pty()
            done.set()

    @property
    def plugged(self) -> bool:
        return self._master >= 0

    # -- the load --------------------------------------------------------------------

    def set_weight(
        self, grams: int, stable: bool = True, *, overload: bool = False, underload: bool = False
    ) -> None:
        with self._lock:
            s = self.state
            s.grams, s.stable, s.overload, s.underload = grams, stable, overload, underload

    def inject(self, raw: bytes) -> None:
        """Send arbitrary bytes (line noise, a cut-off frame) before the next frame."""
        with self._lock:
            self._pending_raw += raw

    def run_script(self, steps: Sequence[Step], *, repeat: bool = False) -> threading.Thread:
        """Play ``steps`` in a background thread (``repeat`` loops for demos)."""

        def play() -> None:
            while not self._stop.is_set():
                for step in steps:
                    self.set_weight(
                        step.grams, step.stable, overload=step.overload, underload=step.underload
                    )
                    if self._stop.wait(step.seconds):
                        return
                if not repeat:
                    return

        self._script = threading.Thread(target=play, name="scale-script", daemon=True)
        self._script.start()
        return self._script

    # -- pty -------------------------------------------------------------------------

    def _open_pty(self) -> None:
        master, slave = pty.openpty()
        # Raw from the start: no echo or line editing before the host opens the port.
        tty.setraw(slave)
        attrs = termios.tcgetattr(slave)
        speed = getattr(termios, f"B{self.settings.baudrate}")
        attrs[4] = attrs[5] = speed
        termios.tcsetattr(slave, termios.TCSANOW, attrs)
        # The slave stays open here so the master never reads EIO while no host is on.
        self._master, self._slave = master, slave
        self.pty_path = os.ttyname(slave)
        if self.link:
            tmp = self.link.with_name(self.link.name + ".tmp")
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            tmp.symlink_to(self.pty_path)
            tmp.replace(self.link)

    def _close_pty(self) -> None:
        for fd in (self._master, self._slave):
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._master = self._slave = -1

    def host_baudrate(self) -> int | None:
        """The baud rate the host set on the port (None when unknown)."""
        if self._master < 0:
            return None
        try:
            return _BAUD_CONST.get(termios.tcgetattr(self._master)[4])
        except termios.error:
            return None

    # -- serving ---------------------------------------------------------------------

    def _serve(self) -> None:
        period = 1.0 / self.state.rate_hz if self.protocol.streams else None
        next_frame = time.monotonic()
        while not self._stop.is_set():
            if self._requests:
                self._handle_requests()
            master = self._master
            if master < 0:
                self._stop.wait(0.02)
                continue
            timeout = 0.05 if period is None else max(0.0, min(0.05, next_frame - time.monotonic()))
            try:
                readable, _, _ = select.select([master], [], [], timeout)
                if readable:
                    data = os.read(master, 4096)
                    with self._lock:
                        answer = self.emulator.receive(data)
                    if answer:
                        if self.answer_delay:
                            time.sleep(self.answer_delay)
                        self._send(answer)
                if period is not None and time.monotonic() >= next_frame:
                    with self._lock:
                        frame = self.emulator.stream_frame()
                    if frame:
                        self._send(frame)
                    next_frame += period
                    if next_frame < time.monotonic():
                        next_frame = time.monotonic() + period
            except OSError:
                # Unplugged under our feet (fd closed by unplug()): wait for replug.
                self._stop.wait(0.02)

    def _send(self, frame: bytes) -> None:
        with self._lock:
            raw, self._pending_raw = bytes(self._pending_raw), bytearray()
        master = self._master
        if master < 0:
            return
        expected = self.settings.baudrate
        actual = self.host_baudrate()
        if actual is not None and actual != expected:
            frame = _garble(frame, actual, expected)
        data = raw + frame
        first = time.monotonic()
        if self.pace:
            byte_time = self.settings.byte_seconds()
            start = time.perf_counter()
            for i in range(len(data)):
                if self._requests or self._stop.is_set():
                    return  # unplugged mid-frame: the rest of the frame is lost
                # Sleep until this byte's slot on the emulated line, then write it.
                delay = start + i * byte_time - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
                os.write(master, data[i : i + 1])
        else:
            os.write(master, data)
        self.frames_sent += 1
        if self.on_frame_sent:
            self.on_frame_sent(frame, first, time.monotonic())


def _garble(frame: bytes, actual: int, expected: int) -> bytes:
    """What a UART at ``actual`` baud makes of bytes sent at ``expected``: noise."""
    ratio = expected / actual
    length = max(1, round(len(frame) / ratio)) if ratio >= 1 else len(frame)
    seed = sum(frame) + actual
    return bytes(((seed * 1103515245 + i * 12345) >> 8) & 0xFF for i in range(length))


def simulators(protocols: Iterable[str]) -> list[ScaleSimulator]:
    """One started simulator per protocol name (for demos with several scales)."""
    return [ScaleSimulator(p).start() for p in protocols]
