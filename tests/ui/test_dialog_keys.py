"""Dialogs by keyboard: Enter moves to the next field and submits only on the last; a
dialog grows with its message instead of squeezing its fields (en, ru, hi)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from app.services.paths import resource
from app.store.database import Database
from app.ui.application import make_app
from app.ui.login_dialog import LoginDialog
from app.ui.supervisor_dialog import ManualWeightApproval, SupervisorApproval
from tests.ui.helpers import enter, focused, type_text


@pytest.fixture(params=["en", "ru", "hi"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    app = make_app()
    translator = QTranslator()
    if request.param != "en":
        assert translator.load(
            QLocale(request.param), "postcounter", "_", str(resource("translations"))
        )
        app.installTranslator(translator)
    yield request.param
    app.removeTranslator(translator)


def _shown(qtbot: QtBot, dialog: QDialog, first: QLineEdit) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    first.setFocus()
    qtbot.waitUntil(lambda: focused() is first)


def test_manual_weight_enter_moves_on_and_submits_on_the_last(qtbot: QtBot, lang: str) -> None:
    dialog = ManualWeightApproval()
    _shown(qtbot, dialog, dialog.number)
    type_text(qtbot, "9001")
    enter(qtbot)
    assert focused() is dialog.pin and dialog.isVisible()
    type_text(qtbot, "9999")
    enter(qtbot)
    assert focused() is dialog.weight and dialog.isVisible()
    type_text(qtbot, "152.35")
    enter(qtbot)
    assert focused() is dialog.reason and dialog.isVisible()
    type_text(qtbot, "scale broken")
    enter(qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_login_enter_on_the_staff_number_does_not_submit(
    qtbot: QtBot, db: Database, lang: str
) -> None:
    dialog = LoginDialog(db, demo=True)
    _shown(qtbot, dialog, dialog.staff)
    type_text(qtbot, "1001")
    enter(qtbot)
    assert focused() is dialog.pin
    assert not dialog.error.isVisible(), "Enter on the first field tried to log in"


@pytest.mark.parametrize("kind", ["supervisor", "manual"])
def test_dialog_grows_with_a_long_error_and_no_field_shrinks(
    qtbot: QtBot, lang: str, kind: str
) -> None:
    dialog = (
        ManualWeightApproval()
        if kind == "manual"
        else SupervisorApproval("Close the business day", "Close 2026-12-01: " * 6)
    )
    _shown(qtbot, dialog, dialog.number)
    before = dialog.height()
    dialog.show_error("Supervisor number or PIN is wrong. " * 6)

    def fits() -> bool:
        layout = dialog.layout()
        return dialog.height() >= layout.totalHeightForWidth(dialog.width())

    qtbot.waitUntil(fits)
    assert dialog.height() > before
    for edit in dialog.findChildren(QLineEdit):
        if edit.isVisible():
            # its text line and frame whole (a sliver was a few pixels high)
            need = edit.fontMetrics().height() + 8
            assert edit.height() >= need, f"{edit.objectName()} squeezed"
    assert dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width())


@pytest.mark.parametrize("own", [False, True], ids=["asks", "json-list"])
def test_preadvice_import_dialog_fits_and_grows_with_its_refusal(
    qtbot: QtBot, lang: str, own: bool
) -> None:
    """The import dialog (Tools → Import pre-advice file…) in en/ru/hi: no label, choice or
    button cut; a refused list number said under the field, the fields not squeezed."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

    from app.services.customers import demo_customers
    from app.services.preadvice import BatchSpec
    from app.ui.preadvice_import_dialog import PreAdviceImportDialog

    spec = BatchSpec("IN-MP-2026-000777", "SHOPKART") if own else None
    dialog = PreAdviceImportDialog("india-post-bulk-2026-07-14.csv", spec, demo_customers())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    def cut() -> list[str]:
        out = []
        for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
            if not w.isVisible() or not w.text() or (isinstance(w, QLabel) and w.wordWrap()):
                continue
            if w.sizeHint().width() > w.width():
                out.append(f"{w.text()!r}: needs {w.sizeHint().width()}, has {w.width()}")
        for w in dialog.findChildren(QLabel):
            if w.isVisible() and w.wordWrap() and w.height() < w.heightForWidth(w.width()):
                out.append(
                    f"{w.text()!r}: {w.height()} px high, needs {w.heightForWidth(w.width())}"
                )
        combo = dialog.findChild(QComboBox)
        if combo.isVisible() and combo.width() < combo.minimumSizeHint().width():
            out.append("the customer choice is squeezed")
        return out

    qtbot.waitUntil(lambda: not cut())
    assert dialog.width() <= 1366 and dialog.height() <= 768
    if own:
        return
    dialog.as_list.setChecked(True)
    dialog.number.setText("IN MP 2026 " * 3)
    before = dialog.height()
    dialog.accept()
    assert dialog.error.isVisible() and dialog.isVisible()
    qtbot.waitUntil(lambda: not cut())
    assert dialog.height() > before
    for edit in dialog.findChildren(QLineEdit):
        assert edit.height() >= edit.fontMetrics().height() + 8, "the number field squeezed"
    assert dialog.width() <= 1366 and dialog.height() <= 768
    # typing again: the message goes, and the room it took with it
    dialog.number.setFocus()
    qtbot.keyClick(dialog.number, "X")
    assert not dialog.error.isVisible()
    qtbot.waitUntil(lambda: dialog.height() <= before + 2)
    assert not cut()
