"""Labels that shorten their text with "…" when they run out of room.

At 1366 px in Russian the status bar's six fields need more than the screen's width; a plain
QLabel is then cut mid-letter with nothing to say it was. ``ElidedLabel`` ends in "…", shows
the whole text as its tooltip, and still answers ``text()`` with the whole text.
``WrappedElidedLabel`` does the same for a message wrapped over a few lines (the payment
panel's refusal), so a long one cannot push the panel's buttons or the status bar off the
screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
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


class WrappedElidedLabel(QLabel):
    """Plain text wrapped at word boundaries over at most ``max_lines`` lines; a longer
    text ends in "…" on the last line, the whole of it in the tooltip. ``text()`` answers
    the whole text."""

    def __init__(self, max_lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_lines = max_lines
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)

    def text(self) -> str:  # type: ignore[override]
        return self._full

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._full = text
        self._fit()

    def clear(self) -> None:
        self.setText("")

    @property
    def elided(self) -> bool:
        return super().text() != self._full

    def heightForWidth(self, width: int) -> int:
        # the lines shown at another width may be more than at this one: never above the cap
        return min(super().heightForWidth(width), self._cap_height(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _text_width(self, width: int) -> int:
        """The room for text in a label ``width`` wide (frame, padding, margin, indent)."""
        frame = self.width() - self.contentsRect().width()
        return width - frame - 2 * self.margin() - self.fontMetrics().horizontalAdvance("x")

    def _text_height(self, text: str, width: int) -> int:
        flags = int(self.alignment()) | Qt.TextFlag.TextWordWrap
        box = QRect(0, 0, max(1, self._text_width(width)), 1 << 20)
        return self.fontMetrics().boundingRect(box, flags, text).height()

    def _most_lines(self, width: int) -> int:
        """The height of ``max_lines`` lines of text."""
        return self._text_height("\n".join("x" * self.max_lines), width)

    def _cap_height(self, width: int) -> int:
        frame = self.height() - self.contentsRect().height()
        return self._most_lines(width) + frame + 2 * self.margin()

    def _fit(self) -> None:
        self.ensurePolished()
        full, shown, width = self._full, self._full, self.width()
        most = self._most_lines(width)
        if self._text_height(full, width) > most:
            # the longest beginning that fits with "…" after it
            low, high = 0, len(full)
            while low < high:
                middle = (low + high + 1) // 2
                if self._text_height(full[:middle].rstrip() + "…", width) <= most:
                    low = middle
                else:
                    high = middle - 1
            shown = full[:low].rstrip() + "…"
        if shown != super().text():
            QLabel.setText(self, shown)
        QLabel.setToolTip(self, full if shown != full else "")
