"""The acceptance screen: scan, weigh, measure, sender, addressee, customs, charges, Accept.

Everything is reachable by keyboard: Enter moves to the next input, F8 captures the
weight, Ctrl+N adds another piece, F12 or Ctrl+Enter accepts, Esc clears after asking.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import s10 as s10mod
from app.domain.consignment import Consignment, Party, Piece, Weighing
from app.domain.customer import BusinessCustomer
from app.domain.problems import Problem
from app.domain.product import ProductLimits
from app.domain.validation import validate_consignment
from app.domain.weight import Dimensions, format_kg, parse_cm
from app.services.acceptance import AcceptanceRefused, AcceptResult
from app.services.pricing import Pricing, Quote
from app.ui.business_sender import BusinessSenderBar, sender_party
from app.ui.customs_editor import CustomsEditor
from app.ui.elided_label import ElidedLabel
from app.ui.feedback import ProblemBoard, error_label
from app.ui.locale_format import format_money
from app.ui.party_form import PartyForm
from app.ui.refusal_bar import RefusalBar
from app.ui.translate import problem_text, tr_text
from app.ui.weight_panel import WeightPanel


class _EnterMovesOn(QObject):
    """Enter in a line edit moves focus to the next input, as clerks expect from paper forms."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and isinstance(watched, QLineEdit)
        ):
            watched.focusNextChild()
            return True
        return False


def _reading_position(widget: QWidget | None) -> tuple[int, int]:
    if widget is None:
        return (1 << 30, 0)
    at = widget.mapToGlobal(QPoint(0, 0))
    return (at.y(), at.x())


class AcceptanceForm(QWidget):
    """The form a clerk fills for one consignment.

    The form does not store anything itself: ``sig_accept_requested`` hands the
    consignment to the window, which runs the acceptance off the GUI thread and calls
    ``accepted()`` or ``refused()`` with the outcome.

    Signals:
        sig_accept_requested(object): a ``Consignment`` that passed the form's checks.
        sig_scan_entered(str): the clerk scanned or typed a valid S10 (for pre-advice look-up).
        sig_new_number_requested(): F3, a parcel without a label needs the next identifier.
    """

    sig_accept_requested = Signal(object)
    sig_scan_entered = Signal(str)
    sig_new_number_requested = Signal()

    def __init__(
        self,
        limits_provider: Callable[[], ProductLimits],
        pricing: Pricing,
        currency: str,
        parent: QWidget | None = None,
        validator: Callable[[Consignment, ProductLimits], list[Problem]] | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.today = today  # the branch's business day: the tariff and duty regime in force
        self.limits_provider = limits_provider
        self.validate = validator or validate_consignment
        # The S10 check at the scan: the product's policy once the window sets it.
        self.s10_check: Callable[[str], s10mod.S10Check] = s10mod.check
        self.pricing = pricing
        self.currency = currency
        self.done_pieces: list[Piece] = []
        self.preadvice_ref = ""
        self.fallback_error = QLabel(self)
        self.fallback_error.setObjectName("formError")
        self.fallback_error.setWordWrap(True)
        self.fallback_error.hide()
        self.board = ProblemBoard(self.fallback_error)
        self.refusal_bar = RefusalBar(self)
        self.refusal_bar.sig_go.connect(self._go_to)
        self.money_display = "symbol"  # the branch's choice, ui.money_display
        self._enter = _EnterMovesOn(self)

        # -- piece: scan, weight, dimensions -------------------------------------------------
        piece_box = QGroupBox(self.tr("Piece"), self)
        self.scan = QLineEdit(piece_box)
        self.scan.setObjectName("scanField")
        self.scan.setPlaceholderText(
            self.tr(
                "Scan the label or type the S10 number · F3: new number for an unlabelled parcel"
            )
        )
        self.scan.setMaxLength(20)
        self.scan.returnPressed.connect(self._on_scan_entered)
        # Elided, the whole note in its tooltip: a list item's note (list, row, declared
        # weight, keys) would otherwise widen the form past the screen at 1366x768.
        self.scan_info = ElidedLabel(piece_box)
        self.scan_info.setObjectName("sectionHint")
        scan_error = error_label(piece_box)
        self.board.register("piece.s10", self.scan, scan_error)

        self.weight = WeightPanel(piece_box)
        self.weight.sig_captured.connect(self._update_quote)
        weight_error = error_label(piece_box)
        self.board.register("piece.weight", self.weight, weight_error)

        self.dims: dict[str, QLineEdit] = {}
        dims_row = QHBoxLayout()
        for name, caption in (
            ("length", self.tr("Length, cm")),
            ("width", self.tr("Width, cm")),
            ("height", self.tr("Height, cm")),
        ):
            edit = QLineEdit(piece_box)
            edit.setObjectName(f"dim_{name}")
            edit.setMaximumWidth(90)
            edit.textEdited.connect(self._update_quote)
            edit.installEventFilter(self._enter)
            label = QLabel(caption, piece_box)
            label.setBuddy(edit)
            dims_row.addWidget(label)
            dims_row.addWidget(edit)
            self.dims[name] = edit
        dims_row.addStretch(1)
        dims_error = error_label(piece_box)
        self.board.register("piece.dimensions", self.dims["length"], dims_error)

        self.pieces_table = QTableWidget(0, 4, piece_box)
        self.pieces_table.setObjectName("piecesTable")
        self.pieces_table.setHorizontalHeaderLabels(
            [self.tr("Piece"), self.tr("S10"), self.tr("Gross, kg"), self.tr("L×W×H, cm")]
        )
        self.pieces_table.verticalHeader().setVisible(False)
        self.pieces_table.horizontalHeader().setStretchLastSection(True)
        self.pieces_table.setMaximumHeight(90)
        self.pieces_table.hide()
        pieces_error = error_label(piece_box)
        self.board.register("pieces", self.pieces_table, pieces_error)
        self.add_piece_button = QPushButton(self.tr("Another piece (Ctrl+N)"), piece_box)
        self.add_piece_button.clicked.connect(self.add_piece)

        scan_caption = QLabel(self.tr("Tracking number (S10) · F3: new number"), piece_box)
        scan_caption.setBuddy(self.scan)
        # Identifier and dimensions on the left, the live weight beside them: the clerk
        # sees the whole piece without scrolling.
        left = QVBoxLayout()
        left.setSpacing(4)
        caption_row = QHBoxLayout()  # what the scan found sits beside the caption
        caption_row.addWidget(scan_caption)
        caption_row.addWidget(self.scan_info, 1, Qt.AlignmentFlag.AlignRight)
        left.addLayout(caption_row)
        left.addWidget(self.scan)
        left.addWidget(scan_error)
        dims_row.addWidget(self.add_piece_button)
        left.addLayout(dims_row)
        left.addWidget(dims_error)
        left.addWidget(self.pieces_table)
        left.addWidget(pieces_error)
        left.addStretch(1)
        # The weight panel in a box of its own: beside the piece here, or placed by the
        # window at the top of its side column (``take_weight_box``), where it costs the
        # form no height on a 768-pixel screen.
        self.weight_box = QWidget(self)
        self.weight_box.setObjectName("weightBox")
        right = QVBoxLayout(self.weight_box)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.weight)
        right.addWidget(weight_error)
        right.addStretch(1)
        self._piece_layout = QHBoxLayout(piece_box)
        self._piece_layout.addLayout(left, 5)
        self._piece_layout.addWidget(self.weight_box, 4)

        # -- parties and customs ----------------------------------------------------------------
        self.sender = PartyForm(self.tr("Sender"), "sender", self.board, self)
        self.sender.first_input().setPlaceholderText(self.tr("F4: a business sender"))
        # Issue 17: the business customer the consignment belongs to (F4), its contract price.
        self.business = BusinessSenderBar(self)
        self.business.sig_changed.connect(self._business_changed)
        self.addressee = PartyForm(self.tr("Addressee"), "addressee", self.board, self)
        for form in (self.sender, self.addressee):
            for edit in form.edits.values():
                edit.installEventFilter(self._enter)
        self.customs_box = QGroupBox(self.tr("Customs declaration (CN 23)"), self)
        self.customs = CustomsEditor(currency="EUR", parent=self.customs_box)
        QVBoxLayout(self.customs_box).addWidget(self.customs)
        self.customs.sig_changed.connect(self._update_quote)

        # -- charges and accept -----------------------------------------------------------------
        # A bar, not a titled box: every caption says what its figure is, and the height
        # goes to the form on a 768-pixel screen.
        charges = QFrame(self)
        charges.setObjectName("chargesBar")
        self.charges = charges
        self.fig_chargeable = QLabel("—", charges)
        self.fig_fee = QLabel("—", charges)
        self.fig_duty = QLabel("—", charges)
        # "Contract price: <plan> · public <fee>"; elided, never wider than the bar
        self.fee_plan = ElidedLabel(charges)
        self.fee_plan.setObjectName("feePlan")
        self.fee_plan.hide()
        cg = QGridLayout(charges)
        cg.setContentsMargins(10, 4, 10, 4)
        cg.setVerticalSpacing(0)
        cg.setHorizontalSpacing(36)
        for col, (caption, fig) in enumerate(
            (
                (self.tr("Chargeable weight"), self.fig_chargeable),
                (self.tr("Fee to pay now"), self.fig_fee),
                (self.tr("Expected import duty"), self.fig_duty),
            )
        ):
            fig.setObjectName("bigFigure")
            cap = QLabel(caption, charges)
            cap.setObjectName("figureCaption")
            cg.addWidget(cap, 0, col)
            cg.addWidget(fig, 1, col)
        self.accept_button = QPushButton(self.tr("Accept  (F12)"), charges)
        self.accept_button.setObjectName("acceptButton")
        self.accept_button.clicked.connect(self.request_accept)
        self.clear_button = QPushButton(self.tr("New consignment"), charges)
        self.clear_button.clicked.connect(self.confirm_clear)
        self.duty_warning = QLabel(charges)
        self.duty_warning.setObjectName("dutyWarning")
        self.duty_warning.hide()
        # Under the figures on a line of its own, wrapped: in the duty's column alone it set
        # that column's width and pushed the window past a 1280-pixel screen.
        self.duty_warning.setWordWrap(True)
        self.duty_warning.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        cg.addWidget(self.duty_warning, 3, 0, 1, 3)
        cg.addWidget(self.fee_plan, 2, 0, 1, 3)  # under the weight, the fee and the duty
        cg.addWidget(self.clear_button, 0, 3, 2, 1)
        cg.addWidget(self.accept_button, 0, 4, 2, 1)
        cg.setColumnStretch(2, 1)

        # -- layout -----------------------------------------------------------------------------
        parties = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        parties.addWidget(self.sender)
        parties.addWidget(self.addressee)
        self._parties = parties
        inner = QWidget(self)
        il = QVBoxLayout(inner)
        il.setContentsMargins(0, 0, 4, 0)
        il.setSpacing(4)
        il.addWidget(piece_box)
        il.addWidget(self.business)
        il.addLayout(parties)
        il.addWidget(self.customs_box)
        il.addStretch(1)
        self.inner = inner
        scroll = QScrollArea(self)
        self.scroll_area = scroll
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Never scroll sideways: the form reflows to the window's width.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        # Above the scrolling part: a refusal is seen wherever the form was scrolled to.
        outer.addWidget(self.refusal_bar)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.fallback_error)
        outer.addWidget(charges)

        QShortcut(QKeySequence("F3"), self, self.sig_new_number_requested.emit)
        QShortcut(QKeySequence("F8"), self, self.weight.capture)
        QShortcut(QKeySequence("Ctrl+F8"), self, self.weight.sig_manual_requested.emit)
        QShortcut(QKeySequence("F12"), self, self.request_accept)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.request_accept)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.request_accept)
        QShortcut(QKeySequence("Ctrl+N"), self, self.add_piece)
        QShortcut(QKeySequence("F4"), self, self.business.open_picker)
        QShortcut(QKeySequence("Shift+F4"), self, self.business.clear_choice)
        QShortcut(QKeySequence("Escape"), self, self.confirm_clear)
        chain = [
            self.scan,
            *self.dims.values(),
            *self.sender.edits.values(),
            *self.addressee.edits.values(),
            self.customs.category,
            self.customs.explanation,
            self.customs.currency,
            self.customs.table,
            self.customs.more_button,
            *self.customs.fields.values(),
            self.add_piece_button,
            self.clear_button,
            self.accept_button,
        ]
        for a, b in itertools.pairwise(chain):
            self.setTabOrder(a, b)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)
        self._update_quote()

    def take_weight_box(self) -> QWidget:
        """The weight panel (with its error line) out of the form, for the window to place."""
        self._piece_layout.removeWidget(self.weight_box)
        return self.weight_box

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_parties()

    def _place_parties(self) -> None:
        """Sender and addressee side by side when both fit (a Russian form with its error
        lines on a 1280-pixel screen may not): one above the other rather than cut off."""
        need = (
            self.sender.minimumSizeHint().width()
            + self.addressee.minimumSizeHint().width()
            + self._parties.spacing()
            + self.scroll_area.verticalScrollBar().sizeHint().width()
            + 8
        )
        room = self.scroll_area.width()
        direction = (
            QBoxLayout.Direction.LeftToRight if room >= need else QBoxLayout.Direction.TopToBottom
        )
        if self._parties.direction() != direction:
            self._parties.setDirection(direction)

    # -- keeping the focus in sight ----------------------------------------------------------
    @Slot(QWidget, QWidget)
    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll the field that got the focus into view (Enter, Tab, a refusal's link)."""
        if new is not None and self.inner.isAncestorOf(new):
            self.scroll_area.ensureWidgetVisible(new, 12, 24)

    @Slot(object)
    def _go_to(self, widget: QWidget) -> None:
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll_area.ensureWidgetVisible(widget, 12, 24)

    # -- scanning -------------------------------------------------------------------------------
    @Slot()
    def _on_scan_entered(self) -> None:
        self.enter_scan(self.scan.text())

    def enter_scan(self, text: str) -> bool:
        """Take a scanned or typed identifier into the current piece."""
        result = self.s10_check(text)
        if result.value is None:
            self.board.show(
                [Problem("piece.s10", f"s10.{result.code}", result.template, dict(result.params))]
            )
            self.scan_info.clear()  # the note of the parcel scanned before is not this one's
            self.scan.selectAll()
            self.scan.setFocus()
            return False
        self.scan.setText(str(result.value))
        self.board.clear()
        self.scan_info.setText(result.value.grouped)
        self.sig_scan_entered.emit(str(result.value))
        self.dims["length"].setFocus()
        return True

    # -- pieces ---------------------------------------------------------------------------------
    def _dimensions(self) -> Dimensions | None:
        try:
            values = [parse_cm(self.dims[n].text()) for n in ("length", "width", "height")]
        except ValueError:
            return None
        return Dimensions(*values)

    def current_piece(self) -> Piece | None:
        text = self.scan.text().strip()
        if not text and self.weight.captured is None and self._dimensions() is None:
            return None
        return Piece(
            s10=s10mod.normalise(text), weighing=self.weight.captured, dimensions=self._dimensions()
        )

    @Slot()
    def add_piece(self) -> None:
        """Keep the current piece and start the next one of the same consignment."""
        if not self.weight.confirm_for_accept():
            return  # the live reading no longer confirms the capture: said at the panel
        piece = self.current_piece()
        if piece is None:
            return
        limits = self.limits_provider()
        trial = self.consignment()
        problems = [
            p
            for p in self.validate(trial, limits)
            if p.field.startswith(f"pieces.{len(self.done_pieces)}.")
            # its content lines may still be typed or moved to it later
            and p.code != "item.no_lines"
        ]
        if problems:
            self.show_problems(problems)
            return
        self.done_pieces.append(piece)
        self._reset_piece()
        self._refresh_pieces_table()
        self.scan.setFocus()

    def _refresh_pieces_table(self) -> None:
        t = self.pieces_table
        t.setRowCount(len(self.done_pieces))
        t.setVisible(bool(self.done_pieces))
        self.customs.set_pieces(len(self.done_pieces) + 1)
        for row, p in enumerate(self.done_pieces):
            d = p.dimensions
            values = [
                f"{row + 1}",
                p.s10,
                format_kg(p.gross_grams, 2),
                f"{d.length_mm / 10:g}×{d.width_mm / 10:g}×{d.height_mm / 10:g}" if d else "",
            ]
            for col, v in enumerate(values):
                t.setItem(row, col, QTableWidgetItem(v))
        self._update_quote()

    def _reset_piece(self) -> None:
        self.scan.clear()
        self.scan_info.clear()
        for e in self.dims.values():
            e.clear()
        self.weight.clear()

    # -- the consignment ----------------------------------------------------------------------
    def consignment(self) -> Consignment:
        pieces = list(self.done_pieces)
        current = self.current_piece()
        if current is not None or not pieces:
            pieces.append(current or Piece(s10=""))
        return Consignment(
            sender=self._sender_party(),
            addressee=self.addressee.party(),
            customs=self.customs.declaration(),
            pieces=tuple(pieces),
            preadvice_ref=self.preadvice_ref,
        )

    def _sender_party(self) -> Party:
        """The sender typed; a business customer's tax id and e-mail from its contract."""
        party = self.sender.party()
        customer = self.business.customer
        if customer is None:
            return party
        return replace(party, tax_id=customer.tax_id, email=party.email or customer.address.email)

    @Slot(object)
    def _business_changed(self, customer: BusinessCustomer | None) -> None:
        if customer is not None:
            self.sender.set_party(sender_party(customer))
            iec = self.customs.fields.get("exporter_iec")
            if customer.iec and iec is not None:
                iec.setText(customer.iec)
                self.customs.set_more_shown(True)
            # back from the picker: the window is active again, the addressee comes next
            self.activateWindow()
            self.addressee.first_input().setFocus()
        self._update_quote()

    def _map_field(self, problem: Problem) -> Problem:
        """Problems of the piece being entered go to its inputs; earlier pieces to the list."""
        parts = problem.field.split(".")
        if parts[0] == "pieces" and len(parts) >= 3:
            index = int(parts[1])
            if parts[2] == "lines":  # a piece's contents: said under the list of pieces
                return replace(problem, field="pieces")
            if index == len(self.done_pieces):
                return replace(problem, field=f"piece.{parts[2]}")
            return replace(problem, field="pieces")
        return problem

    def show_problems(self, problems: list[Problem], *, summary: bool = False) -> None:
        """Every problem at its field: customs ones in the CN 23 editor, the rest on the board.

        With ``summary`` (a refused Accept) the red bar at the top lists them too, each a
        link to its field. The focus goes to the first problem's field; nothing typed is
        cleared.
        """
        others = self.customs.show_problems(problems)
        self.board.show([self._map_field(p) for p in others])
        entries: list[tuple[str, QWidget | None]] = []
        for p in problems:
            if p.field.split(".")[0] == "customs":
                widget: QWidget | None = self.customs.widget_for_problem(p.field)
            else:
                widget = self.board.widget_at(self._map_field(p).field)
            entries.append((self._summary_text(p), widget))
        # in the order the form reads: top to bottom, left to right
        entries.sort(key=lambda e: _reading_position(e[1]))
        self.refusal_bar.show_problems(entries if summary else [])
        self._place_parties()  # error lines may need more width than there is
        first = next((w for _t, w in entries if w is not None), None)
        if first is not None:
            self._go_to(first)

    def _summary_text(self, problem: Problem) -> str:
        parts = problem.field.split(".")
        text = problem_text(problem)
        if parts[0] == "customs" and len(parts) >= 3 and parts[1] == "lines" and parts[2].isdigit():
            return self.tr("CN 23 line {n}: {text}").format(n=int(parts[2]) + 1, text=text)
        return text

    @Slot()
    def _update_quote(self, *_args: object) -> None:
        limits = self.limits_provider()
        c = self.consignment()
        chargeable = c.chargeable_grams(limits.volumetric_divisor)
        self.fig_chargeable.setText(
            self.tr("{kg} kg").format(kg=format_kg(chargeable, 2)) if chargeable else "—"
        )
        self.duty_warning.hide()
        if not chargeable:
            self.fee_plan.hide()
            self.fig_fee.setText("—")
            self.fig_duty.setText("—")
            return
        try:
            pricing = self.business.pricing_over(self.pricing)
            quote: Quote = pricing.quote(c, limits, self.currency, self.today())
        except (ValueError, LookupError, KeyError) as exc:
            self.fig_fee.setText("—")
            self.fig_fee.setToolTip(str(exc))
            return
        self.fig_fee.setText(format_money(quote.fee, self.money_display))
        self._show_plan(quote)
        self.fig_duty.setText(
            # None: no import rules are known for the destination (India today) — never
            # "none expected", which would promise the addressee something.
            format_money(quote.duty, self.money_display) if quote.duty else self.tr("no estimate")
        )
        self.fig_duty.setToolTip(" ".join(tr_text(part) for part in quote.duty_parts))
        # A stale rate is said on the screen, not only in the tooltip: the clerk quotes it.
        self.duty_warning.setText(
            self.tr("⚠ exchange rate of {day}: out of date").format(day=quote.stale_rate_of)
        )
        self.duty_warning.setVisible(bool(quote.stale_rate_of))

    def _show_plan(self, quote: Quote) -> None:
        """The plan's name under a contract fee, with the public price for comparison."""
        if not quote.plan_name:
            self.fee_plan.hide()
            return
        public = (
            self.tr(" · public {fee}").format(
                fee=format_money(quote.public_fee, self.money_display)
            )
            if quote.public_fee is not None
            else ""
        )
        self.fee_plan.setText(
            self.tr("Contract price: {plan}").format(plan=quote.plan_name) + public
        )
        self.fee_plan.show()

    # -- accept ---------------------------------------------------------------------------------
    @Slot()
    def request_accept(self) -> None:
        """Check the form; if it is complete, ask the window to store it."""
        if not self.accept_button.isEnabled():
            return
        limits = self.limits_provider()
        self.weight.limits = limits
        # The live reading is checked once more; a refusal is said at the weight panel.
        weight_confirmed = self.weight.confirm_for_accept()
        c = self.consignment()
        problems = self.validate(c, limits)
        if problems:
            self.show_problems(problems, summary=True)
            return
        if not weight_confirmed:
            return
        self.board.clear()
        self.refusal_bar.show_problems([])
        self.customs.show_problems([])
        self.accept_button.setEnabled(False)
        self.sig_accept_requested.emit(c)

    def accepted(self, result: AcceptResult) -> None:
        """The window stored the consignment: start a fresh one."""
        self.accept_button.setEnabled(True)
        self.clear()
        self.scan_info.setText(
            self.tr("Accepted {s10} · fee {fee}").format(
                s10=", ".join(result.s10s), fee=format_money(result.quote.fee, self.money_display)
            )
        )

    def refused(self, error: BaseException) -> None:
        """Storing failed: keep everything typed and say why."""
        self.accept_button.setEnabled(True)
        if isinstance(error, AcceptanceRefused):
            self.show_problems(error.problems, summary=True)
        else:
            self.fallback_error.setText(
                self.tr("Not saved: {error}. Nothing typed is lost; try Accept again.").format(
                    error=error
                )
            )
            self.fallback_error.show()

    def clear(self) -> None:
        self.done_pieces.clear()
        self.preadvice_ref = ""
        self._refresh_pieces_table()
        self._reset_piece()
        self.sender.clear()
        self.business.clear_choice()
        self.addressee.clear()
        self.customs.clear()
        self.customs.show_problems([])
        self.board.clear()
        self.refusal_bar.show_problems([])
        self._update_quote()
        self._place_parties()
        # a new consignment starts at the top, with the scan field in sight
        self.scroll_area.verticalScrollBar().setValue(0)
        self.scan.setFocus()

    def set_dimensions(self, d: Dimensions) -> None:
        """Put a piece's size (pre-advice, a list) in the length, width and height fields."""
        for name, mm in (("length", d.length_mm), ("width", d.width_mm), ("height", d.height_mm)):
            self.dims[name].setText(f"{mm / 10:g}")

    def fill(self, consignment: Consignment) -> None:
        """Fill sender, addressee and customs from pre-advice or a sender profile."""
        self.sender.set_party(consignment.sender)
        self.addressee.set_party(consignment.addressee)
        if consignment.customs.lines:
            self.customs.set_declaration(consignment.customs)
        self._update_quote()

    def has_data(self) -> bool:
        """Anything typed, scanned or weighed (a captured or manual weight too)."""
        decl = self.customs.declaration()
        return bool(
            self.done_pieces
            or self.scan.text().strip()
            or self.weight.captured is not None
            or any(e.text().strip() for e in self.dims.values())
            or any(
                e.text().strip() for f in (self.sender, self.addressee) for e in f.edits.values()
            )
            or decl.lines
            or decl.category_explanation
            or any(e.text().strip() for e in self.customs.fields.values())
        )

    def ask_discard(self, title: str, question: str) -> bool:
        """True when the form is empty or the clerk confirms losing it; No is the default
        (Enter or Esc keep the work)."""
        if not self.has_data():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    @Slot()
    def confirm_clear(self) -> None:
        if self.ask_discard(
            self.tr("Start a new consignment?"),
            self.tr(
                "Everything typed for this consignment will be cleared, the captured weight too."
            ),
        ):
            self.clear()

    def set_weighing(self, weighing: Weighing | None) -> None:
        self.weight.captured = weighing
        self._update_quote()
