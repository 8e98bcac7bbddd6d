"""The ATOL Driver v10 adapter against a fake driver web server on loopback: task format,
"in progress", errors, idempotency by uuid, shift open/close."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest

from app.domain.vat import vat_rate
from app.services.fiscal.atol import AtolWebRegister, sale_task
from app.services.fiscal.register import (
    FN_NEARLY_FULL,
    OFD_OVERDUE,
    PAPER_OUT,
    SELL,
    UNREACHABLE,
    Position,
    RegisterFault,
    Sale,
)
from tests.fake_atol import (
    FakeAtol,
    check_task,
)
from tests.sync_helpers import free_port


@pytest.fixture
def driver(atol_driver: FakeAtol) -> FakeAtol:
    return atol_driver


def sale(pay: str = "cash", given: str = "2000.00", total: str = "1534.50") -> Sale:
    rate = vat_rate("heavy", date(2026, 12, 1))
    return Sale(
        uuid=str(uuid.uuid4()),
        kind=SELL,
        positions=(
            Position(
                "Postage: heavy parcel RR123456785RU",
                Decimal(total),
                Decimal(1),
                0,
                rate.tax_type,
                rate.confirmed,
            ),
        ),
        payments=((pay, Decimal(given)),),
        operator_name="Ivanova A.",
        operator_inn="500100732259",
        customer_contact="+79001234567",
    )


def test_vat_is_22_percent_from_2026_and_marked_unconfirmed() -> None:
    assert vat_rate("heavy", date(2025, 12, 31)).tax_type == "vat20"
    r = vat_rate("heavy", date(2026, 1, 1))
    assert r.tax_type == "vat22" and r.confirmed is False


def test_sale_task_has_the_documented_shape() -> None:
    task = sale_task(sale())
    assert check_task(task) == []
    item = task["items"][0]
    assert (item["paymentObject"], item["paymentMethod"], item["measurementUnit"]) == (
        "service",
        "fullPayment",
        0,
    )
    assert item["tax"] == {"type": "vat22"} and task["type"] == "sell"
    assert task["operator"] == {"name": "Ivanova A.", "vatin": "500100732259"}
    assert task["clientInfo"] == {"emailOrPhone": "+79001234567"}
    assert task["payments"] == [{"type": "cash", "sum": 2000.0}] and task["total"] == 1534.5


def test_cash_sale_waits_through_in_progress_and_returns_fiscal_data(driver: FakeAtol) -> None:
    driver.shift_open, driver.shift_number, driver.pending_polls = True, 7, 3
    reg = AtolWebRegister(driver.url, poll=0.01)
    s = sale()
    data = reg.register(s)
    assert data.fn_number == "7380440800012345" and data.shift_number == 7
    assert data.total == Decimal("1534.50")
    assert data.qr_payload() == (
        f"t=20261201T0930&s=1534.50&fn=7380440800012345&i={data.document_number}"
        f"&fp={data.fiscal_sign}&n=1"
    )
    # Asked again with the same uuid (a retry): the first result, no second receipt.
    assert reg.register(s) == data
    assert len(driver.receipts) == 1


def test_card_sale_is_electronically(driver: FakeAtol) -> None:
    driver.shift_open = True
    AtolWebRegister(driver.url, poll=0.01).register(sale("electronically", "1534.50"))
    assert driver.receipts[0][1]["payments"] == [{"type": "electronically", "sum": 1534.5}]


def test_unreachable_driver_is_a_fault_that_is_not_settled() -> None:
    reg = AtolWebRegister(f"http://127.0.0.1:{free_port()}", timeout=0.5)
    with pytest.raises(RegisterFault) as info:
        reg.register(sale())
    assert info.value.kind == UNREACHABLE and not info.value.settled


def test_paper_out_then_retried_under_a_derived_uuid_once(driver: FakeAtol) -> None:
    driver.shift_open = True
    driver.fail_next = (44, "Нет бумаги")
    reg = AtolWebRegister(driver.url, poll=0.01)
    s = sale()
    with pytest.raises(RegisterFault) as info:
        reg.register(s)
    assert info.value.kind == PAPER_OUT and "paper" in info.value.advice
    first = reg.register(s)
    again = reg.register(s)
    assert first == again and [u for u, _ in driver.receipts] == [f"{s.uuid}-1"]


def test_shift_open_close_and_fn_warnings(driver: FakeAtol) -> None:
    reg = AtolWebRegister(driver.url, poll=0.01)
    assert reg.shift().open is False
    assert reg.open_shift(str(uuid.uuid4()), "Ivanova A.", "") == 1
    driver.fn_warnings = {"resourceExhausted": True, "ofdTimeout": True}
    state = reg.shift()
    assert state.open and state.number == 1
    assert state.warnings == (FN_NEARLY_FULL, OFD_OVERDUE)
    assert reg.close_shift(str(uuid.uuid4()), "Ivanova A.", "") == 1
    assert driver.closed_shifts == [1] and reg.shift().open is False


def test_fake_driver_rejects_a_malformed_task(driver: FakeAtol) -> None:
    bad = sale_task(sale())
    bad["items"][0]["paymentObject"] = "postal"
    assert check_task(bad) == ["items[0].paymentObject"]
    bad["items"][0]["paymentObject"] = "service"
    bad["payments"] = [{"type": "cash", "sum": 1.0}]
    assert check_task(bad) == ["payments 1.0 less than the receipt total 1534.5"]
    # Over HTTP the fake answers 400 and records the deviation.
    import httpx

    answer = httpx.post(f"{driver.url}/api/v2/requests", json={"uuid": "x", "request": [bad]})
    assert answer.status_code == 400 and driver.violations == [
        "payments 1.0 less than the receipt total 1534.5"
    ]
    driver.violations.clear()
