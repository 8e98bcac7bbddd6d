"""The status bar at the smallest counter screen: every field whole in every language, and a
squeezed field ends in "…" with its whole text as tooltip (it used to be cut mid-letter)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QStatusBar
from pytestqt.qtbot import QtBot

from app.services.counter_rules import counter_rules
from app.services.terminal import CounterContext
from app.store.database import Database
from app.ui.application import install_translators, make_app
from app.ui.elided_label import ElidedLabel
from app.ui.main_window import MainWindow
from tests.sync_helpers import make_acceptances


@pytest.fixture(params=["en", "ru", "hi"])
def window(
    request: pytest.FixtureRequest, qtbot: QtBot, db: Database, clerk: CounterContext
) -> Iterator[MainWindow]:
    app = make_app()
    installed = install_translators(app, QLocale(request.param))
    make_acceptances(db, 1)  # waiting for central: the backup field shows its warning
    win = MainWindow(db, clerk, counter_rules())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(
        lambda: win.backups.isVisible() and bool(win.status_sync.text()), timeout=10_000
    )
    yield win
    win.close()
    for translator in installed:
        app.removeTranslator(translator)


def fields(win: MainWindow) -> list[ElidedLabel]:
    return [w for w in win.statusBar().findChildren(ElidedLabel) if w.isVisible()]


def test_every_field_is_whole_at_1366(qtbot: QtBot, window: MainWindow) -> None:
    shown = fields(window)
    assert len(shown) >= 6
    qtbot.waitUntil(lambda: not any(f.elided for f in fields(window)), timeout=5_000)
    assert window.backups.property("problem") is True  # white on red, readable on the bar
    assert "Demo Clerk" in window.status_operator.toolTip()  # the role and number there


def test_a_squeezed_field_says_so_and_keeps_its_text(qtbot: QtBot) -> None:
    make_app()
    bar = QStatusBar()
    qtbot.addWidget(bar)
    long, short = ElidedLabel(bar), ElidedLabel(bar)
    bar.addPermanentWidget(long)
    bar.addPermanentWidget(short)
    long.setText("Central: OFFLINE — working locally · last sync 06.12 09:15 · ⚠ 3 need attention")
    short.setText("Day 2026-12-06")
    long.setToolTip("own tip")
    bar.resize(300, 30)
    bar.show()
    qtbot.waitUntil(lambda: long.elided, timeout=5_000)
    assert QLabel.text(long).endswith("…")  # what the screen shows
    assert long.text().endswith("need attention")  # what the code reads: the whole text
    assert long.toolTip() == long.text() + "\nown tip"
    bar.resize(1300, 30)
    qtbot.waitUntil(lambda: not long.elided, timeout=5_000)
    assert long.toolTip() == "own tip" and not short.elided
