"""Central's register of business customers (issue 17) and the ``customers`` document.

Every change to the register (a customer added or updated, a price plan, a credit limit)
publishes a new version of the reference document kind ``customers`` in the same
transaction, effective on the UTC date of the change (every branch of the corridor is
east of UTC, so its business day has begun). The document is built from the whole table
and checked by the terminal's own parser before it is stored, so what terminals receive
is always what this table holds. Its shape is described in ``app.domain.customer``.

A customer's API token (``issue_token``) is made here and shown once; only its SHA-256
is stored, as for terminal tokens (``central.auth``). A new token replaces the old one.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.customer import (
    CODE,
    KINDS,
    MAX_CREDIT,
    MAX_PLANS,
    TaxIdInvalid,
    check_tax_ids,
    parse_customer,
)
from app.domain.money import minor_units
from app.domain.rulebook import RuleError
from central.db import CentralDB
from central.models import BusinessCustomer, CustomerPricePlan
from central.reference import Published, PublishError, publish_in

DOCUMENT_KIND = "customers"
ADDRESS_FIELDS = ("address", "city", "postcode", "phone", "email")
TOKEN_PREFIX = "pcm_"
MAX_TARIFF_ENTRIES = 50


class CustomerError(ValueError):
    """A change to the register is refused; the message says what is wrong and what to do."""


@dataclass(frozen=True, slots=True)
class PlanChange:
    """A price plan to add (or replace: one plan per ``effective_from``)."""

    name: str
    effective_from: date
    discount_percent: Decimal | None = None
    tariffs: list[Any] | None = None


@dataclass(frozen=True, slots=True)
class CustomerChange:
    """What ``customer add`` was given; ``None`` keeps the stored value (or the default
    of a new customer)."""

    code: str
    contract: str | None = None
    name: str | None = None
    kind: str | None = None
    country: str | None = None
    inn: str | None = None
    gstin: str | None = None
    iec: str | None = None
    address: dict[str, str] = field(default_factory=dict)
    account_allowed: bool | None = None
    credit_limit: Decimal | None = None
    currency: str | None = None
    active: bool | None = None
    plan: PlanChange | None = None


@dataclass(frozen=True, slots=True)
class Saved:
    """The result of a change: the customer's code, whether it is new, the document."""

    code: str
    created: bool
    published: Published


def today() -> date:
    return datetime.now(UTC).date()


def to_minor(amount: Decimal, currency: str) -> int:
    return int(amount.scaleb(minor_units(currency)).to_integral_value())


def from_minor(minor: int, currency: str) -> Decimal:
    places = minor_units(currency)
    return (Decimal(minor).scaleb(-places)).quantize(Decimal(1).scaleb(-places))


def normal_code(code: str) -> str:
    """The code as stored (upper case), or ``CustomerError`` saying the rule."""
    text = code.strip().upper()
    if not CODE.match(text):
        raise CustomerError(
            f"customer code {code[:50]!r}: use 2-40 capital letters, digits or '-' "
            "(for example SHOPKART)"
        )
    return text


def _plan_entry(plan: CustomerPricePlan) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": plan.name, "effective_from": plan.effective_from.isoformat()}
    if plan.discount_percent is not None:
        entry["discount_percent"] = plan.discount_percent
    else:
        entry["tariffs"] = json.loads(plan.tariffs or "[]")
    return entry


def customer_entry(row: BusinessCustomer, plans: list[CustomerPricePlan]) -> dict[str, Any]:
    """One entry of the ``customers`` document (shape of ``app.domain.customer``)."""
    account: dict[str, Any] = {"allowed": row.account_allowed}
    if row.account_allowed:
        account["credit_limit"] = str(from_minor(row.credit_limit_minor, row.currency))
        account["currency"] = row.currency
    return {
        "code": row.code,
        "contract": row.contract,
        "name": row.name,
        "kind": row.kind,
        "country": row.country,
        "inn": row.inn,
        "gstin": row.gstin,
        "iec": row.iec,
        "address": {key: getattr(row, key) for key in ADDRESS_FIELDS},
        "account": account,
        "price_plans": [_plan_entry(p) for p in sorted(plans, key=lambda p: p.effective_from)],
        "active": row.active,
    }


def _plans_by_customer(session: Session) -> dict[str, list[CustomerPricePlan]]:
    out: dict[str, list[CustomerPricePlan]] = {}
    for plan in session.scalars(select(CustomerPricePlan)):
        out.setdefault(plan.customer_code, []).append(plan)
    return out


def document(session: Session) -> dict[str, Any]:
    """The ``customers`` document built from the whole register."""
    plans = _plans_by_customer(session)
    rows = session.scalars(select(BusinessCustomer).order_by(BusinessCustomer.code)).all()
    return {
        "file": "customers",
        "schema_version": 1,
        "customers": [customer_entry(r, plans.get(r.code, [])) for r in rows],
    }


def publish_register(session: Session) -> Published:
    """Publish the register as a new ``customers`` version effective today (UTC)."""
    text = json.dumps(document(session), ensure_ascii=False, indent=1, sort_keys=True)
    return publish_in(session, DOCUMENT_KIND, text, today())


def _text(value: str | None, what: str, limit: int = 200) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if len(value) > limit:
        raise CustomerError(f"{what} is longer than {limit} characters; shorten it")
    if any(ord(ch) < 0x20 for ch in value):
        raise CustomerError(f"{what} holds a control character; type it again")
    return value


def _apply(row: BusinessCustomer, change: CustomerChange) -> None:
    """Copy the given fields of ``change`` onto ``row`` (bounded, not yet cross-checked)."""
    for name, limit in (("contract", 80), ("name", 200)):
        value = _text(getattr(change, name), f"--{name}", limit)
        if value is not None:
            setattr(row, name, value)
    if change.kind is not None:
        if change.kind not in KINDS:
            raise CustomerError(f"--kind {change.kind!r}: one of {', '.join(KINDS)}")
        row.kind = change.kind
    if change.country is not None:
        row.country = change.country.strip().upper()
    for name in ("inn", "gstin", "iec"):
        value = _text(getattr(change, name), f"--{name}", 20)
        if value is not None:
            setattr(row, name, value.upper())
    for key in ADDRESS_FIELDS:
        value = _text(change.address.get(key), f"--{key}")
        if value is not None:
            setattr(row, key, value)
    if change.currency is not None:
        currency = change.currency.strip().upper()
        if len(currency) != 3 or not currency.isalpha():
            raise CustomerError(f"--currency {change.currency!r}: a 3-letter code such as INR")
        row.currency = currency
    if change.account_allowed is not None:
        row.account_allowed = change.account_allowed
    if change.active is not None:
        row.active = change.active
    if change.credit_limit is not None:
        limit = change.credit_limit
        if not limit.is_finite() or limit < 0 or limit > MAX_CREDIT:
            raise CustomerError(f"--credit-limit {limit}: give an amount from 0 to {MAX_CREDIT}")
        if not row.currency:
            raise CustomerError("--credit-limit needs the account's --currency (e.g. INR)")
        if limit != limit.quantize(Decimal(1).scaleb(-minor_units(row.currency))):
            raise CustomerError(
                f"--credit-limit {limit}: more decimals than {row.currency} has; round it"
            )
        row.credit_limit_minor = to_minor(limit, row.currency)
    if row.account_allowed and not row.currency:
        raise CustomerError(
            "an account needs its --currency and --credit-limit (e.g. --currency INR "
            "--credit-limit 500000)"
        )


def _plan_row(session: Session, code: str, plan: PlanChange, now: datetime) -> CustomerPricePlan:
    if (plan.discount_percent is None) == (plan.tariffs is None):
        raise CustomerError("a price plan is either --discount PERCENT or --plan-tariff FILE")
    name = _text(plan.name, "--plan-name") or ""
    if not name:
        raise CustomerError("a price plan needs its --plan-name (shown on screen and receipt)")
    if plan.tariffs is not None and not 0 < len(plan.tariffs) <= MAX_TARIFF_ENTRIES:
        raise CustomerError(f"--plan-tariff: give 1 to {MAX_TARIFF_ENTRIES} tariff entries")
    row = session.scalar(
        select(CustomerPricePlan).where(
            CustomerPricePlan.customer_code == code,
            CustomerPricePlan.effective_from == plan.effective_from,
        )
    )
    if row is None:
        count = len(
            session.scalars(
                select(CustomerPricePlan.id).where(CustomerPricePlan.customer_code == code)
            ).all()
        )
        if count >= MAX_PLANS:
            raise CustomerError(f"customer {code} has {MAX_PLANS} price plans already")
        row = CustomerPricePlan(customer_code=code, effective_from=plan.effective_from)
        session.add(row)
    row.name = name
    row.discount_percent = str(plan.discount_percent) if plan.discount_percent is not None else None
    row.tariffs = (
        json.dumps(plan.tariffs, ensure_ascii=False, sort_keys=True)
        if plan.tariffs is not None
        else None
    )
    row.created_at = now
    return row


def save_customer(db: CentralDB, change: CustomerChange) -> Saved:
    """Add or update a customer and publish the register (one transaction)."""
    code = normal_code(change.code)
    now = datetime.now(UTC)
    with db.write() as session:
        row = session.get(BusinessCustomer, code)
        created = row is None
        if row is None:
            missing = [
                f"--{n}" for n in ("contract", "name", "kind", "country") if not getattr(change, n)
            ]
            if missing:
                raise CustomerError(f"customer {code} is new: give {', '.join(missing)} as well")
            row = BusinessCustomer(
                code=code,
                inn="",
                gstin="",
                iec="",
                account_allowed=False,
                currency="",
                credit_limit_minor=0,
                active=True,
                created_at=now,
                **dict.fromkeys(ADDRESS_FIELDS, ""),
            )
            session.add(row)
        _apply(row, change)
        row.updated_at = now
        try:
            row.inn, row.gstin = check_tax_ids(row.country, row.inn, row.gstin)
        except TaxIdInvalid as exc:
            raise CustomerError(f"customer {code}: {exc}") from None
        session.flush()
        if change.plan is not None:
            _plan_row(session, code, change.plan, now)
            session.flush()
        plans = session.scalars(
            select(CustomerPricePlan).where(CustomerPricePlan.customer_code == code)
        ).all()
        try:
            parse_customer(customer_entry(row, list(plans)))
        except RuleError as exc:
            raise CustomerError(exc.message) from None
        try:
            published = publish_register(session)
        except PublishError as exc:
            raise CustomerError(str(exc)) from None
    return Saved(code, created, published)


def set_limit(db: CentralDB, code: str, limit: Decimal, currency: str | None = None) -> Saved:
    """Change a customer's credit limit (and allow payment on account)."""
    return save_customer(
        db,
        CustomerChange(code=code, credit_limit=limit, currency=currency, account_allowed=limit > 0),
    )


def issue_token(db: CentralDB, code: str) -> str:
    """A new API token of the customer, shown only now; the old one stops working."""
    from central.auth import token_hash  # central.auth imports ingest, which imports this

    key = normal_code(code)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with db.write() as session:
        row = session.get(BusinessCustomer, key)
        if row is None:
            raise CustomerError(f"no customer {key}: add it first with 'customer add'")
        row.token_sha256 = token_hash(token)
        row.token_issued_at = datetime.now(UTC)
    return token


def customer_for_token(db: CentralDB, token: str) -> str | None:
    """The code of the active customer holding ``token``, or ``None``."""
    from central.auth import token_hash

    with db.read() as session:
        return session.scalar(
            select(BusinessCustomer.code).where(
                BusinessCustomer.token_sha256 == token_hash(token),
                BusinessCustomer.active.is_(True),
            )
        )


def parse_amount(text: str, what: str) -> Decimal:
    """An amount typed on the command line (``500000``, ``1250.50``)."""
    try:
        value = Decimal(text.strip().replace(" ", "").replace(",", "."))
    except InvalidOperation:
        raise CustomerError(f"{what} {text[:30]!r} is not an amount (e.g. 1250.50)") from None
    if not value.is_finite():
        raise CustomerError(f"{what} {text[:30]!r} is not an amount (e.g. 1250.50)")
    return value


def read_tariff_entries(raw: Any) -> list[Any]:
    """Tariff entries from a ``--plan-tariff`` file: a list, or ``{"tariffs": [...]}``."""
    if isinstance(raw, Mapping):
        raw = raw.get("tariffs")
    if not isinstance(raw, list):
        raise CustomerError(
            "--plan-tariff: the file holds a JSON list of tariff entries (or an object "
            'with "tariffs": [...]) shaped like tariffs.json\'s'
        )
    return raw


def listing(session: Session) -> list[dict[str, Any]]:
    """Every customer with its account and plans, for ``customer list``."""
    plans = _plans_by_customer(session)
    rows = session.scalars(select(BusinessCustomer).order_by(BusinessCustomer.code)).all()
    out = []
    for row in rows:
        entry = customer_entry(row, plans.get(row.code, []))
        entry["token_issued_at"] = (
            row.token_issued_at.isoformat() if row.token_issued_at is not None else None
        )
        out.append(entry)
    return out
