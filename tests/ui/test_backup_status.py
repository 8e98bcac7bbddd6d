"""The main window takes scheduled backups off the GUI thread and shows their age while
acceptances wait for central."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.services import backup, retention
from app.services.counter_rules import counter_rules
from app.services.terminal import CounterContext
from app.services.terminal_settings import write_settings
from app.store.database import Database
from app.store.models import BackupRecord
from app.ui.application import make_app
from app.ui.main_window import MainWindow
from tests.sync_helpers import make_acceptances


def test_scheduled_backup_runs_off_the_gui_thread_and_age_is_shown(
    qtbot: QtBot,
    db: Database,
    clerk: CounterContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_app()
    make_acceptances(db, 2)  # not yet at central
    folder = tmp_path / "usb"
    write_settings(db, {"backup.folder": str(folder), "backup.interval_minutes": 30}, staff_id=None)
    threads: list[str] = []
    real = backup.take_backup

    def spy(*args: object, **kwargs: object) -> backup.BackupResult:
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backup, "take_backup", spy)
    win = MainWindow(db, clerk, counter_rules())
    qtbot.addWidget(win)
    win.show()
    label = win.backups
    qtbot.waitUntil(lambda: label.isVisible() and "Backup:" in label.text(), timeout=15_000)
    assert label.text() == "Backup: just now"
    assert str(folder) in label.toolTip()
    assert threads and threading.main_thread().name not in threads
    assert len(list(folder.glob("*.backup.db"))) == 1

    def triggers() -> list[str]:
        with db.read() as s:
            return list(s.scalars(select(BackupRecord.trigger).order_by(BackupRecord.id)))

    label.after_day_close()
    qtbot.waitUntil(lambda: len(triggers()) == 2 and not label.busy, timeout=15_000)
    assert triggers() == ["schedule", "day_close"]
    assert len(list(folder.glob("*.backup.db"))) == 2
    win.close()


def test_no_note_when_everything_is_at_central_and_a_warning_without_folder(
    qtbot: QtBot, db: Database, clerk: CounterContext
) -> None:
    make_app()
    win = MainWindow(db, clerk, counter_rules())
    qtbot.addWidget(win)
    win.show()
    label = win.backups
    qtbot.waitUntil(lambda: label.plan is not None, timeout=10_000)
    assert not label.isVisible()  # nothing waits for central
    make_acceptances(db, 1)
    label.tick()
    qtbot.waitUntil(lambda: label.isVisible(), timeout=10_000)
    assert label.text() == "No backup folder set"
    assert label.property("problem") is True  # the status bar's white-on-red warning
    win.close()


def test_a_tick_asked_for_while_the_purge_runs_is_taken_when_it_ends(
    qtbot: QtBot, db: Database, clerk: CounterContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An acceptance stored while the daily purge runs shows the backup note when the purge
    ends, not a minute later (the tick used to be dropped while busy)."""
    make_app()
    release = threading.Event()
    purges: list[int] = []

    def slow_purge(_db: Database) -> retention.PurgeReport:
        purges.append(1)
        assert release.wait(15)
        return retention.PurgeReport(days=0, cutoff=datetime.now(UTC), acceptances=0, profiles=0)

    monkeypatch.setattr(retention, "due_today", lambda _db: not purges)
    monkeypatch.setattr(retention, "purge", slow_purge)
    win = MainWindow(db, clerk, counter_rules())
    qtbot.addWidget(win)
    win.show()
    label = win.backups
    qtbot.waitUntil(lambda: bool(purges) and label.busy, timeout=10_000)
    make_acceptances(db, 1)
    label.tick()  # asked for while the purge still runs
    release.set()
    # Well before the sync bridge's next queue poll, which would tick again anyway.
    qtbot.waitUntil(lambda: label.isVisible(), timeout=5_000)
    assert label.text() == "No backup folder set"
    win.close()
