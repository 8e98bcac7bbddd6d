"""Backups on real files: taken online, verified, recorded, pruned; restored round trip."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.services import backup, sync_service
from app.services.terminal import open_terminal
from app.services.terminal_settings import write_settings
from app.store.models import Acceptance, AuditEntry, BackupRecord, OutboxItem
from central.auth import add_terminal
from tests.sync_helpers import BRANCH, ThreadedCentral, make_acceptances

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ),
    )


def acceptances_in(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM acceptances").fetchone()[0]
    finally:
        conn.close()


def test_backup_now_is_verified_private_recorded_and_pruned(tmp_path: Path) -> None:
    db_path, folder = tmp_path / "terminal.db", tmp_path / "usb"
    db = open_terminal(str(db_path))
    make_acceptances(db, 3)
    write_settings(db, {"backup.folder": str(folder), "backup.keep": 2}, staff_id=None)
    db.close()
    for _ in range(3):
        done = cli("--db", str(db_path), "backup", "now")
        assert done.returncode == 0, done.stderr
        assert "integrity ok" in done.stdout and "3 acceptance(s)" in done.stdout
    files = sorted(folder.glob("*.backup.db"))
    assert len(files) == 2  # keep the last 2
    assert not list(folder.glob("*.partial")) and not list(folder.glob("*-wal"))
    for f in files:
        assert stat.S_IMODE(f.stat().st_mode) == 0o600
        assert acceptances_in(f) == 3
        assert backup.verify_copy(f).startswith("integrity ok")
    listed = cli("--db", str(db_path), "backup", "list")
    assert listed.returncode == 0
    assert all(str(f) in listed.stdout for f in files)
    db = open_terminal(str(db_path))
    try:
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(BackupRecord)) == 3
            assert s.scalar(select(func.count()).where(AuditEntry.action == "backup.taken")) == 3
    finally:
        db.close()


def test_backup_without_folder_says_what_to_set(tmp_path: Path) -> None:
    done = cli("--db", str(tmp_path / "t.db"), "backup", "now")
    assert done.returncode == 2
    assert "settings set backup.folder" in done.stderr and "Traceback" not in done.stderr


def test_a_failed_backup_is_recorded_with_its_reason(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    db = open_terminal(str(tmp_path / "t.db"))
    try:
        result = backup.take_backup(db, "schedule", folder=blocker)
        assert not result.ok and "failed" in result.detail
        p = backup.plan(db)
        assert p.last_good_at is None
        with db.read() as s:
            assert s.scalar(select(func.count()).where(AuditEntry.action == "backup.failed")) == 1
    finally:
        db.close()


def test_schedule_is_due_after_the_interval() -> None:
    now = datetime(2026, 12, 1, 10, tzinfo=UTC)
    p = backup.BackupPlan("/media/usb", 60, 3, now - timedelta(minutes=59), 4)
    assert not p.due(now) and p.due(now + timedelta(minutes=1))
    assert backup.BackupPlan("/media/usb", 60, 3, None, 0).due(now)
    assert not backup.BackupPlan("", 60, 3, None, 0).due(now)
    assert not backup.BackupPlan("/media/usb", 0, 3, None, 0).due(now)


def test_restore_round_trip_keeps_the_current_file_beside(tmp_path: Path) -> None:
    db_path, folder = tmp_path / "terminal.db", tmp_path / "usb"
    db = open_terminal(str(db_path))
    make_acceptances(db, 3)
    taken = backup.take_backup(db, "manual", folder=folder)
    make_acceptances(db, 2, seed=7)
    db.close()
    assert acceptances_in(db_path) == 5

    done = cli("--db", str(db_path), "backup", "restore", str(taken.path))
    assert done.returncode == 0, done.stderr
    assert acceptances_in(db_path) == 3
    replaced = list(tmp_path.glob("terminal.replaced-*.db"))
    assert len(replaced) == 1 and acceptances_in(replaced[0]) == 5
    assert stat.S_IMODE(replaced[0].stat().st_mode) == 0o600
    db = open_terminal(str(db_path))
    try:
        with db.read() as s:
            assert s.scalar(select(func.count()).where(AuditEntry.action == "backup.restored")) == 1
            assert s.scalar(select(func.count()).select_from(Acceptance)) == 3
    finally:
        db.close()


def test_restore_refuses_damaged_and_foreign_files(tmp_path: Path) -> None:
    damaged = tmp_path / "x.backup.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    done = cli("--db", str(tmp_path / "t.db"), "backup", "restore", str(damaged))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    foreign = tmp_path / "other.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t(x)")
    conn.close()
    done = cli("--db", str(tmp_path / "t.db"), "backup", "restore", str(foreign))
    assert done.returncode == 2 and "not a PostCounter database" in done.stderr


@pytest.fixture
def central(tmp_path: Path):
    server = ThreadedCentral(f"sqlite:///{tmp_path / 'central.db'}")
    _, token = add_terminal(server.db, BRANCH)
    yield server, token
    server.stop()


def test_restore_older_than_central_needs_a_supervisor_and_requeues(tmp_path, central) -> None:
    server, token = central
    db_path, folder = tmp_path / "terminal.db", tmp_path / "usb"
    db = open_terminal(str(db_path))
    sync_service.configure(db, server.url, token)
    make_acceptances(db, 2)
    assert sync_service.run_once(db, top_up=False).ok  # central holds the first 2
    make_acceptances(db, 3, seed=3)
    taken = backup.take_backup(db, "manual", folder=folder)  # 2 sent, 3 queued
    make_acceptances(db, 2, seed=5)
    assert sync_service.run_once(db, top_up=False).ok  # central now holds all 7
    db.close()

    refused = cli("--db", str(db_path), "backup", "restore", str(taken.path))
    assert refused.returncode == 1
    assert "older than what central already has" in refused.stderr
    assert "2 item(s)" in refused.stderr  # the last two, made after the backup
    assert acceptances_in(db_path) == 7  # nothing changed

    wrong = cli(
        "--db",
        str(db_path),
        "backup",
        "restore",
        str(taken.path),
        "--supervisor",
        "1001",
        "--pin-stdin",
        stdin="246810\n",
    )  # a clerk cannot confirm
    assert wrong.returncode == 1 and acceptances_in(db_path) == 7
    done = cli(
        "--db",
        str(db_path),
        "backup",
        "restore",
        str(taken.path),
        "--supervisor",
        "9001",
        "--pin-stdin",
        stdin="975310\n",
    )
    assert done.returncode == 0, done.stderr
    assert "3 item(s) queued for central" in done.stdout
    db = open_terminal(str(db_path))
    try:
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(Acceptance)) == 5
            assert (
                s.scalar(
                    select(func.count()).where(
                        OutboxItem.state == "pending", OutboxItem.kind == "accept"
                    )
                )
                == 3
            )
        # What the backup still had queued reaches central once (it has them already).
        report = sync_service.run_once(db, top_up=False)
        assert report.ok and report.counts == {"duplicate": 3}
    finally:
        db.close()


def test_backup_settings_are_checked(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    for key, value in (
        ("backup.folder", "relative/folder"),
        ("backup.interval_minutes", "2"),
        ("backup.keep", "0"),
        ("retention.days", "0"),
    ):
        done = cli("--db", db, "settings", "set", key, value)
        assert done.returncode == 2, (key, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr
    ok = cli("--db", db, "settings", "set", "backup.interval_minutes", "0", "retention.days", "30")
    assert ok.returncode == 0, ok.stderr
