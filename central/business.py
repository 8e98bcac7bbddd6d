"""What central keeps of business customers' consignments (issue 17), for the marketplace
API and the accounts.

An accept item's ``business`` part becomes a ``business_acceptances`` row (customer,
price plan, batch, declared weight, weight flag) and, when it names a batch, an item of
that batch (the batch is opened by the first item naming it). The ``batch_close`` kind
(registered here) closes the batch: its whole list (accepted or missing, with declared
weights) and its payment, charged to the customer's account when paid on account.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import delete, func, select

from central import accounts
from central.kinds import ItemContext, ItemKind, register_kind
from central.models import BusinessAcceptance, CustomerBatch, CustomerBatchItem
from central.payloads import Acceptance, BatchClose

KIND = "batch_close"
# A closing list of 5000 items is about 500 kB of JSON: more than one acceptance needs.
MAX_CLOSE_BYTES = 1024 * 1024


def batch_id(ctx: ItemContext, customer: str, number: str) -> int:
    """The id of the customer's batch ``number``, opened for the caller's branch if new."""
    ctx.session.execute(
        ctx.insert(CustomerBatch)
        .values(
            customer_code=customer,
            number=number,
            branch=ctx.caller.branch,
            closed=False,
            created_at=ctx.now,
        )
        .on_conflict_do_nothing(index_elements=["customer_code", "number"])
    )
    found = ctx.session.scalar(
        select(CustomerBatch.id).where(
            CustomerBatch.customer_code == customer, CustomerBatch.number == number
        )
    )
    assert found is not None  # inserted or already there, in this transaction
    return int(found)


def _add_items(ctx: ItemContext, rows: list[dict[str, object]], keep_declared: bool) -> None:
    """Insert batch items, or complete existing ones (acceptance id, declared weight)."""
    if not rows:
        return
    stmt = ctx.insert(CustomerBatchItem)
    declared = (
        func.coalesce(CustomerBatchItem.declared_grams, stmt.excluded.declared_grams)
        if keep_declared
        else stmt.excluded.declared_grams
    )
    ctx.session.execute(
        stmt.on_conflict_do_update(
            index_elements=["batch_id", "s10"],
            set_={
                "acceptance_id": func.coalesce(
                    stmt.excluded.acceptance_id, CustomerBatchItem.acceptance_id
                ),
                "declared_grams": declared,
            },
        ),
        rows,
    )


def record_acceptance(ctx: ItemContext, record: Acceptance) -> None:
    """Keep (or, for an amendment, replace) the acceptance's business part."""
    ctx.session.execute(
        delete(BusinessAcceptance).where(BusinessAcceptance.acceptance_id == record.acceptance_id)
    )
    part = record.business
    if part is None:
        return
    batch = batch_id(ctx, part.customer, part.batch) if part.batch else None
    ctx.session.add(
        BusinessAcceptance(
            acceptance_id=record.acceptance_id,
            customer_code=part.customer,
            price_plan=part.price_plan,
            batch_id=batch,
            declared_grams=part.declared_grams,
            weight_flagged=part.weight_flagged,
        )
    )
    if batch is not None:
        # The declared weight is the consignment's; per item only when it is one piece.
        declared = part.declared_grams if len(record.pieces) == 1 else None
        _add_items(
            ctx,
            [
                {
                    "batch_id": batch,
                    "s10": piece.s10,
                    "declared_grams": declared,
                    "acceptance_id": record.acceptance_id,
                }
                for piece in record.pieces
            ],
            keep_declared=True,
        )
    ctx.session.flush()


def apply_batch_close(ctx: ItemContext, p: BatchClose) -> str:
    """Close the batch with its list and payment; '' when stored, else why not."""
    found = batch_id(ctx, p.customer, p.batch)
    batch = ctx.session.scalar(
        select(CustomerBatch).where(CustomerBatch.id == found).with_for_update()
    )
    assert batch is not None
    if batch.branch != ctx.caller.branch:
        return (
            f"batch: {p.batch} of {p.customer} is being accepted at branch {batch.branch}; "
            f"a terminal of {ctx.caller.branch} cannot close it."
        )
    if batch.closed:
        return (
            f"batch: {p.batch} of {p.customer} was closed at central already (by item "
            f"{batch.close_item_uuid}); a batch is closed once."
        )
    batch.closed = True
    batch.closed_at = datetime.fromisoformat(p.closed_at).astimezone(UTC)
    batch.closed_by = p.staff
    batch.business_day = date.fromisoformat(p.business_day)
    batch.close_item_uuid = ctx.item_uuid
    if p.payment is not None:
        batch.payment_method = p.payment.method
        batch.payment_amount = str(p.payment.amount.amount)
        batch.payment_currency = p.payment.amount.currency
    _add_items(
        ctx,
        [
            {
                "batch_id": found,
                "s10": line.s10,
                "declared_grams": line.declared_grams,
                "acceptance_id": line.acceptance_id,
            }
            for line in p.items
        ],
        keep_declared=False,
    )
    if p.payment is not None and p.payment.method == "account":
        accounts.charge(
            ctx,
            customer=p.customer,
            amount=p.payment.amount.amount,
            currency=p.payment.amount.currency,
            source_id=p.payment.payment_id,
            batch_number=p.batch,
        )
    return ""


register_kind(
    ItemKind(
        KIND,
        BatchClose,
        lambda p: p.branch,
        lambda p: p.batch,
        apply_batch_close,
        max_bytes=MAX_CLOSE_BYTES,
    )
)
