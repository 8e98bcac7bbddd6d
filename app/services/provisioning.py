"""Setting a terminal up for a real branch: leaving demo mode, adding staff.

A fresh database starts in demo mode (``terminal.ensure_initialised``). ``init_branch``
makes it a real branch's terminal: the branch is stored, the terminal points at it, demo
mode ends and the demo S10 block is retired (used up, never deleted), so no demo
identifier can reach a real parcel. Demo staff are deactivated, not deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pycountry
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.services.auth import CLERK, SUPERVISOR, hash_pin, pin_problem
from app.services.demo_branches import DEMO_CODES
from app.services.terminal import set_setting
from app.store.database import Database
from app.store.models import Branch, S10Block, Staff
from app.store.outbox import audit


class ProvisioningError(ValueError):
    """The set-up request is wrong; the message says what to change."""


@dataclass(frozen=True, slots=True)
class BranchSpec:
    """What identifies a branch: code, name, country, time zone and currency."""

    code: str
    name: str
    country: str
    timezone: str
    currency: str

    def check(self) -> None:
        if not self.code.strip() or len(self.code) > 20:
            raise ProvisioningError("branch code: 1 to 20 characters, e.g. 101000 or IN-110001")
        if pycountry.countries.get(alpha_2=self.country.upper()) is None:
            raise ProvisioningError(f"country {self.country!r}: use an ISO code such as RU or IN")
        if pycountry.currencies.get(alpha_3=self.currency.upper()) is None:
            raise ProvisioningError(
                f"currency {self.currency!r}: use an ISO code such as RUB or INR"
            )
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ProvisioningError(
                f"time zone {self.timezone!r}: use an IANA name such as Europe/Moscow or Asia/Kolkata"
            ) from exc


def init_branch(db: Database, spec: BranchSpec) -> None:
    """Make this terminal a real branch's terminal and leave demo mode."""
    spec.check()
    db.write_with_retry(lambda session: apply_branch(session, spec))


def apply_branch(session: Session, spec: BranchSpec) -> None:
    """``init_branch``'s writes in the caller's transaction (a join stores the branch with
    its token, staff and reference data, or nothing)."""
    spec.check()
    code = spec.code.strip()
    branch = session.get(Branch, code)
    if branch is None:
        branch = Branch(code=code)
        session.add(branch)
    branch.name = spec.name.strip()
    branch.country = spec.country.upper()
    branch.timezone = spec.timezone
    branch.currency = spec.currency.upper()
    branch.is_demo = False
    session.execute(
        update(S10Block)
        .where(S10Block.source == "demo")
        .values(next_serial=S10Block.last_serial + 1)
    )
    # Either demo branch (Moscow or New Delhi) may be the one the demo staff work at.
    session.execute(update(Staff).where(Staff.branch_code.in_(DEMO_CODES)).values(active=False))
    set_setting(session, "branch.code", code)
    set_setting(session, "demo", False)
    set_setting(session, "s10.country", branch.country)
    audit(
        session,
        staff_id=None,
        terminal_id="setup",
        action="init_branch",
        entity="branch",
        entity_id=code,
        details={"country": branch.country, "timezone": branch.timezone},
    )


def add_staff(
    db: Database, *, number: str, name: str, role: str, pin: str, branch_code: str
) -> None:
    """Add (or re-activate with a new PIN) a clerk or supervisor of ``branch_code``."""
    if role not in (CLERK, SUPERVISOR):
        raise ProvisioningError(f"role {role!r}: clerk or supervisor")
    problem = pin_problem(pin)
    if problem is not None:
        raise ProvisioningError(f"PIN: {problem}")
    if not number.strip() or not name.strip():
        raise ProvisioningError("staff number and name are both needed")

    def work(session: Session) -> None:
        if session.get(Branch, branch_code) is None:
            raise ProvisioningError(
                f"branch {branch_code} is not set up: run 'terminal init' first"
            )
        staff = session.scalar(select(Staff).where(Staff.staff_number == number.strip()))
        if staff is None:
            staff = Staff(staff_number=number.strip(), badge=f"STAFF:{number.strip()}")
            session.add(staff)
        staff.name = name.strip()
        staff.role = role
        staff.pin_hash = hash_pin(pin)
        staff.branch_code = branch_code
        staff.active = True
        session.flush()
        audit(
            session,
            staff_id=None,
            terminal_id="setup",
            action="add_staff",
            entity="staff",
            entity_id=staff.staff_number,
            details={"role": role},
        )

    db.write_with_retry(work)
