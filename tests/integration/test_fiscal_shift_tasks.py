"""Register shift tasks get a uuid per real attempt, kept in the terminal's database
before the task is sent: a day closed and opened again the same day opens a new shift on
the register (a uuid made from the day alone was answered with the earlier task's
result, leaving the register closed), and a crash between sending a task and reading its
result asks the driver for that uuid instead of sending a second open or close."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.services.fiscal.atol import AtolWebRegister
from app.services.fiscal.register import RegisterFault
from app.services.fiscal.shift import TASK_KEY, close_day_shift, ensure_shift
from app.services.terminal import DEMO_CLERK, CounterContext, staff_context
from app.store.database import Database
from app.store.settings import get_setting
from tests.fake_atol import (
    FakeAtol,
)
from tests.sync_helpers import open_test_terminal

MORNING = datetime(2026, 12, 1, 6, 0, tzinfo=UTC)


class Crash(BaseException):
    """The terminal process dies: nothing after the raise runs (not an Exception)."""


class CrashAfterSend(AtolWebRegister):
    """A register whose process dies after a shift task was sent, before its result."""

    def _run(self, uuid: str, task: dict[str, Any]) -> dict[str, Any]:
        self.dying = task["type"] in ("openShift", "closeShift")
        return super()._run(uuid, task)

    def _wait(self, key: str) -> dict[str, Any]:
        if self.dying:
            raise Crash(key)
        return super()._wait(key)


@pytest.fixture
def counter(tmp_path: Path) -> Iterator[tuple[Database, CounterContext]]:
    db = open_test_terminal(tmp_path / "terminal.db")
    yield db, staff_context(db, DEMO_CLERK[0])
    db.close()


@pytest.fixture
def driver(atol_driver: FakeAtol) -> FakeAtol:
    return atol_driver


def sent(driver: FakeAtol, kind: str) -> list[str]:
    """The uuids of the ``kind`` tasks that reached the driver."""
    return [u for u, entry in driver.tasks.items() if entry["task"]["type"] == kind]


def test_a_day_closed_and_opened_again_the_same_day_opens_a_new_shift(
    counter, driver: FakeAtol
) -> None:
    db, ctx = counter
    reg = AtolWebRegister(driver.url, poll=0.01)
    assert ensure_shift(db, ctx, reg, MORNING).opened == 1
    assert close_day_shift(db, ctx, reg, ctx.business_day(MORNING)) == 1
    assert not driver.shift_open
    # The day is re-opened (or the shift was closed by a Z report) and the counter goes on.
    report = ensure_shift(db, ctx, reg, MORNING + timedelta(hours=3))
    assert len(sent(driver, "openShift")) == 2
    assert driver.shift_open and report.opened == 2 and report.state.open
    # ...and its second close reaches the register too.
    assert close_day_shift(db, ctx, reg, ctx.business_day(MORNING)) == 2
    assert driver.closed_shifts == [1, 2] and len(sent(driver, "closeShift")) == 2
    with db.read() as s:
        assert get_setting(s, TASK_KEY, None) is None  # nothing left waiting


def test_a_shift_closed_on_the_register_itself_is_opened_again(counter, driver: FakeAtol) -> None:
    db, ctx = counter
    reg = AtolWebRegister(driver.url, poll=0.01)
    ensure_shift(db, ctx, reg, MORNING)
    driver.shift_open = False  # Z report printed from the register's own keyboard
    assert ensure_shift(db, ctx, reg, MORNING + timedelta(hours=1)).opened == 2
    assert driver.shift_open


@pytest.mark.parametrize("step", ["open", "close"])
def test_a_crash_between_sending_and_the_result_sends_no_second_task(
    counter, driver: FakeAtol, step: str
) -> None:
    db, ctx = counter
    kind = "openShift" if step == "open" else "closeShift"
    if step == "close":
        ensure_shift(db, ctx, AtolWebRegister(driver.url, poll=0.01), MORNING)
    dying = CrashAfterSend(driver.url, poll=0.01)
    with pytest.raises(Crash):
        if step == "open":
            ensure_shift(db, ctx, dying, MORNING)
        else:
            close_day_shift(db, ctx, dying, ctx.business_day(MORNING))
    [first] = sent(driver, kind)
    with db.read() as s:
        task = get_setting(s, TASK_KEY, None)
    assert (task["step"], task["uuid"]) == (step, first)  # written down before it was sent
    # The terminal starts again: it asks the driver for that uuid, sends nothing new.
    again = AtolWebRegister(driver.url, poll=0.01)
    if step == "open":
        report = ensure_shift(db, ctx, again, MORNING + timedelta(minutes=5))
        assert report.opened == 1 and driver.shift_number == 1
    else:
        assert close_day_shift(db, ctx, again, ctx.business_day(MORNING)) == 1
        assert driver.closed_shifts == [1]
        ensure_shift(db, ctx, again, MORNING + timedelta(minutes=5))  # the day goes on
        assert driver.shift_open and driver.shift_number == 2
    assert sent(driver, kind) == [first]
    with db.read() as s:
        assert get_setting(s, TASK_KEY, None) is None


def test_a_task_not_answered_in_time_is_asked_for_again_not_resent(
    counter, driver: FakeAtol
) -> None:
    db, ctx = counter
    driver.pending_polls = 1000  # the driver keeps the task "inProgress"
    with pytest.raises(RegisterFault) as fault:
        ensure_shift(db, ctx, AtolWebRegister(driver.url, poll=0.01, wait=0.1), MORNING)
    assert not fault.value.settled
    driver.pending_polls = 0
    assert ensure_shift(db, ctx, AtolWebRegister(driver.url, poll=0.01), MORNING).opened == 1
    assert len(sent(driver, "openShift")) == 1


def test_a_shift_opened_before_a_crash_yesterday_is_closed_when_found_today(
    counter, driver: FakeAtol
) -> None:
    db, ctx = counter
    with pytest.raises(Crash):
        ensure_shift(db, ctx, CrashAfterSend(driver.url, poll=0.01), MORNING)
    report = ensure_shift(
        db, ctx, AtolWebRegister(driver.url, poll=0.01), MORNING + timedelta(days=1)
    )
    # Yesterday's open is read by its uuid (not sent again), then closed for today's.
    assert len(sent(driver, "openShift")) == 2 and driver.closed_shifts == [1]
    assert report.closed == (1,) and report.opened == 2 and driver.shift_open
