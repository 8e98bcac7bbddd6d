"""The Batch screen (issue 17): the open marketplace lists with their progress.

A list is called up by scanning its barcode (a wedge scan types into the number field, a
serial scan arrives through ``take_scan``), by typing its number, or by picking its row
(Enter or a double-click). A supervisor closes a list from here when the close dialog is
installed (``close_available``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.batch_query import BatchSummary
from app.ui.dialog_keys import grows_with_content


class BatchScreen(QDialog):
    """Pick or scan a list; ``chosen`` is the list to work on once accepted.

    Signals:
        sig_close_requested(object): "Close batch…" for the selected ``BatchSummary``.
    """

    sig_close_requested = Signal(object)

    def __init__(
        self,
        lists: list[BatchSummary],
        parent: QWidget | None = None,
        *,
        close_available: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batchScreen")
        self.setWindowTitle(self.tr("Marketplace lists"))
        self.lists = lists
        self.chosen: BatchSummary | None = None
        intro = QLabel(
            self.tr(
                "Scan the list's barcode or type its number and press Enter, or pick the list "
                "below. Each item then takes three keys: scan, F8, F12."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.number = QLineEdit(self)
        self.number.setObjectName("batchNumber")
        self.number.setMaxLength(60)
        self.number.setPlaceholderText(self.tr("List number, e.g. IN-MP-2026-000123"))
        self.number.returnPressed.connect(self.work_on_selected)
        self.table = QTableWidget(len(lists), 5, self)
        self.table.setObjectName("batchTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("List"),
                self.tr("Customer"),
                self.tr("Accepted"),
                self.tr("Weight differences"),
                self.tr("To go"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for row, item in enumerate(lists):
            p = item.progress
            cells = [
                item.number,
                item.customer_code or "—",
                self.tr("{accepted} of {total}").format(accepted=p.accepted, total=p.total),
                str(p.flagged),
                str(p.to_go),
            ]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col >= 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, cell)
        if lists:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(lambda _index: self.work_on_selected())
        self.empty = QLabel(
            self.tr(
                "No open lists on this terminal: import a marketplace's list with Tools → "
                "Import pre-advice file… and give the list's number there (a JSON list brings "
                "its own)."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(not lists)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()

        self.work_button = QPushButton(self.tr("Work on this list"), self)
        self.work_button.setObjectName("batchWork")
        self.work_button.setDefault(True)
        self.work_button.clicked.connect(self.work_on_selected)
        self.close_button = QPushButton(self.tr("Close batch…"), self)
        self.close_button.setObjectName("batchClose")
        self.close_button.setToolTip(
            self.tr("A supervisor closes the list: missing items, the act, the payment.")
        )
        self.close_button.clicked.connect(self._close_selected)
        self.close_button.setVisible(close_available)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.work_button)
        buttons.addWidget(cancel)

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.number)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty)
        lay.addWidget(self.error)
        lay.addLayout(buttons)
        self.number.setFocus()
        grows_with_content(self, 760)
        self.resize(max(self.width(), 760), max(self.height(), 420))

    def selected(self) -> BatchSummary | None:
        row = self.table.currentRow()
        return self.lists[row] if 0 <= row < len(self.lists) else None

    def show_error(self, message: str) -> None:
        self.error.setText(f"⚠ {message}")
        self.error.show()

    def take_scan(self, text: str) -> None:
        """A serial scanner's scan while the screen is open: the list's number."""
        self.number.setText(text.strip())
        self.work_on_selected()

    def work_on_selected(self) -> None:
        """The typed or scanned number when there is one, else the selected row."""
        typed = self.number.text().strip().upper()
        if typed:
            match = next((b for b in self.lists if b.number.upper() == typed), None)
            if match is None:
                self.show_error(
                    self.tr(
                        "{number} is not an open list on this terminal: check the number, or "
                        "import the list first."
                    ).format(number=typed)
                )
                self.number.selectAll()
                return
            self.chosen = match
        else:
            self.chosen = self.selected()
            if self.chosen is None:
                self.show_error(self.tr("Pick a list, or scan its barcode."))
                return
        self.accept()

    def _close_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.show_error(self.tr("Pick the list to close."))
            return
        self.sig_close_requested.emit(chosen)
