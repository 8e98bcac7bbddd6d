"""A marketplace list's barcode is recognised as a list, never as a parcel (issue 17)."""

from __future__ import annotations

from app.domain.scan import ScanKind, classify, is_known_barcode


def test_list_number_shapes_are_lists() -> None:
    for text in ("IN-MP-2026-000123", "ru-103-77", " OZ-2026-11-0042 "):
        result = classify(text)
        assert result.kind is ScanKind.BATCH_LIST, text
        assert result.value == text.strip().upper()
        assert result.message == f"Marketplace list {text.strip().upper()}."
        assert is_known_barcode(text)


def test_a_known_list_of_any_shape_is_a_list() -> None:
    assert classify("4711").kind is not ScanKind.BATCH_LIST
    assert classify("4711", lists=frozenset({"4711"})).kind is ScanKind.BATCH_LIST


def test_parcels_manifests_and_badges_keep_their_kind() -> None:
    assert classify("CB100000003RU").kind is ScanKind.S10
    assert classify("MOW-20260801-1").kind is ScanKind.MANIFEST
    assert classify("STAFF:1001").kind is ScanKind.BADGE
    assert classify("IN-MP").kind is ScanKind.UNKNOWN  # one group: not a list number
