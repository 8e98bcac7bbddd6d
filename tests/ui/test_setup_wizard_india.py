"""The first-run wizard's demo chooser: India Post picked by keys, the demo clerk logs in
at an India Post counter (rupees, India's S10 numbers) where the marketplace batch is
pre-advised; the Russian demo picked by a click stays as it was."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from app.services.counter_rules import counter_rules
from app.services.demo_accounts import DEMO_CLERK
from app.services.demo_branches import DEMO_IN, DEMO_RU
from app.services.demo_india import MARKETPLACE_BATCH, MARKETPLACE_SELLER
from app.services.enrolment import needs_setup
from app.services.terminal import get_setting
from app.ui.login_dialog import LoginDialog
from app.ui.main_window import MainWindow
from app.ui.setup_wizard import PAGE_DEVICES, PAGE_START
from tests.sync_helpers import open_test_terminal
from tests.ui.helpers import enter, focused, press, type_text
from tests.ui.wizard_helpers import open_wizard


def test_india_demo_chosen_by_keys_gives_an_india_post_counter(qtbot, tmp_path):
    db = open_test_terminal(tmp_path / "t.db")
    try:
        wizard = open_wizard(qtbot, db)
        start = wizard.start
        start.branch.setFocus()
        qtbot.waitUntil(lambda: focused() is start.branch)
        press(qtbot, Qt.Key.Key_Down)  # the Russian demo
        press(qtbot, Qt.Key.Key_Down)  # the Indian demo
        assert focused() is start.demo_india and start.demo_india.isChecked()
        enter(qtbot)  # Next: the branch is prepared off the GUI thread, then the wizard goes on
        qtbot.waitUntil(lambda: wizard.currentId() == PAGE_DEVICES, timeout=30_000)
        assert start.status.text() == ""
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
        assert wizard.result() == QWizard.DialogCode.Accepted
        assert not needs_setup(db)

        login = LoginDialog(db, demo=True)
        qtbot.addWidget(login)
        login.show()
        login.staff.setFocus()
        qtbot.waitUntil(lambda: focused() is login.staff)
        type_text(qtbot, DEMO_CLERK[0])
        enter(qtbot)
        type_text(qtbot, DEMO_CLERK[1])
        enter(qtbot)
        assert login.result() == LoginDialog.DialogCode.Accepted
        ctx = login.context
        assert ctx is not None and ctx.branch_code == DEMO_IN.code
        assert (ctx.branch_country, ctx.currency, ctx.timezone) == ("IN", "INR", "Asia/Kolkata")

        win = MainWindow(db, ctx, counter_rules())
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        win.activateWindow()
        qtbot.waitUntil(lambda: focused() is win.form.scan)
        assert "New Delhi" in win.windowTitle()
        assert not win.form.s10_check("CP100000004RU").ok  # another operator's number
        # A parcel of the marketplace batch: scanned, its pre-advice fills the form.
        first = json.loads(MARKETPLACE_BATCH.read_text(encoding="utf-8"))["parcels"][0]["s10"]
        assert win.form.s10_check(first).ok
        type_text(qtbot, first)
        enter(qtbot)
        qtbot.waitUntil(
            lambda: win.form.sender.edits["name"].text() == MARKETPLACE_SELLER.name,
            timeout=10_000,
        )
        assert "pre-advised" in win.form.scan_info.text()
        win.close()
    finally:
        db.close()


def test_russian_demo_by_click_then_back_and_india(qtbot, tmp_path):
    db = open_test_terminal(tmp_path / "t.db")
    try:
        wizard = open_wizard(qtbot, db)
        demo = wizard.start.demo
        qtbot.mouseClick(demo, Qt.MouseButton.LeftButton, pos=QPoint(8, demo.height() // 2))
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        assert wizard.currentId() == PAGE_DEVICES  # already the Russian demo: nothing to do
        with db.read() as session:
            assert get_setting(session, "branch.code") == DEMO_RU.code
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
        assert wizard.currentId() == PAGE_START
        india = wizard.start.demo_india
        qtbot.mouseClick(india, Qt.MouseButton.LeftButton, pos=QPoint(8, india.height() // 2))
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wizard.currentId() == PAGE_DEVICES, timeout=30_000)
        with db.read() as session:
            assert get_setting(session, "branch.code") == DEMO_IN.code
            assert get_setting(session, "demo") is True
    finally:
        db.close()
