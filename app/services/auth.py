"""Staff PINs: memory-hard hashing, log-in and approval checks, lockout, PIN changes.

Rules (issue 12):

- New PINs are 6 to 12 digits (``MIN_PIN_LENGTH``). A shorter PIN stored before that rule
  still opens the session, but ``must_change_pin`` is true and the log-in asks for a new one.
- PINs are hashed with scrypt from the standard library (``SCRYPT_N``/``_R``/``_P``: 32 MiB
  and about 0.1 s per guess on a counter PC). A hash made with older or weaker parameters
  (the former pbkdf2-sha256, or a smaller scrypt) is replaced at the next successful check.
- ``MAX_FAILURES`` wrong PINs in a row for one staff number lock that number for
  ``LOCKOUT`` or until a supervisor unlocks it. Known and unknown numbers are treated the
  same, so the answer does not tell which numbers exist.
- Every failure, lockout, unlock and PIN change is audited, never with the PIN.

The same ``authenticate`` serves the log-in dialog, every supervisor approval and the
command line, so no prompt is weaker than another.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.store.database import Database
from app.store.models import PinLockout, Staff
from app.store.outbox import audit
from app.store.settings import get_setting

CLERK = "clerk"
SUPERVISOR = "supervisor"
CTX = "Auth"

MIN_PIN_LENGTH = 6
MAX_PIN_LENGTH = 12
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
MAX_NUMBER_LENGTH = 20

SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 64 * 1024 * 1024
SCHEME = "scrypt"

LOG_IN = "log-in"


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=SCRYPT_MAXMEM, dklen=32)


def hash_pin(pin: str) -> str:
    """``scrypt$<n>$<r>$<p>$<salt_hex>$<hash_hex>`` with this version's parameters."""
    salt = secrets.token_bytes(16)
    digest = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"{SCHEME}${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


# Checked when the staff number is unknown, so the answer takes as long as for a real one.
_DUMMY_HASH = hash_pin("not-a-pin")


def check_pin(pin: str, stored: str) -> bool:
    """Does ``pin`` match ``stored`` (scrypt, or the pbkdf2-sha256 of earlier versions)?"""
    parts = stored.split("$")
    try:
        if parts[0] == SCHEME and len(parts) == 6:
            n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
            digest = _scrypt(pin, bytes.fromhex(parts[4]), n, r, p)
            return hmac.compare_digest(digest.hex(), parts[5])
        if parts[0] == "pbkdf2_sha256" and len(parts) == 4:
            digest = hashlib.pbkdf2_hmac(
                "sha256", pin.encode(), bytes.fromhex(parts[2]), int(parts[1])
            )
            return hmac.compare_digest(digest.hex(), parts[3])
    except ValueError:
        return False
    return False


def needs_rehash(stored: str) -> bool:
    """True when ``stored`` was made with another scheme or weaker parameters than today's."""
    parts = stored.split("$")
    if parts[0] != SCHEME or len(parts) != 6:
        return True
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
    except ValueError:
        return True
    return n * r * p < SCRYPT_N * SCRYPT_R * SCRYPT_P or n < SCRYPT_N


def must_change_pin(pin: str) -> bool:
    """A PIN that opened the session but is shorter than the rule for new PINs."""
    return len(pin) < MIN_PIN_LENGTH


class AuthRefused(Exception):
    """A PIN check failed; ``template``/``params`` say why in words a clerk can act on.

    ``kind`` is ``wrong``, ``locked``, ``role`` or ``pin``; ``locked_until`` is set when
    the staff number is locked.
    """

    def __init__(
        self,
        kind: str,
        template: str,
        *,
        locked_until: datetime | None = None,
        **params: object,
    ) -> None:
        super().__init__(template.format(**params))
        self.kind = kind
        self.template = template
        self.params = params
        self.locked_until = locked_until


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be a new PIN (a template to translate), or ``None``."""
    if not pin.isascii() or not pin.isdigit():
        return QT_TRANSLATE_NOOP(CTX, "A PIN is digits only.")
    if len(pin) < MIN_PIN_LENGTH:
        return QT_TRANSLATE_NOOP(CTX, "A PIN has at least 6 digits.")
    if len(pin) > MAX_PIN_LENGTH:
        return QT_TRANSLATE_NOOP(CTX, "A PIN has at most 12 digits.")
    if len(set(pin)) == 1 or pin in "01234567890123" or pin in "98765432109876":
        return QT_TRANSLATE_NOOP(CTX, "Choose a PIN that is not a row or a repeat of one digit.")
    return None


def _terminal_id(session: Session, terminal_id: str | None) -> str:
    return terminal_id or str(get_setting(session, "terminal.id", "T-unknown"))


def minutes_left(until: datetime, now: datetime) -> int:
    """Whole minutes (at least 1) until ``until``, for the message a person reads."""
    return max(1, -(-int((until - now).total_seconds()) // 60))


def _locked_error(until: datetime, now: datetime) -> AuthRefused:
    return AuthRefused(
        "locked",
        QT_TRANSLATE_NOOP(
            CTX,
            "Too many wrong PINs: this staff number is locked for {minutes} more minute(s), "
            "until {until}, or until a supervisor unlocks it.",
        ),
        locked_until=until,
        minutes=minutes_left(until, now),
        # The counter PC's own clock time, the one on the clerk's screen and wall.
        until=until.astimezone().strftime("%H:%M"),
    )


def locked_until(db: Database, staff_number: str, now: datetime | None = None) -> datetime | None:
    """When the lock on ``staff_number`` ends, or ``None`` when it is not locked."""
    now = now or datetime.now(UTC)
    with db.read() as session:
        lock = session.get(PinLockout, staff_number.strip()[:MAX_NUMBER_LENGTH])
        if lock is not None and lock.locked_until is not None and lock.locked_until > now:
            return lock.locked_until
    return None


def authenticate(
    db: Database,
    staff_number: str,
    pin: str,
    *,
    purpose: str,
    role: str | None = None,
    terminal_id: str | None = None,
    now: datetime | None = None,
) -> Staff:
    """The active staff member with this number and PIN; ``AuthRefused`` otherwise.

    ``purpose`` (``log-in``, ``void``, ``day close``...) goes into the audit entries.
    With ``role`` a correct PIN of someone without that role is refused (not a failure).
    The slow hash runs outside the write transaction so other writers do not wait for it.
    """
    number = staff_number.strip()[:MAX_NUMBER_LENGTH]
    if not number or not pin:
        # Nothing typed is not an attempt: it is neither counted nor audited.
        raise AuthRefused("wrong", QT_TRANSLATE_NOOP(CTX, "Staff number or PIN is wrong."))
    now = (now or datetime.now(UTC)).astimezone(UTC)
    # Staff changes central dated for today take effect before the PIN is checked, so an
    # offline counter refuses a clerk deactivated from today and accepts a new one.
    from app.services.staff_schedule import apply_due_staff

    apply_due_staff(db, now)
    with db.read() as session:
        lock = session.get(PinLockout, number)
        until = lock.locked_until if lock is not None else None
        staff = session.scalar(
            select(Staff).where(Staff.staff_number == number, Staff.active.is_(True))
        )
    if until is not None and until > now:
        _record_locked_attempt(db, number, staff, purpose, terminal_id)
        raise _locked_error(until, now)
    ok = check_pin(pin, staff.pin_hash if staff is not None else _DUMMY_HASH)
    ok = ok and staff is not None
    new_hash = hash_pin(pin) if ok and staff is not None and needs_rehash(staff.pin_hash) else None

    def work(session: Session) -> datetime | None:
        tid = _terminal_id(session, terminal_id)
        lock = session.get(PinLockout, number)
        if lock is not None and lock.locked_until is not None and lock.locked_until > now:
            return lock.locked_until  # locked meanwhile by a parallel attempt
        if ok and staff is not None:
            if lock is not None:
                lock.failures = 0
                lock.locked_until = None
            if new_hash is not None:
                row = session.get(Staff, staff.id)
                assert row is not None
                row.pin_hash = new_hash
                audit(
                    session,
                    staff_id=staff.id,
                    terminal_id=tid,
                    action="pin_rehashed",
                    entity="staff",
                    entity_id=number,
                    details={"scheme": f"{SCHEME} n={SCRYPT_N} r={SCRYPT_R} p={SCRYPT_P}"},
                )
            return None
        if lock is None:
            lock = PinLockout(staff_number=number, failures=0)
            session.add(lock)
        lock.failures = (lock.failures or 0) + 1
        lock.last_failure_at = now
        audit(
            session,
            staff_id=staff.id if staff is not None else None,
            terminal_id=tid,
            action="pin_failure",
            entity="staff",
            entity_id=number,
            details={"purpose": purpose, "consecutive": lock.failures},
        )
        if lock.failures >= MAX_FAILURES:
            lock.locked_until = now + LOCKOUT
            audit(
                session,
                staff_id=staff.id if staff is not None else None,
                terminal_id=tid,
                action="pin_lockout",
                entity="staff",
                entity_id=number,
                details={"purpose": purpose, "until": lock.locked_until.isoformat()},
            )
            return lock.locked_until
        return None

    locked = db.write_with_retry(work)
    if locked is not None:
        raise _locked_error(locked, now)
    if not ok or staff is None:
        raise AuthRefused("wrong", QT_TRANSLATE_NOOP(CTX, "Staff number or PIN is wrong."))
    if role is not None and staff.role != role:
        raise AuthRefused(
            "role",
            QT_TRANSLATE_NOOP(CTX, "{name} is not a supervisor: a supervisor must approve this."),
            name=staff.name,
        )
    return staff


def _record_locked_attempt(
    db: Database, number: str, staff: Staff | None, purpose: str, terminal_id: str | None
) -> None:
    def work(session: Session) -> None:
        audit(
            session,
            staff_id=staff.id if staff is not None else None,
            terminal_id=_terminal_id(session, terminal_id),
            action="pin_refused_locked",
            entity="staff",
            entity_id=number,
            details={"purpose": purpose},
        )

    db.write_with_retry(work)


def unlock(
    db: Database, staff_number: str, *, supervisor: Staff, terminal_id: str | None = None
) -> bool:
    """A supervisor lifts the lock on ``staff_number``; False when it was not locked."""
    if supervisor.role != SUPERVISOR:
        raise AuthRefused(
            "role",
            QT_TRANSLATE_NOOP(CTX, "{name} is not a supervisor: a supervisor must approve this."),
            name=supervisor.name,
        )
    number = staff_number.strip()[:MAX_NUMBER_LENGTH]

    def work(session: Session) -> bool:
        lock = session.get(PinLockout, number)
        was = lock is not None and (lock.failures > 0 or lock.locked_until is not None)
        if lock is not None:
            lock.failures = 0
            lock.locked_until = None
        audit(
            session,
            staff_id=supervisor.id,
            terminal_id=_terminal_id(session, terminal_id),
            action="pin_unlock",
            entity="staff",
            entity_id=number,
            details={"was_locked": was, "by": supervisor.staff_number},
        )
        return was

    return db.write_with_retry(work)


def change_pin(
    db: Database, staff_id: int, new_pin: str, *, terminal_id: str | None = None
) -> None:
    """Store a new PIN for ``staff_id`` (checked by ``pin_problem``); audited."""
    problem = pin_problem(new_pin)
    if problem is not None:
        raise AuthRefused("pin", problem)
    new_hash = hash_pin(new_pin)

    def work(session: Session) -> None:
        row = session.get(Staff, staff_id)
        if row is None:
            raise AuthRefused("wrong", QT_TRANSLATE_NOOP(CTX, "Staff number or PIN is wrong."))
        row.pin_hash = new_hash
        audit(
            session,
            staff_id=row.id,
            terminal_id=_terminal_id(session, terminal_id),
            action="pin_changed",
            entity="staff",
            entity_id=row.staff_number,
            details={},
        )

    db.write_with_retry(work)


def verify_pin(session: Session, staff_number: str, pin: str) -> Staff | None:
    """The active staff member with this number and PIN, or ``None`` — without lockout.

    Only for tests and read-only look-ups; every prompt a person answers goes through
    ``authenticate`` so failures are counted and audited.
    """
    staff = session.scalar(
        select(Staff).where(Staff.staff_number == staff_number.strip(), Staff.active.is_(True))
    )
    if staff is None or not check_pin(pin, staff.pin_hash):
        return None
    return staff


def find_by_badge(session: Session, badge: str) -> Staff | None:
    return session.scalar(select(Staff).where(Staff.badge == badge.strip(), Staff.active.is_(True)))


@dataclass(frozen=True, slots=True)
class LockState:
    """A staff number's lock as a supervisor sees it."""

    staff_number: str
    failures: int
    locked_until: datetime | None


def lock_states(db: Database, now: datetime | None = None) -> list[LockState]:
    """Staff numbers with wrong PINs counted or a lock in force, for the unlock dialog."""
    now = now or datetime.now(UTC)
    with db.read() as session:
        rows = session.scalars(select(PinLockout).order_by(PinLockout.staff_number)).all()
        return [
            LockState(
                r.staff_number,
                r.failures,
                r.locked_until if r.locked_until and r.locked_until > now else None,
            )
            for r in rows
            if r.failures > 0 or (r.locked_until and r.locked_until > now)
        ]
