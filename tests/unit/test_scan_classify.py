"""Scans are named for what they are."""

from __future__ import annotations

from app.domain.scan import ScanKind, classify, ean13_check_digit, ru_tracker_check_digit


def test_valid_s10() -> None:
    r = classify(" rr 287 043 775 in ")
    assert r.kind is ScanKind.S10 and r.value == "RR287043775IN" and r.s10 is not None


def test_s10_with_a_wrong_check_digit_says_so() -> None:
    r = classify("RR287043776IN")
    assert r.kind is ScanKind.S10_INVALID and "Check digit" in r.message


def test_reserved_service_indicator() -> None:
    r = classify("JJ287043775IN")
    assert r.kind is ScanKind.S10_INVALID and "reserved" in r.message


def test_russian_domestic_tracker() -> None:
    first13 = "1010007284567"
    text = first13 + str(ru_tracker_check_digit(first13))
    r = classify(text)
    assert r.kind is ScanKind.RU_TRACKER and r.check_ok and "domestic" in r.message
    wrong = first13 + str((ru_tracker_check_digit(first13) + 1) % 10)
    bad = classify(wrong)
    assert bad.kind is ScanKind.RU_TRACKER and not bad.check_ok and "check digit" in bad.message


def test_ean13() -> None:
    assert ean13_check_digit("400638133393") == 1
    r = classify("4006381333931")
    assert r.kind is ScanKind.EAN13 and "EAN-13" in r.message
    assert classify("4006381333932").kind is ScanKind.UNKNOWN


def test_staff_badge_with_default_and_configured_prefix() -> None:
    r = classify("STAFF:1234")
    assert r.kind is ScanKind.BADGE and r.value == "1234"
    assert classify("EMP-77", badge_prefix="EMP-").kind is ScanKind.BADGE
    assert classify("STAFF:abc").kind is ScanKind.UNKNOWN


def test_unknown_never_raises() -> None:
    for text in ("", "hello", "x" * 500, "\x00\x01", "12345"):
        r = classify(text)
        assert r.kind is ScanKind.UNKNOWN and r.message
