"""The demo mode's two branches: Russia Post in Moscow and India Post in New Delhi.

A fresh database starts as the Russian demo branch (``terminal.ensure_initialised``);
the set-up wizard's demo choice or ``main.py demo --branch in`` makes it the Indian one
with ``use_demo_branch``: the branch (with an office GSTIN, so payments issue GST
invoices as at a real Indian branch), the demo clerk and supervisor moved to it, and a
demo S10 block with its country letters. Only a terminal still in demo mode can switch.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.auth import CLERK, SUPERVISOR, hash_pin
from app.services.demo_accounts import DEMO_CLERK, DEMO_SUPERVISOR
from app.store.database import Database
from app.store.models import Branch, S10Block, Staff
from app.store.outbox import audit
from app.store.settings import get_setting, set_setting

DEMO_SETTING = "demo.branch"  # which demo branch ("ru" or "in") this terminal runs as


@dataclass(frozen=True, slots=True)
class DemoBranch:
    """One demo branch: its identity, its office GSTIN (India) and its demo S10 block."""

    key: str
    code: str
    name: str
    country: str
    timezone: str
    currency: str
    gstin: str | None
    s10_service: str  # a parcel indicator of the heavy-parcel product (postal_rules.json)
    first_serial: int
    last_serial: int


DEMO_RU = DemoBranch(
    key="ru",
    code="DEMO-101000",
    name="Demo branch Moscow 101000",
    country="RU",
    timezone="Europe/Moscow",
    currency="RUB",
    gstin=None,
    s10_service="CP",
    first_serial=10_000_000,
    last_serial=10_999_999,
)
# New Delhi GPO's PIN code; state code 07 (Delhi). The GSTIN is made up for the demo
# (a valid check character, a government PAN shape), not India Post's.
DEMO_IN = DemoBranch(
    key="in",
    code="DEMO-IN-110001",
    name="Demo India Post New Delhi GPO 110001",
    country="IN",
    timezone="Asia/Kolkata",
    currency="INR",
    gstin="07AAAGD0101P1ZS",
    s10_service="CP",
    first_serial=10_000_000,
    last_serial=10_999_999,
)
DEMO_BRANCHES: dict[str, DemoBranch] = {b.key: b for b in (DEMO_RU, DEMO_IN)}
DEMO_CODES = frozenset(b.code for b in DEMO_BRANCHES.values())


class DemoSwitchRefused(ValueError):
    """The terminal left demo mode (joined or set up for a real branch): no demo branch."""


def _add_branch(session: Session, spec: DemoBranch) -> None:
    if session.get(Branch, spec.code) is None:
        session.add(
            Branch(
                code=spec.code,
                name=spec.name,
                country=spec.country,
                timezone=spec.timezone,
                currency=spec.currency,
                is_demo=True,
                gstin=spec.gstin,
            )
        )
        session.flush()
    has_block = session.scalar(
        select(S10Block.id).where(
            S10Block.source == "demo",
            S10Block.service == spec.s10_service,
            S10Block.country == spec.country,
        )
    )
    if has_block is None:
        session.add(
            S10Block(
                service=spec.s10_service,
                country=spec.country,
                first_serial=spec.first_serial,
                last_serial=spec.last_serial,
                next_serial=spec.first_serial,
                source="demo",
            )
        )


def apply_demo_branch(session: Session, spec: DemoBranch) -> None:
    """Make this terminal ``spec``'s demo terminal in the caller's transaction: branch, S10
    block, the demo clerk and supervisor at that branch, settings pointing at it."""
    _add_branch(session, spec)
    for (number, pin, name), role in ((DEMO_CLERK, CLERK), (DEMO_SUPERVISOR, SUPERVISOR)):
        staff = session.scalar(select(Staff).where(Staff.staff_number == number))
        if staff is None:
            session.add(
                Staff(
                    staff_number=number,
                    name=name,
                    role=role,
                    pin_hash=hash_pin(pin),
                    badge=f"STAFF:{number}",
                    branch_code=spec.code,
                )
            )
        else:
            staff.branch_code = spec.code
    set_setting(session, "branch.code", spec.code)
    set_setting(session, "s10.country", spec.country)
    set_setting(session, DEMO_SETTING, spec.key)
    set_setting(session, "demo", True)


def current_demo_branch(session: Session) -> DemoBranch | None:
    """The demo branch this terminal runs as; ``None`` outside demo mode."""
    if not get_setting(session, "demo", False):
        return None
    code = get_setting(session, "branch.code")
    return next((b for b in DEMO_BRANCHES.values() if b.code == code), None)


def use_demo_branch(db: Database, key: str) -> DemoBranch:
    """Switch this demo terminal to the demo branch ``key`` ("ru" or "in"); audited.

    Raises ``KeyError`` for an unknown key and ``DemoSwitchRefused`` once the terminal
    has left demo mode (a real branch's data is never touched)."""
    spec = DEMO_BRANCHES[key.lower()]

    def work(session: Session) -> DemoBranch:
        if current_demo_branch(session) is None:
            raise DemoSwitchRefused(
                "this terminal is set up for a real branch; the demo cannot be chosen any more"
            )
        apply_demo_branch(session, spec)
        audit(
            session,
            staff_id=None,
            terminal_id="setup",
            action="demo_branch",
            entity="branch",
            entity_id=spec.code,
            details={"country": spec.country},
        )
        return spec

    return db.write_with_retry(work)
