"""A supervisor's approval at the clerk's counter: staff number (or badge), PIN and a reason."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.auth import CTX, SUPERVISOR, AuthRefused, authenticate, must_change_pin
from app.store.database import Database
from app.store.models import Staff
from app.ui.dialog_keys import enter_moves_on, grows_with_content
from app.ui.login_dialog import BADGE_PREFIX
from app.ui.pin_change_dialog import PinChangeDialog
from app.ui.translate import tr_domain

T = TypeVar("T")


class AskAgain(Exception):
    """Raised by an approval's attempt: the dialog shows ``message`` (when the attempt has not
    shown one already) and asks again, with the PIN cleared and focused, or, for a mistake
    in another field, that ``field`` focused and the PIN kept."""

    def __init__(self, message: str = "", field: QWidget | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class SupervisorApproval(QDialog):
    """Collects the approval; ``check`` verifies number and PIN with the log-in's rules
    (lockout after wrong PINs, audit, a short PIN changed before it approves anything)."""

    def __init__(
        self, title: str, question: str, *, ask_reason: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.number = QLineEdit(self)
        self.number.setObjectName("supervisorNumber")
        self.pin = QLineEdit(self)
        self.pin.setObjectName("supervisorPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("approvalReason")
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Supervisor number"), self.number)
        form.addRow(self.tr("PIN"), self.pin)
        if ask_reason:
            form.addRow(self.tr("Reason"), self.reason)
        else:
            self.reason.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Approve"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        text = QLabel(question, self)
        text.setWordWrap(True)
        lay.addWidget(text)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.number.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.reason.setFocus if ask_reason else self.accept)
        self.reason.returnPressed.connect(self.accept)
        enter_moves_on(self, self.accept)
        grows_with_content(self, 460)

    def supervisor_number(self) -> str:
        text = self.number.text().strip()
        return text[len(BADGE_PREFIX) :] if text.upper().startswith(BADGE_PREFIX) else text

    def show_error(self, message: str) -> None:
        self.error.setText(f"⚠ {message}")
        self.error.show()
        self.adjustSize()  # a lockout message takes more than one line

    def until_done(
        self,
        attempt: Callable[[], T],
        refusals: Mapping[type[Exception], str] | None = None,
    ) -> T | None:
        """Show the dialog until ``attempt`` returns (its result) or it is cancelled
        (``None``). A refusal of a type in ``refusals`` (a domain error with ``template``
        and ``params``, translated in the context it maps to), a wrong PIN and
        :class:`AskAgain` are shown in the dialog, the PIN cleared, and it asks again."""
        known: dict[type[Exception], str] = {AuthRefused: CTX, **(refusals or {})}
        while self.exec() == QDialog.DialogCode.Accepted:
            try:
                return attempt()
            except AskAgain as again:
                if again.message:
                    self.show_error(again.message)
                    self._ask_again(again.field)
            except tuple(known) as refused:
                context = next(c for kind, c in known.items() if isinstance(refused, kind))
                template = getattr(refused, "template", str(refused))
                self.show_error(tr_domain(context, template, getattr(refused, "params", None)))
                self._ask_again(None)
        return None

    def _ask_again(self, field: QWidget | None) -> None:
        if field is None:
            self.pin.clear()
            self.pin.setFocus()
        else:
            field.setFocus()

    def approver(self, db: Database, purpose: str, terminal_id: str) -> Staff:
        """The approving supervisor for an attempt of :meth:`until_done`; raises
        :class:`AskAgain` with the reason shown (see :meth:`check`)."""
        staff = self.check(db, purpose, terminal_id)
        if staff is None:
            raise AskAgain
        return staff

    def check(self, db: Database, purpose: str, terminal_id: str) -> Staff | None:
        """The approving supervisor, or ``None`` with the reason shown and the PIN cleared."""
        pin = self.pin.text()
        if not pin or not self.supervisor_number():
            # Not an attempt (Enter pressed early): nothing is counted against the number.
            self.show_error(self.tr("Type the supervisor's number and PIN."))
            (self.pin if self.supervisor_number() else self.number).setFocus()
            return None
        try:
            staff = authenticate(
                db,
                self.supervisor_number(),
                pin,
                purpose=purpose,
                role=SUPERVISOR,
                terminal_id=terminal_id,
            )
        except AuthRefused as exc:
            self.show_error(tr_domain(CTX, exc.template, exc.params))
            self.pin.clear()
            self.pin.setFocus()
            return None
        if must_change_pin(pin):
            change = PinChangeDialog(db, staff.id, staff.staff_number, pin, self)
            if change.exec() != QDialog.DialogCode.Accepted:
                self.show_error(self.tr("A PIN shorter than 6 digits must be changed first."))
                self.pin.clear()
                return None
        return staff


class ManualWeightApproval(SupervisorApproval):
    """A supervisor approves a typed-in weight: their number and PIN, the weight, the reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Manual weight"),
            self.tr(
                "Only when the scale cannot weigh this piece. The weight is stored as typed in, "
                "with the approving supervisor and the reason."
            ),
            parent=parent,
        )
        self.weight = QLineEdit(self)
        self.weight.setObjectName("manualWeight")
        self.weight.setPlaceholderText("152.35")
        form = self.findChild(QFormLayout)
        assert form is not None
        form.insertRow(2, self.tr("Weight, kg"), self.weight)
        self.pin.returnPressed.disconnect()
        self.pin.returnPressed.connect(self.weight.setFocus)
        self.weight.returnPressed.connect(self.reason.setFocus)
