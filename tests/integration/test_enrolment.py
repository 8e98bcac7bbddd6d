"""Issue 14 over loopback: central's CLI makes a branch, staff and a one-time code; a
terminal joins with it against a real ``python -m central serve`` process; staff and
reference data changed at central reach the terminal on the next sync."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main as cli_main
from app.services import sync_service
from app.services.auth import verify_pin
from app.services.enrolment import JoinError, join
from app.services.reference_data import RULES_DIR
from app.services.reference_sync import current, refresh_overdue
from app.services.terminal import get_setting, set_setting
from app.services.token_store import load_token
from app.store.models import Branch, S10Block, Staff
from app.sync.directory_client import EnrolRefused
from central.db import CentralDB
from central.directory import CODE_ALPHABET, new_enrolment_code
from tests.integration.central_process import ROOT, CentralProcess
from tests.sync_helpers import open_test_terminal

BRANCH = "101000"


def central_cli(db_url: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "central", *args, "--db", db_url],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def set_up_branch(db_url: str) -> str:
    """Branch, a clerk and a supervisor made with central's CLI; returns an enrolment code."""
    out = central_cli(
        db_url,
        "add-branch",
        "--code",
        BRANCH,
        "--name",
        "Moscow 101000",
        "--country",
        "RU",
        "--timezone",
        "Europe/Moscow",
        "--currency",
        "RUB",
    )
    assert out.returncode == 0, out.stderr
    for number, role, pin in (("501", "clerk", "482913"), ("901", "supervisor", "771104")):
        out = central_cli(
            db_url,
            "staff",
            "add",
            "--branch",
            BRANCH,
            "--number",
            number,
            "--name",
            f"Staff {number}",
            "--role",
            role,
            stdin=pin + "\n",
        )
        assert out.returncode == 0, out.stderr
    out = central_cli(db_url, "enrol", "--branch", BRANCH)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def rates_file(tmp_path: Path, rub: str, as_of: str = "2026-11-30") -> Path:
    path = tmp_path / f"rates-{rub}.json"
    path.write_text(
        '{"file": "rates", "schema_version": 1, "base": "EUR", "max_age_days": 3,'
        f' "snapshots": [{{"as_of": "{as_of}", "source": "central", "per_base":'
        f' {{"EUR": "1", "RUB": "{rub}", "INR": "97.60", "USD": "1.0850", "XDR": "0.8210"}}}}]}}',
        encoding="utf-8",
    )
    return path


@pytest.fixture
def central(tmp_path):
    url = f"sqlite:///{tmp_path / 'central.db'}"
    proc = CentralProcess(url, tmp_path / "central.log")
    proc.start()
    try:
        yield proc
    finally:
        proc.stop()


def test_central_cli_refuses_bad_input(tmp_path):
    url = f"sqlite:///{tmp_path / 'c.db'}"
    code = set_up_branch(url)
    # short, typeable: three groups of four from an alphabet without I, L, O, U
    groups = code.split("-")
    assert [len(g) for g in groups] == [4, 4, 4]
    assert all(ch in CODE_ALPHABET for ch in "".join(groups))
    bad_branch = central_cli(url, "enrol", "--branch", "NOPE")
    assert bad_branch.returncode == 1 and "No branch NOPE" in bad_branch.stderr
    bad_pin = central_cli(
        url, "staff", "add", "--branch", BRANCH, "--number", "7", "--name", "X", stdin="12\n"
    )
    assert bad_pin.returncode == 1 and "PIN" in bad_pin.stderr
    bad_zone = central_cli(
        url, "add-branch", "--code", "X1", "--name", "X", "--country", "RU",
        "--timezone", "Mars/Base", "--currency", "RUB",
    )  # fmt: skip
    assert bad_zone.returncode == 1 and "time zone" in bad_zone.stderr
    broken = tmp_path / "broken.json"
    broken.write_text('{"base": "EUR",\n "snapshots": 3}', encoding="utf-8")
    refused = central_cli(url, "publish", "rates", str(broken), "--effective", "2026-12-01")
    assert refused.returncode == 1 and "not valid" in refused.stderr
    assert "Traceback" not in refused.stderr
    # only the hash of the code is stored
    db = CentralDB(url)
    try:
        with db.read() as session:
            from central.models import EnrolmentCode

            stored = session.scalars(select(EnrolmentCode.code_sha256)).all()
        assert stored and code.replace("-", "") not in "".join(stored)
    finally:
        db.close()


def test_join_stores_everything_and_the_code_works_once(tmp_path, central):
    code = set_up_branch(central.db_url)
    pub = central_cli(
        central.db_url,
        "publish",
        "rates",
        str(rates_file(tmp_path, "101.50")),
        "--effective",
        "2026-11-30",
    )
    assert pub.returncode == 0, pub.stderr
    db = open_test_terminal(tmp_path / "t.db")
    try:
        result = join(db, central.url, code.lower().replace("-", " "), label="counter 1")
        assert result.branch == BRANCH and result.staff == 2
        assert result.s10_serials > 0 and result.reference == {"rates": 1}
        with db.read() as session:
            assert get_setting(session, "demo") is False
            assert session.get(Branch, BRANCH).is_demo is False
            # the token is in the token store (keyring or encrypted file), never the database
            assert get_setting(session, "central.token") is None
            assert (load_token(session) or "").startswith("pct_")
            assert get_setting(session, "terminal.id") == result.terminal_id
            # the clerk logs in here with the PIN set at central; the demo clerk cannot
            assert verify_pin(session, "501", "482913") is not None
            assert verify_pin(session, "501", "000000") is None
            assert verify_pin(session, "1001", "1234") is None
            sources = set(session.scalars(select(S10Block.source)).all())
            assert "central" in sources
        ref = current(db, date(2026, 12, 1))
        assert ref.versions["rates"] == "central v1"
        assert str(ref.data.rates.snapshots[-1].per_base["RUB"]) == "101.50"
        # the token works for a sync right away
        assert sync_service.run_once(db).ok
        with pytest.raises(JoinError, match="already connected"):
            join(db, central.url, code)
    finally:
        db.close()
    second = open_test_terminal(tmp_path / "t2.db")
    try:
        with pytest.raises(EnrolRefused, match="already used"):
            join(second, central.url, code)
        with pytest.raises(JoinError, match="12 letters and digits"):
            join(second, central.url, "ABCD-EFGH")
        with pytest.raises(EnrolRefused, match="Unknown enrolment code"):
            join(second, central.url, "ABCD-EFGH-JKMN")
        cdb = CentralDB(central.db_url)
        try:
            old = new_enrolment_code(cdb, BRANCH, now=datetime.now(UTC) - timedelta(hours=25))
        finally:
            cdb.close()
        with pytest.raises(EnrolRefused, match="expired"):
            join(second, central.url, old)
        with second.read() as session:  # nothing of a refused join is stored
            assert get_setting(session, "central.token") is None
            assert get_setting(session, "demo") is True
    finally:
        second.close()


def test_staff_and_rates_changed_at_central_arrive_on_next_sync(tmp_path, central, capsys):
    code = set_up_branch(central.db_url)
    db = open_test_terminal(tmp_path / "t.db")
    try:
        join(db, central.url, code)
        assert current(db, date(2026, 12, 1)).versions["rates"] == "shipped"
        out = central_cli(
            central.db_url, "staff", "deactivate", "--branch", BRANCH, "--number", "501"
        )
        assert out.returncode == 0, out.stderr
        out = central_cli(
            central.db_url, "staff", "add", "--branch", BRANCH, "--number", "901",
            "--name", "Staff 901", "--role", "supervisor", stdin="246810\n",
        )  # fmt: skip
        assert out.returncode == 0, out.stderr
        pub = central_cli(
            central.db_url, "publish", "rates", str(rates_file(tmp_path, "99.10")),
            "--effective", "2026-12-01",
        )  # fmt: skip
        assert pub.returncode == 0 and "version 1" in pub.stdout
        with db.read() as session:  # before the sync nothing changed here
            assert verify_pin(session, "501", "482913") is not None
        assert sync_service.run_once(db).ok
        with db.read() as session:
            assert verify_pin(session, "501", "482913") is None
            assert session.scalar(select(Staff.active).where(Staff.staff_number == "501")) is False
            assert verify_pin(session, "901", "771104") is None
            assert verify_pin(session, "901", "246810") is not None
            staff_etag = get_setting(session, "central.staff_etag")
        # effective from its date: the day before still uses the shipped table
        assert current(db, date(2026, 11, 30)).versions["rates"] == "shipped"
        assert current(db, date(2026, 12, 1)).versions["rates"] == "central v1"
        # unchanged at central: the next sync is answered 304 and keeps everything
        assert sync_service.run_once(db).ok
        with db.read() as session:
            assert get_setting(session, "central.staff_etag") == staff_etag
        assert Path(RULES_DIR, "rates.json").is_file()
        capsys.readouterr()
        assert cli_main(["--db", str(tmp_path / "t.db"), "reference", "status"]) == 0
        out = capsys.readouterr().out
        assert "tariffs   shipped with this release" in out
        # staff: central's version, how many can log in, and when the list arrived
        assert re.search(
            r"staff     central version \d+ \(1 active of 2\), received 20\d\d-", out
        ), out
        assert "last refresh from central: never" not in out
        if datetime.now(UTC).date() >= date(2026, 12, 1):
            assert "rates     central version 1, in force since 2026-12-01" in out
        # a terminal that has not refreshed for longer than the setting warns
        with db.write() as session:
            set_setting(session, "reference.max_refresh_age_hours", 1)
            set_setting(
                session,
                "reference.refreshed_at",
                (datetime.now(UTC) - timedelta(hours=2)).isoformat(),
            )
        assert refresh_overdue(db, datetime.now(UTC))
        assert cli_main(["--db", str(tmp_path / "t.db"), "reference", "status"]) == 0
        assert "WARNING" in capsys.readouterr().out
    finally:
        db.close()


def test_a_join_that_fails_part_way_leaves_the_terminal_as_it_was(tmp_path, central, monkeypatch):
    """Joining is one transaction: the branch used to be written (and demo mode left) before
    the token, staff, block and reference data, so a failure in between left a terminal that
    was no longer the demo and not yet the branch's."""
    import app.services.enrolment as enrolment

    code = set_up_branch(central.db_url)
    db = open_test_terminal(tmp_path / "t.db")
    try:
        with db.read() as session:
            branch_before = get_setting(session, "branch.code")
            terminal_before = get_setting(session, "terminal.id")

        def disk_full(*_args: object, **_kwargs: object) -> dict[str, int]:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(enrolment, "store_documents", disk_full)
        with pytest.raises(OSError, match="No space"):
            join(db, central.url, code)
        with db.read() as session:
            assert get_setting(session, "demo") is True
            assert get_setting(session, "branch.code") == branch_before
            assert session.get(Branch, BRANCH) is None
            assert get_setting(session, "terminal.id") == terminal_before
            assert load_token(session) is None
        monkeypatch.undo()
        cdb = CentralDB(central.db_url)
        try:
            again = new_enrolment_code(cdb, BRANCH)
        finally:
            cdb.close()
        assert join(db, central.url, again).branch == BRANCH  # a new code joins cleanly
    finally:
        db.close()
