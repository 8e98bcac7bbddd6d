"""S10 identifiers: the UPU's worked vectors, both special check-digit cases, and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import s10

VALID = [
    "AA473124829GB",
    "EE876543216CA",
    "RB123456785GB",
    "AB123100000IE",
    "AB000000005IE",
    "RR287043775IN",
]


@pytest.mark.parametrize("ident", VALID)
def test_valid_vectors(ident: str) -> None:
    assert s10.check(ident).ok


def test_worked_example_check_digit() -> None:
    assert s10.check_digit("47312482") == 9


def test_ten_becomes_zero_and_eleven_becomes_five() -> None:
    assert s10.check_digit("12310000") == 0  # 11 - (S mod 11) == 10
    assert s10.check_digit("00000000") == 5  # 11 - 0 == 11


def test_invalid_vector_names_expected_digit() -> None:
    result = s10.check("RB123456786US")
    assert not result.ok
    assert result.code == "check_digit"
    assert "should be 5" in result.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("AA47312482GB", "length"),
        ("A1473124829GB", "shape"),
        ("JJ473124829GB", "reserved"),
    ],
)
def test_reasons(text: str, code: str) -> None:
    result = s10.check(text)
    assert not result.ok and result.code == code and result.reason


def test_spaces_and_lowercase_are_accepted() -> None:
    assert str(s10.parse("aa 473 124 829 gb")) == "AA473124829GB"


def test_grouped_form() -> None:
    assert s10.parse("AA473124829GB").grouped == "AA 473 124 829 GB"


def test_block_never_issues_twice_and_runs_out() -> None:
    block = s10.SerialBlock("CB", "RU", 10, 12, 10)
    seen = []
    for _ in range(3):
        ident, block = block.take()
        seen.append(str(ident))
    assert len(set(seen)) == 3 and all(s10.is_valid(x) for x in seen)
    with pytest.raises(LookupError):
        block.take()


serials = st.integers(min_value=0, max_value=99_999_999)
letters = st.text(alphabet="ABCDEFGHILMNOPQRUVXYZ", min_size=2, max_size=2)


@given(service=letters, serial=serials, country=st.sampled_from(["RU", "IN", "GB"]))
def test_built_identifiers_are_valid_and_round_trip(
    service: str, serial: int, country: str
) -> None:
    ident = s10.S10.build(service, serial, country)
    assert s10.parse(str(ident)) == ident
    assert s10.parse(ident.grouped) == ident


def test_every_single_digit_change_of_the_worked_example_fails() -> None:
    base = "AA473124829GB"
    for position in range(2, 11):
        for digit in "0123456789":
            if digit == base[position]:
                continue
            changed = base[:position] + digit + base[position + 1 :]
            result = s10.check(changed)
            assert not result.ok, changed
            assert result.reason


@given(
    serial=serials,
    position=st.integers(min_value=2, max_value=10),
    delta=st.integers(min_value=1, max_value=9),
)
def test_single_changed_digit_is_caught_except_the_documented_collision(
    serial: int, position: int, delta: int
) -> None:
    # The S10 scheme maps both remainder 6 (c = 5) and remainder 0 (c = 11 -> 5) to 5, so a
    # changed serial digit goes unnoticed exactly when both the old and new check are 5.
    text = str(s10.S10.build("CB", serial, "RU"))
    digit = (int(text[position]) + delta) % 10
    changed = text[:position] + str(digit) + text[position + 1 :]
    if position < 10 and text[10] == "5" and s10.check_digit(changed[2:10]) == 5:
        assert s10.check(changed).ok
    else:
        assert not s10.check(changed).ok


@given(st.text(max_size=30))
def test_check_never_raises(text: str) -> None:
    result = s10.check(text)
    assert result.ok or result.reason


def test_canonical_s10_one_spelling_ascii_digits_only() -> None:
    canonical = str(s10.S10.build("CP", 10000001, "RU"))
    spaced = f"{canonical[:2]} {canonical[2:5]} {canonical[5:8]} {canonical[8:11]} {canonical[11:]}"
    for typed in (canonical.lower(), spaced, canonical + "\n", "-".join(canonical), f"\t{spaced} "):
        assert s10.canonical_s10(typed) == canonical
    fullwidth = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in canonical)
    arabic = "".join(chr(ord(c) - ord("0") + 0x0660) if c.isdigit() else c for c in canonical)
    for bad in (fullwidth, arabic, canonical[:-3] + "0RU", "CP10000001RU"):
        with pytest.raises(ValueError):
            s10.canonical_s10(bad)
        assert not s10.check(bad).ok


@given(serial=serials)
def test_canonical_s10_is_idempotent(serial: int) -> None:
    text = str(s10.S10.build("EE", serial, "IN"))
    assert s10.canonical_s10(s10.canonical_s10(text.lower())) == text
