"""Mettler Toledo MT-SICS (``mt-sics``): text commands and answers ending CR LF.

The host asks ``SI`` (weight now), ``S`` (next stable weight), ``Z`` (zero), ``T``
(tare), ``TA`` (tare value), ``I4`` (serial number). Answers: ``S S  12.345 kg``
(stable; ``D`` when dynamic), ``S I`` not executable now, ``S +`` overload, ``S -``
underload, ``Z A`` zeroed, ``T S <tare> kg`` tared, ``I4 A "B207696838"``; errors
``ES``, ``ET``, ``EL``. ``@`` resets the scale, so it is never sent (not even to probe).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.devices.scale.base import (
    Emulator,
    LineSettings,
    Parser,
    ProbeResult,
    ScaleProtocol,
    SimState,
)
from app.devices.scale.reading import (
    Event,
    ParseError,
    Reading,
    Reply,
    ReplyKind,
    Stamp,
    bad_field,
    decimal_to_grams,
    garbage,
    wrong_unit,
)
from app.domain.weight import format_kg

NAME = "mt-sics"
MAX_LINE = 80
EOL = b"\r\n"

_ERRORS = {"ES": "syntax error", "ET": "transmission error", "EL": "logical error"}


class MtSicsParser(Parser):
    """Parses answer lines; keeps whether a tare is set so readings say net or gross.

    Level-0 ``S``/``SI`` answers carry the net weight without saying so: the parser
    learns the tare from ``T S``/``TA A`` answers.
    """

    protocol = NAME

    def __init__(self, port: str = "") -> None:
        super().__init__(port)
        self.tare_grams = 0

    def _parse(self, at: Stamp, out: list[Event]) -> None:
        buf = self._buf
        while buf:
            end = buf.find(b"\n")
            if end < 0:
                if len(buf) > MAX_LINE:
                    self._skip(len(buf), out)
                return
            raw = bytes(buf[: end + 1])
            del buf[: end + 1]
            line = raw.rstrip(b"\r\n")
            if not line.strip():
                continue
            out.extend(self._line(line, raw, at))

    def _line(self, line: bytes, raw: bytes, at: Stamp) -> list[Event]:
        event = self._checked(line, raw, at)
        if not isinstance(event, ParseError):
            return [event]
        # Noise or a cut-off answer glued to the front of a good one: resync on the
        # leftmost suffix that is a whole answer (answers start with a capital letter).
        for i in range(1, len(line)):
            if 0x41 <= line[i] <= 0x5A and not 0x41 <= line[i - 1] <= 0x5A:
                tail = self._checked(line[i:], raw[i:], at)
                if not isinstance(tail, ParseError):
                    return [garbage(NAME, raw[:i]), tail]
        return [event]

    def _checked(self, line: bytes, raw: bytes, at: Stamp) -> Event:
        if len(line) > MAX_LINE or any(b < 0x20 or b > 0x7E for b in line):
            return bad_field(NAME, raw, "answer", line[:MAX_LINE].decode("latin-1"))
        return self._answer(line.decode("ascii"), raw, at)

    def _answer(self, line: str, raw: bytes, at: Stamp) -> Event:
        parts = line.split()
        cmd = parts[0]
        status = parts[1] if len(parts) > 1 else ""
        if cmd in _ERRORS and len(parts) == 1:
            return Reply(NAME, ReplyKind.ERROR, raw, _ERRORS[cmd])
        if cmd in ("S", "SI", "SIR"):
            return self._weight(status, parts[2:], raw, at)
        if cmd == "Z":
            return self._status_reply(status, raw, ReplyKind.ZEROED, "zero")
        if cmd in ("T", "TA", "TI"):
            if status in ("S", "A") and len(parts) >= 4:
                grams = self._grams(parts[2], parts[3])
                if grams is None:
                    return bad_field(NAME, raw, "tare", " ".join(parts[2:]))
                if isinstance(grams, ParseError):
                    return grams
                self.tare_grams = grams
                kind = ReplyKind.TARED if cmd != "TA" else ReplyKind.TARE_VALUE
                return Reply(NAME, kind, raw, str(grams), cmd)
            if status == "L":
                return Reply(
                    NAME, ReplyKind.REFUSED, raw, "not allowed on this certified scale", cmd
                )
            return self._status_reply(status, raw, ReplyKind.TARED, cmd)
        if cmd == "I4" and status == "A" and len(parts) >= 3:
            serial = line.split(None, 2)[2].strip().strip('"')
            if not serial:
                return bad_field(NAME, raw, "serial number", line)
            return Reply(NAME, ReplyKind.SERIAL, raw, serial, "I4")
        if cmd.startswith("I") and status in ("A", "B", "I", "L"):
            return Reply(NAME, ReplyKind.ECHO, raw, line, cmd)
        return bad_field(NAME, raw, "answer", line)

    def _status_reply(self, status: str, raw: bytes, ok: ReplyKind, command: str) -> Event:
        if status in ("A", "S"):
            return Reply(NAME, ok, raw, "", command)
        if status == "I":
            return Reply(NAME, ReplyKind.BUSY, raw, "not executable now", command)
        if status in ("+", "-"):
            return Reply(
                NAME,
                ReplyKind.REFUSED,
                raw,
                "upper limit" if status == "+" else "lower limit",
                command,
            )
        if status == "L":
            return Reply(NAME, ReplyKind.REFUSED, raw, "not allowed", command)
        return bad_field(NAME, raw, "status", status)

    def _grams(self, value: str, unit: str) -> int | ParseError | None:
        if unit.lower() == "lb":
            return wrong_unit(NAME, b"", "lb")
        try:
            return decimal_to_grams(value, unit)
        except ValueError:
            return None

    def _weight(self, status: str, rest: list[str], raw: bytes, at: Stamp) -> Event:
        net = self.tare_grams != 0
        if status in ("+", "-"):
            over = status == "+"
            return Reading(
                0, False, net, over, not over, NAME, raw, at, self.port, has_weight=False
            )
        if status == "I":
            return Reply(NAME, ReplyKind.BUSY, raw, "weight not available now", "S")
        if status not in ("S", "D") or len(rest) != 2:
            return bad_field(NAME, raw, "weight answer", " ".join([status, *rest]))
        grams = self._grams(rest[0], rest[1])
        if grams is None:
            return bad_field(NAME, raw, "weight", " ".join(rest))
        if isinstance(grams, ParseError):
            return ParseError(NAME, raw, grams.template, grams.params)
        return Reading(
            grams=grams,
            stable=status == "S",
            net=net,
            overload=False,
            underload=False,
            protocol=NAME,
            raw=raw,
            received_at=at,
            port=self.port,
            tare_grams=self.tare_grams,
        )


def weight_line(grams: int, stable: bool, command: str = "S") -> bytes:
    """``S S     12.345 kg`` as a balance formats it (value right-aligned in 10)."""
    return f"{command} {'S' if stable else 'D'} {format_kg(grams):>10} kg".encode() + EOL


class MtSicsEmulator(Emulator):
    """An MT-SICS level 0/1 scale: SI, S, Z, T, TA, I4 (and never resets)."""

    def __init__(self, state: SimState) -> None:
        super().__init__(state)
        self.received: list[str] = []  # commands the host sent (tests check "@" never is)

    def _answer(self) -> bytes:
        out = bytearray()
        while (end := self._inbox.find(b"\n")) >= 0:
            cmd = bytes(self._inbox[:end]).strip().decode("ascii", "replace")
            del self._inbox[: end + 1]
            if cmd:
                self.received.append(cmd)
                out += self._respond(cmd)
        return bytes(out)

    def _respond(self, cmd: str) -> bytes:
        s = self.state
        name = cmd.split()[0]
        if name in ("SI", "S"):
            if s.overload:
                return b"S +" + EOL
            if s.underload:
                return b"S -" + EOL
            if name == "S" and not s.stable:
                # A real S blocks until stable; the emulator says "not now" instead.
                return b"S I" + EOL
            return weight_line(s.shown_grams, s.stable)
        if name == "Z":
            if not s.stable:
                return b"Z I" + EOL
            s.grams = 0
            return b"Z A" + EOL
        if name == "T":
            if not s.stable:
                return b"T I" + EOL
            s.tare_grams = s.grams
            return f"T S {format_kg(s.tare_grams):>10} kg".encode() + EOL
        if name == "TA":
            return f"TA A {format_kg(s.tare_grams):>10} kg".encode() + EOL
        if name == "I4":
            return f'I4 A "{s.serial}"'.encode() + EOL
        if name == "@":
            # A real scale resets here (tare lost, zero re-taken) and answers like I4.
            s.tare_grams = 0
            return f'I4 A "{s.serial}"'.encode() + EOL
        return b"ES" + EOL


class MtSics(ScaleProtocol):
    """Mettler Toledo MT-SICS request/answer protocol."""

    name = NAME
    title = "Mettler Toledo MT-SICS"
    line = LineSettings(9600, 8, "N", 1)
    probe_settings = (LineSettings(9600, 8, "N", 1), LineSettings(19200, 8, "N", 1))
    streams = False
    frame_bytes = 12
    poll_interval = 0.1
    answer_timeout = 0.5
    probe_window = 0.5

    def parser(self, port: str = "") -> MtSicsParser:
        return MtSicsParser(port)

    def emulator(self, state: SimState) -> MtSicsEmulator:
        return MtSicsEmulator(state)

    def weigh_command(self) -> bytes:
        return b"SI" + EOL

    def zero_command(self) -> bytes:
        return b"Z" + EOL

    def tare_command(self, current: Reading | None = None) -> bytes:
        return b"T" + EOL

    def identify_command(self) -> bytes:
        return b"I4" + EOL

    def probe_request(self) -> bytes:
        return b"I4" + EOL  # harmless; "@" would reset the scale

    def probe_verdict(self, settings: LineSettings, events: Sequence[Event]) -> ProbeResult:
        """Only a well-formed ``I4 A "serial"`` answer proves an MT-SICS scale."""
        for e in events:
            if isinstance(e, Reply) and e.kind is ReplyKind.SERIAL:
                return ProbeResult(NAME, settings, True, f"serial {e.value}", e.value)
        errors = [e for e in events if isinstance(e, ParseError)]
        return ProbeResult(NAME, settings, False, errors[0].message if errors else "no answer")
