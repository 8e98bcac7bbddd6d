"""Choosing a business sender on the counter form (issue 17): F4, type, Enter.

F4 opens a small picker: typing a customer's code, name, tax id (INN / GSTIN), IEC or
contract narrows the list, the arrows move in it, Enter takes the highlighted one.
Picking fills the sender (name, address, phone, tax id; the IEC into the CN 23's export
fields) and marks the consignment as that customer's: the fee comes from its price plan,
shown with the plan's name and the public price beside it. Shift+F4 (or the bar's
button) goes back to the public tariff.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.consignment import Consignment, Party
from app.domain.customer import BusinessCustomer
from app.domain.product import ProductLimits
from app.domain.tariff import Tariff
from app.services.acceptance import BusinessTerms
from app.services.contract_pricing import ContractPricing
from app.services.customers import find_customers
from app.services.pricing import Pricing
from app.ui.elided_label import ElidedLabel
from app.ui.tasks import TaskRunner

STYLE = """
#businessSender { background: #eef5ff; border: 1px solid #7aa7e0; border-radius: 6px; }
#businessSender QLabel#businessName { font-weight: 700; color: #0d3c78; }
"""
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def customer_line(c: BusinessCustomer) -> str:
    """``SHOPKART — ShopKart Exports Pvt Ltd · GSTIN 07AAACS1234F1ZU · IN-MP-2026/017``."""
    tax = f"INN {c.inn}" if c.inn else f"GSTIN {c.gstin}" if c.gstin else ""
    return " · ".join(p for p in (f"{c.code} — {c.name}", tax, c.contract) if p)


def sender_party(c: BusinessCustomer) -> Party:
    """The sender as the customer's contract gives it."""
    a = c.address
    return Party(
        name=c.name,
        address=a.address,
        city=a.city,
        postcode=a.postcode,
        country=c.country,
        phone=a.phone,
        email=a.email,
        tax_id=c.tax_id,
    )


_MOVES = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class _ListKeys(QObject):
    """Up, Down, Page Up/Down typed in the search field move in the list."""

    def __init__(self, target: QListWidget) -> None:
        super().__init__(target)
        self.target = target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _MOVES
        ):
            self.target.keyPressEvent(event)
            return True
        return False


class CustomerPicker(QDialog):
    """Search the business customers and pick one (Enter) or none (Esc).

    Signals:
        sig_chosen(object): the ``BusinessCustomer`` picked.
    """

    sig_chosen = Signal(object)

    def __init__(
        self, customers: Sequence[BusinessCustomer], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerPicker")
        self.setWindowTitle(self.tr("Business sender"))
        self.customers = tuple(customers)
        self.search = QLineEdit(self)
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(self.tr("code, name, INN / GSTIN, IEC or contract"))
        self.search.setMaxLength(60)
        caption = QLabel(self.tr("&Find the customer"), self)
        caption.setBuddy(self.search)
        self.results = QListWidget(self)
        self.results.setObjectName("customerResults")
        self.results.setMinimumWidth(520)
        self.results.itemActivated.connect(lambda _item: self.take())
        self.hint = QLabel(self)
        self.hint.setObjectName("sectionHint")
        self.hint.setWordWrap(True)
        self.search.installEventFilter(_ListKeys(self.results))
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.take)
        lay = QVBoxLayout(self)
        lay.addWidget(caption)
        lay.addWidget(self.search)
        lay.addWidget(self.results, 1)
        lay.addWidget(self.hint)
        self._filter("")

    def _filter(self, text: str) -> None:
        self.results.clear()
        for c in find_customers(self.customers, text):
            item = QListWidgetItem(customer_line(c), self.results)
            item.setData(CODE_ROLE, c.code)
        if self.results.count():
            self.results.setCurrentRow(0)
            self.hint.setText(self.tr("↑↓ choose · Enter takes it · Esc: none"))
        elif self.customers:
            self.hint.setText(
                self.tr("No business customer matches “{text}”: check the code or tax id.").format(
                    text=text.strip()
                )
            )
        else:
            self.hint.setText(
                self.tr(
                    "This terminal knows no business customers yet: they come from central "
                    "with the reference data (sync with F5)."
                )
            )

    def take(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        code = item.data(CODE_ROLE)
        chosen = next(c for c in self.customers if c.code == code)
        self.accept()
        self.sig_chosen.emit(chosen)


class BusinessSenderBar(QFrame):
    """The business customer the consignment belongs to, shown above the parties; hidden
    while the sender is the public.

    Signals:
        sig_changed(object): the ``BusinessCustomer`` chosen, or ``None`` when cleared.
    """

    sig_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("businessSender")
        self.setStyleSheet(STYLE)
        self.customer: BusinessCustomer | None = None
        self.picker: CustomerPicker | None = None
        self._loader: Callable[[], Sequence[BusinessCustomer]] = tuple
        self._tariffs: Callable[[], Sequence[Tariff]] = tuple
        self._tasks: TaskRunner | None = None
        self.caption = QLabel(self.tr("Business sender"), self)
        # Elided: a long name and contract must not widen the form past a 1366-px screen.
        self.name = ElidedLabel(self)
        self.name.setObjectName("businessName")
        self.clear_button = QPushButton(self.tr("Public tariff (Shift+F4)"), self)
        self.clear_button.setObjectName("businessClear")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.clear_button.clicked.connect(self.clear_choice)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 2, 8, 2)
        lay.addWidget(self.caption)
        lay.addWidget(self.name, 1)
        lay.addWidget(self.clear_button)
        self.hide()

    def attach(
        self,
        loader: Callable[[], Sequence[BusinessCustomer]],
        tariffs: Callable[[], Sequence[Tariff]],
        tasks: TaskRunner,
    ) -> None:
        """Where the customers (read off the GUI thread) and public tariffs come from."""
        self._loader, self._tariffs, self._tasks = loader, tariffs, tasks

    # -- choosing ----------------------------------------------------------------------------
    def open_picker(self) -> None:
        """F4: read the customers in force, then show the picker."""
        if self._tasks is None:
            self._show_picker(tuple(self._loader()))
            return
        self._tasks.run(lambda: tuple(self._loader()), self._show_picker)

    def _show_picker(self, customers: tuple[BusinessCustomer, ...]) -> None:
        picker = CustomerPicker(customers, self.window())
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.sig_chosen.connect(self.choose)
        picker.finished.connect(lambda _r: setattr(self, "picker", None))
        self.picker = picker
        picker.open()
        picker.search.setFocus()

    def choose(self, customer: BusinessCustomer) -> None:
        self.customer = customer
        self.name.setText(customer_line(customer))
        self.show()
        self.sig_changed.emit(customer)

    def clear_choice(self) -> None:
        """Back to the public tariff (the sender's fields stay as they are)."""
        if self.customer is None:
            return
        self.customer = None
        self.name.setText("")
        self.hide()
        self.sig_changed.emit(None)

    # -- pricing -----------------------------------------------------------------------------
    def pricing_over(self, public: Pricing) -> Pricing:
        """The pricing of this consignment: the customer's plan over ``public``."""
        if self.customer is None:
            return public
        return ContractPricing(public, self.customer, tuple(self._tariffs()))

    def terms(
        self,
        public: Pricing,
        consignment: Consignment,
        limits: ProductLimits,
        currency: str,
        on: date,
    ) -> tuple[Pricing, BusinessTerms | None]:
        """The pricing and the business terms to accept ``consignment`` with."""
        if self.customer is None:
            return public, None
        pricing = self.pricing_over(public)
        plan = pricing.quote(consignment, limits, currency, on).plan_name
        return pricing, BusinessTerms(self.customer.code, plan)
