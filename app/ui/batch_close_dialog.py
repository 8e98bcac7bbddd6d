"""Closing a marketplace batch at the counter (issue 17): the summary, how it is paid, the
supervisor's number and PIN; then the close, and the acceptance act in the preview.

The batch screen opens it with ``open_batch_close``: the summary is read off the GUI
thread, the close and the act's rendering run on the ``TaskRunner`` too. A refusal (an
account over its limit, a short cash amount, a list closed meanwhile) is shown in the
dialog, which stays open so another method can be chosen.
"""

from __future__ import annotations

from datetime import UTC, datetime

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import Money
from app.domain.payment import ACCOUNT, CARD, CASH, PaymentProblem
from app.services.batch_close import ClosedBatch, CloseSummary, close_batch, close_summary, read_act
from app.services.fiscal.config import register_for
from app.services.terminal import CounterContext
from app.store.database import Database
from app.ui.payment_panel import format_money, parse_amount
from app.ui.print_preview import DocumentPrinter, PrintJob
from app.ui.supervisor_dialog import SupervisorApproval
from app.ui.tasks import TaskRunner
from app.ui.translate import tr_domain

MAX_MISSING_SHOWN = 12  # the rest is counted ("and 30 more"); the act lists every one


class BatchCloseDialog(SupervisorApproval):
    """Supervisor approval of a batch close with its summary and payment method.

    Signals:
        sig_closed(object): the ``ClosedBatch`` once the close is stored.
        sig_act_ready(bytes): the acceptance act's PDF, rendered after the close.
    """

    sig_closed = Signal(object)
    sig_act_ready = Signal(bytes)

    def __init__(
        self,
        db: Database,
        ctx: CounterContext,
        summary: CloseSummary,
        tasks: TaskRunner,
        printer: DocumentPrinter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Close list {number}").format(number=summary.number),
            self.tr(
                "Closing locks the list: items not accepted by now are missing and nothing "
                "more is accepted into it. The accepted items are paid in one payment."
            ),
            ask_reason=False,
            parent=parent,
        )
        self.setObjectName("batchCloseDialog")
        self.db, self.ctx, self.summary = db, ctx, summary
        self.tasks, self.printer = tasks, printer
        self.result_batch: ClosedBatch | None = None
        self.busy = False
        lay = self.layout()
        assert isinstance(lay, QVBoxLayout)
        lay.insertWidget(1, self._summary_box())
        lay.insertWidget(2, self._method_box())
        # the keyboard's way through: method, cash received, supervisor, PIN
        for first, then in (
            (self.cash, self.card),
            (self.card, self.account),
            (self.account, self.tendered),
            (self.tendered, self.number),
            (self.number, self.pin),
        ):
            self.setTabOrder(first, then)
        self.cash.setChecked(True)
        self._method_changed()
        self.tendered.setFocus()
        if summary.closed:
            self.show_error(
                self.tr("List {number} is closed already: reprint its act instead.").format(
                    number=summary.number
                )
            )
            self._set_busy(True)
        self.resize(560, 0)

    # -- building ---------------------------------------------------------------------
    def _summary_box(self) -> QGroupBox:
        s = self.summary
        box = QGroupBox(self.tr("Summary of list {number}").format(number=s.number), self)
        form = QFormLayout(box)

        def row(caption: str, value: str, name: str) -> QLabel:
            label = QLabel(value, box)
            label.setObjectName(name)
            label.setWordWrap(True)
            form.addRow(caption, label)
            return label

        customer = f"{s.customer_name} ({s.customer_code})" if s.customer_name else s.customer_code
        row(self.tr("Customer"), customer, "closeCustomer")
        row(self.tr("Accepted"), str(s.accepted), "closeAccepted")
        row(self.tr("Weight differences"), str(s.flagged), "closeFlagged")
        shown = ", ".join(s.missing[:MAX_MISSING_SHOWN])
        if len(s.missing) > MAX_MISSING_SHOWN:
            more = self.tr("and {n} more").format(n=len(s.missing) - MAX_MISSING_SHOWN)
            shown = f"{shown} {more}"
        missing = f"{len(s.missing)}: {shown}" if s.missing else self.tr("none")
        row(self.tr("Missing"), missing, "closeMissing")
        total = row(self.tr("To pay"), format_money(s.total), "closeTotal")
        total.setStyleSheet("font-size: 14pt; font-weight: 700;")
        return box

    def _method_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Payment"), self)
        self.cash = QRadioButton(self.tr("&Cash"), box)
        self.card = QRadioButton(self.tr("Ca&rd"), box)
        self.account = QRadioButton(self.tr("&Account"), box)
        for button, name in ((self.cash, CASH), (self.card, CARD), (self.account, ACCOUNT)):
            button.setObjectName(f"method_{name}")
        self.methods = QButtonGroup(box)
        for button in (self.cash, self.card, self.account):
            self.methods.addButton(button)
            button.toggled.connect(self._method_changed)
        s = self.summary
        if s.account_allowed and s.available_credit is not None:
            self.account.setToolTip(
                self.tr("Still available on the account: {amount}").format(
                    amount=format_money(s.available_credit)
                )
            )
        else:
            self.account.setEnabled(False)
            self.account.setToolTip(
                self.tr("{customer} may not pay on account.").format(customer=s.customer_code)
            )
        self.tendered = QLineEdit(box)
        self.tendered.setObjectName("closeTendered")
        self.tendered.setPlaceholderText(self.tr("exact amount"))
        self.tendered.textChanged.connect(self._update_change)
        self.change = QLabel(box)
        self.change.setObjectName("closeChange")
        methods = QHBoxLayout()
        for button in (self.cash, self.card, self.account):
            methods.addWidget(button)
        methods.addStretch(1)
        form = QFormLayout(box)
        form.addRow(methods)
        form.addRow(self.tr("Cash received"), self.tendered)
        form.addRow(self.tr("Change"), self.change)
        return box

    # -- behaviour --------------------------------------------------------------------
    def method(self) -> str:
        if self.card.isChecked():
            return CARD
        if self.account.isChecked():
            return ACCOUNT
        return CASH

    def _method_changed(self) -> None:
        cash = self.method() == CASH
        self.tendered.setEnabled(cash)
        self.change.setVisible(cash)
        self._update_change()

    def _tendered(self) -> Money | None:
        """The cash typed in (``None``: the exact amount); ``ValueError`` when unreadable."""
        return parse_amount(self.tendered.text(), self.summary.total.currency)

    def _update_change(self) -> None:
        try:
            given = self._tendered()
        except ValueError:
            self.change.setText(self.tr("type the cash received, e.g. 2000"))
            return
        due = self.summary.total
        if given is None or given < due:
            self.change.setText("—")
        else:
            self.change.setText(format_money(given - due))

    def accept(self) -> None:
        """Check the supervisor, then close off the GUI thread; stays open when refused."""
        if self.busy:
            return
        try:
            given = self._tendered() if self.method() == CASH else None
        except ValueError:
            self.show_error(self.tr("Type the cash received, e.g. 2000."))
            self.tendered.setFocus()
            return
        staff = self.check(self.db, "batch close", self.ctx.terminal_id)
        if staff is None:
            return
        self._set_busy(True)
        db, ctx, batch_id, method = self.db, self.ctx, self.summary.batch_id, self.method()
        staff_id = staff.id
        amount = given.amount if given is not None else None

        def work() -> ClosedBatch:
            register = register_for(db, ctx)  # a Russian branch's cash or card is a sale
            return close_batch(db, ctx, batch_id, staff_id, method, amount, register=register)

        self.tasks.run(work, self._closed, self._refused)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        buttons = self.findChild(QDialogButtonBox)
        if buttons is not None:
            buttons.setEnabled(not busy)

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, PaymentProblem):
            context = getattr(error, "context", "Payment")
            self.show_error(tr_domain(context, error.template, error.params))
        else:
            self.show_error(self.tr("The list could not be closed: {reason}").format(reason=error))
        self.pin.clear()

    def _closed(self, result: ClosedBatch) -> None:
        self._set_busy(False)
        self.result_batch = result
        self.sig_closed.emit(result)
        if result.fault is not None and self.printer is not None:
            # Closed and paid; the receipt waits in the register's queue and is sent again
            # with the payment panel's catch-up (start, every payment).
            self.printer.sig_notice.emit(
                self.tr(
                    "List {number} is closed; its receipt is not registered yet: {advice}"
                ).format(number=result.number, advice=tr_domain("Fiscal", result.fault.advice))
            )
        db, printer, parent = self.db, self.printer, self.parentWidget()
        title = self.tr("Acceptance act {number}").format(number=result.number)
        # The act is rendered off the GUI thread; the dialog is gone by then, so its
        # outcome goes to the printer (and the signal, for whoever listens).
        dialog = self

        def show(pdf: bytes) -> None:
            if shiboken6.isValid(dialog):
                dialog.sig_act_ready.emit(pdf)
            if printer is not None:
                printer.open_preview([PrintJob(title, pdf)], None, parent)

        self.tasks.run(lambda: _act_pdf(db, result.batch_id), show, self._act_failed)
        super().accept()

    def _act_failed(self, error: BaseException) -> None:
        if self.printer is not None:
            self.printer.sig_failed.emit(
                self.tr("The act could not be made: {reason}").format(reason=error)
            )


def _act_pdf(db: Database, batch_id: int) -> bytes:
    from app.documents.acceptance_act import render_act

    return render_act(read_act(db, batch_id))


def open_batch_close(
    parent: QWidget,
    db: Database,
    ctx: CounterContext,
    tasks: TaskRunner,
    batch_id: int,
    printer: DocumentPrinter | None = None,
) -> None:
    """Read the batch's summary off the GUI thread, then open the close dialog (modeless
    to the event loop: ``open``); ``parent.batch_close_dialog`` holds it for tests."""
    day = ctx.business_day(datetime.now(UTC))

    def show(summary: CloseSummary) -> None:
        dialog = BatchCloseDialog(db, ctx, summary, tasks, printer, parent)
        parent.batch_close_dialog = dialog  # type: ignore[attr-defined]
        dialog.open()

    tasks.run(lambda: close_summary(db, batch_id, ctx.currency, day), show)
