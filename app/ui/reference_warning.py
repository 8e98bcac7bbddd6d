"""Status-bar warning when this terminal has not refreshed reference data from central for
longer than the setting ``reference.max_refresh_age_hours`` (issue 14)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from app.services.reference_sync import last_refreshed, refresh_overdue
from app.store.database import Database
from app.ui.feedback import set_style_property
from app.ui.tasks import TaskRunner

CHECK_EVERY_MS = 5 * 60 * 1000


class RefreshWarning(QLabel):
    """Hidden while central's data is fresh; says since when it is not (checked off-thread)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("referenceRefreshWarning")
        set_style_property(self, "problem", True)  # the status bar's warning look
        self.hide()
        self.tasks = TaskRunner(self)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.check()

    def check(self) -> None:
        def work() -> tuple[bool, datetime | None]:
            return refresh_overdue(self.db, datetime.now(UTC)), last_refreshed(self.db)

        self.tasks.run(work, self._show)

    def _show(self, result: tuple[bool, datetime | None]) -> None:
        overdue, last = result
        if not overdue:
            self.hide()
            return
        if last is None:
            self.setText(self.tr("⚠ Rates and rules never refreshed from central"))
        else:
            self.setText(
                self.tr("⚠ Rates and rules not refreshed from central since {when}").format(
                    when=last.astimezone().strftime("%Y-%m-%d %H:%M")
                )
            )
        self.show()
