"""Batch mode at the counter (issue 17): one marketplace list worked item by item.

The window hands this module its scans, its pre-advice look-ups and its acceptances while
a list is called up (``active``). The batch bar over the form says where the list stands
("SHOPKART · IN-MP-2026-000123 · 12 of 50 accepted, 1 weight difference, 37 to go"). A
scanned item of the list fills the form from its pre-advice (size included when the list
declared it) and the weight capture waits: F8, then F12, three keys an item. An item not
on the list, on another list, or already accepted is refused at once with what it is. The
captured weight is compared with the declared one; a difference beyond the tolerance is
shown in red with a mark (declared, actual, difference, "charged by the actual weight")
and recorded with the item, without blocking F12. There is no payment step per item: the
list is paid when a supervisor closes it.

Keys: Ctrl+B the Batch screen (pick or scan a list); Ctrl+Shift+B, or Esc on the bar, to
leave the list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.batch import WeightCheck
from app.domain.consignment import Consignment
from app.domain.customer import BusinessCustomer
from app.domain.product import ProductLimits
from app.domain.scan import ScanKind, classify
from app.domain.weight import format_kg
from app.services import batch_counter
from app.services.acceptance import AcceptResult, BusinessTerms
from app.services.batch_counter import BatchRefused, ItemCheck
from app.services.batch_query import BatchSummary
from app.services.contract_pricing import ContractPricing
from app.services.customers import customer_by_code
from app.services.pricing import Pricing
from app.ui.batch_close_dialog import open_batch_close
from app.ui.batch_screen import BatchScreen
from app.ui.feedback import set_style_property
from app.ui.translate import tr_domain

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

BAR_STYLE = """
QFrame#batchBar { background: #e8f0fe; border: 2px solid #1f5fbf; border-radius: 6px; }
QLabel#batchProgress { font-size: 12pt; font-weight: 700; color: #0d1b2a; }
QLabel#batchNotice { font-weight: 600; padding: 4px 8px; border-radius: 4px; }
QLabel#batchNotice[problem="true"] { background: #c62828; color: #ffffff; }
QLabel#batchNotice[problem="false"] { background: #ffffff; color: #1b5e20;
    border: 1px solid #2e7d32; }
"""


class BatchBar(QFrame):
    """The list's name and progress over the form, and the notice about the last item.

    Signals:
        sig_leave(): Esc on the bar or its button.
    """

    sig_leave = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchBar")
        self.setStyleSheet(BAR_STYLE)
        self.progress = QLabel(self)
        self.progress.setObjectName("batchProgress")
        self.progress.setWordWrap(True)
        self.notice = QLabel(self)
        self.notice.setObjectName("batchNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.leave_button = QPushButton(self.tr("Leave the list (Ctrl+Shift+B)"), self)
        self.leave_button.setObjectName("batchLeave")
        self.leave_button.clicked.connect(self.sig_leave.emit)
        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignTop)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.addLayout(top)
        lay.addWidget(self.notice)
        self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.sig_leave.emit()
            return
        super().keyPressEvent(event)

    def show_notice(self, text: str, *, problem: bool) -> None:
        """The last item's news; a problem in red with a mark (not by colour alone)."""
        self.notice.setText(("⚠ " if problem else "✓ ") + text)
        set_style_property(self.notice, "problem", "true" if problem else "false")
        self.notice.show()

    def clear_notice(self) -> None:
        self.notice.clear()
        self.notice.hide()


class BatchItemRefused(Exception):
    """F12 in batch mode without an item of the list on the form."""


class BatchMode(QObject):
    """The counter window's batch mode (see the module docstring).

    Signals:
        sig_changed(object): the list now worked on (``BatchSummary``), or None when left.
    """

    sig_changed = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.db = window.db
        self.form = window.form
        self.batch: BatchSummary | None = None
        # The list's customer and its contract pricing (None: unknown here, public prices).
        self.customer: BusinessCustomer | None = None
        self.pricing: Pricing | None = None
        self.item: ItemCheck | None = None  # the item of the list on the form
        self.screen: BatchScreen | None = None
        self.lists: frozenset[str] = frozenset()  # open lists' numbers, for scans
        self._last_terms: BusinessTerms | None = None
        self.bar = BatchBar(window)
        self.bar.sig_leave.connect(self.leave)
        self.form.weight.sig_captured.connect(self._weighed)
        self.action_screen = QAction(self.tr("&Marketplace lists…"), window)
        self.action_screen.setShortcut(QKeySequence("Ctrl+B"))
        self.action_screen.triggered.connect(self.open_screen)
        self.action_leave = QAction(self.tr("&Leave the list"), window)
        self.action_leave.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.action_leave.setEnabled(False)
        self.action_leave.triggered.connect(self.leave)
        window.addAction(self.action_screen)
        window.addAction(self.action_leave)
        self.reload_numbers()

    @property
    def active(self) -> bool:
        return self.batch is not None

    # -- calling a list up --------------------------------------------------------------
    def reload_numbers(self) -> None:
        """Learn the open lists' numbers (after an import, a close, at start)."""
        self.window.tasks.run(
            lambda: batch_counter.known_numbers(self.db), lambda n: setattr(self, "lists", n)
        )

    def take_scan(self, text: str) -> bool:
        """A list's barcode scanned at the counter calls it up; other scans are not ours."""
        if QApplication.activeModalWidget() is not None:
            return False  # the open dialog gets it (the Batch screen takes it)
        result = classify(text, lists=self.lists)
        if result.kind is not ScanKind.BATCH_LIST:
            return False
        self.call_up(result.value)
        return True

    def open_screen(self) -> None:
        """Ctrl+B: the open lists with their progress; pick or scan one."""

        def show(lists: list[BatchSummary]) -> None:
            self.lists = frozenset(b.number.upper() for b in lists)
            screen = BatchScreen(lists, self.window, close_available=True)
            screen.sig_close_requested.connect(lambda batch: self._close(screen, batch))
            self.screen = screen
            try:
                if screen.exec() == BatchScreen.DialogCode.Accepted and screen.chosen:
                    self.call_up(screen.chosen.number)
            finally:
                self.screen = None
                screen.deleteLater()

        self.window.tasks.run(lambda: batch_counter.open_lists(self.db), show)

    def _close(self, screen: BatchScreen, batch: BatchSummary) -> None:
        """ "Close batch…": the close dialog (a supervisor's number and PIN, the payment,
        the act); the list is left when it is the one worked on."""
        screen.reject()
        if self.batch is not None and self.batch.id == batch.id:
            self.leave()
        w = self.window
        # A closed list scanned later is refused as closed (``call_up``).
        open_batch_close(w, self.db, w.ctx, w.tasks, batch.id, w.printer)

    def call_up(self, number: str) -> None:
        day = self.window.today()

        def work() -> tuple[BatchSummary, BusinessCustomer | None]:
            batch = batch_counter.call_up(self.db, number)
            code = batch.customer_code
            return batch, customer_by_code(self.db, code, day) if code else None

        self.window.tasks.run(work, lambda found: self.enter(*found), self._refused)

    def _refused(self, error: BaseException) -> None:
        QApplication.beep()
        if isinstance(error, BatchRefused):
            text = tr_domain(batch_counter.CTX, error.template, error.params)
        else:
            text = self.tr("The list could not be read: {error}").format(error=error)
        self.window.statusBar().showMessage(text, 10_000)
        if self.active:
            self.bar.show_notice(text, problem=True)

    def enter(self, batch: BatchSummary, customer: BusinessCustomer | None = None) -> None:
        """Work on ``batch``: the bar shows it, the form waits for its first item; the fee
        shown and charged is ``customer``'s contract price (public when it is unknown)."""
        if (self.batch is None or self.batch.id != batch.id) and not self.form.ask_discard(
            self.tr("Work on list {number}?").format(number=batch.number),
            self.tr(
                "The consignment on the form is not accepted yet. Clear it and start the list?"
            ),
        ):
            return
        if self.batch is None or self.batch.id != batch.id:
            self.form.clear()
        self.batch, self.item, self.customer = batch, None, customer
        rules = self.window.rules
        self.pricing = (
            ContractPricing(rules.pricing, customer, tuple(rules.data.tariffs))
            if customer is not None
            else None
        )
        self.form.pricing = self.pricing or rules.pricing
        self.form._update_quote()
        self.action_leave.setEnabled(True)
        self.bar.clear_notice()
        self.show_progress(batch)
        self.bar.show()
        self.form.scan.setFocus()
        self.window.statusBar().showMessage(
            self.tr("List {number}: scan its items (F8 weighs, F12 accepts).").format(
                number=batch.number
            ),
            8000,
        )
        self.sig_changed.emit(batch)

    def leave(self) -> None:
        """Back to single acceptances (a half-done item stays on the form as it is)."""
        if self.batch is None:
            return
        self.batch, self.item, self.customer, self.pricing = None, None, None, None
        self.form.pricing = self.window.rules.pricing
        self.form._update_quote()
        self.action_leave.setEnabled(False)
        self.bar.hide()
        self.form.scan.setFocus()
        self.window.statusBar().showMessage(self.tr("Left the list."), 5000)
        self.sig_changed.emit(None)

    def progress_text(self, batch: BatchSummary) -> str:
        """ "SHOPKART · IN-MP-2026-000123 · 12 of 50 accepted, 1 weight difference, 37 to go"."""
        p = batch.progress
        parts = [
            self.tr("%n of {total} accepted", "", p.accepted).format(total=p.total),
            self.tr("%n weight difference(s)", "", p.flagged),
            self.tr("%n to go", "", p.to_go),
        ]
        who = batch.customer_code or self.tr("no customer")
        return f"{who} · {batch.number} · " + ", ".join(parts)

    def show_progress(self, batch: BatchSummary) -> None:
        self.bar.progress.setText(self.progress_text(batch))

    # -- items ------------------------------------------------------------------------
    def look_up(self, s10: str) -> None:
        """An S10 scanned or typed in batch mode: is it this list's, still to accept?"""
        batch = self.batch
        if batch is None:
            return
        self.item = None
        self.window.tasks.run(lambda: batch_counter.check_item(self.db, batch, s10), self._checked)

    def _checked(self, check: ItemCheck) -> None:
        if self.batch is None or self.form.scan.text() != check.s10:
            return  # left the list, or the clerk scanned on meanwhile
        found = check.found
        if not check.ok or found is None:
            text = tr_domain(batch_counter.CTX, check.template, check.params)
            QApplication.beep()
            self.form.clear()
            self.bar.show_notice(text, problem=True)
            self.window.statusBar().showMessage(text, 10_000)
            return
        self.item = check
        self.form.fill(found.consignment)
        self.form.preadvice_ref = found.consignment.preadvice_ref
        if found.dimensions is not None:
            self.form.set_dimensions(found.dimensions)
        declared = (
            self.tr("declared {kg} kg").format(kg=format_kg(found.declared_grams))
            if found.declared_grams is not None
            else self.tr("no weight declared")
        )
        # Not the service's "{s10} is on list {number} (row {row})": the S10 is beside it
        # already, the list's number is on the bar, and a JSON list's "row" is a line of
        # the file; said whole, it pushed "F12 accepts" out of sight at 1366 wide.
        self.form.scan_info.setText(
            self.tr("{grouped} · on the list · {declared} · F8 weighs, F12 accepts").format(
                grouped=self.form.scan_info.text(), declared=declared
            )
        )
        self.bar.clear_notice()
        self._focus_after_fill()

    def _focus_after_fill(self) -> None:
        """Where the clerk goes on: a missing size first, else the accept button's side."""
        for edit in self.form.dims.values():
            if not edit.text().strip():
                edit.setFocus()
                return
        self.form.accept_button.setFocus()

    def weight_check(self) -> WeightCheck | None:
        """The captured weight against the list's declared one (None: nothing to compare)."""
        if self.item is None or self.item.found is None:
            return None
        captured = self.form.weight.captured
        if captured is None:
            return None
        tolerance = self.window.rules.limits_today(self.window.ctx).batch_weight_tolerance
        return batch_counter.weigh_against_list(
            self.item.found.declared_grams, captured.grams, tolerance
        )

    def _weighed(self, _weighing: object) -> None:
        check = self.weight_check()
        if check is None or check.declared is None or check.difference is None:
            self.bar.clear_notice()
            return
        declared, actual = format_kg(check.declared), format_kg(check.actual)
        diff = ("+" if check.difference > 0 else "") + format_kg(check.difference)
        if check.flagged:
            self.bar.show_notice(
                self.tr(
                    "Weight differs from the list: declared {declared} kg, actual {actual} kg, "
                    "difference {diff} kg (more than {allowed} kg allowed). Charged by the "
                    "actual weight; F12 accepts and records the difference."
                ).format(
                    declared=declared,
                    actual=actual,
                    diff=diff,
                    allowed=format_kg(check.allowed or 0),
                ),
                problem=True,
            )
        else:
            self.bar.show_notice(
                self.tr("Weight as declared: {actual} kg (list: {declared} kg).").format(
                    actual=actual, declared=declared
                ),
                problem=False,
            )

    # -- accepting ----------------------------------------------------------------------
    def terms(
        self, consignment: Consignment, limits: ProductLimits
    ) -> tuple[Pricing, BusinessTerms] | None:
        """The pricing and business terms of F12 in batch mode (None outside it): the
        list's customer, its plan, the list, the declared weight and the flag.
        ``BatchItemRefused`` when the form holds no item of the list."""
        self._last_terms = None
        if self.batch is None:
            return None
        item = self.item
        s10s = [p.s10 for p in consignment.pieces]
        if item is None or item.found is None or s10s != [item.s10]:
            raise BatchItemRefused(
                self.tr(
                    "In batch mode only an item of list {number} is accepted, one at a time: "
                    "scan it. Leave the list (Ctrl+Shift+B) for other parcels."
                ).format(number=self.batch.number)
            )
        w = self.window
        pricing = self.pricing or w.rules.pricing
        plan = ""
        if self.pricing is not None:
            quote = pricing.quote(consignment, limits, w.ctx.currency, w.today())
            plan = quote.plan_name
        self._last_terms = batch_counter.business_terms(
            self.batch, item.found.declared_grams, self.weight_check(), plan
        )
        return pricing, self._last_terms

    def took(self, result: AcceptResult) -> bool:
        """After F12 stored ``result``: True when it was an item of the list (no payment
        step; the progress is read again)."""
        terms, self._last_terms = self._last_terms, None
        if terms is None or terms.batch_id is None:
            return False
        self.item = None
        batch_id = terms.batch_id
        if terms.weight_flagged:
            self.bar.show_notice(
                self.tr("{s10} accepted with its weight difference recorded.").format(
                    s10=", ".join(result.s10s)
                ),
                problem=True,
            )
        else:
            self.bar.clear_notice()

        def done(now: BatchSummary | None) -> None:
            if now is not None and self.batch is not None and self.batch.id == now.id:
                self.batch = now
                self.show_progress(now)

        self.window.tasks.run(lambda: batch_counter.refresh(self.db, batch_id), done)
        return True
