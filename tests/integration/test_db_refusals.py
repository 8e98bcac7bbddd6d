"""``db check`` and every command refuse what is not a PostCounter database: one line, a
non-zero exit, no traceback, and the file left exactly as it was (never migrated)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app.services.terminal import open_terminal

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = (("db", "check"), ("settings", "list"), ("sync", "status"))


def run(db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db_path), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def make_folder(path: Path) -> None:
    path.mkdir()


def make_fifo(path: Path) -> None:
    os.mkfifo(path)


def make_read_only(path: Path) -> None:
    open_terminal(str(path)).close()
    path.chmod(0o400)


def make_foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers (name) VALUES ('someone else''s data')")
    conn.commit()
    conn.close()


def make_foreign_alembic(path: Path) -> None:
    make_foreign(path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.execute("INSERT INTO alembic_version VALUES ('3f2a9c1b7e55')")
    conn.commit()
    conn.close()


def make_not_sqlite(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04 a zip file, or anything else" * 200)


def make_damaged(path: Path) -> None:
    open_terminal(str(path)).close()
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 6 * page
    data[2 * page : 5 * page] = b"\xa5" * (3 * page)  # B-tree pages of real tables
    path.write_bytes(bytes(data))


CASES: dict[str, tuple[Callable[[Path], None], str]] = {
    "folder": (make_folder, "is a folder"),
    "fifo": (make_fifo, "not an ordinary file"),
    "read-only": (make_read_only, "is read-only"),
    "foreign": (make_foreign, "not PostCounter's"),
    "foreign-alembic": (make_foreign_alembic, "another program"),
    "not-sqlite": (make_not_sqlite, "not an SQLite database"),
    "damaged": (make_damaged, "damaged"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_refused_with_one_line_and_untouched(tmp_path: Path, case: str) -> None:
    make, reason = CASES[case]
    path = tmp_path / "terminal.db"
    make(path)
    before = path.read_bytes() if path.is_file() else None
    for command in COMMANDS:
        r = run(path, *command)
        assert r.returncode != 0, (command, r.stdout)
        assert "Traceback" not in r.stderr and "Traceback" not in r.stdout
        lines = [line for line in r.stderr.splitlines() if line.strip()]
        assert len(lines) == 1, (command, r.stderr)
        assert reason in lines[0], (command, lines[0])
    if before is not None:
        assert path.read_bytes() == before, "a refused file is never changed"
        assert not path.with_name(path.name + "-wal").exists()
    assert not list(tmp_path.glob("*.backup.db")), "nothing migrated, so nothing backed up"


def test_db_check_does_not_create_a_database(tmp_path: Path) -> None:
    path = tmp_path / "none.db"
    r = run(path, "db", "check")
    assert r.returncode == 1 and "no database yet" in r.stderr and not path.exists()
    path.write_bytes(b"")
    r = run(path, "db", "check")
    assert r.returncode == 1 and "is empty" in r.stderr and path.read_bytes() == b""


def test_a_good_database_passes(tmp_path: Path) -> None:
    path = tmp_path / "terminal.db"
    open_terminal(str(path)).close()
    r = run(path, "db", "check")
    assert r.returncode == 0 and r.stdout.rstrip().endswith("OK"), r.stdout + r.stderr
