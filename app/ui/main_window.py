"""The counter's main window: acceptance form, today's list, and a status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.capture import Weighing, manual_weighing, validate_weighing
from app.domain.consignment import Consignment
from app.domain.customer import BusinessCustomer
from app.domain.payment import ACCOUNT
from app.domain.problems import Problem
from app.domain.weight import parse_kg
from app.services import amend, preadvice, sender_profiles
from app.services import relabel as relabel_service
from app.services.acceptance import (
    AcceptResult,
    DayRow,
    accept,
    day_list,
    pending_outbox_count,
)
from app.services.auth import SUPERVISOR
from app.services.counter_rules import CounterRules, counter_rules_in_force
from app.services.customers import customers_in_force
from app.services.day_close import DayCloseRefused, close_day
from app.services.day_report import read_day_report
from app.services.fiscal.config import register_for
from app.services.fiscal.register import FiscalRegister
from app.services.payment import Due, PaymentResult, awaiting
from app.services.postal_rules import product_s10_check
from app.services.s10_blocks import next_s10
from app.services.terminal import CounterContext, get_setting
from app.services.terminal_settings import read_settings, write_settings
from app.services.void import VoidRefused, void_acceptance
from app.store.database import Database
from app.sync.worker import SyncStatus
from app.ui.acceptance_form import AcceptanceForm
from app.ui.attention_view import AttentionView
from app.ui.backup_status import BackupStatus
from app.ui.batch_mode import BatchItemRefused, BatchMode
from app.ui.correction_dialog import CorrectionDialog
from app.ui.day_close_dialog import DayCloseDialog
from app.ui.day_list import DayList
from app.ui.elided_label import ElidedLabel
from app.ui.feedback import set_style_property
from app.ui.payment_panel import PaymentPanel, format_money
from app.ui.preadvice_import_dialog import PreAdviceImportDialog
from app.ui.print_preview import DocumentPrinter
from app.ui.printing_settings import PRINTING_KEYS, PrintingSettingsDialog
from app.ui.reference_warning import RefreshWarning
from app.ui.register_settings import Cashier, RegisterSettingsDialog, read_register_settings
from app.ui.scale_bridge import ScaleBridge
from app.ui.scale_settings import SETTING_PORT, SETTING_PROTOCOL, ScaleSettingsDialog
from app.ui.scan_filter import ScanFilter, SerialScannerBridge
from app.ui.scan_routing import ScanRouter
from app.ui.scanner_settings import (
    DEFAULT_BAUD,
    SETTING_SCANNER_BAUD,
    SETTING_SCANNER_PORT,
    ScannerSettingsDialog,
    scanner_line,
)
from app.ui.supervisor_dialog import AskAgain, ManualWeightApproval, SupervisorApproval
from app.ui.sync_bridge import SyncBridge
from app.ui.tasks import TaskRunner
from app.ui.translate import problem_text, tr_domain, tr_text
from app.ui.unlock_dialog import run_unlock
from app.ui.weighing_controller import WeighingController

# Below this width today's list gives its room to the form: it keeps time, S10 and fee.
WIDE_SCREEN_PX = 1700
MAX_WARNINGS_SHOWN = 10  # a pre-advice import's warnings in its report box
# After a payment the sync, today's list and the rules wait for the documents to reach the
# printers, but never longer than this (a printer that hangs does not hold them back).
REST_AFTER_PRINT_MS = 1500

# Each language under its own name, so a clerk who cannot read the current one finds hers.
LANGUAGE_NAMES: dict[str, str] = {"": "", "en": "English", "ru": "Русский", "hi": "हिन्दी"}


class MainWindow(QMainWindow):
    """One clerk's session at the counter.

    Signals:
        sig_logout(): the clerk logged out (the application shows the log-in again).
        sig_accepted(object): an ``AcceptResult`` after a consignment was stored.
    """

    sig_logout = Signal()
    sig_accepted = Signal(object)

    def __init__(
        self, db: Database, ctx: CounterContext, rules: CounterRules, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.ctx = ctx
        self.rules = rules
        self.tasks = TaskRunner(self)
        self.setWindowTitle(
            self.tr("PostCounter — {branch} — {name}").format(
                branch=ctx.branch_name, name=ctx.staff_name
            )
        )
        self.form = AcceptanceForm(
            lambda: self.rules.limits_today(self.ctx),
            rules.pricing,
            ctx.currency,
            self,
            validator=lambda c, limits: self.rules.validate(c, limits, self.today()),
            today=self.today,
        )
        self.form.weight.limits = rules.limits_today(ctx)
        self.form.s10_check = product_s10_check(ctx.branch_country)
        self.form.sig_accept_requested.connect(self._store)
        # Issue 17: business senders (F4) and their contract prices.
        self.form.business.attach(
            lambda: customers_in_force(self.db, self.today()),
            lambda: self.rules.data.tariffs,
            self.tasks,
        )
        self.day = DayList(ctx.timezone, self, currency=ctx.currency)
        self.day.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.action_void = QAction(self.tr("Void selected acceptance…"), self)
        self.action_void.triggered.connect(self.void_selected)
        self.day.table.addAction(self.action_void)
        self.action_reprint = QAction(self.tr("Reprint documents of selected acceptance"), self)
        self.action_reprint.setShortcut(QKeySequence("Ctrl+P"))
        self.action_reprint.triggered.connect(self.reprint_selected)
        self.day.table.addAction(self.action_reprint)
        self.action_correct = QAction(self.tr("Correct selected acceptance…"), self)
        self.action_correct.setShortcut(QKeySequence("F2"))  # "edit the selected item"
        # Only in today's list: elsewhere F2 is Qt's "edit this cell" (the CN 23 lines).
        self.action_correct.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action_correct.triggered.connect(self.correct_selected)
        self.correction_dialog: CorrectionDialog | None = None
        self.day.table.addAction(self.action_correct)
        self.day.table.doubleClicked.connect(self.reprint_selected)

        # The payment step (issue 13): shown after F12 until paid or left unpaid.
        self.payment = PaymentPanel(db, ctx, self.tasks, self)
        self.payment.sig_finished.connect(self._paid)
        # Fiscal register (issue 15): its shift with the business day, unconfirmed documents.
        self.payment.sig_register_message.connect(self._register_message)
        # A void's return receipt is printed as soon as the register has registered it.
        self.payment.sig_return_registered.connect(self._print_return)
        self.payment.retry_pending()
        self._payments_waiting: list[Due] = []

        # The work column: the payment over the form (which scrolls), so the panel's height
        # and the side column's never add up. Across the whole window the panel (with a
        # refusal in it) and the side column (with a captured weight) needed more than a
        # 1366x768 screen, and the window grew past its bottom edge, the status bar with it.
        work = QWidget(self)
        work_lay = QVBoxLayout(work)
        work_lay.setContentsMargins(0, 0, 0, 0)
        work_lay.addWidget(self.payment)
        work_lay.addWidget(self.form, 1)
        self.work = work
        # The side column: the live weight on top, today's list under it.
        side = QWidget(self)
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(0, 0, 0, 0)
        side_lay.addWidget(self.form.take_weight_box())
        side_lay.addWidget(self.day, 1)
        self.side = side
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(work)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        central = QWidget(self)
        lay = QVBoxLayout(central)
        lay.setContentsMargins(6, 0, 6, 6)
        if ctx.demo:
            banner = QLabel(
                self.tr(
                    "DEMO MODE — demo branch and staff, simulated scale. Nothing here is real postage."
                ),
                central,
            )
            banner.setObjectName("demoBanner")
            banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lay.addWidget(banner)
        # Issue 17: a marketplace list worked item by item (its bar over the form).
        self.batch_mode = BatchMode(self)
        lay.addWidget(self.batch_mode.bar)
        lay.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.status_operator = ElidedLabel(self)
        self.status_scale = ElidedLabel(self)
        self.status_queue = ElidedLabel(self)
        self.status_day = ElidedLabel(self)
        self.status_scanner = QLabel(self)
        self.status_scanner.setObjectName("scannerStatus")
        self.status_scanner.hide()  # shown only when a serial scanner is configured
        for w in (
            self.status_operator,
            self.status_scale,
            self.status_scanner,
            self.status_queue,
            self.status_day,
        ):
            self.statusBar().addPermanentWidget(w)
        # Issue 14: central's rates and rules not refreshed for too long (a setting).
        self.status_reference = RefreshWarning(db, self)
        self.statusBar().addPermanentWidget(self.status_reference)
        # Short on the bar (six fields share 1366 px in Russian); the whole line as tooltip.
        self.status_operator.setText(f"{ctx.staff_name} · {ctx.staff_number}")
        self.status_operator.setToolTip(
            self.tr("Operator: {name} ({number}, {role})").format(
                name=ctx.staff_name, number=ctx.staff_number, role=self._role_text(ctx.role)
            )
        )
        self.form.weight.sig_state_changed.connect(self._show_scale_state)
        self._show_scale_state(self.form.weight.state)

        # A scanner typing into any field lands in the scan field (see ScanFilter).
        self.scan_router = ScanRouter(self.form, self.statusBar(), self)
        self.scan_filter = ScanFilter(self)
        self.scan_filter.sig_scanned.connect(self._on_scanned)
        self.scan_filter.install()
        self.scale_bridge: ScaleBridge | None = None
        self.weighing = WeighingController(self.form.weight, db, ctx, self.tasks, self)
        self.tasks.run(self._read_scale_settings, self._apply_scale_settings)
        self.scanner_bridge: SerialScannerBridge | None = None
        self.tasks.run(self._read_scanner_settings, self._apply_scanner_settings)

        # Documents, sync and the needs-attention list.
        self.printer = DocumentPrinter(db, self.tasks, self)
        self.printer.sig_printed.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.printer.sig_failed.connect(self._print_failed)
        self.printer.sig_notice.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.status_sync = ElidedLabel(self)
        self.statusBar().insertPermanentWidget(2, self.status_sync)
        self.sync = SyncBridge(db, self)
        self.sync.sig_status_changed.connect(self._show_sync_status)
        self.sync.sig_queue_length_changed.connect(
            lambda n: self.status_queue.setText(self.tr("Sync queue: {n}").format(n=n))
        )
        self.attention = AttentionView(self)
        self.attention.attach(self.sync, ctx.staff_id, ctx.staff_number)
        self.attention.approver = self.supervisor_approves
        self.attention.sig_relabel_requested.connect(self.relabel)
        self.attention_dock = QDockWidget(self.tr("Needs attention"), self)
        self.attention_dock.setObjectName("attentionDock")
        self.attention_dock.setWidget(self.attention)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.attention_dock)
        self.attention_dock.hide()
        self.sync.start()
        # Scheduled verified backups and the daily retention purge, off the GUI thread.
        self.backups = BackupStatus(db, self.tasks, self)
        self.statusBar().addPermanentWidget(self.backups)
        self.sync.sig_queue_length_changed.connect(lambda _n: self.backups.tick())
        self.backups.start()

        self.form.weight.sig_manual_requested.connect(self.manual_weight)
        self.form.sig_scan_entered.connect(self._look_up_preadvice)
        self.form.sig_new_number_requested.connect(self.allocate_s10)
        self.form.sender.edits["phone"].editingFinished.connect(self._look_up_sender)

        self._build_menus()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(30_000)  # the business day rolls over at local midnight
        self._refresh_timer.timeout.connect(self.refresh)
        self._refresh_timer.start()
        self.refresh()
        self.tasks.run(
            lambda: read_settings(self.db, ["ui.money_display"])["ui.money_display"],
            self._apply_money_display,
        )
        self.form.scan.setFocus()
        # Acceptances a crash or a closed window left without their payment come back first.
        self.tasks.run(self._read_awaiting, self._resume_payments)

    def _apply_money_display(self, display: object) -> None:
        """Money with the currency's symbol or code, as the branch prefers."""
        self.form.money_display = self.day.money_display = str(display or "symbol")
        self.form._update_quote()

    def today(self) -> date:
        """The branch's business day now."""
        return self.ctx.business_day(datetime.now(UTC))

    def _role_text(self, role: str) -> str:
        return self.tr("supervisor") if role == "supervisor" else self.tr("clerk")

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Session"))
        logout = QAction(self.tr("Log &out"), self)
        logout.setShortcut(QKeySequence("Ctrl+Shift+L"))
        logout.triggered.connect(self._logout)
        quit_action = QAction(self.tr("&Quit"), self)
        # Ctrl+Q on every platform (the platform's Quit key is none on some desktops)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.quit_asking)
        file_menu.addAction(logout)
        file_menu.addAction(quit_action)
        self.menu_day = self.menuBar().addMenu(self.tr("&Day"))
        self.menu_day.addAction(self.action_void)
        self.menu_day.addAction(self.action_correct)
        self.menu_day.addAction(self.action_reprint)
        self.menu_day.addSeparator()
        manifest = QAction(self.tr("Print today's &manifest…"), self)
        manifest.triggered.connect(self.preview_manifest)
        self.menu_day.addAction(manifest)
        self.action_close_day = QAction(self.tr("&Close the business day…"), self)
        self.action_close_day.triggered.connect(self.close_business_day)
        self.menu_day.addAction(self.action_close_day)
        self.menu_tools = self.menuBar().addMenu(self.tr("&Tools"))
        scale_settings = QAction(self.tr("&Scale settings…"), self)
        scale_settings.triggered.connect(self.open_scale_settings)
        self.menu_tools.addAction(scale_settings)
        scanner_settings = QAction(self.tr("S&canner settings…"), self)
        scanner_settings.triggered.connect(self.open_scanner_settings)
        self.menu_tools.addAction(scanner_settings)
        printing_settings = QAction(self.tr("&Printing settings…"), self)
        printing_settings.triggered.connect(self.open_printing_settings)
        self.menu_tools.addAction(printing_settings)
        if self.ctx.branch_country == "RU":  # only a Russian counter has a fiscal register
            register_settings = QAction(self.tr("Cash &register settings…"), self)
            register_settings.setObjectName("registerSettings")
            register_settings.triggered.connect(self.open_register_settings)
            self.menu_tools.addAction(register_settings)
        unlock_action = QAction(self.tr("&Unlock a staff number…"), self)
        unlock_action.triggered.connect(self.unlock_staff)
        self.menu_tools.addAction(unlock_action)
        self.menu_language = self.menu_tools.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name or self.tr("System language"), self)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _on, code=code: self.choose_language(code))
            group.addAction(action)
            self.menu_language.addAction(action)
        self.tasks.run(
            lambda: read_settings(self.db, ["ui.language"])["ui.language"],
            self._show_language,
        )
        self.menu_tools.addSeparator()
        import_action = QAction(self.tr("&Import pre-advice file…"), self)
        import_action.setObjectName("importPreadvice")
        import_action.triggered.connect(self.import_preadvice)
        self.menu_tools.addAction(import_action)
        self.menu_tools.addAction(self.batch_mode.action_screen)
        self.menu_tools.addAction(self.batch_mode.action_leave)
        sync_now = QAction(self.tr("&Sync now"), self)
        sync_now.setShortcut(QKeySequence("F5"))
        sync_now.triggered.connect(self.sync.sync_now)
        self.menu_tools.addAction(sync_now)
        self.menu_tools.addAction(self.attention_dock.toggleViewAction())

    @Slot(str)
    def _show_scale_state(self, state: str) -> None:
        names = {
            "stable": self.tr("stable"),
            "motion": self.tr("motion"),
            "overload": self.tr("overload"),
            "underload": self.tr("under zero"),
            "disconnected": self.tr("no scale"),
            "noscale": self.tr("none set up"),
        }
        kind = (
            self.tr("simulated scale") if self.form.weight.mode == "simulator" else self.tr("scale")
        )
        state_text = names.get(state, state)
        self.status_scale.setText(self.tr("Scale: {state}").format(state=state_text))
        self.status_scale.setToolTip(
            self.tr("Scale ({kind}): {state}").format(kind=kind, state=state_text)
        )

    # -- scale and scanner -------------------------------------------------------------------
    def _read_scale_settings(self) -> tuple[str, str]:
        with self.db.read() as session:
            return (
                str(get_setting(session, SETTING_PORT, "") or ""),
                str(get_setting(session, SETTING_PROTOCOL, "") or ""),
            )

    def _apply_scale_settings(self, config: tuple[str, str]) -> None:
        """Run the weight panel on the configured scale (or the simulated one if none)."""
        self.scale_bridge = self.weighing.apply_source(*config)
        self._show_scale_state(self.form.weight.state)

    @Slot()
    def open_scale_settings(self) -> None:
        current = self.weighing.current()
        self._edit_device(
            ScaleSettingsDialog(current[0], current[1], self),
            current,
            ("", "none"),
            self._apply_scale_settings,
            (SETTING_PORT, SETTING_PROTOCOL),
        )

    def _edit_device(
        self,
        dialog: ScaleSettingsDialog | ScannerSettingsDialog,
        current: tuple[Any, Any],
        released: tuple[Any, Any],
        apply: Callable[[Any], None],
        keys: tuple[str, str],
    ) -> None:
        """Run a device dialog with the device's port released (a serial port opens only
        once, and the dialog's detection and test need it); save what was chosen and apply
        it, or give the port back to the window as it was."""
        apply(released)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            apply(current)
            return
        chosen = dialog.chosen()

        def save() -> tuple[Any, Any]:
            self._save_settings(dict(zip(keys, chosen, strict=True)))
            return chosen

        def failed(error: BaseException) -> None:
            apply(current)
            self._settings_failed(error)

        self.tasks.run(save, apply, failed)

    def _read_scanner_settings(self) -> tuple[str, int]:
        with self.db.read() as session:
            port = str(get_setting(session, SETTING_SCANNER_PORT, "") or "")
            baud = get_setting(session, SETTING_SCANNER_BAUD, DEFAULT_BAUD)
        try:
            return port, int(baud)
        except (TypeError, ValueError):  # a hand-edited setting; the scanner default is safe
            return port, DEFAULT_BAUD

    def _apply_scanner_settings(self, config: tuple[str, int]) -> None:
        """Listen to the configured serial scanner; its scans take the wedge scans' path."""
        port, baud = config
        if self.scanner_bridge is not None:
            self.scanner_bridge.stop()
            self.scanner_bridge.deleteLater()
            self.scanner_bridge = None
        self.status_scanner.setVisible(bool(port))
        if not port:
            return
        self.scanner_bridge = SerialScannerBridge(port, self, scanner_line(baud))
        self.scanner_bridge.sig_scanned.connect(self._on_scanned)
        self.scanner_bridge.sig_state_changed.connect(self._show_scanner_state)
        self._show_scanner_state("connecting", "")
        self.scanner_bridge.start()

    @Slot(str, str)
    def _show_scanner_state(self, state: str, _message: str) -> None:
        port = self.scanner_bridge.port if self.scanner_bridge else ""
        texts = {
            "connected": self.tr("Scanner: ready ({port})"),
            "disconnected": self.tr("Scanner: NOT CONNECTED ({port}), check the cable"),
        }
        text = texts.get(state, self.tr("Scanner: opening {port}…"))
        self.status_scanner.setText(text.format(port=port))
        set_style_property(self.status_scanner, "problem", state == "disconnected")

    @Slot()
    def open_scanner_settings(self) -> None:
        current = (
            (self.scanner_bridge.port, self.scanner_bridge.baud)
            if self.scanner_bridge
            else ("", DEFAULT_BAUD)
        )
        self._edit_device(
            ScannerSettingsDialog(current[0], current[1], self),
            current,
            ("", DEFAULT_BAUD),
            self._apply_scanner_settings,
            (SETTING_SCANNER_PORT, SETTING_SCANNER_BAUD),
        )

    # -- printing and language settings ----------------------------------------------------
    def _save_settings(self, changes: dict[str, object]) -> dict[str, object]:
        """Store settings with the rules and audit of the settings service (worker thread)."""
        return write_settings(
            self.db, changes, staff_id=self.ctx.staff_id, terminal_id=self.ctx.terminal_id
        )

    def _settings_failed(self, error: BaseException) -> None:
        QMessageBox.warning(
            self,
            self.tr("Settings not saved"),
            self.tr("The settings were not saved: {error}").format(error=str(error)),
        )

    @Slot()
    def open_printing_settings(self) -> None:
        def show(current: dict[str, object]) -> None:
            dialog = PrintingSettingsDialog(current, self)
            if dialog.exec() != PrintingSettingsDialog.DialogCode.Accepted:
                return
            values = dialog.values()
            self.tasks.run(
                lambda: self._save_settings(values),
                lambda _w: self.statusBar().showMessage(self.tr("Printing settings saved."), 5000),
                self._settings_failed,
            )

        self.tasks.run(lambda: read_settings(self.db, list(PRINTING_KEYS)), show)

    @Slot()
    def open_register_settings(self) -> None:
        """Tools → Cash register settings: a supervisor sets the ATOL address and the
        cashiers' INNs; the payment step uses the new address at once."""
        approved_by = self.supervisor_approves(
            self.tr("Cash register settings"),
            self.tr("A supervisor changes the cash register's settings."),
            "register_settings",
        )
        if approved_by is None:
            return

        def show(current: tuple[str, list[Cashier]]) -> None:
            dialog = RegisterSettingsDialog(*current, parent=self)
            if dialog.exec() != RegisterSettingsDialog.DialogCode.Accepted:
                return
            values = dialog.values()

            def save() -> FiscalRegister | None:
                write_settings(
                    self.db, values, staff_id=approved_by, terminal_id=self.ctx.terminal_id
                )
                return register_for(self.db, self.ctx)

            self.tasks.run(save, self._register_settings_saved, self._settings_failed)

        self.tasks.run(lambda: read_register_settings(self.db), show)

    def _register_settings_saved(self, register: FiscalRegister | None) -> None:
        self.payment.register = register
        self.statusBar().showMessage(self.tr("Cash register settings saved."), 5000)
        self.payment.retry_pending()  # a new address: its shift and any waiting receipt

    def _show_language(self, code: str) -> None:
        for action in self.menu_language.actions():
            action.setChecked(action.data() == code)

    def choose_language(self, code: str) -> None:
        """Store the window language; it applies from the next log-in."""

        def saved(_written: dict[str, object]) -> None:
            self._show_language(code)
            self.statusBar().showMessage(
                self.tr("The language changes when you log out and in again (Ctrl+Shift+L)."),
                10_000,
            )

        self.tasks.run(
            lambda: self._save_settings({"ui.language": code}), saved, self._settings_failed
        )

    @Slot(str)
    def _on_scanned(self, text: str) -> None:
        if self.payment.pending:  # the next parcel waits until this one is paid
            self.payment.refuse_scan()
            return
        if self.batch_mode.take_scan(text):  # a marketplace list's barcode
            return
        self.scan_router.route(text)  # the open dialog, the S10 field, or named for what it is

    # -- storing --------------------------------------------------------------------------------
    @Slot(object)
    def _store(self, consignment: Consignment) -> None:
        ctx, rules = self.ctx, self.rules
        limits = rules.limits_today(ctx)
        try:  # an item of a marketplace list: the list's customer, plan and terms
            batch_terms = self.batch_mode.terms(consignment, limits)
        except BatchItemRefused as exc:
            self.form.refused(exc)
            return
        # else the business sender chosen on the form (F4), or the public tariff
        pricing, business = batch_terms or self.form.business.terms(
            rules.pricing, consignment, limits, ctx.currency, self.today()
        )

        def work() -> AcceptResult:
            return accept(
                self.db,
                ctx,
                consignment,
                limits=limits,
                pricing=pricing,
                customs_rules=rules.customs_rules,
                reference_versions=dict(rules.versions),
                business=business,
            )

        self.tasks.run(work, self._stored, self.form.refused)

    def _stored(self, result: AcceptResult) -> None:
        self.form.accepted(result)
        self.statusBar().showMessage(
            self.tr("Accepted {s10}").format(s10=", ".join(result.s10s)), 8000
        )
        self.sig_accepted.emit(result)
        if self.batch_mode.took(result):
            # A list's item: paid when the list is closed; it came labelled, so nothing
            # prints per item (the act lists them; Ctrl+P reprints one).
            self._after_paint(self._after_store)
            return
        fee = result.quote.fee.quantized()
        # The payment panel first, the background work once it is painted.
        self._await_payment(Due(result.acceptance_id, result.s10s, fee, result.business_day))
        # The documents are made while the customer pays, and printed once paid (_paid).
        self._after_paint(lambda: self.printer.prepare_acceptance(result.acceptance_id))
        self._after_paint(self._after_store)

    def _after_store(self) -> None:
        self.sync.sync_now()
        self.refresh()

    def _after_paint(self, work: Callable[[], None]) -> None:
        """Run ``work`` once the window has laid out and painted what just changed.

        For starting background work after F12 and after the payment: a worker's Python
        (reportlab, SQLAlchemy) holds the GIL in turns with the GUI thread, and every event
        of the re-layout and repaint passes Python filters that wait for it, so started
        first it made the panel and the re-enabled form late (speed goal of issue 13).
        A real timer (not 0 ms, which Qt queues ahead of the low-priority paint) fires after
        the posted layout and paint events.
        """
        QTimer.singleShot(1, self, work)

    # -- payment ---------------------------------------------------------------------------
    def _read_awaiting(self) -> list[Due]:
        with self.db.read() as session:
            return awaiting(session, self.ctx, self.today())

    def _resume_payments(self, dues: list[Due]) -> None:
        for due in dues:
            self._await_payment(due)

    def _await_payment(self, due: Due) -> None:
        """Take the payment of ``due`` now, or after the one being taken."""
        if self.payment.pending:
            if due.acceptance_id != getattr(self.payment.due, "acceptance_id", None):
                self._payments_waiting.append(due)
            return
        self.form.setEnabled(False)  # no scan, F12 or typing into the next consignment
        self.payment.start(due)

    @Slot(object)
    def _print_return(self, acceptance_id: str) -> None:
        self.printer.print_return_receipt(acceptance_id, self)

    def _register_message(self, message: str) -> None:
        if message:
            self.statusBar().showMessage(message, 30_000)

    def _paid(self, result: PaymentResult) -> None:
        paid = result.tender
        if result.state == "unpaid":
            text = self.tr("Left unpaid with a supervisor's approval.")
        elif paid is not None and paid.method == ACCOUNT:
            text = self.tr("Charged to the account of {customer}: {amount}.").format(
                customer=result.customer, amount=format_money(paid.due)
            )
        elif paid is not None and paid.change is not None:
            text = self.tr("Paid in cash {amount}; change {change}.").format(
                amount=format_money(paid.due), change=format_money(paid.change)
            )
        else:
            text = self.tr("Paid by card {amount}.").format(
                amount=format_money(paid.due) if paid else ""
            )
        self.statusBar().showMessage(text, 10_000)
        # Ready for the next scan (or the next payment) first; the documents, sync, today's
        # list and the rules go to workers once that is painted.
        if self._payments_waiting:
            self.payment.start(self._payments_waiting.pop(0))
        else:
            self.form.setEnabled(True)
            self.form.scan.setFocus()
        acceptance_id = result.acceptance_id
        started = False

        def rest() -> None:
            nonlocal started
            if not started:
                started = True
                self.sync.sync_now()
                self.refresh()
                self._reload_rules()

        def background() -> None:
            # The documents first, alone on the workers: the sync, today's list and the
            # rules compete with them for the GIL (their reportlab and lp took twice as
            # long beside them); those follow once the documents are handed over, or
            # after REST_AFTER_PRINT_MS whatever the printers do.
            self.printer.print_acceptance(acceptance_id, parent=self, on_accept=True, then=rest)
            QTimer.singleShot(REST_AFTER_PRINT_MS, self, rest)

        self._after_paint(background)

    def _reload_rules(self) -> None:
        """Take up reference data central sent, between consignments (issue 14)."""
        day = self.today()
        self.tasks.run(lambda: counter_rules_in_force(self.db, day), self._set_rules)

    def _set_rules(self, rules: CounterRules) -> None:
        self.rules = rules
        self.form.pricing = rules.pricing

    # -- refresh --------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Reload today's list and the queue length off the GUI thread."""
        ctx = self.ctx
        today = ctx.business_day(datetime.now(UTC))

        def work() -> tuple[list, int]:
            with self.db.read() as session:
                return day_list(session, ctx.branch_code, today), pending_outbox_count(session)

        def done(result: tuple[list, int]) -> None:
            rows, queued = result
            self.day.set_rows(rows)
            self.status_queue.setText(self.tr("Sync queue: {n}").format(n=queued))
            self.status_day.setText(self.tr("Day {day}").format(day=today.isoformat()))
            self.status_day.setToolTip(self.tr("Business day {day}").format(day=today.isoformat()))

        self.tasks.run(work, done)

    # -- corrections ----------------------------------------------------------------------------
    @Slot()
    def void_selected(self) -> None:
        """Void the selected acceptance with a supervisor's approval (asks until right or cancelled)."""
        row = self.day.table.currentRow()
        if not 0 <= row < len(self.day.rows):
            self.statusBar().showMessage(
                self.tr("Select an acceptance in today's list first."), 6000
            )
            return
        target = self.day.rows[row]
        dialog = SupervisorApproval(
            self.tr("Void acceptance"),
            self.tr("Void {s10}? The record is kept and marked void; central is told.").format(
                s10=", ".join(target.s10s)
            ),
            parent=self,
        )

        def attempt() -> bool:
            void_acceptance(
                self.db,
                self.ctx,
                target.acceptance_id,
                supervisor_number=dialog.supervisor_number(),
                pin="",
                reason=dialog.reason.text(),
                approver=dialog.approver(self.db, "void", self.ctx.terminal_id),
            )
            return True

        if dialog.until_done(attempt, {VoidRefused: "Void"}):
            self.statusBar().showMessage(
                self.tr("Voided {s10}").format(s10=", ".join(target.s10s)), 8000
            )
            self.payment.retry_pending()  # the return receipt of a registered sale
            self.refresh()

    def supervisor_approves(
        self, title: str = "", text: str = "", action: str = "correction"
    ) -> int | None:
        """A supervisor's staff id for a correction (or ``action``): the logged-in one, else
        one who gives number and PIN now; ``None`` when cancelled."""
        if self.ctx.role == SUPERVISOR:
            return self.ctx.staff_id
        dialog = SupervisorApproval(
            title or self.tr("Approve the correction"),
            text or self.tr("A supervisor approves every correction sent to central."),
            ask_reason=False,
            parent=self,
        )
        return dialog.until_done(lambda: dialog.approver(self.db, action, self.ctx.terminal_id).id)

    @Slot(int, str)
    def relabel(self, outbox_id: int, old_s10: str) -> None:
        """Central refused a parcel whose S10 was used elsewhere: a new number from the
        block (a supervisor approves), the label printed again, the amendment queued."""
        approved_by = self.supervisor_approves()
        if approved_by is None:
            return

        def done(result: relabel_service.Relabelled) -> None:
            self.statusBar().showMessage(
                self.tr("{old} relabelled as {new}: put the new label on the parcel.").format(
                    old=result.old_s10, new=result.new_s10
                ),
                15_000,
            )
            self.printer.reprint(result.new_s10, self)
            self.sync.load_attention()
            self.sync.sync_now()
            self.refresh()

        def failed(error: BaseException) -> None:
            message = (
                tr_text(error.message) if isinstance(error, amend.AmendRefused) else str(error)
            )
            QMessageBox.warning(self, self.tr("Relabel"), message)

        self.tasks.run(
            lambda: relabel_service.relabel(
                self.db,
                outbox_id,
                old_s10,
                staff_id=self.ctx.staff_id,
                approved_by=approved_by,
                rules=self.rules,
            ),
            done,
            failed,
        )

    # -- sync ---------------------------------------------------------------------------------
    @Slot(object)
    def _show_sync_status(self, status: SyncStatus) -> None:
        online, last, attention = status.online, status.last_success_at, status.attention
        if online is None:
            text = self.tr("Central: not configured (offline work)")
        elif online:
            text = self.tr("Central: online")
        else:
            text = self.tr("Central: OFFLINE — working locally")
        if last is not None:
            local = last.astimezone(ZoneInfo(self.ctx.timezone))
            text += " · " + self.tr("last sync {time}").format(time=local.strftime("%d.%m %H:%M"))
        if attention:
            text += " · " + self.tr("⚠ {n} need attention").format(n=attention)
        self.status_sync.setText(text)

    @Slot()
    def correct_selected(self) -> None:
        """Correct a typo in the selected acceptance's parties or customs declaration: the
        rows are corrected, central gets an amendment, the documents print again."""
        row = self._selected_row()
        if row is None:
            return
        target = self.day.rows[row]
        if target.status == "voided":
            self.statusBar().showMessage(
                self.tr("A voided acceptance is not corrected: accept the parcel anew."), 8000
            )
            return
        self.tasks.run(
            lambda: amend.acceptance_fields(self.db, target.acceptance_id),
            lambda fields: self._open_correction(target, fields),
        )

    def _open_correction(self, target: DayRow, fields: list[amend.Field]) -> None:
        dialog = CorrectionDialog(
            None,
            fields,
            self,
            title=self.tr("Correct {s10}").format(s10=", ".join(target.s10s)),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.correction_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "correction_dialog", None))

        def submitted() -> None:
            approved_by = self.supervisor_approves()
            if approved_by is None:
                dialog.refused(self.tr("Not sent: a supervisor must approve the correction."), [])
                return
            changes, reason = dialog.changes(), dialog.reason()
            self.tasks.run(
                lambda: amend.correct_acceptance(
                    self.db,
                    target.acceptance_id,
                    changes,
                    reason=reason,
                    staff_id=self.ctx.staff_id,
                    approved_by=approved_by,
                    rules=self.rules,
                ),
                lambda _uuid: corrected(),
                failed,
            )

        def corrected() -> None:
            dialog.accept()
            self.statusBar().showMessage(
                self.tr("Corrected {s10}; central receives the correction.").format(
                    s10=", ".join(target.s10s)
                ),
                8000,
            )
            self.sync.sync_now()
            self.refresh()
            self.printer.reprint(target.s10s[0], self)

        def failed(error: BaseException) -> None:
            if isinstance(error, amend.AmendRefused):
                dialog.refused(error.message, error.problems)
            else:
                dialog.refused(str(error), [])

        dialog.sig_submitted.connect(submitted)
        dialog.open()

    # -- documents ------------------------------------------------------------------------------
    def _selected_row(self) -> int | None:
        row = self.day.table.currentRow()
        if 0 <= row < len(self.day.rows):
            return row
        self.statusBar().showMessage(self.tr("Select an acceptance in today's list first."), 6000)
        return None

    @Slot()
    def reprint_selected(self) -> None:
        row = self._selected_row()
        if row is not None:
            self.printer.reprint(self.day.rows[row].s10s[0], self)

    @Slot()
    def preview_manifest(self) -> None:
        self.printer.preview_manifest(self.ctx.branch_code, self.today(), self)

    @Slot(str)
    def _print_failed(self, message: str) -> None:
        QMessageBox.warning(
            self,
            self.tr("Printing failed"),
            self.tr("{message}\nThe acceptance is stored; reprint it from today's list.").format(
                message=message
            ),
        )

    @Slot()
    def close_business_day(self) -> None:
        """A supervisor sees the day's summary (Z report), confirms, and the manifest prints."""
        day, ctx = self.today(), self.ctx
        self.tasks.run(
            lambda: read_day_report(self.db, ctx.branch_code, day, ctx.currency),
            lambda report: self._confirm_day_close(DayCloseDialog(report, self)),
        )

    def _confirm_day_close(self, dialog: DayCloseDialog) -> None:
        day = dialog.report.business_day
        self.day_close_dialog = dialog  # tests and screenshots reach it while it is open
        result = dialog.until_done(
            lambda: close_day(
                self.db,
                dialog.approver(self.db, "day close", self.ctx.terminal_id),
                day,
                terminal_id=self.ctx.terminal_id,
            ),
            {DayCloseRefused: "DayClose"},
        )
        if result is not None:
            number = getattr(result, "manifest_number", "") or getattr(result, "number", "")
            self.statusBar().showMessage(
                self.tr("Day closed: manifest {n}").format(n=number), 10000
            )
            self.payment.close_register_shift(day)
            self.sync.sync_now()
            self.backups.after_day_close()
            self.refresh()
            self.printer.preview_manifest(self.ctx.branch_code, day, self)

    @Slot()
    def unlock_staff(self) -> None:
        """A supervisor lifts the lock wrong PINs put on a staff number (audited)."""
        number = run_unlock(self, self.db, self.ctx.terminal_id)
        if number is not None:
            self.statusBar().showMessage(
                self.tr("Staff number {n} is unlocked.").format(n=number), 8000
            )

    @Slot()
    def manual_weight(self) -> None:
        """A supervisor-approved typed-in weight, for a piece the scale cannot weigh."""
        dialog = ManualWeightApproval(self)
        limits = self.rules.limits_today(self.ctx)

        def attempt() -> Weighing:
            staff = dialog.approver(self.db, "manual weight", self.ctx.terminal_id)
            try:
                grams = parse_kg(dialog.weight.text())
            except ValueError:
                raise AskAgain(
                    self.tr("Type the weight in kg, e.g. 152.35."), dialog.weight
                ) from None
            weighing = manual_weighing(
                grams, str(staff.id), dialog.reason.text(), datetime.now(UTC)
            )
            problems = validate_weighing(weighing, limits)
            if problems:
                raise AskAgain(" ".join(problem_text(p) for p in problems), dialog.weight)
            return weighing

        weighing = dialog.until_done(attempt)
        if weighing is not None:
            self.form.weight.set_manual(weighing)
            self.form._update_quote()

    # -- pre-advice, sender profiles, identifiers ---------------------------------------------
    @Slot(str)
    def _look_up_preadvice(self, s10: str) -> None:
        if self.batch_mode.active:  # checked against the list, then filled
            self.batch_mode.look_up(s10)
            return

        def work() -> object:
            with self.db.read() as session:
                return preadvice.lookup(session, s10)

        def done(found: object) -> None:
            if found is None or self.form.scan.text() != s10:
                return
            if getattr(found, "accepted", False):
                self.form.scan_info.setText(
                    self.tr("{s10} was pre-advised and is already accepted.").format(s10=s10)
                )
                return
            self.form.fill(found.consignment)  # type: ignore[attr-defined]
            self.form.preadvice_ref = found.consignment.preadvice_ref  # type: ignore[attr-defined]
            self.form.scan_info.setText(
                self.tr(
                    "{grouped} · pre-advised ({source}, row {row}): check, weigh, measure, accept"
                ).format(
                    grouped=self.form.scan_info.text(),
                    source=found.source,  # type: ignore[attr-defined]
                    row=found.row_number,  # type: ignore[attr-defined]
                )
            )

        self.tasks.run(work, done)

    @Slot()
    def _look_up_sender(self) -> None:
        phone = self.form.sender.edits["phone"].text().strip()
        if len(phone) < 6 or self.form.sender.edits["name"].text().strip():
            return

        def work() -> list:
            with self.db.read() as session:
                return sender_profiles.find(session, phone)

        def done(profiles: list) -> None:
            if len(profiles) != 1 or self.form.sender.edits["name"].text().strip():
                return
            self.form.fill(sender_profiles.fill(profiles[0], self.form.consignment()))
            self.form.scan_info.setText(
                self.tr("Regular sender found by phone: details filled in.")
            )

        self.tasks.run(work, done)

    @Slot()
    def allocate_s10(self) -> None:
        """Take the next identifier from the branch's block for a parcel with no label yet."""

        def work() -> str:
            def take(session: object) -> str:
                service = (get_setting(session, "s10.services", ["CP"]) or ["CP"])[0]  # type: ignore[arg-type]
                country = get_setting(session, "s10.country", self.ctx.branch_country)  # type: ignore[arg-type]
                return next_s10(session, service, country)  # type: ignore[arg-type]

            return self.db.write_with_retry(take)

        def failed(error: BaseException) -> None:
            self.form.board.show(
                [
                    Problem(
                        "piece.s10",
                        "s10.reserve",
                        self.tr(
                            "No identifiers left in this branch's blocks: "
                            "connect to central to get a new block, or use pre-printed labels. ({error})"
                        ).format(error=error),
                    )
                ]
            )

        self.tasks.run(work, self.form.enter_scan, failed)

    @Slot()
    def import_preadvice(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import pre-advice"), "", self.tr("Pre-advice files (*.csv *.json)")
        )
        if not path:
            return
        day = self.today()

        def peek() -> tuple[preadvice.BatchSpec | None, tuple[BusinessCustomer, ...]]:
            """The file's own list (a JSON list names it) and the customers to offer."""
            return preadvice.own_batch(Path(path)), customers_in_force(self.db, day)

        def ask(found: tuple[preadvice.BatchSpec | None, tuple[BusinessCustomer, ...]]) -> None:
            own, customers = found
            dialog = PreAdviceImportDialog(Path(path).name, own, customers, self)
            dialog.accepted.connect(lambda: self._import_preadvice(path, dialog.spec))
            dialog.finished.connect(lambda _result: dialog.deleteLater())
            dialog.open()

        self.tasks.run(peek, ask, self._preadvice_failed)

    def _preadvice_failed(self, error: BaseException) -> None:
        # A refused file words why as a Translatable (its English is what str() gives).
        message = (
            tr_text(error.message)
            if isinstance(error, preadvice.PreAdviceFormatError)
            else str(error)
        )
        QMessageBox.critical(
            self,
            self.tr("Pre-advice import"),
            self.tr("Nothing was imported: {error}").format(error=message),
        )

    def _import_preadvice(self, path: str, batch: preadvice.BatchSpec | None) -> None:
        """Import ``path`` off the GUI thread (as the list ``batch`` when given), then report."""
        rules = self.rules

        def work() -> object:
            return preadvice.import_file(
                self.db, Path(path), rules=rules.customs_rules, on=self.today(), batch=batch
            )

        def done(report: object) -> None:
            rejected = getattr(report, "rejected", [])
            lines = [
                self.tr(
                    "{file}: {parcels} parcels, {new} new, {updated} updated, {same} unchanged, {bad} rejected."
                ).format(
                    file=getattr(report, "file", path),
                    parcels=getattr(report, "parcels", 0),
                    new=getattr(report, "imported", 0),
                    updated=getattr(report, "updated", 0),
                    same=getattr(report, "unchanged", 0),
                    bad=getattr(report, "rejected_total", len(rejected)),
                )
            ]
            lines += [
                tr_domain(preadvice.CTX, preadvice.T_ROW, r.params(tr_text)) for r in rejected[:30]
            ]
            warnings = getattr(report, "warnings", [])
            lines += [tr_text(w) for w in warnings[:MAX_WARNINGS_SHOWN]]
            if len(warnings) > MAX_WARNINGS_SHOWN:
                lines.append(
                    self.tr("Further warnings not shown: {count}.").format(
                        count=len(warnings) - MAX_WARNINGS_SHOWN
                    )
                )
            if getattr(report, "batch", ""):
                self.batch_mode.reload_numbers()
                lines.append(
                    self.tr("List {number}: call it up with Ctrl+B or by scanning it.").format(
                        number=report.batch
                    )
                )
            box = QMessageBox.information if not rejected else QMessageBox.warning
            box(self, self.tr("Pre-advice import"), "\n".join(lines))

        self.tasks.run(work, done, self._preadvice_failed)

    def show_at_counter(self) -> None:
        """Open filling the screen (maximised where a window manager does it), so the whole
        form, the charges and Accept are in sight on any counter monitor."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.availableGeometry())
        self.showMaximized()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = event.size().width()
        self.day.set_compact(width < WIDE_SCREEN_PX)
        if width >= WIDE_SCREEN_PX and width != event.oldSize().width():
            # a wide screen: today's list gets the room for all its columns
            self.splitter.setSizes([int(width * 0.64), int(width * 0.36)])

    def _may_discard(self) -> bool:
        return self.form.ask_discard(
            self.tr("Leave with a consignment half done?"),
            self.tr(
                "The consignment on the form is not accepted yet. Leave and lose what was "
                "typed and weighed?"
            ),
        )

    @Slot()
    def quit_asking(self) -> None:
        """Ctrl+Q: asks first when the form holds anything, No being the default."""
        if self._may_discard():
            self._closing_confirmed = True
            self.close()

    def _logout(self) -> None:
        if not self._may_discard():
            return
        self._closing_confirmed = True
        self.sig_logout.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window manager's close button asks like Ctrl+Q; a close by the program (log-out
        # already asked, the session ending) does not.
        if (
            event.spontaneous()
            and not getattr(self, "_closing_confirmed", False)
            and not self._may_discard()
        ):
            event.ignore()
            return
        self._refresh_timer.stop()
        self.form.weight.simulator.stop()
        self.scan_filter.uninstall()
        self.weighing.stop()
        if self.scanner_bridge is not None:
            self.scanner_bridge.stop()
        self.sync.stop()
        self.backups.stop()
        self.tasks.wait(5000)
        super().closeEvent(event)
