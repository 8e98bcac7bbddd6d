"""Tools → Unlock a staff number: a supervisor lifts the lock that wrong PINs put on a number."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from app.services.auth import lock_states, minutes_left, unlock
from app.store.database import Database
from app.ui.supervisor_dialog import AskAgain, SupervisorApproval


class UnlockDialog(SupervisorApproval):
    """The locked staff number, then the approving supervisor's number and PIN."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        now = datetime.now(UTC)
        locked = [s for s in lock_states(db, now) if s.locked_until is not None]
        if locked:
            listing = ", ".join(
                self.tr("{n} ({m} min left)").format(
                    n=s.staff_number, m=minutes_left(s.locked_until, now)
                )
                for s in locked
                if s.locked_until is not None
            )
            question = self.tr("Locked now: {list}.").format(list=listing)
        else:
            question = self.tr("No staff number is locked now.")
        super().__init__(
            self.tr("Unlock a staff number"),
            question
            + " "
            + self.tr("A supervisor unlocks a number after checking who is at the counter."),
            ask_reason=False,
            parent=parent,
        )
        self.target = QLineEdit(self)
        self.target.setObjectName("unlockNumber")
        if locked:
            self.target.setText(locked[0].staff_number)
        form = self.findChild(QFormLayout)
        assert form is not None
        form.insertRow(0, self.tr("Staff number to unlock"), self.target)
        self.target.returnPressed.connect(self.number.setFocus)
        self.target.setFocus()


def run_unlock(parent: QWidget, db: Database, terminal_id: str) -> str | None:
    """Ask, check the supervisor and unlock; the unlocked number, or ``None`` if cancelled."""
    dialog = UnlockDialog(db, parent)

    def attempt() -> str:
        number = dialog.target.text().strip()
        if not number:
            raise AskAgain(
                QCoreApplication.translate("UnlockDialog", "Type the staff number to unlock."),
                dialog.target,
            )
        supervisor = dialog.approver(db, "unlock", terminal_id)
        unlock(db, number, supervisor=supervisor, terminal_id=terminal_id)
        return number

    return dialog.until_done(attempt)
