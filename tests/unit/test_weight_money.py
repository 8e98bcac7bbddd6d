"""Weights in grams, dimensions in millimetres, money as Decimal with a currency."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.money import Money, total
from app.domain.weight import Dimensions, chargeable_grams, format_kg, parse_cm, parse_kg


@pytest.mark.parametrize(
    ("text", "grams"),
    [
        ("152.35", 152_350),
        ("152,35 kg", 152_350),
        ("30", 30_000),
        ("0.05", 50),
        ("200 кг", 200_000),
    ],
)
def test_parse_kg(text: str, grams: int) -> None:
    assert parse_kg(text) == grams


@pytest.mark.parametrize("text", ["", "abc", "1.2345", "-3", "1e3"])
def test_parse_kg_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_kg(text)


@given(st.integers(min_value=0, max_value=999_999_999))
def test_format_then_parse_round_trips(grams: int) -> None:
    assert parse_kg(format_kg(grams)) == grams


def test_volumetric_and_chargeable() -> None:
    d = Dimensions(1200, 800, 600)  # 120 x 80 x 60 cm = 576000 cm3
    assert d.volumetric_grams(5000) == 115_200
    assert d.volumetric_grams(6000) == 96_000
    assert chargeable_grams(52_350, d.volumetric_grams(5000)) == 115_200
    assert d.longest_mm == 1200 and d.length_plus_girth_mm == 1200 + 2 * (800 + 600)


def test_parse_cm_rounds_up_to_the_millimetre() -> None:
    assert parse_cm("45,55") == 456
    with pytest.raises(ValueError):
        parse_cm("wide")


def test_money_exact_and_currency_checked() -> None:
    a = Money.parse("1 250,50", "rub")
    assert a.amount == Decimal("1250.50") and a.currency == "RUB"
    assert str(Money(Decimal("0.005"), "EUR").quantized()) == "0.01 EUR"
    with pytest.raises(ValueError):
        _ = a + Money(Decimal(1), "INR")
    with pytest.raises(ValueError):
        Money(Decimal(1), "EURO")


@given(st.lists(st.decimals(min_value=0, max_value=10**6, places=2), max_size=20))
def test_total_is_exact_sum(values: list[Decimal]) -> None:
    assert total([Money(v, "EUR") for v in values], "EUR").amount == sum(values, Decimal(0))
