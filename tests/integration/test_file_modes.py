"""The data folder is 0700 and the database, its WAL/SHM and backups 0600, on real files:
new ones are made so, and loose ones are corrected at start with a log line."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.terminal import open_terminal
from app.store.database import open_database
from app.store.settings import set_setting

ROOT = Path(__file__).resolve().parents[2]


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


@pytest.fixture
def loose_umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_terminal_is_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, loose_umask: object
) -> None:
    home = tmp_path / "PostCounter"
    monkeypatch.setenv("POSTCOUNTER_HOME", str(home))
    db = open_terminal(None)
    try:
        with db.write() as s:  # a write, so the WAL and SHM exist
            set_setting(s, "test.touch", 1)
        path = home / "postcounter.db"
        assert mode(home) == 0o700
        for f in (path, path.with_name("postcounter.db-wal"), path.with_name("postcounter.db-shm")):
            assert f.exists() and mode(f) == 0o600, f
    finally:
        db.close()


def test_loose_files_are_corrected_at_start_with_a_log_line(tmp_path: Path) -> None:
    home = tmp_path / "PostCounter"
    env = {**os.environ, "POSTCOUNTER_HOME": str(home)}
    main = [sys.executable, str(ROOT / "main.py")]
    assert subprocess.run(
        [*main, "db", "check"], env=env, capture_output=True, timeout=120
    ).returncode
    subprocess.run(
        [*main, "settings", "list"], env=env, capture_output=True, timeout=120, check=True
    )
    path = home / "postcounter.db"
    backup = home / "postcounter.before-0001-20261201T000000Z.backup.db"
    conn = sqlite3.connect(backup)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    # What issue 12 found: 0644 files in a 0755 folder, readable by every local user.
    home.chmod(0o755)
    for f in (path, backup):
        f.chmod(0o644)
    r = subprocess.run([*main, "db", "check"], env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    assert mode(home) == 0o700 and mode(path) == 0o600 and mode(backup) == 0o600
    for f in (home, path, backup):
        assert f"permissions of {f} were" in r.stderr
    wal = path.with_name("postcounter.db-wal")
    assert not wal.exists() or mode(wal) == 0o600
    again = subprocess.run(
        [*main, "db", "check"], env=env, capture_output=True, text=True, timeout=120
    )
    assert "permissions of" not in again.stderr  # nothing left to correct


def test_a_db_elsewhere_keeps_its_folder_but_not_its_file_mode(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    path = shared / "t.db"
    open_database(path).close()
    path.chmod(0o644)
    open_database(path).close()
    assert mode(path) == 0o600 and mode(shared) == 0o755


def test_a_shared_sticky_folder_is_never_narrowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "tmp-like"
    shared.mkdir()
    shared.chmod(0o1777)
    monkeypatch.setenv("POSTCOUNTER_HOME", str(shared))
    open_terminal(None).close()
    assert shared.stat().st_mode & 0o7777 == 0o1777
    assert mode(shared / "postcounter.db") == 0o600
