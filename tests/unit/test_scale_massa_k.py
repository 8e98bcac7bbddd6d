"""Massa-K Protocol 100: DESIGN.md 5.4's worked examples first, then properties."""

from __future__ import annotations

import struct

from app.devices.scale.base import SimState
from app.devices.scale.massa_k import MassaK, MassaKParser, crc, frame
from app.devices.scale.reading import ParseError, Reading, Reply, ReplyKind
from tests.unit.scale_props import assert_any_bytes_give_events, assert_valid_frames_survive_garbage

STABLE = bytes.fromhex("F8 55 CE 0D 00 24 1E 53 02 00 01 01 00 00 00 00 00 00 6B 17")
UNSTABLE = bytes.fromhex("F8 55 CE 0D 00 24 1E 53 02 00 01 00 00 00 00 00 00 00 3A BD")
OVER = bytes.fromhex("F8 55 CE 02 00 28 08 08 28")


def test_crc_examples_from_design() -> None:
    assert crc(bytes.fromhex("24 1E 53 02 00 01 01 00 00 00 00 00 00")) == 0x176B
    assert crc(bytes.fromhex("24 1E 53 02 00 01 00 00 00 00 00 00 00")) == 0xBD3A
    # A one-byte body's CRC is that byte (it is not CRC-16/XMODEM).
    assert crc(b"\x23") == 0x23
    assert crc(b"\x72") == 0x72


def test_requests_from_design() -> None:
    assert MassaK().weigh_command() == bytes.fromhex("F8 55 CE 01 00 23 23 00")
    assert MassaK().zero_command() == bytes.fromhex("F8 55 CE 01 00 72 72 00")
    assert frame(bytes([0x28, 0x08])) == OVER


def test_stable_152_350_kg() -> None:
    (r,) = MassaKParser("COM1").feed(STABLE)
    assert isinstance(r, Reading)
    assert (r.grams, r.stable, r.net, r.overload, r.underload) == (
        152350,
        True,
        False,
        False,
        False,
    )
    assert r.raw == STABLE and r.port == "COM1" and r.tare_grams == 0


def test_unstable_152_350_kg() -> None:
    (r,) = MassaKParser().feed(UNSTABLE)
    assert isinstance(r, Reading) and r.grams == 152350 and not r.stable


def test_error_over_maximum_is_an_overload_reading_without_weight() -> None:
    (r,) = MassaKParser().feed(OVER)
    assert isinstance(r, Reading) and r.overload and not r.has_weight


def test_old_firmware_body_without_tare() -> None:
    body = struct.pack("<BiBBBB", 0x24, 152350, 1, 1, 0, 0)
    (r,) = MassaKParser().feed(frame(body))
    assert isinstance(r, Reading) and r.grams == 152350 and r.tare_grams is None


def test_division_codes() -> None:
    for division, value, grams in (
        (0, 1523505, 152351),
        (2, 15235, 152350),
        (3, 1524, 152400),
        (4, 152, 152000),
    ):
        body = struct.pack("<BiBBBBi", 0x24, value, division, 1, 0, 0, 0)
        (r,) = MassaKParser().feed(frame(body))
        assert isinstance(r, Reading) and r.grams == grams


def test_net_reading_is_a_reading_not_an_error() -> None:
    body = struct.pack("<BiBBBBi", 0x24, 120000, 1, 1, 1, 0, 25000)
    (r,) = MassaKParser().feed(frame(body))
    assert isinstance(r, Reading) and r.net and r.grams == 120000 and r.tare_grams == 25000


def test_negative_gross_is_under_zero() -> None:
    body = struct.pack("<BiBBBBi", 0x24, -300, 1, 1, 0, 0, 0)
    (r,) = MassaKParser().feed(frame(body))
    assert isinstance(r, Reading) and r.underload


def test_zero_ack_and_refusals() -> None:
    events = MassaKParser().feed(
        frame(b"\x27") + frame(b"\x28\x15") + frame(b"\x12") + frame(b"\x15") + frame(b"\x28\x07")
    )
    kinds = [e.kind for e in events if isinstance(e, Reply)]
    assert kinds == [
        ReplyKind.ZEROED,
        ReplyKind.REFUSED,
        ReplyKind.TARED,
        ReplyKind.REFUSED,
        ReplyKind.ERROR,
    ]


def test_bad_crc_is_reported_and_the_next_frame_parses() -> None:
    broken = STABLE[:-1] + b"\x00"
    events = MassaKParser().feed(broken + STABLE)
    assert isinstance(events[0], ParseError) and "check" in events[0].message
    assert [e.grams for e in events if isinstance(e, Reading)] == [152350]


def test_byte_by_byte() -> None:
    parser = MassaKParser()
    events = []
    for b in b"\x00\xf8\x55" + STABLE + UNSTABLE:
        events.extend(parser.feed(bytes([b])))
    assert [e.stable for e in events if isinstance(e, Reading)] == [True, False]


def test_emulator_answers_weight_zero_and_tare() -> None:
    state = SimState(grams=152350)
    emu = MassaK().emulator(state)
    assert emu.receive(MassaK().weigh_command()) == STABLE[:-2] + STABLE[-2:]
    state.grams = 1000
    (z,) = MassaKParser().feed(emu.receive(MassaK().zero_command()))
    assert isinstance(z, Reply) and z.kind is ReplyKind.ZEROED and state.grams == 0


def test_tare_sends_the_current_weight() -> None:
    (r,) = MassaKParser().feed(STABLE)
    assert isinstance(r, Reading)
    cmd = MassaK().tare_command(r)
    assert cmd is not None and struct.unpack_from("<i", cmd, 6)[0] == 152350
    assert MassaK().tare_command(MassaKParser().feed(UNSTABLE)[0]) is None  # type: ignore[arg-type]


def test_any_bytes_give_readings_or_errors() -> None:
    assert_any_bytes_give_events("massa-k", [STABLE, UNSTABLE, OVER, frame(b"\x27")])


def test_resync_after_garbage() -> None:
    assert_valid_frames_survive_garbage("massa-k", STABLE, 152350)
