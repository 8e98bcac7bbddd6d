"""PIN lockout and audit on a real terminal database, and through the command line."""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from app.services.auth import (
    LOCKOUT,
    MAX_FAILURES,
    SUPERVISOR,
    AuthRefused,
    authenticate,
    check_pin,
    hash_pin,
    locked_until,
    needs_rehash,
    unlock,
)
from app.services.provisioning import add_staff
from app.services.terminal import DEMO_CLERK, DEMO_SUPERVISOR, open_terminal
from app.store.database import Database
from app.store.models import AuditEntry, Staff

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def actions(db: Database) -> list[tuple[str, str, str]]:
    with db.read() as s:
        return [(a.action, a.entity_id, a.details) for a in s.scalars(select(AuditEntry))]


def test_five_wrong_pins_lock_the_number_for_15_minutes(db: Database) -> None:
    number, pin = DEMO_CLERK[0], DEMO_CLERK[1]
    for n in range(1, MAX_FAILURES):
        with pytest.raises(AuthRefused) as wrong:
            authenticate(db, number, "000000", purpose="log-in", now=T0 + timedelta(seconds=n))
        assert wrong.value.kind == "wrong"
    with pytest.raises(AuthRefused) as locked:
        authenticate(db, number, "000000", purpose="log-in", now=T0 + timedelta(seconds=5))
    assert locked.value.kind == "locked" and "15 more minute" in str(locked.value)
    # Locked: even the right PIN is refused, and the message says how long is left.
    with pytest.raises(AuthRefused, match="locked for 10 more minute") as still:
        authenticate(db, number, pin, purpose="log-in", now=T0 + timedelta(minutes=5, seconds=5))
    assert still.value.locked_until == T0 + timedelta(seconds=5) + LOCKOUT
    # After 15 minutes the right PIN opens again and the count starts over.
    staff = authenticate(db, number, pin, purpose="log-in", now=T0 + timedelta(minutes=16))
    assert staff.staff_number == number
    assert locked_until(db, number, T0 + timedelta(minutes=16)) is None
    audited = actions(db)
    kinds = [a for a, _, _ in audited]
    assert kinds.count("pin_failure") == MAX_FAILURES
    assert kinds.count("pin_lockout") == 1 and kinds.count("pin_refused_locked") == 1
    assert all(entity == number for _, entity, _ in audited)
    assert not any(pin in d or "000000" in d for _, _, d in audited), "no PIN in the audit"


def test_a_right_pin_resets_the_count(db: Database) -> None:
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(AuthRefused):
            authenticate(db, DEMO_CLERK[0], "000000", purpose="log-in")
    authenticate(db, DEMO_CLERK[0], DEMO_CLERK[1], purpose="log-in")
    with pytest.raises(AuthRefused) as again:
        authenticate(db, DEMO_CLERK[0], "000000", purpose="log-in")
    assert again.value.kind == "wrong"


def test_unknown_numbers_are_locked_too(db: Database) -> None:
    for _ in range(MAX_FAILURES):
        with pytest.raises(AuthRefused):
            authenticate(db, "5555", "000000", purpose="log-in")
    with pytest.raises(AuthRefused) as locked:
        authenticate(db, "5555", "000000", purpose="log-in")
    assert locked.value.kind == "locked"


def test_supervisor_unlocks_and_a_clerk_cannot(db: Database) -> None:
    for _ in range(MAX_FAILURES):
        with pytest.raises(AuthRefused):
            authenticate(db, DEMO_CLERK[0], "000000", purpose="log-in")
    assert locked_until(db, DEMO_CLERK[0]) is not None
    clerk = authenticate(db, DEMO_SUPERVISOR[0], DEMO_SUPERVISOR[1], purpose="x")
    with db.read() as s:
        a_clerk = s.scalar(select(Staff).where(Staff.staff_number == DEMO_CLERK[0]))
    assert a_clerk is not None
    with pytest.raises(AuthRefused, match="not a supervisor"):
        unlock(db, DEMO_CLERK[0], supervisor=a_clerk)
    assert unlock(db, DEMO_CLERK[0], supervisor=clerk) is True
    assert locked_until(db, DEMO_CLERK[0]) is None
    authenticate(db, DEMO_CLERK[0], DEMO_CLERK[1], purpose="log-in")
    assert ("pin_unlock", DEMO_CLERK[0]) in [(a, e) for a, e, _ in actions(db)]


def test_role_is_checked_after_the_pin(db: Database) -> None:
    with pytest.raises(AuthRefused) as refused:
        authenticate(db, DEMO_CLERK[0], DEMO_CLERK[1], purpose="void", role=SUPERVISOR)
    assert refused.value.kind == "role"
    assert actions(db) == []  # a right PIN of the wrong person is not a PIN failure


def test_old_pbkdf2_hash_is_upgraded_at_log_in(db: Database) -> None:
    salt = secrets.token_bytes(16)
    old = "pbkdf2_sha256$120000${}${}".format(
        salt.hex(), hashlib.pbkdf2_hmac("sha256", b"1234", salt, 120_000).hex()
    )
    with db.write() as s:
        s.execute(update(Staff).where(Staff.staff_number == DEMO_CLERK[0]).values(pin_hash=old))
    authenticate(db, DEMO_CLERK[0], "1234", purpose="log-in")
    with db.read() as s:
        stored = s.scalar(select(Staff.pin_hash).where(Staff.staff_number == DEMO_CLERK[0]))
    assert stored is not None and stored.startswith("scrypt$") and not needs_rehash(stored)
    assert check_pin("1234", stored)
    assert "pin_rehashed" in [a for a, _, _ in actions(db)]


def cli(db: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_day_close_locks_after_five_wrong_pins_and_a_supervisor_unlocks(
    tmp_path: Path,
) -> None:
    db_path = tmp_path / "t.db"
    open_terminal(str(db_path)).close()
    day = "2026-12-01"
    close = ("day-close", "--date", day, "--supervisor", DEMO_SUPERVISOR[0], "--pin-stdin")
    for _ in range(MAX_FAILURES - 1):
        r = cli(db_path, *close, stdin="000000\n")
        assert r.returncode == 1 and "PIN is wrong" in r.stderr and "Traceback" not in r.stderr
    r = cli(db_path, *close, stdin="000000\n")
    assert r.returncode == 1 and "locked for 15 more minute" in r.stderr
    r = cli(db_path, *close, stdin=f"{DEMO_SUPERVISOR[1]}\n")  # right PIN, still locked
    assert r.returncode == 1 and "locked for" in r.stderr and "Nothing was closed" in r.stderr
    # Another supervisor unlocks from the shell (the demo has one: add a second).
    conn = sqlite3.connect(db_path)
    branch = conn.execute("SELECT code FROM branches").fetchone()[0]
    conn.close()
    db = open_terminal(str(db_path))
    add_staff(
        db,
        number="9002",
        name="Second Supervisor",
        role="supervisor",
        pin="482913",
        branch_code=branch,
    )
    db.close()
    r = cli(
        db_path,
        "staff",
        "unlock",
        "--number",
        DEMO_SUPERVISOR[0],
        "--supervisor",
        "9002",
        "--pin-stdin",
        stdin="111112\n",
    )
    assert r.returncode == 1 and "PIN is wrong" in r.stderr
    r = cli(
        db_path,
        "staff",
        "unlock",
        "--number",
        DEMO_SUPERVISOR[0],
        "--supervisor",
        "9002",
        "--pin-stdin",
        stdin="482913\n",
    )
    assert r.returncode == 0, r.stderr
    assert f"staff number {DEMO_SUPERVISOR[0]} is unlocked" in r.stdout
    r = cli(db_path, *close, stdin=f"{DEMO_SUPERVISOR[1]}\n")
    # The PIN is accepted now: the day-close service answers (an empty day has nothing).
    assert "Nothing to close" in r.stderr and "locked" not in r.stderr
    conn = sqlite3.connect(db_path)
    rows = conn.execute("SELECT action, details FROM audit_log").fetchall()
    conn.close()
    acts = [a for a, _ in rows]
    assert acts.count("pin_failure") == 6 and acts.count("pin_lockout") == 1
    assert "pin_unlock" in acts and "pin_refused_locked" in acts
    assert not any(DEMO_SUPERVISOR[1] in d or "000000" in d for _, d in rows)


def test_cli_set_pin_replaces_a_short_pin(tmp_path: Path) -> None:
    db_path = tmp_path / "t.db"
    db = open_terminal(str(db_path))
    with db.write() as s:
        s.execute(
            update(Staff)
            .where(Staff.staff_number == DEMO_SUPERVISOR[0])
            .values(pin_hash=hash_pin("9999"))
        )
    db.close()
    day_close = ("day-close", "--date", "2026-12-01", "--supervisor", DEMO_SUPERVISOR[0])
    r = cli(db_path, *day_close, "--pin-stdin", stdin="9999\n")
    assert r.returncode == 1 and "shorter than 6 digits" in r.stderr
    r = cli(
        db_path,
        "staff",
        "set-pin",
        "--number",
        DEMO_SUPERVISOR[0],
        "--pin-stdin",
        stdin="9999\n12345\n",
    )
    assert r.returncode == 2 and "at least 6" in r.stderr
    r = cli(
        db_path,
        "staff",
        "set-pin",
        "--number",
        DEMO_SUPERVISOR[0],
        "--pin-stdin",
        stdin="9999\n482913\n",
    )
    assert r.returncode == 0, r.stderr
    r = cli(db_path, *day_close, "--pin-stdin", stdin="482913\n")
    assert "Nothing to close" in r.stderr and "PIN" not in r.stderr
