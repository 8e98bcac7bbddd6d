"""The ``payment`` sync item: the money a counter took for an acceptance, or a supervisor's
decision to let it go unpaid.

A kind of its own, registered with ingest's kind registry (``central.kinds``). The
payment's UUID is the item's idempotency key; the item is kept in ``sync_items`` with its
payload exactly as sent, which is central's record of the payment. A payment must follow
its acceptance (in an earlier batch or earlier in the same one) and belong to the caller's
branch; its amount must be the acceptance's fee in the fee's currency.

A payment on account is charged to the customer's account (``central.accounts``): the
customer the payment names, else the acceptance's business customer.

A ``payment_return`` item is the return receipt ("возврат прихода") a register made when
a paid acceptance was voided: its fiscal data, keyed by the return document's UUID. It is
stored only for a voided acceptance of the caller's branch whose payment central already
has, for that payment's amount; anything else is refused with the field and what to do.

A ``batch_fiscal`` item is the sale receipt ("приход") a register made for a marketplace
batch paid in cash or by card at its close (issue 17): its fiscal data, keyed by the
batch. It is stored only for a batch closed at central by the caller's branch with that
payment (the ``batch_close`` item comes first) and not on account; kept in ``sync_items``
as sent, like a payment's fiscal data.
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from typing import Annotated, Literal

from pydantic import Field, ValidationError, model_validator
from sqlalchemy import select

from central import accounts
from central.kinds import ItemContext, ItemKind, locked_acceptance, not_yours, register_kind
from central.models import BusinessAcceptance, CustomerBatch, SyncItem
from central.payloads import (
    Amount,
    BatchNumber,
    Branch,
    CustomerCode,
    Day,
    Money,
    Time,
    Uuid,
    _Model,
    _text,
    _whole,
    reasons,
)

KIND = "payment"
# A decimal amount as text, two places at most, bounded.
Amount_ = Annotated[str, Field(pattern=r"^-?\d{1,12}(\.\d{1,2})?$", max_length=16)]
METHODS = ("cash", "card", "account")
STATES = ("paid", "unpaid", "awaiting_register")


class _FiscalData(_Model):
    """What a fiscal register returns for a document; ``demo`` from a fake register."""

    document_number: _whole(1, 4_294_967_295)
    fiscal_sign: Annotated[_text(20, 1), Field(pattern=r"^[0-9]+$")]
    fn_number: Annotated[_text(20, 1), Field(pattern=r"^[0-9A-Z-]+$")]
    register_time: Annotated[_text(19, 16), Field(pattern=r"^\d{4}-\d\d-\d\dT[\d:]+$")]
    shift_number: _whole(0, 1_000_000)
    demo: bool = False


class Fiscal(_FiscalData):
    """The fiscal register's data of the sale ("приход", issue 15)."""

    kind: Literal["sell"]


class ReturnFiscal(_FiscalData):
    """The fiscal register's data of the return receipt ("возврат прихода")."""

    kind: Literal["sellReturn"]


class Gst(_Model):
    """The GST invoice of a payment at an Indian counter (issue 15)."""

    kind: Literal["tax_invoice", "bill_of_supply"]
    number: Annotated[_text(16, 1), Field(pattern=r"^[A-Z0-9/-]+$")]
    financial_year: Annotated[_text(4, 4), Field(pattern=r"^\d{4}$")]
    office_gstin: Annotated[_text(15, 15), Field(pattern=r"^\d{2}[0-9A-Z]{13}$")]
    customer_gstin: Annotated[_text(15), Field(pattern=r"^(\d{2}[0-9A-Z]{13})?$")]
    place_of_supply: Annotated[_text(2, 2), Field(pattern=r"^\d{2}$")]
    value: Amount_
    cgst: Amount_
    sgst: Amount_
    igst: Amount_


class Payment(_Model):
    """A payment (or a supervisor-approved unpaid acceptance) as the terminal recorded it."""

    schema_: Literal[1] = Field(alias="schema")
    payment_id: Uuid
    acceptance_id: Uuid
    branch: Branch
    business_day: Day
    recorded_at: Time
    state: Literal["paid", "unpaid", "awaiting_register"]
    method: Literal["cash", "card", "account", ""] | None = None  # "" when left unpaid
    amount: Amount
    tendered: Money | None = None
    change: Money | None = None
    approved_by: Annotated[str, _text(20, 1)] | None = None
    reason: Annotated[str, _text(500)] | None = None
    fiscal: Fiscal | None = None  # absent where no fiscal register is used
    gst: Gst | None = None  # an Indian counter's invoice
    customer: CustomerCode | None = None  # the account charged when method is "account"

    @model_validator(mode="after")
    def _consistent(self) -> Payment:
        if self.state == "paid" and not self.method:
            raise ValueError("method: a paid payment names its method (cash, card, account)")
        if self.state == "unpaid" and not self.approved_by:
            raise ValueError("approved_by: a payment left unpaid names the approving supervisor")
        return self


def validate(payload: object) -> list[str]:
    """Reasons the payment cannot be stored, each naming its field; [] when it can."""
    if not isinstance(payload, dict):
        return ["payload: not a JSON object."]
    try:
        Payment.model_validate(payload)
    except ValidationError as exc:
        # A cross-field rule names its own field; drop the model-level "payload: " prefix.
        return [r.removeprefix("payload: ") for r in reasons(exc)]
    return []


def _amount(value: object) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def apply_payment(ctx: ItemContext, p: Payment) -> str:
    """Check the payment against its acceptance; '' when stored, else the reason."""
    row = locked_acceptance(ctx, p.acceptance_id)
    if row is None:
        return (
            f"acceptance_id: {p.acceptance_id} is not registered at central (its "
            "acceptance was rejected or not sent yet). Fix the acceptance first, then send "
            "this payment again."
        )
    why = not_yours(ctx, row)
    if why:
        return why
    try:
        fee = json.loads(row.record).get("fee") or {}
    except (TypeError, ValueError):
        fee = {}
    paid = p.amount
    if fee and (_amount(fee.get("amount")) != paid.amount or fee.get("currency") != paid.currency):
        return (
            f"amount: {paid.amount} {paid.currency} is not the acceptance's fee "
            f"{fee.get('amount')} {fee.get('currency')}; record the payment for the fee charged."
        )
    if p.method == "account" and p.state != "unpaid":
        customer = p.customer or ctx.session.scalar(
            select(BusinessAcceptance.customer_code).where(
                BusinessAcceptance.acceptance_id == p.acceptance_id
            )
        )
        accounts.charge(
            ctx,
            customer=customer or "",
            amount=paid.amount,
            currency=paid.currency,
            source_id=p.payment_id,
            acceptance_id=p.acceptance_id,
        )
    return ""


register_kind(ItemKind(KIND, Payment, lambda p: p.branch, lambda p: p.payment_id, apply_payment))

RETURN_KIND = "payment_return"


class PaymentReturn(_Model):
    """The return receipt of a paid acceptance that was voided, as the register made it."""

    schema_: Literal[1] = Field(alias="schema")
    return_id: Uuid
    payment_id: Uuid
    acceptance_id: Uuid
    branch: Branch
    terminal: Annotated[str, _text(64)] | None = None
    recorded_at: Time
    amount: Amount
    fiscal: ReturnFiscal


def validate_return(payload: object) -> list[str]:
    """Reasons the return cannot be stored, each naming its field; [] when it can."""
    if not isinstance(payload, dict):
        return ["payload: not a JSON object."]
    try:
        PaymentReturn.model_validate(payload)
    except ValidationError as exc:
        return [r.removeprefix("payload: ") for r in reasons(exc)]
    return []


def apply_return(ctx: ItemContext, p: PaymentReturn) -> str:
    """Check the return against its acceptance and payment; '' when stored, else why."""
    row = locked_acceptance(ctx, p.acceptance_id)
    if row is None:
        return (
            f"acceptance_id: {p.acceptance_id} is not registered at central. Send its "
            "acceptance, payment and void first, then this return again."
        )
    why = not_yours(ctx, row)
    if why:
        return why
    if row.status != "voided":
        return (
            f"acceptance_id: {p.acceptance_id} is not void at central; a return receipt "
            "follows the void. Send the void first, then this return again."
        )
    stored = ctx.session.scalar(
        select(SyncItem.payload).where(
            SyncItem.item_uuid == p.payment_id,
            SyncItem.kind == KIND,
            SyncItem.branch == ctx.caller.branch,
        )
    )
    try:
        payment = json.loads(stored) if stored else None
    except (TypeError, ValueError):
        payment = None
    if not isinstance(payment, dict) or payment.get("acceptance_id") != p.acceptance_id:
        return (
            f"payment_id: {p.payment_id} is not a payment of acceptance {p.acceptance_id} "
            "at central. Send that payment first, then this return again."
        )
    paid = payment.get("amount") if isinstance(payment.get("amount"), dict) else {}
    back = p.amount
    if _amount(paid.get("amount")) != back.amount or paid.get("currency") != back.currency:
        return (
            f"amount: {back.amount} {back.currency} is not the payment's "
            f"{paid.get('amount')} {paid.get('currency')}; a return gives back what was paid."
        )
    return ""


register_kind(
    ItemKind(RETURN_KIND, PaymentReturn, lambda p: p.branch, lambda p: p.return_id, apply_return)
)

BATCH_FISCAL_KIND = "batch_fiscal"


class BatchFiscal(_Model):
    """The sale receipt of a closed batch's cash or card payment, as the register made it."""

    schema_: Literal[1] = Field(alias="schema")
    batch: BatchNumber
    customer: CustomerCode
    branch: Branch
    payment_id: Uuid
    fiscal: Fiscal


def apply_batch_fiscal(ctx: ItemContext, p: BatchFiscal) -> str:
    """Check the receipt against its closed batch; '' when stored, else why."""
    batch = ctx.session.scalar(
        select(CustomerBatch).where(
            CustomerBatch.customer_code == p.customer, CustomerBatch.number == p.batch
        )
    )
    if batch is None or not batch.closed:
        return (
            f"batch: {p.batch} of {p.customer} is not closed at central; the receipt follows "
            "the close. Send the batch's close first, then this receipt again."
        )
    if batch.branch != ctx.caller.branch:
        return (
            f"batch: {p.batch} of {p.customer} was closed at branch {batch.branch}; a "
            f"terminal of {ctx.caller.branch} cannot send its receipt."
        )
    if batch.close_item_uuid != p.payment_id:
        return (
            f"payment_id: {p.payment_id} is not the payment batch {p.batch} was closed with "
            f"({batch.close_item_uuid}); send the receipt of that payment."
        )
    if batch.payment_method not in ("cash", "card"):
        return (
            f"payment_id: batch {p.batch} was paid {batch.payment_method or 'without payment'}"
            "; only a cash or card payment has a register's receipt."
        )
    return ""


register_kind(
    ItemKind(
        BATCH_FISCAL_KIND,
        BatchFiscal,
        lambda p: p.branch,
        lambda p: p.batch,
        apply_batch_fiscal,
    )
)
