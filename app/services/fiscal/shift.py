"""The register's shift follows the counter's business day (54-FZ: at most 24 hours).

``ensure_shift`` is called when the counter starts its day and whenever the register
refuses a sale for its shift: a shift left open from an earlier business day, or older
than 24 hours (the register says "expired"), is closed first (its Z report), then a new
one is opened. ``close_day_shift`` closes it (Z report) at day close. Task uuids are made
from the terminal, the business day and the step, so a retry after a crash asks for the
same task instead of opening or closing twice.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy.orm import Session

from app.services.fiscal.register import FiscalRegister, ShiftState
from app.services.fiscal.sales import cashier_inn
from app.services.terminal import CounterContext
from app.store.database import Database
from app.store.outbox import audit
from app.store.settings import get_setting, set_setting

NAMESPACE = uuid.UUID("8d3e1f0a-5c1b-4f57-9b7e-5f0c2a9e1d15")
DAY_KEY = "fiscal.shift_day"
OPENED_KEY = "fiscal.shift_opened_at"
MAX_AGE = timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class ShiftReport:
    """What was done: shifts closed (their numbers), the shift now open, drive warnings."""

    closed: tuple[int, ...]
    opened: int | None
    state: ShiftState


def _task_id(ctx: CounterContext, day: date, step: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{ctx.terminal_id}:{day.isoformat()}:{step}"))


def ensure_shift(
    db: Database, ctx: CounterContext, register: FiscalRegister, now: datetime | None = None
) -> ShiftReport:
    """Make the register's shift the one of today's business day (blocks: off the GUI)."""
    at = (now or datetime.now(UTC)).astimezone(UTC)
    today = ctx.business_day(at)
    with db.read() as s:
        day = get_setting(s, DAY_KEY, "")
        opened = get_setting(s, OPENED_KEY, "")
        inn = cashier_inn(s, ctx.staff_number)
    state = register.shift()
    closed: list[int] = []
    stale = bool(day) and day != today.isoformat()
    too_old = bool(opened) and at - datetime.fromisoformat(opened) > MAX_AGE
    if state.open and (state.expired or stale or too_old):
        old_day = date.fromisoformat(day) if day else today
        closed.append(register.close_shift(_task_id(ctx, old_day, "close"), ctx.staff_name, inn))
        state = register.shift()
    number = None
    if not state.open:
        number = register.open_shift(_task_id(ctx, today, "open"), ctx.staff_name, inn)
        state = register.shift()

    def note(session: Session) -> None:
        set_setting(session, DAY_KEY, today.isoformat())
        if number is not None:
            set_setting(session, OPENED_KEY, at.isoformat())
        if register.demo:
            return  # a fake register's shifts are not fiscal events: nothing to audit
        for n in closed:
            audit(
                session,
                staff_id=ctx.staff_id,
                terminal_id=ctx.terminal_id,
                action="fiscal.shift_closed",
                entity="shift",
                entity_id=str(n),
                details={},
            )
        if number is not None:
            audit(
                session,
                staff_id=ctx.staff_id,
                terminal_id=ctx.terminal_id,
                action="fiscal.shift_opened",
                entity="shift",
                entity_id=str(number),
                details={},
            )

    db.write_with_retry(note)
    return ShiftReport(tuple(closed), number, state)


def close_day_shift(
    db: Database, ctx: CounterContext, register: FiscalRegister, day: date
) -> int | None:
    """Close the register's shift at day close (Z report); None when none was open."""
    if not register.shift().open:
        return None
    with db.read() as s:
        inn = cashier_inn(s, ctx.staff_number)
    number = register.close_shift(_task_id(ctx, day, "close"), ctx.staff_name, inn)

    def note(session: Session) -> None:
        set_setting(session, OPENED_KEY, "")
        if register.demo:
            return
        audit(
            session,
            staff_id=ctx.staff_id,
            terminal_id=ctx.terminal_id,
            action="fiscal.shift_closed",
            entity="shift",
            entity_id=str(number),
            details={},
        )

    db.write_with_retry(note)
    return number
