"""Qt bridge of the sync worker: its status as signals for the status bar and views.

The worker (``app.sync.worker.SyncWorker``) is a plain thread; its callbacks run on
that thread and are turned into signals here, which Qt delivers queued to widgets
on the GUI thread. Database work of the attention view (load, fix) is handed to the
worker too, so it never runs on the GUI thread.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.services import amend, sync_service
from app.store.database import Database
from app.sync.worker import SyncStatus, SyncWorker


class SyncBridge(QObject):
    """Owns the sync worker of a terminal database and reports what it does.

    Signals:
        sig_status_changed(SyncStatus): after every sync cycle.
        sig_queue_length_changed(int): items waiting to be sent.
        sig_last_sync_changed(object): datetime of the last successful sync, or None.
        sig_online_changed(object): True online, False offline, None not configured.
        sig_attention_changed(int): rejected and conflicting items.
        sig_attention_loaded(list): ``AttentionItem`` rows, after ``load_attention()``.
        sig_fix_done(int, str): outbox id fixed, UUID of the queued correction.
        sig_fix_failed(int, str): outbox id, message saying what is wrong.
        sig_fix_loaded(int, list): outbox id and its correctable ``Field`` rows (empty:
            the item is sent again unchanged), after ``load_fix()``.
        sig_fix_refused(int, object, list): outbox id, message (``Translatable``) and
            ``Problem`` rows at their fields: nothing was queued or written.
    """

    sig_status_changed = Signal(object)
    sig_queue_length_changed = Signal(int)
    sig_last_sync_changed = Signal(object)
    sig_online_changed = Signal(object)
    sig_attention_changed = Signal(int)
    sig_attention_loaded = Signal(list)
    sig_fix_done = Signal(int, str)
    sig_fix_failed = Signal(int, str)
    sig_fix_loaded = Signal(int, list)
    sig_fix_refused = Signal(int, object, list)  # object: a Translatable message

    def __init__(
        self,
        db: Database,
        parent: QObject | None = None,
        worker: SyncWorker | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.worker = worker or sync_service.make_worker(db)
        self.worker.set_listener(self._on_status)
        self.last: SyncStatus | None = None

    def start(self) -> None:
        self.worker.start()

    def stop(self) -> None:
        self.worker.stop()

    def sync_now(self) -> None:
        """Drain at once (after an acceptance, on "sync now", or when the network is up)."""
        self.worker.kick()

    def load_attention(self) -> None:
        """Load the needs-attention list off the GUI thread; answers ``sig_attention_loaded``."""
        self.worker.submit(
            lambda: sync_service.attention_items(self.db),
            lambda items, err: self.sig_attention_loaded.emit(list(items or [])),
        )

    def fix_item(
        self,
        outbox_id: int,
        reason: str,
        corrected: dict[str, Any] | None = None,
        staff_id: int | None = None,
        staff_number: str = "",
    ) -> None:
        """Queue the correction of an item; answers ``sig_fix_done`` or ``sig_fix_failed``."""

        def job() -> str:
            return sync_service.fix_item(
                self.db,
                outbox_id,
                reason=reason,
                corrected=corrected,
                staff_id=staff_id,
                staff_number=staff_number,
            )

        def done(new_uuid: str | None, error: BaseException | None) -> None:
            if error is not None:
                self.sig_fix_failed.emit(outbox_id, str(error))
                return
            self.sig_fix_done.emit(outbox_id, str(new_uuid))
            self.worker.kick()

        self.worker.submit(job, done)

    def load_fix(self, outbox_id: int) -> None:
        """What can be corrected in a refused item; answers ``sig_fix_loaded``."""

        def done(fields: list[amend.Field] | None, error: BaseException | None) -> None:
            if error is not None:
                self.sig_fix_failed.emit(outbox_id, str(error))
            else:
                self.sig_fix_loaded.emit(outbox_id, list(fields or []))

        self.worker.submit(lambda: amend.fix_fields(self.db, outbox_id), done)

    def amend(
        self,
        outbox_id: int,
        changes: dict[str, str],
        reason: str,
        staff_id: int,
        approved_by: int | None = None,
    ) -> None:
        """Correct a refused acceptance and queue its amendment (see ``app.services.amend``);
        answers ``sig_fix_done``, ``sig_fix_refused`` or ``sig_fix_failed``."""

        def job() -> str:
            return amend.amend_acceptance(
                self.db,
                outbox_id,
                changes,
                reason=reason,
                staff_id=staff_id,
                approved_by=approved_by,
            )

        def done(new_uuid: str | None, error: BaseException | None) -> None:
            if isinstance(error, amend.AmendRefused):
                self.sig_fix_refused.emit(outbox_id, error.message, list(error.problems))
            elif error is not None:
                self.sig_fix_failed.emit(outbox_id, str(error))
            else:
                self.sig_fix_done.emit(outbox_id, str(new_uuid))
                self.worker.kick()

        self.worker.submit(job, done)

    def _on_status(self, status: SyncStatus) -> None:
        old, self.last = self.last, status
        self.sig_status_changed.emit(status)
        if old is None or old.queue_length != status.queue_length:
            self.sig_queue_length_changed.emit(status.queue_length)
        if old is None or old.last_success_at != status.last_success_at:
            self.sig_last_sync_changed.emit(status.last_success_at)
        if old is None or old.online != status.online:
            self.sig_online_changed.emit(status.online)
        if old is None or old.attention != status.attention:
            self.sig_attention_changed.emit(status.attention)


def last_sync_text(when: datetime | None) -> str:
    """Short local time of the last sync for the status bar (``—`` when never)."""
    return "—" if when is None else when.astimezone().strftime("%d.%m %H:%M")
