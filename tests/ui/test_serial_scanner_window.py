"""A serial scanner on a real pseudo-terminal feeds the counter window's scan field, and
the clerk sets the scanner's port from Tools → Scanner settings with a live test."""

from __future__ import annotations

import os
import pty
import tty
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.services.counter_rules import counter_rules
from app.services.terminal import DEMO_CLERK, get_setting, set_setting, staff_context
from app.store.database import Database
from app.ui.application import make_app
from app.ui.main_window import MainWindow
from app.ui.scanner_settings import (
    SETTING_SCANNER_BAUD,
    SETTING_SCANNER_PORT,
    ScannerSettingsDialog,
)
from tests.ui.helpers import focused

S10 = "CB100000017RU"


class Pty:
    """A pseudo-terminal pair: ``path`` is the device the app opens, ``send`` is the scanner."""

    def __init__(self) -> None:
        self.master, self.slave = pty.openpty()
        tty.setraw(self.slave)
        self.path = os.ttyname(self.slave)

    def send(self, data: bytes) -> None:
        os.write(self.master, data)

    def close(self) -> None:
        os.close(self.master)
        os.close(self.slave)


@pytest.fixture
def ptys() -> Iterator[list[Pty]]:
    pairs = [Pty(), Pty()]
    yield pairs
    for p in pairs:
        p.close()


def open_window(qtbot: QtBot, db: Database) -> MainWindow:
    make_app()
    win = MainWindow(db, staff_context(db, DEMO_CLERK[0]), counter_rules())
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: focused() is win.form.scan)
    return win


def test_serial_scans_fill_the_scan_field_of_the_counter_window(
    qtbot: QtBot, db: Database, ptys: list[Pty]
) -> None:
    scanner = ptys[0]
    with db.write() as s:
        set_setting(s, SETTING_SCANNER_PORT, scanner.path)
        set_setting(s, SETTING_SCANNER_BAUD, 9600)
    win = open_window(qtbot, db)
    try:
        qtbot.waitUntil(lambda: "ready" in win.status_scanner.text(), timeout=5000)
        assert win.status_scanner.isVisible() and scanner.path in win.status_scanner.text()

        # The clerk is typing the sender's name when the scanner fires: the name is untouched.
        name = win.form.sender.edits["name"]
        name.setFocus()
        scanner.send(f"{S10}\r".encode())
        qtbot.waitUntil(lambda: win.form.scan.text() == S10, timeout=3000)
        assert name.text() == ""
        assert win.form.board.text_at("piece.s10") == ""

        # A product barcode is named for what it is, at the scan field (LF-terminated this
        # time), and never replaces the valid S10 already there.
        scanner.send(b"4006381333931\n")
        qtbot.waitUntil(lambda: "EAN-13" in win.form.scan_info.text(), timeout=3000)
        assert win.form.scan.text() == S10
    finally:
        win.close()


def test_no_scanner_port_means_no_scanner_status(qtbot: QtBot, db: Database) -> None:
    win = open_window(qtbot, db)
    try:
        qtbot.wait(200)
        assert win.scanner_bridge is None and not win.status_scanner.isVisible()
    finally:
        win.close()


def test_clerk_sets_the_scanner_port_with_a_live_test(
    qtbot: QtBot, db: Database, ptys: list[Pty]
) -> None:
    old, new = ptys
    with db.write() as s:
        set_setting(s, SETTING_SCANNER_PORT, old.path)
    win = open_window(qtbot, db)
    seen: dict[str, str] = {}

    def drive_dialog() -> None:
        dialog = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, ScannerSettingsDialog) and w.isVisible()
            ),
            None,
        )
        if dialog is None:
            QTimer.singleShot(50, drive_dialog)
            return
        assert dialog.chosen()[0] == old.path  # it opens on the current port
        dialog.port.setFocus()
        dialog.port.lineEdit().selectAll()
        qtbot.keyClicks(dialog.port.lineEdit(), new.path)
        qtbot.keyClick(dialog.test_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: "is open" in dialog.test_state.text(), timeout=3000)
        new.send(b"4006381333931\r")
        qtbot.waitUntil(lambda: "4006381333931" in dialog.test_scan.text(), timeout=3000)
        seen["test"] = dialog.test_scan.text()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    try:
        qtbot.waitUntil(lambda: "ready" in win.status_scanner.text(), timeout=5000)
        QTimer.singleShot(0, drive_dialog)
        menu_action = next(
            a for a in win.menu_tools.actions() if a.text().replace("&", "") == "Scanner settings…"
        )
        menu_action.trigger()
        assert "EAN-13" in seen["test"] and "works" in seen["test"]
        qtbot.waitUntil(
            lambda: win.scanner_bridge is not None and win.scanner_bridge.port == new.path,
            timeout=3000,
        )
        with db.read() as s:
            assert get_setting(s, SETTING_SCANNER_PORT) == new.path
        qtbot.waitUntil(lambda: "ready" in win.status_scanner.text(), timeout=5000)
        new.send(f"{S10}\r".encode())
        qtbot.waitUntil(lambda: win.form.scan.text() == S10, timeout=3000)
    finally:
        win.close()
