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
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from central.auth import token_hash
from central.db import CentralDB
from central.models import CentralBranch, CentralStaff, EnrolmentCode, Terminal

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


def _next_staff_version(session: Session) -> int:
    return int(session.scalar(select(func.coalesce(func.max(CentralStaff.version), 0)))) + 1


def add_staff(db: CentralDB, branch: str, number: str, name: str, role: str, pin: str) -> None:
    """Add a staff member, or give an existing one a new name, role and PIN (re-activated)."""
    number, name = number.strip(), name.strip()
    if role not in ROLES:
        raise DirectoryError(f"role {role!r}: clerk or supervisor")
    if not number or len(number) > 20 or not name:
        raise DirectoryError("staff number (1 to 20 characters) and name are both needed")
    from app.services.auth import pin_problem

    problem = pin_problem(pin)  # the terminal's rule for a new PIN (6-12 digits, no runs)
    if problem:
        raise DirectoryError(f"PIN: {problem}")
    pin_hash = hash_staff_pin(pin)
    with db.write() as session:
        branch_info(session, branch)
        version = _next_staff_version(session)
        row = session.scalar(
            select(CentralStaff).where(
                CentralStaff.branch == branch, CentralStaff.staff_number == number
            )
        )
        if row is None:
            row = CentralStaff(branch=branch, staff_number=number)
            session.add(row)
        row.name, row.role, row.pin_hash, row.active = name, role, pin_hash, True
        row.version = version
        row.updated_at = datetime.now(UTC)


def deactivate_staff(db: CentralDB, branch: str, number: str) -> bool:
    """Stop a staff member logging in anywhere in the branch; False if already inactive."""
    with db.write() as session:
        row = session.scalar(
            select(CentralStaff).where(
                CentralStaff.branch == branch, CentralStaff.staff_number == number.strip()
            )
        )
        if row is None:
            raise DirectoryError(f"No staff member {number} in branch {branch}.")
        if not row.active:
            return False
        row.active = False
        row.version = _next_staff_version(session)
        row.updated_at = datetime.now(UTC)
        return True


def staff_of(session: Session, branch: str) -> tuple[int, list[dict[str, Any]]]:
    """``(version, staff)`` of a branch, inactive ones included so terminals deactivate them."""
    rows = session.scalars(
        select(CentralStaff).where(CentralStaff.branch == branch).order_by(CentralStaff.id)
    ).all()
    version = max((r.version for r in rows), default=0)
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
