"""Recording the payment of an acceptance, or a supervisor's decision to leave it unpaid.

One write transaction stores the ``payments`` row, its outbox item of kind ``payment``
(the payment's UUID is the idempotency key) and an audit entry. An acceptance has at most
one payment: a second one is refused, so a double Enter never takes the money twice.
Acceptances of this terminal still waiting for their payment are found again after a
restart (``awaiting``), so a crash between accept and payment loses nothing.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.domain.customer import BusinessCustomer
from app.domain.gst import GstinInvalid
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.money import Money
from app.domain.payment import (
    ACCOUNT,
    AWAITING_REGISTER,
    PAID,
    UNPAID,
    PaymentProblem,
    Tender,
    tender,
)
from app.services.acceptance import PAYLOAD_SCHEMA
from app.services.auth import SUPERVISOR, authenticate
from app.services.customer_account import check_account
from app.services.customers import customers_of
from app.services.fiscal import sales as fiscal_sales
from app.services.fiscal.register import FiscalRegister, RegisterFault
from app.services.gst_invoices import gst_block, issue_invoice
from app.services.terminal import CounterContext
from app.store.database import Database
from app.store.models import Acceptance, FiscalDocument, Payment, Staff
from app.store.outbox import audit, enqueue

CTX = "Payment"

# Account payment is for business senders (issue 17): shown disabled with this reason
# while the consignment's sender is not a customer whose contract allows it.
ACCOUNT_UNAVAILABLE = QT_TRANSLATE_NOOP(
    CTX, "Account: no business senders with an account are set up at this branch yet."
)
ACCOUNT_NOT_BUSINESS = QT_TRANSLATE_NOOP(
    CTX,
    "Account: only for business senders with an account; choose the business sender "
    "(F4) before accepting.",
)


# The register's electronic copy goes to a phone (+7 and 10 digits) or an e-mail address.
CONTACT = re.compile(r"^(\+7\d{10}|[^@\s]{1,40}@[^@\s]{1,40}\.[a-zA-Z]{2,10})$")


class PaymentRefused(PaymentProblem):
    """The payment was not recorded; ``template``/``params`` say why (context ``Payment``)."""


@dataclass(frozen=True, slots=True)
class Due:
    """An acceptance waiting for its payment: what to charge for which items."""

    acceptance_id: str
    s10s: tuple[str, ...]
    amount: Money
    business_day: date


@dataclass(frozen=True, slots=True)
class PaymentResult:
    """What was stored."""

    payment_id: str
    acceptance_id: str
    state: str
    tender: Tender | None
    fault: RegisterFault | None = None  # the register's fault while awaiting_register
    customer: str = ""  # the business customer whose account was charged (method account)


def due_of(session: Session, acceptance_id: str) -> Due:
    row = session.get(Acceptance, acceptance_id, options=[selectinload(Acceptance.pieces)])
    if row is None:
        raise PaymentRefused(QT_TRANSLATE_NOOP(CTX, "This acceptance is not in this terminal."))
    return Due(
        row.id,
        tuple(p.s10 for p in row.pieces),
        Money(row.fee_amount, row.fee_currency),
        row.business_day,
    )


def awaiting(session: Session, ctx: CounterContext, day: date) -> list[Due]:
    """This terminal's acceptances of ``day`` with no payment yet (not voided), oldest first;
    items of a marketplace batch are not among them: the batch pays at its close."""
    rows = session.scalars(
        select(Acceptance)
        .outerjoin(Payment, Payment.acceptance_id == Acceptance.id)
        .where(
            Acceptance.branch_code == ctx.branch_code,
            Acceptance.terminal_id == ctx.terminal_id,
            Acceptance.business_day == day,
            Acceptance.status == "accepted",
            # a batch's items are paid together when the batch is closed (batch_close)
            Acceptance.batch_id.is_(None),
            Payment.id.is_(None),
        )
        .options(selectinload(Acceptance.pieces))
        .order_by(Acceptance.accepted_at)
    ).all()
    return [
        Due(r.id, tuple(p.s10 for p in r.pieces), Money(r.fee_amount, r.fee_currency), day)
        for r in rows
    ]


def _store(
    session: Session,
    ctx: CounterContext,
    acceptance: Acceptance,
    *,
    state: str,
    paid: Tender | None,
    at: datetime,
    approver: Staff | None = None,
    reason: str = "",
    fiscal: bool = False,
    contact: str = "",
    demo: bool = False,
    customer_gstin: str = "",
    customer_code: str = "",
) -> PaymentResult:
    if acceptance.status != "accepted":
        raise PaymentRefused(
            QT_TRANSLATE_NOOP(CTX, "This acceptance is void: no payment is taken for it.")
        )
    if session.scalar(select(Payment.id).where(Payment.acceptance_id == acceptance.id)):
        raise PaymentRefused(
            QT_TRANSLATE_NOOP(CTX, "The payment of this acceptance is already recorded.")
        )
    payment = Payment(
        id=str(uuid.uuid4()),
        acceptance_id=acceptance.id,
        business_day=acceptance.business_day,
        state=state,
        method=paid.method if paid else "",
        amount=Money(acceptance.fee_amount, acceptance.fee_currency).quantized().amount,
        currency=acceptance.fee_currency,
        tendered=paid.tendered.amount if paid and paid.tendered else None,
        change=paid.change.amount if paid and paid.change else None,
        recorded_at=at,
        staff_id=ctx.staff_id,
        approved_by=approver.id if approver else None,
        reason=reason,
        customer_code=customer_code,
    )
    session.add(payment)
    session.flush()
    if state == PAID:
        try:
            issue_invoice(session, acceptance, payment, customer_gstin)
            session.flush()
        except GstinInvalid as exc:
            raise PaymentRefused(
                QT_TRANSLATE_NOOP(
                    CTX,
                    "The customer's GSTIN {gstin} is not valid: check it on their "
                    "certificate, or leave it empty for an unregistered customer.",
                ),
                gstin=customer_gstin.strip()[:20],
            ) from exc
    if fiscal:
        # Not final until the register has it: stored first, queued for sync once registered.
        payment.state = AWAITING_REGISTER
        fiscal_sales.prepare_sale(session, acceptance, payment, contact=contact, demo=demo)
        session.flush()
    else:
        enqueue(
            session,
            "payment",
            acceptance.id,
            payment_payload(session, payment, acceptance),
            item_uuid=payment.id,
        )
    audit(
        session,
        staff_id=ctx.staff_id,
        terminal_id=ctx.terminal_id,
        action="payment" if state == PAID else "payment.left_unpaid",
        entity="acceptance",
        entity_id=acceptance.id,
        details={
            "payment_id": payment.id,
            "method": payment.method,
            "amount": str(payment.amount),
            "currency": payment.currency,
            **({"approved_by": approver.staff_number} if approver else {}),
        },
    )
    return PaymentResult(
        payment.id, acceptance.id, payment.state, paid, customer=payment.customer_code
    )


def payment_payload(
    session: Session, payment: Payment, acceptance: Acceptance
) -> dict[str, object]:
    """The sync payload of a payment (canonical JSON is made by the outbox), with the
    register's fiscal data when the sale was registered."""
    staff = session.get(Staff, payment.staff_id)
    approver = session.get(Staff, payment.approved_by) if payment.approved_by else None
    doc = session.scalar(
        select(FiscalDocument).where(
            FiscalDocument.payment_id == payment.id, FiscalDocument.kind == "sell"
        )
    )
    body: dict[str, object] = {
        "schema": PAYLOAD_SCHEMA,
        "kind": "payment",
        "payment_id": payment.id,
        "acceptance_id": acceptance.id,
        "branch": acceptance.branch_code,
        "terminal": acceptance.terminal_id,
        "staff": staff.staff_number if staff else "",
        "business_day": payment.business_day.isoformat(),
        "recorded_at": payment.recorded_at.isoformat(),
        "state": payment.state,
        "method": payment.method,
        "amount": {"amount": str(payment.amount), "currency": payment.currency},
        "tendered": str(payment.tendered) if payment.tendered is not None else None,
        "change": str(payment.change) if payment.change is not None else None,
        "approved_by": approver.staff_number if approver else None,
        "reason": payment.reason,
    }
    if payment.customer_code:
        body["customer"] = payment.customer_code
    fiscal = fiscal_sales.fiscal_block(doc)
    if fiscal is not None:
        body["fiscal"] = fiscal
    invoice = gst_block(session, payment.id)
    if invoice is not None:
        body["gst"] = invoice
    return body


def account_customer(session: Session, acceptance: Acceptance) -> BusinessCustomer:
    """The business customer whose account ``acceptance`` may be charged to; refused
    (``PaymentRefused``) when its sender was not chosen as a business customer."""
    if not acceptance.customer_code:
        raise PaymentRefused(ACCOUNT_NOT_BUSINESS)
    found = next(
        (
            c
            for c in customers_of(session, acceptance.business_day)
            if c.code == acceptance.customer_code
        ),
        None,
    )
    if found is None:
        raise PaymentRefused(ACCOUNT_UNAVAILABLE)
    return found


def record_payment(
    db: Database,
    ctx: CounterContext,
    acceptance_id: str,
    method: str,
    tendered: Money | None = None,
    *,
    now: datetime | None = None,
    register: FiscalRegister | None = None,
    contact: str = "",
    customer_gstin: str = "",
) -> PaymentResult:
    """Record that the fee of ``acceptance_id`` was paid by ``method``; raise
    ``PaymentProblem`` (what to do) when the amount or method does not do.

    With a fiscal ``register`` the payment is stored ``awaiting_register`` with its sale,
    then the sale is registered (this call blocks: run it off the GUI thread); it becomes
    ``paid`` only with the register's fiscal data. A register fault is returned in
    ``fault`` with the payment still stored and waiting (``send_pending`` retries it).
    ``contact`` is the customer's phone or e-mail for an electronic copy.
    At an Indian branch with a GSTIN a GST invoice is issued with the payment;
    ``customer_gstin`` (optional) is checked and decides CGST+SGST or IGST."""
    at = (now or datetime.now(UTC)).astimezone(UTC)
    contact = contact.strip()
    if contact and not CONTACT.match(contact):
        raise PaymentRefused(
            QT_TRANSLATE_NOOP(
                CTX,
                "For an electronic receipt type a phone number (+79001234567) or an e-mail "
                "address, or leave the field empty.",
            )
        )

    def work(session: Session) -> PaymentResult:
        row = session.get(Acceptance, acceptance_id)
        if row is None or row.branch_code != ctx.branch_code:
            raise PaymentRefused(QT_TRANSLATE_NOOP(CTX, "This acceptance is not in this terminal."))
        if row.batch_id is not None:
            raise PaymentRefused(
                QT_TRANSLATE_NOOP(
                    CTX,
                    "This parcel is on a business customer's list: the list is paid in one "
                    "payment when a supervisor closes it.",
                )
            )
        due = Money(row.fee_amount, row.fee_currency)
        gstin, code = customer_gstin, ""
        if method == ACCOUNT:
            customer = account_customer(session, row)
            check_account(session, customer, due.quantized())
            gstin, code = customer_gstin or customer.gstin, customer.code
        paid = tender(method, due, tendered)
        # A charge to an account is not money taken at the counter: no register sale.
        fiscal = register is not None and method != ACCOUNT
        return _store(
            session,
            ctx,
            row,
            state=PAID,
            paid=paid,
            at=at,
            fiscal=fiscal,
            contact=contact,
            demo=bool(register is not None and register.demo),
            customer_gstin=gstin,
            customer_code=code,
        )

    stored = db.write_with_retry(work)
    if register is None or method == ACCOUNT:
        return stored
    outcome = fiscal_sales.send(db, register, stored.payment_id, ctx)
    if outcome.fault is not None:
        return replace(stored, fault=outcome.fault)
    return replace(stored, state=PAID)


def leave_unpaid(
    db: Database,
    ctx: CounterContext,
    acceptance_id: str,
    *,
    supervisor_number: str,
    pin: str,
    reason: str,
    now: datetime | None = None,
) -> PaymentResult:
    """A supervisor lets the parcel go without payment; audited with their number."""
    if len(reason.strip()) < 5:
        raise PaymentRefused(
            QT_TRANSLATE_NOOP(CTX, "Give the reason for leaving it unpaid in a few words.")
        )
    at = (now or datetime.now(UTC)).astimezone(UTC)
    # The log-in's rules (lockout after wrong PINs, every failure audited): AuthRefused
    # reaches the caller, which shows its reason.
    supervisor_id = authenticate(
        db,
        supervisor_number,
        pin,
        purpose="leave unpaid",
        role=SUPERVISOR,
        terminal_id=ctx.terminal_id,
    ).id

    def work(session: Session) -> PaymentResult:
        supervisor = session.get(Staff, supervisor_id)
        assert supervisor is not None
        row = session.get(Acceptance, acceptance_id)
        if row is None or row.branch_code != ctx.branch_code:
            raise PaymentRefused(QT_TRANSLATE_NOOP(CTX, "This acceptance is not in this terminal."))
        return _store(
            session,
            ctx,
            row,
            state=UNPAID,
            paid=None,
            at=at,
            approver=supervisor,
            reason=reason.strip(),
        )

    return db.write_with_retry(work)
