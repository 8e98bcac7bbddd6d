"""Defensive validation of the payloads terminals send (pure functions, no database).

Every check returns reasons a person can act on, each starting with the field it is
about. A missing key or a wrong type is a reason, never an exception: one bad item
is rejected while the rest of its batch is stored.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from app.domain.customs import CustomsCategory
from app.domain.s10 import check as check_s10
from app.domain.validation import is_country
from central.advance_data import policy_reasons

SCHEMA = 1
KINDS = frozenset({"accept", "void", "amend", "day_close"})
# Sanity bounds, wider than any product limit: a supervisor may approve an over-limit
# piece at the counter, but no platform scale of the corridor weighs beyond 500 kg.
MAX_PIECE_GRAMS = 500_000
MAX_SIDE_MM = 10_000
MAX_PIECES = 99
MAX_LINES = 999
_CURRENCY = re.compile(r"^[A-Z]{3}$")
FIX_HINT = "Correct it on the terminal and send the fix as an amendment."


def is_uuid(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return str(uuid.UUID(value)) == value.lower()
    except ValueError:
        return False


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(out: list[str], obj: dict[str, Any], key: str, path: str, required: bool = True) -> str:
    value = obj.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        out.append(f"{path}{key}: missing (expected text).")
        return ""
    if required and not value.strip():
        out.append(f"{path}{key}: empty; it is required.")
    return value


def _dict(out: list[str], obj: dict[str, Any], key: str, path: str = "") -> dict[str, Any]:
    value = obj.get(key)
    if not isinstance(value, dict):
        out.append(f"{path}{key}: missing (expected an object).")
        return {}
    return value


def _int_range(
    out: list[str], obj: dict[str, Any], key: str, path: str, low: int, high: int, unit: str
) -> int | None:
    value = obj.get(key)
    if not _is_int(value):
        out.append(f"{path}{key}: missing or not a whole number of {unit}.")
        return None
    if not low <= value <= high:
        out.append(f"{path}{key}: {value} {unit} is outside {low}..{high} {unit}.")
        return None
    return int(value)


def _decimal(out: list[str], obj: dict[str, Any], key: str, path: str, positive: bool) -> None:
    value = obj.get(key)
    try:
        amount = Decimal(str(value)) if isinstance(value, (str, int)) else None
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite():
        out.append(f"{path}{key}: missing or not a decimal amount.")
    elif amount < 0 or (positive and amount <= 0):
        out.append(f"{path}{key}: {value} must be {'above' if positive else 'at least'} 0.")


def _currency(out: list[str], obj: dict[str, Any], key: str, path: str) -> None:
    value = obj.get(key)
    if not isinstance(value, str) or not _CURRENCY.match(value):
        out.append(f"{path}{key}: missing or not an ISO 4217 currency code such as RUB or INR.")


def _country(out: list[str], obj: dict[str, Any], key: str, path: str) -> None:
    value = obj.get(key)
    if not isinstance(value, str) or not is_country(value):
        out.append(f"{path}{key}: {value!r} is not an ISO 3166 country code such as RU or IN.")


def _timestamp(out: list[str], obj: dict[str, Any], key: str, path: str = "") -> None:
    value = obj.get(key)
    try:
        ok = isinstance(value, str) and datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        ok = False
    if not ok:
        out.append(f"{path}{key}: missing or not an ISO 8601 time with its UTC offset.")


def _day(out: list[str], obj: dict[str, Any], key: str, path: str = "") -> None:
    value = obj.get(key)
    try:
        ok = isinstance(value, str) and bool(date.fromisoformat(value))
    except ValueError:
        ok = False
    if not ok:
        out.append(f"{path}{key}: missing or not a date (YYYY-MM-DD).")


def _schema(out: list[str], payload: dict[str, Any]) -> None:
    if payload.get("schema") != SCHEMA:
        out.append(
            f"schema: {payload.get('schema')!r} is not a payload version this central "
            f"understands ({SCHEMA}); update the central server or the terminal."
        )


def _party(out: list[str], payload: dict[str, Any], key: str) -> None:
    party = _dict(out, payload, key)
    if not party:
        return
    for name in ("name", "address", "city", "postcode"):
        _text(out, party, name, f"{key}.")
    _country(out, party, "country", f"{key}.")


def validate_acceptance(payload: Any) -> list[str]:
    """Reasons why an acceptance record cannot be stored (empty when it can)."""
    if not isinstance(payload, dict):
        return ["payload: not a JSON object."]
    out: list[str] = []
    _schema(out, payload)
    if not is_uuid(payload.get("acceptance_id")):
        out.append("acceptance_id: missing or not a UUID.")
    _text(out, payload, "branch", "")
    _timestamp(out, payload, "accepted_at")
    _day(out, payload, "business_day")
    _party(out, payload, "sender")
    _party(out, payload, "addressee")
    customs = _dict(out, payload, "customs")
    if customs:
        category = customs.get("category")
        if category not in {c.value for c in CustomsCategory}:
            out.append(
                f"customs.category: {category!r} is not a CN 23 category "
                "(gift, documents, commercial_sample, returned_goods, sale_of_goods, other)."
            )
        _currency(out, customs, "currency", "customs.")
        lines = customs.get("lines")
        if not isinstance(lines, list) or not lines:
            out.append("customs.lines: no content lines; a CN 23 needs at least one.")
        elif len(lines) > MAX_LINES:
            out.append(f"customs.lines: {len(lines)} lines, more than {MAX_LINES}.")
        else:
            for i, line in enumerate(lines, start=1):
                p = f"customs.lines[{i}]."
                if not isinstance(line, dict):
                    out.append(f"{p[:-1]}: not an object.")
                    continue
                _text(out, line, "description", p)
                _int_range(out, line, "quantity", p, 1, 1_000_000, "units")
                _int_range(out, line, "net_grams", p, 0, MAX_PIECE_GRAMS * MAX_PIECES, "g")
                _decimal(out, line, "value", p, positive=True)
                _country(out, line, "origin_country", p)
    pieces = payload.get("pieces")
    if not isinstance(pieces, list) or not pieces:
        out.append("pieces: no pieces; an acceptance has at least one.")
    elif len(pieces) > MAX_PIECES:
        out.append(f"pieces: {len(pieces)} pieces, more than {MAX_PIECES}.")
    else:
        seen: set[str] = set()
        for i, piece in enumerate(pieces, start=1):
            p = f"pieces[{i}]."
            if not isinstance(piece, dict):
                out.append(f"{p[:-1]}: not an object.")
                continue
            s10 = piece.get("s10")
            result = check_s10(s10 if isinstance(s10, str) else "")
            if not result.ok:
                out.append(f"{p}s10: {result.reason}")
            elif str(result.value) in seen:
                out.append(f"{p}s10: {result.value} appears twice in this acceptance.")
            else:
                seen.add(str(result.value))
            gross = _int_range(out, piece, "gross_grams", p, 1, MAX_PIECE_GRAMS, "g")
            for side in ("length_mm", "width_mm", "height_mm"):
                _int_range(out, piece, side, p, 1, MAX_SIDE_MM, "mm")
            charge = piece.get("chargeable_grams")
            if charge is not None and gross is not None and (not _is_int(charge) or charge < gross):
                out.append(f"{p}chargeable_grams: {charge!r} is below the gross weight {gross} g.")
    fee = _dict(out, payload, "fee")
    if fee:
        _decimal(out, fee, "amount", "fee.", positive=False)
        _currency(out, fee, "currency", "fee.")
    out.extend(policy_reasons(payload))  # the product's S10 policy (issue 10)
    return out


def validate_void(payload: Any) -> list[str]:
    if not isinstance(payload, dict):
        return ["payload: not a JSON object."]
    out: list[str] = []
    _schema(out, payload)
    if not is_uuid(payload.get("acceptance_id")):
        out.append("acceptance_id: missing or not a UUID.")
    _text(out, payload, "branch", "")
    _text(out, payload, "reason", "")
    _timestamp(out, payload, "voided_at")
    return out


def validate_amend(payload: Any) -> list[str]:
    """An amendment carries the acceptance's whole corrected record and why it changed."""
    if not isinstance(payload, dict):
        return ["payload: not a JSON object."]
    out: list[str] = []
    _schema(out, payload)
    _text(out, payload, "branch", "")
    _text(out, payload, "reason", "")
    record = payload.get("record")
    if not isinstance(record, dict):
        out.append("record: missing; an amendment carries the whole corrected acceptance.")
        return out
    out.extend(f"record.{r}" for r in validate_acceptance(record))
    if record.get("acceptance_id") != payload.get("acceptance_id"):
        out.append("acceptance_id: differs from record.acceptance_id.")
    if record.get("branch") != payload.get("branch"):
        out.append("record.branch: differs from the amendment's branch.")
    return out


def validate_day_close(payload: Any) -> list[str]:
    if not isinstance(payload, dict):
        return ["payload: not a JSON object."]
    out: list[str] = []
    _schema(out, payload)
    _text(out, payload, "branch", "")
    _day(out, payload, "business_day")
    _text(out, payload, "manifest_number", "")
    return out


VALIDATORS = {
    "accept": validate_acceptance,
    "void": validate_void,
    "amend": validate_amend,
    "day_close": validate_day_close,
}
