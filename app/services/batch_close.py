"""Closing a marketplace batch (issue 17): a supervisor locks the list and takes its payment.

One write transaction sets the batch ``closed`` (when, by whom, the branch's business
day), stores the batch's one payment (``payments`` row with ``batch_id`` and the customer,
the sum of the accepted items' fees, which already hold the contract prices) and queues
the ``batch_close`` sync item (its uuid is the payment's id) with an audit entry. Items
of the list not accepted by then are the missing items: they stay on the list, the act
names them and nothing more is accepted into the batch (``app.services.acceptance``).

Batch items have no payment of their own: the batch pays at the close, so they are never
"awaiting payment" (``app.services.payment.awaiting``) and the day report counts them by
the batch payment's method.

At a Russian branch with a fiscal register a cash or card batch is one sale with one
position per accepted item (``app.services.fiscal.sales.prepare_batch_sale``); a charge to
an account is not money taken at the counter and has no receipt.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents.acceptance_act import ActData, ActItem
from app.domain.customer import BusinessCustomer
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.money import Money
from app.domain.payment import ACCOUNT, AWAITING_REGISTER, PAID, PaymentProblem, tender
from app.services.acceptance import PAYLOAD_SCHEMA
from app.services.auth import SUPERVISOR
from app.services.batch_query import BatchItem, batch_items
from app.services.customer_account import available_credit, check_account
from app.services.customers import customer_by_code
from app.services.documents import caption_lang
from app.services.fiscal import sales as fiscal_sales
from app.services.fiscal.register import FiscalRegister, RegisterFault
from app.services.terminal import CounterContext
from app.store.database import Database
from app.store.models import Acceptance, Batch, Branch, Payment, Staff
from app.store.outbox import audit, enqueue

CTX = "BatchClose"
KIND = "batch_close"
FISCAL_KIND = "batch_fiscal"
MAX_ITEMS = 5000  # items of one batch_close sync item (central's bound)


class BatchCloseRefused(PaymentProblem):
    """The batch was not closed; ``template``/``params`` say why (context ``BatchClose``).

    A ``PaymentProblem`` so a caller shows it like the other refusals of the payment step
    (a wrong cash amount, an account over its limit); ``context`` names its tr() context."""

    context = CTX


@dataclass(frozen=True, slots=True)
class ClosedBatch:
    """What the close stored."""

    batch_id: int
    number: str
    customer_code: str
    closed_at: datetime
    business_day: date
    payment_id: str
    method: str
    amount: Money
    tendered: Money | None
    change: Money | None
    accepted: int
    flagged: int
    missing: tuple[str, ...]
    fault: RegisterFault | None = None  # the fiscal register's, the sale left pending


def customer_of(db: Database, code: str, on: date) -> BusinessCustomer | None:
    """The batch's customer as the reference data has it on ``on`` (None if unknown)."""
    if not code:
        return None
    return customer_by_code(db, code, on)


def _refused(template: str, **params: str) -> BatchCloseRefused:
    return BatchCloseRefused(template, **params)


def _approver(session: Session, ctx: CounterContext, staff_id: int) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None or not staff.active or staff.branch_code != ctx.branch_code:
        raise _refused(
            QT_TRANSLATE_NOOP(
                CTX, "A supervisor of this branch must close the list: ask one to enter their PIN."
            )
        )
    if staff.role != SUPERVISOR:
        raise _refused(
            QT_TRANSLATE_NOOP(CTX, "{name} is not a supervisor: a supervisor must close the list."),
            name=staff.name,
        )
    return staff


def _closed_refusal(session: Session, batch: Batch) -> BatchCloseRefused:
    by = session.get(Staff, batch.closed_by) if batch.closed_by else None
    return _refused(
        QT_TRANSLATE_NOOP(
            CTX,
            "List {number} was closed on {day} by {name}: nothing more is accepted into it "
            "or paid for it. Reprint its act instead.",
        ),
        number=batch.number,
        day=f"{batch.business_day:%d.%m.%Y}" if batch.business_day else "?",
        name=by.name if by else "?",
    )


def close_batch(
    db: Database,
    ctx: CounterContext,
    batch_id: int,
    approver_staff_id: int,
    method: str,
    tendered: Decimal | None = None,
    *,
    now: datetime | None = None,
    register: FiscalRegister | None = None,
) -> ClosedBatch:
    """Close ``batch_id`` and record its payment by ``method``; raise ``PaymentProblem``
    (``BatchCloseRefused``, ``AccountRefused`` or a cash problem) when it cannot be done.

    ``approver_staff_id`` is a staff member the caller has just checked by number and PIN
    (``app.services.auth.authenticate``); it must be a supervisor of this branch.

    With a fiscal ``register`` (a Russian branch) a cash or card batch is a sale: it is
    stored with the close (one position per accepted item), the payment ``awaiting_register``,
    then registered (this call blocks: run it off the GUI thread). A register fault comes
    back in ``fault`` with the batch closed and the sale pending (``send_pending`` retries)."""
    at = (now or datetime.now(UTC)).astimezone(UTC)
    day = ctx.business_day(at)
    with db.read() as session:
        row = session.get(Batch, batch_id)
        code = row.customer_code if row is not None else ""
    # Only an account charge needs the customer's contract (its limit); read it before
    # the write transaction, which must not open a second connection.
    customer = customer_of(db, code, day) if method == ACCOUNT else None

    def work(session: Session) -> ClosedBatch:
        approver = _approver(session, ctx, approver_staff_id)
        batch = session.get(Batch, batch_id)
        if batch is None:
            raise _refused(QT_TRANSLATE_NOOP(CTX, "This list is not on this terminal."))
        if batch.state == "closed":
            raise _closed_refusal(session, batch)
        items = batch_items(session, batch_id)
        if len(items) > MAX_ITEMS:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    CTX,
                    "List {number} has {count} items, more than {limit} one close can send: "
                    "ask head office to split it.",
                ),
                number=batch.number,
                count=str(len(items)),
                limit=str(MAX_ITEMS),
            )
        accepted = [i for i in items if i.accepted]
        if not accepted:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    CTX,
                    "Nothing of list {number} is accepted yet: there is nothing to close or "
                    "to pay. Accept its items first.",
                ),
                number=batch.number,
            )
        due = _total(accepted, ctx.currency)
        paid = tender(method, due, Money(tendered, due.currency) if tendered is not None else None)
        if method == ACCOUNT:
            if customer is None:
                raise _refused(
                    QT_TRANSLATE_NOOP(
                        CTX,
                        "{customer} is not in this terminal's customer list: it cannot pay on "
                        "account. Take the payment in cash or card, or sync the reference data.",
                    ),
                    customer=batch.customer_code or "?",
                )
            check_account(session, customer, due)
        batch.state = "closed"
        batch.closed_at = at
        batch.closed_by = approver.id
        batch.business_day = day
        payment = Payment(
            id=str(uuid.uuid4()),
            acceptance_id=None,
            batch_id=batch.id,
            customer_code=batch.customer_code,
            business_day=day,
            state=PAID,
            method=paid.method,
            amount=due.amount,
            currency=due.currency,
            tendered=paid.tendered.amount if paid.tendered else None,
            change=paid.change.amount if paid.change else None,
            recorded_at=at,
            staff_id=ctx.staff_id,
            approved_by=approver.id,
            reason="",
        )
        session.add(payment)
        session.flush()
        if register is not None and method != ACCOUNT:
            # Not final until the register has it (as an acceptance's payment).
            payment.state = AWAITING_REGISTER
            fiscal_sales.prepare_batch_sale(session, payment, demo=register.demo)
            session.flush()
        missing = tuple(i.s10 for i in items if not i.accepted)
        flagged = sum(1 for i in accepted if i.weight_flagged)
        enqueue(
            session,
            KIND,
            batch.number,
            close_payload(ctx, batch, approver, payment, items),
            item_uuid=payment.id,
        )
        audit(
            session,
            staff_id=ctx.staff_id,
            terminal_id=ctx.terminal_id,
            action=KIND,
            entity="batch",
            entity_id=batch.number,
            details={
                "approved_by": approver.staff_number,
                "accepted": len(accepted),
                "missing": len(missing),
                "flagged": flagged,
                "payment_id": payment.id,
                "method": payment.method,
                "amount": str(payment.amount),
                "currency": payment.currency,
            },
        )
        return ClosedBatch(
            batch.id,
            batch.number,
            batch.customer_code,
            at,
            day,
            payment.id,
            payment.method,
            due,
            paid.tendered,
            paid.change,
            len(accepted),
            flagged,
            missing,
        )

    closed = db.write_with_retry(work)
    if register is None or method == ACCOUNT:
        return closed
    outcome = fiscal_sales.send(db, register, closed.payment_id, ctx)
    return replace(closed, fault=outcome.fault)


def _total(accepted: list[BatchItem], currency: str) -> Money:
    total = Money.zero(currency)
    for item in accepted:
        assert item.fee is not None  # accepted items have their fee
        if item.fee.currency != currency:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    CTX,
                    "{s10} was charged in {other}, the list is paid in {currency}: void it "
                    "and accept it again before closing.",
                ),
                s10=item.s10,
                other=item.fee.currency,
                currency=currency,
            )
        total += item.fee
    return total.quantized()


def close_payload(
    ctx: CounterContext, batch: Batch, approver: Staff, payment: Payment, items: list[BatchItem]
) -> dict[str, Any]:
    """The ``batch_close`` sync item (central.payloads models it, bounded)."""
    assert batch.closed_at is not None and batch.business_day is not None
    return {
        "schema": PAYLOAD_SCHEMA,
        "kind": KIND,
        "batch": batch.number,
        "customer": batch.customer_code,
        "branch": ctx.branch_code,
        "terminal": ctx.terminal_id,
        "staff": approver.staff_number,
        "closed_at": batch.closed_at.isoformat(),
        "business_day": batch.business_day.isoformat(),
        "items": [
            {"s10": i.s10, "declared_grams": i.declared_grams, "acceptance_id": i.acceptance_id}
            for i in items
        ],
        "payment": {
            "payment_id": payment.id,
            "method": payment.method,
            "amount": {"amount": f"{Decimal(payment.amount):.2f}", "currency": payment.currency},
        },
    }


def fiscal_payload(session: Session, payment: Payment, fiscal: dict[str, object]) -> dict[str, Any]:
    """The ``batch_fiscal`` sync item: the register's data of a closed batch's sale, sent
    once the register has it (the ``batch_close`` item went at the close, before it)."""
    batch = session.get(Batch, payment.batch_id)
    assert batch is not None
    return {
        "schema": PAYLOAD_SCHEMA,
        "kind": FISCAL_KIND,
        "batch": batch.number,
        "customer": batch.customer_code,
        "branch": _branch_of(session, batch),
        "payment_id": payment.id,
        "fiscal": fiscal,
    }


def act_data(session: Session, batch_id: int, customer: BusinessCustomer | None = None) -> ActData:
    """What the acceptance act prints for ``batch_id`` (closed or, as a preview, open).

    ``customer`` is the batch's customer from the reference data (``customer_of``); without
    it the act names the customer by its code."""
    batch = session.get(Batch, batch_id)
    if batch is None:
        raise LookupError(batch_id)
    items = batch_items(session, batch_id)
    payment = session.scalar(select(Payment).where(Payment.batch_id == batch_id))
    branch_code = _branch_of(session, batch)
    branch = session.get(Branch, branch_code) if branch_code else None
    tz = ZoneInfo(branch.timezone) if branch else ZoneInfo("UTC")
    clerk = _clerk(session, batch_id, payment)
    supervisor = session.get(Staff, batch.closed_by) if batch.closed_by else None
    when = batch.closed_at or datetime.now(UTC)
    return ActData(
        number=batch.number,
        customer_code=batch.customer_code,
        customer_name=customer.name if customer else "",
        contract=customer.contract if customer else "",
        tax_id=customer.tax_id if customer else "",
        branch_name=branch.name if branch else branch_code,
        branch_code=branch_code,
        day=batch.business_day or when.astimezone(tz).date(),
        closed_at_local=batch.closed_at.astimezone(tz) if batch.closed_at else None,
        clerk=f"{clerk.name} ({clerk.staff_number})" if clerk else "",
        supervisor=f"{supervisor.name} ({supervisor.staff_number})" if supervisor else "",
        items=tuple(
            ActItem(
                s10=i.s10,
                declared_grams=i.declared_grams,
                actual_grams=i.actual_grams,
                fee=i.fee,
                flagged=i.weight_flagged,
            )
            for i in items
        ),
        payment_method=payment.method if payment else "",
        paid=Money(payment.amount, payment.currency) if payment else None,
        caption_lang=caption_lang(branch),
        demo=bool(branch is not None and branch.is_demo),
    )


def _branch_of(session: Session, batch: Batch) -> str:
    """The branch that accepted the batch's items (a batch row has no branch of its own)."""
    row = session.scalar(
        select(Acceptance.branch_code).where(Acceptance.batch_id == batch.id).limit(1)
    )
    if row:
        return str(row)
    from app.store.settings import get_setting

    return str(get_setting(session, "branch.code", "") or "")


def _clerk(session: Session, batch_id: int, payment: Payment | None) -> Staff | None:
    """Who signs as the clerk: who took the batch's payment, else who accepted last."""
    if payment is not None:
        return session.get(Staff, payment.staff_id)
    staff_id = session.scalar(
        select(Acceptance.staff_id)
        .where(Acceptance.batch_id == batch_id, Acceptance.status == "accepted")
        .order_by(Acceptance.accepted_at.desc())
        .limit(1)
    )
    return session.get(Staff, staff_id) if staff_id is not None else None


def read_act(db: Database, batch_id: int) -> ActData:
    """``act_data`` with the batch's customer looked up (for the CLI and the task runner)."""
    with db.read() as session:
        batch = session.get(Batch, batch_id)
        if batch is None:
            raise LookupError(batch_id)
        code, day = batch.customer_code, batch.business_day or datetime.now(UTC).date()
    customer = customer_of(db, code, day)
    with db.read() as session:
        return act_data(session, batch_id, customer)


@dataclass(frozen=True, slots=True)
class CloseSummary:
    """What the close dialog shows before the supervisor confirms."""

    batch_id: int
    number: str
    customer_code: str
    customer_name: str
    closed: bool
    accepted: int
    flagged: int
    missing: tuple[str, ...]
    total: Money
    account_allowed: bool
    available_credit: Money | None  # what the account may still take (None: no account)


def close_summary(db: Database, batch_id: int, currency: str, on: date) -> CloseSummary:
    """The batch's figures and whether its customer may pay on account (run off the GUI
    thread: it reads the whole list)."""
    with db.read() as session:
        batch = session.get(Batch, batch_id)
        if batch is None:
            raise LookupError(batch_id)
        number, code, closed = batch.number, batch.customer_code, batch.state == "closed"
        items = batch_items(session, batch_id)
    accepted = [i for i in items if i.accepted]
    total = Money.zero(currency)
    for item in accepted:
        if item.fee is not None and item.fee.currency == currency:
            total += item.fee
    customer = customer_of(db, code, on)
    allowed = bool(customer is not None and customer.active and customer.account_allowed)
    available: Money | None = None
    if allowed and customer is not None:
        with db.read() as session:
            available = available_credit(session, customer)
    return CloseSummary(
        batch_id,
        number,
        code,
        customer.name if customer else "",
        closed,
        len(accepted),
        sum(1 for i in accepted if i.weight_flagged),
        tuple(i.s10 for i in items if not i.accepted),
        total.quantized(),
        allowed,
        available,
    )
