"""Import a pre-advice file at the counter (issue 17): single parcels, or a business
customer's list with its number and customer, as ``preadvice import FILE --batch NUMBER
[--customer CODE]`` does from the shell.

Shown by Tools → "Import pre-advice file…" once the file is picked. A JSON list that names
its own list (``"batch"``, ``"customer"``) is imported as that list: the dialog says so and
asks nothing. The number and customer are checked with the shell's check
(``app.services.preadvice.batch_spec``); a refusal is said under the number field and the
dialog stays open. Keys: the arrows choose single parcels or a list (a list moves on to
its number), Enter moves to the next field and imports on the last, Esc imports nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.customer import BusinessCustomer
from app.services.preadvice import CTX, BatchSpec, ListSpecError, batch_spec
from app.ui.dialog_keys import enter_moves_on, grows_with_content
from app.ui.feedback import error_label, mark_invalid
from app.ui.translate import tr_domain


class PreAdviceImportDialog(QDialog):
    """Asks how a picked pre-advice file is imported; ``spec`` once accepted: the list
    (``BatchSpec``) or ``None`` for single parcels or a file that names its own list."""

    def __init__(
        self,
        file_name: str,
        own: BatchSpec | None,
        customers: Sequence[BusinessCustomer],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preadviceImportDialog")
        self.setWindowTitle(self.tr("Import pre-advice"))
        self.own_spec = own
        self.spec: BatchSpec | None = None
        intro = QLabel(self.tr("File: {file}").format(file=file_name), self)
        intro.setObjectName("importFile")
        intro.setWordWrap(True)

        self.own = QLabel(self)
        self.own.setObjectName("importOwnList")
        self.own.setWordWrap(True)
        self.question = QLabel(self.tr("Is this a marketplace's list?"), self)
        self.question.setWordWrap(True)
        self.single = QRadioButton(self.tr("&Single parcels"), self)
        self.single.setObjectName("importSingle")
        self.as_list = QRadioButton(self.tr("A business customer's &list"), self)
        self.as_list.setObjectName("importAsList")
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.single)
        self.kind.addButton(self.as_list)
        self.single.setChecked(True)

        self.number = QLineEdit(self)
        self.number.setObjectName("importListNumber")
        self.number.setMaxLength(80)  # longer than any number, so a too long one is said
        self.number.setPlaceholderText(self.tr("as printed on the list, e.g. IN-MP-2026-000123"))
        self.error = error_label(self)
        self.customer = QComboBox(self)
        self.customer.setObjectName("importCustomer")
        self.customer.addItem(self.tr("none (public prices)"), "")
        for c in sorted((c for c in customers if c.active), key=lambda c: c.code):
            self.customer.addItem(f"{c.code} — {c.name}", c.code)
        self.customer.setToolTip(
            self.tr("The list's items are charged at this customer's contract prices.")
        )

        self.form = QFormLayout()
        self.form.addRow(self.question)
        self.form.addRow(self.single)
        self.form.addRow(self.as_list)
        self.form.addRow(self.tr("List &number"), self.number)
        self.form.addRow("", self.error)
        self.form.addRow(self.tr("&Customer"), self.customer)
        self._buddies()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Import"))
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.own)
        lay.addLayout(self.form)
        lay.addWidget(buttons)

        if own is not None:
            customer = own.customer_code or self.tr("no customer named: public prices")
            self.own.setText(
                self.tr(
                    "This file is list {number} ({customer}): its parcels are imported as that "
                    "list. Nothing more is needed here."
                ).format(number=own.number, customer=customer)
            )
            for row in range(self.form.rowCount()):
                self.form.setRowVisible(row, False)
        else:
            self.own.hide()
        self.as_list.toggled.connect(self._kind_changed)
        self.number.textEdited.connect(lambda _text: self._clear_error())
        self._kind_changed(False)
        self.setTabOrder(self.single, self.as_list)
        self.setTabOrder(self.as_list, self.number)
        self.setTabOrder(self.number, self.customer)
        self.single.setFocus()
        enter_moves_on(self, self.accept)
        grows_with_content(self, 520)

    def _buddies(self) -> None:
        """The labels' accelerators (Alt+N, Alt+C) take the focus to their field."""
        for field in (self.number, self.customer):
            label = self.form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)

    def _kind_changed(self, as_list: bool) -> None:
        self.number.setEnabled(as_list)
        self.customer.setEnabled(as_list)
        self._clear_error()
        if as_list:
            # choosing a list: on to its number (after the arrow key's own focus move)
            QTimer.singleShot(0, self.number, self.number.setFocus)

    def _clear_error(self) -> None:
        shown = self.error.isVisible()
        self.error.hide()
        mark_invalid(self.number, False)
        mark_invalid(self.customer, False)
        if shown:  # the dialog grew for the message: back to what the fields need
            QTimer.singleShot(0, self, self._shrink)

    def _shrink(self) -> None:
        layout = self.layout()
        layout.activate()
        height = layout.totalHeightForWidth(self.width())
        if height < self.height():
            self.setMinimumHeight(height)
            self.resize(self.width(), height)

    def show_error(self, message: str, field: QWidget) -> None:
        """``message`` under the number field, ``field`` framed in red and focused."""
        self.error.setText(f"⚠ {message}")
        self.error.show()
        mark_invalid(field, True)
        field.setFocus()
        if isinstance(field, QLineEdit):
            field.selectAll()

    def accept(self) -> None:
        """Check the list's number and customer; stays open with the reason when refused."""
        if self.own_spec is None and self.as_list.isChecked():
            try:
                self.spec = batch_spec(self.number.text(), self.customer.currentData() or "")
            except ListSpecError as refused:
                field = self.customer if refused.field == "customer" else self.number
                self.show_error(tr_domain(CTX, refused.template, refused.params), field)
                return
        else:
            self.spec = None  # single parcels, or the file's own list
        super().accept()
