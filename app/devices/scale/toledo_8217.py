"""The retail weight-only protocol of Toledo 8217 scales (``toledo-8217``), 9600 7E1.

The host sends ``W``; the scale answers STX, the weight, CR (``\\x0201.250\\r``; an
``N`` before CR marks net) or, when it cannot give a weight, STX ``?`` status CR.
Status bits: 0 motion, 1 over capacity, 2 under zero, 3 outside zero capture,
4 centre of zero, 5 net, 6 always 1.

Two widths of the weight field are read, both in kg:

* ``WW.WWW`` (``\x0285.400\r``): the 8217 format of Mettler Toledo's retail scales and
  of the scales that emulate it; it stops at 99.999 kg, so such a scale suits a counter,
  never the 30-200 kg parcels of this corridor;
* ``W1W2W3W4.W5`` (``\x020152.4\r``, 100 g steps up to 9999.9 kg): the wider field some
  8217-compatible scales send, Brecknell's in particular (as users of its 8217 mode
  report; check the scale's manual for the format it is set to).

Anything else (a pound format such as ``WWW.WW``, a width not listed) is refused as an
unreadable weight rather than guessed.
"""

from __future__ import annotations

import re
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
)

NAME = "toledo-8217"
STX = 0x02
CR = 0x0D
MAX_FRAME = 10
MAX_GRAMS = 99_999  # WW.WWW
WIDE_MAX_GRAMS = 9_999_900  # W1W2W3W4.W5
_WEIGHT = re.compile(rb"^(\d{2}\.\d{3}|\d{4}\.\d)(N?)$")

ST_MOTION = 0x01
ST_OVER = 0x02
ST_UNDER = 0x04
ST_OUTSIDE_ZERO = 0x08
ST_CENTRE_ZERO = 0x10
ST_NET = 0x20
ST_ALWAYS = 0x40


def encode_weight(grams: int, net: bool = False) -> bytes:
    return (
        b"\x02"
        + f"{grams // 1000:02d}.{grams % 1000:03d}".encode()
        + (b"N" if net else b"")
        + b"\r"
    )


def encode_wide(grams: int, net: bool = False) -> bytes:
    """The wider field (``W1W2W3W4.W5``): kg with one decimal, 100 g steps."""
    tenths = (grams + 50) // 100
    return b"\x02" + f"{tenths // 10:04d}.{tenths % 10}".encode() + (b"N" if net else b"") + b"\r"


def encode_status(bits: int) -> bytes:
    return bytes([STX, ord("?"), ST_ALWAYS | bits, CR])


class Toledo8217Parser(Parser):
    """Parses ``STX ... CR`` answers to ``W``."""

    protocol = NAME

    def _parse(self, at: Stamp, out: list[Event]) -> None:
        buf = self._buf
        while buf:
            start = buf.find(STX)
            if start < 0:
                self._garbage_tail(out)
                return
            self._skip(start, out)
            # A status byte is never CR (bit 6 is always set), so CR ends the frame.
            end = buf.find(CR, 1)
            if end < 0:
                if len(buf) > MAX_FRAME:
                    out.append(bad_field(NAME, buf[:1], "answer", "no CR"))
                    del buf[:1]
                    continue
                return
            raw = bytes(buf[: end + 1])
            body = raw[1:-1]
            if STX in body:
                # A cut-off answer followed by a whole one: drop up to the inner STX.
                self._skip(1 + body.index(STX), out)
                continue
            del buf[: end + 1]
            out.append(self._answer(body, raw, at))

    def _answer(self, body: bytes, raw: bytes, at: Stamp) -> Event:
        if body[:1] == b"?" and len(body) == 2:
            bits = body[1]
            if not bits & ST_ALWAYS or bits & 0x80:
                return bad_field(NAME, raw, "status", f"0x{bits:02X}")
            if bits == ST_ALWAYS:
                # No condition set: the scale's answer to a command it does not know.
                return Reply(NAME, ReplyKind.ERROR, raw, "command not understood")
            over = bool(bits & ST_OVER)
            under = bool(bits & ST_UNDER)
            return Reading(
                grams=0,
                stable=False,
                net=bool(bits & ST_NET),
                overload=over,
                underload=under and not over,
                protocol=NAME,
                raw=raw,
                received_at=at,
                port=self.port,
                has_weight=False,  # a status answer has no weight: show none
            )
        m = _WEIGHT.match(body)
        if not m:
            return bad_field(NAME, raw, "weight", body.decode("latin-1"))
        return Reading(
            grams=decimal_to_grams(m.group(1).decode(), "kg"),
            stable=True,  # the scale sends a weight only when it is stable
            net=m.group(2) == b"N",
            overload=False,
            underload=False,
            protocol=NAME,
            raw=raw,
            received_at=at,
            port=self.port,
        )


class Toledo8217Emulator(Emulator):
    """A counter scale answering ``W`` (anything else gets the ``?`` bad-command status)."""

    def _answer(self) -> bytes:
        out = bytearray()
        for byte in bytes(self._inbox):
            if byte in (CR, 0x0A):
                continue
            out += self._respond(byte)
        self._inbox.clear()
        return bytes(out)

    def _respond(self, byte: int) -> bytes:
        s = self.state
        if byte != ord("W"):
            return encode_status(0)
        shown = s.shown_grams
        wide = s.extra.get("width") == "wide"
        if s.overload or shown > (WIDE_MAX_GRAMS if wide else MAX_GRAMS):
            return encode_status(ST_OVER)
        if s.underload or shown < 0:
            return encode_status(ST_UNDER)
        if not s.stable:
            return encode_status(ST_MOTION | (ST_NET if s.net else 0))
        return (encode_wide if wide else encode_weight)(shown, s.net)


class Toledo8217(ScaleProtocol):
    """Toledo 8217 weight-only protocol (small counter scales, below 100 kg)."""

    name = NAME
    title = "Toledo 8217 (WW.WWW below 100 kg, or Brecknell's W1W2W3W4.W5)"
    line = LineSettings(9600, 7, "E", 1)
    probe_settings = (LineSettings(9600, 7, "E", 1),)
    streams = False
    frame_bytes = 8
    poll_interval = 0.1
    answer_timeout = 0.4
    probe_window = 0.4
    max_grams = MAX_GRAMS  # of the standard field; the wide one reaches WIDE_MAX_GRAMS

    def parser(self, port: str = "") -> Toledo8217Parser:
        return Toledo8217Parser(port)

    def emulator(self, state: SimState) -> Toledo8217Emulator:
        return Toledo8217Emulator(state)

    def weigh_command(self) -> bytes:
        return b"W"

    def probe_verdict(self, settings: LineSettings, events: Sequence[Event]) -> ProbeResult:
        """A weight or a status with bit 6 set, and nothing unparsable, answers ``W``."""
        readings = [e for e in events if isinstance(e, Reading)]
        errors = [e for e in events if isinstance(e, ParseError)]
        if readings and not errors:
            return ProbeResult(NAME, settings, True, f"{len(readings)} answers")
        return ProbeResult(NAME, settings, False, errors[0].message if errors else "no answer")
