"""ASCII continuous streams of CAS, A&D and similar indicators (``ascii-continuous``).

Line: ``ST|US|OL , GS|NT , [device id + lamp byte ,] value unit CR LF``.
CAS's 22-byte frame carries a device id and a lamp byte (bit 6 stable, bit 2 gross,
bit 1 tare, bit 0 zero; bit 7 set, so it is not ASCII):
``ST,GS,1\\xC4,00152.35 kg\\r\\n``. A&D style: ``ST,GS,+00152.35kg\\r\\n``.
There is no checksum, so a frame is accepted only when every field has its shape.
``OL`` with a negative sign is taken as under zero; a negative gross weight too.

Record types (the second header), and which variant sends which:

========  =========================================  ==================================
record    meaning                                    sent by
========  =========================================  ==================================
``GS``    gross weight: the only capturable record   A&D (``ST,GS,+00152.35kg``), CAS
``NT``    net weight (a tare is set): shown as net,  A&D, CAS (and the CAS lamp byte's
          never captured as the piece's weight       tare bit marks net on a ``GS`` line)
``TR``    tare value: never a weight of the load;    A&D (``ST,TR,+00012.00kg``, sent
          reported as a tare reply, not a reading    when the indicator outputs tare)
``GW``    gross, spelled as some OEM indicators do   treated as ``GS``
``NW``    net, ditto                                 treated as ``NT``
========  =========================================  ==================================

First headers: ``ST`` stable, ``US`` unstable, ``OL`` overload (or under zero with a
minus sign); A&D's ``QT`` is a piece count (counting mode), never a weight, and is refused
with a message saying so. A record type not in the table is refused, never guessed.
"""

from __future__ import annotations

import re

from app.devices.scale.base import Emulator, LineSettings, Parser, ScaleProtocol, SimState
from app.devices.scale.reading import (
    CTX,
    Event,
    ParseError,
    Reading,
    Reply,
    ReplyKind,
    Stamp,
    bad_field,
    decimal_to_grams,
    wrong_unit,
)
from app.domain.i18n import QT_TRANSLATE_NOOP

NAME = "ascii-continuous"
MAX_LINE = 40
HEADERS = (b"ST", b"US", b"OL", b"QT")
GROSS_KINDS = (b"GS", b"GW")
NET_KINDS = (b"NT", b"NW")
TARE_KINDS = (b"TR",)
WEIGHT_KINDS = GROSS_KINDS + NET_KINDS + TARE_KINDS
COUNTING = QT_TRANSLATE_NOOP(
    CTX,
    "The indicator sends a piece count (QT, counting mode), not a weight: switch it to "
    "weighing mode.",
)
_VALUE = re.compile(rb"^\s*([+-]?)\s*(\d+(?:\.\d*)?|\.\d+|OL|ol)\s*(kg|g|lb|t|KG|G|LB)?\s*$")

LAMP_ZERO = 0x01
LAMP_TARE = 0x02
LAMP_GROSS = 0x04
LAMP_STABLE = 0x40


def encode_cas(
    grams: int,
    *,
    stable: bool = True,
    net: bool = False,
    overload: bool = False,
    underload: bool = False,
    device_id: int = 1,
) -> bytes:
    """A CAS 22-byte frame (value ``00152.35``, 10 g resolution)."""
    head = b"OL" if overload or underload else (b"ST" if stable else b"US")
    kind = b"NT" if net else b"GS"
    lamp = (
        0x80 | (LAMP_STABLE if stable and not overload else 0) | (LAMP_TARE if net else LAMP_GROSS)
    )
    if grams == 0:
        lamp |= LAMP_ZERO
    value = _value_text(grams, underload, signed=False)
    return (
        head
        + b","
        + kind
        + b","
        + str(device_id % 10).encode()
        + bytes([lamp])
        + b","
        + value
        + b" kg\r\n"
    )


def encode_and(
    grams: int,
    *,
    stable: bool = True,
    net: bool = False,
    overload: bool = False,
    underload: bool = False,
) -> bytes:
    """An A&D style frame: ``ST,GS,+00152.35kg``."""
    head = b"OL" if overload or underload else (b"ST" if stable else b"US")
    kind = b"NT" if net else b"GS"
    return head + b"," + kind + b"," + _value_text(grams, underload, signed=True) + b"kg\r\n"


def _value_text(grams: int, underload: bool, signed: bool) -> bytes:
    """Eight characters of value (plus a sign for A&D): ``00152.35``, ``+00152.35``."""
    if underload:
        grams = -min(abs(grams) or 999_990, 999_990)
    tens = (abs(grams) + 5) // 10  # 10 g resolution, as on a 150 kg indicator
    digits = f"{tens // 100}.{tens % 100:02d}"
    if signed:
        return (("-" if grams < 0 else "+") + digits.rjust(8, "0")).encode()
    return (("-" + digits.rjust(7, "0")) if grams < 0 else digits.rjust(8, "0")).encode()


class AsciiContinuousParser(Parser):
    """Line parser; CR LF or LF ends a line, but the CAS lamp byte is taken by position."""

    protocol = NAME

    def _parse(self, at: Stamp, out: list[Event]) -> None:
        buf = self._buf
        while buf:
            start = self._find_header(buf)
            if start < 0:
                keep = 1 if buf[-1:] in (b"S", b"U", b"O", b"Q") else 0
                self._garbage_tail(out, keep)
                return
            self._skip(start, out)
            end = self._find_end(buf)
            if end < 0:
                if len(buf) > MAX_LINE:
                    out.append(bad_field(NAME, buf[:MAX_LINE], "line", "no line end"))
                    del buf[:2]
                    continue
                return
            raw = bytes(buf[: end + 1])
            event, framed = self._line(raw, at)
            del buf[: end + 1 if framed else 2]
            out.append(event)

    @staticmethod
    def _find_header(buf: bytearray) -> int:
        best = -1
        for h in HEADERS:
            i = buf.find(h + b",")
            if i >= 0 and (best < 0 or i < best):
                best = i
        if best < 0 and len(buf) >= 2 and bytes(buf[-2:]) in HEADERS:
            return len(buf) - 2  # a header split across reads
        return best

    @staticmethod
    def _find_end(buf: bytearray) -> int:
        # The lamp byte (offset 7 in a CAS frame) has bit 7 set, so it is never LF;
        # still, search from after it so a corrupt lamp cannot end a line early.
        if len(buf) > 8 and buf[8:9] == b"," and buf[6:7].isdigit():
            i = buf.find(b"\n", 9)
        else:
            i = buf.find(b"\n", 3)
        return i

    def _line(self, raw: bytes, at: Stamp) -> tuple[Event, bool]:
        body = raw.rstrip(b"\r\n")
        head, kind = body[0:2], body[3:5]
        if body[2:3] != b"," or kind not in WEIGHT_KINDS or body[5:6] != b",":
            return bad_field(NAME, raw, "header", body[:6].decode("latin-1")), False
        rest = body[6:]
        if head == b"QT":
            return ParseError(NAME, raw, COUNTING), True
        lamp: int | None = None
        if len(rest) > 3 and rest[2:3] == b"," and rest[0:1].isdigit() and rest[1] & 0x80:
            lamp = rest[1]
            rest = rest[3:]
        m = _VALUE.match(rest)
        if not m:
            return bad_field(NAME, raw, "value", rest.decode("latin-1")), False
        sign, number, unit = m.group(1), m.group(2), (m.group(3) or b"kg").lower()
        if unit == b"lb":
            return wrong_unit(NAME, raw, "lb"), True
        negative = sign == b"-"
        net = kind in NET_KINDS or (lamp is not None and bool(lamp & LAMP_TARE))
        if kind in TARE_KINDS:
            # The tare itself: what was taken off, never the load's weight.
            if head == b"OL" or number.lower() == b"ol":
                return bad_field(NAME, raw, "tare", rest.decode("latin-1")), True
            try:
                tare = decimal_to_grams(
                    (b"-" if negative else b"").decode() + number.decode(), unit.decode()
                )
            except ValueError:
                return bad_field(NAME, raw, "value", rest.decode("latin-1")), False
            return Reply(NAME, ReplyKind.TARE_VALUE, raw, str(tare)), True
        if head == b"OL" or number.lower() == b"ol":
            under = negative
            return Reading(
                0, False, net, not under, under, NAME, raw, at, self.port, has_weight=False
            ), True
        try:
            grams = decimal_to_grams(
                (b"-" if negative else b"").decode() + number.decode(), unit.decode()
            )
        except ValueError:
            return bad_field(NAME, raw, "value", rest.decode("latin-1")), False
        stable = head == b"ST" and (lamp is None or bool(lamp & LAMP_STABLE))
        return (
            Reading(
                grams=grams,
                stable=stable,
                net=net,
                overload=False,
                underload=grams < 0 and not net,
                protocol=NAME,
                raw=raw,
                received_at=at,
                port=self.port,
            ),
            True,
        )


class AsciiContinuousEmulator(Emulator):
    """A CAS indicator streaming 22-byte frames (``style=and`` in ``extra`` for A&D)."""

    def stream_frame(self) -> bytes:
        s = self.state
        encoder = encode_and if s.extra.get("style") == "and" else encode_cas
        return encoder(
            s.shown_grams, stable=s.stable, net=s.net, overload=s.overload, underload=s.underload
        )


class AsciiContinuous(ScaleProtocol):
    """CAS / A&D style ASCII continuous output."""

    name = NAME
    title = "ASCII continuous (CAS, A&D)"
    line = LineSettings(9600, 8, "N", 1)
    probe_settings = (
        LineSettings(9600, 8, "N", 1),
        LineSettings(9600, 7, "E", 1),
        LineSettings(2400, 8, "N", 1),
    )
    streams = True
    frame_bytes = 19
    probe_window = 0.6

    def parser(self, port: str = "") -> AsciiContinuousParser:
        return AsciiContinuousParser(port)

    def emulator(self, state: SimState) -> AsciiContinuousEmulator:
        return AsciiContinuousEmulator(state)
