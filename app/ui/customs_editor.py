"""A keyboard-fast CN 23 editor: category, content lines, numbers and references.

Decision kept from ``app.domain.customs``: a line's net weight and value are for the
**whole line**; the column headers say so. Each value is rounded to the currency's
minor unit when typed, so the totals under the table are exactly the sum of the lines.

Keyboard: Enter moves to the next field; in the lines table Enter commits the cell and
opens the next one, and at the end of a line starts a new line; Enter on the empty
description of a new last line leaves the table. Ctrl+D duplicates the current line,
Ctrl+Delete removes it, Insert adds an empty one. Countries, currencies and HS chapters
complete from English and Russian names.

Pieces: every piece of a consignment is a postal item with its own content lines. A new
line goes to the piece being weighed; with more than one piece the row header says which
piece a line is on, Alt+Right / Alt+Left move the current line to the next / previous
piece and Alt+1 ... Alt+9 put it on that piece. A single-piece consignment shows none of it.

Latin script abroad: a description typed in Cyrillic or Devanagari shows its
transliteration under the table; Ctrl+L on a line lets the clerk correct it (both stored).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import hs
from app.domain.customs import CATEGORY_LABELS, CustomsCategory, CustomsDeclaration, CustomsLine
from app.domain.hs import HsChapter
from app.domain.money import Money
from app.domain.problems import Problem
from app.domain.transliteration import needs_latin, to_latin
from app.domain.weight import format_kg, parse_kg
from app.ui.completion import (
    CodeCompleter,
    chapter_choices,
    completer_of,
    country_choices,
    currency_choices,
    resolve_code,
)
from app.ui.feedback import mark_invalid
from app.ui.translate import problem_text, tr_domain

COLUMNS = ("description", "quantity", "net_weight", "value", "hs_code", "origin")
COL = {name: i for i, name in enumerate(COLUMNS)}
UNIT_ROLE = Qt.ItemDataRole.UserRole + 2
# On the description cell: the piece (1-based) the line travels in, and the Latin form.
PIECE_ROLE = Qt.ItemDataRole.UserRole + 3
LATIN_ROLE = Qt.ItemDataRole.UserRole + 4
# The description the Latin form was confirmed for: a changed description drops it.
LATIN_OF_ROLE = Qt.ItemDataRole.UserRole + 5
TEXT_FIELDS = (
    "invoice_number",
    "importer_reference",
    "importer_contact",
    "licence_number",
    "certificate_number",
    "exporter_iec",
    "pbe_reference",
    "comments",
)

# --- the lines table --------------------------------------------------------------------


class _LineDelegate(QStyledItemDelegate):
    """Plain line editors; the HS and origin columns complete codes."""

    def __init__(self, editor: CustomsEditor) -> None:
        super().__init__(editor)
        self._owner = editor

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        edit = QLineEdit(parent)
        edit.setObjectName(f"cell_{COLUMNS[index.column()]}")
        if index.column() == COL["origin"]:
            CodeCompleter(self._owner.countries, edit)
        elif index.column() == COL["hs_code"]:
            CodeCompleter(self._owner.chapters, edit)
        return edit


class _LinesTable(QTableWidget):
    """Enter commits a cell and opens the next one (see the module docstring)."""

    sig_leave = Signal()
    # The first Enter on an empty last description only arms the exit: a second one (or
    # Tab) leaves. One stray Enter must not send the next line's numbers into the fields
    # below the table.
    sig_leave_armed = Signal(bool)

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        self._leave_armed = False

    def _arm(self, armed: bool) -> None:
        if armed != self._leave_armed:
            self._leave_armed = armed
            self.sig_leave_armed.emit(armed)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        text = editor.text() if isinstance(editor, QLineEdit) else ""
        if hint == QAbstractItemDelegate.EndEditHint.EditNextItem and self._on_blank_last_row(text):
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._leave()  # Tab on the empty last line: done with the lines
            return
        if hint != QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self._arm(False)
            super().closeEditor(editor, hint)
            return
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self.advance(empty=not text.strip())

    def advance(self, *, empty: bool = False) -> None:
        row, col = self.currentRow(), self.currentColumn()
        if row < 0:
            return
        last = row == self.rowCount() - 1
        if col == COL["description"] and empty and last and self._row_blank(row):
            # An empty new last line means "done with the lines" when Enter comes twice.
            if self._leave_armed:
                self._leave()
                return
            self._arm(True)
            self.editItem(self._item(row, col))
            return
        self._arm(False)
        if col < len(COLUMNS) - 1:
            self.setCurrentCell(row, col + 1)
        else:
            if last:
                self.insertRow(self.rowCount())
            self.setCurrentCell(row + 1, 0)
        self.editItem(self._item(self.currentRow(), self.currentColumn()))

    def sizeHint(self) -> QSize:
        """Room for the header and two lines: a one-line consignment fits the screen; more
        lines scroll inside the table (or the table grows when the window is taller)."""
        hint = super().sizeHint()
        rows = max(2, min(self.rowCount() + 1, 4))
        height = (
            self.horizontalHeader().sizeHint().height()
            + rows * self.verticalHeader().defaultSectionSize()
            + 2 * self.frameWidth()
            + self.horizontalScrollBar().sizeHint().height()
        )
        return QSize(hint.width(), height)

    def _on_blank_last_row(self, text: str) -> bool:
        row = self.currentRow()
        return (
            row == self.rowCount() - 1
            and self.currentColumn() == COL["description"]
            and not text.strip()
            and self._row_blank(row)
        )

    def _leave(self) -> None:
        self._arm(False)
        row = self.currentRow()
        if self.rowCount() > 1 and self._row_blank(row):
            self.removeRow(row)
            self.setCurrentCell(row - 1, 0)
        self.sig_leave.emit()

    def _item(self, row: int, col: int) -> QTableWidgetItem:
        item = self.item(row, col)
        if item is None:
            item = QTableWidgetItem("")
            self.setItem(row, col, item)
        return item

    def _row_blank(self, row: int) -> bool:
        return all(
            not (self.item(row, c) and self.item(row, c).text().strip())
            for c in range(self.columnCount())
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            if self.currentRow() < 0 and self.rowCount() == 0:
                self.insertRow(0)
                self.setCurrentCell(0, 0)
            if self.currentRow() >= 0:
                self.editItem(self._item(self.currentRow(), max(0, self.currentColumn())))
                return
        super().keyPressEvent(event)


# --- the editor ---------------------------------------------------------------------------


class CustomsEditor(QWidget):
    """The CN 23 editor. ``declaration()`` reads it, ``set_declaration()`` fills it,
    ``show_problems()`` puts each problem next to its field.

    Signals:
        sig_changed(): anything in the declaration changed (typed, pasted, set).
    """

    sig_changed = Signal()

    def __init__(
        self,
        chapters: Iterable[HsChapter] | None = None,
        currency: str = "EUR",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customs_editor")
        if chapters is None:
            chapters = _shipped_chapters()
        self.countries = country_choices()
        self.currencies = currency_choices()
        self._currency_codes = {c.code for c in self.currencies}
        self._last_currency = currency.upper()
        self.chapters = chapter_choices(chapters)
        self._loading = False
        self._input_problems: list[tuple[int, int, str]] = []
        self._extra: dict[str, str] = {}
        self._piece_count = 1
        self._current_piece = 1

        self.category = QComboBox(self)
        self.category.setObjectName("category")
        for cat in CustomsCategory:
            self.category.addItem(tr_domain("Customs", CATEGORY_LABELS[cat]), cat.value)
        self.category.setCurrentIndex(self.category.findData(CustomsCategory.SALE_OF_GOODS.value))
        self.explanation = QLineEdit(self)
        self.explanation.setObjectName("category_explanation")
        self.explanation.setPlaceholderText(self.tr("What is it? (category 'Other' only)"))
        self.currency = QLineEdit(currency, self)
        self.currency.setObjectName("currency")
        self.currency.setMaxLength(40)
        CodeCompleter(self.currencies, self.currency)

        self.table = _LinesTable(0, len(COLUMNS), self)
        self.table.setObjectName("lines")
        self.table.setItemDelegate(_LineDelegate(self))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL["description"], QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.sig_leave.connect(self._leave_table)
        self.table.itemChanged.connect(self._on_item_changed)

        self.totals = QLabel(self)
        self.totals.setObjectName("totals")
        self.lines_error = self._error_label("lines_error")
        self.totals_error = self._error_label("totals_error")

        self.fields: dict[str, QLineEdit] = {}
        labels = {
            "invoice_number": self.tr("Invoice number"),
            "importer_reference": self.tr("Importer's reference (tax / VAT / importer code)"),
            "importer_contact": self.tr("Importer's contact (phone, e-mail)"),
            "licence_number": self.tr("Licence number"),
            "certificate_number": self.tr("Certificate number"),
            "exporter_iec": self.tr("Exporter's IEC (India export)"),
            "pbe_reference": self.tr("Postal Bill of Export reference (India export)"),
            "comments": self.tr("Comments (quarantine, sanitary or other inspection)"),
        }
        self.errors: dict[str, QLabel] = {}
        # The references and comments most parcels never need sit behind "More": the
        # one-line consignment fits the screen. They open by themselves when they hold a
        # value or a problem, so nothing is ever hidden that matters.
        self.more_button = QPushButton(self.tr("More: invoice, licence, certificate, references…"))
        self.more_button.setObjectName("moreCustoms")
        self.more_button.setCheckable(True)
        self.more_button.setFlat(True)
        self.more_button.toggled.connect(self.set_more_shown)
        self.more_box = QWidget(self)
        self.more_box.setObjectName("moreCustomsBox")
        form = QGridLayout(self.more_box)
        form.setContentsMargins(0, 0, 0, 0)
        for i, name in enumerate(TEXT_FIELDS):
            edit = QLineEdit(self.more_box)
            edit.setObjectName(name)
            self.fields[name] = edit
            caption = QLabel(labels[name], self.more_box)
            caption.setWordWrap(True)
            caption.setBuddy(edit)
            row, col = divmod(i, 2)
            form.addWidget(caption, row, col * 2)
            form.addWidget(self._with_error(name, edit), row, col * 2 + 1)
            edit.textEdited.connect(self._emit_changed)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        self.more_box.hide()

        top = QGridLayout()
        top.addWidget(QLabel(self.tr("Category"), self), 0, 0)
        top.addWidget(self._with_error("category", self.category), 0, 1)
        top.addWidget(QLabel(self.tr("Explanation"), self), 0, 2)
        top.addWidget(self._with_error("category_explanation", self.explanation), 0, 3)
        top.addWidget(QLabel(self.tr("Currency"), self), 0, 4)
        top.addWidget(self._with_error("currency", self.currency), 0, 5)
        top.setColumnStretch(3, 1)

        hint = QLabel(
            self.tr(
                "Net weight and value are for the whole line (all units together). "
                "Enter: next cell · Ctrl+D: duplicate line · Ctrl+Delete: remove line · Insert: new line"
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.hint = hint
        self._hint_text = hint.text()
        # The keys are in the table's tooltip and the README; the line shows only when an
        # empty last line waits for a second Enter, so the table keeps its height.
        self.table.setToolTip(self._hint_text)
        hint.hide()
        self.table.sig_leave_armed.connect(self._show_leave_hint)
        self.pieces_hint = QLabel(
            self.tr(
                "Each piece declares its own contents. "
                "Alt+Right / Alt+Left: move the line to the next / previous piece · "
                "Alt+1…9: put it on that piece"
            ),
            self,
        )
        self.pieces_hint.setObjectName("pieces_hint")
        self.pieces_hint.setWordWrap(True)
        self.pieces_hint.hide()
        self.latin_preview = QLabel(self)
        self.latin_preview.setObjectName("latin_preview")
        self.latin_preview.setWordWrap(True)
        self.latin_preview.hide()
        totals_row = QHBoxLayout()
        totals_row.addWidget(self.totals, 1)
        totals_row.addWidget(self.more_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.pieces_hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.lines_error)
        layout.addWidget(self.latin_preview)
        layout.addLayout(totals_row)
        layout.addWidget(self.totals_error)
        layout.addWidget(self.more_box)

        self.category.currentIndexChanged.connect(self._on_category)
        self.explanation.textEdited.connect(self._emit_changed)
        self.currency.editingFinished.connect(self._on_currency)
        for w in (self.category, self.explanation, self.currency, *self.fields.values()):
            w.installEventFilter(self)
        self.setTabOrder(self.category, self.explanation)
        self.setTabOrder(self.explanation, self.currency)
        self.setTabOrder(self.currency, self.table)
        self.setTabOrder(self.table, self.more_button)
        self.more_button.installEventFilter(self)
        previous: QWidget = self.more_button
        for name in TEXT_FIELDS:
            self.setTabOrder(previous, self.fields[name])
            previous = self.fields[name]

        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Ctrl+D", self.duplicate_line),
            ("Ctrl+Delete", self.remove_line),
            ("Insert", self.add_line),
            ("Ctrl+L", self.edit_latin),
            ("Alt+Right", lambda: self.move_line_by(1)),
            ("Alt+Left", lambda: self.move_line_by(-1)),
            *((f"Alt+{n}", lambda n=n: self.move_line_to(n)) for n in range(1, 10)),
        ):
            sc = QShortcut(QKeySequence(keys), self.table, slot)
            sc.setContext(ctx)
        self._update_headers()
        self._on_category()
        self._refresh()

    # -- building blocks -----------------------------------------------------------------
    def _error_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setProperty("role", "fieldError")
        label.setWordWrap(True)
        label.hide()
        return label

    def _with_error(self, name: str, widget: QWidget) -> QWidget:
        box = QWidget(self)
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(widget)
        label = self._error_label(f"{name}_error")
        self.errors[name] = label
        v.addWidget(label)
        return box

    def _update_headers(self) -> None:
        cur = self.current_currency()
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Detailed description"),
                self.tr("Quantity"),
                self.tr("Net weight of line, kg"),
                self.tr("Value of line, {currency}").format(currency=cur),
                self.tr("HS code"),
                self.tr("Country of origin"),
            ]
        )

    # -- keyboard ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            if watched is self.more_button:
                if not self.more_box.isVisible():
                    self.set_more_shown(True)
                    self.fields[TEXT_FIELDS[0]].setFocus(Qt.FocusReason.TabFocusReason)
                else:
                    self.focusNextChild()
                return True
            completer = completer_of(watched)
            if completer is not None and completer.popup_visible():
                return False
            if watched is self.currency:
                self._on_currency()
            if (
                watched is self.category
                and isinstance(watched, QComboBox)
                and watched.view().isVisible()
            ):
                return False
            self.focusNextChild()
            return True
        return super().eventFilter(watched, event)

    def _leave_table(self) -> None:
        if self.more_box.isVisible():
            self.fields[TEXT_FIELDS[0]].setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.more_button.setFocus(Qt.FocusReason.TabFocusReason)

    def _show_leave_hint(self, armed: bool) -> None:
        self.hint.setVisible(armed)
        if armed:
            self.hint.setText(
                self.tr(
                    "Empty line: press Enter again (or Tab) to finish the lines, "
                    "or type a description."
                )
            )
        else:
            self.hint.setText(self._hint_text)

    def set_more_shown(self, shown: bool) -> None:
        """Show or hide the rarely used references (invoice, licence, certificate...)."""
        self.more_box.setVisible(shown)
        if self.more_button.isChecked() != shown:
            self.more_button.setChecked(shown)
        self.more_button.setText(
            self.tr("Fewer fields")
            if shown
            else self.tr("More: invoice, licence, certificate, references…")
        )

    def _commit_open_editor(self) -> None:
        editor = QApplication.focusWidget()
        if (
            self.table.state() == QAbstractItemView.State.EditingState
            and editor is not None
            and self.table.isAncestorOf(editor)
        ):
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    # -- lines ---------------------------------------------------------------------------
    def add_line(self) -> None:
        """Insert an empty line below the current one and start typing its description."""
        self._commit_open_editor()
        row = self.table.currentRow() + 1 if self.table.rowCount() else 0
        self.table.insertRow(row)
        self.table._item(row, 0).setData(PIECE_ROLE, self._current_piece)
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        self.table.editItem(self.table._item(row, 0))
        self._refresh()

    # -- pieces --------------------------------------------------------------------------
    def set_pieces(self, count: int, current: int | None = None) -> None:
        """The consignment has ``count`` pieces; new lines go to ``current`` (default: the last)."""
        self._stamp_pieces()
        self._piece_count = max(1, count)
        self._current_piece = min(max(1, current or self._piece_count), self._piece_count)
        self.pieces_hint.setVisible(self._piece_count > 1)
        self._refresh()

    def _stamp_pieces(self) -> None:
        """Lines typed so far stay on the piece they were typed for."""
        was = self._loading
        self._loading = True
        try:
            for row in range(self.table.rowCount()):
                item = self.table.item(row, COL["description"])
                if (item is None or not item.data(PIECE_ROLE)) and any(
                    self._cell(row, c) for c in range(len(COLUMNS))
                ):
                    self.table._item(row, COL["description"]).setData(
                        PIECE_ROLE, self._current_piece
                    )
        finally:
            self._loading = was

    def line_piece(self, row: int) -> int:
        """The piece (1-based) the line of ``row`` travels in."""
        item = self.table.item(row, COL["description"])
        value = item.data(PIECE_ROLE) if item is not None else None
        return int(value) if value else self._current_piece

    def move_line_to(self, piece: int) -> None:
        """Put the current line on ``piece`` (ignored beyond the consignment's pieces)."""
        self._commit_open_editor()
        row = self.table.currentRow()
        if row < 0 or not 1 <= piece <= self._piece_count:
            return
        self.table._item(row, COL["description"]).setData(PIECE_ROLE, piece)
        self._refresh()

    def latin_of(self, row: int) -> str:
        """The Latin form of the line's description: the clerk's, else the transliteration."""
        return self._confirmed_latin(row) or to_latin(self._cell(row, COL["description"]))

    def _confirmed_latin(self, row: int) -> str:
        item = self.table.item(row, COL["description"])
        if item is None or item.data(LATIN_OF_ROLE) != item.text().strip():
            return ""
        return str(item.data(LATIN_ROLE) or "")

    def set_latin(self, row: int, text: str) -> None:
        """The clerk's Latin form of the line's description ("" = transliterate)."""
        item = self.table._item(row, COL["description"])
        was = self._loading
        self._loading = True
        try:
            item.setData(LATIN_ROLE, text.strip())
            item.setData(LATIN_OF_ROLE, item.text().strip())
        finally:
            self._loading = was
        self._refresh()

    def edit_latin(self) -> None:
        """Ctrl+L: correct the Latin form of the current line's description."""
        self._commit_open_editor()
        row = self.table.currentRow()
        if row < 0 or not needs_latin(self._cell(row, COL["description"])):
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("Description in Latin script"),
            self.tr("Line {n}, as printed on documents abroad:").format(n=row + 1),
            text=self.latin_of(row),
        )
        if ok:
            self.set_latin(row, text)

    def move_line_by(self, step: int) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.move_line_to(self.line_piece(row) + step)

    def duplicate_line(self) -> None:
        """Copy the current line below itself (then change what differs)."""
        self._commit_open_editor()
        row = self.table.currentRow()
        if row < 0:
            return
        self._loading = True
        try:
            self.table.insertRow(row + 1)
            for col in range(len(COLUMNS)):
                src = self.table.item(row, col)
                item = src.clone() if src is not None else QTableWidgetItem("")
                self.table.setItem(row + 1, col, item)
        finally:
            self._loading = False
        self.table.setCurrentCell(row + 1, self.table.currentColumn())
        self.table.setFocus()
        self._refresh()

    def remove_line(self) -> None:
        self._commit_open_editor()
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 0)
        self._refresh()

    def _cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            self._normalise(item)
        finally:
            self._loading = False
        self._refresh()

    def _normalise(self, item: QTableWidgetItem) -> None:
        """Show what will be declared: rounded value, grams as kg, resolved codes."""
        text, col = item.text().strip(), item.column()
        if not text:
            return
        try:
            if col == COL["net_weight"]:
                item.setText(format_kg(parse_kg(text), 3))
            elif col == COL["value"]:
                item.setText(str(Money.parse(text, self.current_currency()).quantized().amount))
            elif col == COL["hs_code"]:
                item.setText(hs.normalise(resolve_code(text, self.chapters, 2)))
            elif col == COL["origin"]:
                item.setText(resolve_code(text, self.countries, 2))
            elif col == COL["quantity"]:
                item.setText(str(int(text)))
        except ValueError:
            pass  # left as typed; _refresh reports it at the cell

    # -- reading and writing ---------------------------------------------------------------
    def current_currency(self) -> str:
        """The currency code typed; while the text is not a known code, the last one that was."""
        code = resolve_code(self.currency.text(), self.currencies, 3)
        if code in self._currency_codes:
            self._last_currency = code
        return self._last_currency

    def _line(self, row: int) -> tuple[CustomsLine | None, list[tuple[int, str]]]:
        """The line of ``row`` (``None`` when blank) and its unreadable cells."""
        cells = [self._cell(row, c) for c in range(len(COLUMNS))]
        if not any(cells):
            return None, []
        bad: list[tuple[int, str]] = []
        try:
            quantity = int(cells[COL["quantity"]]) if cells[COL["quantity"]] else 0
        except ValueError:
            quantity = 0
            bad.append((COL["quantity"], self.tr("Type a whole number, e.g. 4.")))
        try:
            grams = parse_kg(cells[COL["net_weight"]]) if cells[COL["net_weight"]] else 0
        except ValueError:
            grams = 0
            bad.append((COL["net_weight"], self.tr("Type the weight in kg, e.g. 12.5.")))
        currency = self.current_currency()
        try:
            value = (
                Money.parse(cells[COL["value"]], currency).quantized()
                if cells[COL["value"]]
                else Money.zero(currency)
            )
        except ValueError:
            value = Money.zero(currency)
            bad.append((COL["value"], self.tr("Type the amount, e.g. 120.50.")))
        item = self.table.item(row, COL["description"])
        unit = str(item.data(UNIT_ROLE) or "pcs") if item is not None else "pcs"
        latin = self._confirmed_latin(row)
        line = CustomsLine(
            description=cells[COL["description"]],
            quantity=quantity,
            net_grams=grams,
            value=value,
            hs_code=hs.normalise(cells[COL["hs_code"]]),
            origin_country=resolve_code(cells[COL["origin"]], self.countries, 2),
            unit=unit,
            piece=self.line_piece(row),
            description_latin=latin,
        )
        return line, bad

    def lines(self) -> tuple[CustomsLine, ...]:
        out = []
        for row in range(self.table.rowCount()):
            line, _ = self._line(row)
            if line is not None:
                out.append(line)
        return tuple(out)

    def declaration(self) -> CustomsDeclaration:
        """What the editor holds, as the domain's declaration (blank lines left out)."""
        return CustomsDeclaration(
            category=CustomsCategory(self.category.currentData()),
            lines=self.lines(),
            currency=self.current_currency(),
            category_explanation=self.explanation.text().strip(),
            extra=dict(self._extra),
            **{name: self.fields[name].text().strip() for name in TEXT_FIELDS},
        )

    def set_declaration(self, decl: CustomsDeclaration) -> None:
        """Show ``decl`` (e.g. from a pre-advice or a sender profile)."""
        self._loading = True
        try:
            self.category.setCurrentIndex(self.category.findData(decl.category.value))
            self.explanation.setText(decl.category_explanation)
            self.currency.setText(decl.currency)
            for name in TEXT_FIELDS:
                self.fields[name].setText(str(getattr(decl, name)))
            self._extra = dict(decl.extra)
            self.table.setRowCount(0)
            for row, line in enumerate(decl.lines):
                self.table.insertRow(row)
                texts = (
                    line.description,
                    str(line.quantity),
                    format_kg(line.net_grams, 3),
                    str(line.value.quantized().amount),
                    line.hs_code,
                    line.origin_country,
                )
                for col, text in enumerate(texts):
                    self.table.setItem(row, col, QTableWidgetItem(text))
                desc = self.table.item(row, COL["description"])
                desc.setData(UNIT_ROLE, line.unit)
                desc.setData(PIECE_ROLE, line.piece)
                desc.setData(LATIN_ROLE, line.description_latin)
                desc.setData(LATIN_OF_ROLE, line.description.strip())
            if decl.lines:
                self.table.setCurrentCell(0, 0)
        finally:
            self._loading = False
        # filled references are shown; a fresh declaration folds them away again
        self.set_more_shown(any(self.fields[name].text() for name in TEXT_FIELDS))
        self._update_headers()
        self._on_category()
        self._refresh()

    def clear(self) -> None:
        self.set_declaration(CustomsDeclaration(currency=self.current_currency()))

    # -- reactions -------------------------------------------------------------------------
    def _emit_changed(self) -> None:
        if not self._loading:
            self.sig_changed.emit()

    def _on_category(self) -> None:
        other = self.category.currentData() == CustomsCategory.OTHER.value
        self.explanation.setEnabled(other)
        self._emit_changed()

    def _on_currency(self) -> None:
        completer = completer_of(self.currency)
        if completer is not None and completer.popup_visible():
            return  # focus went to the popup: the clerk is still choosing
        code = resolve_code(self.currency.text(), self.currencies, 3)
        if code in self._currency_codes and self.currency.text() != code:
            self.currency.setText(code)
        elif code not in self._currency_codes:
            self.errors["currency"].setText(
                self.tr("Choose a currency from the list, e.g. EUR, RUB or INR.")
            )
            self.errors["currency"].show()
        self._update_headers()
        self._refresh()

    def _refresh(self) -> None:
        """Totals and the editor's own input problems; then tell the world."""
        self._input_problems = []
        for row in range(self.table.rowCount()):
            _, bad = self._line(row)
            self._input_problems.extend((row, col, msg) for col, msg in bad)
        lines = self.lines()
        cur = self.current_currency()
        total_value = sum((ln.value.amount for ln in lines), Decimal(0))
        total_grams = sum(ln.net_grams for ln in lines)
        self.totals.setText(
            self.tr(
                "{count} line(s) · total net weight {kg} kg · total value {value} {currency}"
            ).format(
                count=len(lines),
                kg=format_kg(total_grams, 3),
                value=Money(total_value, cur).quantized().amount,
                currency=cur,
            )
        )
        self._show_line_pieces(lines)
        self._show_latin()
        self._paint_cells({})
        self._emit_changed()

    def _show_latin(self) -> None:
        """Under the table: the Latin form of every description typed in another script."""
        rows = [
            self.tr("Line {n}: {latin}").format(n=row + 1, latin=self.latin_of(row))
            for row in range(self.table.rowCount())
            if needs_latin(self._cell(row, COL["description"]))
        ]
        self.latin_preview.setVisible(bool(rows))
        if rows:
            self.latin_preview.setText(
                self.tr("On documents abroad (Ctrl+L on a line to correct): {lines}").format(
                    lines=" · ".join(rows)
                )
            )

    def _show_line_pieces(self, lines: tuple[CustomsLine, ...]) -> None:
        """Row headers name each line's piece; the totals add each piece's weight and value."""
        many = self._piece_count > 1
        for row in range(self.table.rowCount()):
            text = (
                self.tr("{line} · piece {piece}").format(line=row + 1, piece=self.line_piece(row))
                if many
                else str(row + 1)
            )
            self.table.setVerticalHeaderItem(row, QTableWidgetItem(text))
        if not many:
            return
        cur = self.current_currency()
        parts = []
        for k in range(1, self._piece_count + 1):
            mine = [ln for ln in lines if ln.piece == k]
            parts.append(
                self.tr("piece {piece}: {count} line(s), {kg} kg, {value} {currency}").format(
                    piece=k,
                    count=len(mine),
                    kg=format_kg(sum(ln.net_grams for ln in mine), 3),
                    value=Money(sum((ln.value.amount for ln in mine), Decimal(0)), cur)
                    .quantized()
                    .amount,
                    currency=cur,
                )
            )
        self.totals.setText(self.totals.text() + "\n" + " · ".join(parts))

    # -- problems --------------------------------------------------------------------------
    def show_problems(self, problems: Iterable[Problem]) -> list[Problem]:
        """Show every ``customs.*`` problem at its field; returns the ones not placed here.

        Calling it again replaces what was shown (an empty list clears everything).
        """
        for label in (*self.errors.values(), self.lines_error, self.totals_error):
            label.clear()
            label.hide()
        for widget in (self.category, self.explanation, self.currency, *self.fields.values()):
            mark_invalid(widget, False)
        cells: dict[tuple[int, int], list[str]] = {}
        table_msgs: list[str] = []
        others: list[Problem] = []
        for p in problems:
            parts = p.field.split(".")
            text = problem_text(p)
            if parts[0] != "customs":
                others.append(p)
            elif len(parts) == 2 and parts[1] in self.errors:
                self._add_error(self.errors[parts[1]], text)
                mark_invalid(self._widget_for(parts[1]), True)
                if parts[1] in self.fields:
                    self.set_more_shown(True)  # a problem is never folded away
            elif len(parts) >= 2 and parts[1] == "lines":
                if len(parts) == 4 and parts[2].isdigit() and parts[3] in COL:
                    row, col = int(parts[2]), COL[parts[3]]
                    cells.setdefault((row, col), []).append(text)
                    table_msgs.append(
                        self.tr("Line {n}, {column}: {message}").format(
                            n=row + 1, column=self._column_title(col), message=text
                        )
                    )
                else:
                    table_msgs.append(text)
            elif len(parts) == 2 and parts[1] in ("total_value", "total_net_weight"):
                self._add_error(self.totals_error, text)
            else:
                others.append(p)
        for row, col, msg in self._input_problems:
            cells.setdefault((row, col), []).insert(0, msg)
        for msg in table_msgs:
            self._add_error(self.lines_error, msg)
        self._paint_cells(cells)
        return others

    def widget_for_problem(self, field: str) -> QWidget:
        """The input a ``customs.*`` problem belongs to (the lines table for line problems)."""
        parts = field.split(".")
        if len(parts) >= 2 and parts[1] == "lines":
            return self.table
        if len(parts) == 2 and parts[1] in self.errors:
            return self._widget_for(parts[1])
        return self.table

    def _widget_for(self, name: str) -> QWidget:
        return {
            "category": self.category,
            "category_explanation": self.explanation,
            "currency": self.currency,
        }.get(name, self.fields.get(name, self))

    def _column_title(self, col: int) -> str:
        item = self.table.horizontalHeaderItem(col)
        return item.text() if item is not None else COLUMNS[col]

    @staticmethod
    def _add_error(label: QLabel, text: str) -> None:
        # the same mark as every other problem on the form: colour is never the only sign
        text = f"⚠ {text}"
        label.setText(f"{label.text()}\n{text}" if label.text() else text)
        label.show()

    def _paint_cells(self, cells: dict[tuple[int, int], list[str]]) -> None:
        if not cells:
            cells = {}
            for row, col, msg in self._input_problems:
                cells.setdefault((row, col), []).append(msg)
        was = self._loading
        self._loading = True
        try:
            for row in range(self.table.rowCount()):
                for col in range(len(COLUMNS)):
                    msgs = cells.get((row, col))
                    item = self.table.item(row, col)
                    if item is None:
                        if not msgs:
                            continue
                        item = QTableWidgetItem("")
                        self.table.setItem(row, col, item)
                    item.setToolTip("\n".join(msgs) if msgs else "")
                    item.setData(Qt.ItemDataRole.UserRole, bool(msgs))
                    item.setBackground(Qt.GlobalColor.transparent if not msgs else _INVALID_BRUSH)
        finally:
            self._loading = was

    def cell_problem(self, row: int, column: str) -> str:
        """The problem text shown at a cell (empty when none): for tests and screen readers."""
        item = self.table.item(row, COL[column])
        return item.toolTip() if item is not None else ""


_INVALID_BRUSH = QColor(255, 214, 214)


def _shipped_chapters() -> tuple[HsChapter, ...]:
    from app.services.reference_data import ReferenceDataError, load_reference_data

    try:
        return load_reference_data().hs_chapters
    except ReferenceDataError:
        return ()
