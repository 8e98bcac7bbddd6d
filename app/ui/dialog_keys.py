"""Dialogs for the keyboard and for long messages.

- Enter moves to the next input, as on the counter form, and submits only on the last:
  Qt's dialogs press their default button on Enter in *any* line edit, so a PIN dialog
  was submitted from its first field.
- A dialog grows with what it shows (an error under the fields, a longer Russian or Hindi
  text): it is kept at least as large as its contents need at its width, word-wrapped
  texts included, instead of a fixed size that squeezes the fields to slivers.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QChildEvent, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from shiboken6 import isValid

_INPUTS = (QLineEdit, QComboBox, QSpinBox)


def _inputs_in_focus_order(dialog: QDialog) -> list[QWidget]:
    out: list[QWidget] = []
    start = dialog.nextInFocusChain()
    widget = start
    while True:
        if isinstance(widget, _INPUTS) and dialog.isAncestorOf(widget):
            out.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start or widget is dialog:
            break
    return out


class _EnterMovesOn(QObject):
    """Takes Enter in the dialog's line edits before the dialog's default button does."""

    def __init__(self, dialog: QDialog, submit: Callable[[], None]) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.submit = submit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        dialog = getattr(self, "dialog", None)  # gone while the dialog is being destroyed
        if dialog is None:
            return False
        if watched is dialog:
            # a field added after the dialog was built (a subclass's extra input) too
            if event.type() == QEvent.Type.ChildPolished and isinstance(event, QChildEvent):
                child = event.child()
                if isinstance(child, QLineEdit):
                    child.removeEventFilter(self)
                    child.installEventFilter(self)
            return False
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and isinstance(watched, QLineEdit)
        ):
            if watched.receivers("2returnPressed()") > 0:
                watched.returnPressed.emit()  # the dialog's own handler moves on or submits
            else:
                _next_or_submit(self.dialog, watched, self.submit)
            return True  # never also the default button: that submitted from the first field
        return False


def enter_moves_on(dialog: QDialog, submit: Callable[[], None]) -> None:
    """Enter in an input moves to the next visible, enabled input; on the last it calls
    ``submit``. Inputs that already handle Enter themselves (``returnPressed`` connected)
    keep their handler; the dialog's buttons no longer react to Enter in the fields."""
    keys = _EnterMovesOn(dialog, submit)
    dialog.installEventFilter(keys)
    for edit in dialog.findChildren(QLineEdit):
        edit.installEventFilter(keys)


def _next_or_submit(dialog: QDialog, current: QWidget, submit: Callable[[], None]) -> None:
    inputs = [w for w in _inputs_in_focus_order(dialog) if w.isVisibleTo(dialog) and w.isEnabled()]
    if current in inputs:
        later = inputs[inputs.index(current) + 1 :]
        if later:
            later[0].setFocus()
            return
    submit()


class _Grows(QObject):
    """Keeps a dialog at least as large as its contents need at its width, word-wrapped
    texts included (Qt's minimum-size constraint ignores height-for-width, which is how
    an error under the fields squeezed them to slivers)."""

    def __init__(self, dialog: QDialog, min_width: int) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.min_width = min_width
        self._queued = False
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if getattr(self, "dialog", None) is None:  # the dialog is being destroyed
            return False
        if watched is self.dialog and event.type() == QEvent.Type.Show:
            # At once, not queued: QDialog.showEvent (after this filter) centres the dialog
            # on its parent by its size now; a dialog given widgets after this helper was
            # made was placed for its first size, then grew off the screen's bottom.
            self.fit()
        if (
            watched is self.dialog
            and event.type()
            in (
                QEvent.Type.LayoutRequest,
                QEvent.Type.Show,
                QEvent.Type.Resize,
            )
            and not self._queued
        ):
            self._queued = True
            # With ``self`` as the context Qt drops the call when the dialog (and this helper)
            # is deleted first; a bare bound method was called on a deleted object and
            # crashed the process.
            QTimer.singleShot(0, self, self.fit)
        return False

    def fit(self) -> None:
        self._queued = False
        if not isValid(self) or not isValid(self.dialog):
            return  # the dialog closed and was deleted before the queued call
        layout = self.dialog.layout()
        if layout is None:
            return
        layout.activate()
        width = max(self.dialog.width(), self.min_width, layout.totalMinimumSize().width())
        height = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        height = max(height, layout.totalMinimumSize().height())
        need_w = max(self.min_width, layout.totalMinimumSize().width())
        if self.dialog.minimumWidth() != need_w or self.dialog.minimumHeight() != height:
            self.dialog.setMinimumSize(need_w, height)
        if self.dialog.width() < width or self.dialog.height() < height:
            self.dialog.resize(max(self.dialog.width(), width), max(self.dialog.height(), height))


def grows_with_content(dialog: QDialog, min_width: int = 0) -> None:
    """Never smaller than the contents need: errors and translations make it grow."""
    grower = _Grows(dialog, min_width)
    dialog.resize(max(min_width, dialog.sizeHint().width()), dialog.sizeHint().height())
    grower.fit()


def ok_button(dialog: QDialog) -> QAbstractButton | None:
    """The dialog's accepting button (the first one with the accept role), if any."""
    from PySide6.QtWidgets import QDialogButtonBox

    for box in dialog.findChildren(QDialogButtonBox):
        button = box.button(QDialogButtonBox.StandardButton.Ok)
        if button is not None:
            return button
    return None
