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

from sqlalchemy import delete, func, insert, select

from central import accounts
from central.kinds import ItemContext, ItemKind, register_kind
from central.models import BusinessAcceptance, CustomerBatch, CustomerBatchItem
from central.payloads import Acceptance, BatchClose

KIND = "batch_close"
# A closing list of 5000 items is about 500 kB of JSON: more than one acceptance needs.
MAX_CLOSE_BYTES = 1024 * 1024


def batch_ids(ctx: ItemContext, keys: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """Ids of the customers' batches ``(customer, number)``, opened for the caller's branch
    when new."""
    if not keys:
        return {}
    ctx.session.execute(
        ctx.insert(CustomerBatch).on_conflict_do_nothing(
            index_elements=["customer_code", "number"]
        ),
        [
            {
                "customer_code": customer,
                "number": number,
                "branch": ctx.caller.branch,
                "closed": False,
                "created_at": ctx.now,
            }
            for customer, number in sorted(keys)
        ],
    )
    found: dict[tuple[str, str], int] = {}
    for customer in {c for c, _ in keys}:
        numbers = [n for c, n in keys if c == customer]
        for batch, number in ctx.session.execute(
            select(CustomerBatch.id, CustomerBatch.number).where(
                CustomerBatch.customer_code == customer, CustomerBatch.number.in_(numbers)
            )
        ):
            found[(customer, number)] = int(batch)
    return found


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
                "line": func.coalesce(stmt.excluded.line, CustomerBatchItem.line),
            },
        ),
        rows,
    )


def record_acceptances(ctx: ItemContext, records: list[Acceptance], *, new: bool = False) -> None:
    """Keep (or, for an amendment, replace) the acceptances' business parts, in a few
    statements for a whole batch of ``new`` acceptances (central.bulk_accept)."""
    if not new:
        ctx.session.execute(
            delete(BusinessAcceptance).where(
                BusinessAcceptance.acceptance_id.in_([r.acceptance_id for r in records])
            )
        )
    parts = [(r, r.business) for r in records if r.business is not None]
    if not parts:
        return
    batches = batch_ids(ctx, {(b.customer, b.batch) for _, b in parts if b.batch})
    ctx.session.execute(
        insert(BusinessAcceptance),
        [
            {
                "acceptance_id": r.acceptance_id,
                "customer_code": b.customer,
                "price_plan": b.price_plan,
                "batch_id": batches.get((b.customer, b.batch)),
                "declared_grams": b.declared_grams,
                "weight_flagged": b.weight_flagged,
            }
            for r, b in parts
        ],
    )
    _add_items(
        ctx,
        [
            {
                "batch_id": batches[(b.customer, b.batch)],
                "s10": piece.s10,
                # The declared weight is the consignment's; per item only when one piece.
                "declared_grams": b.declared_grams if len(r.pieces) == 1 else None,
                "acceptance_id": r.acceptance_id,
                "line": None,
            }
            for r, b in parts
            if b.batch
            for piece in r.pieces
        ],
        keep_declared=True,
    )


def record_acceptance(ctx: ItemContext, record: Acceptance) -> None:
    """Keep (or, for an amendment, replace) one acceptance's business part."""
    record_acceptances(ctx, [record])


def apply_batch_close(ctx: ItemContext, p: BatchClose) -> str:
    """Close the batch with its list and payment; '' when stored, else why not."""
    found = batch_ids(ctx, {(p.customer, p.batch)})[(p.customer, p.batch)]
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
                "line": number,
            }
            for number, line in enumerate(p.items, start=1)
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
