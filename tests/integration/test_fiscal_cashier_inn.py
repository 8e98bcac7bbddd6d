"""The cashier's INN (FFD 1.2 tag 1203, next to the cashier's name): set per staff member
with ``settings set fiscal.inn.<staff number> INN`` (checked: 12 digits, check digits),
audited without the number itself, and sent on every task to the register (sale, return,
shift open and close) over a fake ATOL Driver web server on loopback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.services.fiscal.atol import AtolWebRegister
from app.services.fiscal.sales import send_pending
from app.services.fiscal.shift import close_day_shift, ensure_shift
from app.services.payment import record_payment
from app.services.terminal import DEMO_CLERK, DEMO_SUPERVISOR, staff_context
from app.services.terminal_settings import SettingError, coerce, read_settings, write_settings
from app.services.void import void_acceptance
from app.store.database import Database
from app.store.models import AuditEntry
from tests.fake_atol import (
    FakeAtol,
)
from tests.integration.test_cli import run
from tests.sync_helpers import make_acceptances, open_test_terminal

CLERK_INN = "500100732259"  # a valid personal INN (check digits 5, 9)
SUPERVISOR_INN = "773173084809"
KEY = f"fiscal.inn.{DEMO_CLERK[0]}"


@pytest.fixture
def driver(atol_driver: FakeAtol) -> FakeAtol:
    return atol_driver


@pytest.mark.parametrize(
    ("given", "says"),
    [
        ("500100732258", "check digits"),  # last digit changed
        ("7707083893", "12 digits"),  # a company's INN (10 digits): not a person's
        ("50010073225", "12 digits"),
        ("5001007322ab", "12 digits"),
    ],
)
def test_a_wrong_inn_is_refused_with_what_would_do(given: str, says: str) -> None:
    with pytest.raises(SettingError) as err:
        coerce(KEY, given)
    assert says in str(err.value)


def test_a_good_inn_and_empty_are_taken() -> None:
    assert coerce(KEY, f" {CLERK_INN} ") == CLERK_INN
    assert coerce(KEY, "") == ""


def test_settings_command_sets_the_cashiers_inn(tmp_path: Path) -> None:
    db_path = str(tmp_path / "t.db")
    ok = run("--db", db_path, "settings", "set", KEY, CLERK_INN)
    assert ok.returncode == 0, ok.stderr
    assert f'{KEY} = "{CLERK_INN}"' in ok.stdout
    bad = run("--db", db_path, "settings", "set", KEY, "500100732258")
    assert bad.returncode == 2 and "check digits" in bad.stderr
    nobody = run("--db", db_path, "settings", "set", "fiscal.inn.4242", CLERK_INN)
    assert nobody.returncode == 2 and "no staff member 4242" in nobody.stderr
    listed = run("--db", db_path, "settings", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    values = json.loads(listed.stdout)
    assert values[KEY] == CLERK_INN and values[f"fiscal.inn.{DEMO_SUPERVISOR[0]}"] == ""
    table = run("--db", db_path, "settings", "list")
    assert KEY in table.stdout and "cashier's INN" in table.stdout


def test_the_inn_is_audited_without_the_number(tmp_path: Path) -> None:
    db = open_test_terminal(tmp_path / "t.db")
    try:
        assert write_settings(db, {KEY: CLERK_INN}, staff_id=None) == {KEY: CLERK_INN}
        assert read_settings(db, [KEY]) == {KEY: CLERK_INN}
        with db.read() as s:
            [entry] = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == KEY)).all()
            assert CLERK_INN not in entry.details and "set" in entry.details
    finally:
        db.close()


def test_every_register_task_carries_the_cashiers_inn(tmp_path: Path, driver: FakeAtol) -> None:
    db: Database = open_test_terminal(tmp_path / "t.db")
    try:
        [made] = make_acceptances(db, 1)
        write_settings(
            db,
            {KEY: CLERK_INN, f"fiscal.inn.{DEMO_SUPERVISOR[0]}": SUPERVISOR_INN},
            staff_id=None,
        )
        ctx = staff_context(db, DEMO_CLERK[0])
        reg = AtolWebRegister(driver.url, poll=0.01)
        ensure_shift(db, ctx, reg)
        assert record_payment(db, ctx, made.acceptance_id, "card", register=reg).state == "paid"
        # The void is asked for at the supervisor's log-in: the return's cashier is who
        # hands the money back, not the one who took it.
        boss = staff_context(db, DEMO_SUPERVISOR[0])
        void_acceptance(
            db,
            boss,
            made.acceptance_id,
            supervisor_number=DEMO_SUPERVISOR[0],
            pin=DEMO_SUPERVISOR[1],
            reason="customer took it back",
        )
        [outcome] = send_pending(db, reg, ctx.branch_code, boss)
        assert outcome.data is not None
        close_day_shift(db, ctx, reg, ctx.business_day(outcome.data.at.astimezone()))
        tasks = [t["task"] for t in driver.tasks.values()]
        operators = {t["type"]: t["operator"] for t in tasks if "operator" in t}
        assert set(operators) == {"openShift", "sell", "sellReturn", "closeShift"}
        assert operators["openShift"] == {"name": DEMO_CLERK[2], "vatin": CLERK_INN}
        assert operators["sell"] == {"name": DEMO_CLERK[2], "vatin": CLERK_INN}
        assert operators["sellReturn"] == {"name": DEMO_SUPERVISOR[2], "vatin": SUPERVISOR_INN}
        assert operators["closeShift"] == {"name": DEMO_CLERK[2], "vatin": CLERK_INN}
    finally:
        db.close()
