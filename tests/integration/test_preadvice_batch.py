"""Importing a marketplace's list as a batch (issue 17): the list from the JSON or given at
import, declared weights and sizes, re-import, a closed list, a parcel on another list."""

from __future__ import annotations

import argparse
import csv
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import preadvice_cmd
from app.services.preadvice import (
    BatchSpec,
    ListSpecError,
    PreAdviceFormatError,
    batch_spec,
    import_file,
    lookup,
    own_batch,
)
from app.services.reference_data import load_reference_data
from app.store.models import Batch, PreAdvice
from tests.preadvice_data import batch_s10s, write_batch_json, write_csv

RULES = load_reference_data().customs_rules()
ON = date(2026, 8, 1)
LIST = "IN-MP-2026-000123"


def rows(db) -> dict[str, tuple[int | None, int | None]]:
    with db.read() as s:
        return {r.s10: (r.batch_id, r.declared_grams) for r in s.scalars(select(PreAdvice))}


def batches(db) -> list[tuple[str, str, str]]:
    with db.read() as s:
        return [(b.number, b.customer_code, b.state) for b in s.scalars(select(Batch))]


def test_json_list_makes_a_batch_with_declared_weights_and_sizes(db, tmp_path: Path) -> None:
    s10s = batch_s10s(5)
    path = write_batch_json(tmp_path / "list.json", LIST, "shopkart", s10s, "41,250")
    report = import_file(db, path, rules=RULES, on=ON)
    assert (report.parcels, report.imported, report.rejected_total) == (5, 5, 0)
    assert report.batch == LIST
    assert batches(db) == [(LIST, "SHOPKART", "open")]
    stored = rows(db)
    batch_id = stored[s10s[0]][0]
    assert batch_id is not None
    assert set(stored.values()) == {(batch_id, 41_250)}
    with db.read() as s:
        found = lookup(s, s10s[2])
    assert found is not None
    assert (found.batch_id, found.declared_grams) == (batch_id, 41_250)
    assert found.dimensions is not None
    assert (found.dimensions.length_mm, found.dimensions.height_mm) == (600, 400)


def test_importing_the_same_list_again_changes_nothing(db, tmp_path: Path) -> None:
    path = write_batch_json(tmp_path / "list.json", LIST, "SHOPKART", batch_s10s(4))
    import_file(db, path, rules=RULES, on=ON)
    before = rows(db)
    again = import_file(db, path, rules=RULES, on=ON)
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 4)
    assert rows(db) == before and len(batches(db)) == 1


def test_a_closed_list_refuses_the_import(db, tmp_path: Path) -> None:
    path = write_batch_json(tmp_path / "list.json", LIST, "SHOPKART", batch_s10s(3))
    import_file(db, path, rules=RULES, on=ON)
    with db.write() as s:
        b = s.scalar(select(Batch))
        b.state, b.closed_at = "closed", datetime(2026, 8, 2, 10, tzinfo=UTC)
    longer = write_batch_json(tmp_path / "list2.json", LIST, "SHOPKART", batch_s10s(4))
    with pytest.raises(PreAdviceFormatError, match=r"list IN-MP-2026-000123 was closed 2026-08-02"):
        import_file(db, longer, rules=RULES, on=ON)
    assert len(rows(db)) == 3


def test_a_list_of_another_customer_is_refused(db, tmp_path: Path) -> None:
    import_file(
        db, write_batch_json(tmp_path / "a.json", LIST, "SHOPKART", batch_s10s(2)), rules=RULES
    )
    other = write_batch_json(tmp_path / "b.json", LIST, "MEDIMART", batch_s10s(2, 30_000_100))
    with pytest.raises(PreAdviceFormatError, match="customer SHOPKART's, not MEDIMART's"):
        import_file(db, other, rules=RULES, on=ON)


def test_a_parcel_on_another_list_is_refused_with_its_row(db, tmp_path: Path) -> None:
    s10s = batch_s10s(3)
    import_file(db, write_batch_json(tmp_path / "a.json", LIST, "SHOPKART", s10s), rules=RULES)
    second = write_batch_json(
        tmp_path / "b.json", "IN-MP-2026-000124", "SHOPKART", [s10s[1], *batch_s10s(2, 30_000_200)]
    )
    report = import_file(db, second, rules=RULES, on=ON)
    assert (report.imported, report.rejected_total) == (2, 1)
    (error,) = report.rejected
    assert error.s10 == s10s[1]
    assert "on list IN-MP-2026-000123 already" in str(error)


def test_csv_with_batch_given_at_import_and_declared_columns(db, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    write_csv(path, 3, lines_per_parcel=1)
    with path.open(encoding="utf-8") as f:
        table = list(csv.reader(f))
    table[0] += ["declared_weight_kg", "dimensions_cm"]
    table[1] += ["52.5", "100x50x40"]
    table[2] += ["", ""]
    table[3] += ["600", "big"]  # over 500 kg and not a size: the row is refused
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(table)
    report = import_file(db, path, rules=RULES, on=ON, batch=batch_spec("ru-103-77", "ozon"))
    assert (report.imported, report.rejected_total, report.batch) == (2, 1, "RU-103-77")
    (bad,) = report.rejected
    assert bad.row == 4
    assert any("outside 0.001..500 kg" in r for r in bad.reasons)
    assert any("not a size like 60x40x30" in r for r in bad.reasons)
    assert not report.warnings
    assert batches(db) == [("RU-103-77", "OZON", "open")]
    declared = sorted(g for _b, g in rows(db).values() if g)
    assert declared == [52_500]


def test_the_list_number_is_checked() -> None:
    assert batch_spec(" in-mp-2026-000123 ", "shopkart") == BatchSpec(LIST, "SHOPKART")
    with pytest.raises(PreAdviceFormatError, match="is not 1 to 40 letters"):
        batch_spec("x" * 41)
    with pytest.raises(PreAdviceFormatError, match="customer code"):
        batch_spec("L1", "SHOP KART")


def test_the_list_check_words_its_field_for_the_counter(tmp_path: Path) -> None:
    """One check for the shell and the counter's import dialog: which field, and a template
    the window translates."""
    for number, customer, field, words in (
        ("", "", "number", "The list number is missing"),
        ("  ", "SHOPKART", "number", "The list number is missing"),
        ("IN MP", "", "number", "is not 1 to 40 letters"),
        ("L1", "SHOP KART", "customer", "customer code"),
    ):
        with pytest.raises(ListSpecError) as refused:
            batch_spec(number, customer, where="a.csv")
        assert refused.value.field == field
        assert words in refused.value.template.format(**refused.value.params)
        assert str(refused.value).startswith("a.csv: ")
        assert str(refused.value).endswith("Nothing was imported.")
    csv_path = tmp_path / "list.csv"
    write_csv(csv_path, 1)
    assert own_batch(csv_path) is None
    json_path = write_batch_json(tmp_path / "list.json", LIST, "shopkart", batch_s10s(1))
    assert own_batch(json_path) == BatchSpec(LIST, "SHOPKART")


def test_cli_refuses_an_empty_list_number(db, db_path, tmp_path: Path, capsys) -> None:
    path = tmp_path / "list.csv"
    write_csv(path, 2)
    args = argparse.Namespace(db=str(db_path), file=path, batch="", customer="")
    assert preadvice_cmd._import(args) == 2
    assert "The list number is missing" in capsys.readouterr().err
    assert rows(db) == {}


def test_given_number_must_agree_with_the_file(db, tmp_path: Path) -> None:
    path = write_batch_json(tmp_path / "list.json", LIST, "SHOPKART", batch_s10s(2))
    with pytest.raises(PreAdviceFormatError, match="is list IN-MP-2026-000123, not L-9"):
        import_file(db, path, rules=RULES, on=ON, batch=BatchSpec("L-9"))
    assert rows(db) == {}


def test_cli_batch_options(db, db_path, tmp_path: Path, capsys) -> None:
    path = tmp_path / "list.csv"
    write_csv(path, 2)
    args = argparse.Namespace(db=str(db_path), file=path, batch="RU-103-78", customer="OZON")
    assert preadvice_cmd._import(args) == 0
    out = capsys.readouterr().out
    assert "list RU-103-78: 2 parcel(s): 2 imported" in out
    bad = argparse.Namespace(db=str(db_path), file=path, batch=None, customer="OZON")
    assert preadvice_cmd._import(bad) == 2
    assert "--customer goes with --batch" in capsys.readouterr().err
