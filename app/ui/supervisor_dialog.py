"""A supervisor's approval at the clerk's counter: staff number (or badge), PIN and a reason."""

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

from app.ui.dialog_keys import enter_moves_on, grows_with_content
from app.ui.login_dialog import BADGE_PREFIX


class SupervisorApproval(QDialog):
    """Collects the approval; the service that acts on it verifies the PIN and the role."""

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
