"""Keyboard-wedge bursts versus typing (times in seconds)."""

from __future__ import annotations

from app.devices.scanner.wedge import BurstThresholds, WedgeDetector, split_scans


def keys(text: str, start: float, gap: float) -> list[tuple[str, float]]:
    return [(ch, start + i * gap) for i, ch in enumerate(text)]


def test_fast_burst_ending_in_enter_is_a_scan() -> None:
    scans, typed = split_scans(keys("RR287043775IN\r", 0.0, 0.004))
    assert scans == ["RR287043775IN"] and typed == ""


def test_tab_also_ends_a_scan() -> None:
    scans, _ = split_scans(keys("4006381333931\t", 0.0, 0.008))
    assert scans == ["4006381333931"]


def test_slow_typing_of_the_same_characters_is_typing() -> None:
    scans, typed = split_scans(keys("RR287043775IN\r", 0.0, 0.120))
    assert scans == [] and typed == "RR287043775IN\r"


def test_fast_burst_without_terminator_is_given_back() -> None:
    scans, typed = split_scans([*keys("abc", 0.0, 0.005), ("d", 1.0)])
    assert scans == [] and typed == "abcd"


def test_short_burst_is_not_a_scan() -> None:
    scans, typed = split_scans(keys("ab\r", 0.0, 0.005))
    assert scans == [] and typed == "ab\r"


def test_typing_then_scan() -> None:
    events = keys("Ivan", 0.0, 0.15) + keys("RR287043775IN\r", 2.0, 0.004)
    scans, typed = split_scans(events)
    assert scans == ["RR287043775IN"] and typed == "Ivan"


def test_non_text_key_releases() -> None:
    det = WedgeDetector()
    assert det.press("a", 0.0).hold
    v = det.press("", 0.001)
    assert v.release == 1 and not v.hold and v.scan is None


def test_deadline_and_expire() -> None:
    det = WedgeDetector(BurstThresholds(max_gap=0.03))
    det.press("a", 1.0)
    assert det.deadline() == 1.03
    assert det.expire(1.01).release == 0
    assert det.expire(1.05).release == 1
    assert det.deadline() is None


def test_thresholds_are_configurable() -> None:
    th = BurstThresholds(max_gap=0.2, min_length=2)
    scans, _ = split_scans(keys("ab\r", 0.0, 0.1), th)
    assert scans == ["ab"]


def test_a_fast_burst_is_a_scan_only_when_it_is_a_known_barcode() -> None:
    from app.domain.scan import is_known_barcode

    scans, typed = split_scans(keys("125009\r", 0.0, 0.008), is_known=is_known_barcode)
    assert scans == [] and typed == "125009\r"
    for code in ("RR287043775IN", "4006381333931", "STAFF:1001", "DEMO-101000-20261201-1"):
        scans, typed = split_scans(keys(code + "\r", 0.0, 0.008), is_known=is_known_barcode)
        assert scans == [code] and typed == ""


def test_a_gap_that_goes_backwards_is_never_fast() -> None:
    det = WedgeDetector(BurstThresholds(min_length=2))
    det.press("a", 10.0)
    det.press("b", 5.0)  # another clock
    assert det.press("\r", 5.001).scan is None
