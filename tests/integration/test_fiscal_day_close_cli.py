"""``main.py day-close`` closes the register's shift (Z report) as the window's day close
does, over a fake ATOL Driver web server on loopback: with the register there the shift is
closed; with it unreachable the day stays closed and saved, the clerk is told what to do
and the command exits 3; run again once the register answers, only the shift is closed."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.services.fiscal.atol import AtolWebRegister
from app.services.fiscal.shift import ensure_shift
from app.services.payment import record_payment
from app.services.terminal import DEMO_CLERK, DEMO_SUPERVISOR, staff_context
from app.services.terminal_settings import write_settings
from app.store.database import Database
from app.store.models import Acceptance, Branch, Manifest, Payment
from app.store.settings import set_setting
from tests.fake_atol import (
    FakeAtol,
)
from tests.sync_helpers import free_port, make_acceptances, open_test_terminal

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def driver(atol_driver: FakeAtol) -> FakeAtol:
    return atol_driver


def russian_counter(path: Path, url: str) -> tuple[Database, date]:
    """A terminal out of demo mode (a real Russian branch) pointed at ``url``, with one
    acceptance accepted and paid through the register; returns its business day."""
    db = open_test_terminal(path)
    [made] = make_acceptances(db, 1)
    with db.write() as s:
        for branch in s.scalars(select(Branch)):
            branch.is_demo = False
        set_setting(s, "demo", False)
    write_settings(db, {"fiscal.atol_url": url}, staff_id=None)
    with db.read() as s:
        row = s.get(Acceptance, made.acceptance_id)
        assert row is not None
        day = row.business_day
    return db, day


def day_close(db_path: Path, day: date) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db_path), "day-close",
         "--date", day.isoformat(), "--supervisor", DEMO_SUPERVISOR[0], "--pin-stdin"],
        input=f"{DEMO_SUPERVISOR[1]}\n", capture_output=True, text=True, cwd=ROOT,
        timeout=120, check=False,
    )  # fmt: skip


def manifests(db: Database, day: date) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(Manifest.number).where(Manifest.business_day == day)))


def test_cli_day_close_closes_the_register_shift(tmp_path: Path, driver: FakeAtol) -> None:
    path = tmp_path / "t.db"
    db, day = russian_counter(path, driver.url)
    ctx = staff_context(db, DEMO_CLERK[0])
    reg = AtolWebRegister(driver.url, poll=0.01)
    assert ensure_shift(db, ctx, reg).opened == 1
    with db.read() as s:
        [acc] = s.scalars(select(Acceptance.id)).all()
    assert record_payment(db, ctx, acc, "card", register=reg).state == "paid"
    db.close()
    done = day_close(path, day)
    assert done.returncode == 0, done.stderr
    assert "Cash register shift 1 closed (Z report)" in done.stdout
    assert driver.closed_shifts == [1] and not driver.shift_open


def test_cli_day_close_with_the_register_unreachable(tmp_path: Path) -> None:
    path, port = tmp_path / "t.db", free_port()
    db, day = russian_counter(path, f"http://127.0.0.1:{port}")
    db.close()
    down = day_close(path, day)
    # The day is closed and saved; the register's shift is not: said so, exit 3.
    assert down.returncode == 3, down.stderr
    assert "The cash register does not answer" in down.stderr
    assert "The day is closed and its manifest saved" in down.stderr
    db = open_test_terminal(path)
    try:
        [number] = manifests(db, day)
        assert number in down.stdout
        with db.read() as s:
            assert s.scalars(select(Payment)).all() == []  # nothing else touched
    finally:
        db.close()
    fake = FakeAtol(port)
    fake.shift_open, fake.shift_number = True, 6
    try:
        again = day_close(path, day)
        assert again.returncode == 0, again.stderr
        assert "already closed" in again.stdout
        assert "Cash register shift 6 closed (Z report)" in again.stdout
        assert fake.closed_shifts == [6] and fake.violations == []
        # Once more: nothing open on the register either: still 0, nothing done twice.
        third = day_close(path, day)
        assert third.returncode == 0, third.stderr
        assert fake.closed_shifts == [6]
    finally:
        fake.stop()
    db = open_test_terminal(path)
    try:
        assert manifests(db, day) == [number]  # the re-runs made no second manifest
    finally:
        db.close()


def test_cli_day_close_without_a_register_is_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    db = open_test_terminal(path)
    [made] = make_acceptances(db, 1)
    with db.read() as s:
        day = s.get(Acceptance, made.acceptance_id).business_day  # type: ignore[union-attr]
    db.close()
    done = day_close(path, day)
    assert done.returncode == 0, done.stderr and "Cash register" not in done.stdout
    again = day_close(path, day)
    assert again.returncode == 1 and "Nothing to close" in again.stderr
