"""Issue 11, case 8: the terminal's side. ``next_due`` when every item backs off, one
process draining the outbox at a time (a second ``sync run`` says so and exits 0), and
"stored" never downgraded to "duplicate". Real SQLite terminal, real central on loopback.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.services import sync_service, token_store
from app.store.models import OutboxItem
from app.sync.drain_lock import DrainBusyError, DrainLock
from app.sync.http_transport import HttpTransport
from app.sync.protocol import ItemResult
from app.sync.store_outbox import SqliteOutbox
from central.auth import add_terminal
from central.models import SyncItem
from tests.sync_helpers import BRANCH, ThreadedCentral, make_acceptances, open_test_terminal

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def setup(tmp_path):
    server = ThreadedCentral(f"sqlite:///{tmp_path / 'central.db'}")
    _, token = add_terminal(server.db, BRANCH)
    db = open_test_terminal(tmp_path / "terminal.db")
    sync_service.configure(db, server.url, token)
    yield db, server, token
    db.close()
    server.stop()


def central_items(server: ThreadedCentral) -> int:
    with server.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(SyncItem)) or 0)


def test_next_due_when_every_item_backs_off_and_the_worker_waits_for_it(setup) -> None:
    db, server, _ = setup
    make_acceptances(db, 3)
    outbox = SqliteOutbox(db)
    assert outbox.next_due() == datetime.min.replace(tzinfo=UTC)  # due now
    items = outbox.claim(10, datetime.now(UTC))
    retry_at = datetime.now(UTC) + timedelta(seconds=4)
    outbox.release(items, "Central is unavailable (503)", retry_at)
    due = outbox.next_due()
    assert due is not None and due.tzinfo is not None
    assert abs((due - retry_at).total_seconds()) < 0.001
    # The worker's cycle waits for that backoff, not its 10 s idle, and raises nothing.
    worker = sync_service.make_worker(db, idle_seconds=10)
    try:
        wait = worker.cycle()
    finally:
        worker.stop()
    assert 2 < wait <= 4.01
    assert central_items(server) == 0  # nothing was due, nothing sent


def run_cli(db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", "--db", str(db_path), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "PATH": "/usr/bin:/bin",
            "HOME": str(db_path.parent),
            # The token is stored encrypted with this user's key: the CLI reads the key the
            # fixture's 'configure' wrote it with (same user, same key directory).
            "POSTCOUNTER_KEY_DIR": token_store.key_dir().as_posix(),
        },
    )


def test_second_sync_run_says_another_is_running_and_exits_0(setup, tmp_path) -> None:
    db, server, _ = setup
    make_acceptances(db, 4)
    holder = DrainLock(db.path)  # what a running 'sync run' (or the counter window) holds
    assert holder.acquire()
    try:
        once = run_cli(db.path, "sync", "run", "--once")
        assert once.returncode == 0, once.stderr
        assert "Another sync of this terminal is running" in once.stdout
        forever = run_cli(db.path, "sync", "run")
        assert forever.returncode == 0 and "Another sync" in forever.stdout
        with pytest.raises(DrainBusyError):
            sync_service.run_once(db, top_up=False)
        with db.read() as s:
            assert set(s.scalars(select(OutboxItem.state))) == {"pending"}
        assert central_items(server) == 0
    finally:
        holder.release()
    done = run_cli(db.path, "sync", "run", "--once")
    assert done.returncode == 0, done.stderr
    assert "stored 4" in done.stdout
    assert central_items(server) == 4


def test_stored_is_never_downgraded_to_duplicate(setup) -> None:
    db, server, token = setup
    made = make_acceptances(db, 2)
    with HttpTransport(server.url, token) as t:
        assert sync_service.run_once(db, t, top_up=False).counts == {"stored": 2}
        # A second sender's late answer for the same items (the race of two 'sync run').
        SqliteOutbox(db).record(
            [ItemResult(m.acceptance_id, "duplicate") for m in made], datetime.now(UTC)
        )
        with db.read() as s:
            assert set(s.scalars(select(OutboxItem.central_status))) == {"stored"}
        # A resend after a lost answer, never recorded as stored: duplicate is the truth.
        with db.write() as s:
            s.query(OutboxItem).update({"state": "pending", "central_status": ""})
        assert sync_service.run_once(db, t, top_up=False).counts == {"duplicate": 2}
        with db.read() as s:
            assert set(s.scalars(select(OutboxItem.central_status))) == {"duplicate"}
            assert set(s.scalars(select(OutboxItem.state))) == {"done"}
    assert central_items(server) == 2
