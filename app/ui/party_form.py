"""Sender or addressee block: name, phone, address, city, postcode, country.

Latin script abroad: when the clerk types a name, address or city in Cyrillic or
Devanagari, its transliteration (ICAO Doc 9303 / ISO 15919, ``app.domain.transliteration``)
appears next to it. The clerk may correct it (click it, or Ctrl+L from the field; Ctrl+L
again goes back); once corrected it is no longer overwritten. Both are kept: the original
for the receipt and domestic records, the Latin form for documents that leave the country.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from app.domain.consignment import Party
from app.domain.transliteration import SCRIPT_FIELDS, needs_latin, to_latin
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


class _SampleEdit(QLineEdit):
    """An input never narrower than its ``sample`` needs to be seen whole."""

    def __init__(self, sample: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.sample = sample

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        # QLineEdit's size hint is 17 x's plus its margins, frame and padding (style sheet
        # included): the same with the sample in place of the x's, and the cursor after it.
        fm = self.fontMetrics()
        some = super().sizeHint().width() - 17 * fm.horizontalAdvance("x")
        return QSize(max(hint.width(), some + fm.horizontalAdvance(self.sample) + 1), hint.height())


# Yardsticks for widths, not texts anyone sees: a long city name (issue 13: "Москва" showed
# as "осква" in a 56-pixel city field), a postcode of eight (six digits in Russia and India).
_SAMPLES = {"city": "Санкт-Петербург", "postcode": "00000000"}


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
        self.latin: dict[str, QLineEdit] = {}
        self._latin_corrected: set[str] = set()
        labels = {
            "name": self.tr("Full name"),
            "phone": self.tr("Phone"),
            "address": self.tr("Street, house, flat"),
            "city": self.tr("City"),
            "postcode": self.tr("Postcode"),
            "country": self.tr("Country"),
        }
        # Four rows, not six: name and phone, the street, city and postcode, the country, so
        # both parties fit beside each other on a 1366x768 counter screen. Two columns of
        # inputs: the wide one (name, city, country) and a narrow one (phone, postcode); the
        # street spans both. The city holds a long city name whole (issue 13: with city,
        # postcode and country in one row it was 56 px in Russian, "Москва" showed as
        # "осква"). Each input has its Latin form (when needed) and its problem under it;
        # those take no room while hidden.
        grid = QGridLayout(self)
        grid.setVerticalSpacing(2)
        grid.setContentsMargins(8, 6, 8, 6)
        places = {  # field -> (row, column of the caption, column span of the input)
            "name": (0, 0, 1),
            "phone": (0, 2, 1),
            "address": (3, 0, 3),
            "city": (6, 0, 1),
            "postcode": (6, 2, 1),
            "country": (9, 0, 1),
        }
        left_captions: list[QLabel] = []
        for name in _FIELDS:
            edit = _SampleEdit(_SAMPLES[name], self) if name in _SAMPLES else QLineEdit(self)
            edit.setObjectName(f"{prefix}_{name}")
            edit.textEdited.connect(self.sig_changed)
            if name not in _SAMPLES:
                edit.setMinimumWidth(56)  # both parties side by side on a 1280-pixel screen
            caption = QLabel(labels[name], self)
            caption.setWordWrap(True)  # a long caption takes two lines, not the form's width
            caption.setBuddy(edit)
            err = error_label(self)
            row, col, span = places[name]
            if col == 0:
                left_captions.append(caption)
            grid.addWidget(caption, row, col)
            grid.addWidget(edit, row, col + 1, 1, span)
            if name in SCRIPT_FIELDS:
                # under its original, shown only while the original is in another script
                self.latin[name] = self._latin_edit(name, edit)
                grid.addWidget(self.latin[name], row + 1, col + 1, 1, span)
            grid.addWidget(err, row + 2, col + 1, 1, span)
            board.register(f"{prefix}.{name}", edit, err)
            self.edits[name] = edit
        # Pops up only for a search of 3+ letters, so typing "IN" + Enter simply moves on.
        CodeCompleter(_countries(), self.edits["country"])
        self.edits["country"].setPlaceholderText(self.tr("type a code or name, e.g. IN"))
        self.edits["phone"].setPlaceholderText("+91 98100 12345")
        # The room goes 2 : 3 : 1 to the captions on the left, the wide inputs and the narrow
        # ones, so on a narrow screen a long caption wraps rather than squeezing the inputs.
        # The captions' column grows no wider than its widest caption on one line: a column
        # is as wide at most as the least maximum of its widgets.
        widest = max(left_captions, key=lambda label: label.sizeHint().width())
        policy = widest.sizePolicy()  # keeps the height-for-width of a wrapping label
        policy.setHorizontalPolicy(QSizePolicy.Policy.Maximum)  # at most its size hint
        widest.setSizePolicy(policy)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 1)
        toggle = QShortcut(QKeySequence("Ctrl+L"), self, self._toggle_latin)
        toggle.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- Latin script --------------------------------------------------------------------
    def _latin_edit(self, name: str, original: QLineEdit) -> QLineEdit:
        latin = QLineEdit(self)
        latin.setObjectName(f"{self.prefix}_{name}_latin")
        latin.setPlaceholderText(self.tr("in Latin script, for documents abroad"))
        latin.setProperty("role", "latinForm")
        latin.setToolTip(
            self.tr(
                "Printed on the CN 23, label and advance data instead of the original. "
                "Correct it if needed (Ctrl+L switches between the two fields)."
            )
        )
        # Enter and Tab walk the originals only; the clerk comes here to correct.
        latin.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        latin.hide()
        latin.textEdited.connect(lambda _t, n=name: self._latin_corrected.add(n))
        latin.textEdited.connect(self.sig_changed)
        original.textChanged.connect(lambda text, n=name: self._follow(n, text))
        return latin

    def _follow(self, name: str, text: str) -> None:
        """Show (and keep up to date, unless corrected) the Latin form of a scripted field."""
        latin = self.latin[name]
        if not needs_latin(text):
            latin.hide()
            latin.clear()
            self._latin_corrected.discard(name)
            return
        latin.show()
        if name not in self._latin_corrected:
            latin.setText(to_latin(text.strip()))

    def _toggle_latin(self) -> None:
        for name, latin in self.latin.items():
            if latin.hasFocus():
                self.edits[name].setFocus()
                return
            if self.edits[name].hasFocus() and latin.isVisible():
                latin.setFocus()
                latin.selectAll()
                return

    def latin_forms(self) -> tuple[tuple[str, str], ...]:
        """The Latin forms shown (fields typed in another script only)."""
        return tuple(
            (name, latin.text().strip())
            for name, latin in self.latin.items()
            if needs_latin(self.edits[name].text()) and latin.text().strip()
        )

    # -- reading and writing -------------------------------------------------------------
    def party(self) -> Party:
        v = {name: edit.text().strip() for name, edit in self.edits.items()}
        v["country"] = country_code(v["country"])
        return Party(**v, latin=self.latin_forms())

    def set_party(self, party: Party) -> None:
        self._latin_corrected.clear()
        given = dict(party.latin)
        for name, edit in self.edits.items():
            edit.setText(getattr(party, name))
        for name, text in given.items():
            if name in self.latin and text and needs_latin(self.edits[name].text()):
                self.latin[name].setText(text)
                self._latin_corrected.add(name)
        # setText leaves the cursor at the end: a long name would show only its tail.
        for edit in (*self.edits.values(), *self.latin.values()):
            edit.setCursorPosition(0)

    def clear(self) -> None:
        for edit in self.edits.values():
            edit.clear()
        self._latin_corrected.clear()

    def first_input(self) -> QLineEdit:
        return self.edits["name"]
