"""Tools → Printing settings and Tools → Language, driven from the counter window; and
the supervisor approval behind corrections of refused items."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.services.counter_rules import counter_rules
from app.services.terminal import DEMO_SUPERVISOR, staff_context
from app.services.terminal_settings import read_settings
from app.store.database import Database
from app.store.models import AuditEntry
from app.ui.main_window import MainWindow
from app.ui.printing_settings import PrintingSettingsDialog
from tests.ui.test_serial_scanner_window import open_window
from tests.ui.test_void_flow import answer_dialog


def menu_action(win: MainWindow, text: str) -> QAction:
    return next(a for a in win.menu_tools.actions() if a.text().replace("&", "") == text)


def visible_dialog() -> PrintingSettingsDialog | None:
    return next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, PrintingSettingsDialog) and w.isVisible()
        ),
        None,
    )


def test_clerk_switches_labels_to_zpl_and_a_bad_address_is_refused(
    qtbot: QtBot, db: Database, tmp_path
) -> None:
    win = open_window(qtbot, db)
    target = str(tmp_path / "zebra")
    seen: dict[str, str] = {}

    def drive() -> None:
        dialog = visible_dialog()
        if dialog is None:
            QTimer.singleShot(50, drive)
            return
        assert not dialog.zpl_target.isEnabled()  # PDF labels: no ZPL address to give
        dialog.label_format.setFocus()
        qtbot.keyClick(dialog.label_format, Qt.Key.Key_Down)  # → ZPL
        assert dialog.zpl_target.isEnabled()
        dialog.zpl_target.setFocus()
        qtbot.keyClicks(dialog.zpl_target, "zebra on the shelf")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        ok.click()
        seen["refused"] = dialog.error.text()
        # the dialog's focus field (window activation under offscreen races the drive)
        assert dialog.isVisible() and dialog.focusWidget() is dialog.zpl_target
        dialog.zpl_target.selectAll()
        qtbot.keyClicks(dialog.zpl_target, target)
        dialog.on_accept.setFocus()
        qtbot.keyClick(dialog.on_accept, Qt.Key.Key_Space)  # print on accept: off
        ok.click()
        seen["done"] = "yes"

    try:
        QTimer.singleShot(0, drive)
        menu_action(win, "Printing settings…").trigger()  # the dialog opens when read
        qtbot.waitUntil(lambda: "done" in seen, timeout=5000)
        assert "tcp://" in seen["refused"]
        qtbot.waitUntil(lambda: "saved" in win.statusBar().currentMessage(), timeout=5000)
        stored = read_settings(
            db, ["printing.label_format", "printing.zpl_target", "printing.on_accept"]
        )
        assert stored == {
            "printing.label_format": "zpl",
            "printing.zpl_target": target,
            "printing.on_accept": False,
        }
        with db.read() as s:
            changed = set(
                s.scalars(
                    select(AuditEntry.entity_id).where(AuditEntry.action == "setting.changed")
                )
            )
        assert changed == {"printing.label_format", "printing.zpl_target", "printing.on_accept"}
    finally:
        win.close()


def test_cancel_changes_nothing(qtbot: QtBot, db: Database) -> None:
    win = open_window(qtbot, db)
    closed: list[bool] = []

    def drive() -> None:
        dialog = visible_dialog()
        if dialog is None:
            QTimer.singleShot(50, drive)
            return
        qtbot.keyClick(dialog.on_accept, Qt.Key.Key_Space)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        closed.append(not dialog.isVisible())

    try:
        QTimer.singleShot(0, drive)
        menu_action(win, "Printing settings…").trigger()
        qtbot.waitUntil(lambda: closed == [True], timeout=5000)
        qtbot.wait(200)
        assert read_settings(db, ["printing.on_accept"]) == {"printing.on_accept": True}
    finally:
        win.close()


def test_language_choice_is_stored_for_the_next_log_in(qtbot: QtBot, db: Database) -> None:
    win = open_window(qtbot, db)
    try:
        languages = {a.text(): a for a in win.menu_language.actions()}
        assert set(languages) == {"System language", "English", "Русский", "हिन्दी"}
        qtbot.waitUntil(lambda: languages["System language"].isChecked(), timeout=3000)
        languages["Русский"].trigger()
        qtbot.waitUntil(lambda: "log out" in win.statusBar().currentMessage(), timeout=5000)
        assert read_settings(db, ["ui.language"]) == {"ui.language": "ru"}
        assert languages["Русский"].isChecked() and not languages["English"].isChecked()
    finally:
        win.close()


def test_corrections_need_a_supervisor(qtbot: QtBot, db: Database) -> None:
    """The approver behind Fix… in the needs-attention view: a clerk's session asks for a
    supervisor's number and PIN (a wrong PIN is refused at the dialog); a supervisor's
    session approves by itself."""
    win = open_window(qtbot, db)  # a clerk's session
    try:
        assert win.attention.approver == win.supervisor_approves
        answer_dialog(qtbot, DEMO_SUPERVISOR[0], "0000", "", then_cancel=True)
        assert win.supervisor_approves() is None  # wrong PIN, then cancelled
        answer_dialog(qtbot, DEMO_SUPERVISOR[0], DEMO_SUPERVISOR[1], "")
        assert win.supervisor_approves() == staff_context(db, DEMO_SUPERVISOR[0]).staff_id
    finally:
        win.close()
    boss = staff_context(db, DEMO_SUPERVISOR[0])
    sup = MainWindow(db, boss, counter_rules())
    qtbot.addWidget(sup)
    try:
        assert sup.supervisor_approves() == boss.staff_id  # no dialog
    finally:
        sup.close()
