"""The ``payment`` sync item: the money a counter took for an acceptance, or a supervisor's
decision to let it go unpaid.

A handler of its own, registered in the ingest dispatch by kind (``central.ingest``). The
payment's UUID is the item's idempotency key; the item is kept in ``sync_items`` with its
payload exactly as sent, which is central's record of the payment. A payment must follow
its acceptance (in an earlier batch or earlier in the same one) and belong to the caller's
branch; its amount must be the acceptance's fee in the fee's currency.
"""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from central.validation import _currency, _day, _decimal, _schema, _text, _timestamp, is_uuid

if TYPE_CHECKING:
    from central.ingest import Caller, _State

KIND = "payment"
METHODS = ("cash", "card", "account")
STATES = ("paid", "unpaid", "awaiting_register")


def validate(payload: Any) -> list[str]:
    """Reasons the payment cannot be stored, each naming its field; [] when it can."""
    if not isinstance(payload, dict):
        return ["payload: not a JSON object."]
    out: list[str] = []
    _schema(out, payload)
    for key in ("payment_id", "acceptance_id"):
        if not is_uuid(payload.get(key)):
            out.append(f"{key}: missing or not a UUID.")
    _text(out, payload, "branch", "")
    _day(out, payload, "business_day")
    _timestamp(out, payload, "recorded_at")
    state = payload.get("state")
    if state not in STATES:
        out.append(f"state: {state!r} is not one of {', '.join(STATES)}.")
    method = payload.get("method")
    if state == "paid" and method not in METHODS:
        out.append(f"method: {method!r} is not one of {', '.join(METHODS)}.")
    if state == "unpaid" and not payload.get("approved_by"):
        out.append("approved_by: a payment left unpaid names the approving supervisor.")
    amount = payload.get("amount")
    if not isinstance(amount, dict):
        out.append("amount: missing (expected an object with amount and currency).")
    else:
        _decimal(out, amount, "amount", "amount.", positive=False)
        _currency(out, amount, "currency", "amount.")
    for key in ("tendered", "change"):
        if payload.get(key) is not None:
            _decimal(out, payload, key, "", positive=False)
    return out


def _amount(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def apply(
    state: _State, caller: Caller, item_uuid: str, payload: dict[str, Any], now: datetime
) -> str:
    """Check the payment against its acceptance; returns a rejection reason or ''."""
    acc = state.acceptances.get(payload["acceptance_id"])
    if acc is None:
        return (
            f"acceptance_id: {payload['acceptance_id']} is not registered at central (its "
            "acceptance was rejected or not sent yet). Fix the acceptance first, then send "
            "this payment again."
        )
    if acc["branch"] != caller.branch:
        return f"acceptance_id: belongs to branch {acc['branch']}, not {caller.branch}."
    try:
        fee = json.loads(acc["record"]).get("fee") or {}
    except (TypeError, ValueError):
        fee = {}
    paid = payload["amount"]
    if fee and (
        _amount(fee.get("amount")) != _amount(paid["amount"])
        or fee.get("currency") != paid["currency"]
    ):
        return (
            f"amount: {paid['amount']} {paid['currency']} is not the acceptance's fee "
            f"{fee.get('amount')} {fee.get('currency')}; record the payment for the fee charged."
        )
    return ""
