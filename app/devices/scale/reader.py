"""A reader thread per scale: open the port, poll or listen, parse, report, reconnect.

Plain ``threading`` (no Qt): the UI wraps it in ``app.ui.scale_bridge.ScaleBridge``.
The reader reports through callbacks, called on the reader thread:

* ``on_reading(Reading)`` for every weight the scale reports (moving ones too);
* ``on_state(state, message)`` when the connection state changes, with an English
  sentence that says what to do (see ``ReaderState``);
* ``on_event(Event)`` optionally, for replies and parse errors (diagnostics).

"Connected" is reported only once the scale has sent a frame that parses: an open
port with nothing (or nonsense) on it is never shown as a connected scale.

CPU: at 9600 baud a byte takes about a millisecond, and a read returns as soon as one
byte is there, so a reader that reads again at once wakes up for every byte (18 times
for one mt-continuous frame), and each wake-up costs a few system calls and the Python
loop around them (on a loaded machine each wake-up is a context switch). When a read
ends in the middle of a frame (the parser holds bytes), the reader sleeps for the wire
time of the bytes still missing (``ScaleProtocol.frame_bytes``, at least four) and reads
the rest of the frame in one go: two or three wake-ups a frame, about a millisecond of
latency. Streaming protocols also wait longer for the next frame between frames (their
frames come unasked), and ``stop()`` cancels a waiting read at once.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from enum import StrEnum

import serial

from app.devices.scale.base import LineSettings, ScaleProtocol
from app.devices.scale.reading import CTX, Event, ParseError, Reading, Reply, ReplyKind
from app.devices.scale.registry import get as get_protocol
from app.devices.scale.transport import open_port
from app.domain.i18n import QT_TRANSLATE_NOOP, Translatable

log = logging.getLogger(__name__)


class ReaderState(StrEnum):
    """Connection states a reader reports."""

    CONNECTING = "connecting"
    CONNECTED = "connected"
    NO_DATA = "no-data"  # port open, scale silent
    BAD_DATA = "bad-data"  # bytes arrive but none parse: wrong protocol or line settings
    DISCONNECTED = "disconnected"  # port missing or gone (USB unplugged)
    STOPPED = "stopped"


MESSAGES: dict[ReaderState, str] = {
    ReaderState.CONNECTING: QT_TRANSLATE_NOOP(CTX, "Connecting to the scale on {port}…"),
    ReaderState.CONNECTED: QT_TRANSLATE_NOOP(CTX, "Scale on {port} answers ({protocol})."),
    ReaderState.NO_DATA: QT_TRANSLATE_NOOP(
        CTX,
        "The scale on {port} does not answer: check that it is switched on and its cable is "
        "plugged in, and that its interface is set to {protocol}.",
    ),
    ReaderState.BAD_DATA: QT_TRANSLATE_NOOP(
        CTX,
        "Data arrives on {port} but it is not {protocol} at {line}: check the protocol and line "
        "settings in Scale settings (or use Detect).",
    ),
    ReaderState.DISCONNECTED: QT_TRANSLATE_NOOP(
        CTX,
        "Scale port {port} is not available ({error}): plug the scale's cable back in; "
        "the app reconnects by itself.",
    ),
    ReaderState.STOPPED: QT_TRANSLATE_NOOP(CTX, "Scale reading stopped."),
}

StateCallback = Callable[[str, str], None]
ReadingCallback = Callable[[Reading], None]
EventCallback = Callable[[Event], None]


class ScaleReader:
    """Reads one scale on one port in a daemon thread until ``stop()``.

    ``silence_timeout`` bounds how long a connected scale may stay silent before the
    reader reports ``no-data``; together with the read timeout it keeps every state
    change under two seconds.
    """

    def __init__(
        self,
        port: str,
        protocol: ScaleProtocol | str,
        *,
        on_reading: ReadingCallback | None = None,
        on_state: StateCallback | None = None,
        on_event: EventCallback | None = None,
        settings: LineSettings | None = None,
        silence_timeout: float = 1.2,
        reopen_interval: float = 0.3,
        read_timeout: float = 0.05,
        gather: bool = True,
    ) -> None:
        self.port = port
        self.protocol = get_protocol(protocol) if isinstance(protocol, str) else protocol
        self.settings = settings or self.protocol.line
        self._on_reading = on_reading
        self._on_state = on_state
        self._on_event = on_event
        self.silence_timeout = silence_timeout
        self.reopen_interval = reopen_interval
        self.read_timeout = read_timeout
        self.gather = gather  # the mid-frame pause (see the module docstring)
        if gather and self.protocol.streams:
            # Nothing to poll: wake up only for data (silence is still noticed in time).
            self.read_timeout = max(read_timeout, 0.2)
        self._ser: serial.Serial | None = None
        self.wakeups = 0  # reads done (for the latency benchmark)
        self._stop = threading.Event()
        self._commands: queue.SimpleQueue[str] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._state = ReaderState.STOPPED
        self._message = ""
        self.scale_serial = ""
        self.last_reading: Reading | None = None
        self.frames = 0
        self.errors = 0
        # CPU seconds the reader thread has used (time.thread_time, updated as it runs).
        self.thread_cpu_seconds = 0.0

    # -- control (any thread) -------------------------------------------------------

    @property
    def state(self) -> ReaderState:
        return self._state

    @property
    def message(self) -> str:
        return self._message

    def start(self) -> None:
        if self._thread and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, name=f"scale-reader {self.port}", daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        ser = self._ser
        if ser is not None:
            with contextlib.suppress(Exception):  # already closed: nothing to cancel
                ser.cancel_read()
        if self._thread and self._thread is not threading.current_thread():
            self._thread.join(timeout)
        self._thread = None

    def is_running(self) -> bool:
        return bool(self._thread and self._thread.is_alive())

    def zero(self) -> None:
        """Ask the scale to zero (refused by the scale while the load moves)."""
        self._commands.put("zero")

    def tare(self) -> None:
        self._commands.put("tare")

    # -- thread -----------------------------------------------------------------------

    def _set_state(self, state: ReaderState, **params: str) -> None:
        values = {
            "port": self.port,
            "protocol": self.protocol.name,
            "line": str(self.settings),
            "error": "",
            **params,
        }
        message = Translatable(CTX, MESSAGES[state], values)
        if state == self._state and message == self._message:
            return
        self._state, self._message = state, message
        if state is not ReaderState.CONNECTED:
            # The last weight must never outlive the connection it came from.
            self.last_reading = None
        if self._on_state:
            try:
                self._on_state(state.value, message)
            except Exception:
                log.exception("scale on_state callback failed")

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                self._set_state(ReaderState.CONNECTING)
                try:
                    ser = open_port(self.port, self.settings, self.read_timeout)
                except (serial.SerialException, OSError, ValueError) as exc:
                    self._set_state(ReaderState.DISCONNECTED, error=_short(exc))
                    self._stop.wait(self.reopen_interval)
                    continue
                self._ser = ser
                try:
                    self._session(ser)
                except (serial.SerialException, OSError) as exc:
                    self._set_state(ReaderState.DISCONNECTED, error=_short(exc))
                    self._stop.wait(self.reopen_interval)
                finally:
                    self._ser = None
                    with contextlib.suppress(serial.SerialException, OSError):
                        ser.close()
        except Exception:
            # Never die silently: say so, so the UI does not keep a dead scale "connected".
            log.exception("scale reader crashed")
            self._set_state(ReaderState.DISCONNECTED, error="internal error, see log")
        finally:
            self.thread_cpu_seconds = time.thread_time()
            self._set_state(ReaderState.STOPPED)

    def _session(self, ser: serial.Serial) -> None:
        proto = self.protocol
        parser = proto.parser(self.port)
        opened = time.monotonic()
        last_valid: float | None = None
        last_bytes = opened
        awaiting: float | None = None  # when the outstanding weigh request was sent
        drain_until = 0.0
        next_poll = opened
        weigh = proto.weigh_command()
        byte_time = self.settings.byte_seconds()
        identify = proto.identify_command()
        if identify:
            ser.write(identify)
        while not self._stop.is_set():
            self.thread_cpu_seconds = time.thread_time()
            now = time.monotonic()
            if weigh is not None and now >= drain_until:
                if awaiting is not None and now - awaiting > proto.answer_timeout:
                    # No answer in time: a late one may still come and must not be taken
                    # for the answer to the next request (MT-SICS stale answers).
                    awaiting = None
                    drain_until = now + proto.answer_timeout
                elif awaiting is None and now >= next_poll:
                    if drain_until:
                        ser.reset_input_buffer()
                        parser.reset()
                        drain_until = 0.0
                    ser.write(weigh)
                    awaiting = now
                    next_poll = now + proto.poll_interval
            if not self._commands.empty():
                self._run_commands(ser)
            data = ser.read(ser.in_waiting or 1)
            self.wakeups += 1
            now = time.monotonic()
            if data:
                last_bytes = now
                for event in parser.feed(data):
                    if isinstance(event, Reading):
                        if weigh is not None:
                            if awaiting is None:
                                continue  # an answer nobody is waiting for: stale
                            awaiting = None
                        last_valid = now
                        self._deliver(event)
                    elif isinstance(event, Reply):
                        if event.kind is ReplyKind.SERIAL:
                            self.scale_serial = event.value
                        if event.kind is ReplyKind.BUSY and weigh is not None and awaiting:
                            awaiting = None
                            last_valid = now
                        self._emit_event(event)
                    else:
                        self.errors += 1
                        self._emit_event(event)
                if self.gather and parser.pending:
                    # The rest of the frame is on its way: sleep for its wire time.
                    missing = max(proto.frame_bytes - parser.pending, 4)
                    time.sleep(min(0.05, missing * byte_time + 0.001))
            reference = last_valid if last_valid is not None else opened
            if now - reference > self.silence_timeout:
                if now - last_bytes < self.silence_timeout:
                    self._set_state(ReaderState.BAD_DATA)
                else:
                    self._set_state(ReaderState.NO_DATA)

    def _deliver(self, reading: Reading) -> None:
        if self.scale_serial:
            reading = replace(reading, scale_serial=self.scale_serial)
        self.frames += 1
        self.last_reading = reading
        if self._state is not ReaderState.CONNECTED:
            self._set_state(ReaderState.CONNECTED)
        if self._on_reading:
            try:
                self._on_reading(reading)
            except Exception:
                log.exception("scale on_reading callback failed")

    def _emit_event(self, event: Event) -> None:
        if isinstance(event, ParseError):
            log.debug("scale %s: %s", self.port, event.message)
        if self._on_event:
            try:
                self._on_event(event)
            except Exception:
                log.exception("scale on_event callback failed")

    def _run_commands(self, ser: serial.Serial) -> None:
        while True:
            try:
                name = self._commands.get_nowait()
            except queue.Empty:
                return
            if name == "zero":
                data = self.protocol.zero_command()
            else:
                data = self.protocol.tare_command(self.last_reading)
            if data:
                ser.write(data)


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) < 120 else text[:117] + "…"
