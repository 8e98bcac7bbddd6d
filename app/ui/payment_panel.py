"""The payment step after F12: the amount due, how the customer pays, cash and change.

Keyboard only: the cash field has the focus; the clerk types what the customer handed
over (or nothing, for the exact amount) and presses Enter. Alt+letter picks card (Enter
then records it); account (Alt+O) is enabled only for a business sender whose contract
allows it (``AccountMethod``), and refused over its credit limit. "Leave unpaid" needs
a supervisor's number and PIN (audited). Until the payment is recorded or left unpaid, the window refuses the next scan (``pending``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import Money
from app.domain.payment import ACCOUNT, CARD, CASH, PAID, PaymentProblem, tender
from app.services.fiscal import sales as fiscal_sales
from app.services.fiscal.config import register_for
from app.services.fiscal.register import SELL_RETURN, FiscalRegister, RegisterFault
from app.services.fiscal.shift import close_day_shift, ensure_shift
from app.services.payment import (
    ACCOUNT_UNAVAILABLE,
    CTX,
    Due,
    PaymentResult,
    leave_unpaid,
    record_payment,
)
from app.services.terminal import CounterContext
from app.store.database import Database
from app.ui.account_method import AccountMethod, problem_message
from app.ui.elided_label import WrappedElidedLabel
from app.ui.supervisor_dialog import SupervisorApproval
from app.ui.tasks import TaskRunner
from app.ui.translate import tr_domain

STYLE = """
#paymentPanel { background: #fffdf5; border: 2px solid #e0a800; border-radius: 8px; }
#paymentPanel QLabel#paymentTitle { font-size: 13pt; font-weight: 700; color: #25313d; }
#paymentPanel QLabel#amountDue { font-family: "DejaVu Sans Mono", monospace; font-size: 28pt;
    font-weight: 700; color: #0d1b2a; }
#paymentPanel QLabel#change { font-family: "DejaVu Sans Mono", monospace; font-size: 20pt;
    font-weight: 700; color: #1b5e20; }
#paymentPanel QLineEdit#tendered { font-family: "DejaVu Sans Mono", monospace; font-size: 18pt;
    padding: 4px 8px; }
#paymentPanel QLabel#paymentHint { color: #5b6b7a; font-size: 9pt; }
#paymentPanel QPushButton#recordPayment { background: #1b7f3b; color: white; font-weight: 700;
    padding: 8px 18px; border: none; }
"""


def format_money(money: Money, locale: QLocale | None = None) -> str:
    """``money`` with the language's digit grouping and decimal mark, then its currency code
    (exact: the ``Decimal`` is never turned into a float)."""
    loc = locale or QLocale()
    q = money.quantized()
    whole, _, frac = f"{abs(q.amount):f}".partition(".")
    grouped = re.sub(r"(?<=\d)(?=(\d{3})+$)", "\x00", whole).replace("\x00", loc.groupSeparator())
    sign = loc.negativeSign() if q.amount < 0 else ""
    return f"{sign}{grouped}{loc.decimalPoint() + frac if frac else ''} {q.currency}"


def parse_amount(text: str, currency: str, locale: QLocale | None = None) -> Money | None:
    """What the clerk typed as a ``Money``; ``None`` for an empty field (the exact amount).
    Both "." and "," are taken as the decimal mark; spaces and group marks are dropped."""
    loc = locale or QLocale()
    cleaned = text.strip().replace(loc.groupSeparator(), "").replace("\u00a0", "")
    if not cleaned:
        return None
    return Money.parse(cleaned.replace(" ", ""), currency)


class PaymentPanel(QFrame):
    """The payment of one acceptance; hidden when nothing is waiting.

    Signals:
        sig_finished(object): a ``PaymentResult`` once the payment is recorded or left
            unpaid; the window then lets the next consignment start.
    """

    sig_finished = Signal(object)
    sig_register_message = Signal(str)  # what the fiscal register needs, for the status bar
    # A void's return receipt the register has just registered: the acceptance's id, so
    # the window prints the receipt with its return block as it does after a payment.
    sig_return_registered = Signal(str)

    def __init__(
        self,
        db: Database,
        ctx: CounterContext,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        approval: Callable[[], SupervisorApproval] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paymentPanel")
        self.setStyleSheet(STYLE)
        self.db, self.ctx, self.tasks = db, ctx, tasks
        self.due: Due | None = None
        self._busy = False
        # The fiscal register (None where none is used) and a payment it has not confirmed.
        self.register = register_for(db, ctx)
        self._returns_told: set[str] = set()  # return receipts already handed to printing
        self._waiting: PaymentResult | None = None
        self._approval = approval or self._default_approval

        self.title = QLabel(self)
        self.title.setObjectName("paymentTitle")
        self.title.setWordWrap(True)
        self.amount = QLabel(self)
        self.amount.setObjectName("amountDue")
        self.amount.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cash = QRadioButton(self.tr("Cas&h"), self)
        self.cash.setObjectName("methodCash")
        self.card = QRadioButton(self.tr("&Card"), self)
        self.card.setObjectName("methodCard")
        self.account = QRadioButton(self.tr("Acc&ount"), self)
        self.account.setObjectName("methodAccount")
        self.account.setEnabled(False)
        reason = tr_domain(CTX, ACCOUNT_UNAVAILABLE)
        self.account.setToolTip(reason)
        self.account_reason = QLabel(reason, self)
        self.account_reason.setObjectName("paymentHint")
        self.account_reason.setWordWrap(True)
        # Issue 17: enabled for a business sender whose contract allows it.
        self.account_method = AccountMethod(db, tasks, self.account, self.account_reason)
        self.methods = QButtonGroup(self)
        for button, method in ((self.cash, CASH), (self.card, CARD), (self.account, ACCOUNT)):
            button.setProperty("method", method)
            self.methods.addButton(button)
        self.cash.setChecked(True)
        self.methods.buttonToggled.connect(self._method_changed)

        self.tendered = QLineEdit(self)
        self.tendered.setObjectName("tendered")
        self.tendered.setPlaceholderText(self.tr("exact amount"))
        self.tendered.textChanged.connect(self._show_change)
        self.tendered.returnPressed.connect(self.record)
        self.tendered_caption = QLabel(self.tr("Cash &received"), self)
        self.tendered_caption.setBuddy(self.tendered)
        self.change = QLabel(self)
        self.change.setObjectName("change")
        self.change_caption = QLabel(self.tr("Change"), self)
        # Russia: phone or e-mail for the register's electronic copy; India: the customer's
        # GSTIN (IGST for another state). Optional in both.
        self.customer = QLineEdit(self)
        self.customer.setObjectName("customerTaxContact")
        self.customer.setMaxLength(64)
        self.customer.returnPressed.connect(self.record)
        india = ctx.branch_country == "IN"
        self.customer_caption = QLabel(
            self.tr("Customer &GSTIN") if india else self.tr("E-receipt to (&phone/e-mail)"), self
        )
        self.customer_caption.setBuddy(self.customer)
        self.customer.setPlaceholderText(
            self.tr("optional, for a registered business")
            if india
            else self.tr("optional: the customer's phone or e-mail")
        )
        # Wrapped; a long message (a register's fault with its detail) ends in "…" on its
        # fourth line, the whole in its tooltip, so the buttons stay on a 1366x768 screen.
        self.error = WrappedElidedLabel(4, self)
        self.error.setObjectName("formError")
        self.error.hide()
        self.record_button = QPushButton(self.tr("Record payment (Enter)"), self)
        self.record_button.setObjectName("recordPayment")
        self.record_button.setAutoDefault(True)
        self.record_button.clicked.connect(self.record)
        # Shown while the register has not confirmed: the clerk may serve the next customer;
        # the stored payment is sent again in the background (every minute and at start).
        self.later_button = QPushButton(self.tr("Next customer; register it later"), self)
        self.later_button.setObjectName("registerLater")
        self.later_button.clicked.connect(self._later)
        self.later_button.hide()
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(60_000)
        self._retry_timer.timeout.connect(self._auto_retry)
        if self.register is not None:
            self._retry_timer.start()
        self.unpaid_button = QPushButton(self.tr("Leave &unpaid… (supervisor)"), self)
        self.unpaid_button.setObjectName("leaveUnpaid")
        self.unpaid_button.setAutoDefault(True)
        self.unpaid_button.clicked.connect(self.leave_unpaid)
        hint = QLabel(
            self.tr(
                "The next parcel can be scanned when the payment is recorded. "
                "Type the cash received (empty: the exact amount) and press Enter; "
                "Alt+C for card."
            ),
            self,
        )
        hint.setObjectName("paymentHint")
        hint.setWordWrap(True)

        # Compact (the counter form stays visible below): methods and the account's reason
        # on one line, cash received and change side by side, hint beside the buttons.
        methods = QHBoxLayout()
        for button in (self.cash, self.card, self.account):
            methods.addWidget(button)
        methods.addWidget(self.account_reason, 1)
        self.tendered.setMaximumWidth(260)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Amount due"), self), 0, 0)
        grid.addWidget(self.amount, 0, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Payment method"), self), 1, 0)
        grid.addLayout(methods, 1, 1, 1, 3)
        grid.addWidget(self.tendered_caption, 2, 0)
        grid.addWidget(self.tendered, 2, 1)
        grid.addWidget(self.change_caption, 2, 2, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.change, 2, 3)
        grid.addWidget(self.customer_caption, 3, 0)
        grid.addWidget(self.customer, 3, 1)
        grid.setColumnStretch(3, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unpaid_button)
        buttons.addWidget(self.later_button)
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.record_button)
        lay = QVBoxLayout(self)
        lay.setSpacing(4)
        lay.addWidget(self.title)
        lay.addLayout(grid)
        lay.addWidget(self.error)
        lay.addLayout(buttons)
        self.hide()

    # -- state ----------------------------------------------------------------------------
    @property
    def pending(self) -> bool:
        """True while an acceptance waits for its payment (the next scan is refused)."""
        return self.due is not None

    def start(self, due: Due) -> None:
        """Show the payment of ``due`` with cash chosen and the cash field focused."""
        self.due = due
        self._busy = False
        self.title.setText(
            self.tr("Payment for {s10}").format(s10=", ".join(due.s10s) or due.acceptance_id)
        )
        self.amount.setText(format_money(due.amount))
        self.cash.setChecked(True)
        self.tendered.clear()
        self.customer.clear()
        self.error.hide()
        self.account_method.prepare(due)
        self._method_changed()
        self.show()
        self.tendered.setFocus()

    def refuse_scan(self) -> None:
        """A scan came while the payment is open: say what to do first."""
        self.show_error(
            self.tr(
                "Record the payment first (or a supervisor leaves it unpaid); "
                "then scan the next parcel."
            )
        )
        self.tendered.setFocus() if self.tendered.isEnabled() else self.record_button.setFocus()

    def show_error(self, message: str) -> None:
        self.error.setText(f"⚠ {message}")
        self.error.show()

    def method(self) -> str:
        button = self.methods.checkedButton()
        return str(button.property("method")) if button else CASH

    # -- live change ----------------------------------------------------------------------
    def _method_changed(self, *_args: object) -> None:
        is_cash = self.method() == CASH
        for w in (self.tendered, self.tendered_caption, self.change, self.change_caption):
            w.setEnabled(is_cash)
        self.error.hide()
        self._show_change()
        if not is_cash:
            self.record_button.setFocus()

    def _show_change(self) -> None:
        if self.due is None:
            return
        if self.method() != CASH:
            self.change.setText("—")
            return
        try:
            given = parse_amount(self.tendered.text(), self.due.amount.currency)
            paid = tender(CASH, self.due.amount, given)
        except PaymentProblem as problem:
            self.change.setText("—")
            if self.tendered.text().strip():
                self.change.setToolTip(tr_domain(CTX, problem.template, problem.params))
            return
        except ValueError:
            self.change.setText("—")
            return
        self.change.setText(format_money(paid.change or Money(Decimal(0), paid.due.currency)))

    # -- actions --------------------------------------------------------------------------
    def record(self) -> None:
        """Record the payment as chosen (Enter); a problem is shown and nothing is stored."""
        due = self.due
        if due is None or self._busy:
            return
        waiting, register = self._waiting, self.register
        if waiting is not None and register is not None:
            # Stored already: only the register is asked again, with the same uuid.
            self._busy = True
            self.tasks.run(
                lambda: fiscal_sales.send(self.db, register, waiting.payment_id, self.ctx),
                lambda outcome: self._sent(outcome, waiting),
                self._refused,
            )
            return
        method = self.method()
        given: Money | None = None
        if method == CASH:
            try:
                given = parse_amount(self.tendered.text(), due.amount.currency)
            except ValueError:
                self.show_error(
                    self.tr("Type the cash received as a number, e.g. 2000 or 2000.50.")
                )
                self.tendered.selectAll()
                return
        self._busy = True
        register = self.register
        entered = self.customer.text().strip()
        customer = (
            {"customer_gstin": entered} if self.ctx.branch_country == "IN" else {"contact": entered}
        )
        self.tasks.run(
            lambda: record_payment(
                self.db,
                self.ctx,
                due.acceptance_id,
                method,
                given,
                register=register,
                **customer,
            ),
            self._finished,
            self._refused,
        )

    def _sent(self, outcome: fiscal_sales.Outcome, waiting: PaymentResult) -> None:
        if outcome.fault is not None:
            self._busy = False
            self._show_fault(outcome.fault)
            return
        self._finished(replace(waiting, state=PAID, fault=None))

    def _show_fault(self, fault: RegisterFault) -> None:
        advice = tr_domain("Fiscal", fault.advice, {"detail": fault.detail})
        self.show_error(
            self.tr(
                "The payment is stored but not yet registered: {advice} Press Enter to "
                "try the register now, or serve the next customer: it is sent every minute."
            ).format(advice=advice)
        )
        self.record_button.setFocus()

    def _later(self) -> None:
        """Serve the next customer; the payment stays ``awaiting_register`` and is retried."""
        waiting = self._waiting
        if waiting is None or self._busy:
            return
        due = self.due
        self._finished(replace(waiting, fault=None))
        self.sig_register_message.emit(
            self.tr(
                "The payment of {s10} waits for the cash register; it is sent every minute."
            ).format(s10=", ".join(due.s10s) if due else "")
        )

    def _auto_retry(self) -> None:
        if self._busy:
            return
        if self._waiting is not None:
            self.record()  # the open payment: same uuid, the panel shows the outcome
        else:
            self.retry_pending()

    # -- the fiscal register's day ---------------------------------------------------------
    def retry_pending(self) -> None:
        """Off the GUI thread: put the register's shift on today's business day and send
        every document it has not confirmed (a sale after a fault or crash, a void's return
        receipt); a fault is told on ``sig_register_message``."""
        register = self.register
        if register is None:
            return
        self.tasks.run(lambda: self._catch_up(register), self._caught_up, self._register_error)

    def close_register_shift(self, day: date) -> None:
        """Off the GUI thread: close the register's shift (Z report) at day close."""
        register = self.register
        if register is None:
            return
        self.tasks.run(
            lambda: close_day_shift(self.db, self.ctx, register, day),
            lambda number: self.sig_register_message.emit(
                self.tr("Cash register shift {n} closed (Z report).").format(n=number)
                if number
                else ""
            ),
            self._register_error,
        )

    def _catch_up(
        self, register: FiscalRegister
    ) -> tuple[list[RegisterFault], list[tuple[str, str]]]:
        """Faults to tell, and the (return id, acceptance id) of returns just registered."""
        faults: list[RegisterFault] = []
        try:
            state = ensure_shift(self.db, self.ctx, register).state
            faults += [RegisterFault(w) for w in state.warnings]
        except RegisterFault as fault:
            return [fault], []
        outcomes = fiscal_sales.send_pending(self.db, register, self.ctx.branch_code, self.ctx)
        returned = [
            (o.document_id, fiscal_sales.acceptance_of(self.db, o.document_id))
            for o in outcomes
            if o.data is not None and o.data.kind == SELL_RETURN
        ]
        return faults + [o.fault for o in outcomes if o.fault is not None], returned

    def _caught_up(self, result: tuple[list[RegisterFault], list[tuple[str, str]]]) -> None:
        faults, returned = result
        for document_id, acceptance_id in returned:
            # Two retries running at once may both see the return registered: print once.
            if document_id in self._returns_told or not acceptance_id:
                continue
            self._returns_told.add(document_id)
            self.sig_return_registered.emit(acceptance_id)
        if faults:
            fault = faults[0]
            self.sig_register_message.emit(
                tr_domain("Fiscal", fault.advice, {"detail": fault.detail})
            )

    def _register_error(self, error: BaseException) -> None:
        if isinstance(error, RegisterFault):
            self.sig_register_message.emit(
                tr_domain("Fiscal", error.advice, {"detail": error.detail})
            )
        else:
            self.sig_register_message.emit(
                self.tr("The cash register could not be reached: {error}").format(error=error)
            )

    def leave_unpaid(self) -> None:
        """A supervisor's number, PIN and reason let the parcel go without payment."""
        due = self.due
        if due is None or self._busy:
            return
        dialog = self._approval()
        result = dialog.until_done(
            lambda: leave_unpaid(
                self.db,
                self.ctx,
                due.acceptance_id,
                supervisor_number=dialog.supervisor_number(),
                pin=dialog.pin.text(),
                reason=dialog.reason.text(),
            ),
            {PaymentProblem: CTX},
        )
        if result is not None:
            self._finished(result)
            return
        self.tendered.setFocus() if self.method() == CASH else self.record_button.setFocus()

    def _default_approval(self) -> SupervisorApproval:
        assert self.due is not None
        return SupervisorApproval(
            self.tr("Leave unpaid"),
            self.tr(
                "Let {s10} go without payment of {amount}? The supervisor's number and the "
                "reason are recorded and reported."
            ).format(s10=", ".join(self.due.s10s), amount=format_money(self.due.amount)),
            parent=self,
        )

    def _finished(self, result: PaymentResult) -> None:
        self._busy = False
        if result.fault is not None:
            # The register did not confirm: the payment waits; the panel stays open.
            self._waiting = result
            for widget in (self.cash, self.card, self.unpaid_button, self.tendered, self.customer):
                widget.setEnabled(False)
            self.later_button.show()
            self._show_fault(result.fault)
            return
        self._waiting = None
        for widget in (self.cash, self.card, self.unpaid_button, self.tendered, self.customer):
            widget.setEnabled(True)
        self.later_button.hide()
        self.due = None
        self.hide()
        self.sig_finished.emit(result)

    def _refused(self, error: BaseException) -> None:
        self._busy = False
        if isinstance(error, PaymentProblem):
            self.show_error(problem_message(error))
        else:
            self.show_error(
                self.tr("The payment was not saved: {error}. Try Enter again.").format(error=error)
            )
        if self.method() == CASH:
            self.tendered.selectAll()
            self.tendered.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter on a method button (after Alt+C) records, as on the cash field.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.record()
            return
        super().keyPressEvent(event)
