"""One small API to run work off the GUI thread and get the result back on it.

Modelled on Anki's task manager: ``tasks.run(fn, on_success, on_failure)``. The function
runs on a worker thread of a ``QThreadPool``; the callbacks run on the GUI thread
through a queued signal. Exceptions never die silently in a thread: they reach
``on_failure`` (or the log, when there is none).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries a finished task's outcome back to the GUI thread."""

    sig_done = Signal(object, object)  # result, error


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.relay.sig_done.emit(None, exc)
        else:
            self.relay.sig_done.emit(result, None)


class TaskRunner(QObject):
    """Runs callables off the GUI thread; results come back on the GUI thread.

    Signals:
        sig_busy_changed(bool): True while at least one task runs.
    """

    sig_busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._running: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        relay = _Relay()  # lives on the GUI thread, so its slot runs there

        @Slot(object, object)
        def done(result: Any, error: BaseException | None) -> None:
            relay.deleteLater()
            if not shiboken6.isValid(self):
                # The window that owned this runner closed while the result was queued:
                # its callbacks would touch deleted widgets, so the result is dropped.
                log.info("a background task finished after its window closed; result dropped")
                return
            self._running.discard(relay)
            if not self._running:
                self.sig_busy_changed.emit(False)
            if error is not None:
                if on_failure is not None:
                    on_failure(error)
                else:
                    log.error(
                        "background task failed:\n%s", getattr(error, "__traceback_text__", error)
                    )
            elif on_success is not None:
                on_success(result)

        relay.sig_done.connect(done)
        if not self._running:
            self.sig_busy_changed.emit(True)
        self._running.add(relay)
        self.pool.start(_Job(fn, relay))

    def wait(self, msecs: int = 10_000) -> bool:
        """Wait for running tasks (shutdown only; never called from a busy GUI path)."""
        return self.pool.waitForDone(msecs)
