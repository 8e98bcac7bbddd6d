"""Branches, staff and one-time enrolment codes owned by central (issue 14).

Staff PINs are hashed exactly as the terminal hashes them (``hash_staff_pin``), so the
hash travels to the terminal and a clerk logs in there with the PIN set here. An
enrolment code is short enough to read out over the phone (12 characters of Crockford's
base32, no I/L/O/U), valid 24 hours and good for one terminal; central keeps only its
SHA-256, so a database copy does not give codes away.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from central.auth import token_hash
from central.db import CentralDB
from central.models import (
    CentralBranch,
    CentralStaff,
    CentralStaffChange,
    EnrolmentCode,
    Terminal,
)

CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 12
CODE_LIFETIME = timedelta(hours=24)
ROLES = ("clerk", "supervisor")


def hash_staff_pin(pin: str) -> str:
    """The PIN hashed as the terminal hashes it (the one place central calls its hashing)."""
    from app.services.auth import hash_pin

    return hash_pin(pin)


class DirectoryError(ValueError):
    """A branch/staff/enrolment request that cannot be done; the message says why."""


@dataclass(frozen=True, slots=True)
class BranchInfo:
    """What a terminal needs to know about its branch."""

    code: str
    name: str
    country: str
    timezone: str
    currency: str

    def as_dict(self) -> dict[str, str]:
        return {
            "code": self.code,
            "name": self.name,
            "country": self.country,
            "timezone": self.timezone,
            "currency": self.currency,
        }


def _check_branch(code: str, country: str, timezone: str, currency: str) -> None:
    # The terminal's own checks, so central never stores a branch a terminal would refuse.
    from app.services.provisioning import BranchSpec, ProvisioningError

    try:
        BranchSpec(code, "x", country, timezone, currency).check()
    except ProvisioningError as exc:
        raise DirectoryError(str(exc)) from exc


def add_branch(
    db: CentralDB, code: str, name: str, country: str, timezone: str, currency: str
) -> BranchInfo:
    """Create (or update the details of) a branch."""
    code, name = code.strip(), name.strip()
    if not name:
        raise DirectoryError("branch name: give the name printed on documents")
    _check_branch(code, country, timezone, currency)
    with db.write() as session:
        row = session.get(CentralBranch, code)
        if row is None:
            row = CentralBranch(code=code, created_at=datetime.now(UTC))
            session.add(row)
        row.name, row.country = name, country.upper()
        row.timezone, row.currency = timezone, currency.upper()
        return BranchInfo(code, name, row.country, timezone, row.currency)


def branch_info(session: Session, code: str) -> BranchInfo:
    row = session.get(CentralBranch, code)
    if row is None:
        raise DirectoryError(f"No branch {code}: create it with 'python -m central add-branch'.")
    return BranchInfo(row.code, row.name, row.country, row.timezone, row.currency)


MAX_PENDING = 200  # pending changes a branch may hold; all of them travel with its staff list
MAX_AHEAD = timedelta(days=366)  # "more than a year ahead" is a typo, not a plan


def _next_staff_version(session: Session) -> int:
    # One counter over staff rows and pending changes: publishing either is a new version.
    now_max = session.scalar(select(func.coalesce(func.max(CentralStaff.version), 0)))
    pending_max = session.scalar(select(func.coalesce(func.max(CentralStaffChange.version), 0)))
    return max(int(now_max), int(pending_max)) + 1


def parse_effective(text: str) -> date:
    """``--effective`` as given on the command line; a clear refusal when it is no date."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise DirectoryError(
            f"--effective {text!r}: not a date; use YYYY-MM-DD, e.g. 2026-12-31"
        ) from None


def branch_today(session: Session, branch: str, now: datetime | None = None) -> date:
    """The branch's business day (its local calendar day) at ``now``."""
    row = session.get(CentralBranch, branch)
    if row is None:
        raise DirectoryError(f"No branch {branch}: create it with 'python -m central add-branch'.")
    return (now or datetime.now(UTC)).astimezone(ZoneInfo(row.timezone)).date()


def _pending_from(session: Session, branch: str, effective: date | None, now: datetime) -> bool:
    """True when a change effective on ``effective`` waits for its day; refuses bad dates."""
    if effective is None:
        return False
    today = branch_today(session, branch, now)
    if effective < today:
        raise DirectoryError(
            f"--effective {effective.isoformat()} is before today ({today.isoformat()} "
            f"at branch {branch}); leave it out to change staff now"
        )
    if effective - today > MAX_AHEAD:
        raise DirectoryError(
            f"--effective {effective.isoformat()} is more than a year ahead of "
            f"{today.isoformat()}; check the year"
        )
    if effective == today:
        return False
    count = session.scalar(
        select(func.count()).where(CentralStaffChange.branch == branch)
    )  # every pending change travels in the staff list, so their number is bounded
    if int(count or 0) >= MAX_PENDING:
        raise DirectoryError(
            f"branch {branch} already has {MAX_PENDING} pending staff changes; "
            "wait for some to take effect"
        )
    return True


def check_effective(db: CentralDB, branch: str, effective: date | None) -> bool:
    """Refuse a bad ``--effective`` before anything is asked (the PIN); True when pending."""
    with db.read() as session:
        branch_info(session, branch)
        return _pending_from(session, branch, effective, datetime.now(UTC))


def _staff_row(session: Session, branch: str, number: str) -> CentralStaff | None:
    return session.scalar(
        select(CentralStaff).where(
            CentralStaff.branch == branch, CentralStaff.staff_number == number
        )
    )


def _set_current(
    session: Session, branch: str, number: str, name: str, role: str, pin_hash: str, version: int
) -> None:
    row = _staff_row(session, branch, number)
    if row is None:
        row = CentralStaff(branch=branch, staff_number=number)
        session.add(row)
    row.name, row.role, row.pin_hash, row.active = name, role, pin_hash, True
    row.version = max(version, row.version or 0)
    row.updated_at = datetime.now(UTC)


def add_staff(
    db: CentralDB,
    branch: str,
    number: str,
    name: str,
    role: str,
    pin: str,
    effective: date | None = None,
    now: datetime | None = None,
) -> date | None:
    """Add a staff member, or give an existing one a new name, role and PIN (re-activated).

    With a future ``effective`` day (the branch's) the change is stored as pending and
    that day is returned; otherwise it is made now and None is returned."""
    now = now or datetime.now(UTC)
    number, name = number.strip(), name.strip()
    if role not in ROLES:
        raise DirectoryError(f"role {role!r}: clerk or supervisor")
    if not number or len(number) > 20 or not name:
        raise DirectoryError("staff number (1 to 20 characters) and name are both needed")
    with db.read() as session:  # refuse a bad date before the PIN is hashed
        branch_info(session, branch)
        _pending_from(session, branch, effective, now)
    from app.services.auth import pin_problem

    problem = pin_problem(pin)  # the terminal's rule for a new PIN (6-12 digits, no runs)
    if problem:
        raise DirectoryError(f"PIN: {problem}")
    pin_hash = hash_staff_pin(pin)
    with db.write() as session:
        branch_info(session, branch)
        version = _next_staff_version(session)
        if effective is not None and _pending_from(session, branch, effective, now):
            session.add(
                CentralStaffChange(
                    branch=branch,
                    staff_number=number,
                    action="add",
                    name=name,
                    role=role,
                    pin_hash=pin_hash,
                    effective=effective,
                    version=version,
                    created_at=now,
                )
            )
            return effective
        _set_current(session, branch, number, name, role, pin_hash, version)
        return None


def deactivate_staff(
    db: CentralDB,
    branch: str,
    number: str,
    effective: date | None = None,
    now: datetime | None = None,
) -> bool:
    """Stop a staff member logging in anywhere in the branch; False if already inactive.

    With a future ``effective`` day the deactivation is stored as pending (True)."""
    now = now or datetime.now(UTC)
    number = number.strip()
    with db.write() as session:
        branch_info(session, branch)
        row = _staff_row(session, branch, number)
        pending_add = session.scalar(
            select(func.count()).where(
                CentralStaffChange.branch == branch,
                CentralStaffChange.staff_number == number,
                CentralStaffChange.action == "add",
            )
        )
        if row is None and not pending_add:
            raise DirectoryError(f"No staff member {number} in branch {branch}.")
        if effective is not None and _pending_from(session, branch, effective, now):
            session.add(
                CentralStaffChange(
                    branch=branch,
                    staff_number=number,
                    action="deactivate",
                    effective=effective,
                    version=_next_staff_version(session),
                    created_at=now,
                )
            )
            return True
        if row is None:
            raise DirectoryError(
                f"Staff member {number} of branch {branch} starts on a later day; "
                "deactivate with --effective on or after that day."
            )
        if not row.active:
            return False
        row.active = False
        row.version = _next_staff_version(session)
        row.updated_at = datetime.now(UTC)
        return True


def promote_due(session: Session, branch: str, now: datetime | None = None) -> int:
    """Make the pending changes whose day has come (the branch's day) current; how many.

    A promoted row keeps its change's version, so the staff version (the highest one)
    does not move: terminals already hold the change and apply it on the day themselves."""
    if session.get(CentralBranch, branch) is None:
        return 0
    today = branch_today(session, branch, now)
    due = session.scalars(
        select(CentralStaffChange)
        .where(CentralStaffChange.branch == branch, CentralStaffChange.effective <= today)
        .order_by(CentralStaffChange.effective, CentralStaffChange.id)
        # Two workers answering two terminals at once: the second waits, then finds the
        # rows gone instead of promoting (and deleting) them a second time.
        .with_for_update()
    ).all()
    for change in due:
        if change.action == "add":
            assert change.name and change.role and change.pin_hash
            _set_current(
                session,
                branch,
                change.staff_number,
                change.name,
                change.role,
                change.pin_hash,
                change.version,
            )
        else:
            row = _staff_row(session, branch, change.staff_number)
            if row is not None:
                row.active = False
                row.version = max(change.version, row.version)
                row.updated_at = datetime.now(UTC)
        session.delete(change)
    return len(due)


def promote_due_in(db: CentralDB, branch: str, now: datetime | None = None) -> int:
    """``promote_due`` in its own transaction, written only when a change is due (the
    staff list and every operations page request ask, and nearly always nothing is)."""
    with db.read() as session:
        if session.get(CentralBranch, branch) is None:
            return 0
        today = branch_today(session, branch, now)
        due = session.scalar(
            select(func.count()).where(
                CentralStaffChange.branch == branch, CentralStaffChange.effective <= today
            )
        )
    if not due:
        return 0
    with db.write() as session:
        return promote_due(session, branch, now)


def staff_of(session: Session, branch: str) -> tuple[int, list[dict[str, Any]]]:
    """``(version, staff)`` of a branch, inactive ones included so terminals deactivate them.

    The version counts pending changes too, so publishing one changes the list's ETag."""
    rows = session.scalars(
        select(CentralStaff).where(CentralStaff.branch == branch).order_by(CentralStaff.id)
    ).all()
    pending = session.scalar(
        select(func.coalesce(func.max(CentralStaffChange.version), 0)).where(
            CentralStaffChange.branch == branch
        )
    )
    version = max([r.version for r in rows] + [int(pending or 0)])
    return version, [
        {
            "number": r.staff_number,
            "name": r.name,
            "role": r.role,
            "pin_hash": r.pin_hash,
            "active": r.active,
        }
        for r in rows
    ]


def pending_staff_of(session: Session, branch: str) -> list[dict[str, Any]]:
    """A branch's pending staff changes in the order they take effect (at most
    ``MAX_PENDING``, which publishing enforces, so the list is always whole)."""
    changes = session.scalars(
        select(CentralStaffChange)
        .where(CentralStaffChange.branch == branch)
        .order_by(CentralStaffChange.effective, CentralStaffChange.id)
        .limit(MAX_PENDING)
    ).all()
    out: list[dict[str, Any]] = []
    for c in changes:
        entry: dict[str, Any] = {
            "number": c.staff_number,
            "action": c.action,
            "effective": c.effective.isoformat(),
        }
        if c.action == "add":
            entry.update(name=c.name, role=c.role, pin_hash=c.pin_hash)
        out.append(entry)
    return out


def normalise_code(code: str) -> str:
    """A code as typed (lower case, spaces, dashes, O for 0, I/L for 1) in canonical form."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))


def format_code(raw: str) -> str:
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def _code_hash(code: str) -> str:
    return hashlib.sha256(normalise_code(code).encode("ascii")).hexdigest()


def new_enrolment_code(db: CentralDB, branch: str, now: datetime | None = None) -> str:
    """A fresh one-time code for ``branch`` (shown only now), as ``XXXX-XXXX-XXXX``."""
    now = now or datetime.now(UTC)
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    with db.write() as session:
        branch_info(session, branch)
        session.add(
            EnrolmentCode(
                branch=branch,
                code_sha256=_code_hash(raw),
                created_at=now,
                expires_at=now + CODE_LIFETIME,
            )
        )
    return format_code(raw)


class EnrolmentRefused(DirectoryError):
    """The code is unknown, used or expired; ``status`` is the HTTP status to answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Enrolment:
    """What redeeming a code gives: a new terminal with its token, and its branch."""

    terminal_id: str
    token: str
    branch: BranchInfo


def redeem(db: CentralDB, code: str, label: str = "", now: datetime | None = None) -> Enrolment:
    """Use a code once: register a terminal of its branch and return the token (only now)."""
    now = now or datetime.now(UTC)
    if len(normalise_code(code)) != CODE_LENGTH:
        raise EnrolmentRefused(
            422, f"An enrolment code has {CODE_LENGTH} letters and digits; check what was typed."
        )
    token = "pct_" + secrets.token_urlsafe(32)
    tid = f"T-{uuid.uuid4().hex[:12]}"
    with db.write() as session:
        row = session.scalar(
            select(EnrolmentCode)
            .where(EnrolmentCode.code_sha256 == _code_hash(code))
            .with_for_update()
        )
        if row is None:
            raise EnrolmentRefused(
                404, "Unknown enrolment code: check it, or ask head office for a new one."
            )
        if row.used_at is not None:
            raise EnrolmentRefused(
                409,
                f"This enrolment code was already used on {_aware(row.used_at):%Y-%m-%d %H:%M} UTC; "
                "each code joins one terminal: ask head office for a new one.",
            )
        if _aware(row.expires_at) <= now:
            raise EnrolmentRefused(
                410,
                f"This enrolment code expired on {_aware(row.expires_at):%Y-%m-%d %H:%M} UTC; "
                "ask head office for a new one.",
            )
        row.used_at, row.terminal_id = now, tid
        info = branch_info(session, row.branch)
        session.add(
            Terminal(
                id=tid,
                branch=row.branch,
                label=label[:120],
                token_sha256=token_hash(token),
                created_at=now,
            )
        )
    return Enrolment(tid, token, info)
