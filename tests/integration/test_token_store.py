"""The central token is never in the database file, its WAL, a log or a command line."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.services import sync_service, token_store
from app.services.terminal import open_terminal
from central.auth import add_terminal
from tests.sync_helpers import BRANCH, ThreadedCentral, make_acceptances

ROOT = Path(__file__).resolve().parents[2]


def cli(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def database_bytes(db_path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (db_path, Path(f"{db_path}-wal")) if p.exists())


@pytest.fixture
def central(tmp_path: Path):
    server = ThreadedCentral(f"sqlite:///{tmp_path / 'central.db'}")
    _, token = add_terminal(server.db, BRANCH)
    yield server, token
    server.stop()


def test_configure_from_stdin_and_sync_leave_no_token_bytes(tmp_path, central) -> None:
    server, token = central
    keys = tmp_path / "config"
    env = {"POSTCOUNTER_KEY_DIR": str(keys), "POSTCOUNTER_TOKEN_STORE": "file"}
    db_path = tmp_path / "data" / "terminal.db"
    db_path.parent.mkdir()
    db = open_terminal(str(db_path))
    make_acceptances(db, 3)
    db.close()

    done = cli(
        "--db", str(db_path), "sync", "configure", "--url", server.url, stdin=token + "\n", env=env
    )
    assert done.returncode == 0, done.stderr
    assert token not in done.stdout + done.stderr
    ran = cli("--db", str(db_path), "sync", "run", "--once", env=env)
    assert ran.returncode == 0, ran.stderr
    assert "stored 3" in ran.stdout
    assert token not in ran.stdout + ran.stderr

    raw = database_bytes(db_path)
    assert token.encode() not in raw
    assert token[-12:].encode() not in raw  # not even a fragment
    secret = token_store.token_file(db_path)
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert token.encode() not in secret.read_bytes()  # encrypted
    key = keys / token_store.KEY_FILE
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert not list(db_path.parent.glob("*.key"))  # the key is not beside the database


def test_token_on_the_command_line_is_refused(tmp_path) -> None:
    done = cli(
        "--db",
        str(tmp_path / "t.db"),
        "sync",
        "configure",
        "--url",
        "http://127.0.0.1:9",
        "--token",
        "pct_secret",
    )
    assert done.returncode == 2
    assert "not given on the command line" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "t.db").exists()


def test_empty_stdin_changes_nothing(tmp_path) -> None:
    done = cli(
        "--db",
        str(tmp_path / "t.db"),
        "sync",
        "configure",
        "--url",
        "http://127.0.0.1:9",
        "--no-check",
    )
    assert done.returncode == 2 and "no token" in done.stderr


def test_legacy_token_in_settings_moves_out_on_start(tmp_path, central) -> None:
    server, token = central
    db_path = tmp_path / "terminal.db"
    open_terminal(str(db_path)).close()
    # What an older PostCounter wrote: the token as a JSON string in the settings table.
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("INSERT INTO settings VALUES ('central.url', ?)", (f'"{server.url}"',))
        conn.execute("INSERT INTO settings VALUES ('central.token', ?)", (f'"{token}"',))
    conn.close()
    assert token.encode() in database_bytes(db_path)

    db = open_terminal(str(db_path))
    try:
        assert token.encode() not in database_bytes(db_path)
        with db.read() as session:
            cfg = sync_service.load_config(session)
        assert cfg is not None and cfg.token == token
        make_acceptances(db, 2)
        report = sync_service.run_once(db, top_up=False)
        assert report.ok and report.counts == {"stored": 2}
    finally:
        db.close()
    assert token.encode() not in database_bytes(db_path)


def test_a_token_file_from_another_key_says_what_to_do(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("POSTCOUNTER_KEY_DIR", str(tmp_path / "k1"))
    db = open_terminal(str(tmp_path / "t.db"))
    try:
        sync_service.configure(db, "http://127.0.0.1:9", "pct_abc", check=False)
        monkeypatch.setenv("POSTCOUNTER_KEY_DIR", str(tmp_path / "k2"))
        with (
            db.read() as session,
            pytest.raises(token_store.TokenStoreError, match="sync configure"),
        ):
            token_store.load_token(session)
    finally:
        db.close()


def test_a_real_keyring_backend_keeps_the_token_and_no_file_is_written(tmp_path, monkeypatch):
    import keyring
    from keyring.backend import KeyringBackend

    class Backend(KeyringBackend):
        priority = 5  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.secrets: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.secrets.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.secrets[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.secrets.pop((service, username), None)

    backend = Backend()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.delenv("POSTCOUNTER_TOKEN_STORE", raising=False)
    db_path = tmp_path / "t.db"
    db = open_terminal(str(db_path))
    try:
        sync_service.configure(db, "http://127.0.0.1:9", "pct_in_the_keyring", check=False)
        with db.read() as session:
            assert token_store.load_token(session) == "pct_in_the_keyring"
            assert sync_service.load_config(session).token == "pct_in_the_keyring"
        assert backend.secrets == {
            (token_store.KEYRING_SERVICE, str(db_path.resolve())): "pct_in_the_keyring"
        }
        assert not token_store.token_file(db_path).exists()
        assert b"pct_in_the_keyring" not in database_bytes(db_path)
    finally:
        db.close()
        keyring.set_keyring(previous)
