"""The pre-advice import's report reaches the clerk in the window's language: a refused
row's reasons, the file's ignored columns and a file refused whole are shown in Russian in
a Russian window, while the command line (and ``str``) keep the English."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services import preadvice
from app.store.database import Database
from app.ui.main_window import MainWindow
from tests.preadvice_data import write_csv
from tests.ui.helpers import enter
from tests.ui.test_preadvice_import_dialog import import_file_chosen, report_texts


@pytest.fixture
def window_language() -> str:
    """The counter window (tests/ui/conftest.py) in Russian."""
    return "ru"


def write_bad_csv(path: Path) -> None:
    """Two parcels; the second's declared weight is "abc"; an unknown column "colour"."""
    write_csv(path, 2)
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    rows[0] += ["declared_weight_kg", "colour"]
    rows[1] += ["12.5", "red"]
    rows[2] += ["abc", "blue"]
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)


def test_rejected_rows_and_warnings_are_reported_in_russian(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bulk.csv"
    write_bad_csv(path)
    import_file_chosen(qtbot, window, path, monkeypatch)
    texts = report_texts()
    enter(qtbot)  # single parcels, as offered
    qtbot.waitUntil(lambda: bool(texts), timeout=20_000)
    text = texts[0]
    assert "строка 3" in text, text
    assert "declared_weight_kg 'abc' — не вес в килограммах" in text, text
    assert "столбец 'colour' не из формата предуведомления и пропущен" in text, text
    assert "is not a weight" not in text and "was ignored" not in text, text
    assert "row 3" not in text, text


def test_a_file_refused_whole_is_reported_in_russian(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bulk.csv"
    path.write_text("s10,colour\nCB200000001RU,red\n", encoding="utf-8")
    import_file_chosen(qtbot, window, path, monkeypatch)
    texts = report_texts()
    enter(qtbot)
    qtbot.waitUntil(lambda: bool(texts), timeout=20_000)
    assert "bulk.csv не хватает столбцов" in texts[0], texts[0]
    assert "lacks the column" not in texts[0], texts[0]


def test_the_english_reads_as_before(tmp_path: Path, db: Database) -> None:
    """The command line and logs see the English texts (``str``)."""
    path = tmp_path / "bulk.csv"
    write_bad_csv(path)
    report = preadvice.import_file(db, path)
    (bad,) = report.rejected
    assert str(bad) == (
        f"row 3 ({bad.s10}): declared_weight_kg 'abc' is not a weight in kg (like 12.5)"
    )
    assert report.warnings == ["column 'colour' is not a pre-advice column and was ignored"]
