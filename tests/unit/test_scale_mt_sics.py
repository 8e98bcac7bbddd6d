"""MT-SICS: the answers DESIGN.md 5.4 lists, then properties."""

from __future__ import annotations

from app.devices.scale.base import LineSettings, SimState
from app.devices.scale.mt_sics import MtSics, MtSicsParser
from app.devices.scale.reading import ParseError, Reading, Reply, ReplyKind
from tests.unit.scale_props import assert_any_bytes_give_events, assert_valid_frames_survive_garbage


def one(data: bytes, parser: MtSicsParser | None = None):
    (e,) = (parser or MtSicsParser()).feed(data)
    return e


def test_stable_and_dynamic_weight() -> None:
    s = one(b"S S     12.345 kg\r\n")
    assert isinstance(s, Reading) and s.grams == 12345 and s.stable
    d = one(b"S D    150.050 kg\r\n")
    assert isinstance(d, Reading) and d.grams == 150050 and not d.stable


def test_overload_underload_and_busy() -> None:
    over = one(b"S +\r\n")
    assert isinstance(over, Reading) and over.overload and not over.has_weight
    under = one(b"S -\r\n")
    assert isinstance(under, Reading) and under.underload
    busy = one(b"S I\r\n")
    assert isinstance(busy, Reply) and busy.kind is ReplyKind.BUSY


def test_zero_tare_serial_and_errors() -> None:
    assert one(b"Z A\r\n").kind is ReplyKind.ZEROED
    serial = one(b'I4 A "B207696838"\r\n')
    assert serial.kind is ReplyKind.SERIAL and serial.value == "B207696838"
    for code in (b"ES", b"ET", b"EL"):
        assert one(code + b"\r\n").kind is ReplyKind.ERROR
    refused = one(b"TI L\r\n")
    assert refused.kind is ReplyKind.REFUSED


def test_tare_makes_later_readings_net() -> None:
    parser = MtSicsParser()
    tared = one(b"T S     10.000 kg\r\n", parser)
    assert tared.kind is ReplyKind.TARED and tared.value == "10000"
    r = one(b"S S    140.050 kg\r\n", parser)
    assert isinstance(r, Reading) and r.net and r.grams == 140050 and r.tare_grams == 10000


def test_garbage_line_is_an_error_and_next_line_parses() -> None:
    events = MtSicsParser().feed(b"\x00\xff\x13junk\r\nS S    150.050 kg\r\n")
    assert isinstance(events[0], ParseError)
    assert isinstance(events[1], Reading) and events[1].grams == 150050


def test_never_probes_or_resets_with_at() -> None:
    p = MtSics()
    sent = [
        p.probe_request(),
        p.weigh_command(),
        p.zero_command(),
        p.tare_command(),
        p.identify_command(),
    ]
    assert all(not s.startswith(b"@") for s in sent)
    assert p.probe_request() == b"I4\r\n"


def test_probe_accepts_only_a_serial_number() -> None:
    p = MtSics()
    ok = p.probe_verdict(LineSettings(), MtSicsParser().feed(b'I4 A "B207696838"\r\n'))
    assert ok.accepted and ok.serial == "B207696838"
    # A device answering "ES" to everything is not proven to be an MT-SICS scale.
    assert not p.probe_verdict(LineSettings(), MtSicsParser().feed(b"ES\r\n")).accepted
    assert not p.probe_verdict(LineSettings(), MtSicsParser().feed(b"hello\r\n")).accepted


def test_emulator_round_trip() -> None:
    state = SimState(grams=152350, serial="B207696838")
    emu = MtSics().emulator(state)
    parser = MtSicsParser()
    assert one(emu.receive(b"I4\r\n"), parser).value == "B207696838"
    r = one(emu.receive(b"SI\r\n"), parser)
    assert isinstance(r, Reading) and r.grams == 152350 and r.stable
    state.stable = False
    assert one(emu.receive(b"S\r\n"), parser).kind is ReplyKind.BUSY


def test_any_bytes_give_readings_or_errors() -> None:
    assert_any_bytes_give_events(
        "mt-sics",
        [b"S S     12.345 kg\r\n", b"S D     12.345 kg\r\n", b"S +\r\n", b'I4 A "X1"\r\n'],
    )


def test_resync_after_garbage() -> None:
    # A garbage line needs its own end; after it the answer parses.
    assert_valid_frames_survive_garbage("mt-sics", b"\r\nS S    150.050 kg\r\n", 150050)
