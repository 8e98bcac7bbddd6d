"""Tools → "Import pre-advice file…" at the counter (issue 17): after the file is picked, a
small dialog asks whether it is a business customer's list, its number and the customer.
A CSV list (India Post's bulk lists, Russia Post's Form 103 exports) becomes a batch from
the window as it does with ``preadvice import FILE --batch NUMBER --customer CODE``.

Driven by keys as a clerk does; only the file chooser is bypassed (it returns the path).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import func, select

from app.services.batch_query import find_batch, list_batches
from app.store.database import Database
from app.store.models import Batch, PreAdvice
from app.ui.batch_screen import BatchScreen
from app.ui.main_window import MainWindow
from app.ui.preadvice_import_dialog import PreAdviceImportDialog
from tests.preadvice_data import batch_s10s, write_batch_json, write_csv
from tests.ui.helpers import enter, focused, press, type_text

LIST = "IN-MP-2026-000777"


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "india-post-bulk.csv"
    assert write_csv(path, 3) == 3
    return path


def when_modal(kind: type, work: Callable[[object], None], polls: int = 400) -> None:
    """Run ``work(widget)`` once a modal ``kind`` is open (its ``exec`` blocks the test);
    gives up after ``polls`` tries 50 ms apart (so no poll outlives its test for long)."""

    def poll(left: int = polls) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            work(widget)
        elif left > 0:
            QTimer.singleShot(50, lambda: poll(left - 1))

    QTimer.singleShot(50, poll)


def import_file_chosen(
    qtbot: QtBot, win: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch
) -> PreAdviceImportDialog:
    """Tools → Import pre-advice file…, the file chosen: the import dialog, focused."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    action = win.findChild(QAction, "importPreadvice")
    assert action is not None
    action.trigger()
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), PreAdviceImportDialog), timeout=5000
    )
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PreAdviceImportDialog)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(focused()))
    return dialog


@pytest.fixture
def dialog(
    qtbot: QtBot, window: MainWindow, csv_file: Path, monkeypatch: pytest.MonkeyPatch
) -> PreAdviceImportDialog:
    """The import dialog of the three-parcel CSV file, focused."""
    return import_file_chosen(qtbot, window, csv_file, monkeypatch)


def choose_list(qtbot: QtBot, dialog: PreAdviceImportDialog) -> None:
    """Down: "a business customer's list", the cursor in its number."""
    press(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: focused() is dialog.number)


def report_texts() -> list[str]:
    """The import's report box, read and dismissed with Enter when it opens."""
    texts: list[str] = []

    def read(box: object) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.accept()

    when_modal(QMessageBox, read)
    return texts


def counts(db: Database) -> tuple[int, int]:
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(PreAdvice)) or 0,
            s.scalar(select(func.count()).select_from(Batch)) or 0,
        )


def test_a_csv_list_imported_as_a_customers_list(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    dialog: PreAdviceImportDialog,
) -> None:
    assert dialog.single.isChecked() and focused() is dialog.single
    assert not dialog.number.isEnabled() and not dialog.customer.isEnabled()
    codes = [dialog.customer.itemData(i) for i in range(dialog.customer.count())]
    assert codes[0] == "" and "SHOPKART" in codes  # none, or a customer the terminal knows

    press(qtbot, Qt.Key.Key_Down)  # "a business customer's list": on to its number
    assert dialog.as_list.isChecked()
    qtbot.waitUntil(lambda: focused() is dialog.number)
    type_text(qtbot, LIST.lower())
    enter(qtbot)
    assert focused() is dialog.customer and dialog.isVisible()
    type_text(qtbot, "SHOP")
    assert dialog.customer.currentData() == "SHOPKART"
    texts = report_texts()
    enter(qtbot)  # on the last field: import
    qtbot.waitUntil(lambda: bool(texts), timeout=20_000)
    assert "3 parcels, 3 new" in texts[0]
    assert f"List {LIST}: call it up with Ctrl+B or by scanning it." in texts[0]

    with db.read() as s:
        batch = find_batch(s, LIST)
        assert batch is not None
        assert batch.number == LIST and batch.customer_code == "SHOPKART"
        assert batch.state == "open" and batch.progress.total == 3
        assert [b.number for b in list_batches(s, open_only=True)] == [LIST]

    # the Batch screen (Ctrl+B) lists it
    rows: list[list[str]] = []

    def read_screen(screen: object) -> None:
        assert isinstance(screen, BatchScreen)
        table = screen.table
        rows.extend([table.item(r, c).text() for c in range(3)] for r in range(table.rowCount()))
        screen.reject()

    when_modal(BatchScreen, read_screen)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(rows), timeout=5000)
    assert rows == [[LIST, "SHOPKART", "0 of 3"]]


def test_a_list_without_its_number_or_a_bad_one_is_refused_at_the_field(
    qtbot: QtBot,
    db: Database,
    dialog: PreAdviceImportDialog,
) -> None:
    choose_list(qtbot, dialog)
    enter(qtbot)  # no number: on to the customer
    enter(qtbot)  # and import: refused, the number is needed
    assert dialog.isVisible() and focused() is dialog.number
    assert dialog.error.isVisible()
    assert "list number is missing" in dialog.error.text()
    assert "IN-MP-2026-000123" in dialog.error.text()  # what to type
    assert dialog.number.property("invalid") is True

    for bad in ("IN MP 2026", "IN-MP-" + "9" * 40):
        dialog.number.selectAll()
        type_text(qtbot, bad)
        enter(qtbot)
        enter(qtbot)
        assert dialog.isVisible() and focused() is dialog.number
        assert "is not 1 to 40 letters, digits and - / . _" in dialog.error.text()

    qtbot.wait(200)
    assert counts(db) == (0, 0), "something was imported"
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not (isValid(dialog) and dialog.isVisible()))
    qtbot.wait(300)
    assert counts(db) == (0, 0)


def test_cancel_imports_nothing(
    qtbot: QtBot,
    db: Database,
    dialog: PreAdviceImportDialog,
) -> None:
    choose_list(qtbot, dialog)
    type_text(qtbot, LIST)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not (isValid(dialog) and dialog.isVisible()))
    qtbot.wait(500)
    assert counts(db) == (0, 0)
    assert QApplication.activeModalWidget() is None, "a report or an error box opened"


def test_single_parcels_import_as_before(
    qtbot: QtBot,
    db: Database,
    dialog: PreAdviceImportDialog,
) -> None:
    assert dialog.single.isChecked()
    texts = report_texts()
    enter(qtbot)  # single parcels, as offered
    qtbot.waitUntil(lambda: bool(texts), timeout=20_000)
    assert "3 parcels, 3 new" in texts[0] and "List " not in texts[0]
    assert counts(db) == (3, 0)
    with db.read() as s:
        assert set(s.scalars(select(PreAdvice.batch_id))) == {None}


def test_a_json_list_brings_its_own_number(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = write_batch_json(tmp_path / "list.json", LIST, "SHOPKART", batch_s10s(2))
    dialog = import_file_chosen(qtbot, window, path, monkeypatch)
    assert LIST in dialog.own.text() and "SHOPKART" in dialog.own.text()
    assert not dialog.single.isVisible() and not dialog.number.isVisible()
    texts = report_texts()
    enter(qtbot)
    qtbot.waitUntil(lambda: bool(texts), timeout=20_000)
    assert f"List {LIST}: call it up" in texts[0]
    with db.read() as s:
        batch = find_batch(s, LIST)
        assert batch is not None and batch.customer_code == "SHOPKART"
        assert batch.progress.total == 2
