"""Shared fixtures: an offscreen Qt platform, fresh terminal databases, a logged-in context."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("POSTCOUNTER_HOME", "/tmp/postcounter-tests-home")
# Tests never touch the user's keyring or configuration folder: central tokens go to the
# encrypted file store with a key of their own.
os.environ.setdefault("POSTCOUNTER_TOKEN_STORE", "file")
os.environ.setdefault("POSTCOUNTER_KEY_DIR", "/tmp/postcounter-tests-keys")
# Every CUPS client of the tests (lp, Qt's printer list) talks to the tests' own scheduler
# (the `cups` fixture starts it on demand), never to the machine's printers.
from tests.cups_server import CupsServer, free_port, missing

os.environ["CUPS_SERVER"] = f"127.0.0.1:{free_port()}"

from app.services.terminal import DEMO_CLERK, CounterContext, open_terminal, staff_context
from app.store.database import Database

# The fake ATOL driver's fixture (atol_driver) for every fiscal test; the printing tests'.
pytest_plugins = ["tests.fake_atol", "tests.printing_fixtures"]


@pytest.fixture(scope="session")
def cups() -> Iterator[CupsServer]:
    """The tests' CUPS scheduler (real cupsd) at ``CUPS_SERVER``; add queues with
    ``cups.add_printer(name)``."""
    if reason := missing():
        pytest.skip(reason)
    port = int(os.environ["CUPS_SERVER"].rpartition(":")[2])
    server = CupsServer(None, port)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "terminal.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_terminal(str(db_path))
    yield database
    database.close()


@pytest.fixture
def clerk(db: Database) -> CounterContext:
    return staff_context(db, DEMO_CLERK[0])


@pytest.fixture(autouse=True)
def _default_locale_restored() -> Iterator[None]:
    """A test that installs a language (and so QLocale's default) leaves the next as it was."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def _cycles_collected_between_tests() -> Iterator[None]:
    """Once a test made the QApplication, automatic collection is off for the process (cycles
    are collected on the GUI thread's timer, app.ui.gui_thread_gc); between tests no event
    loop runs that timer, so collect here what would be due, on this (the GUI) thread."""
    yield
    import gc

    if not gc.isenabled():
        from app.ui.gui_thread_gc import collect_when_due

        collect_when_due()
