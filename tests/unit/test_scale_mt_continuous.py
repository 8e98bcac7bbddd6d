"""Mettler Toledo continuous output: DESIGN.md 5.4's 150.05 kg frame first."""

from __future__ import annotations

from app.devices.scale.mt_continuous import MtContinuousParser, checksum, encode
from app.devices.scale.reading import ParseError, Reading
from tests.unit.scale_props import assert_any_bytes_give_events, assert_valid_frames_survive_garbage

STABLE = bytes.fromhex("02 3C 30 20 20 31 35 30 30 35 20 20 20 20 20 30 0D 7A")
MOTION = bytes.fromhex("02 3C 38 20 20 31 35 30 30 35 20 20 20 20 20 30 0D 72")


def test_design_frame_checks_and_parses() -> None:
    assert sum(STABLE) % 128 == 0 and sum(MOTION) % 128 == 0
    assert checksum(STABLE[:-1]) == 0x7A
    (r,) = MtContinuousParser("COM2").feed(STABLE)
    assert isinstance(r, Reading)
    assert (r.grams, r.stable, r.net, r.overload, r.underload) == (
        150050,
        True,
        False,
        False,
        False,
    )
    assert r.raw == STABLE and r.port == "COM2"


def test_design_motion_variant() -> None:
    (r,) = MtContinuousParser().feed(MOTION)
    assert isinstance(r, Reading) and r.grams == 150050 and not r.stable and r.has_weight


def test_encoder_reproduces_the_design_frames() -> None:
    assert encode(150050) == STABLE
    assert encode(150050, stable=False) == MOTION


def test_checksum_equal_to_cr_does_not_cut_the_frame() -> None:
    # Find a weight whose checksum byte is CR: framing must use STX + length.
    frame = next(f for g in range(0, 200000, 50) if (f := encode(g))[-1] == 0x0D)
    events = MtContinuousParser().feed(frame + STABLE)
    readings = [e for e in events if isinstance(e, Reading)]
    assert len(readings) == 2 and readings[1].grams == 150050
    assert not [e for e in events if isinstance(e, ParseError)]


def test_net_negative_and_out_of_range() -> None:
    net = encode(120000, net=True, tare_grams=25000)
    over = encode(0, overload=True)
    under = encode(0, underload=True)
    n, o, u = MtContinuousParser().feed(net + over + under)
    assert isinstance(n, Reading) and n.net and n.grams == 120000 and n.tare_grams == 25000
    assert isinstance(o, Reading) and o.overload and not o.has_weight and not o.stable
    assert isinstance(u, Reading) and u.underload and not u.overload
    neg = MtContinuousParser().feed(encode(-150))[0]
    assert isinstance(neg, Reading) and neg.grams == -150


def test_decimal_point_positions() -> None:
    # SWA 0x3D = point 101 (XXX.XXX): 12.345 kg.
    body = bytes([0x02, 0x3D, 0x30, 0x20]) + b" 12345" + b"     0" + b"\r"
    (r,) = MtContinuousParser().feed(body + bytes([checksum(body)]))
    assert isinstance(r, Reading) and r.grams == 12345


def test_pounds_are_refused_with_a_reason() -> None:
    body = bytes([0x02, 0x3C, 0x20, 0x20]) + b" 15005" + b"     0" + b"\r"
    (e,) = MtContinuousParser().feed(body + bytes([checksum(body)]))
    assert isinstance(e, ParseError) and "kilograms" in e.message


def test_bad_checksum_then_resync() -> None:
    events = MtContinuousParser().feed(STABLE[:-1] + b"\x00" + STABLE)
    assert isinstance(events[0], ParseError)
    assert [e.grams for e in events if isinstance(e, Reading)] == [150050]


def test_partial_frame_then_full_frame() -> None:
    events = MtContinuousParser().feed(b"\x15\x80" + STABLE[:9] + MOTION + STABLE)
    assert [e.stable for e in events if isinstance(e, Reading)] == [False, True]


def test_without_checksum() -> None:
    parser = MtContinuousParser(with_checksum=False)
    events = parser.feed(STABLE[:-1] + MOTION[:-1])
    assert [e.stable for e in events if isinstance(e, Reading)] == [True, False]


def test_any_bytes_give_readings_or_errors() -> None:
    assert_any_bytes_give_events("mt-continuous", [STABLE, MOTION, encode(0, overload=True)])


def test_resync_after_garbage() -> None:
    assert_valid_frames_survive_garbage("mt-continuous", STABLE, 150050)
