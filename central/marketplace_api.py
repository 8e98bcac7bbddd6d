"""HTTP endpoints of issue 17: status for business customers, accounts for terminals.

``GET /v1/batches/{number}`` and ``GET /v1/items/{s10}`` answer a business customer's
own token (``python -m central customer token CODE``) with that customer's data only:
another customer's batch or item is 404, exactly as one that does not exist, so a
token never learns what others send. A terminal's token is 403 (it is not a customer),
no token or an unknown one 401, and repeated wrong tokens 429 as on the terminal
endpoints. ``GET /v1/accounts`` answers a terminal's token with every account's balance
and limit, which terminals use to check a payment on account.
"""

# No ``from __future__ import annotations``: FastAPI reads the routes' annotations at
# registration, and the caller dependency is a local of ``register``.
import hashlib
import json
from datetime import UTC, datetime
from typing import Annotated, Any

import anyio.to_thread
from fastapi import Depends, FastAPI, HTTPException, Path, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from central.accounts import accounts
from central.auth import caller_for
from central.customers import customer_for_token
from central.db import CentralDB
from central.limits import FailureLimiter
from central.models import (
    BusinessAcceptance,
    CentralAcceptance,
    CustomerBatch,
    CustomerBatchItem,
    Parcel,
)
from central.payloads import MAX_BATCH_NUMBER
from central.settings import CentralSettings

MAX_TOKEN = 200
# A batch number as a marketplace writes it: printable, no control characters.
BATCH_NUMBER = r"^[^\x00-\x1f\x7f]+$"
CUSTOMER_TOKEN = (
    "Missing or unknown customer token: use the token central issued for your company "
    "(python -m central customer token CODE at central)."
)


class FeeOut(BaseModel):
    amount: str = Field(description="Decimal amount, e.g. 1250.00")
    currency: str = Field(description="ISO 4217 code")


class ItemOut(BaseModel):
    """One parcel of a business customer as central knows it."""

    s10: str
    batch: str | None = Field(None, description="The batch (list) it is on, if any")
    accepted: bool = Field(description="Accepted at a counter (and not voided)")
    accepted_at: str | None = Field(None, description="When, UTC ISO 8601")
    actual_grams: int | None = Field(None, description="Weight measured at the counter")
    declared_grams: int | None = Field(None, description="Weight on the customer's list")
    weight_difference_grams: int | None = Field(None, description="Actual minus declared")
    weight_flagged: bool = Field(description="The difference is above the tolerance")
    fee: FeeOut | None = Field(None, description="Fee of the consignment it was accepted in")


class CustomerBatchOut(BaseModel):
    """A business customer's batch: every item on it, accepted or not yet."""

    batch: str
    customer: str
    closed: bool
    closed_at: str | None
    items: list[ItemOut]


class AccountOut(BaseModel):
    customer: str
    currency: str
    allowed: bool = Field(description="Payment on account is allowed")
    balance: str = Field(description="Amount owed (decimal; negative: paid in advance)")
    credit_limit: str = Field(description="Decimal; 0 when payment on account is not allowed")
    flagged_entries: int = Field(description="Charges central could not match (see ops page)")


class AccountsOut(BaseModel):
    as_of: str = Field(description="When central read the balances, UTC ISO 8601")
    accounts: list[AccountOut]


def _iso(when: datetime | None) -> str | None:
    if when is None:
        return None
    return (when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)).isoformat()


def _record(acceptance: CentralAcceptance) -> dict[str, Any]:
    try:
        record = json.loads(acceptance.record)
    except (TypeError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}


def item_view(
    s10: str,
    batch: str | None,
    declared: int | None,
    acceptance: CentralAcceptance | None,
    business: BusinessAcceptance | None,
) -> ItemOut:
    """An item's status; ``acceptance`` only when it is the customer's own."""
    if acceptance is None or business is None:
        return ItemOut(s10=s10, batch=batch, accepted=False, declared_grams=declared,
                       weight_flagged=False)  # fmt: skip
    record = _record(acceptance)
    pieces = record.get("pieces") if isinstance(record.get("pieces"), list) else []
    actual = next(
        (
            p.get("gross_grams")
            for p in pieces
            if isinstance(p, dict) and p.get("s10") == s10 and isinstance(p.get("gross_grams"), int)
        ),
        None,
    )
    if len(pieces) == 1 and business.declared_grams is not None:
        declared = business.declared_grams  # the acceptance's latest version wins
    fee = record.get("fee") if isinstance(record.get("fee"), dict) else None
    return ItemOut(
        s10=s10,
        batch=batch,
        accepted=acceptance.status == "accepted",
        accepted_at=_iso(acceptance.accepted_at),
        actual_grams=actual,
        declared_grams=declared,
        weight_difference_grams=(
            actual - declared if actual is not None and declared is not None else None
        ),
        weight_flagged=business.weight_flagged,
        fee=FeeOut(amount=str(fee.get("amount")), currency=str(fee.get("currency")))
        if fee
        else None,
    )


def batch_of(session: Session, customer: str, number: str) -> CustomerBatchOut | None:
    """The customer's batch ``number`` with every item, or None (not theirs, or unknown)."""
    batch = session.scalar(
        select(CustomerBatch).where(
            CustomerBatch.customer_code == customer, CustomerBatch.number == number
        )
    )
    if batch is None:
        return None
    rows = session.execute(
        select(CustomerBatchItem, CentralAcceptance, BusinessAcceptance)
        .outerjoin(Parcel, Parcel.s10 == CustomerBatchItem.s10)
        .outerjoin(CentralAcceptance, CentralAcceptance.id == Parcel.acceptance_id)
        .outerjoin(
            BusinessAcceptance,
            (BusinessAcceptance.acceptance_id == CentralAcceptance.id)
            & (BusinessAcceptance.customer_code == customer),
        )
        .where(CustomerBatchItem.batch_id == batch.id)
        # a closed batch in its list's order; items accepted before the close, as accepted
        .order_by(CustomerBatchItem.line.is_(None), CustomerBatchItem.line, CustomerBatchItem.id)
    ).all()
    return CustomerBatchOut(
        batch=batch.number,
        customer=customer,
        closed=batch.closed,
        closed_at=_iso(batch.closed_at),
        items=[
            item_view(
                line.s10,
                batch.number,
                line.declared_grams,
                acc if own is not None else None,
                own,
            )
            for line, acc, own in rows
        ],
    )


def item_of(session: Session, customer: str, s10: str) -> ItemOut | None:
    """The customer's item ``s10`` (accepted, or on one of its batches), or None."""
    found = session.execute(
        select(CentralAcceptance, BusinessAcceptance)
        .join(Parcel, Parcel.acceptance_id == CentralAcceptance.id)
        .join(BusinessAcceptance, BusinessAcceptance.acceptance_id == CentralAcceptance.id)
        .where(Parcel.s10 == s10, BusinessAcceptance.customer_code == customer)
    ).first()
    listed = session.execute(
        select(CustomerBatch.number, CustomerBatchItem.declared_grams)
        .join(CustomerBatch, CustomerBatch.id == CustomerBatchItem.batch_id)
        .where(CustomerBatchItem.s10 == s10, CustomerBatch.customer_code == customer)
        .order_by(CustomerBatchItem.id.desc())
    ).first()
    if found is None and listed is None:
        return None
    acceptance, own = found if found is not None else (None, None)
    number, declared = listed if listed is not None else (None, None)
    if own is not None and own.batch_id is not None:
        number = session.scalar(
            select(CustomerBatch.number).where(CustomerBatch.id == own.batch_id)
        )
    return item_view(s10, number, declared, acceptance, own)


def register(
    app: FastAPI, db: CentralDB, settings: CentralSettings, terminal_dependency: Any
) -> None:
    """Add the marketplace and accounts endpoints to ``app``."""
    from central.api import (  # central.api imports this module
        AUTH,
        BAD,
        TYPED_S10_ANY_DIGITS,
        _error,
        s10_or_422,
    )

    bearer = HTTPBearer(auto_error=False)
    limiter = FailureLimiter(settings.auth_failures, settings.auth_window_s)

    async def customer(
        request: Request,
        creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> str:
        token = creds.credentials.strip() if creds is not None else ""
        key = (
            "t:" + hashlib.sha256(token.encode()).hexdigest()
            if token
            else "a:" + str(request.client.host if request.client else "?")
        )
        wait = limiter.retry_after(key)
        if wait is not None:
            raise HTTPException(
                429,
                f"Too many requests with a wrong token; try again in {wait} s.",
                headers={"Retry-After": str(wait)},
            )
        if token and len(token) <= MAX_TOKEN:
            code = await anyio.to_thread.run_sync(customer_for_token, db, token)
            if code is not None:
                return str(code)
            if await anyio.to_thread.run_sync(caller_for, db, token) is not None:
                raise HTTPException(
                    403,
                    "This is a counter terminal's token; the marketplace API answers a business "
                    "customer's own token (python -m central customer token CODE).",
                )
        limiter.fail(key)
        raise HTTPException(401, CUSTOMER_TOKEN, headers={"WWW-Authenticate": "Bearer"})

    Customer = Annotated[str, Depends(customer)]
    customer_auth = {
        401: AUTH[401],
        403: _error("A terminal's token: this endpoint answers a business customer's token"),
        429: AUTH[429],
        503: AUTH[503],
    }

    @app.get(
        "/v1/batches/{number:path}",
        response_model=CustomerBatchOut,
        responses={
            **customer_auth,
            400: BAD[400],
            404: _error("No batch of that number is yours"),
            422: BAD[422],
        },
    )
    def get_batch(
        number: Annotated[
            str, Path(min_length=1, max_length=MAX_BATCH_NUMBER, pattern=BATCH_NUMBER)
        ],
        who: Customer,
    ) -> CustomerBatchOut:
        """Your batch (list) ``number``: per item accepted or not, when, actual and declared
        weight, the difference and whether it was flagged, the fee, the S10."""
        with db.read() as session:
            found = batch_of(session, who, number)
        if found is None:
            raise HTTPException(
                404, f"No batch {number} of {who} is known to central; check the list's number."
            )
        return found

    @app.get(
        "/v1/items/{s10}",
        response_model=ItemOut,
        responses={
            **customer_auth,
            400: BAD[400],
            404: _error("No item of that number is yours"),
            422: BAD[422],
        },
    )
    def get_item(
        s10: Annotated[str, Path(max_length=64, pattern=TYPED_S10_ANY_DIGITS)], who: Customer
    ) -> ItemOut:
        """One of your items by its S10 number (typed with spaces or dashes too)."""
        number = s10_or_422(s10)
        with db.read() as session:
            found = item_of(session, who, number)
        if found is None:
            raise HTTPException(404, f"No item {number} of {who} is known to central.")
        return found

    @app.get("/v1/accounts", response_model=AccountsOut, responses={**AUTH, 400: BAD[400]})
    def get_accounts(_who: terminal_dependency) -> AccountsOut:  # type: ignore[valid-type]
        """Every business customer's account: balance owed, credit limit, currency."""
        with db.read() as session:
            views = accounts(session)
        return AccountsOut(
            as_of=datetime.now(UTC).isoformat(),
            accounts=[AccountOut(**v.as_json()) for v in views],
        )
