"""The quick pre-advice check agrees with the full validation: it never passes a parcel the
full validation refuses, and it does pass the plainly fine ones (or it would save nothing).

Payloads come from the real CSV reader (``iter_csv``), so they have the shapes an import
gives; a few are then bent by hand into shapes only a caller could make.
"""

from __future__ import annotations

import copy
import csv
import io
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.domain.preadvice_check import PreAdviceCheck
from app.domain.restrictions import RestrictionScreen
from app.domain.s10 import S10
from app.services.preadvice import ALL_COLUMNS, iter_csv, validate_payload
from app.services.reference_data import load_reference_data

RULES = load_reference_data().customs_rules()
ON = date(2026, 8, 1)
CHECKS = {"rules": PreAdviceCheck(RULES, ON), "none": PreAdviceCheck(None, ON)}

RU_TO_IN = {
    "s10": str(S10.build("CB", 20_000_001, "RU")),
    "sender_name": "ООО Мебельный Двор",
    "sender_address": "ул. Ленина, 5",
    "sender_city": "Казань",
    "sender_postcode": "420111",
    "sender_country": "RU",
    "sender_phone": "+7 843 555-00-11",
    "addressee_name": "Anita Desai",
    "addressee_address": "5 Park Street",
    "addressee_city": "Kolkata",
    "addressee_postcode": "700016",
    "addressee_country": "IN",
    "category": "sale_of_goods",
    "currency": "EUR",
    "invoice_number": "MD-1",
    "description": "Solid oak dining table",
    "quantity": "1",
    "net_weight_kg": "38,5",
    "value": "420.00",
    "hs_code": "9403601000",
    "origin_country": "RU",
}
IN_TO_RU = {
    **RU_TO_IN,
    "s10": str(S10.build("CB", 20_000_002, "RU")),
    "sender_name": "Ravi Kumar",
    "sender_address": "12 MG Road",
    "sender_city": "Pune",
    "sender_postcode": "411001",
    "sender_country": "IN",
    "addressee_name": "Иван Петров",
    "addressee_address": "ул. Мира, 1",
    "addressee_city": "Москва",
    "addressee_postcode": "101000",
    "addressee_country": "RU",
    "currency": "INR",
    "exporter_iec": "AB12345678",
    "pbe_reference": "PBE/2026-001",
    "description": "Brass table lamp",
    "value": "5000",
    "hs_code": "94052000",
    "origin_country": "IN",
}


def payloads(*rows: dict[str, str]) -> list[dict[str, Any]]:
    """The payloads the CSV reader makes of ``rows`` (parcels with reader errors left out:
    the import refuses those before any validation)."""
    text = io.StringIO()
    w = csv.DictWriter(text, ALL_COLUMNS)
    w.writeheader()
    w.writerows(rows)
    text.seek(0)
    return [p.payload for p in iter_csv(text, "t.csv", []) if not p.errors]


def assert_agree(payload: dict[str, Any]) -> bool:
    """The quick check passes only what the full validation finds nothing wrong with."""
    for key, check in CHECKS.items():
        rules = RULES if key == "rules" else None
        if check.passes(copy.deepcopy(payload)):
            assert validate_payload(payload, rules, ON) == [], payload
    return CHECKS["rules"].passes(payload)


@pytest.mark.parametrize("row", [RU_TO_IN, IN_TO_RU], ids=["RU-IN", "IN-RU"])
def test_plainly_fine_parcels_pass_quickly(row: dict[str, str]) -> None:
    (payload,) = payloads(row)
    assert validate_payload(payload, RULES, ON) == []
    assert assert_agree(payload)


# One change to a fine row each; every one is refused by the full validation, or is fine but
# outside what the quick check decides (then it must say "not sure" and let it run).
CHANGES: list[tuple[str, str]] = [
    ("s10", "CB200000010RU"),  # wrong check digit
    ("s10", ""),
    ("sender_name", ""),
    ("addressee_address", " "),
    ("sender_city", ""),
    ("addressee_postcode", ""),
    ("sender_country", "XX"),
    ("addressee_country", "US"),
    ("addressee_country", "RU"),  # not the corridor
    ("sender_phone", "phone!"),
    ("sender_phone", "12345"),
    ("category", "parcel"),
    ("category", "other"),  # needs an explanation
    ("currency", "EU"),
    ("currency", "E1R"),
    ("currency", "JPY"),  # 420.00 has decimals JPY has not
    ("invoice_number", ""),
    ("description", ""),
    ("description", "ab"),
    ("description", "Goods"),
    ("description", "личные вещи"),
    ("description", "Lithium power bank"),  # certificate needed
    ("description", "hunting rifle"),  # prohibited
    ("description", "литиевый аккумулятор"),
    ("hs_code", ""),  # commercial needs one
    ("hs_code", "9403"),
    ("hs_code", "7700000000"),
    ("hs_code", "abc"),
    ("hs_code", "930100"),  # weapons chapter
    ("hs_code", "8506501000"),  # lithium cells
    ("origin_country", ""),
    ("origin_country", "XX"),
    ("value", "1"),
    ("value", "1.00"),
    ("value", "0.50"),
    ("value", "1e3"),
    ("total_value", "420.01"),
    ("total_value", "420.00"),
    ("total_value", "420"),
    ("total_net_weight_kg", "38.4"),
    ("total_net_weight_kg", "38.5"),
    ("exporter_iec", "SHORT"),
    ("exporter_iec", ""),
    ("pbe_reference", "x"),
    ("pbe_reference", ""),
    ("certificate_number", "C-1"),
]


@pytest.mark.parametrize("base", [RU_TO_IN, IN_TO_RU], ids=["RU-IN", "IN-RU"])
@pytest.mark.parametrize(("column", "value"), CHANGES)
def test_one_change_at_a_time(base: dict[str, str], column: str, value: str) -> None:
    for payload in payloads({**base, column: value}):
        if validate_payload(payload, RULES, ON):
            assert not CHECKS["rules"].passes(payload), (column, value)
        assert_agree(payload)


def test_fine_variants_still_pass_quickly() -> None:
    """Declared totals that add up, a gift without HS code: decided without the full path."""
    fine = [
        {**RU_TO_IN, "total_value": "420.00", "total_net_weight_kg": "38.5"},
        {**RU_TO_IN, "category": "gift", "hs_code": "", "invoice_number": ""},
        {**RU_TO_IN, "category": "other", "category_explanation": "Family photographs"},
        {**IN_TO_RU, "value": "5000,50"},
    ]
    for payload in payloads(*fine):
        assert validate_payload(payload, RULES, ON) == []
        assert CHECKS["rules"].passes(payload), payload


@pytest.mark.parametrize(
    "bend",
    [
        lambda p: p["sender"].update(extra="x"),
        lambda p: p["addressee"].pop("phone"),
        lambda p: p["customs"].update(currency="eur"),
        lambda p: p["customs"]["lines"][0].update(value="١٢٣"),
        lambda p: p["customs"]["lines"][0].update(hs_code="９４０３６０"),
        lambda p: p["customs"]["lines"][0].update(quantity="many"),
        lambda p: p["customs"].update(lines=[]),
        lambda p: p["customs"].update(lines=["not a line"]),
        lambda p: p.pop("customs"),
    ],
)
def test_unusual_shapes_are_left_to_the_full_validation(bend: Any) -> None:
    (payload,) = payloads(RU_TO_IN)
    bend(payload)
    assert not CHECKS["rules"].passes(payload)
    assert not CHECKS["none"].passes(payload)


POOLS: dict[str, list[str]] = {
    "s10": [RU_TO_IN["s10"], "CB200000010RU", "", "JB200000003RU", "CB 200 000 01 5 RU"],
    "sender_country": ["RU", "IN", "ru", "XX", ""],
    "addressee_country": ["IN", "RU", "in", "US", ""],
    "sender_phone": ["", "+7 843 555-00-11", "123", "x" * 7],
    "category": ["sale_of_goods", "gift", "other", "documents", "commercial_sample", "x"],
    "category_explanation": ["", "Family photos"],
    "currency": ["EUR", "INR", "RUB", "JPY", "eur", "EU"],
    "invoice_number": ["", "INV-1", " "],
    "exporter_iec": ["", "AB12345678", "ab12345678", "SHORT"],
    "pbe_reference": ["", "PBE/2026-001", "x"],
    "certificate_number": ["", "C-1"],
    "licence_number": ["", "L-1"],
    "description": [
        "Solid oak dining table",
        "Goods",
        "ab",
        "",
        "Lithium battery",
        "spray paint",
        "Perfume",
        "gold bullion bar",
        "литиевый фонарь",
        "li-ion pack",
        "Sprayer nozzle",
        "Seedless raisins",
    ],
    "quantity": ["1", "2", "0", "1000000"],
    "net_weight_kg": ["38,5", "0", "0.001", "1000"],
    "value": ["420.00", "1", "1.01", "0.5", "5000,50", "1e3", "12.3", "99999999.99"],
    "hs_code": ["9403601000", "94036010", "940360", "", "9403", "0000000000", "3006", "850650"],
    "origin_country": ["RU", "IN", "XX", "", "de"],
    "total_value": ["", "420.00", "420", "420.01", "5000.50"],
    "total_net_weight_kg": ["", "38.5", "38.500", "1"],
}


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.fixed_dictionaries({k: st.sampled_from(v) for k, v in POOLS.items()}))
@example({"description": "Solid oak dining table"})
def test_generated_rows_agree(change: dict[str, str]) -> None:
    for payload in payloads({**RU_TO_IN, **change}):
        assert_agree(payload)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("abcdefghilmnoprstuy -*ёжлиутвоя")) | st.characters(),
        max_size=40,
    ),
    st.sampled_from(["", "93", "930100", "3006", "940360", "850650", "8506", "0"]),
)
@example("li-ion", "")
@example("Lithium", "")
@example("spray", "")
@example("sprays", "")
@example("unsprayed", "")
@example("литиевый", "")
def test_restriction_screen_never_misses_a_rule(description: str, hs_code: str) -> None:
    screen = RestrictionScreen.of(RULES.restrictions)
    if any(rule.matches(description, hs_code) for rule in RULES.restrictions):
        assert screen.may_match(description, hs_code)


def test_restriction_screen_says_no_for_plain_goods() -> None:
    screen = RULES.restriction_screen
    assert not screen.may_match("Solid oak dining table", "9403601000")
    assert screen.may_match("Solid oak table with lithium lamp", "9403601000")
    assert screen.may_match("anything", "8506501000")
