"""Fixtures of the window tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from app.services.counter_rules import counter_rules
from app.services.terminal import CounterContext
from app.store.database import Database
from app.ui.application import install_translators, make_app
from app.ui.main_window import MainWindow
from tests.ui.helpers import focused


@pytest.fixture
def window_language() -> str:
    """The language of the ``window`` fixture; a test module overrides it for another."""
    return "en"


@pytest.fixture
def window(
    qtbot: QtBot, db: Database, clerk: CounterContext, window_language: str
) -> Iterator[MainWindow]:
    """The counter window at 1366x768 in ``window_language`` (English by default, its
    plural forms installed as at start), the cursor in the scan field. A test module's own
    ``window`` fixture takes its place."""
    app = make_app()
    installed = install_translators(app, QLocale(window_language))
    win = MainWindow(db, clerk, counter_rules())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: focused() is win.form.scan)
    yield win
    win.close()
    for translator in installed:
        app.removeTranslator(translator)
