"""This terminal's identity and settings, and the first-start demo set-up.

A fresh database starts in **demo mode**: a demo branch (Russia Post, Moscow; India Post,
New Delhi when chosen, ``app.services.demo_branches``), a demo clerk and supervisor, and
a demo block of S10 serials, all clearly marked so nobody mistakes them for production
data.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

# Re-exported: the commands and tests take the demo accounts from here.
from app.services.demo_accounts import DEMO_CLERK as DEMO_CLERK
from app.services.demo_accounts import DEMO_SUPERVISOR as DEMO_SUPERVISOR
from app.services.demo_branches import DEMO_BRANCHES, DEMO_RU, apply_demo_branch
from app.store.database import Database
from app.store.models import Branch, Staff
from app.store.settings import get_setting, set_setting

SETTINGS_VERSION = 1
DEMO_BRANCH = DEMO_RU.code  # the Russian demo branch, where a fresh database starts
DEMO_S10_SERVICE = DEMO_RU.s10_service


def migrate_settings(session: Session) -> None:
    """Bring stored settings to ``SETTINGS_VERSION`` (nothing to convert yet at version 1)."""
    if get_setting(session, "settings.version") is None:
        set_setting(session, "settings.version", SETTINGS_VERSION)


def ensure_initialised(db: Database, demo_branch: str = "ru") -> bool:
    """Create the demo branch (``demo_branch``: "ru" or "in"), staff and S10 block on a
    fresh database; True if it did."""
    spec = DEMO_BRANCHES[demo_branch.lower()]

    def work(session: Session) -> bool:
        migrate_settings(session)
        if get_setting(session, "terminal.id") is None:
            set_setting(session, "terminal.id", f"T-{uuid.uuid4().hex[:12]}")
        if session.scalar(select(Branch.code).limit(1)) is not None:
            return False
        apply_demo_branch(session, spec)
        return True

    return db.write_with_retry(work)


@dataclass(frozen=True, slots=True)
class CounterContext:
    """Who is working where: the logged-in staff member at this terminal and branch."""

    branch_code: str
    branch_name: str
    branch_country: str
    timezone: str
    currency: str
    terminal_id: str
    staff_id: int
    staff_number: str
    staff_name: str
    role: str
    demo: bool

    def business_day(self, at: datetime) -> date:
        """The branch-local calendar day of the UTC instant ``at``."""
        return at.astimezone(ZoneInfo(self.timezone)).date()


def context_for(session: Session, staff: Staff) -> CounterContext:
    branch = session.get(Branch, staff.branch_code)
    assert branch is not None
    return CounterContext(
        branch_code=branch.code,
        branch_name=branch.name,
        branch_country=branch.country,
        timezone=branch.timezone,
        currency=branch.currency,
        terminal_id=str(get_setting(session, "terminal.id", "T-unknown")),
        staff_id=staff.id,
        staff_number=staff.staff_number,
        staff_name=staff.name,
        role=staff.role,
        demo=bool(get_setting(session, "demo", False)) or branch.is_demo,
    )


def open_terminal(path: str | None = None) -> Database:
    """Open (and on first start initialise) the terminal database at ``--db`` or the default."""
    from app.services.paths import data_dir, database_path
    from app.store.database import open_database

    # The data folder is made private only when it is PostCounter's own; a --db elsewhere
    # (a USB stick, /tmp) keeps its folder as it is, only the database files become 0600.
    db = open_database(database_path(path), data_folder=None if path else data_dir())
    ensure_initialised(db)
    from app.services.token_store import move_out_of_settings

    move_out_of_settings(db)  # a token an older version left in the settings table
    return db


def staff_context(db: Database, staff_number: str) -> CounterContext:
    """Context of a staff member by number (headless commands that act as someone)."""
    with db.read() as session:
        staff = session.scalar(select(Staff).where(Staff.staff_number == staff_number))
        if staff is None:
            raise LookupError(f"no staff member {staff_number}")
        return context_for(session, staff)
