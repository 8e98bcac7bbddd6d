"""Scans that cannot be mistaken (issue 9): the wedge detector judges the key events' own
timestamps, a burst is a scan only when it is a barcode the counter knows, a valid S10 is
never replaced, and a scan while a dialog is open never lands in the hidden form.

Key events are built as the window system delivers them, each with its timestamp.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.services.counter_rules import counter_rules
from app.services.terminal import DEMO_CLERK, staff_context
from app.store.database import Database
from app.ui.application import make_app
from app.ui.main_window import MainWindow
from app.ui.supervisor_dialog import ManualWeightApproval
from tests.ui.helpers import focused

S10 = "CB100000017RU"  # the branch's own country and a CB/CP/CC service


def key_event(ch: str, stamp_ms: int) -> QKeyEvent:
    if ch == "\r":
        key, text = Qt.Key.Key_Return, "\r"
    else:
        key, text = Qt.Key(ord(ch.upper())), ch
    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
    event.setTimestamp(stamp_ms)
    return event


class _Busy(QObject):
    """A queued call that keeps the GUI thread busy, as a slow slot would."""

    sig_run = Signal()

    def __init__(self, seconds: float) -> None:
        super().__init__()
        self.seconds = seconds
        self.ran = False
        self.sig_run.connect(self._work, Qt.ConnectionType.QueuedConnection)

    def _work(self) -> None:
        time.sleep(self.seconds)
        self.ran = True


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    make_app()
    win = MainWindow(db, staff_context(db, DEMO_CLERK[0]), counter_rules())
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: focused() is win.form.scan)
    yield win
    win.close()


def focus(qtbot: QtBot, edit: QLineEdit) -> None:
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)


def test_typing_50ms_apart_while_the_gui_is_busy_is_not_a_scan(
    qtbot: QtBot, window: MainWindow
) -> None:
    name = window.form.sender.edits["name"]
    focus(qtbot, name)
    scans: list[str] = []
    window.scan_filter.sig_scanned.connect(scans.append)
    busy = _Busy(0.3)
    busy.sig_run.emit()  # queued first: the GUI thread sleeps 300 ms
    base = 5_000_000
    # A person types an S10 (a barcode the counter knows) at 50 ms a key, then Enter; the
    # window system queued the keys with the times they were pressed, while the GUI slept.
    for i, ch in enumerate(S10 + "\r"):
        QApplication.postEvent(name, key_event(ch, base + 50 * i))
    qtbot.waitUntil(lambda: busy.ran and name.text() == S10, timeout=3000)
    qtbot.wait(100)
    assert scans == []
    assert window.form.scan.text() == ""


def test_postcode_typed_fast_during_a_busy_moment_stays_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    postcode = window.form.addressee.edits["postcode"]
    focus(qtbot, postcode)
    scans: list[str] = []
    window.scan_filter.sig_scanned.connect(scans.append)
    busy = _Busy(0.3)
    busy.sig_run.emit()
    for i, ch in enumerate("110001"):
        QApplication.postEvent(postcode, key_event(ch, 9_000_000 + 50 * i))
    qtbot.waitUntil(lambda: postcode.text() == "110001", timeout=3000)
    assert scans == []


def burst(qtbot: QtBot, widget: QLineEdit, text: str, gap_ms: int = 8) -> None:
    """A scanner's burst: one key every ``gap_ms``, in real time and in the timestamps.

    Each key is delivered as it is pressed, without turning the event loop in between: a
    test process held off the CPU inside ``qtbot.wait`` would fire the filter's timer before
    posting the next key, which no scanner does (its keys are stamped and queued while the
    GUI waits). The timer's own deadline is checked by the wedge detector's unit tests."""
    base = int(time.monotonic() * 1000)
    for i, ch in enumerate(text):
        QApplication.postEvent(widget, key_event(ch, base + gap_ms * i))
        QApplication.sendPostedEvents(widget, QEvent.Type.KeyPress.value)
        time.sleep(gap_ms / 1000)
    qtbot.wait(1)


def test_8ms_s10_burst_into_the_postcode_lands_in_the_s10_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    postcode = window.form.addressee.edits["postcode"]
    focus(qtbot, postcode)
    burst(qtbot, postcode, S10 + "\r")
    qtbot.waitUntil(lambda: window.form.scan.text() == S10, timeout=2000)
    assert postcode.text() == ""
    assert focused() is window.form.dims["length"]  # the scan moved the clerk on


def test_a_fast_burst_that_is_no_known_barcode_goes_to_the_field_as_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    postcode = window.form.addressee.edits["postcode"]
    focus(qtbot, postcode)
    burst(qtbot, postcode, "125009\r")
    qtbot.waitUntil(lambda: postcode.text() == "125009", timeout=2000)
    assert window.form.scan.text() == ""


def test_a_valid_s10_is_never_replaced_by_a_burst_that_is_not_an_s10(
    qtbot: QtBot, window: MainWindow
) -> None:
    postcode = window.form.addressee.edits["postcode"]
    focus(qtbot, postcode)
    burst(qtbot, postcode, S10 + "\r")
    qtbot.waitUntil(lambda: window.form.scan.text() == S10, timeout=2000)
    focus(qtbot, postcode)
    burst(qtbot, postcode, "4006381333931\r")  # a product barcode on the same parcel
    qtbot.waitUntil(lambda: "kept" in window.form.scan_info.text(), timeout=2000)
    assert window.form.scan.text() == S10
    assert "EAN-13" in window.form.scan_info.text()
    assert postcode.text() == ""


def test_a_scan_while_a_dialog_is_open_never_lands_in_the_hidden_form(
    qtbot: QtBot, window: MainWindow
) -> None:
    seen: dict[str, str] = {}

    def in_dialog() -> None:
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ManualWeightApproval) and w.isVisible()
        ]
        if not dialogs:
            QTimer.singleShot(50, in_dialog)
            return
        d = dialogs[0]
        # A serial scanner's scan: refused with a message in the dialog.
        window.scan_router.route(S10)
        seen["error"] = d.error.text() if d.error.isVisible() else ""
        # A wedge scanner's burst: its keys reach the dialog's own field.
        d.number.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is d.number)
        burst(qtbot, d.number, "STAFF:9001\r")
        seen["number"] = d.number.text()
        d.reject()

    QTimer.singleShot(100, in_dialog)
    window.form.weight.sig_manual_requested.emit()
    assert "not used" in seen["error"]
    assert window.scan_router.refused == [S10]
    assert seen["number"].startswith("STAFF:9001")
    assert window.form.scan.text() == ""
