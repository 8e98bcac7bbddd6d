"""Business customers of the corridor (issue 17): marketplaces, sellers, contract senders.

Central keeps the register and publishes it to terminals as the reference data kind
``customers`` (one JSON document, versioned like tariffs). A customer has a contract,
tax ids (a Russian customer's INN, an Indian customer's GSTIN, both checked by their
check digits), an optional Indian exporter code (IEC), whether it may pay on account
and up to what credit limit, and dated price plans: a discount off the public tariff
or a tariff table of its own.

Document shape (``"customers"`` kind)::

    {"file": "customers", "schema_version": 1, "customers": [
      {"code": "SHOPKART", "contract": "IN-MP-2026/017", "name": "ShopKart Exports Pvt Ltd",
       "kind": "marketplace", "country": "IN", "inn": "", "gstin": "07AAACS1234F1ZU",
       "iec": "0512345678",
       "address": {"address": "...", "city": "New Delhi", "postcode": "110001",
                   "phone": "+91 ...", "email": "..."},
       "account": {"allowed": true, "credit_limit": "500000.00", "currency": "INR"},
       "price_plans": [
         {"name": "Marketplace -15 %", "effective_from": "2026-01-01", "discount_percent": "15"},
         {"name": "ShopKart own tariff", "effective_from": "2026-07-01",
          "tariffs": [<entries shaped like tariffs.json's>]}],
       "active": true}]}
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from stdnum.exceptions import ValidationError as StdnumInvalid
from stdnum.ru import inn as ru_inn

from app.domain.gst import GstinInvalid, check_gstin
from app.domain.money import Money, minor_units
from app.domain.rulebook import (
    RuleError,
    check_unique_dates,
    get_date,
    get_decimal,
    get_list,
    get_str,
    line_of,
    version_in_force,
)
from app.domain.tariff import Tariff, tariff_in_force

KINDS = ("marketplace", "seller", "contract")
CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,39}$")
IEC = re.compile(r"^[A-Z0-9]{10}$")
MAX_CUSTOMERS = 10_000
MAX_PLANS = 24
MAX_TEXT = 200
MAX_CREDIT = Decimal("1000000000")  # below 10^9 of any currency: a typo guard, not policy


class TaxIdInvalid(ValueError):
    """A customer's INN or GSTIN does not check; the message says which and why."""


def check_inn(value: str) -> str:
    """A Russian INN (10 digits: a company, 12: a person) with valid check digits."""
    try:
        return str(ru_inn.validate(value))
    except StdnumInvalid as exc:
        raise TaxIdInvalid(f"INN {value!r:.20} is not valid: {exc}") from exc


def check_tax_ids(country: str, inn: str, gstin: str) -> tuple[str, str]:
    """The checked ``(inn, gstin)``; a Russian customer needs an INN, an Indian one a GSTIN."""
    if country == "RU" and not inn:
        raise TaxIdInvalid("a Russian business customer needs its INN (10 or 12 digits)")
    if country == "IN" and not gstin:
        raise TaxIdInvalid("an Indian business customer needs its GSTIN (15 characters)")
    checked_inn = check_inn(inn) if inn else ""
    try:
        checked_gstin = check_gstin(gstin) if gstin else ""
    except GstinInvalid as exc:
        raise TaxIdInvalid(str(exc)) from exc
    return checked_inn, checked_gstin


@dataclass(frozen=True, slots=True)
class PricePlan:
    """A customer's price from ``effective_from``: a discount off the public tariff, or
    its own tariff table (``tariffs``, shaped and checked like tariffs.json)."""

    name: str
    effective_from: date
    discount_percent: Decimal | None = None
    tariffs: tuple[Tariff, ...] = ()

    def piece_fee(self, public: Tariff, chargeable_grams: int, on: date) -> Money:
        """The fee of one piece under this plan; ``public`` is the tariff it would pay."""
        if self.discount_percent is not None:
            regular = public.fee(chargeable_grams)
            factor = (Decimal(100) - self.discount_percent) / Decimal(100)
            places = Decimal(1).scaleb(-minor_units(regular.currency))
            return Money(
                (regular.amount * factor).quantize(places, rounding=ROUND_HALF_UP),
                regular.currency,
            )
        own = tariff_in_force(self.tariffs, public.origin, public.currency, on)
        return own.fee(chargeable_grams)

    def covers(self, origin: str, currency: str, on: date) -> bool:
        """Whether the plan can price a consignment of ``origin`` in ``currency``."""
        if self.discount_percent is not None:
            return True
        try:
            tariff_in_force(self.tariffs, origin, currency, on)
        except LookupError:
            return False
        return True


@dataclass(frozen=True, slots=True)
class CustomerAddress:
    """Where the customer sends from: fills the sender on the counter form."""

    address: str = ""
    city: str = ""
    postcode: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class BusinessCustomer:
    """A marketplace, seller or contract sender with its contract."""

    code: str
    contract: str
    name: str
    kind: str
    country: str
    inn: str = ""
    gstin: str = ""
    iec: str = ""
    address: CustomerAddress = CustomerAddress()
    account_allowed: bool = False
    credit_limit: Money | None = None
    plans: tuple[PricePlan, ...] = ()
    active: bool = True

    @property
    def tax_id(self) -> str:
        return self.inn or self.gstin

    def plan_on(self, on: date) -> PricePlan | None:
        """The price plan in force on ``on`` (``None``: the public tariff)."""
        return version_in_force(self.plans, on)


def _text(entry: Mapping[str, Any], key: str, what: str, limit: int = MAX_TEXT) -> str:
    value = entry.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise RuleError(f"{what}: '{key}' must be a text, found {value!r:.40}", line_of(entry))
    value = value.strip()
    if len(value) > limit:
        raise RuleError(f"{what}: '{key}' is longer than {limit} characters", line_of(entry))
    return value


def _plan(entry: Any, what: str) -> PricePlan:
    if not isinstance(entry, Mapping):
        raise RuleError(f"{what}: a price plan must be an object {{...}}", line_of(entry))
    name = get_str(entry, "name", what)[:MAX_TEXT]
    effective = get_date(entry, "effective_from", what)
    assert effective is not None
    discount = get_decimal(entry, "discount_percent", what, optional=True)
    raw_tariffs = entry.get("tariffs")
    if (discount is None) == (raw_tariffs is None):
        raise RuleError(
            f"{what} {name!r}: give either 'discount_percent' or 'tariffs', one of the two",
            line_of(entry),
        )
    if discount is not None and not Decimal(0) < discount < Decimal(100):
        raise RuleError(
            f"{what} {name!r}: discount_percent must be above 0 and below 100", line_of(entry)
        )
    tariffs: tuple[Tariff, ...] = ()
    if raw_tariffs is not None:
        items = get_list(entry, "tariffs", what)
        if not items:
            raise RuleError(f"{what} {name!r}: 'tariffs' is empty", line_of(entry))
        tariffs = tuple(Tariff.from_mapping(t) for t in items)
        check_unique_dates(
            tariffs, lambda t: f"{t.origin}/{t.currency}", "tariff", [line_of(t) for t in items]
        )
    return PricePlan(name, effective, discount, tariffs)


def parse_customer(entry: Any) -> BusinessCustomer:
    """One customer entry of the document; ``RuleError`` naming its line when wrong."""
    if not isinstance(entry, Mapping):
        raise RuleError("a customer must be an object {...}", line_of(entry))
    code = get_str(entry, "code", "customer").strip().upper()
    if not CODE.match(code):
        raise RuleError(
            f"customer {code!r:.50}: 'code' is 2-40 capital letters, digits or '-'",
            line_of(entry),
        )
    what = f"customer {code}"
    kind = get_str(entry, "kind", what)
    if kind not in KINDS:
        raise RuleError(f"{what}: 'kind' is one of {', '.join(KINDS)}", line_of(entry))
    country = get_str(entry, "country", what).strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", country):
        raise RuleError(f"{what}: 'country' is an ISO alpha-2 code", line_of(entry))
    try:
        inn, gstin = check_tax_ids(country, _text(entry, "inn", what), _text(entry, "gstin", what))
    except TaxIdInvalid as exc:
        raise RuleError(f"{what}: {exc}", line_of(entry)) from None
    iec = _text(entry, "iec", what).upper()
    if iec and not IEC.match(iec):
        raise RuleError(f"{what}: 'iec' is 10 letters or digits", line_of(entry))
    raw_address = entry.get("address") or {}
    if not isinstance(raw_address, Mapping):
        raise RuleError(f"{what}: 'address' must be an object {{...}}", line_of(entry))
    address = CustomerAddress(
        *(
            _text(raw_address, key, f"{what} address")
            for key in ("address", "city", "postcode", "phone", "email")
        )
    )
    account = entry.get("account") or {}
    if not isinstance(account, Mapping):
        raise RuleError(f"{what}: 'account' must be an object {{...}}", line_of(entry))
    allowed = account.get("allowed", False)
    if not isinstance(allowed, bool):
        raise RuleError(f"{what}: account 'allowed' is true or false", line_of(entry))
    limit: Money | None = None
    if allowed:
        amount = get_decimal(account, "credit_limit", f"{what} account")
        currency = get_str(account, "currency", f"{what} account").upper()
        assert amount is not None
        if amount > MAX_CREDIT:
            raise RuleError(f"{what}: credit_limit is implausibly large", line_of(entry))
        try:
            limit = Money(amount, currency)
        except ValueError as exc:
            raise RuleError(f"{what}: {exc}", line_of(entry)) from None
    raw_plans = get_list(entry, "price_plans", what, default=[])
    if len(raw_plans) > MAX_PLANS:
        raise RuleError(f"{what}: more than {MAX_PLANS} price plans", line_of(entry))
    plans = tuple(_plan(p, f"{what} price plan") for p in raw_plans)
    check_unique_dates(plans, lambda _p: code, "price plan of", [line_of(p) for p in raw_plans])
    active = entry.get("active", True)
    if not isinstance(active, bool):
        raise RuleError(f"{what}: 'active' is true or false", line_of(entry))
    return BusinessCustomer(
        code=code,
        contract=get_str(entry, "contract", what).strip()[:80],
        name=get_str(entry, "name", what).strip()[:MAX_TEXT],
        kind=kind,
        country=country,
        inn=inn,
        gstin=gstin,
        iec=iec,
        address=address,
        account_allowed=allowed,
        credit_limit=limit,
        plans=plans,
        active=active,
    )


def parse_customers(data: Any) -> tuple[BusinessCustomer, ...]:
    """The ``customers`` document (see the module docstring), every entry checked."""
    if not isinstance(data, Mapping):
        raise RuleError("the file must hold one JSON object {...}", 1)
    entries = get_list(data, "customers", "customers file")
    if len(entries) > MAX_CUSTOMERS:
        raise RuleError(f"more than {MAX_CUSTOMERS} customers in one file", line_of(data))
    customers = tuple(parse_customer(e) for e in entries)
    seen: set[str] = set()
    for customer, entry in zip(customers, entries, strict=True):
        if customer.code in seen:
            raise RuleError(f"customer {customer.code} is given twice", line_of(entry))
        seen.add(customer.code)
    return customers


def by_code(customers: Sequence[BusinessCustomer]) -> dict[str, BusinessCustomer]:
    return {c.code: c for c in customers}
