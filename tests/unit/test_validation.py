"""Consignment validation: every problem at its field, none for a good consignment."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.consignment import Party
from app.domain.customs import CustomsCategory
from app.domain.money import Money
from app.domain.product import DEFAULT_HEAVY
from app.domain.validation import validate_consignment
from app.domain.weight import Dimensions
from tests.factories import consignment, line, piece


def fields(c) -> dict[str, str]:
    return {p.field: p.code for p in validate_consignment(c, DEFAULT_HEAVY)}


def test_good_consignment_has_no_problems() -> None:
    assert validate_consignment(consignment(), DEFAULT_HEAVY) == []


@pytest.mark.parametrize(
    ("grams", "ok"), [(29_999, False), (30_000, True), (200_000, True), (200_001, False)]
)
def test_piece_weight_range_boundaries(grams: int, ok: bool) -> None:
    problems = fields(consignment(pieces=(piece(grams=grams),)))
    assert ("pieces.0.weight" not in problems) is ok


def test_wrong_check_digit_is_at_the_piece_s10() -> None:
    assert (
        fields(consignment(pieces=(piece(s10="CB100000008RU"),)))["pieces.0.s10"]
        == "s10.check_digit"
    )


def test_same_s10_twice_in_one_consignment() -> None:
    assert fields(consignment(pieces=(piece(), piece())))["pieces.1.s10"] == "s10.duplicate"


def test_empty_and_vague_descriptions() -> None:
    c = consignment()
    c = replace(c, customs=replace(c.customs, lines=(line(""), line("Товар"))))
    f = fields(c)
    assert f["customs.lines.0.description"] == "description.empty"
    assert f["customs.lines.1.description"] == "description.vague"


def test_sale_of_goods_needs_invoice_and_other_needs_explanation() -> None:
    c = consignment()
    assert fields(replace(c, customs=replace(c.customs, invoice_number="")))[
        "customs.invoice_number"
    ]
    other = replace(c, customs=replace(c.customs, category=CustomsCategory.OTHER))
    assert "customs.category_explanation" in fields(other)


def test_values_of_zero_or_one_are_refused() -> None:
    c = consignment()
    bad = line(value="1.00")
    assert (
        fields(replace(c, customs=replace(c.customs, lines=(bad,))))["customs.lines.0.value"]
        == "value.implausible"
    )


def test_net_over_gross() -> None:
    c = consignment(pieces=(piece(grams=30_000),))
    assert fields(c)["customs.lines"] == "net.over_gross"


def test_hs_code_never_padded_and_shaped() -> None:
    c = consignment()
    for code, ok in (
        ("940360", True),
        ("94036000", True),
        ("9403600000", True),
        ("9403", False),
        ("94036a", False),
    ):
        lines = (replace(line(), hs_code=code),)
        got = fields(replace(c, customs=replace(c.customs, lines=lines)))
        assert ("customs.lines.0.hs_code" not in got) is ok, code


def test_route_is_russia_india_only() -> None:
    c = consignment(addressee=replace(consignment().addressee, country="DE"))
    assert fields(c)["addressee.country"] == "route"


def test_party_required_fields() -> None:
    f = fields(consignment(sender=Party(country="RU")))
    assert {"sender.name", "sender.address", "sender.city", "sender.postcode"} <= set(f)


def test_dimension_limits() -> None:
    long = replace(piece(), dimensions=Dimensions(3100, 500, 500))
    assert fields(consignment(pieces=(long,)))["pieces.0.dimensions"] == "dimensions.longest"


@given(
    grams=st.integers(min_value=-10, max_value=400_000),
    value=st.decimals(min_value=-5, max_value=10_000, places=2),
    description=st.text(max_size=40),
)
def test_validation_returns_problems_never_raises(
    grams: int, value: Decimal, description: str
) -> None:
    c = consignment(pieces=(piece(grams=grams),))
    c = replace(
        c,
        customs=replace(c.customs, lines=(replace(line(description), value=Money(value, "EUR")),)),
    )
    for p in validate_consignment(c, DEFAULT_HEAVY):
        assert p.field and p.message
