"""First-run set-up wizard (issue 14): try the demo (a Russia Post or an India Post branch,
issue 17), or join a branch with a one-time code.

Joining checks the address, the connection and central's certificate, then redeems the
code (both off the GUI thread); the branch, its staff, an S10 block and the reference
data are stored by ``app.services.enrolment.join``. The last page opens the existing
scale and printing dialogs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.services.demo_branches import DEMO_IN, DEMO_RU, current_demo_branch
from app.services.demo_setup import DemoChoice, choose_demo_branch
from app.services.enrolment import (
    REFUSAL_TEXT,
    JoinResult,
    check_central,
    finish_setup,
    join,
)
from app.services.terminal_settings import read_settings, write_settings
from app.store.database import Database
from app.ui.printing_settings import PRINTING_KEYS, PrintingSettingsDialog
from app.ui.scale_settings import SETTING_PORT, SETTING_PROTOCOL, ScaleSettingsDialog
from app.ui.tasks import TaskRunner

PAGE_START, PAGE_JOIN, PAGE_DEVICES = range(3)


class StartPage(QWizardPage):
    """Choose: joining a real branch, or the demo at a Russia Post or an India Post branch.

    Leaving the page with a demo branch other than the terminal's switches it (off the
    GUI thread: the Indian one also pre-advises its marketplace batch), then moves on.
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tasks = TaskRunner(self)
        self.busy = False
        with db.read() as session:  # one settings row: which demo branch is in use
            current = current_demo_branch(session)
        self.applied = current.key if current else ""
        self.setTitle(self.tr("Welcome to PostCounter"))
        self.setSubTitle(self.tr("Try the counter with demo data, or join your branch."))
        self.branch = QRadioButton(
            self.tr("Join a branch (with the code head office gave you)"), self
        )
        self.branch.setObjectName("choiceJoin")
        self.branch.setChecked(True)
        heading = QLabel(self.tr("Try the demo (practice data, nothing is sent)"), self)
        heading.setWordWrap(True)
        # Radio buttons do not wrap: a short name each, the details in a label that does.
        self.demo = QRadioButton(self.tr("Russia Post, Moscow"), self)
        self.demo_india = QRadioButton(self.tr("India Post, New Delhi GPO"), self)
        self.demo.setObjectName("choiceDemo")
        self.demo_india.setObjectName("choiceDemoIndia")
        group = QButtonGroup(self)
        for button in (self.branch, self.demo, self.demo_india):
            group.addButton(button)
        self.status = QLabel(self)
        self.status.setObjectName("demoStatus")
        self.status.setWordWrap(True)
        demos = QVBoxLayout()
        demos.setContentsMargins(24, 0, 0, 0)  # the two demo branches under their heading
        details = (
            (self.demo, self.tr("Roubles, Moscow time, a fiscal register (simulated).")),
            (
                self.demo_india,
                self.tr(
                    "Rupees, India time, GST invoices; a marketplace batch of 20 parcels "
                    "is pre-advised."
                ),
            ),
        )
        metric = self.style().pixelMetric
        # The details start where the radio button's text does.
        indent = metric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + metric(
            QStyle.PixelMetric.PM_RadioButtonLabelSpacing
        )
        for button, text in details:
            detail = QLabel(text, self)
            detail.setWordWrap(True)
            detail.setIndent(indent)
            demos.addWidget(button)
            demos.addWidget(detail)
        layout = QVBoxLayout(self)
        layout.addWidget(self.branch)
        layout.addSpacing(12)
        layout.addWidget(heading)
        layout.addLayout(demos)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def chosen_demo(self) -> str:
        """ "ru" or "in" for a demo choice, "" for joining a branch."""
        if self.demo_india.isChecked():
            return DEMO_IN.key
        return DEMO_RU.key if self.demo.isChecked() else ""

    def isComplete(self) -> bool:
        return not self.busy

    def validatePage(self) -> bool:
        key = self.chosen_demo()
        if not key or key == self.applied:
            return True
        self._set_busy(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Preparing the demo branch…"))
        self.tasks.run(lambda: choose_demo_branch(self.db, key), self._chosen, self._failed)
        return False  # the wizard moves on when the branch is ready

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (self.branch, self.demo, self.demo_india):
            button.setEnabled(not busy)
        self.completeChanged.emit()

    def _chosen(self, choice: DemoChoice) -> None:
        self.applied = choice.branch.key
        self.status.setText("")
        self._set_busy(False)
        self.wizard().next()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.status.setStyleSheet("color: #b00020; font-weight: bold;")
        self.status.setText(
            self.tr("The demo branch could not be prepared: {reason}").format(reason=str(error))
        )

    def nextId(self) -> int:
        return PAGE_JOIN if self.branch.isChecked() else PAGE_DEVICES


class JoinPage(QWizardPage):
    """Central's address and the code; checks the connection and certificate, then joins."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tasks = TaskRunner(self)
        self.result: JoinResult | None = None
        self.setTitle(self.tr("Join a branch"))
        self.setSubTitle(
            self.tr("Enter central's address and the one-time code (valid 24 hours, one terminal).")
        )
        self.url = QLineEdit(self)
        self.url.setObjectName("centralUrl")
        self.url.setPlaceholderText("https://central.example:8400")
        self.url.setMaxLength(300)
        self.code = QLineEdit(self)
        self.code.setObjectName("enrolCode")
        self.code.setPlaceholderText("ABCD-EFGH-JKMN")
        self.code.setMaxLength(40)
        self.ca_file = QLineEdit(self)
        self.ca_file.setObjectName("caFile")
        self.ca_file.setPlaceholderText(self.tr("(the system's certificates)"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        self.join_button = QPushButton(self.tr("Check connection and join"), self)
        self.join_button.setObjectName("joinButton")
        self.join_button.clicked.connect(self.start_join)
        self.status = QLabel(self)
        self.status.setObjectName("joinStatus")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Central's address:"), self.url)
        form.addRow(self.tr("Enrolment code:"), self.code)
        form.addRow(self.tr("CA certificate (optional):"), ca_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.join_button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.code.returnPressed.connect(self.start_join)

    def isComplete(self) -> bool:
        return self.result is not None

    def nextId(self) -> int:
        return PAGE_DEVICES

    @Slot()
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA certificate"), "", self.tr("Certificates (*.pem *.crt)")
        )
        if path:
            self.ca_file.setText(path)

    @Slot()
    def start_join(self) -> None:
        """Check the connection and the certificate, then redeem the code (worker thread)."""
        if self.result is not None:
            return
        url, code = self.url.text().strip(), self.code.text().strip()
        verify: bool | str = self.ca_file.text().strip() or True
        self.join_button.setEnabled(False)
        self._say(self.tr("Checking the connection to central…"), ok=True)

        def work() -> tuple[str, JoinResult]:
            version = check_central(url, verify=verify)
            return version, join(self.db, url, code, verify=verify, label="wizard")

        self.tasks.run(work, self._joined, self._failed)

    def _joined(self, outcome: tuple[str, JoinResult]) -> None:
        version, result = outcome
        self.result = result
        # Over http (allowed only to this machine) there is no certificate to speak of.
        connected = (
            self.tr("Connected to central {version}; its certificate was checked.")
            if self.url.text().strip().lower().startswith("https://")
            else self.tr("Connected to central {version} on this machine (no encryption).")
        )
        self._say(
            (
                connected
                + "\n"
                + self.tr("Joined branch {branch} ({name}): {staff} staff, {serials} S10 numbers.")
            ).format(
                version=version,
                branch=result.branch,
                name=result.branch_name,
                staff=result.staff,
                serials=result.s10_serials,
            ),
            ok=True,
        )
        for field in (self.url, self.code, self.ca_file):
            field.setEnabled(False)
        self.completeChanged.emit()
        # Enter now moves on: the joined page's only thing left to do is Next.
        self.wizard().button(QWizard.WizardButton.NextButton).setFocus()

    def _failed(self, error: BaseException) -> None:
        from app.sync.directory_client import EnrolRefused
        from app.sync.protocol import SyncError

        self.join_button.setEnabled(True)
        if isinstance(error, EnrolRefused):
            text = QCoreApplication.translate("Enrolment", REFUSAL_TEXT[error.reason])
        elif isinstance(error, (SyncError, ValueError)):
            # The services' own sentences (marked with QT_TRANSLATE_NOOP) in this language.
            text = str(error)
            for ctx in ("Enrolment", "Sync"):
                text = QCoreApplication.translate(ctx, text)
        else:
            text = self.tr("Joining failed unexpectedly; try again or call head office.")
        self._say(self.tr("Not joined: {reason}").format(reason=text), ok=False)

    def _say(self, text: str, *, ok: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("" if ok else "color: #b00020; font-weight: bold;")


class DevicesPage(QWizardPage):
    """The scale and the printers, with the dialogs the main window uses."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setTitle(self.tr("Scale and printers"))
        self.setSubTitle(
            self.tr("Set them up now, or later from the Tools menu. Finish starts the log-in.")
        )
        self.scale = QPushButton(self.tr("Scale…"), self)
        self.scale.setObjectName("setupScale")
        self.scale.clicked.connect(self.open_scale)
        self.printers = QPushButton(self.tr("Printers…"), self)
        self.printers.setObjectName("setupPrinters")
        self.printers.clicked.connect(self.open_printers)
        self.saved = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scale)
        layout.addWidget(self.printers)
        layout.addWidget(self.saved)
        layout.addStretch(1)

    def nextId(self) -> int:
        return -1

    def _save(self, values: dict[str, Any]) -> None:
        write_settings(self.db, values, staff_id=None, terminal_id="setup")
        self.saved.setText(self.tr("Saved."))

    @Slot()
    def open_scale(self) -> None:
        current = read_settings(self.db, [SETTING_PORT, SETTING_PROTOCOL])
        dialog = ScaleSettingsDialog(
            str(current[SETTING_PORT] or ""), str(current[SETTING_PROTOCOL] or ""), self
        )
        if dialog.exec() == ScaleSettingsDialog.DialogCode.Accepted:
            port, protocol = dialog.chosen()
            self._save({SETTING_PORT: port, SETTING_PROTOCOL: protocol})

    @Slot()
    def open_printers(self) -> None:
        dialog = PrintingSettingsDialog(read_settings(self.db, list(PRINTING_KEYS)), self)
        if dialog.exec() == PrintingSettingsDialog.DialogCode.Accepted:
            self._save(dialog.values())


class SetupWizard(QWizard):
    """The first window of a fresh install."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("PostCounter set-up"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(720, 480)
        self.start = StartPage(db, self)
        self.join_page = JoinPage(db, self)
        self.devices = DevicesPage(db, self)
        self.setPage(PAGE_START, self.start)
        self.setPage(PAGE_JOIN, self.join_page)
        self.setPage(PAGE_DEVICES, self.devices)
        self.setStartId(PAGE_START)
        # Qt ships no Hindi for its own wizard buttons; ours are translated in all three.
        buttons = QWizard.WizardButton
        self.setButtonText(buttons.BackButton, self.tr("< &Back"))
        self.setButtonText(buttons.NextButton, self.tr("&Next >"))
        self.setButtonText(buttons.FinishButton, self.tr("&Finish"))
        self.setButtonText(buttons.CancelButton, self.tr("Cancel"))
        self.accepted.connect(lambda: finish_setup(self.db))
