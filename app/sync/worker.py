"""The sync worker: a plain thread that drains the outbox off the GUI thread.

It drains whenever items are due, backs off while central is unreachable, probes
``/health`` meanwhile and drains at once when the network is back. Other database
work of the sync feature (attention list, fixes) is handed to it with ``submit()``
so it runs off the GUI thread too. Status goes out through a callback; the Qt
bridge (``app.ui.sync_bridge``) turns it into signals.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app.sync.backoff import Backoff
from app.sync.drain import DEFAULT_BATCH, DrainReport, drain
from app.sync.drain_lock import BUSY, DrainLock
from app.sync.protocol import SyncError, Transport

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the status bar shows. ``online`` is None when no central is configured."""

    configured: bool
    online: bool | None
    queue_length: int
    attention: int
    last_success_at: datetime | None
    last_error: str = ""


@dataclass(frozen=True, slots=True)
class Connection:
    """A configured central: the transport and the branch this terminal writes for."""

    transport: Transport
    branch: str


class SyncWorker:
    """Runs the drain loop in a daemon thread until ``stop()``.

    ``connect()`` is called each cycle (settings may change) and returns None when no
    central is configured. ``status()`` reads the counters. ``after_drain`` hooks run
    after a successful drain (for example the S10 reserve top-up); their failures are
    logged, never fatal.
    """

    def __init__(
        self,
        *,
        outbox: Any,
        connect: Callable[[], Connection | None],
        status: Callable[[bool | None, str], SyncStatus],
        on_status: Callable[[SyncStatus], None] = lambda s: None,
        after_drain: list[Callable[[Connection], None]] | None = None,
        batch_size: int = DEFAULT_BATCH,
        backoff: Backoff | None = None,
        idle_seconds: float = 10.0,
        probe_seconds: float = 5.0,
        on_stop: Callable[[], None] = lambda: None,
        lock: DrainLock | None = None,
    ) -> None:
        self.outbox = outbox
        self.lock = lock
        self._connect = connect
        self._status = status
        self._on_status = on_status
        self._after = after_drain or []
        self.batch_size = batch_size
        self.backoff = backoff or Backoff()
        self.idle_seconds = idle_seconds
        self.probe_seconds = probe_seconds
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._jobs: queue.Queue[
            tuple[Callable[[], Any], Callable[[Any, BaseException | None], None]]
        ] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._on_stop = on_stop
        self.online: bool | None = None
        self.last_report: DrainReport | None = None

    def set_listener(self, on_status: Callable[[SyncStatus], None]) -> None:
        """Who hears the status after each cycle (set before ``start()``)."""
        self._on_status = on_status

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="sync-worker", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._on_stop()

    def kick(self) -> None:
        """Drain now (new item queued, "sync now" pressed, or the OS says the network is up)."""
        self._wake.set()

    def submit(
        self, job: Callable[[], Any], done: Callable[[Any, BaseException | None], None]
    ) -> None:
        """Run ``job`` on the worker thread; ``done(result, error)`` is called there after."""
        self._jobs.put((job, done))
        self._wake.set()

    def _run_jobs(self) -> None:
        while True:
            try:
                job, done = self._jobs.get_nowait()
            except queue.Empty:
                return
            try:
                result, error = job(), None
            except Exception as exc:  # handed to the caller, never lost in the thread
                result, error = None, exc
            try:
                done(result, error)
            except Exception:
                log.exception("sync job callback failed")

    def cycle(self) -> float:
        """One round: drain, hooks, status. Returns how long to wait before the next."""
        if self.lock is not None and not self.lock.acquire():
            # Another process drains this outbox now; look again after the idle wait.
            self._on_status(self._status(self.online, BUSY))
            return self.idle_seconds
        try:
            return self._cycle()
        finally:
            if self.lock is not None:
                self.lock.release()

    def _cycle(self) -> float:
        conn = self._connect()
        error = ""
        if conn is None:
            self.online = None
            wait = self.idle_seconds
        else:
            if self.online is False:
                if not conn.transport.health():
                    self._on_status(
                        self._status(False, self.last_report.error if self.last_report else "")
                    )
                    return self.probe_seconds
                self.outbox.retry_now()  # the network is back: nothing waits for its backoff
            report = drain(
                self.outbox,
                conn.transport,
                branch=conn.branch,
                batch_size=self.batch_size,
                backoff=self.backoff,
            )
            self.last_report = report
            if report.offline:
                self.online = False
            elif report.batches or report.error or report.retry_at:
                self.online = True
            elif self.online is None:
                self.online = conn.transport.health()
            error = report.error
            if report.ok:
                for hook in self._after:
                    try:
                        hook(conn)
                    except SyncError as exc:
                        error = str(exc)
                    except Exception:
                        log.exception("after-drain hook failed")
            wait = self.idle_seconds
            due = self.outbox.next_due()
            if due is not None:
                wait = min(wait, max(0.0, (due - datetime.now(UTC)).total_seconds()))
            if report.offline:
                wait = min(max(wait, 0.05), self.probe_seconds)
        self._on_status(self._status(self.online, error))
        return wait

    def _run(self) -> None:
        while not self._stop.is_set():
            self._run_jobs()
            try:
                wait = self.cycle()
            except Exception as exc:  # e.g. database locked for too long; keep the worker alive
                log.exception("sync cycle failed")
                try:
                    self._on_status(self._status(self.online, str(exc)))
                except Exception:
                    log.exception("sync status failed")
                wait = self.idle_seconds
            self._run_jobs()
            if self._stop.is_set():
                break
            self._wake.wait(wait)
            self._wake.clear()
