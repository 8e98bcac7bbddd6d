"""The register's shift follows the counter's business day (54-FZ: at most 24 hours).

``ensure_shift`` is called when the counter starts its day and whenever the register
refuses a sale for its shift: a shift left open from an earlier business day, or older
than 24 hours (the register says "expired"), is closed first (its Z report), then a new
one is opened. ``close_day_shift`` closes it (Z report) at day close.

Every open or close is a new task with a fresh uuid, written to the terminal's database
(setting ``fiscal.shift_task``) before it is sent and cleared once its result is read.
A uuid made from the business day would be answered by the driver with the earlier
task's result when a day is closed and opened again the same day, leaving the register
closed. A task still written down when the terminal starts again (a crash between
sending and reading its result) is asked for by that uuid first, so no open or close is
ever sent twice.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy.orm import Session

from app.services.fiscal.register import FiscalRegister, RegisterFault, ShiftState
from app.services.fiscal.sales import cashier_inn
from app.services.terminal import CounterContext
from app.store.database import Database
from app.store.outbox import audit
from app.store.settings import get_setting, set_setting

DAY_KEY = "fiscal.shift_day"
OPENED_KEY = "fiscal.shift_opened_at"
TASK_KEY = "fiscal.shift_task"  # {"step", "uuid", "day", "at"}: sent, result not yet read
MAX_AGE = timedelta(hours=24)
OPEN, CLOSE = "open", "close"


@dataclass(frozen=True, slots=True)
class ShiftReport:
    """What was done: shifts closed (their numbers), the shift now open, drive warnings."""

    closed: tuple[int, ...]
    opened: int | None
    state: ShiftState


def _pending(db: Database) -> dict[str, str] | None:
    with db.read() as s:
        task = get_setting(s, TASK_KEY, None)
    if isinstance(task, dict) and task.get("step") in (OPEN, CLOSE) and task.get("uuid"):
        return {str(k): str(v) for k, v in task.items()}
    return None


def _claim(db: Database, step: str, day: date, at: datetime) -> str:
    """The uuid of this step's task, committed before it is sent.

    A task of the same step already written down (another thread sending it now) is
    reused, so two callers wait for one task instead of sending two."""

    def claim(session: Session) -> str:
        task = get_setting(session, TASK_KEY, None)
        if isinstance(task, dict) and task.get("step") == step and task.get("uuid"):
            return str(task["uuid"])
        new = str(uuid.uuid4())
        task = {"step": step, "uuid": new, "day": day.isoformat(), "at": at.isoformat()}
        set_setting(session, TASK_KEY, task)
        return new

    return db.write_with_retry(claim)


def _done(
    db: Database,
    ctx: CounterContext,
    register: FiscalRegister,
    step: str,
    key: str,
    number: int | None,
) -> None:
    """Clear the task written down and note its shift (audited once, by who clears it)."""

    def note(session: Session) -> None:
        task = get_setting(session, TASK_KEY, None)
        if not isinstance(task, dict) or task.get("uuid") != key:
            return  # another caller already read this task's result and noted it
        set_setting(session, TASK_KEY, None)
        if number is None:
            return  # the task ended in error: nothing opened or closed
        if step == OPEN:
            # The shift is the business day's it was opened for, from when it was sent.
            set_setting(session, DAY_KEY, task.get("day", ""))
            set_setting(session, OPENED_KEY, task.get("at", ""))
        else:
            set_setting(session, OPENED_KEY, "")
        if register.demo:
            return  # a fake register's shifts are not fiscal events: nothing to audit
        audit(
            session,
            staff_id=ctx.staff_id,
            terminal_id=ctx.terminal_id,
            action="fiscal.shift_opened" if step == OPEN else "fiscal.shift_closed",
            entity="shift",
            entity_id=str(number),
            details={},
        )

    db.write_with_retry(note)


def _send(
    db: Database,
    ctx: CounterContext,
    register: FiscalRegister,
    step: str,
    key: str,
    inn: str,
) -> int:
    """Run the task ``key`` (asking for it first: the driver answers a known uuid)."""
    run = register.open_shift if step == OPEN else register.close_shift
    number = run(key, ctx.staff_name, inn)
    _done(db, ctx, register, step, key, number)
    return number


def _resume(
    db: Database, ctx: CounterContext, register: FiscalRegister, inn: str
) -> tuple[str, int] | None:
    """Finish a task written down but whose result was never read (a crash, a timeout).

    Returns its step and shift number; None when there was none or it ended in error
    (then nothing was opened or closed and the caller looks at the shift afresh)."""
    task = _pending(db)
    if task is None:
        return None
    step, key = task["step"], task["uuid"]
    try:
        return step, _send(db, ctx, register, step, key, inn)
    except RegisterFault as fault:
        if not fault.settled:
            raise  # still unknown: keep it written down and ask again next time
        _done(db, ctx, register, step, key, None)
        return None


def ensure_shift(
    db: Database, ctx: CounterContext, register: FiscalRegister, now: datetime | None = None
) -> ShiftReport:
    """Make the register's shift the one of today's business day (blocks: off the GUI)."""
    at = (now or datetime.now(UTC)).astimezone(UTC)
    today = ctx.business_day(at)
    with db.read() as s:
        inn = cashier_inn(s, ctx.staff_number)
    closed: list[int] = []
    number = None
    resumed = _resume(db, ctx, register, inn)
    if resumed is not None:
        if resumed[0] == CLOSE:
            closed.append(resumed[1])
        else:
            number = resumed[1]
    with db.read() as s:
        day = get_setting(s, DAY_KEY, "")
        opened = get_setting(s, OPENED_KEY, "")
    state = register.shift()
    stale = bool(day) and day != today.isoformat()
    too_old = bool(opened) and at - datetime.fromisoformat(opened) > MAX_AGE
    if state.open and (state.expired or stale or too_old):
        closed.append(_send(db, ctx, register, CLOSE, _claim(db, CLOSE, today, at), inn))
        state = register.shift()
    if not state.open:
        number = _send(db, ctx, register, OPEN, _claim(db, OPEN, today, at), inn)
        state = register.shift()
    db.write_with_retry(lambda session: set_setting(session, DAY_KEY, today.isoformat()))
    return ShiftReport(tuple(closed), number, state)


def close_day_shift(
    db: Database, ctx: CounterContext, register: FiscalRegister, day: date
) -> int | None:
    """Close the register's shift at day close (Z report); None when none was open.

    ``day`` is the business day being closed; the shift open on the register is closed
    whatever day it was opened for."""
    at = datetime.now(UTC)
    with db.read() as s:
        inn = cashier_inn(s, ctx.staff_number)
    resumed = _resume(db, ctx, register, inn)
    if not register.shift().open:
        return resumed[1] if resumed is not None and resumed[0] == CLOSE else None
    return _send(db, ctx, register, CLOSE, _claim(db, CLOSE, day, at), inn)
