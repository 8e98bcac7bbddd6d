"""Payment on account for business customers (issue 17): what a customer may still owe.

Central keeps the accounts. Each refresh brings ``GET /v1/accounts`` (what every customer
owes and its limit, as of a time); the terminal keeps the last answer in the setting
``account.balances``. Offline it goes on with that answer plus its own account charges
central has not acknowledged yet, so two charges at one counter never both fit into one
remaining limit. The credit limit is central's when it reported one, else the customers
document's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from app.domain.customer import CODE, MAX_CREDIT, BusinessCustomer
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.money import Money
from app.domain.payment import ACCOUNT, AWAITING_REGISTER, PAID, PaymentProblem
from app.store.models import OutboxItem, Payment
from app.store.settings import get_setting, set_setting

CTX = "Payment"
BALANCES_KEY = "account.balances"
MAX_ACCOUNTS = 10_000
DONE = "done"


class AccountRefused(PaymentProblem):
    """Payment on account is not possible; the message says why and what to do.

    ``money`` holds the amounts of the message as ``Money`` so a window can show them
    in its language's number format (``params`` holds them as plain text)."""

    def __init__(
        self, template: str, money: Mapping[str, Money] | None = None, **params: str
    ) -> None:
        amounts = dict(money or {})
        super().__init__(template, **params, **{k: _plain(v) for k, v in amounts.items()})
        self.money = amounts


def _plain(money: Money) -> str:
    q = money.quantized()
    return f"{q.amount:,} {q.currency}"


@dataclass(frozen=True, slots=True)
class ReportedBalance:
    """One customer's account as central last reported it."""

    balance: Money
    credit_limit: Money | None
    as_of: datetime
    allowed: bool = True  # central may have stopped the account since the document


class BalancesInvalid(ValueError):
    """Central's accounts answer is not shaped as agreed (nothing of it is kept)."""


def _money(value: Any, currency: str, what: str) -> Money:
    try:
        amount = Decimal(str(value))
    except InvalidOperation as exc:
        raise BalancesInvalid(f"{what} is not an amount") from exc
    if not amount.is_finite() or abs(amount) > MAX_CREDIT:
        raise BalancesInvalid(f"{what} is out of range")
    return Money(amount, currency)


def parse_balances(body: Any) -> dict[str, Any]:
    """Check central's ``GET /v1/accounts`` answer; the form kept in the setting."""
    if not isinstance(body, Mapping) or not isinstance(body.get("accounts"), list):
        raise BalancesInvalid("the answer has no 'accounts' list")
    try:
        as_of = datetime.fromisoformat(str(body.get("as_of")))
    except ValueError as exc:
        raise BalancesInvalid("'as_of' is not a time") from exc
    if as_of.tzinfo is None:
        as_of = as_of.replace(tzinfo=UTC)
    accounts = body["accounts"]
    if len(accounts) > MAX_ACCOUNTS:
        raise BalancesInvalid(f"more than {MAX_ACCOUNTS} accounts")
    kept: dict[str, dict[str, Any]] = {}
    for raw in accounts:
        if not isinstance(raw, Mapping):
            raise BalancesInvalid("an account is not an object")
        code = str(raw.get("customer", "")).strip().upper()
        currency = str(raw.get("currency", "")).strip().upper()
        if not CODE.match(code) or not re.fullmatch(r"[A-Z]{3}", currency):
            raise BalancesInvalid("an account lacks its customer code or currency")
        balance = _money(raw.get("balance"), currency, f"{code} balance")
        entry: dict[str, Any] = {"currency": currency, "balance": str(balance.amount)}
        if isinstance(raw.get("allowed"), bool):
            entry["allowed"] = raw["allowed"]
        if raw.get("credit_limit") is not None:
            limit = _money(raw.get("credit_limit"), currency, f"{code} credit_limit")
            entry["credit_limit"] = str(limit.amount)
        kept[code] = entry
    return {"as_of": as_of.astimezone(UTC).isoformat(), "accounts": kept}


def store_balances(session: Session, body: Any, received_at: datetime | None = None) -> int:
    """Keep central's accounts answer (checked); returns how many accounts it held."""
    kept = parse_balances(body)
    kept["received_at"] = (received_at or datetime.now(UTC)).astimezone(UTC).isoformat()
    set_setting(session, BALANCES_KEY, kept)
    return len(kept["accounts"])


def balances_as_of(session: Session) -> datetime | None:
    kept = get_setting(session, BALANCES_KEY) or {}
    return datetime.fromisoformat(kept["as_of"]) if kept.get("as_of") else None


def reported_balance(session: Session, code: str) -> ReportedBalance | None:
    """What central last said ``code`` owes, or ``None`` when it never did."""
    kept = get_setting(session, BALANCES_KEY) or {}
    entry = (kept.get("accounts") or {}).get(code)
    if not entry:
        return None
    currency = entry["currency"]
    limit = entry.get("credit_limit")
    return ReportedBalance(
        Money(Decimal(entry["balance"]), currency),
        Money(Decimal(limit), currency) if limit is not None else None,
        datetime.fromisoformat(kept["as_of"]),
        bool(entry.get("allowed", True)),
    )


def unsent_charges(session: Session, customer: BusinessCustomer, currency: str) -> Money:
    """This terminal's account charges of ``customer`` central did not count yet: their
    sync item is not acknowledged, or was acknowledged after central's balance was made."""
    as_of = balances_as_of(session)
    known = and_(OutboxItem.item_uuid == Payment.id, OutboxItem.state == DONE)
    if as_of is not None:
        known = and_(known, OutboxItem.done_at <= as_of)
    # Summed here, not in SQL: amounts are Decimal text and SQLite would add floats.
    amounts = session.scalars(
        select(Payment.amount).where(
            Payment.method == ACCOUNT,
            Payment.customer_code == customer.code,
            Payment.currency == currency,
            Payment.state.in_((PAID, AWAITING_REGISTER)),
            ~select(OutboxItem.id).where(known).exists(),
        )
    ).all()
    return Money(sum(amounts, Decimal(0)), currency).quantized()


@dataclass(frozen=True, slots=True)
class AccountPosition:
    """What a customer owes (central's balance plus unsent charges) against its limit."""

    owed: Money
    limit: Money

    @property
    def available(self) -> Money:
        return (self.limit - self.owed).quantized()


def _not_allowed(customer: BusinessCustomer) -> AccountRefused:
    return AccountRefused(
        QT_TRANSLATE_NOOP(
            CTX,
            "Account payment refused: {customer} may not pay on account under its contract. "
            "Take the payment in cash or card.",
        ),
        customer=customer.code,
    )


def position(session: Session, customer: BusinessCustomer) -> AccountPosition:
    """The customer's account now; ``AccountRefused`` when it has none."""
    if not customer.account_allowed or customer.credit_limit is None:
        raise _not_allowed(customer)
    limit = customer.credit_limit
    reported = reported_balance(session, customer.code)
    owed = Money.zero(limit.currency)
    if reported is not None:
        if not reported.allowed:
            raise _not_allowed(customer)
        if reported.balance.currency != limit.currency:
            raise AccountRefused(
                QT_TRANSLATE_NOOP(
                    CTX,
                    "Account payment refused: central keeps {customer}'s account in "
                    "{currency}, its contract says {limit}. Take the payment in cash or card "
                    "and tell head office.",
                ),
                money={"limit": limit},
                customer=customer.code,
                currency=reported.balance.currency,
            )
        owed = reported.balance
        limit = reported.credit_limit or limit
    owed = (owed + unsent_charges(session, customer, limit.currency)).quantized()
    return AccountPosition(owed, limit.quantized())


def available_credit(session: Session, customer: BusinessCustomer) -> Money:
    """Credit limit − balance central last reported − this terminal's unsent account
    charges; zero (in the limit's currency) for a customer without an account."""
    try:
        return position(session, customer).available
    except AccountRefused:
        currency = customer.credit_limit.currency if customer.credit_limit else "XXX"
        return Money.zero(currency)


def check_account(session: Session, customer: BusinessCustomer, amount: Money) -> None:
    """Raise ``AccountRefused`` unless ``amount`` may be charged to ``customer``'s account."""
    if not customer.active:
        raise AccountRefused(
            QT_TRANSLATE_NOOP(
                CTX,
                "Account payment refused: {customer}'s contract is no longer active. "
                "Take the payment in cash or card.",
            ),
            customer=customer.code,
        )
    account = position(session, customer)
    if amount.currency != account.limit.currency:
        raise AccountRefused(
            QT_TRANSLATE_NOOP(
                CTX,
                "Account payment refused: {customer}'s account is kept in {currency}, this "
                "charge is {amount}. Take the payment in cash or card.",
            ),
            money={"amount": amount},
            customer=customer.code,
            currency=account.limit.currency,
        )
    if amount.quantized() > account.available:
        raise AccountRefused(
            QT_TRANSLATE_NOOP(
                CTX,
                "Account payment refused: {customer} owes {owed} of its {limit} limit; this "
                "charge is {amount}. Take the payment in cash or card, or ask the customer "
                "to settle its account.",
            ),
            money={"owed": account.owed, "limit": account.limit, "amount": amount.quantized()},
            customer=customer.code,
        )


@dataclass(frozen=True, slots=True)
class AccountOffer:
    """Whether the payment panel offers "account" for an acceptance, and why not.

    ``reason`` is a template of context ``Payment`` ("" when offered); ``available`` is
    what the customer may still charge (``None`` when it has no account)."""

    customer_code: str
    customer_name: str
    reason: str
    available: Money | None = None

    @property
    def offered(self) -> bool:
        return not self.reason


def account_offer(session: Session, acceptance_id: str) -> AccountOffer:
    """What the payment panel shows for the account method of ``acceptance_id``."""
    from app.services.customers import customers_of
    from app.services.payment import ACCOUNT_NOT_BUSINESS, ACCOUNT_UNAVAILABLE
    from app.store.models import Acceptance

    row = session.get(Acceptance, acceptance_id)
    if row is None or not row.customer_code:
        return AccountOffer("", "", ACCOUNT_NOT_BUSINESS)
    customer = next(
        (c for c in customers_of(session, row.business_day) if c.code == row.customer_code),
        None,
    )
    if customer is None:
        return AccountOffer(row.customer_code, "", ACCOUNT_UNAVAILABLE)
    if not customer.account_allowed or customer.credit_limit is None or not customer.active:
        return AccountOffer(customer.code, customer.name, ACCOUNT_NO_CONTRACT)
    return AccountOffer(customer.code, customer.name, "", available_credit(session, customer))


ACCOUNT_NO_CONTRACT = QT_TRANSLATE_NOOP(
    CTX, "Account: this business sender's contract does not allow payment on account."
)
