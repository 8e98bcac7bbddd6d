"""Wedge scans land in the scan handler wherever the focus is; typing is untouched;
a serial scanner on a real pty delivers scans through the same kind of signal."""

from __future__ import annotations

import os
import pty
import tty

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from app.ui.scan_filter import ScanFilter, SerialScannerBridge


@pytest.fixture
def form(qtbot):
    w = QWidget()
    lay = QVBoxLayout(w)
    sender = QLineEdit(w)
    sender.setObjectName("senderName")
    scan = QLineEdit(w)
    scan.setObjectName("scanField")
    lay.addWidget(sender)
    lay.addWidget(scan)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    sender.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sender)
    f = ScanFilter()
    f.sig_scanned.connect(scan.setText)
    f.install()
    yield w, sender, scan, f
    f.uninstall()


def test_wedge_burst_goes_to_the_scan_handler_not_the_name(qtbot, form) -> None:
    _, sender, scan, f = form
    sender.setText("Ivan ")
    sender.end(False)
    with qtbot.waitSignal(f.sig_scanned, timeout=2000) as blocker:
        QTest.keyClicks(sender, "RR287043775IN")
        QTest.keyClick(sender, Qt.Key.Key_Return)
    assert blocker.args == ["RR287043775IN"]
    assert scan.text() == "RR287043775IN"
    assert sender.text() == "Ivan "
    assert sender.hasFocus()


def test_slow_typing_of_the_same_characters_stays_in_the_field(qtbot, form) -> None:
    _, sender, scan, f = form
    scans: list[str] = []
    f.sig_scanned.connect(scans.append)
    for ch in "RR287043775IN":
        QTest.keyClicks(sender, ch)
        qtbot.wait(70)  # a fast typist: still far slower than a scanner
    QTest.keyClick(sender, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sender.text() == "RR287043775IN", timeout=2000)
    qtbot.wait(100)
    assert scans == [] and scan.text() == ""


def test_typing_after_a_scan_still_works(qtbot, form) -> None:
    _, sender, _, f = form
    with qtbot.waitSignal(f.sig_scanned, timeout=2000):
        QTest.keyClicks(sender, "4006381333931")
        QTest.keyClick(sender, Qt.Key.Key_Tab)
    QTest.keyClicks(sender, "A")
    qtbot.waitUntil(lambda: sender.text() == "A", timeout=2000)
    # Shortcuts with Ctrl are never held back.
    QTest.keyClick(sender, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert sender.selectedText() == "A"


def test_serial_scanner_on_a_pty_fills_the_scan_field(qtbot) -> None:
    master, slave = pty.openpty()
    tty.setraw(slave)
    path = os.ttyname(slave)
    scan = QLineEdit()
    qtbot.addWidget(scan)
    bridge = SerialScannerBridge(path)
    bridge.sig_scanned.connect(scan.setText)
    with qtbot.waitSignal(bridge.sig_state_changed, timeout=3000):
        bridge.start()
    try:
        with qtbot.waitSignal(bridge.sig_scanned, timeout=3000) as blocker:
            os.write(master, b"RR287043775IN\r")
        assert blocker.args == ["RR287043775IN"]
        assert scan.text() == "RR287043775IN"
        with qtbot.waitSignal(bridge.sig_scanned, timeout=3000) as blocker:
            os.write(master, b"STAFF:1001\n")
        assert blocker.args == ["STAFF:1001"]
    finally:
        bridge.stop()
        os.close(master)
        os.close(slave)
