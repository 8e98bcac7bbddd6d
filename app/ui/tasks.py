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


def _owner_alive(callback: Callable[..., Any]) -> bool:
    """False when ``callback`` is a method of a Qt object that has been deleted."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class _Relay(QObject):
    """Carries a finished task's outcome back to the GUI thread."""

    sig_done = Signal(object, object, object)  # result, error, the function itself


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn: Callable[[], Any] | None = fn
        self.relay = relay

    def run(self) -> None:
        # The function goes back to the GUI thread with its result, so the last reference to
        # whatever its closure holds (a window closed meanwhile, say) is dropped there: a widget
        # freed on this thread makes Qt post signals carrying its dangling address (the
        # segfault the payment-flow UI tests met at teardown).
        fn, self.fn = self.fn, None
        assert fn is not None
        try:
            result = fn()
        except BaseException as exc:
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            # The frames would keep the closure's objects in a cycle that the collector may
            # free on any thread; the text above is all a log needs.
            exc.__traceback__ = None
            self.relay.sig_done.emit(None, exc, fn)
        else:
            self.relay.sig_done.emit(result, None, fn)


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

        @Slot(object, object, object)
        def done(result: Any, error: BaseException | None, _fn: object) -> None:
            relay.deleteLater()
            if not shiboken6.isValid(self):
                # The window that owned this runner closed while the result was queued:
                # its callbacks would touch deleted widgets, so the result is dropped.
                log.info("a background task finished after its window closed; result dropped")
                return
            self._running.discard(relay)
            if not self._running:
                self.sig_busy_changed.emit(False)
            callback = on_success if error is None else on_failure
            if callback is not None and not _owner_alive(callback):
                # A dialog closed (and deleted) while its own task ran, a preview closed
                # before its pages were drawn: its widgets are gone.
                log.info("a background task finished after its dialog closed; result dropped")
                return
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
