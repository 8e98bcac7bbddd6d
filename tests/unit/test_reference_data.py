"""Loading the rules files: the shipped set loads; a broken file names its file and line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.services.reference_data import (
    RULES_DIR,
    ReferenceDataError,
    load_reference_data,
    load_reference_data_from,
    loads_with_lines,
)


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(RULES_DIR, target)
    return target


def edit(path: Path, old: str, new: str) -> int:
    """Replace the first ``old`` in the file; returns the 1-based line where it was."""
    text = path.read_text("utf-8")
    pos = text.index(old)
    path.write_text(text.replace(old, new, 1), "utf-8")
    return text.count("\n", 0, pos) + 1


def entry_line(path: Path, marker: str) -> int:
    """Line of the '{' that opens the object holding ``marker``."""
    text = path.read_text("utf-8")
    pos = text.rindex("{", 0, text.index(marker) + 1)
    return text.count("\n", 0, pos) + 1


def test_shipped_rules_load_and_are_cached():
    first = load_reference_data()
    assert first is load_reference_data()
    assert first.products and first.tariffs and first.regimes and first.rules.restrictions


def test_loads_with_lines_records_object_lines():
    data = loads_with_lines('{\n "a": [\n  {"x": 1},\n\n  {"y": 2}\n ]\n}')
    assert data.line == 1
    assert [item.line for item in data["a"]] == [3, 5]


def test_json_syntax_error_names_file_and_line(rules):
    path = rules / "tariffs.json"
    line = edit(
        path,
        '"base": "6500.00", "per_started_kg": "0"}',
        '"base": "6500.00" "per_started_kg": "0"}',
    )
    with pytest.raises(ReferenceDataError) as err:
        load_reference_data_from(rules)
    assert err.value.path == path and err.value.line == line
    assert f"tariffs.json, line {line}: JSON syntax error" in str(err.value)


@pytest.mark.parametrize(
    ("file", "old", "new", "marker", "words"),
    [
        (
            "products.json",
            '"effective_from": "2026-07-01"',
            '"effective_from": "2026-13-01"',
            '"2026-13-01"',
            "must be a date",
        ),
        (
            "products.json",
            '"volumetric_divisor": 6000',
            '"volumetric_divisor": 0',
            '"volumetric_divisor": 0',
            "must be positive",
        ),
        (
            "products.json",
            '"piece_max_grams": 200000',
            '"piece_max_grams": 20000',
            '"piece_max_grams": 20000',
            "piece_min_grams <= piece_max_grams",
        ),
        (
            "tariffs.json",
            '{"up_to_grams": 100000, "base": "6500.00"',
            '{"up_to_grams": 40000, "base": "6500.00"',
            '"up_to_grams": 40000',
            "must be above the previous band",
        ),
        (
            "tariffs.json",
            '"base": "16000.00"',
            '"base": 16000.0',
            '"base": 16000.0',
            "decimal in quotes",
        ),
        (
            # without its channel the e-commerce regime would overlap the personal one
            "import_regimes.json",
            '"categories": ["sale_of_goods"],',
            "",
            '"id": "ru-ecommerce-2026"',
            "still in force",
        ),
        ("import_regimes.json", '"rate": "0.15"', '"rate": "15"', '"rate": "15"', "is a fraction"),
        (
            "import_regimes.json",
            '"basis": "whole"',
            '"basis": "all"',
            '"basis": "all"',
            "basis must be one of",
        ),
        (
            "restrictions.json",
            '"action": "certificate"',
            '"action": "maybe"',
            '"action": "maybe"',
            "action must be",
        ),
        (
            "export_rules.json",
            '"required": ["invoice_number"',
            '"required": ["iec"',
            '"required": ["iec"',
            "cannot require 'iec'",
        ),
        ("rates.json", '"RUB": "94.80"', '"RUB": "-1"', '"RUB": "-1"', "positive decimal"),
        (
            "hs_chapters.json",
            '{"code": "02"',
            '{"code": "01"',
            '{"code": "01", "en": "Meat',
            "listed twice",
        ),
    ],
)
def test_semantic_error_names_file_and_entry_line(rules, file, old, new, marker, words):
    path = rules / file
    edit(path, old, new)
    expected_line = entry_line(path, marker)
    with pytest.raises(ReferenceDataError) as err:
        load_reference_data_from(rules)
    assert err.value.path == path
    assert err.value.line == expected_line, str(err.value)
    assert words in str(err.value)
    assert str(err.value).startswith(f"{path}, line {expected_line}: ")


def test_missing_key_is_named(rules):
    path = rules / "products.json"
    data = json.loads(path.read_text("utf-8"))
    del data["products"][1]["max_pieces"]
    path.write_text(json.dumps(data, indent=2), "utf-8")
    with pytest.raises(
        ReferenceDataError, match=r"products.json, line \d+: .*'max_pieces' is missing"
    ):
        load_reference_data_from(rules)


def test_missing_file_is_named(rules):
    (rules / "rates.json").unlink()
    with pytest.raises(ReferenceDataError, match=r"rates.json: is missing"):
        load_reference_data_from(rules)


def test_file_not_utf8_names_line(rules):
    path = rules / "vague_descriptions.json"
    path.write_bytes(path.read_text("utf-8").encode("cp1251"))
    with pytest.raises(ReferenceDataError) as err:
        load_reference_data_from(rules)
    assert err.value.line == 6 and "not UTF-8" in str(err.value)


def test_top_level_must_be_object(rules):
    (rules / "tariffs.json").write_text("[]\n", "utf-8")
    with pytest.raises(
        ReferenceDataError, match=r"tariffs.json, line 1: the file must hold one JSON object"
    ):
        load_reference_data_from(rules)
