"""Sender profiles: a regular sender (a small seller shipping every week) found by phone or name.

A profile keeps the sender's party data and the content lines they usually send; it is
saved (or refreshed) from each accepted consignment and fills the sender fields and
typical lines at the counter. Phone numbers are matched on their digits, so
``+7 916 555-12-34`` and ``89165551234`` find the same person (the last ten digits).
Personal data: this table stays on the terminal; nothing here is logged.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.consignment import Consignment, Party
from app.domain.customs import CustomsLine
from app.domain.money import Money
from app.store.models import SenderProfile

MAX_TYPICAL_LINES = 12
PHONE_MATCH_DIGITS = 10
MAX_RESULTS = 20


def phone_key(phone: str) -> str:
    """Digits of a phone number, at most the last ten (country prefixes and trunk 8 vary)."""
    digits = re.sub(r"\D", "", phone)
    return digits[-PHONE_MATCH_DIGITS:]


@dataclass(frozen=True, slots=True)
class Profile:
    """A stored sender profile."""

    id: int
    party: Party
    typical_lines: tuple[CustomsLine, ...]
    updated_at: datetime


def _line_to_json(line: CustomsLine) -> dict[str, Any]:
    return {
        "description": line.description,
        "quantity": line.quantity,
        "unit": line.unit,
        "net_grams": line.net_grams,
        "value": str(line.value.amount),
        "currency": line.value.currency,
        "hs_code": line.hs_code,
        "origin_country": line.origin_country,
    }


def _line_from_json(d: dict[str, Any]) -> CustomsLine:
    return CustomsLine(
        description=d["description"],
        quantity=int(d["quantity"]),
        net_grams=int(d["net_grams"]),
        value=Money(Decimal(d["value"]), d["currency"]),
        hs_code=d.get("hs_code", ""),
        origin_country=d.get("origin_country", ""),
        unit=d.get("unit", "pcs"),
    )


def _profile(row: SenderProfile) -> Profile:
    return Profile(
        row.id,
        Party(**json.loads(row.party_json)),
        tuple(_line_from_json(d) for d in json.loads(row.typical_lines_json)),
        row.updated_at,
    )


def find(session: Session, query: str) -> list[Profile]:
    """Profiles whose phone ends with the query's digits, or whose name contains the query.

    A query of 6 or more digits is a phone number; anything else is a name (case-folded,
    Cyrillic included, so the match is done here rather than by SQLite's ASCII LIKE).
    """
    text = query.strip()
    if not text:
        return []
    digits = re.sub(r"\D", "", text)
    if len(digits) >= 6 and len(digits) >= len(re.sub(r"[\s\-+()]", "", text)):
        key = digits[-PHONE_MATCH_DIGITS:]
        rows = session.scalars(
            select(SenderProfile)
            .where(SenderProfile.phone.like(f"%{key}"))
            .order_by(SenderProfile.updated_at.desc())
            .limit(MAX_RESULTS)
        ).all()
        return [_profile(r) for r in rows]
    needle = text.casefold()
    out: list[Profile] = []
    for row in session.scalars(select(SenderProfile).order_by(SenderProfile.updated_at.desc())):
        if needle in row.name.casefold():
            out.append(_profile(row))
            if len(out) >= MAX_RESULTS:
                break
    return out


def _merge_lines(old: list[CustomsLine], new: tuple[CustomsLine, ...]) -> list[CustomsLine]:
    """Newest lines first, one per (description, HS code), at most ``MAX_TYPICAL_LINES``."""
    merged: list[CustomsLine] = []
    seen: set[tuple[str, str]] = set()
    for line in (*new, *old):
        key = (line.description.strip().casefold(), line.hs_code.strip())
        if key in seen:
            continue
        seen.add(key)
        merged.append(line)
    return merged[:MAX_TYPICAL_LINES]


def save_from_consignment(
    session: Session, consignment: Consignment, now: datetime | None = None
) -> Profile:
    """Create or refresh the sender's profile from an accepted consignment.

    The profile is found by phone (or, without a phone, by exact name and postcode);
    the sender's data is replaced by the latest, and the lines are merged in.
    """
    sender = consignment.sender
    key = phone_key(sender.phone)
    row: SenderProfile | None = None
    if key:
        row = session.scalar(select(SenderProfile).where(SenderProfile.phone == key))
    else:
        for candidate in session.scalars(
            select(SenderProfile).where(SenderProfile.name == sender.name.strip())
        ):
            if json.loads(candidate.party_json).get("postcode") == sender.postcode:
                row = candidate
                break
    old_lines = [_line_from_json(d) for d in json.loads(row.typical_lines_json)] if row else []
    lines = _merge_lines(old_lines, consignment.customs.lines)
    if row is None:
        row = SenderProfile(name=sender.name.strip(), phone=key, party_json="{}")
        session.add(row)
    row.name = sender.name.strip()
    row.phone = key
    row.party_json = json.dumps(asdict(sender), ensure_ascii=False)
    row.typical_lines_json = json.dumps([_line_to_json(x) for x in lines], ensure_ascii=False)
    row.updated_at = now or datetime.now(UTC)
    session.flush()
    return _profile(row)


def fill(profile: Profile, consignment: Consignment, *, with_lines: bool = True) -> Consignment:
    """``consignment`` with the profile's sender and (if it has no lines yet) its typical lines."""
    customs = consignment.customs
    if with_lines and not customs.lines and profile.typical_lines:
        currency = profile.typical_lines[0].value.currency
        customs = replace(customs, lines=profile.typical_lines, currency=currency)
    return replace(consignment, sender=profile.party, customs=customs)
