"""A status-bar label that shortens its text with "…" when the bar runs out of room.

At 1366 px in Russian the status bar's six fields need more than the screen's width; a plain
QLabel is then cut mid-letter with nothing to say it was. This one ends in "…", shows the
whole text as its tooltip, and still answers ``text()`` with the whole text.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

# Room for a few letters and the ellipsis, so a squeezed field still says what it is about.
MIN_CHARS = 8
SLACK_PX = 4


class ElidedLabel(QLabel):
    """QLabel whose single line of text is elided on the right instead of clipped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._own_tip = ""

    def text(self) -> str:  # type: ignore[override]
        return self._full

    def setText(self, text: str) -> None:  # type: ignore[override]
        if text == self._full:
            # Refreshed after every accept and payment with the same day and often the
            # same queue length: a new geometry would lay the whole status bar out again.
            return
        self._full = text
        self.updateGeometry()
        self._fit()

    def clear(self) -> None:
        self.setText("")  # QLabel.clear() would leave the whole text to come back on a resize

    def setToolTip(self, tip: str) -> None:  # type: ignore[override]
        if tip == self._own_tip:
            return
        self._own_tip = tip
        self._fit()

    def _extra(self) -> int:
        """Width beyond the text itself (frame, margins, the style sheet's padding)."""
        shown = QLabel.text(self)
        return super().sizeHint().width() - self.fontMetrics().horizontalAdvance(shown)

    def sizeHint(self) -> QSize:
        self.ensurePolished()
        # A few pixels of slack: elidedText() measures a little wider than horizontalAdvance().
        width = self.fontMetrics().horizontalAdvance(self._full) + self._extra() + SLACK_PX
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        self.ensurePolished()
        few = self.fontMetrics().averageCharWidth() * MIN_CHARS
        return QSize(min(few, self.sizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    @property
    def elided(self) -> bool:
        return super().text() != self._full

    def _fit(self) -> None:
        self.ensurePolished()
        width = self.width() - self._extra() if self.isVisible() else 1 << 20
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        QLabel.setText(self, shown)
        tips = [t for t in (self._full if shown != self._full else "", self._own_tip) if t]
        QLabel.setToolTip(self, "\n".join(tips))
