"""CN 23 content lines and category: a keyboard-driven table.

Net weight and value are for the whole line (as on the CN 23 form), and the column
headers say so. Totals under the table are the sum of the rounded line values.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.domain.customs import CATEGORY_LABELS, CustomsCategory, CustomsDeclaration, CustomsLine
from app.domain.money import Money, total
from app.domain.weight import format_kg, parse_kg
from app.ui.feedback import ProblemBoard, error_label
from app.ui.party_form import country_code
from app.ui.translate import tr_domain

COLUMNS = ("description", "quantity", "net_weight", "value", "hs_code", "origin")


class CustomsLinesEditor(QGroupBox):
    """Category, invoice number and content lines of the customs declaration.

    Signals:
        sig_changed(): the declaration changed.
    """

    sig_changed = Signal()

    def __init__(
        self, board: ProblemBoard, currency: str = "EUR", parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Customs declaration (CN 23)"), parent)
        self.currency = currency
        self.category = QComboBox(self)
        self.category.setObjectName("customs_category")
        for cat in CustomsCategory:
            self.category.addItem(tr_domain("Customs", CATEGORY_LABELS[cat]), cat.value)
        self.category.setCurrentIndex(self.category.findData(CustomsCategory.SALE_OF_GOODS.value))
        self.category.currentIndexChanged.connect(self.sig_changed)
        self.invoice = QLineEdit(self)
        self.invoice.setObjectName("customs_invoice")
        self.explanation = QLineEdit(self)
        self.explanation.setObjectName("customs_explanation")
        self.explanation.setPlaceholderText(self.tr("only for category 'Other'"))

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("customs_lines")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Detailed description"),
                self.tr("Qty"),
                self.tr("Net weight of line, kg"),
                self.tr("Value of line, {cur}").format(cur=currency),
                self.tr("HS code"),
                self.tr("Origin"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setTabKeyNavigation(True)
        self.table.setMinimumHeight(130)
        self.table.itemChanged.connect(self._on_item_changed)

        self.add_button = QPushButton(self.tr("Add line (Ctrl+L)"), self)
        self.add_button.clicked.connect(self.add_line)
        self.remove_button = QPushButton(self.tr("Remove line"), self)
        self.remove_button.clicked.connect(self.remove_current)
        QShortcut(QKeySequence("Ctrl+L"), self, self.add_line)

        self.totals = QLabel(self)
        self.totals.setObjectName("figureCaption")
        self.lines_error = error_label(self)
        self.category_error = error_label(self)
        self.invoice_error = error_label(self)
        self.explanation_error = error_label(self)
        board.register("customs.category", self.category, self.category_error)
        board.register("customs.invoice_number", self.invoice, self.invoice_error)
        board.register("customs.category_explanation", self.explanation, self.explanation_error)
        board.register("customs.lines", self.table, self.lines_error)
        board.register("customs", None, self.lines_error)

        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("Category"), self), 0, 0)
        grid.addWidget(self.category, 0, 1)
        grid.addWidget(QLabel(self.tr("Invoice no."), self), 0, 2)
        grid.addWidget(self.invoice, 0, 3)
        grid.addWidget(self.category_error, 1, 1)
        grid.addWidget(self.invoice_error, 1, 3)
        grid.addWidget(QLabel(self.tr("Explanation"), self), 2, 0)
        grid.addWidget(self.explanation, 2, 1, 1, 3)
        grid.addWidget(self.explanation_error, 3, 1, 1, 3)
        grid.addWidget(self.table, 4, 0, 1, 4)
        grid.addWidget(self.lines_error, 5, 0, 1, 4)
        grid.addWidget(self.add_button, 6, 0)
        grid.addWidget(self.remove_button, 6, 1)
        grid.addWidget(self.totals, 6, 2, 1, 2, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.add_line()

    # -- editing ----------------------------------------------------------------------------
    def add_line(self) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col in range(len(COLUMNS)):
            self.table.setItem(row, col, QTableWidgetItem(""))
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        self._update_totals()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0 and self.table.rowCount() > 1:
            self.table.removeRow(row)
            self._update_totals()
            self.sig_changed.emit()

    def _on_item_changed(self, _item: QTableWidgetItem) -> None:
        self._update_totals()
        self.sig_changed.emit()

    def _cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item else ""

    # -- reading ----------------------------------------------------------------------------
    def lines(self) -> tuple[CustomsLine, ...]:
        """The content lines typed so far; unreadable numbers become 0 (validation names them)."""
        out = []
        for row in range(self.table.rowCount()):
            cells = [self._cell(row, c) for c in range(len(COLUMNS))]
            if not any(cells):
                continue
            desc, qty, net, value, hs, origin = cells
            try:
                quantity = int(qty)
            except ValueError:
                quantity = 0
            try:
                net_grams = parse_kg(net)
            except ValueError:
                net_grams = 0
            try:
                money = Money.parse(value, self.currency).quantized()
            except ValueError:
                money = Money(Decimal(0), self.currency)
            out.append(CustomsLine(desc, quantity, net_grams, money, hs, country_code(origin)))
        return tuple(out)

    def declaration(self) -> CustomsDeclaration:
        return CustomsDeclaration(
            category=CustomsCategory(self.category.currentData()),
            lines=self.lines(),
            currency=self.currency,
            invoice_number=self.invoice.text().strip(),
            category_explanation=self.explanation.text().strip(),
        )

    def _update_totals(self) -> None:
        lines = self.lines()
        value = total([ln.value for ln in lines], self.currency)
        net = sum(ln.net_grams for ln in lines)
        self.totals.setText(
            self.tr("{n} lines · net {kg} kg · value {value}").format(
                n=len(lines), kg=format_kg(net, 2), value=value.quantized()
            )
        )

    def clear(self) -> None:
        self.table.setRowCount(0)
        self.invoice.clear()
        self.explanation.clear()
        self.category.setCurrentIndex(self.category.findData(CustomsCategory.SALE_OF_GOODS.value))
        self.add_line()
