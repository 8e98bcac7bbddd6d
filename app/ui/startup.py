"""A fast cold start: the log-in window is up before the database layer is loaded.

SQLAlchemy alone takes longer to import than Qt takes to show a window. So the terminal
database is opened on a worker thread while the log-in window is already shown and typed
into (typing is Qt's own C++ and needs no Python); the few settings the window needs
before that (demo mode, the language) are read with the standard library's ``sqlite3``
from a database whose schema is current. The log-in itself waits for the open database,
which by then is long ready.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.services.paths import database_path

if TYPE_CHECKING:
    from app.store.database import Database


class PendingDatabase:
    """The terminal database being opened (and initialised) on a worker thread.

    Any attribute (``read()``, ``write()``...) waits for it and then is the real
    ``Database``'s; ``result()`` returns it or raises what the opening raised.
    """

    def __init__(self, path: str | None) -> None:
        self.path = database_path(path)
        self._explicit = path
        self._done = threading.Event()
        self._db: Database | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._open, name="open-database", daemon=True)
        self._started = False

    def start(self) -> None:
        """Begin opening (once). Called when the log-in window is up: a worker importing
        SQLAlchemy meanwhile would compete with building the window for the GIL."""
        if not self._started:
            self._started = True
            self._thread.start()

    def _open(self) -> None:
        try:
            from app.services.terminal import open_terminal

            self._db = open_terminal(self._explicit)
        except BaseException as exc:  # handed to the GUI thread by result()
            self._error = exc
        finally:
            self._done.set()

    def done(self) -> bool:
        return self._done.is_set()

    def result(self) -> Database:
        self.start()
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._db is not None
        return self._db

    def __getattr__(self, name: str) -> Any:
        return getattr(self.result(), name)


def quick_setting(path: Path, key: str, default: Any = None) -> Any:
    """A setting read without SQLAlchemy, read-only: ``default`` when the key is not set;
    ``LookupError`` when the database cannot say yet (not created, another schema): the
    caller then waits for the opened database."""
    if not path.exists():
        raise LookupError(path)
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error as exc:
        raise LookupError(path) from exc
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default
    except (sqlite3.Error, ValueError) as exc:
        raise LookupError(path) from exc
    finally:
        conn.close()


def setting(db: Database | PendingDatabase, key: str, default: Any = None) -> Any:
    """``key`` from the database, without waiting for a database still being opened when
    the file can answer already."""
    if isinstance(db, PendingDatabase) and not db.done():
        try:
            return quick_setting(db.path, key, default)
        except LookupError:
            pass
    from app.store.settings import get_setting

    with db.read() as session:
        return get_setting(session, key, default)
