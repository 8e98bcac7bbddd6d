"""The red bar at the top of the form after a refused Accept: how many problems, each a
link to its field.

The problems themselves stay at their fields (red frame, ⚠ and the text); the bar makes
sure a refusal is never off-screen, wherever the clerk was when pressing F12.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

SHOWN = 6  # links in the bar; an empty form's dozen problems would fill half the screen


class RefusalBar(QLabel):
    """``3 problems: ⚠ Sender · Full name: … · ⚠ …``; a click (or Tab + Enter) on a
    problem moves the focus to its field.

    Signals:
        sig_go(object): the clerk chose a problem; the ``QWidget`` to focus.
    """

    sig_go = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refusalBar")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.linkActivated.connect(self._go)
        self.targets: list[QWidget | None] = []
        self.entries: list[str] = []
        self.hide()

    def show_problems(self, entries: list[tuple[str, QWidget | None]]) -> None:
        """Show the problems (text, field) in the order given; an empty list hides the bar."""
        self.targets = [w for _t, w in entries]
        self.entries = [t for t, _w in entries]
        if not entries:
            self.clear()
            self.hide()
            return
        links = [
            f'<a href="{i}" style="color:#ffffff">⚠ {escape(text)}</a>'
            for i, text in enumerate(self.entries[:SHOWN])
        ]
        rest = len(self.entries) - SHOWN
        if rest > 0:  # the others are at their fields; the bar stays a few lines high
            links.append(escape(self.tr("and %n more at their fields", "", rest)))
        head = self.tr("%n problem(s) — Accept refused, nothing was lost:", "", len(entries))
        self.setText(f"<b>{escape(head)}</b> " + " · ".join(links))
        self.show()

    @Slot(str)
    def _go(self, link: str) -> None:
        index = int(link) if link.isdigit() else -1
        if 0 <= index < len(self.targets) and self.targets[index] is not None:
            self.sig_go.emit(self.targets[index])
