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
