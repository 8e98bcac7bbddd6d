"""A void after payment: the return receipt ("возврат прихода") registered over a fake ATOL
Driver web server on loopback has its fiscal data stored, printed on the reprinted receipt
(A4 PDF and ESC/POS, read back) with the FNS QR code ``...&n=2``, and synced to a real
central on loopback as a ``payment_return`` item, which central checks and never answers
500 to."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.domain.money import Money
from app.services import sync_service
from app.services.fiscal.atol import AtolWebRegister
from app.services.fiscal.register import SELL_RETURN
from app.services.fiscal.sales import send_pending
from app.services.payment import record_payment
from app.services.terminal import DEMO_CLERK, DEMO_SUPERVISOR, CounterContext, staff_context
from app.services.void import void_acceptance
from app.store.database import Database
from app.store.models import Acceptance, FiscalDocument, OutboxItem
from app.store.outbox import enqueue
from app.sync.http_transport import HttpTransport
from central.auth import add_terminal
from central.models import SyncItem
from central.payments import validate_return
from tests.fake_atol import (
    FN,
    FakeAtol,
)
from tests.sync_helpers import BRANCH, ThreadedCentral, make_acceptances, open_test_terminal


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[tuple[Database, CounterContext, list[str]]]:
    db = open_test_terminal(tmp_path / "terminal.db")
    made = make_acceptances(db, 2)
    yield db, staff_context(db, DEMO_CLERK[0]), [m.acceptance_id for m in made]
    db.close()


@pytest.fixture
def driver(atol_driver: FakeAtol) -> FakeAtol:
    atol_driver.shift_open, atol_driver.shift_number = True, 4
    return atol_driver


def paid_then_voided(
    db: Database,
    ctx: CounterContext,
    acceptance_id: str,
    driver: FakeAtol,
    before_void: Callable[[], object] = lambda: None,
) -> tuple[FiscalDocument, FiscalDocument]:
    """Pay in cash with change through the register, (``before_void``,) void, register the
    return; returns the (sale, return) documents as stored."""
    reg = AtolWebRegister(driver.url, poll=0.01)
    with db.read() as s:
        row = s.get(Acceptance, acceptance_id)
        assert row is not None
        due = Money(row.fee_amount, row.fee_currency).quantized()
    paid = record_payment(
        db, ctx, acceptance_id, "cash", Money(due.amount + Decimal(100), "RUB"), register=reg
    )
    before_void()
    void_acceptance(
        db,
        ctx,
        acceptance_id,
        supervisor_number=DEMO_SUPERVISOR[0],
        pin=DEMO_SUPERVISOR[1],
        reason="customer changed mind",
    )
    [outcome] = send_pending(db, reg, ctx.branch_code, ctx)
    assert outcome.data is not None and outcome.data.kind == SELL_RETURN
    with db.read() as s:
        sale = s.get(FiscalDocument, paid.payment_id)
        back = s.get(FiscalDocument, outcome.document_id)
        assert sale is not None and back is not None
        s.expunge_all()
    return sale, back


def qr_of(doc: FiscalDocument, n: int) -> str:
    return (
        f"t={doc.register_time[:16].replace('-', '').replace(':', '')}&s={doc.total:.2f}"
        f"&fn={doc.fn_number}&i={doc.document_number}&fp={doc.fiscal_sign}&n={n}"
    )


def test_the_return_is_stored_and_queued_for_central(terminal, driver: FakeAtol) -> None:
    db, ctx, ids = terminal
    sale, back = paid_then_voided(db, ctx, ids[0], driver)
    assert back.state == "registered" and back.kind == SELL_RETURN
    assert back.fn_number == FN and back.shift_number == 4 and back.total == sale.total
    assert back.document_number == sale.document_number + 1  # type: ignore[operator]
    with db.read() as s:
        [item] = s.scalars(select(OutboxItem).where(OutboxItem.kind == "payment_return")).all()
        assert item.item_uuid == back.id  # a retry after a crash queues it once
    body = json.loads(item.payload)
    assert body["payment_id"] == sale.payment_id and body["acceptance_id"] == ids[0]
    assert body["fiscal"] == {
        "kind": "sellReturn",
        "document_number": back.document_number,
        "fiscal_sign": back.fiscal_sign,
        "fn_number": FN,
        "register_time": back.register_time,
        "shift_number": 4,
        "demo": False,
    }
    assert body["amount"] == {"amount": f"{sale.total:.2f}", "currency": "RUB"}
    assert validate_return(body) == []


def test_the_reprinted_receipt_shows_the_return_and_its_qr(terminal, driver: FakeAtol) -> None:
    from app.documents.receipt import render_receipt
    from app.services.documents import receipt_for_s10
    from app.services.receipts import thermal_receipt
    from tests.docs_helpers import barcodes_on_page, overlapping, pdf_text, text_boxes
    from tests.escpos_decode import decode

    db, ctx, ids = terminal
    sale, back = paid_then_voided(db, ctx, ids[0], driver)
    sold, returned = qr_of(sale, 1), qr_of(back, 2)
    d = decode(thermal_receipt(db, acceptance_id=ids[0]).data)
    assert d.qr[:2] == [sold, returned]
    assert "ВОЗВРАТ ПРИХОДА" in d.text and "ПРИХОД" in d.text
    assert f"ФД {back.document_number}".replace(" ", "") in d.text.replace(" ", "")
    assert back.fiscal_sign in d.text
    with db.read() as s:
        s10 = s.get(Acceptance, ids[0]).pieces[0].s10  # type: ignore[union-attr]
    pdf = render_receipt(receipt_for_s10(db, s10))
    text = pdf_text(pdf)
    assert "ВОЗВРАТ ПРИХОДА" in text and f"ФП {back.fiscal_sign}" in text
    assert f"ФП {sale.fiscal_sign}" in text
    codes = [t for _, t in barcodes_on_page(pdf)]
    assert sold in codes and returned in codes
    assert overlapping(text_boxes(pdf)) == []


def test_the_first_receipt_with_the_return_is_an_original(terminal, driver: FakeAtol) -> None:
    """The customer's sale receipt was printed after payment; the receipt printed once the
    return is registered is a new document (it carries the return), not a COPY; printing it
    again is."""
    from app.services.receipts import thermal_receipt
    from tests.escpos_decode import decode

    db, ctx, ids = terminal
    sold: list[bool] = []
    paid_then_voided(
        db,
        ctx,
        ids[0],
        driver,
        before_void=lambda: sold.append(thermal_receipt(db, acceptance_id=ids[0]).copy),
    )
    first, again = (thermal_receipt(db, acceptance_id=ids[0]) for _ in range(2))
    assert sold == [False]
    assert "ВОЗВРАТ ПРИХОДА" in decode(first.data).text and not first.copy
    assert "КОПИЯ" not in decode(first.data).text
    assert again.copy and "КОПИЯ" in decode(again.data).text


def test_central_stores_the_returns_fiscal_data(tmp_path: Path, terminal, driver: FakeAtol) -> None:
    db, ctx, ids = terminal
    _, back = paid_then_voided(db, ctx, ids[0], driver)
    server = ThreadedCentral(f"sqlite:///{tmp_path / 'central.db'}")
    _, token = add_terminal(server.db, BRANCH)
    transport = HttpTransport(server.url, token)
    try:
        sync_service.configure(db, server.url, token)
        report = sync_service.run_once(db, transport, top_up=False)
        # two accepts, the payment, the void, the return
        assert report.counts == {"stored": 5}, report
        with server.db.read() as cs:
            stored = cs.scalars(select(SyncItem).where(SyncItem.kind == "payment_return")).one()
            assert stored.item_uuid == back.id and stored.entity_id == back.id
            fiscal = json.loads(stored.payload)["fiscal"]
            assert (fiscal["fiscal_sign"], fiscal["document_number"]) == (
                back.fiscal_sign,
                back.document_number,
            )
            assert fiscal["kind"] == "sellReturn" and fiscal["fn_number"] == FN
    finally:
        transport.close()
        server.stop()


def test_central_refuses_a_bad_return_with_reasons_not_500(
    tmp_path: Path, terminal, driver: FakeAtol
) -> None:
    db, ctx, ids = terminal
    _, back = paid_then_voided(db, ctx, ids[0], driver)
    with db.read() as s:
        good = json.loads(
            s.scalars(select(OutboxItem.payload).where(OutboxItem.kind == "payment_return")).one()
        )
    # The second acceptance is paid (no register) but not voided: a return for it is
    # refused; so is one whose fiscal sign is not digits, and one for an unknown payment.
    paid = record_payment(db, ctx, ids[1], "card")
    not_voided = good | {"return_id": str(uuid.uuid4()), "payment_id": paid.payment_id}
    not_voided["acceptance_id"] = ids[1]
    bad_sign = good | {"return_id": str(uuid.uuid4())}
    bad_sign["fiscal"] = good["fiscal"] | {"fiscal_sign": "12ab"}
    unknown = good | {"return_id": str(uuid.uuid4()), "payment_id": str(uuid.uuid4())}
    crafted: list[dict[str, Any]] = [not_voided, bad_sign, unknown]
    with db.write() as s:
        for body in crafted:
            enqueue(s, "payment_return", body["acceptance_id"], body, item_uuid=body["return_id"])
    server = ThreadedCentral(f"sqlite:///{tmp_path / 'central.db'}")
    _, token = add_terminal(server.db, BRANCH)
    transport = HttpTransport(server.url, token)
    try:
        sync_service.configure(db, server.url, token)
        report = sync_service.run_once(db, transport, top_up=False)
        assert report.ok and report.counts == {"stored": 6, "rejected": 3}, report
        with db.read() as s:
            reasons = {
                i.item_uuid: i.central_reason
                for i in s.scalars(select(OutboxItem).where(OutboxItem.central_status != ""))
                if i.central_status == "rejected"
            }
        assert "void" in reasons[not_voided["return_id"]]
        assert "fiscal.fiscal_sign" in reasons[bad_sign["return_id"]]
        assert "payment_id" in reasons[unknown["return_id"]]
        assert back.id not in reasons
    finally:
        transport.close()
        server.stop()


def good_return() -> dict[str, Any]:
    return {
        "schema": 1,
        "kind": "payment_return",
        "return_id": str(uuid.uuid4()),
        "payment_id": str(uuid.uuid4()),
        "acceptance_id": str(uuid.uuid4()),
        "branch": "DEMO-101000",
        "terminal": "T-1",
        "recorded_at": "2026-12-01T08:00:00+00:00",
        "amount": {"amount": "16100.00", "currency": "RUB"},
        "fiscal": {
            "kind": "sellReturn",
            "document_number": 12,
            "fiscal_sign": "3000094971",
            "fn_number": FN,
            "register_time": "2026-12-01T09:30:00",
            "shift_number": 4,
            "demo": False,
        },
    }


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"return_id": "x"}, "return_id"),
        ({"payment_id": None}, "payment_id"),
        ({"amount": {"amount": "-1", "currency": "RUB"}}, "amount.amount"),
        ({"fiscal": None}, "fiscal"),
        ({"fiscal": good_return()["fiscal"] | {"kind": "sell"}}, "fiscal.kind"),
        ({"fiscal": good_return()["fiscal"] | {"document_number": 0}}, "fiscal.document_number"),
        ({"fiscal": good_return()["fiscal"] | {"fn_number": "x" * 40}}, "fiscal.fn_number"),
        ({"schema": 2}, "schema"),
    ],
)
def test_each_bad_field_of_a_return_is_named(change: dict[str, Any], field: str) -> None:
    assert validate_return(good_return()) == []
    reasons = validate_return(good_return() | change)
    assert reasons and any(r.startswith(field + ":") for r in reasons), reasons
    assert validate_return([]) == ["payload: not a JSON object."]
