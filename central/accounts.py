"""Business customers' accounts at central (issue 17): charges, reversals, settlements.

A payment on account (a ``payment`` item with method ``account``, or a ``batch_close``
item whose payment is on account) books a charge; its payment id is the entry's unique
``source_id``, so a payment sent twice (even under another item UUID) is charged once.
A charge central cannot match to an account that allows it is booked all the same,
because the parcel was already taken, and carries a ``flag`` the operations page and
``customer list`` show: ``no_customer`` (the payment names none), ``unknown_customer``,
``account_not_allowed``, ``currency`` (not the account's currency). A flagged line in
the account's currency counts in the balance (the customer owes it); one in another
currency does not (it cannot be added) until a person sorts it out.

A void of an acceptance paid on account books a reversal of that charge. A closed batch
paid on account is one charge for the batch; voiding one of its acceptances later does
not reverse part of it (the batch's act is the document; settle the difference with
``customer settle``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from central.customers import CustomerError, from_minor, normal_code, to_minor
from central.db import CentralDB
from central.models import AccountEntry, BusinessCustomer

if TYPE_CHECKING:
    from central.kinds import ItemContext

FLAGS = ("no_customer", "unknown_customer", "account_not_allowed", "currency")
MAX_SETTLEMENT = Decimal("1000000000")


@dataclass(frozen=True, slots=True)
class AccountView:
    """A customer's account as ``GET /v1/accounts`` and ``customer list`` show it."""

    customer: str
    currency: str
    allowed: bool
    balance: Decimal
    credit_limit: Decimal
    flagged: int

    def as_json(self) -> dict[str, Any]:
        return {
            "customer": self.customer,
            "currency": self.currency,
            "allowed": self.allowed,
            "balance": str(self.balance),
            "credit_limit": str(self.credit_limit),
            "flagged_entries": self.flagged,
        }


def _flag(session: Session, code: str, currency: str) -> str:
    if not code:
        return "no_customer"
    row = session.get(BusinessCustomer, code)
    if row is None:
        return "unknown_customer"
    if not row.account_allowed:
        return "account_not_allowed"
    if row.currency != currency:
        return "currency"
    return ""


def charge(
    ctx: ItemContext,
    *,
    customer: str,
    amount: Decimal,
    currency: str,
    source_id: str,
    acceptance_id: str | None = None,
    batch_number: str | None = None,
) -> str:
    """Book a charge on ``customer``'s account once per ``source_id``; the flag ('' when
    the account allows it)."""
    flag = _flag(ctx.session, customer, currency)
    ctx.session.execute(
        ctx.insert(AccountEntry)
        .values(
            customer_code=customer,
            kind="charge",
            source_id=source_id,
            item_uuid=ctx.item_uuid,
            acceptance_id=acceptance_id,
            batch_number=batch_number,
            branch=ctx.caller.branch,
            amount_minor=to_minor(amount, currency),
            currency=currency,
            flag=flag,
            note="",
            recorded_at=ctx.now,
        )
        .on_conflict_do_nothing(index_elements=["source_id"])
    )
    return flag


def reverse_for_void(ctx: ItemContext, acceptance_id: str) -> None:
    """Book back the account charge of a voided acceptance (once)."""
    charges = ctx.session.scalars(
        select(AccountEntry).where(
            AccountEntry.acceptance_id == acceptance_id, AccountEntry.kind == "charge"
        )
    ).all()
    for entry in charges:
        ctx.session.execute(
            ctx.insert(AccountEntry)
            .values(
                customer_code=entry.customer_code,
                kind="reversal",
                source_id=f"void:{entry.source_id}"[:64],
                item_uuid=ctx.item_uuid,
                acceptance_id=acceptance_id,
                batch_number=None,
                branch=ctx.caller.branch,
                amount_minor=-entry.amount_minor,
                currency=entry.currency,
                flag=entry.flag,
                note="acceptance voided",
                recorded_at=ctx.now,
            )
            .on_conflict_do_nothing(index_elements=["source_id"])
        )


def settle(db: CentralDB, code: str, amount: Decimal, note: str = "") -> AccountView:
    """The customer paid ``amount`` of its account's currency; the account afterwards."""
    key = normal_code(code)
    if amount <= 0 or amount > MAX_SETTLEMENT:
        raise CustomerError(f"amount {amount}: give a payment above 0 and below {MAX_SETTLEMENT}")
    with db.write() as session:
        row = session.get(BusinessCustomer, key)
        if row is None:
            raise CustomerError(f"no customer {key}: check the code with 'customer list'")
        if not row.currency:
            raise CustomerError(
                f"customer {key} has no account currency; set it with 'customer add "
                f"--code {key} --currency INR --credit-limit ...'"
            )
        minor = to_minor(amount, row.currency)
        if from_minor(minor, row.currency) != amount:
            raise CustomerError(f"amount {amount}: more decimals than {row.currency} has")
        session.add(
            AccountEntry(
                customer_code=key,
                kind="settlement",
                source_id=f"settle:{uuid.uuid4()}",
                branch="",
                amount_minor=-minor,
                currency=row.currency,
                flag="",
                note=note[:200],
                recorded_at=datetime.now(UTC),
            )
        )
        session.flush()
        return accounts(session, only=key)[0]


def accounts(session: Session, only: str | None = None) -> list[AccountView]:
    """Every customer's account (or ``only``'s): balance owed in its currency, limit."""
    sums = select(
        AccountEntry.customer_code,
        AccountEntry.currency,
        func.sum(AccountEntry.amount_minor),
    ).group_by(AccountEntry.customer_code, AccountEntry.currency)
    flagged_q = (
        select(AccountEntry.customer_code, func.count())
        .where(AccountEntry.flag != "")
        .group_by(AccountEntry.customer_code)
    )
    customers = select(BusinessCustomer).order_by(BusinessCustomer.code)
    if only is not None:
        sums = sums.where(AccountEntry.customer_code == only)
        flagged_q = flagged_q.where(AccountEntry.customer_code == only)
        customers = customers.where(BusinessCustomer.code == only)
    owed = {(c, cur): int(total or 0) for c, cur, total in session.execute(sums)}
    flagged = {c: int(n) for c, n in session.execute(flagged_q)}
    out = []
    for row in session.scalars(customers):
        if not row.currency:
            continue  # no account was ever set up
        out.append(
            AccountView(
                customer=row.code,
                currency=row.currency,
                allowed=row.account_allowed,
                balance=from_minor(owed.get((row.code, row.currency), 0), row.currency),
                credit_limit=from_minor(
                    row.credit_limit_minor if row.account_allowed else 0, row.currency
                ),
                flagged=flagged.get(row.code, 0),
            )
        )
    return out


FLAG_TEXT = {
    "no_customer": "The payment on account names no customer.",
    "unknown_customer": "No customer of that code at central.",
    "account_not_allowed": "The customer may not pay on account.",
    "currency": "Not the currency of the customer's account.",
}


def flagged_entries(
    session: Session, limit: int = 50, branch: str | None = None
) -> list[AccountEntry]:
    """The latest account lines that need a person's look (of ``branch`` when given),
    newest first."""
    query = select(AccountEntry).where(AccountEntry.flag != "")
    if branch is not None:
        query = query.where(AccountEntry.branch == branch)
    return list(
        session.scalars(
            query.order_by(AccountEntry.recorded_at.desc(), AccountEntry.id.desc()).limit(limit)
        )
    )
