"""Cash register settings (Russia): ATOL Driver's web server address and each cashier's INN.

The INN of the person who takes the money (FFD 1.2 tag 1203) goes with every receipt
and shift task; until now it could only be set with ``python main.py settings set
fiscal.inn.<staff number>``. The values are checked by ``app.services.terminal_settings``
(the same rules as the command line); a refused value is named at its field, with the
reason in the clerk's language, and nothing is stored. The window asks a supervisor
before it opens the dialog and stores the values with the supervisor's audit entries.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.services.terminal_settings import (
    CTX,
    PER_STAFF,
    driver_url_problem,
    personal_inn_problem,
    read_settings,
)
from app.store.database import Database
from app.store.models import Staff
from app.ui.dialog_keys import enter_moves_on, grows_with_content
from app.ui.translate import tr_domain

URL_KEY = "fiscal.atol_url"
INN_PREFIX = next(p for p in PER_STAFF if p.startswith("fiscal.inn."))
VISIBLE_CASHIERS = 8  # rows shown before the list scrolls (fits 1366x768)
NAME_WIDTH = 420  # a longer name ends in '…' (whole in its tooltip); wrapped ones were cut


@dataclass(frozen=True, slots=True)
class Cashier:
    """A staff member of this terminal and the INN stored for them ('' none)."""

    number: str
    name: str
    inn: str


def read_register_settings(db: Database) -> tuple[str, list[Cashier]]:
    """The register's address and every active staff member with their INN (off the GUI)."""
    with db.read() as session:
        staff = session.execute(
            select(Staff.staff_number, Staff.name)
            .where(Staff.active.is_(True))
            .order_by(Staff.staff_number)
        ).all()
    keys = [URL_KEY, *(f"{INN_PREFIX}{number}" for number, _ in staff)]
    values = read_settings(db, keys)
    cashiers = [
        Cashier(number, name, str(values[f"{INN_PREFIX}{number}"] or "")) for number, name in staff
    ]
    return str(values[URL_KEY] or ""), cashiers


class RegisterSettingsDialog(QDialog):
    """The register's address and the cashiers' INNs; ``values()`` after OK."""

    def __init__(self, url: str, cashiers: list[Cashier], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cash register settings"))
        self.cashiers = cashiers
        self.url = QLineEdit(url, self)
        self.url.setObjectName("atolUrl")
        self.url.setPlaceholderText("http://127.0.0.1:16732")
        url_hint = QLabel(
            self.tr(
                "The address of ATOL Driver's web server on this computer. Empty: no cash "
                "register (a demo counter uses a fake one, marked on its receipts)."
            ),
            self,
        )
        url_hint.setObjectName("sectionHint")
        url_hint.setWordWrap(True)

        self.inn: dict[str, QLineEdit] = {}
        digits = QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self)
        inn_form = QFormLayout()
        inn_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = QWidget()
        rows.setLayout(inn_form)
        for cashier in cashiers:
            field = QLineEdit(cashier.inn, rows)
            field.setObjectName(f"inn_{cashier.number}")
            field.setValidator(digits)
            field.setMaxLength(12)
            field.setPlaceholderText(self.tr("12 digits"))
            # Room for 12 digits and the placeholder in any language, never less.
            digits_width = field.fontMetrics().horizontalAdvance("0" * 16)
            field.setMinimumWidth(digits_width + 24)
            text = self.tr("{name} ({number}):").format(name=cashier.name, number=cashier.number)
            label = QLabel(rows)
            metrics = label.fontMetrics()
            if metrics.horizontalAdvance(text) > NAME_WIDTH:
                # Keep the staff number: elide the name only.
                tail = self.tr("{name} ({number}):").format(name="", number=cashier.number)
                room = NAME_WIDTH - metrics.horizontalAdvance(tail)
                name = metrics.elidedText(cashier.name, Qt.TextElideMode.ElideRight, room)
                label.setToolTip(cashier.name)
                text = self.tr("{name} ({number}):").format(name=name, number=cashier.number)
            label.setText(text)
            label.setBuddy(field)
            inn_form.addRow(label, field)
            self.inn[cashier.number] = field
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(rows)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The rows sit on the dialog's own background, not the scroll area's grey.
        scroll.viewport().setAutoFillBackground(False)
        rows.setAutoFillBackground(False)
        # Whole rows: the form's own height, or the share of it that VISIBLE_CASHIERS take.
        shown = min(len(cashiers), VISIBLE_CASHIERS)
        visible = rows.sizeHint().height() * shown // max(1, len(cashiers)) + 2
        scroll.setMinimumHeight(visible)
        if len(cashiers) > VISIBLE_CASHIERS:
            scroll.setMaximumHeight(visible)  # more staff scroll; the dialog fits the screen
        # Wide enough for the rows and a vertical scroll bar: never a sideways one.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(rows.sizeHint().width() + bar + 4)
        inn_hint = QLabel(
            self.tr(
                "A person's INN from the tax certificate: 12 digits. The register prints it "
                "on every receipt this cashier makes. Empty: none."
            ),
            self,
        )
        inn_hint.setObjectName("sectionHint")
        inn_hint.setWordWrap(True)
        group = QGroupBox(self.tr("Cashiers' INN"), self)
        group_lay = QVBoxLayout(group)
        if cashiers:
            group_lay.addWidget(scroll)
        else:
            scroll.hide()
            group_lay.addWidget(QLabel(self.tr("No staff on this terminal yet."), group))
        group_lay.addWidget(inn_hint)

        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("ATOL Driver &address:"), self.url)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(url_hint)
        lay.addWidget(group, 1)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        enter_moves_on(self, self.accept)
        grows_with_content(self, 640)

    def values(self) -> dict[str, str]:
        """The settings as typed (not yet stored)."""
        out = {URL_KEY: self.url.text().strip()}
        out.update({f"{INN_PREFIX}{n}": f.text().strip() for n, f in self.inn.items()})
        return out

    def accept(self) -> None:
        """OK: refuse the first value the rules do not take, at its field, saying why."""
        problem = driver_url_problem(self.url.text().strip())
        if problem is not None:
            text = tr_domain(CTX, problem)
            self._refuse(
                self.url, self.tr("{problem}.").format(problem=text[:1].upper() + text[1:])
            )
            return
        for cashier in self.cashiers:
            field = self.inn[cashier.number]
            problem = personal_inn_problem(field.text().strip())
            if problem is not None:
                self._refuse(
                    field,
                    self.tr("INN of {name}: {problem}.").format(
                        name=cashier.name, problem=tr_domain(CTX, problem)
                    ),
                )
                return
        super().accept()

    def _refuse(self, field: QLineEdit, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        field.setFocus()
        field.selectAll()
