"""The first-run wizard against a real central process: join with a code, the code's
refusal shown with its reason, the demo path; the clerk then logs in with central's PIN."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from app.services.enrolment import needs_setup
from app.services.terminal import get_setting
from app.ui.login_dialog import LoginDialog
from tests.integration.central_process import CentralProcess
from tests.integration.test_enrolment import BRANCH, set_up_branch
from tests.sync_helpers import open_test_terminal
from tests.ui.helpers import enter, focused, type_text
from tests.ui.wizard_helpers import join_with_wizard, open_wizard, type_address_and_code


@pytest.fixture
def central(tmp_path):
    proc = CentralProcess(f"sqlite:///{tmp_path / 'central.db'}", tmp_path / "central.log")
    proc.start()
    try:
        yield proc
    finally:
        proc.stop()


def test_wizard_joins_and_the_clerk_logs_in_with_centrals_pin(qtbot, tmp_path, central):
    code = set_up_branch(central.db_url)
    db = open_test_terminal(tmp_path / "t.db")
    try:
        assert needs_setup(db)
        join_with_wizard(qtbot, db, central.url, code)
        assert not needs_setup(db)
        with db.read() as session:
            assert get_setting(session, "central.branch") == BRANCH
            assert get_setting(session, "demo") is False
        login = LoginDialog(db, demo=False)
        qtbot.addWidget(login)
        login.show()
        login.staff.setFocus()
        qtbot.waitUntil(lambda: focused() is login.staff)
        type_text(qtbot, "501")
        enter(qtbot)
        type_text(qtbot, "482913")
        enter(qtbot)
        assert login.result() == LoginDialog.DialogCode.Accepted
        assert login.context is not None and login.context.branch_code == BRANCH
    finally:
        db.close()


def test_wizard_shows_why_a_used_code_is_refused(qtbot, tmp_path, central):
    code = set_up_branch(central.db_url)
    first = open_test_terminal(tmp_path / "a.db")
    try:
        join_with_wizard(qtbot, first, central.url, code)
    finally:
        first.close()
    db = open_test_terminal(tmp_path / "b.db")
    try:
        wizard = open_wizard(qtbot, db)
        type_address_and_code(qtbot, wizard, central.url, code)
        page = wizard.join_page
        qtbot.waitUntil(lambda: "Not joined" in page.status.text(), timeout=30_000)
        assert "This code was already used: each code joins one terminal" in page.status.text()
        assert page.join_button.isEnabled()
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        with db.read() as session:
            assert get_setting(session, "demo") is True
    finally:
        db.close()


def test_wizard_says_when_central_cannot_be_reached(qtbot, tmp_path):
    db = open_test_terminal(tmp_path / "t.db")
    try:
        wizard = open_wizard(qtbot, db)
        type_address_and_code(qtbot, wizard, "http://127.0.0.1:9", "ABCD-EFGH-JKMN")
        page = wizard.join_page
        qtbot.waitUntil(lambda: "Not joined" in page.status.text(), timeout=30_000)
        assert "Cannot reach central" in page.status.text()
    finally:
        db.close()


def test_wizard_demo_path_keeps_demo_mode(qtbot, tmp_path):
    db = open_test_terminal(tmp_path / "t.db")
    try:
        wizard = open_wizard(qtbot, db)
        demo = wizard.start.demo
        qtbot.mouseClick(demo, Qt.MouseButton.LeftButton, pos=QPoint(8, demo.height() // 2))
        assert demo.isChecked()
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        assert wizard.currentId() == 2  # scale and printers
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
        assert not needs_setup(db)
        with db.read() as session:
            assert get_setting(session, "demo") is True
    finally:
        db.close()
