"""Problems shown next to their fields: an error line under each input, and a red frame."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from app.domain.problems import Problem
from app.ui.translate import problem_text


def error_label(parent: QWidget | None = None) -> QLabel:
    """The small line under an input that says what is wrong; hidden while empty."""
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def set_style_property(widget: QWidget, name: str, value: object) -> None:
    """Set a property the stylesheet selects on (``[invalid="true"]``, ``[state="stable"]``)
    and re-polish, so the new look applies at once."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Frame an input in red (or stop doing so)."""
    set_style_property(widget, "invalid", invalid)


class ProblemBoard:
    """Maps field paths (``"sender.name"``) to their input and error label.

    A problem whose path is not registered goes to the nearest registered prefix
    (``customs.lines.1.hs_code`` -> ``customs.lines``), so no problem is ever dropped.
    """

    def __init__(self, fallback: QLabel) -> None:
        self._fields: dict[str, tuple[QWidget | None, QLabel]] = {}
        self._fallback = fallback

    def register(self, path: str, widget: QWidget | None, label: QLabel) -> None:
        self._fields[path] = (widget, label)

    def _target(self, path: str) -> str | None:
        parts = path.split(".")
        while parts:
            key = ".".join(parts)
            if key in self._fields:
                return key
            parts.pop()
        return None

    def clear(self) -> None:
        for widget, label in self._fields.values():
            label.clear()
            label.hide()
            if widget is not None:
                mark_invalid(widget, False)
        self._fallback.clear()
        self._fallback.hide()

    def show(self, problems: list[Problem]) -> QWidget | None:
        """Show every problem; return the first invalid input so focus can go there."""
        self.clear()
        texts: dict[str, list[str]] = {}
        for p in problems:
            key = self._target(p.field) or ""
            text = problem_text(p)
            rest = p.field[len(key) :].lstrip(".").split(".")
            if key and rest[0].isdigit():
                # e.g. customs.lines.1.hs_code shown at the lines table: say which line
                text = QCoreApplication.translate("Feedback", "Line {n}: {text}").format(
                    n=int(rest[0]) + 1, text=text
                )
            texts.setdefault(key, []).append(text)
        first: QWidget | None = None
        for key, lines in texts.items():
            if key and key in self._fields:
                widget, label = self._fields[key]
                label.setText("\n".join(f"⚠ {t}" for t in lines))
                label.show()
                if widget is not None:
                    mark_invalid(widget, True)
                    first = first or widget
            else:
                self._fallback.setText("\n".join(f"⚠ {t}" for t in lines))
                self._fallback.show()
        return first

    def widget_at(self, path: str) -> QWidget | None:
        """The input a problem at ``path`` is shown at (nearest registered prefix)."""
        key = self._target(path)
        return self._fields[key][0] if key else None

    def text_at(self, path: str) -> str:
        """The error text shown for ``path`` (empty when none)."""
        entry = self._fields.get(path)
        return entry[1].text() if entry else ""
