"""Sender or addressee block: name, phone, address, city, postcode, country."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from app.domain.consignment import Party
from app.ui.completion import CodeCompleter, country_choices, resolve_code
from app.ui.feedback import ProblemBoard, error_label

_FIELDS = ("name", "phone", "address", "city", "postcode", "country")


_COUNTRIES = None


def _countries() -> list:
    global _COUNTRIES
    if _COUNTRIES is None:
        _COUNTRIES = country_choices()
    return _COUNTRIES


def country_code(text: str) -> str:
    """``"IN — India"``, ``"in"``, ``"India"`` or ``"Индия"`` -> ``"IN"`` (unknown text upper-cased)."""
    return resolve_code(text, _countries(), 2) if text.strip() else ""


class PartyForm(QGroupBox):
    """Inputs of one party; ``party()`` reads them, ``set_party()`` fills them.

    Signals:
        sig_changed(): any field edited.
    """

    sig_changed = Signal()

    def __init__(
        self, title: str, prefix: str, board: ProblemBoard, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.prefix = prefix
        self.edits: dict[str, QLineEdit] = {}
        labels = {
            "name": self.tr("Full name"),
            "phone": self.tr("Phone"),
            "address": self.tr("Street, house, flat"),
            "city": self.tr("City"),
            "postcode": self.tr("Postcode"),
            "country": self.tr("Country"),
        }
        # Three rows, not six: name and phone, the street, then city, postcode and country,
        # so both parties fit beside each other on a 1366x768 counter screen. Each error line
        # sits under its input and takes no room while hidden.
        grid = QGridLayout(self)
        grid.setVerticalSpacing(2)
        grid.setContentsMargins(8, 6, 8, 6)
        places = {  # field -> (row, column, column span of the input)
            "name": (0, 0, 3),
            "phone": (0, 4, 1),
            "address": (2, 0, 5),
            "city": (4, 0, 1),
            "postcode": (4, 2, 1),
            "country": (4, 4, 1),
        }
        for name in _FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"{prefix}_{name}")
            edit.textEdited.connect(self.sig_changed)
            edit.setMinimumWidth(56)  # the row of three fits a 1280-pixel screen in Russian
            caption = QLabel(labels[name], self)
            caption.setWordWrap(True)  # a long caption takes two lines, not the form's width
            caption.setBuddy(edit)
            err = error_label(self)
            row, col, span = places[name]
            grid.addWidget(caption, row, col)
            grid.addWidget(edit, row, col + 1, 1, span)
            grid.addWidget(err, row + 1, col + 1, 1, span)
            board.register(f"{prefix}.{name}", edit, err)
            self.edits[name] = edit
        # Pops up only for a search of 3+ letters, so typing "IN" + Enter simply moves on.
        CodeCompleter(_countries(), self.edits["country"])
        self.edits["country"].setPlaceholderText(self.tr("type a code or name, e.g. IN"))
        self.edits["phone"].setPlaceholderText("+91 98100 12345")
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 1)

    def party(self) -> Party:
        v = {name: edit.text().strip() for name, edit in self.edits.items()}
        v["country"] = country_code(v["country"])
        return Party(**v)

    def set_party(self, party: Party) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(party, name))

    def clear(self) -> None:
        for edit in self.edits.values():
            edit.clear()

    def first_input(self) -> QLineEdit:
        return self.edits["name"]
