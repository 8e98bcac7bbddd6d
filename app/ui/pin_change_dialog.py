"""Setting a new PIN: asked twice, checked by the PIN rules, stored through the auth service.

Opened when a PIN shorter than 6 digits opened a log-in or an approval (issue 12).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.auth import CTX, AuthRefused, change_pin, pin_problem
from app.store.database import Database
from app.ui.translate import tr_domain


class PinChangeDialog(QDialog):
    """Asks for a new PIN twice; accepted only once the new PIN is stored."""

    def __init__(
        self,
        db: Database,
        staff_id: int,
        staff_number: str,
        old_pin: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.staff_id = staff_id
        self.old_pin = old_pin
        self.setWindowTitle(self.tr("Set a new PIN"))
        text = QLabel(
            self.tr(
                "The PIN of staff number {n} is too short. Choose a new PIN of 6 to 12 digits "
                "and type it twice; the old one stops working."
            ).format(n=staff_number),
            self,
        )
        text.setWordWrap(True)
        self.new_pin = QLineEdit(self)
        self.new_pin.setObjectName("newPin")
        self.new_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pin.setMaxLength(12)
        self.again = QLineEdit(self)
        self.again.setObjectName("newPinAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setMaxLength(12)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("New PIN"), self.new_pin)
        form.addRow(self.tr("New PIN again"), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save the new PIN"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.new_pin.returnPressed.connect(self.again.setFocus)
        self.again.returnPressed.connect(self.save)
        self.setMinimumWidth(420)
        self.adjustSize()

    def _refuse(self, message: str) -> None:
        self.error.setText(f"⚠ {message}")
        self.error.show()
        self.adjustSize()
        self.new_pin.clear()
        self.again.clear()
        self.new_pin.setFocus()

    def save(self) -> None:
        pin = self.new_pin.text()
        if not pin or not self.again.text():
            # Enter before both fields are filled (Qt may also press the box's default
            # button after returnPressed): move on, nothing to refuse yet.
            (self.again if pin else self.new_pin).setFocus()
            return
        problem = pin_problem(pin)
        if problem is not None:
            self._refuse(tr_domain(CTX, problem))
            return
        if self.again.text() != pin:
            self._refuse(self.tr("The two PINs differ: type the new PIN twice."))
            return
        if pin == self.old_pin:
            self._refuse(self.tr("Choose a PIN different from the old one."))
            return
        try:
            change_pin(self.db, self.staff_id, pin)
        except AuthRefused as exc:
            self._refuse(tr_domain(CTX, exc.template, exc.params))
            return
        self.accept()
