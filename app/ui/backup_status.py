"""Scheduled backups and the daily retention purge, and the status-bar note of backup age.

A ``QTimer`` on the GUI thread only asks, once a minute, whether something is due; the
work itself (reading the plan, the backup API copy and its ``integrity_check``, the purge)
runs through ``TaskRunner`` off the GUI thread, one job at a time. The label appears only
while acceptances wait for central, when a second copy matters most: "Backup: 25 min ago"
(short: the status bar is shared; the tooltip gives time and folder), red when there is
none or it is older than twice the interval (a day when only day-close backups are on).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QWidget

from app.services import backup, retention
from app.store.database import Database
from app.ui.elided_label import ElidedLabel
from app.ui.feedback import set_style_property
from app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

TICK_MS = 60_000


class BackupStatus(ElidedLabel):
    """Status-bar label that also drives the backup schedule and the daily purge."""

    def __init__(self, db: Database, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupStatus")
        self.db = db
        self.tasks = tasks
        self.busy = False
        # A tick asked for while a job runs (an acceptance stored during the purge, say)
        # is taken when it ends, not dropped until the next minute.
        self.tick_pending = False
        self.plan: backup.BackupPlan | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.hide()

    def start(self) -> None:
        self.timer.start()
        self.tick()

    def stop(self) -> None:
        self.timer.stop()

    @Slot()
    def tick(self) -> None:
        """Read the plan off the GUI thread; back up or purge when due."""
        if self.busy:
            self.tick_pending = True
            return
        self.tick_pending = False
        self.busy = True
        self.tasks.run(self._read_plan, self._planned, self._failed)

    def _job_ended(self) -> None:
        self.busy = False
        if self.tick_pending:
            self.tick()

    def _read_plan(self) -> tuple[backup.BackupPlan, bool]:
        return backup.plan(self.db), retention.due_today(self.db)

    def _planned(self, result: tuple[backup.BackupPlan, bool]) -> None:
        self.busy = False
        self.plan, purge_due = result
        self.show_age()
        now = datetime.now(UTC)
        if self.plan.due(now):
            self.run_backup("schedule")
        elif purge_due:
            self.busy = True
            self.tasks.run(lambda: retention.purge(self.db), self._purged, self._failed)
        elif self.tick_pending:
            self.tick()

    def run_backup(self, trigger: str) -> None:
        """Take a backup off the GUI thread (after a day close, or when due)."""
        if self.plan is not None and not self.plan.folder:
            return
        self.busy = True
        self.tasks.run(lambda: backup.take_backup(self.db, trigger), self._backed_up, self._failed)

    @Slot()
    def after_day_close(self) -> None:
        if self.busy:  # a scheduled one is running: take the day-close copy right after
            QTimer.singleShot(5_000, self, self.after_day_close)
            return
        self.run_backup("day_close")

    def _backed_up(self, result: backup.BackupResult) -> None:
        if not result.ok:
            log.warning("scheduled backup failed: %s", result.detail)
        self.tick_pending = True  # show the new age at once
        self._job_ended()

    def _purged(self, report: retention.PurgeReport) -> None:
        log.info("retention: purged personal data of %d acceptance(s)", report.acceptances)
        self._job_ended()

    def _failed(self, error: BaseException) -> None:
        # The reason only: messages of this layer carry paths and counts, never personal data.
        log.warning("backup or retention job failed: %s", type(error).__name__)
        self._job_ended()

    def age_text(self, now: datetime) -> tuple[str, bool]:
        """The label's text and whether it warns."""
        p = self.plan
        if p is None or not p.folder:
            return self.tr("No backup folder set"), True
        if p.last_good_at is None:
            return self.tr("No backup yet"), True
        age = now - p.last_good_at
        minutes = int(age.total_seconds() // 60)
        if minutes < 1:
            ago = self.tr("just now")
        elif minutes < 60:
            ago = self.tr("{n} min ago").format(n=minutes)
        elif minutes < 48 * 60:
            ago = self.tr("{n} h ago").format(n=minutes // 60)
        else:
            ago = self.tr("{n} days ago").format(n=minutes // (24 * 60))
        limit = timedelta(minutes=2 * p.interval_minutes) if p.interval_minutes else timedelta(1)
        # Short: the status bar is shared with operator, scale, sync, queue and day.
        return self.tr("Backup: {ago}").format(ago=ago), age > limit

    def show_age(self) -> None:
        """Shown only while acceptances are not yet at central."""
        if self.plan is None or self.plan.unsynced_acceptances == 0:
            self.hide()
            return
        text, warn = self.age_text(datetime.now(UTC))
        self.setText(text)
        if self.plan.last_good_at is not None:
            self.setToolTip(
                self.tr("Last verified backup {time} UTC in {folder}").format(
                    time=self.plan.last_good_at.strftime("%Y-%m-%d %H:%M"), folder=self.plan.folder
                )
            )
        # The status bar's own warning look (white on red): dark red on its dark blue was
        # hard to read (seen at 1366x768).
        set_style_property(self, "problem", warn)
        self.show()
