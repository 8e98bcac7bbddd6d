"""One process drains a terminal's outbox at a time: an advisory lock on a file next to it.

``flock`` on ``<database>.sync-lock``: the kernel releases it when the holder exits or is
killed, so a crashed ``sync run`` never leaves the terminal locked. Two open files of the
same process exclude each other too, so the GUI's worker and a ``sync run`` in another
terminal window never send the same items at once.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.sync.protocol import SyncError

BUSY = QT_TRANSLATE_NOOP(
    "Sync",
    "Another sync of this terminal is running (the counter window or 'sync run'); "
    "it sends the queued items, nothing needs doing here.",
)


class DrainBusyError(SyncError):
    """Another process (or the counter window) is draining this terminal's outbox."""


class DrainLock:
    """Non-blocking exclusive lock; ``acquire()`` is False while another holder has it."""

    def __init__(self, database_path: Path) -> None:
        self.path = database_path.with_name(database_path.name + ".sync-lock")
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        if self._fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()
