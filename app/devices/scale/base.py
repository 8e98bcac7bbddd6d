"""The contract every scale protocol module fulfils: line settings, probe, commands, parser.

A protocol module holds everything known about one wire format: how the host asks,
how the scale answers (``Parser``), and the scale's side of the conversation
(``Emulator``, used by the simulator and the tests). Parsers are incremental and pure:
``feed(bytes)`` returns events and never raises; garbage and partial frames are
skipped with a ``ParseError`` and the parser resynchronises on the next frame.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.devices.scale.reading import CTX, Event, ParseError, Reading, Reply, Stamp, garbage
from app.domain.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class LineSettings:
    """Serial line parameters, pyserial's way: ``parity`` is ``"N"``, ``"E"`` or ``"O"``."""

    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "N"
    stopbits: float = 1

    def __str__(self) -> str:
        stop = int(self.stopbits) if float(self.stopbits).is_integer() else self.stopbits
        return f"{self.baudrate} {self.bytesize}{self.parity}{stop}"

    def byte_seconds(self) -> float:
        """Time one character takes on the wire (start + data + parity + stop bits)."""
        bits = 1 + self.bytesize + (0 if self.parity == "N" else 1) + self.stopbits
        return bits / self.baudrate


class Parser(ABC):
    """Incremental frame parser over a stream buffer.

    Subclasses implement ``_parse`` which consumes ``self._buf`` and appends events.
    ``max_garbage`` bounds how much unframed data is kept before it is reported.
    """

    protocol: str = ""

    def __init__(self, port: str = "") -> None:
        self._buf = bytearray()
        self.port = port

    def feed(self, data: bytes, at: Stamp | None = None) -> list[Event]:
        """Add bytes from the line; return every complete event they finish."""
        self._buf += data
        out: list[Event] = []
        try:
            self._parse(at or Stamp.now(), out)
        except Exception as exc:  # a parser bug must not kill the reader thread
            bad = bytes(self._buf)
            self._buf.clear()
            out.append(
                ParseError(
                    self.protocol,
                    bad,
                    QT_TRANSLATE_NOOP(
                        CTX, "Internal parser error ({error}) on {count} bytes; they were skipped."
                    ),
                    {"error": type(exc).__name__, "count": str(len(bad))},
                )
            )
        return out

    @property
    def pending(self) -> int:
        """Bytes held while waiting for the rest of a frame."""
        return len(self._buf)

    def reset(self) -> None:
        self._buf.clear()

    @abstractmethod
    def _parse(self, at: Stamp, out: list[Event]) -> None: ...

    def _garbage_tail(self, out: list[Event], keep: int = 0, limit: int = 64) -> None:
        """No frame start in the buffer: hold the bytes until a frame starts (so a run of
        garbage is reported once, not byte by byte), but never more than ``limit``."""
        if len(self._buf) - keep > limit:
            self._skip(len(self._buf) - keep, out)

    def _skip(self, count: int, out: list[Event]) -> None:
        """Drop ``count`` leading bytes as garbage, reporting them."""
        if count <= 0:
            return
        out.append(garbage(self.protocol, self._buf[:count]))
        del self._buf[:count]


@dataclass(slots=True)
class SimState:
    """What the simulated scale has on its platform."""

    grams: int = 0
    stable: bool = True
    overload: bool = False
    underload: bool = False
    tare_grams: int = 0
    serial: str = "SIM0000001"
    # Streaming protocols send this many frames a second.
    rate_hz: float = 10.0
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def net(self) -> bool:
        return self.tare_grams != 0

    @property
    def shown_grams(self) -> int:
        """What the display shows: net when a tare is set."""
        return self.grams - self.tare_grams


class Emulator:
    """The scale's side of a protocol: answers requests, produces streamed frames."""

    def __init__(self, state: SimState) -> None:
        self.state = state
        self._inbox = bytearray()

    def receive(self, data: bytes) -> bytes:
        """Bytes from the host in, bytes to send back out (possibly empty)."""
        self._inbox += data
        return self._answer()

    def _answer(self) -> bytes:
        return b""

    def stream_frame(self) -> bytes | None:
        """The next unasked frame, for protocols that stream; ``None`` otherwise."""
        return None


@dataclass(frozen=True, slots=True)
class ProbeResult:
    """What a port answered when probed with one protocol."""

    protocol: str
    settings: LineSettings
    accepted: bool
    detail: str = ""
    serial: str = ""


class ScaleProtocol(ABC):
    """One wire protocol: its names, line settings, probe and commands."""

    name: str = ""
    title: str = ""
    line: LineSettings = LineSettings()
    # Line settings tried, in order, when detecting (the usual one first).
    probe_settings: tuple[LineSettings, ...] = ()
    # True when the scale sends frames unasked; else the reader polls with ``weigh_command``.
    streams: bool = False
    poll_interval: float = 0.1
    answer_timeout: float = 0.5
    probe_window: float = 0.6
    # Largest weight the format can carry (toledo-8217 stops at 99.999 kg).
    max_grams: int | None = None
    # Length of a typical weight frame (the shortest the scale sends): the reader sleeps
    # for the bytes still missing instead of waking up for each of them.
    frame_bytes: int = 8

    def settings_to_probe(self) -> tuple[LineSettings, ...]:
        return self.probe_settings or (self.line,)

    @abstractmethod
    def parser(self, port: str = "") -> Parser: ...

    @abstractmethod
    def emulator(self, state: SimState) -> Emulator: ...

    def weigh_command(self) -> bytes | None:
        """Request for the current weight (``None`` for streaming protocols)."""
        return None

    def zero_command(self) -> bytes | None:
        return None

    def tare_command(self, current: Reading | None = None) -> bytes | None:
        """Tare request; ``current`` is the latest reading for protocols that send a value."""
        return None

    def identify_command(self) -> bytes | None:
        """Request for the scale's serial number, where the protocol has one."""
        return None

    def probe_request(self) -> bytes | None:
        """Bytes sent when detecting; ``None`` means listen only."""
        return self.weigh_command()

    def probe_verdict(self, settings: LineSettings, events: Sequence[Event]) -> ProbeResult:
        """Accept only answers that parse and check; streaming protocols need two frames."""
        readings = [e for e in events if isinstance(e, Reading)]
        replies = [e for e in events if isinstance(e, Reply)]
        errors = [e for e in events if isinstance(e, ParseError)]
        need = 2 if self.streams else 1
        if len(readings) + len(replies) >= need:
            return ProbeResult(self.name, settings, True, f"{len(readings)} readings")
        detail = errors[0].message if errors else "no answer"
        return ProbeResult(self.name, settings, False, detail)
