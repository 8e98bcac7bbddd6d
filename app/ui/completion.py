"""Code completion for countries, currencies and HS chapters, in English and Russian.

Used by the CN 23 editor and the sender and addressee forms: typing a code (``RU``,
``EUR``) never meets a popup; typing a name (``герм``, ``furn``) shows the matches and
inserts only the code. The lists come from pycountry and the shipped HS chapters.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pycountry
from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from app.domain.hs import HsChapter

CODE_ROLE = Qt.ItemDataRole.UserRole + 1

# Used when pycountry's Russian catalogue is missing (some distributions strip locales).
_RU_FALLBACK = {
    "RU": "Россия",
    "IN": "Индия",
    "CN": "Китай",
    "DE": "Германия",
    "US": "США",
    "TR": "Турция",
    "IT": "Италия",
    "FR": "Франция",
    "JP": "Япония",
    "KR": "Республика Корея",
    "BY": "Беларусь",
    "KZ": "Казахстан",
    "VN": "Вьетнам",
    "BD": "Бангладеш",
}


@dataclass(frozen=True, slots=True)
class Choice:
    """One completion entry: the code that is inserted and the text that is searched."""

    code: str
    label: str


def _russian() -> gettext.NullTranslations | None:
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    except OSError:
        return None


def country_choices() -> list[Choice]:
    """``DE — Germany — Германия`` for every ISO 3166 country."""
    ru = _russian()
    out = []
    for c in pycountry.countries:
        en = getattr(c, "common_name", None) or c.name
        ru_name = ru.gettext(c.name) if ru else _RU_FALLBACK.get(c.alpha_2, "")
        label = f"{c.alpha_2} — {en}" + (f" — {ru_name}" if ru_name and ru_name != c.name else "")
        out.append(Choice(c.alpha_2, label))
    return sorted(out, key=lambda ch: ch.code)


def currency_choices() -> list[Choice]:
    """``EUR — Euro`` for every ISO 4217 currency."""
    return sorted(
        (Choice(c.alpha_3, f"{c.alpha_3} — {c.name}") for c in pycountry.currencies),
        key=lambda ch: ch.code,
    )


def chapter_choices(chapters: Iterable[HsChapter]) -> list[Choice]:
    """``94 — Furniture… — Мебель…`` per HS chapter; completing inserts the two digits."""
    return [
        Choice(c.code, f"{c.code} — {c.name_en}" + (f" — {c.name_ru}" if c.name_ru else ""))
        for c in chapters
    ]


def resolve_code(text: str, choices: Sequence[Choice], length: int) -> str:
    """``"DE — Germany"``, ``"de"``, ``"Germany"`` or ``"германия"`` -> ``"DE"``.

    Unknown text comes back upper-cased and unchanged otherwise, so validation can say
    what is wrong with it instead of the editor silently dropping it.
    """
    t = text.strip()
    if not t:
        return ""
    head = t.split("—")[0].strip()
    if len(head) == length and head.isalpha():
        return head.upper()
    folded = t.casefold()
    for ch in choices:
        names = [part.strip().casefold() for part in ch.label.split("—")[1:]]
        if folded in names:
            return ch.code
    return t.upper()


class CodeCompleter(QCompleter):
    """Completion that matches anywhere in the label and inserts only the code.

    It pops up only for a search (3 or more characters with a letter, that are not
    already a code), so typing ``RU``, ``EUR`` or ``940360`` followed by Enter never
    meets a popup; ``герм`` or ``furn`` shows the matches, Down and Enter pick one.
    """

    def __init__(self, choices: Sequence[Choice], edit: QLineEdit) -> None:
        model = QStandardItemModel(edit)
        for ch in choices:
            item = QStandardItem(ch.label)
            item.setData(ch.code, CODE_ROLE)
            model.appendRow(item)
        super().__init__(model, edit)
        self._codes = {ch.code for ch in choices}
        self._edit = edit
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)
        self.setWidget(edit)
        edit.textEdited.connect(self._on_text)
        self.activated[QModelIndex].connect(self._on_activated)

    def _on_text(self, text: str) -> None:
        t = text.strip()
        if len(t) >= 3 and any(ch.isalpha() for ch in t) and t.upper() not in self._codes:
            self.setCompletionPrefix(t)
            if self.completionCount():
                self.complete()
                return
        self.popup().hide()

    def _on_activated(self, index: QModelIndex) -> None:
        self._edit.setText(str(index.data(CODE_ROLE)))
        self._edit.setFocus()
        self._edit.editingFinished.emit()

    def popup_visible(self) -> bool:
        return self.popup().isVisible()


def completer_of(edit: QObject | None) -> CodeCompleter | None:
    """The ``CodeCompleter`` of a line edit (a child of it; ``QLineEdit.completer()`` is
    not used because it would pop up on every key)."""
    if not isinstance(edit, QLineEdit):
        return None
    return edit.findChild(CodeCompleter)
