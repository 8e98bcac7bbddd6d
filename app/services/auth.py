"""Staff log-in: PIN hashing and verification, roles."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.models import Staff

ITERATIONS = 120_000
CLERK = "clerk"
SUPERVISOR = "supervisor"


def hash_pin(pin: str, *, iterations: int = ITERATIONS) -> str:
    """``pbkdf2_sha256$<iterations>$<salt_hex>$<hash_hex>``."""
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"


def check_pin(pin: str, stored: str) -> bool:
    try:
        scheme, iterations, salt_hex, hash_hex = stored.split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2_sha256":
        return False
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt_hex), int(iterations))
    return hmac.compare_digest(digest.hex(), hash_hex)


def verify_pin(session: Session, staff_number: str, pin: str) -> Staff | None:
    """The active staff member with this number and PIN, or ``None``."""
    staff = session.scalar(
        select(Staff).where(Staff.staff_number == staff_number.strip(), Staff.active.is_(True))
    )
    if staff is None or not check_pin(pin, staff.pin_hash):
        return None
    return staff


def find_by_badge(session: Session, badge: str) -> Staff | None:
    return session.scalar(select(Staff).where(Staff.badge == badge.strip(), Staff.active.is_(True)))
