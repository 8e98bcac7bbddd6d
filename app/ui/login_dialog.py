"""Log-in with staff number (or badge scan) and PIN."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.dialog_keys import enter_moves_on, grows_with_content

if TYPE_CHECKING:  # the database layer loads while this window is up (app.ui.startup)
    from app.services.terminal import CounterContext
    from app.store.database import Database

BADGE_PREFIX = "STAFF:"


class LoginDialog(QDialog):
    """Asks for staff number and PIN; on success ``context`` holds who logged in."""

    def __init__(self, db: Database, demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.context: CounterContext | None = None
        self.setWindowTitle(self.tr("PostCounter — log in"))
        self.staff = QLineEdit(self)
        self.staff.setObjectName("loginStaff")
        self.staff.setPlaceholderText(self.tr("scan your badge or type your number"))
        self.pin = QLineEdit(self)
        self.pin.setObjectName("loginPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Staff number"), self.staff)
        form.addRow(self.tr("PIN"), self.pin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        title = QLabel(self.tr("<h2>PostCounter</h2>Heavy parcels Russia ⇄ India"), self)
        lay.addWidget(title)
        if demo:
            from app.services.demo_accounts import DEMO_CLERK, DEMO_SUPERVISOR

            banner = QLabel(
                self.tr(
                    "DEMO MODE — training data only. Clerk {c} / PIN {cp}, supervisor {s} / PIN {sp}."
                ).format(
                    c=DEMO_CLERK[0], cp=DEMO_CLERK[1], s=DEMO_SUPERVISOR[0], sp=DEMO_SUPERVISOR[1]
                ),
                self,
            )
            banner.setObjectName("demoBanner")
            banner.setWordWrap(True)
            lay.addWidget(banner)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.staff.returnPressed.connect(self._staff_entered)
        self.pin.returnPressed.connect(self.try_login)
        self.error.setWordWrap(True)  # a long (Russian) message wraps instead of being cut
        title.setWordWrap(True)
        # Enter moves on and submits on the PIN only; the dialog grows with the banner,
        # the tagline and an error instead of clipping them.
        enter_moves_on(self, self.try_login)
        grows_with_content(self, 440)

    def _staff_entered(self) -> None:
        text = self.staff.text().strip()
        if text.upper().startswith(BADGE_PREFIX):
            self.staff.setText(text[len(BADGE_PREFIX) :])
        self.pin.setFocus()

    def try_login(self) -> None:
        from app.services.auth import CTX, LOG_IN, AuthRefused, authenticate, must_change_pin
        from app.services.terminal import context_for
        from app.ui.pin_change_dialog import PinChangeDialog
        from app.ui.translate import tr_domain

        number = self.staff.text().strip()
        if number.upper().startswith(BADGE_PREFIX):
            number = number[len(BADGE_PREFIX) :]
        pin = self.pin.text()
        if not number or not pin:
            # Enter in the number field also presses the default button: not an attempt.
            (self.pin if number else self.staff).setFocus()
            return
        try:
            staff = authenticate(self.db, number, pin, purpose=LOG_IN)
        except AuthRefused as exc:
            if exc.kind == "wrong":
                message = self.tr(
                    "⚠ Staff number or PIN is wrong. Try again or ask your supervisor."
                )
            else:
                message = "⚠ " + tr_domain(CTX, exc.template, exc.params)
            self._refuse(message)
            return
        if must_change_pin(pin):
            change = PinChangeDialog(self.db, staff.id, staff.staff_number, pin, self)
            if change.exec() != QDialog.DialogCode.Accepted:
                self._refuse(self.tr("⚠ Set a new PIN of 6 to 12 digits to log in."))
                return
        with self.db.read() as session:
            self.context = context_for(session, staff)
        self.accept()

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.setWordWrap(True)
        self.error.show()
        self.pin.clear()
        self.pin.setFocus()
