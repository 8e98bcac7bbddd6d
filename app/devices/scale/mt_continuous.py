"""Mettler Toledo standard continuous output (``mt-continuous``), streamed unasked.

Frame: STX, status words A, B, C, six weight digits (no point, no sign), six tare
digits, CR, and (when enabled on the terminal) a checksum: the two's complement of the
7-bit sum, so ``sum(frame) % 128 == 0``. The checksum can be 0x0D, so frames are cut
on STX plus fixed length, never on CR.

SWA bits 0-2: decimal point position; bits 3-4: increment (x1, x2, x5).
SWB bit 0 net, bit 1 negative, bit 2 out of range, bit 3 motion, bit 4 kg (else lb).
"""

from __future__ import annotations

from app.devices.scale.base import Emulator, LineSettings, Parser, ScaleProtocol, SimState
from app.devices.scale.reading import (
    Event,
    Reading,
    Stamp,
    bad_check,
    bad_field,
    wrong_unit,
)

NAME = "mt-continuous"
STX = 0x02
CR = 0x0D
LEN_PLAIN = 17
LEN_CHECKED = 18

# SWA bits 0-2 -> power of ten applied to the 6 digits, in the display unit.
# 000 = XXXXX00, 001 = XXXXXX0, 010 = XXXXXX, 011 = XXXXX.X ... 111 = X.XXXXX
_POINT_EXP = {0: 2, 1: 1, 2: 0, 3: -1, 4: -2, 5: -3, 6: -4, 7: -5}


def checksum(body: bytes) -> int:
    """Checksum byte for ``body`` (STX .. CR): makes the 7-bit sum of the frame zero."""
    return (-sum(body)) & 0x7F


def _grams(digits: bytes, exp: int) -> int:
    """Digits in kg with a decimal exponent -> integer grams (exact)."""
    value = int(digits.decode("ascii").replace(" ", "0"))
    g_exp = exp + 3
    if g_exp >= 0:
        return value * 10**g_exp
    div = 10 ** (-g_exp)
    return (value + div // 2) // div


def encode(
    grams: int,
    *,
    stable: bool = True,
    net: bool = False,
    tare_grams: int = 0,
    overload: bool = False,
    underload: bool = False,
    point: int = 4,
    increment: int = 0b11,
    with_checksum: bool = True,
) -> bytes:
    """Build a frame as an IND terminal would (default XXXX.XX kg, increment 5)."""
    exp = _POINT_EXP[point] + 3
    swa = 0x20 | (increment << 3) | point
    swb = 0x20 | 0x10
    if net:
        swb |= 0x01
    if grams < 0 or underload:
        swb |= 0x02
    if overload or underload:
        swb |= 0x04
    if not stable:
        swb |= 0x08
    swc = 0x20

    def digits(g: int) -> bytes:
        v = abs(g) // 10**exp if exp >= 0 else abs(g) * 10 ** (-exp)
        return str(min(v, 999_999)).rjust(6).encode("ascii")

    body = bytes([STX, swa, swb, swc]) + digits(grams) + digits(tare_grams) + bytes([CR])
    return body + bytes([checksum(body)]) if with_checksum else body


class MtContinuousParser(Parser):
    """Incremental parser; ``with_checksum`` follows the terminal's setting (default on)."""

    protocol = NAME

    def __init__(self, port: str = "", with_checksum: bool = True) -> None:
        super().__init__(port)
        self.with_checksum = with_checksum
        self.length = LEN_CHECKED if with_checksum else LEN_PLAIN

    def _parse(self, at: Stamp, out: list[Event]) -> None:
        buf = self._buf
        while buf:
            start = buf.find(STX)
            if start < 0:
                self._garbage_tail(out)
                return
            self._skip(start, out)
            if len(buf) < self.length:
                return
            raw = bytes(buf[: self.length])
            event, framed = self._frame(raw, at)
            # A frame that fails its framing checks is not a frame: resync on the next STX.
            del buf[: self.length if framed else 1]
            out.append(event)

    def _frame(self, raw: bytes, at: Stamp) -> tuple[Event, bool]:
        swa, swb, swc = raw[1], raw[2], raw[3]
        if raw[16] != CR:
            return bad_field(NAME, raw[:1], "frame end (no CR at byte 17)", raw[16:17].hex()), False
        if self.with_checksum and sum(raw) % 128:
            return bad_check(NAME, raw, "checksum"), False
        # Status words are 7-bit with bit 5 always set.
        if any(b & 0x80 or not b & 0x20 for b in (swa, swb, swc)):
            return bad_field(NAME, raw, "status word", raw[1:4].hex(" ")), False
        weight, tare = raw[4:10], raw[10:16]
        for what, field in (("weight", weight), ("tare", tare)):
            if not all(b == 0x20 or 0x30 <= b <= 0x39 for b in field):
                return bad_field(NAME, raw, what, field.decode("latin-1")), False
        return self._reading(raw, at), True

    def _reading(self, raw: bytes, at: Stamp) -> Event:
        swa, swb = raw[1], raw[2]
        weight, tare = raw[4:10], raw[10:16]
        if not swb & 0x10:
            return wrong_unit(NAME, raw, "lb")
        exp = _POINT_EXP[swa & 0x07]
        grams = _grams(weight, exp)
        negative = bool(swb & 0x02)
        out_of_range = bool(swb & 0x04)
        if negative:
            grams = -grams
        return Reading(
            grams=grams,
            stable=not swb & 0x08 and not out_of_range,
            net=bool(swb & 0x01),
            overload=out_of_range and not negative,
            underload=out_of_range and negative,
            protocol=NAME,
            raw=raw,
            received_at=at,
            port=self.port,
            has_weight=not out_of_range,
            tare_grams=_grams(tare, exp),
        )


class MtContinuousEmulator(Emulator):
    """An IND terminal streaming continuous output with checksum."""

    def stream_frame(self) -> bytes:
        s = self.state
        return encode(
            s.shown_grams,
            stable=s.stable,
            net=s.net,
            tare_grams=s.tare_grams,
            overload=s.overload,
            underload=s.underload,
        )


class MtContinuous(ScaleProtocol):
    """Mettler Toledo standard continuous output."""

    name = NAME
    title = "Mettler Toledo continuous output"
    line = LineSettings(9600, 8, "N", 1)
    # IND terminals also ship with 7E1; both are common on floor scales.
    probe_settings = (LineSettings(9600, 8, "N", 1), LineSettings(9600, 7, "E", 1))
    streams = True
    frame_bytes = 17
    probe_window = 0.6

    def parser(self, port: str = "") -> MtContinuousParser:
        return MtContinuousParser(port)

    def emulator(self, state: SimState) -> MtContinuousEmulator:
        return MtContinuousEmulator(state)
