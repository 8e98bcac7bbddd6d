"""Toledo 8217: weight answers and status bytes from DESIGN.md 5.4."""

from __future__ import annotations

from app.devices.scale.base import LineSettings, SimState
from app.devices.scale.reading import ParseError, Reading, Reply, ReplyKind
from app.devices.scale.toledo_8217 import Toledo8217, Toledo8217Parser, encode_wide
from tests.unit.scale_props import assert_any_bytes_give_events, assert_valid_frames_survive_garbage


def test_line_settings_are_7e1() -> None:
    assert Toledo8217().line == LineSettings(9600, 7, "E", 1)
    assert Toledo8217().weigh_command() == b"W"


def test_weight_and_net() -> None:
    w, n = Toledo8217Parser().feed(b"\x0201.250\r\x0201.250N\r")
    assert isinstance(w, Reading) and w.grams == 1250 and w.stable and not w.net
    assert isinstance(n, Reading) and n.grams == 1250 and n.net


def test_status_bytes() -> None:
    motion, over, under = Toledo8217Parser().feed(b"\x02?A\r\x02?B\r\x02?D\r")
    assert isinstance(motion, Reading) and not motion.stable and not motion.has_weight
    assert not motion.overload and not motion.underload
    assert isinstance(over, Reading) and over.overload
    assert isinstance(under, Reading) and under.underload


def test_status_without_condition_is_bad_command() -> None:
    (e,) = Toledo8217Parser().feed(b"\x02?@\r")
    assert isinstance(e, Reply) and e.kind is ReplyKind.ERROR


def test_cut_answer_then_whole_answer() -> None:
    events = Toledo8217Parser().feed(b"\x0201.2\x0201.250\rzz")
    assert isinstance(events[0], ParseError)
    assert [e.grams for e in events if isinstance(e, Reading)] == [1250]


def test_cannot_carry_100_kg() -> None:
    assert Toledo8217().max_grams == 99_999
    emu = Toledo8217().emulator(SimState(grams=150_000))
    (r,) = Toledo8217Parser().feed(emu.receive(b"W"))
    assert isinstance(r, Reading) and r.overload


def test_probe_needs_a_clean_answer() -> None:
    p = Toledo8217()
    assert p.probe_verdict(LineSettings(), Toledo8217Parser().feed(b"\x0201.250\r")).accepted
    assert not p.probe_verdict(LineSettings(), Toledo8217Parser().feed(b"\x02hello\r")).accepted


def test_any_bytes_give_readings_or_errors() -> None:
    assert_any_bytes_give_events("toledo-8217", [b"\x0201.250\r", b"\x02?A\r", b"\x0212.345N\r"])


def test_resync_after_garbage() -> None:
    assert_valid_frames_survive_garbage("toledo-8217", b"\x0201.250\r", 1250)


def test_both_widths_of_the_weight_field() -> None:
    """``WW.WWW`` (Toledo) and the wider ``W1W2W3W4.W5`` (Brecknell), net marks too."""
    narrow, wide, wide_net, heavy = Toledo8217Parser().feed(
        b"\x0285.400\r" + b"\x020085.4\r" + b"\x020152.3N\r" + b"\x029999.9\r"
    )
    assert isinstance(narrow, Reading) and narrow.grams == 85_400 and not narrow.net
    assert isinstance(wide, Reading) and wide.grams == 85_400 and wide.stable
    assert isinstance(wide_net, Reading) and wide_net.grams == 152_300 and wide_net.net
    assert isinstance(heavy, Reading) and heavy.grams == 9_999_900


def test_other_widths_and_pounds_are_refused_not_guessed() -> None:
    for body in (b"152.35", b"00152.3", b"1.2345", b"152.3"):
        (e,) = Toledo8217Parser().feed(b"\x02" + body + b"\r")
        assert isinstance(e, ParseError), body


def test_wide_emulator_weighs_heavy_parcels() -> None:
    emu = Toledo8217().emulator(SimState(grams=152_350, extra={"width": "wide"}))
    raw = emu.receive(b"W")
    assert raw == encode_wide(152_350) == b"\x020152.4\r"
    (r,) = Toledo8217Parser().feed(raw)
    assert isinstance(r, Reading) and r.grams == 152_400 and not r.overload
