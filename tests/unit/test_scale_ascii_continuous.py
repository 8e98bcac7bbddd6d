"""ASCII continuous (CAS / A&D): DESIGN.md 5.4's frames first."""

from __future__ import annotations

from app.devices.scale.ascii_continuous import AsciiContinuousParser, encode_and, encode_cas
from app.devices.scale.reading import ParseError, Reading, Reply, ReplyKind
from app.domain.capture import CaptureRules, decide
from app.domain.product import DEFAULT_HEAVY
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


def test_tare_record_is_never_a_weight() -> None:
    """A&D sends its tare as ``ST,TR``: a reply carrying the tare, never a gross reading."""
    events = AsciiContinuousParser().feed(b"ST,TR,+00012.00kg\r\n" + AND)
    tare, gross = events
    assert isinstance(tare, Reply) and tare.kind is ReplyKind.TARE_VALUE and tare.value == "12000"
    assert isinstance(gross, Reading) and gross.grams == 152350 and not gross.net


def test_only_gross_records_are_capturable() -> None:
    gs, gw, nt, nw = AsciiContinuousParser().feed(
        AND + b"ST,GW,+00152.35kg\r\n" + b"ST,NT,+00140.35kg\r\n" + b"ST,NW,+00140.35kg\r\n"
    )
    assert isinstance(gs, Reading) and isinstance(gw, Reading)
    assert not gs.net and not gw.net
    assert isinstance(nt, Reading) and isinstance(nw, Reading) and nt.net and nw.net
    rules = CaptureRules.from_limits(DEFAULT_HEAVY, settle_seconds=0.0)
    assert decide(gs, 1.0, gs.received_at.monotonic, rules).ok
    for net in (nt, nw):
        d = decide(net, 1.0, net.received_at.monotonic, rules)
        assert d.code == "net" and not d.ok


def test_cas_lamp_tare_bit_makes_a_gs_line_net_and_not_capturable() -> None:
    (r,) = AsciiContinuousParser().feed(b"ST,GS,1\xc2,00120.00 kg\r\n")
    assert isinstance(r, Reading) and r.net
    rules = CaptureRules.from_limits(DEFAULT_HEAVY, settle_seconds=0.0)
    assert decide(r, 1.0, r.received_at.monotonic, rules).code == "net"


def test_counting_mode_and_unknown_records_are_refused() -> None:
    qt, xx = AsciiContinuousParser().feed(b"QT,GS,+00000012kg\r\n" + b"ST,ZZ,+00152.35kg\r\n")
    assert isinstance(qt, ParseError) and "counting" in qt.message
    assert isinstance(xx, ParseError)
