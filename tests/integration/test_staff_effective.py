"""Dated staff changes (issue 14): ``staff add|deactivate --effective DATE`` at central is a
pending change until the branch's business day reaches DATE; central sends it with the
staff list, and a terminal applies it on the day at log-in and at sync, offline too."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy import select

from app.cli import main as cli_main
from app.services import sync_service
from app.services.auth import AuthRefused, authenticate
from app.services.enrolment import join
from app.services.token_store import load_token
from app.store.models import Staff
from central.db import CentralDB
from central.directory import pending_staff_of, promote_due, staff_of
from tests.integration.test_enrolment import BRANCH, central, central_cli, set_up_branch
from tests.sync_helpers import open_test_terminal

__all__ = ["central"]  # the fixture, used by name
MOSCOW = ZoneInfo("Europe/Moscow")


def branch_today() -> date:
    return datetime.now(MOSCOW).date()


def at_branch(day: date, hour: int = 9) -> datetime:
    """An instant on ``day`` at the branch (Moscow), as the counter PC's clock would read."""
    return datetime.combine(day, time(hour, 0), tzinfo=MOSCOW).astimezone(UTC)


def staff_list(central_url: str, token: str, etag: str = "") -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"}
    if etag:
        headers["If-None-Match"] = etag
    return httpx.get(f"{central_url}/v1/staff", headers=headers, timeout=10)


def test_effective_staff_changes_are_pending_at_central_and_sent(tmp_path, central):
    code = set_up_branch(central.db_url)
    db = open_test_terminal(tmp_path / "t.db")
    try:
        join(db, central.url, code)
        with db.read() as session:
            token = load_token(session) or ""
    finally:
        db.close()
    before = staff_list(central.url, token)
    assert before.status_code == 200
    tomorrow = (branch_today() + timedelta(days=1)).isoformat()
    out = central_cli(
        central.db_url, "staff", "deactivate", "--branch", BRANCH, "--number", "501",
        "--effective", tomorrow,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert f"from {tomorrow}" in out.stdout
    out = central_cli(
        central.db_url, "staff", "add", "--branch", BRANCH, "--number", "502",
        "--name", "Staff 502", "--role", "clerk", "--effective", tomorrow, stdin="630481\n",
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    after = staff_list(central.url, token, before.headers["etag"])
    assert after.status_code == 200  # a published change is a new staff version
    assert after.headers["etag"] != before.headers["etag"]
    body = after.json()
    current = {s["number"]: s for s in body["staff"]}
    assert current["501"]["active"] is True and "502" not in current  # not before its day
    pending = body["pending"]
    assert [(p["number"], p["action"], p["effective"]) for p in pending] == [
        ("501", "deactivate", tomorrow),
        ("502", "add", tomorrow),
    ]
    assert pending[1]["pin_hash"] and pending[1]["role"] == "clerk"
    # on its day (branch time) the pending change becomes the staff member's current row
    cdb = CentralDB(central.db_url)
    try:
        with cdb.write() as session:
            assert promote_due(session, BRANCH, at_branch(branch_today())) == 0
        with cdb.write() as session:
            assert promote_due(session, BRANCH, at_branch(branch_today() + timedelta(days=1))) == 2
        with cdb.read() as session:
            version, rows = staff_of(session, BRANCH)
            assert pending_staff_of(session, BRANCH) == []
        by_number = {r["number"]: r for r in rows}
        assert by_number["501"]["active"] is False and by_number["502"]["active"] is True
        assert f'"staff-{version}"' == after.headers["etag"]  # promoting is no new version
    finally:
        cdb.close()


def test_offline_terminal_applies_staff_changes_on_their_day_at_log_in(tmp_path, central, capsys):
    code = set_up_branch(central.db_url)
    tomorrow = branch_today() + timedelta(days=1)
    db = open_test_terminal(tmp_path / "t.db")
    try:
        join(db, central.url, code)
        for args, pin in (
            (("deactivate", "--branch", BRANCH, "--number", "501"), ""),
            (("add", "--branch", BRANCH, "--number", "502", "--name", "Staff 502"), "630481\n"),
        ):
            out = central_cli(
                central.db_url, "staff", *args, "--effective", tomorrow.isoformat(), stdin=pin
            )
            assert out.returncode == 0, out.stderr
        assert sync_service.run_once(db).ok
        central.stop()  # the counter is offline from here on
        today = at_branch(branch_today(), 8)
        # today: the old clerk still works, the new one not yet
        assert authenticate(db, "501", "482913", purpose="log-in", now=today).staff_number == "501"
        with pytest.raises(AuthRefused):
            authenticate(db, "502", "630481", purpose="log-in", now=today)
        capsys.readouterr()
        assert cli_main(["--db", str(tmp_path / "t.db"), "reference", "status"]) == 0
        status = capsys.readouterr().out
        assert f"staff 501 deactivated from {tomorrow.isoformat()}" in status, status
        assert f"staff 502 added from {tomorrow.isoformat()}" in status, status
        # the effective day, still offline: refused and accepted by the branch's day
        day = at_branch(tomorrow, 7)
        with pytest.raises(AuthRefused):
            authenticate(db, "501", "482913", purpose="log-in", now=day)
        assert authenticate(db, "502", "630481", purpose="log-in", now=day).name == "Staff 502"
        with db.read() as session:
            assert session.scalar(select(Staff.active).where(Staff.staff_number == "501")) is False
    finally:
        db.close()


def test_bad_effective_dates_are_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'c.db'}"
    set_up_branch(url)
    today = branch_today()
    cases = {
        "2026-13-45": "YYYY-MM-DD",
        (today + timedelta(days=400)).isoformat(): "more than a year ahead",
        (today - timedelta(days=1)).isoformat(): "before today",
    }
    for when, reason in cases.items():
        for args, pin in (
            (("deactivate", "--branch", BRANCH, "--number", "501"), ""),
            (("add", "--branch", BRANCH, "--number", "502", "--name", "N"), "630481\n"),
        ):
            out = central_cli(url, "staff", *args, "--effective", when, stdin=pin)
            assert out.returncode == 1, (when, out.stdout, out.stderr)
            assert reason in out.stderr and "Traceback" not in out.stderr, out.stderr
    # today is today's behaviour: the change is made at once
    out = central_cli(
        url, "staff", "deactivate", "--branch", BRANCH, "--number", "501",
        "--effective", today.isoformat(),
    )  # fmt: skip
    assert out.returncode == 0 and "deactivated" in out.stdout, out.stderr
    cdb = CentralDB(url)
    try:
        with cdb.read() as session:
            assert pending_staff_of(session, BRANCH) == []
            rows = {r["number"]: r for r in staff_of(session, BRANCH)[1]}
        assert rows["501"]["active"] is False
    finally:
        cdb.close()


def test_a_sync_on_the_day_applies_pending_changes_even_when_the_list_is_unchanged(
    tmp_path, central
):
    from app.services.central_refresh import refresh
    from app.services.staff_schedule import pending

    code = set_up_branch(central.db_url)
    tomorrow = branch_today() + timedelta(days=1)
    db = open_test_terminal(tmp_path / "t.db")
    try:
        join(db, central.url, code)
        out = central_cli(
            central.db_url, "staff", "deactivate", "--branch", BRANCH, "--number", "501",
            "--effective", tomorrow.isoformat(),
        )  # fmt: skip
        assert out.returncode == 0, out.stderr
        with db.read() as session:
            token = load_token(session) or ""
        with httpx.Client(
            base_url=central.url, headers={"Authorization": f"Bearer {token}"}, timeout=10
        ) as client:
            refresh(db, client, BRANCH, now=at_branch(branch_today()))
            with db.read() as session:
                assert [p["number"] for p in pending(session)] == ["501"]
                assert session.scalar(select(Staff.active).where(Staff.staff_number == "501"))
            # the next sync is on the day; central's list is unchanged (304)
            refresh(db, client, BRANCH, now=at_branch(tomorrow))
        with db.read() as session:
            assert pending(session) == []
            assert session.scalar(select(Staff.active).where(Staff.staff_number == "501")) is False
    finally:
        db.close()


def test_a_broken_pending_change_from_central_is_refused_whole(tmp_path):
    from app.services.staff_schedule import pending, store_pending
    from app.sync.protocol import ProtocolError

    db = open_test_terminal(tmp_path / "t.db")
    try:
        good = {"number": "7", "action": "deactivate", "effective": "2027-01-05"}
        with db.write() as session:
            store_pending(session, [good])
        for bad in (
            {"number": "7", "action": "deactivate", "effective": "05.01.2027"},
            {"number": "7", "action": "promote", "effective": "2027-01-05"},
            {"number": "8", "action": "add", "effective": "2027-01-05", "name": "N"},
        ):
            with pytest.raises(ProtocolError), db.write() as session:
                store_pending(session, [good, bad])
        with db.read() as session:
            assert pending(session) == [good]
    finally:
        db.close()
