"""Massa-K Protocol 100 (``massa-k``): binary request/answer frames with a CRC.

Frame: ``F8 55 CE``, body length (uint16 LE), body (command byte + data), CRC of the
body (uint16 LE). The CRC is Massa-K's own (polynomial 0x1021, see ``crc``): it is not
CRC-16/XMODEM, and a one-byte body's CRC is that byte. Weight answer (0x24): weight
int32 LE in divisions, division code, stable, net, zero flags, tare int32 LE (missing
on old firmware). Errors (0x28) carry one code byte. Line settings vary between
models (4800 to 57600 8N1): detection tries the usual rates.
"""

from __future__ import annotations

import struct

from app.devices.scale.base import Emulator, LineSettings, Parser, ScaleProtocol, SimState
from app.devices.scale.reading import (
    CTX,
    Event,
    ParseError,
    Reading,
    Reply,
    ReplyKind,
    Stamp,
    bad_check,
    bad_field,
)
from app.domain.i18n import QT_TRANSLATE_NOOP

NAME = "massa-k"
HEADER = b"\xf8\x55\xce"
MAX_BODY = 64  # longest body of the answers we use (name/parameters) with room to spare

CMD_GET_MASSA = 0x23
CMD_ACK_MASSA = 0x24
CMD_SET_ZERO = 0x72
CMD_ACK_SET = 0x27
CMD_SET_TARE = 0xA3
CMD_ACK_SET_TARE = 0x12
CMD_NACK_TARE = 0x15
CMD_ERROR = 0x28
CMD_NACK = 0xF0

ERR_OVERLOAD = 0x08
ERR_ZERO_IMPOSSIBLE = 0x15
ERR_NOT_SUPPORTED = 0x07

# Division code -> (numerator, denominator) grams per division.
DIVISIONS: dict[int, tuple[int, int]] = {
    0: (1, 10),
    1: (1, 1),
    2: (10, 1),
    3: (100, 1),
    4: (1000, 1),
}

ERROR_TEXT = {
    ERR_OVERLOAD: "over maximum",
    ERR_ZERO_IMPOSSIBLE: "zero impossible",
    ERR_NOT_SUPPORTED: "not supported",
    0x09: "not in weighing mode",
    0x0A: "data input error",
    0x0B: "save error",
    0x17: "busy",
}


def crc(body: bytes | bytearray) -> int:
    """Massa-K's CRC of a frame body (DESIGN.md 5.4)."""
    value = 0
    for byte in body:
        acc = 0
        top = (value >> 8) << 8
        for _ in range(8):
            acc = ((acc << 1) ^ 0x1021) if (top ^ acc) & 0x8000 else (acc << 1)
            acc &= 0xFFFF
            top = (top << 1) & 0xFFFF
        value = (acc ^ (value << 8) ^ byte) & 0xFFFF
    return value


def frame(body: bytes) -> bytes:
    """Wrap a body in header, length and CRC."""
    return HEADER + struct.pack("<H", len(body)) + body + struct.pack("<H", crc(body))


def grams_from_divisions(value: int, division: int) -> int:
    num, den = DIVISIONS[division]
    total = value * num
    # 0.1 g divisions: round half away from zero to the gram.
    return int(total / den + (0.5 if total >= 0 else -0.5)) if den != 1 else total


class MassaKParser(Parser):
    """Incremental parser of Massa-K answers (also accepts the host's requests as replies)."""

    protocol = NAME

    def __init__(self, port: str = "") -> None:
        super().__init__(port)

    def _parse(self, at: Stamp, out: list[Event]) -> None:
        buf = self._buf
        while buf:
            start = buf.find(HEADER)
            if start < 0:
                # Keep a possible header prefix at the end, drop the rest.
                keep = next(
                    (k for k in (2, 1) if len(buf) >= k and HEADER.startswith(bytes(buf[-k:]))), 0
                )
                self._garbage_tail(out, keep)
                return
            self._skip(start, out)
            if len(buf) < 5:
                return
            (length,) = struct.unpack_from("<H", buf, 3)
            if length == 0 or length > MAX_BODY:
                out.append(bad_field(NAME, buf[:5], "body length", str(length)))
                del buf[:1]
                continue
            total = 5 + length + 2
            if len(buf) < total:
                return
            raw = bytes(buf[:total])
            body = raw[5 : 5 + length]
            (got,) = struct.unpack_from("<H", raw, 5 + length)
            if crc(body) != got:
                out.append(bad_check(NAME, raw, "CRC"))
                del buf[:1]  # resync: a real frame may start inside this one
                continue
            del buf[:total]
            out.append(self._event(body, raw, at))

    def _event(self, body: bytes, raw: bytes, at: Stamp) -> Event:
        cmd = body[0]
        if cmd == CMD_ACK_MASSA:
            if len(body) not in (9, 13):
                return bad_field(NAME, raw, "weight answer length", str(len(body)))
            value, division, stable, net, _zero = struct.unpack_from("<iBBBB", body, 1)
            if division not in DIVISIONS:
                return bad_field(NAME, raw, "division code", str(division))
            grams = grams_from_divisions(value, division)
            tare = None
            if len(body) == 13:
                (tare_div,) = struct.unpack_from("<i", body, 9)
                tare = grams_from_divisions(tare_div, division)
            # Protocol 100 has no under-zero flag: a negative gross weight is under zero.
            return Reading(
                grams=grams,
                stable=stable == 1,
                net=net == 1,
                overload=False,
                underload=grams < 0 and net != 1,
                protocol=NAME,
                raw=raw,
                received_at=at,
                port=self.port,
                tare_grams=tare,
            )
        if cmd == CMD_ERROR:
            code = body[1] if len(body) > 1 else -1
            if code == ERR_OVERLOAD:
                return Reading(
                    0, False, False, True, False, NAME, raw, at, self.port, has_weight=False
                )
            if code == ERR_ZERO_IMPOSSIBLE:
                return Reply(NAME, ReplyKind.REFUSED, raw, ERROR_TEXT[code], "zero")
            return Reply(NAME, ReplyKind.ERROR, raw, ERROR_TEXT.get(code, f"code 0x{code:02X}"))
        if cmd == CMD_ACK_SET:
            return Reply(NAME, ReplyKind.ZEROED, raw)
        if cmd == CMD_ACK_SET_TARE:
            return Reply(NAME, ReplyKind.TARED, raw)
        if cmd == CMD_NACK_TARE:
            return Reply(NAME, ReplyKind.REFUSED, raw, "tare", "tare")
        if cmd == CMD_NACK:
            return Reply(NAME, ReplyKind.ERROR, raw, "command not understood")
        return ParseError(
            NAME,
            raw,
            QT_TRANSLATE_NOOP(CTX, "Massa-K answer 0x{code} is not used here; it was skipped."),
            {"code": f"{cmd:02X}"},
        )


class MassaKEmulator(Emulator):
    """A Massa-K scale answering weight, zero and tare requests at 1 g divisions."""

    def _answer(self) -> bytes:
        buf = self._inbox
        out = bytearray()
        while True:
            start = buf.find(HEADER)
            if start < 0 or len(buf) < start + 5:
                if start < 0:
                    buf.clear()
                break
            del buf[:start]
            (length,) = struct.unpack_from("<H", buf, 3)
            total = 5 + length + 2
            if length == 0 or length > MAX_BODY:
                del buf[:1]
                continue
            if len(buf) < total:
                break
            body = bytes(buf[5 : 5 + length])
            ok = crc(body) == struct.unpack_from("<H", buf, 5 + length)[0]
            del buf[:total]
            if ok:
                out += self._respond(body)
        return bytes(out)

    def _respond(self, body: bytes) -> bytes:
        s = self.state
        cmd = body[0]
        if cmd == CMD_GET_MASSA:
            if s.overload:
                return frame(bytes([CMD_ERROR, ERR_OVERLOAD]))
            shown = s.shown_grams if not s.underload else -abs(s.grams or 500)
            return frame(
                struct.pack(
                    "<BiBBBBi",
                    CMD_ACK_MASSA,
                    shown,
                    1,
                    1 if s.stable else 0,
                    1 if s.net else 0,
                    1 if shown == 0 else 0,
                    s.tare_grams,
                )
            )
        if cmd == CMD_SET_ZERO:
            if not s.stable or abs(s.grams) > 4000:
                return frame(bytes([CMD_ERROR, ERR_ZERO_IMPOSSIBLE]))
            s.grams = 0
            return frame(bytes([CMD_ACK_SET]))
        if cmd == CMD_SET_TARE:
            if not s.stable:
                return frame(bytes([CMD_NACK_TARE]))
            (value,) = struct.unpack_from("<i", body, 1) if len(body) >= 5 else (s.grams,)
            s.tare_grams = value
            return frame(bytes([CMD_ACK_SET_TARE]))
        return frame(bytes([CMD_ERROR, ERR_NOT_SUPPORTED]))


class MassaK(ScaleProtocol):
    """Massa-K Protocol 100."""

    name = NAME
    title = "Massa-K Protocol 100"
    line = LineSettings(4800, 8, "N", 1)
    probe_settings = tuple(LineSettings(b, 8, "N", 1) for b in (4800, 9600, 19200, 57600, 38400))
    streams = False
    frame_bytes = 16
    poll_interval = 0.1
    answer_timeout = 0.4
    probe_window = 0.4

    def parser(self, port: str = "") -> MassaKParser:
        return MassaKParser(port)

    def emulator(self, state: SimState) -> MassaKEmulator:
        return MassaKEmulator(state)

    def weigh_command(self) -> bytes:
        return frame(bytes([CMD_GET_MASSA]))

    def zero_command(self) -> bytes:
        return frame(bytes([CMD_SET_ZERO]))

    def tare_command(self, current: Reading | None = None) -> bytes | None:
        # Protocol 100 sets a tare value (in divisions): the load now on the platform.
        if current is None or not current.stable or not current.has_weight or len(current.raw) < 11:
            return None
        division = current.raw[10]
        num, den = DIVISIONS.get(division, (1, 1))
        return frame(bytes([CMD_SET_TARE]) + struct.pack("<i", current.grams * den // num))
