"""PIN hashing: scrypt with today's parameters, the old pbkdf2 still checked, rules for new PINs."""

from __future__ import annotations

import hashlib
import secrets

import pytest

from app.services.auth import (
    SCRYPT_N,
    check_pin,
    hash_pin,
    must_change_pin,
    needs_rehash,
    pin_problem,
)


def pbkdf2(pin: str) -> str:
    """A hash as the versions before issue 12 stored it."""
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, 120_000)
    return f"pbkdf2_sha256$120000${salt.hex()}${digest.hex()}"


def test_scrypt_hash_checks_and_is_salted() -> None:
    a, b = hash_pin("482913"), hash_pin("482913")
    assert a.startswith(f"scrypt${SCRYPT_N}$8$1$") and a != b
    assert check_pin("482913", a) and not check_pin("482914", a)
    assert not needs_rehash(a)


def test_old_hashes_still_open_and_ask_for_an_upgrade() -> None:
    old = pbkdf2("1234")
    assert check_pin("1234", old) and not check_pin("1235", old)
    assert needs_rehash(old)
    weak = "scrypt$1024$8$1$" + "00" * 16 + "$" + "00" * 32
    assert needs_rehash(weak)


@pytest.mark.parametrize("stored", ["", "garbage", "scrypt$x$8$1$zz$zz", "pbkdf2_sha256$1$zz$zz"])
def test_malformed_hash_never_matches(stored: str) -> None:
    assert not check_pin("123456", stored)


@pytest.mark.parametrize(
    ("pin", "problem"),
    [
        ("12345", "at least 6"),
        ("1234567890123", "at most 12"),
        ("12a456", "digits only"),
        ("١٢٣٤٥٦", "digits only"),  # Arabic-Indic digits: isdigit() but not typeable on every pad
        ("111111", "row or a repeat"),
        ("123456", "row or a repeat"),
        ("987654", "row or a repeat"),
        ("482913", None),
    ],
)
def test_rules_for_a_new_pin(pin: str, problem: str | None) -> None:
    found = pin_problem(pin)
    assert (found is None) if problem is None else (found is not None and problem in found)


def test_a_four_digit_pin_must_be_changed() -> None:
    assert must_change_pin("1234") and not must_change_pin("482913")
