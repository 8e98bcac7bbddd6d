"""Who may see the operations page: head office (admin token) or a branch supervisor.

A supervisor signs in with the branch code, staff number and PIN; the PIN is checked
against central's staff table with the terminal's own scrypt check (``check_pin``), and
``MAX_FAILURES`` wrong PINs in a row lock that number for ``LOCKOUT``, exactly as at the
counter. Unknown numbers are checked against a dummy hash and counted alike, so neither
the answer nor its timing tells which numbers exist.

The session is a cookie signed with HMAC-SHA256 under a key derived from the admin token
(changing the token ends every session): a random session id, kind, branch, staff
number, the staff row's version and an expiry. Central keeps the session id's SHA-256
(``ops_sessions``), so signing out ends the session for every copy of the cookie. The
staff row is read again on every request, so a supervisor deactivated, demoted or given a
new PIN at central (each bumps ``version``) is signed out at the next page load. Logs carry the branch code and the outcome, never a PIN, a
staff number or a name.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import secrets
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from app.services.auth import LOCKOUT, MAX_FAILURES, check_pin, hash_pin, minutes_left
from central.db import CentralDB
from central.directory import promote_due_in
from central.models import CentralBranch, CentralStaff, OpsLoginLockout, OpsSession

log = logging.getLogger("central.ops")

SESSION_LIFETIME = timedelta(hours=8)  # one working day; then the supervisor signs in again
MAX_COOKIE = 1024
MAX_CODE = 20  # branch code and staff number, as the tables hold them
MAX_PIN = 32  # longer than any PIN the terminal accepts; longer input is refused unhashed
# scrypt takes 32 MiB and ~0.1 s: at most this many checks at once per worker process.
_SCRYPT_SLOTS = threading.BoundedSemaphore(2)
SCRYPT_WAIT_S = 10.0


@dataclass(frozen=True, slots=True)
class Viewer:
    """Who is looking: ``branch`` is None for head office (every branch)."""

    branch: str | None
    staff_number: str = ""
    name: str = ""

    @property
    def is_admin(self) -> bool:
        return self.branch is None


class LogInRefused(Exception):
    """A refused log-in; ``template``/``params`` are the words shown (translated)."""

    def __init__(self, status: int, template: str, **params: object) -> None:
        super().__init__(template.format(**params))
        self.status = status
        self.template = template
        self.params = params


WRONG = "Branch, staff number or PIN is wrong, or this is not a supervisor of the branch."
LOCKED = (
    "Too many wrong PINs: this staff number is locked for {minutes} more minute(s). "
    "Try again later."
)
BUSY = "Central is busy checking other log-ins; try again in a moment."


def session_key(admin_token: str) -> bytes:
    """The cookie signing key: derived from the admin token, never the token itself."""
    return hashlib.sha256(b"postcounter-ops-session\x00" + admin_token.encode("utf-8")).digest()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _sid_hash(sid: str) -> str:
    return hashlib.sha256(sid.encode("ascii", "replace")).hexdigest()


def start_session(db: CentralDB, viewer: Viewer, now: datetime) -> str:
    """A new session id (kept only as its SHA-256); sessions long over are dropped."""
    sid = secrets.token_urlsafe(24)
    with db.write() as session:
        session.execute(delete(OpsSession).where(OpsSession.expires_at < now - timedelta(days=1)))
        session.add(
            OpsSession(
                sid_sha256=_sid_hash(sid),
                branch=viewer.branch or "",
                staff_number=viewer.staff_number,
                started_at=now,
                expires_at=now + SESSION_LIFETIME,
            )
        )
    return sid


def end_session(db: CentralDB, sid: str, now: datetime) -> None:
    """Sign out: the session stops working, whoever holds its cookie."""
    with db.write() as session:
        row = session.get(OpsSession, _sid_hash(sid))
        if row is not None and row.ended_at is None:
            row.ended_at = now


def make_cookie(key: bytes, viewer: Viewer, version: int, now: datetime, sid: str) -> str:
    """``<payload>.<signature>``, both URL-safe base64; the payload is not secret."""
    body = {
        "s": sid,
        "k": "admin" if viewer.is_admin else "sup",
        "b": viewer.branch or "",
        "n": viewer.staff_number,
        "v": version,
        "e": int((now + SESSION_LIFETIME).timestamp()),
    }
    payload = _b64(json.dumps(body, separators=(",", ":")).encode("utf-8"))
    sig = _b64(hmac.new(key, payload.encode("ascii"), hashlib.sha256).digest())
    return f"{payload}.{sig}"


def read_cookie(key: bytes, value: str, now: datetime) -> dict[str, Any] | None:
    """The cookie's fields when its signature holds and it has not expired, else None."""
    if not value or len(value) > MAX_COOKIE or value.count(".") != 1:
        return None
    payload, sig = value.split(".")
    good = _b64(hmac.new(key, payload.encode("ascii", "replace"), hashlib.sha256).digest())
    if not hmac.compare_digest(sig, good):
        return None
    try:
        body = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        expires = int(body["e"])
        kind, branch, number, version = body["k"], body["b"], body["n"], int(body["v"])
        sid = str(body["s"])
    except (ValueError, KeyError, TypeError):
        return None
    if expires <= int(now.timestamp()) or kind not in ("admin", "sup"):
        return None
    return {
        "sid": sid,
        "kind": kind,
        "branch": str(branch),
        "number": str(number),
        "version": version,
    }


def viewer_of(db: CentralDB, fields: dict[str, Any], now: datetime) -> Viewer | None:
    """The viewer a valid cookie names, if its session is open and that supervisor still
    is one, unchanged."""
    if fields["kind"] != "admin":
        # A deactivation dated today ends the session even if no terminal synced today.
        promote_due_in(db, str(fields["branch"]), now)
    with db.read() as session:
        open_ = session.get(OpsSession, _sid_hash(fields["sid"]))
        if open_ is None or open_.ended_at is not None:
            return None
        ends = open_.expires_at if open_.expires_at.tzinfo else open_.expires_at.replace(tzinfo=UTC)
        if ends <= now:
            return None
        if fields["kind"] == "admin":
            return Viewer(None)
        row = session.scalar(
            select(CentralStaff).where(
                CentralStaff.branch == fields["branch"],
                CentralStaff.staff_number == fields["number"],
            )
        )
        if (
            row is None
            or not row.active
            or row.role != "supervisor"
            or int(row.version) != fields["version"]
        ):
            return None
        return Viewer(row.branch, row.staff_number, row.name)


@cache
def _dummy_hash() -> str:
    return hash_pin("not-a-pin")


def field_problem(value: str, limit: int) -> bool:
    """True for a value a person cannot have typed into the field (too long, control chars)."""
    return len(value) > limit or any(not ch.isprintable() for ch in value)


def _branch_for_log(db: CentralDB, branch: str) -> str:
    # A branch code typed by a client is only logged when it is a real one.
    with db.read() as session:
        return branch if session.get(CentralBranch, branch) is not None else "(unknown)"


def _count_failure(db: CentralDB, branch: str, number: str, now: datetime) -> bool:
    """Count a wrong PIN; True when this one locked the number."""
    for _ in range(2):  # two first failures at once: the loser of the insert counts again
        try:
            with db.write() as session:
                row = session.get(OpsLoginLockout, (branch, number))
                if row is None:
                    row = OpsLoginLockout(branch=branch, staff_number=number, failures=0)
                    session.add(row)
                row.failures = (row.failures or 0) + 1
                if row.failures >= MAX_FAILURES:
                    row.failures, row.locked_until = 0, now + LOCKOUT
                    return True
                return False
        except IntegrityError:
            continue
    return False


def supervisor_log_in(
    db: CentralDB, branch: str, number: str, pin: str, now: datetime | None = None
) -> tuple[Viewer, int]:
    """The supervisor and their staff row's version; ``LogInRefused`` otherwise."""
    now = now or datetime.now(UTC)
    branch, number = branch.strip(), number.strip()
    if not branch or not number or not pin:
        raise LogInRefused(401, WRONG)  # nothing typed is not an attempt: not counted
    promote_due_in(db, branch, now)  # staff changes dated up to today count
    with db.read() as session:
        lock = session.get(OpsLoginLockout, (branch, number))
        until = lock.locked_until if lock is not None else None
        if until is not None and until.tzinfo is None:
            until = until.replace(tzinfo=UTC)
        staff = session.scalar(
            select(CentralStaff).where(
                CentralStaff.branch == branch,
                CentralStaff.staff_number == number,
                CentralStaff.active.is_(True),
            )
        )
        stored = staff.pin_hash if staff is not None else None
        found = (staff.role, int(staff.version), staff.name) if staff is not None else None
    if until is not None and until > now:
        raise LogInRefused(429, LOCKED, minutes=minutes_left(until, now))
    if not _SCRYPT_SLOTS.acquire(timeout=SCRYPT_WAIT_S):
        raise LogInRefused(503, BUSY)
    try:
        # The slow check runs for unknown numbers too, so the time taken tells nothing.
        right = check_pin(pin, stored or _dummy_hash()) and stored is not None
    finally:
        _SCRYPT_SLOTS.release()
    shown = _branch_for_log(db, branch)
    if not right or found is None:
        if _count_failure(db, branch, number, now):
            log.warning("ops log-in: a staff number of branch %s locked after wrong PINs", shown)
            raise LogInRefused(429, LOCKED, minutes=minutes_left(now + LOCKOUT, now))
        log.info("ops log-in refused: wrong PIN or unknown number (branch %s)", shown)
        raise LogInRefused(401, WRONG)
    role, version, name = found
    with db.write() as session:  # a right PIN ends the run of wrong ones
        row = session.get(OpsLoginLockout, (branch, number))
        if row is not None:
            session.delete(row)
    if role != "supervisor":
        # A clerk's right PIN is not a failure (as at the counter), but opens nothing.
        log.info("ops log-in refused: not a supervisor (branch %s)", shown)
        raise LogInRefused(401, WRONG)
    log.info("ops log-in: a supervisor of branch %s signed in", shown)
    return Viewer(branch, number, name), version
