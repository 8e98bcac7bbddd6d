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
