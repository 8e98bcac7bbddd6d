"""The declared-versus-actual weight tolerance of marketplace lists (issue 17)."""

from __future__ import annotations

import json
import shutil
from datetime import date
from decimal import Decimal

import pytest

from app.domain.batch import DEFAULT_TOLERANCE, WeightTolerance, check_weight
from app.services.reference_data import (
    RULES_DIR,
    ReferenceDataError,
    load_reference_data,
    load_reference_data_from,
)

TOL = WeightTolerance(Decimal(3), 500)


@pytest.mark.parametrize(
    ("declared", "actual", "flagged"),
    [
        (40_000, 41_200, False),  # 3 % of 40 kg is 1,200 g: exactly at the limit
        (40_000, 41_201, True),
        (40_000, 38_800, False),  # lighter counts the same
        (40_000, 38_799, True),
        (10_000, 10_500, False),  # 3 % is 300 g: the 500 g floor applies
        (10_000, 10_501, True),
        (10_000, 9_499, True),
    ],
)
def test_flagged_above_the_larger_of_grams_and_percent(declared, actual, flagged) -> None:
    check = check_weight(declared, actual, TOL)
    assert check.flagged is flagged
    assert check.difference == actual - declared


def test_nothing_declared_is_never_flagged() -> None:
    check = check_weight(None, 150_000, TOL)
    assert (check.flagged, check.difference, check.allowed) == (False, None, None)


def test_allowed_rounds_down_to_the_gram() -> None:
    assert WeightTolerance(Decimal("2.5"), 0).allowed(33_333) == 833


def test_from_mapping_checks_the_data() -> None:
    assert WeightTolerance.from_mapping({"percent": "3", "grams": 500}) == DEFAULT_TOLERANCE
    for bad in (
        {"percent": 3, "grams": 500},
        {"percent": "3", "grams": "500"},
        {"percent": "NaN", "grams": 500},
        {"percent": "51", "grams": 500},
        {"percent": "3", "grams": -1},
        [],
    ):
        with pytest.raises(ValueError):
            WeightTolerance.from_mapping(bad)


def test_shipped_rules_give_the_tolerance() -> None:
    data = load_reference_data()
    limits = data.product_limits("heavy-parcel", date(2026, 8, 1))
    assert limits.batch_weight_tolerance == WeightTolerance(Decimal(3), 500)


def test_a_bad_tolerance_in_the_rules_is_named_with_its_line(tmp_path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules)
    path = rules / "products.json"
    data = json.loads(path.read_text("utf-8"))
    data["products"][0]["batch_weight_tolerance"] = {"percent": "300", "grams": 500}
    path.write_text(json.dumps(data, indent=2), "utf-8")
    with pytest.raises(
        ReferenceDataError, match=r"products.json, line \d+: .*batch_weight_tolerance"
    ):
        load_reference_data_from(rules)
