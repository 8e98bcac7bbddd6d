"""ASCII continuous (CAS / A&D): DESIGN.md 5.4's frames first."""

from __future__ import annotations

from app.devices.scale.ascii_continuous import AsciiContinuousParser, encode_and, encode_cas
from app.devices.scale.reading import ParseError, Reading
from tests.unit.scale_props import assert_any_bytes_give_events, assert_valid_frames_survive_garbage

CAS = b"ST,GS,1\xc4,00152.35 kg\r\n"
AND = b"ST,GS,+00152.35kg\r\n"


def test_cas_22_byte_frame_with_lamp_byte() -> None:
    assert len(CAS) == 22
    (r,) = AsciiContinuousParser("COM3").feed(CAS)
    assert isinstance(r, Reading)
    assert (r.grams, r.stable, r.net, r.overload, r.underload) == (
        152350,
        True,
        False,
        False,
        False,
    )
    assert r.raw == CAS


def test_and_frame() -> None:
    (r,) = AsciiContinuousParser().feed(AND)
    assert isinstance(r, Reading) and r.grams == 152350 and r.stable


def test_encoders_reproduce_the_design_frames() -> None:
    assert encode_cas(152350) == CAS
    assert encode_and(152350) == AND


def test_unstable_net_overload() -> None:
    us, nt, ol = AsciiContinuousParser().feed(
        b"US,GS,+00151.00kg\r\n" + b"ST,NT,+00120.00kg\r\n" + b"OL,GS,+99999.99kg\r\n"
    )
    assert isinstance(us, Reading) and not us.stable and us.grams == 151000
    assert isinstance(nt, Reading) and nt.net and nt.stable and nt.grams == 120000
    assert isinstance(ol, Reading) and ol.overload and not ol.has_weight


def test_lamp_byte_decides_stable_and_net() -> None:
    # ST header but lamp without the stable bit: not stable (be conservative).
    (r,) = AsciiContinuousParser().feed(b"ST,GS,1\x84,00152.35 kg\r\n")
    assert isinstance(r, Reading) and not r.stable
    (t,) = AsciiContinuousParser().feed(b"ST,GS,1\xc2,00120.00 kg\r\n")
    assert isinstance(t, Reading) and t.net


def test_under_zero() -> None:
    (u,) = AsciiContinuousParser().feed(encode_cas(0, underload=True))
    assert isinstance(u, Reading) and u.underload and not u.overload
    (n,) = AsciiContinuousParser().feed(b"ST,GS,-00000.15kg\r\n")
    assert isinstance(n, Reading) and n.underload and n.grams == -150


def test_pounds_refused() -> None:
    (e,) = AsciiContinuousParser().feed(b"ST,GS,+00335.00lb\r\n")
    assert isinstance(e, ParseError) and "kilograms" in e.message


def test_garbage_and_partial_lines() -> None:
    events = AsciiContinuousParser().feed(b"\x00\xffST,GS,+001" + b"xx\r\n" + CAS + b"ST,G" + AND)
    assert [e.grams for e in events if isinstance(e, Reading)] == [152350, 152350]
    assert any(isinstance(e, ParseError) for e in events)


def test_any_bytes_give_readings_or_errors() -> None:
    assert_any_bytes_give_events("ascii-continuous", [CAS, AND, b"US,NT,+00001.00kg\r\n"])


def test_resync_after_garbage() -> None:
    assert_valid_frames_survive_garbage("ascii-continuous", CAS, 152350)
