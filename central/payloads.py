"""Pydantic models of the payloads terminals send, with a bound on every field.

Each model is validated on its own (one item at a time), so one bad item is rejected
with reasons and the rest of its batch is stored. Reasons start with the field's path,
lists counted from 1 as printed on the CN 23 (``customs.lines[2].value: ...``); the
terminal's correction form reads those paths (``app.services.amend.central_paths``).

Unknown keys are kept (a newer terminal may send more, e.g. per-item advance data): they
are bounded by the item's size limit, not by a field here.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from app.domain.customs import CustomsCategory
from app.domain.s10 import canonical_s10
from app.domain.validation import is_country

SCHEMA = 1
# An item or acceptance UUID as terminals write it: lower case, hyphenated.
UUID_TEXT = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# Sanity bounds, wider than any product limit: a supervisor may approve an over-limit
# piece at the counter, but no platform scale of the corridor weighs beyond 500 kg.
MAX_PIECE_GRAMS = 500_000
MAX_SIDE_MM = 10_000
MAX_PIECES = 99
MAX_LINES = 999
MAX_QUANTITY = 1_000_000
MAX_ITMATT_CHARS = 128 * 1024
MAX_BATCH_NUMBER = 40
MAX_BATCH_ITEMS = 5000
# Money: finite, at most 2 decimals (RUB, INR), below 10^12.
MONEY_DIGITS, MONEY_PLACES = 14, 2
EARLIEST_DAY = date(2000, 1, 1)
FUTURE_SLACK = timedelta(days=2)


def _no_nul(value: str) -> str:
    # PostgreSQL text cannot hold NUL; no field of a postal record needs control NUL.
    if "\x00" in value:
        raise ValueError("contains a NUL character")
    return value


def _text(max_length: int, min_length: int = 0) -> Any:
    return Annotated[
        str,
        StringConstraints(strict=True, min_length=min_length, max_length=max_length),
        AfterValidator(_no_nul),
    ]


def _whole(low: int, high: int) -> Any:
    return Annotated[int, Field(strict=True, ge=low, le=high)]


def _uuid(value: str) -> str:
    try:
        ok = str(uuid.UUID(value)) == value.lower()
    except ValueError:
        ok = False
    if not ok:
        raise ValueError("not a UUID")
    return value


def _country(value: str) -> str:
    if not is_country(value):
        raise ValueError(f"{value!r} is not an ISO 3166 country code such as RU or IN")
    return value


def _s10(value: str) -> str:
    try:
        return canonical_s10(value)
    except ValueError as exc:
        raise ValueError(str(exc).rstrip(".")) from None


def _latest() -> datetime:
    return datetime.now(UTC) + FUTURE_SLACK


def _aware_time(value: str) -> str:
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError("not an ISO 8601 time with its UTC offset") from None
    if when.tzinfo is None:
        raise ValueError("not an ISO 8601 time with its UTC offset")
    if not datetime(EARLIEST_DAY.year, 1, 1, tzinfo=UTC) <= when <= _latest():
        raise ValueError(f"{value} is outside {EARLIEST_DAY.isoformat()} .. today")
    return value


def _day(value: str) -> str:
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise ValueError("not a date (YYYY-MM-DD)") from None
    if not EARLIEST_DAY <= day <= _latest().date():
        raise ValueError(f"{value} is outside {EARLIEST_DAY.isoformat()} .. today")
    return value


Uuid = Annotated[_text(36, 36), AfterValidator(_uuid)]
Country = Annotated[_text(2, 2), AfterValidator(_country)]
S10Text = Annotated[_text(40, 1), AfterValidator(_s10)]
Time = Annotated[_text(40, 1), AfterValidator(_aware_time)]
Day = Annotated[_text(10, 10), AfterValidator(_day)]
Currency = Annotated[str, StringConstraints(strict=True, pattern=r"^[A-Z]{3}$")]
Money = Annotated[
    Decimal,
    Field(max_digits=MONEY_DIGITS, decimal_places=MONEY_PLACES, allow_inf_nan=False, ge=0),
]
Short = _text(200)
Branch = _text(20, 1)


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow", str_strip_whitespace=False)


class Party(_Model):
    """Sender or addressee."""

    name: _text(200, 1)
    address: _text(500, 1)
    city: _text(100, 1)
    postcode: _text(20, 1)
    country: Country
    phone: _text(40) | None = None
    email: _text(254) | None = None
    tax_id: _text(40) | None = None


class CustomsLine(_Model):
    """One CN 23 content line (weight and value for the whole line)."""

    description: _text(200, 1)
    quantity: _whole(1, MAX_QUANTITY)
    unit: _text(20) | None = None
    net_grams: _whole(0, MAX_PIECE_GRAMS * MAX_PIECES)
    value: Annotated[Money, Field(gt=0)]
    currency: Currency | None = None
    hs_code: _text(12) | None = None
    origin_country: Country


class Customs(_Model):
    """The CN 23 declaration of the consignment."""

    category: CustomsCategory
    currency: Currency
    lines: Annotated[list[CustomsLine], Field(min_length=1, max_length=MAX_LINES)]
    total_value: Money | None = None
    category_explanation: Short | None = None
    importer_reference: Short | None = None
    importer_contact: Short | None = None
    licence_number: Short | None = None
    certificate_number: Short | None = None
    invoice_number: Short | None = None
    comments: _text(1000) | None = None
    exporter_iec: Short | None = None
    pbe_reference: Short | None = None


class Piece(_Model):
    """One piece with its S10 (stored in canonical spelling) and its measured weight."""

    seq: _whole(1, MAX_PIECES)
    s10: S10Text
    gross_grams: _whole(1, MAX_PIECE_GRAMS)
    length_mm: _whole(1, MAX_SIDE_MM)
    width_mm: _whole(1, MAX_SIDE_MM)
    height_mm: _whole(1, MAX_SIDE_MM)
    volumetric_grams: _whole(0, 10 * MAX_PIECE_GRAMS) | None = None
    chargeable_grams: _whole(1, 10 * MAX_PIECE_GRAMS) | None = None

    @model_validator(mode="after")
    def _chargeable(self) -> Piece:
        if self.chargeable_grams is not None and self.chargeable_grams < self.gross_grams:
            raise ValueError(
                f"chargeable_grams {self.chargeable_grams} is below the gross weight "
                f"{self.gross_grams} g"
            )
        return self


class Amount(_Model):
    amount: Money
    currency: Currency


def _printable(value: str) -> str:
    # A batch number is shown in URLs and on acts: no control characters, no edge spaces.
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in value) or value != value.strip():
        raise ValueError("holds a control character or leading/trailing spaces")
    return value


CustomerCode = Annotated[_text(40, 1), AfterValidator(_printable)]
BatchNumber = Annotated[_text(MAX_BATCH_NUMBER, 1), AfterValidator(_printable)]


class Business(_Model):
    """The ``business`` part of an accept item (issue 17): whose consignment it is."""

    customer: CustomerCode
    price_plan: _text(200) = ""
    batch: Annotated[_text(MAX_BATCH_NUMBER), AfterValidator(_printable)] = ""
    declared_grams: _whole(0, MAX_PIECE_GRAMS) | None = None
    weight_flagged: Annotated[bool, Field(strict=True)] = False


class Acceptance(_Model):
    """An accepted consignment as the terminal stored it."""

    schema_: Literal[1] = Field(alias="schema")
    acceptance_id: Uuid
    branch: Branch
    accepted_at: Time
    business_day: Day
    sender: Party
    addressee: Party
    customs: Customs
    pieces: Annotated[list[Piece], Field(min_length=1, max_length=MAX_PIECES)]
    fee: Amount
    duty: Amount | None = None
    gross_grams: _whole(1, MAX_PIECE_GRAMS * MAX_PIECES) | None = None
    chargeable_grams: _whole(1, 10 * MAX_PIECE_GRAMS * MAX_PIECES) | None = None
    itmatt_xml: _text(MAX_ITMATT_CHARS) | None = None
    business: Business | None = None

    @model_validator(mode="after")
    def _distinct_s10(self) -> Acceptance:
        seen: set[str] = set()
        for piece in self.pieces:
            if piece.s10 in seen:
                raise ValueError(f"{piece.s10} appears twice in this acceptance")
            seen.add(piece.s10)
        return self


class Void(_Model):
    schema_: Literal[1] = Field(alias="schema")
    acceptance_id: Uuid
    branch: Branch
    reason: _text(500, 1)
    voided_at: Time


class Amend(_Model):
    """An amendment carries the acceptance's whole corrected record and why it changed."""

    schema_: Literal[1] = Field(alias="schema")
    acceptance_id: Uuid
    branch: Branch
    reason: _text(500, 1)
    record: Acceptance

    @model_validator(mode="after")
    def _same(self) -> Amend:
        if self.record.acceptance_id != self.acceptance_id:
            raise ValueError("acceptance_id differs from record.acceptance_id")
        if self.record.branch != self.branch:
            raise ValueError("record.branch differs from the amendment's branch")
        return self


class DayClose(_Model):
    """A closed business day: the manifest number and what it holds."""

    schema_: Literal[1] = Field(alias="schema")
    branch: Branch | None = None
    branch_code: Branch | None = None
    business_day: Day
    manifest_number: _text(64, 1)

    @property
    def owner(self) -> str:
        return self.branch or self.branch_code or ""


class BatchCloseItem(_Model):
    """One parcel of a closed batch's list; ``acceptance_id`` when it was accepted."""

    s10: S10Text
    declared_grams: _whole(0, MAX_PIECE_GRAMS) | None = None
    acceptance_id: Uuid | None = None


class BatchPayment(_Model):
    """How the closed batch was paid (its id is the item's UUID)."""

    payment_id: Uuid
    method: Literal["cash", "card", "account"]
    amount: Amount


class BatchClose(_Model):
    """A supervisor closed a business customer's batch (issue 17): its whole list and
    the payment of what was accepted."""

    schema_: Literal[1] = Field(alias="schema")
    batch: BatchNumber
    customer: CustomerCode
    branch: Branch
    terminal: _text(64) | None = None
    staff: _text(20) | None = None
    closed_at: Time
    business_day: Day
    items: Annotated[list[BatchCloseItem], Field(max_length=MAX_BATCH_ITEMS)]
    payment: BatchPayment | None = None

    @model_validator(mode="after")
    def _distinct_items(self) -> BatchClose:
        seen: set[str] = set()
        for line in self.items:
            if line.s10 in seen:
                raise ValueError(f"items: {line.s10} appears twice on the list")
            seen.add(line.s10)
        return self


def reasons(exc: ValidationError) -> list[str]:
    """One sentence per problem, each starting with its field path (lists from 1)."""
    out: list[str] = []
    for err in exc.errors(include_url=False, include_input=False):
        path = ""
        for part in err["loc"]:
            if isinstance(part, int):
                path += f"[{part + 1}]"
            elif part == "schema_":
                path += ("." if path else "") + "schema"
            else:
                path += ("." if path else "") + str(part)
        msg = (
            "missing; it is required"
            if err["type"] == "missing"
            else str(err["msg"]).removeprefix("Value error, ")
        )
        out.append(f"{path or 'payload'}: {msg}.")
    return out
