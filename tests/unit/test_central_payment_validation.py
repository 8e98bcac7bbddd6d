"""Central's check of a ``payment`` item: every bad field named, nothing raised."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from central.payments import validate


def good() -> dict[str, Any]:
    return {
        "schema": 1,
        "kind": "payment",
        "payment_id": str(uuid.uuid4()),
        "acceptance_id": str(uuid.uuid4()),
        "branch": "DEMO-101000",
        "business_day": "2026-12-01",
        "recorded_at": "2026-12-01T08:00:00+00:00",
        "state": "paid",
        "method": "cash",
        "amount": {"amount": "16100.00", "currency": "RUB"},
        "tendered": "20000.00",
        "change": "3900.00",
        "approved_by": None,
        "reason": "",
    }


def test_a_good_payment_passes() -> None:
    assert validate(good()) == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"payment_id": "x"}, "payment_id"),
        ({"state": "maybe"}, "state"),
        ({"method": "cheque"}, "method"),
        ({"state": "unpaid", "method": ""}, "approved_by"),
        ({"amount": {"amount": "-1", "currency": "RUB"}}, "amount.amount"),
        ({"amount": {"amount": "1", "currency": "rub"}}, "amount.currency"),
        ({"amount": "16100"}, "amount"),
        ({"tendered": "lots"}, "tendered"),
        ({"recorded_at": "2026-12-01T08:00:00"}, "recorded_at"),
        ({"schema": 2}, "schema"),
    ],
)
def test_each_bad_field_is_named(change: dict[str, Any], field: str) -> None:
    reasons = validate(good() | change)
    assert reasons and any(r.startswith(field + ":") for r in reasons), reasons


@pytest.mark.parametrize("payload", [None, [], "text", 3])
def test_not_an_object(payload: Any) -> None:
    assert validate(payload) == ["payload: not a JSON object."]


FISCAL = {
    "kind": "sell",
    "document_number": 17,
    "fiscal_sign": "3000134623",
    "fn_number": "7380440800012345",
    "register_time": "2026-12-01T09:30:00",
    "shift_number": 4,
    "demo": False,
}


def test_fiscal_data_pass() -> None:
    assert validate(good() | {"fiscal": FISCAL}) == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"document_number": 0}, "fiscal.document_number"),
        ({"document_number": 2**40}, "fiscal.document_number"),
        ({"fiscal_sign": "12ab"}, "fiscal.fiscal_sign"),
        ({"fiscal_sign": "1" * 21}, "fiscal.fiscal_sign"),
        ({"fn_number": ""}, "fiscal.fn_number"),
        ({"register_time": "yesterday"}, "fiscal.register_time"),
        ({"shift_number": -1}, "fiscal.shift_number"),
        ({"kind": "sellReturn"}, "fiscal.kind"),
    ],
)
def test_each_bad_fiscal_field_is_named(change: dict[str, Any], field: str) -> None:
    reasons = validate(good() | {"fiscal": FISCAL | change})
    assert reasons and any(r.startswith(field + ":") for r in reasons), reasons
