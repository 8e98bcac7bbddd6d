"""Driving the real windows the way a clerk does: keys into whatever has the focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


# A person's keys come tens of milliseconds apart; faster runs ending in Enter or Tab are
# taken for a keyboard-wedge scanner by app.ui.scan_filter.ScanFilter.
HUMAN_KEY_GAP_MS = 45


def type_text(qtbot: QtBot, text: str) -> None:
    """Type into the focused widget, one key at a time at a person's pace (the focus may
    move while typing).

    Non-ASCII characters (Cyrillic) are sent as key events carrying their text, as a
    keyboard with a Russian layout does; QTest's char clicks only carry Latin-1.
    """
    for ch in text:
        if ch.isascii():
            qtbot.keyClick(focused(), ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    focused(), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
                )
        qtbot.wait(HUMAN_KEY_GAP_MS)


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def enter(qtbot: QtBot) -> None:
    press(qtbot, Qt.Key.Key_Return)


def scan(qtbot: QtBot, text: str) -> None:
    """A keyboard-wedge scanner: the characters in a burst, then Enter."""
    qtbot.keyClicks(focused(), text)
    enter(qtbot)


def key_target() -> QWidget:
    """Where a real keyboard's keys go: an open completion popup, else the focused widget."""
    return QApplication.activePopupWidget() or focused()


def fill_customs(qtbot: QtBot, editor: QWidget, invoice: str, lines: list[list[str]]) -> None:
    """Fill the CN 23 editor as a clerk does: the invoice field, then the lines table where
    Enter moves to the next cell and, after the last line, Enter twice on an empty line leaves it."""
    if not editor.more_button.isChecked():  # type: ignore[attr-defined]
        # the references sit behind "More", as on the counter screen
        qtbot.mouseClick(editor.more_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    editor.fields["invoice_number"].setFocus()  # type: ignore[attr-defined]
    type_text(qtbot, invoice)
    table = editor.table  # type: ignore[attr-defined]
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # opens the first line's description
    for cells in lines:
        for value in cells:
            type_text(qtbot, value)
            qtbot.keyClick(key_target(), Qt.Key.Key_Return)
            qtbot.wait(10)  # the table commits a cell with a queued call
    # an empty new line and Enter twice: done with the lines (one stray Enter stays)
    qtbot.keyClick(key_target(), Qt.Key.Key_Return)
    qtbot.wait(10)
    qtbot.keyClick(key_target(), Qt.Key.Key_Return)
    qtbot.wait(10)
