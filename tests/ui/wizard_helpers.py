"""Driving the first-run wizard like a person: choose, type the address and code, join."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.store.database import Database
from app.ui.setup_wizard import PAGE_DEVICES, PAGE_JOIN, SetupWizard
from tests.ui.helpers import enter, focused, type_text


def open_wizard(qtbot: QtBot, db: Database) -> SetupWizard:
    wizard = SetupWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def type_address_and_code(qtbot: QtBot, wizard: SetupWizard, url: str, code: str) -> None:
    """From the first page: "Join a branch", Next, the address, Tab, the code, Enter."""
    assert wizard.start.branch.isChecked()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PAGE_JOIN
    page = wizard.join_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.url.setFocus()
    qtbot.waitUntil(lambda: focused() is page.url)
    type_text(qtbot, url)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is page.code
    type_text(qtbot, code)
    enter(qtbot)


def join_with_wizard(qtbot: QtBot, db: Database, url: str, code: str) -> SetupWizard:
    """Join a branch through the wizard and finish it; returns the (closed) wizard."""
    wizard = open_wizard(qtbot, db)
    type_address_and_code(qtbot, wizard, url, code)
    page = wizard.join_page
    qtbot.waitUntil(lambda: page.result is not None or page.join_button.isEnabled(), timeout=30_000)
    assert page.result is not None, page.status.text()
    assert "Joined branch" in page.status.text()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PAGE_DEVICES
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    return wizard
