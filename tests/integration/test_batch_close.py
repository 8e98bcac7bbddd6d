"""Closing a marketplace batch on a real SQLite file (issue 17): lock, missing items, the
batch payment, the ``batch_close`` sync item, the day report and the acceptance act."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain.money import Money
from app.domain.payment import PaymentProblem
from app.services.acceptance import AcceptanceRefused
from app.services.auth import authenticate
from app.services.batch_close import BatchCloseRefused, act_data, close_batch
from app.services.batch_query import find_batch, place_of
from app.services.day_report import day_report
from app.services.payment import PaymentRefused, awaiting, record_payment
from app.services.terminal import DEMO_CLERK, DEMO_SUPERVISOR, CounterContext
from app.store.database import Database
from app.store.models import AuditEntry, Batch, OutboxItem, Payment, Staff
from tests.docs_helpers import pdf_text
from tests.factories import accept_batch_item, make_batch, s10_numbers


def _supervisor(db: Database) -> int:
    return authenticate(db, DEMO_SUPERVISOR[0], DEMO_SUPERVISOR[1], purpose="batch close").id


@pytest.fixture
def batch(db: Database, clerk: CounterContext) -> tuple[int, list[str], list[str]]:
    """List MP-7 of five items: three accepted (one flagged), two missing."""
    s10s = s10_numbers(5)
    batch_id = make_batch(db, "MP-7", s10s)
    ids = [
        accept_batch_item(db, clerk, batch_id, s10s[0], 55_100),
        accept_batch_item(db, clerk, batch_id, s10s[2], 61_000, flagged=True),
        accept_batch_item(db, clerk, batch_id, s10s[4], 54_900),
    ]
    return batch_id, s10s, ids


def test_close_locks_lists_missing_and_queues_payment(
    db: Database, clerk: CounterContext, batch: tuple[int, list[str], list[str]]
) -> None:
    batch_id, s10s, ids = batch
    with db.read() as s:
        awaiting_before = awaiting(s, clerk, clerk.business_day(datetime.now(UTC)))
        fees = sum(
            (Money(p.fee_amount, p.fee_currency) for p in _acceptances(s, ids)), Money.zero("RUB")
        )
    assert awaiting_before == []  # batch items are paid at the close, not one by one
    result = close_batch(db, clerk, batch_id, _supervisor(db), "cash", Decimal("100000"))
    assert result.missing == (s10s[1], s10s[3])
    assert (result.accepted, result.flagged) == (3, 1)
    assert result.amount == fees.quantized()
    assert result.change == (Money(Decimal("100000"), "RUB") - fees).quantized()
    with db.read() as s:
        row = s.get(Batch, batch_id)
        assert row is not None and row.state == "closed" and row.closed_at is not None
        supervisor = s.get(Staff, row.closed_by)
        assert supervisor is not None and supervisor.staff_number == DEMO_SUPERVISOR[0]
        assert row.business_day == clerk.business_day(row.closed_at)
        pay = s.scalars(select(Payment).where(Payment.batch_id == batch_id)).one()
        assert (pay.acceptance_id, pay.customer_code, pay.method) == (None, "SHOPKART", "cash")
        assert pay.amount == fees.quantized().amount and pay.tendered == Decimal("100000")
        item = s.scalars(select(OutboxItem).where(OutboxItem.kind == "batch_close")).one()
        assert item.item_uuid == pay.id
        body = json.loads(item.payload)
        assert body["batch"] == "MP-7" and body["customer"] == "SHOPKART"
        assert body["staff"] == DEMO_SUPERVISOR[0] and body["terminal"] == clerk.terminal_id
        assert body["business_day"] == row.business_day.isoformat()
        assert [i["s10"] for i in body["items"]] == s10s
        assert [i["acceptance_id"] for i in body["items"]] == [ids[0], None, ids[1], None, ids[2]]
        assert all(i["declared_grams"] == 55_000 for i in body["items"])
        assert body["payment"] == {
            "payment_id": pay.id,
            "method": "cash",
            "amount": {"amount": str(fees.quantized().amount), "currency": "RUB"},
        }
        audit_row = s.scalars(select(AuditEntry).where(AuditEntry.action == "batch_close")).one()
        assert audit_row.entity_id == "MP-7"
        # the day report: the batch's fees are cash in the drawer, and everything adds up
        report = day_report(s, clerk.branch_code, row.business_day, "RUB")
        assert report.fees_by_method["cash"] == fees.quantized()
        assert report.cash_in_drawer == fees.quantized()
        assert report.not_recorded == 0 and report.awaiting_batch == 0
        assert sum(report.fees_by_method.values(), Money.zero("RUB")) == report.fees
        assert find_batch(s, "MP-7").closed  # type: ignore[union-attr]
        place = place_of(s, s10s[1])
        assert place.batch_closed and place.batch_closed_on == row.business_day


def test_second_close_is_refused_and_nothing_more_is_accepted(
    db: Database, clerk: CounterContext, batch: tuple[int, list[str], list[str]]
) -> None:
    batch_id, s10s, _ = batch
    close_batch(db, clerk, batch_id, _supervisor(db), "card")
    with pytest.raises(BatchCloseRefused, match=r"List MP-7 was closed on .* by "):
        close_batch(db, clerk, batch_id, _supervisor(db), "cash")
    with pytest.raises(AcceptanceRefused, match="List MP-7 was closed on"):
        accept_batch_item(db, clerk, batch_id, s10s[1], 55_000)
    with db.read() as s:
        assert len(s.scalars(select(Payment).where(Payment.batch_id == batch_id)).all()) == 1
        assert len(s.scalars(select(OutboxItem).where(OutboxItem.kind == "batch_close")).all()) == 1


def test_open_batch_items_await_the_close_in_the_day_report(
    db: Database, clerk: CounterContext, batch: tuple[int, list[str], list[str]]
) -> None:
    _, _, ids = batch
    with db.read() as s:
        day = _acceptances(s, ids)[0].business_day
        report = day_report(s, clerk.branch_code, day, "RUB")
        assert report.awaiting_batch == 3 and report.not_recorded == 0
        assert report.awaiting_batch_amount == report.fees
        assert report.as_json()["awaiting_batch_close"]["count"] == 3
    with pytest.raises(PaymentRefused, match="business customer's list"):
        record_payment(db, clerk, ids[0], "cash")


def test_clerk_cannot_close_and_short_cash_is_refused(
    db: Database, clerk: CounterContext, batch: tuple[int, list[str], list[str]]
) -> None:
    batch_id = batch[0]
    clerk_id = authenticate(db, DEMO_CLERK[0], DEMO_CLERK[1], purpose="test").id
    with pytest.raises(BatchCloseRefused, match="not a supervisor"):
        close_batch(db, clerk, batch_id, clerk_id, "cash")
    with pytest.raises(PaymentProblem, match="less than"):
        close_batch(db, clerk, batch_id, _supervisor(db), "cash", Decimal("10"))
    with db.read() as s:
        row = s.get(Batch, batch_id)
        assert row is not None and row.state == "open"
        assert s.scalars(select(OutboxItem).where(OutboxItem.kind == "batch_close")).first() is None


def test_act_lists_items_differences_missing_and_totals(
    db: Database, clerk: CounterContext, batch: tuple[int, list[str], list[str]]
) -> None:
    from app.documents.acceptance_act import render_act

    batch_id, s10s, _ = batch
    result = close_batch(db, clerk, batch_id, _supervisor(db), "card")
    with db.read() as s:
        text = pdf_text(render_act(act_data(s, batch_id)))
    flat = text.replace("\u202f", " ")
    for s10 in s10s:
        assert s10 in flat
    assert "+0.100" in flat and "+6.000" in flat and "−0.100" in flat  # actual − declared
    assert "РАСХОЖДЕНИЕ" in flat and "WEIGHT DIFFERENCE" in flat  # the flagged item
    assert "Не предъявлены" in flat and "(2)" in flat
    assert "MP-7" in flat and "Page 1 of 1" in flat
    assert "171.000 kg" in flat  # 55.1 + 61.0 + 54.9
    assert f"{result.amount.amount:,.2f}".replace(",", " ") + " RUB" in flat
    assert "Карта" in flat and DEMO_SUPERVISOR[0] in flat


def _acceptances(s, ids):  # type: ignore[no-untyped-def]
    from app.store.models import Acceptance

    return [s.get(Acceptance, i) for i in ids]


def _owes(db: Database, code: str, balance: str, limit: str) -> None:
    """Central's last accounts answer: ``code`` owes ``balance`` RUB of ``limit``."""
    from app.services.customer_account import store_balances

    with db.write() as s:
        store_balances(
            s,
            {
                "as_of": datetime.now(UTC).isoformat(),
                "accounts": [
                    {"customer": code, "currency": "RUB", "balance": balance, "credit_limit": limit}
                ],
            },
        )


def test_account_within_the_limit_is_charged(db: Database, clerk: CounterContext) -> None:
    s10s = s10_numbers(2, start=50_000_000)
    batch_id = make_batch(db, "VM-1", s10s, customer_code="VOLGAMED")
    accept_batch_item(db, clerk, batch_id, s10s[0], 55_000, customer_code="VOLGAMED")
    _owes(db, "VOLGAMED", "1000.00", "300000.00")
    result = close_batch(db, clerk, batch_id, _supervisor(db), "account")
    assert result.method == "account" and result.missing == (s10s[1],)
    with db.read() as s:
        pay = s.scalars(select(Payment).where(Payment.batch_id == batch_id)).one()
        assert (pay.method, pay.customer_code, pay.tendered) == ("account", "VOLGAMED", None)
        body = json.loads(
            s.scalars(select(OutboxItem).where(OutboxItem.kind == "batch_close")).one().payload
        )
        assert body["payment"]["method"] == "account" and body["customer"] == "VOLGAMED"
        report = day_report(s, clerk.branch_code, result.business_day, "RUB")
        assert (
            report.fees_by_method["account"] == result.amount and report.cash_in_drawer.amount == 0
        )


def test_account_over_the_limit_is_refused(db: Database, clerk: CounterContext) -> None:
    from app.services.customer_account import AccountRefused

    s10s = s10_numbers(2, start=60_000_000)
    batch_id = make_batch(db, "VM-2", s10s, customer_code="VOLGAMED")
    accept_batch_item(db, clerk, batch_id, s10s[0], 55_000, customer_code="VOLGAMED")
    _owes(db, "VOLGAMED", "299000.00", "300000.00")
    with pytest.raises(
        AccountRefused, match=re.escape("VOLGAMED owes 299,000.00 RUB of its 300,000.00 RUB")
    ):
        close_batch(db, clerk, batch_id, _supervisor(db), "account")
    with db.read() as s:
        row = s.get(Batch, batch_id)
        assert row is not None and row.state == "open"
        assert s.scalars(select(Payment).where(Payment.batch_id == batch_id)).first() is None
        assert s.scalars(select(OutboxItem).where(OutboxItem.kind == "batch_close")).first() is None
    # a customer whose contract has no account is refused too
    s10s = s10_numbers(1, start=61_000_000)
    other = make_batch(db, "KG-1", s10s, customer_code="KARIGAR")
    accept_batch_item(db, clerk, other, s10s[0], 55_000, customer_code="KARIGAR")
    with pytest.raises(AccountRefused, match="may not pay on account"):
        close_batch(db, clerk, other, _supervisor(db), "account")


def test_act_names_the_customer_and_contract(
    db: Database, clerk: CounterContext, batch: tuple[int, list[str], list[str]]
) -> None:
    from app.documents.acceptance_act import render_act
    from app.services.batch_close import read_act

    batch_id = batch[0]
    close_batch(db, clerk, batch_id, _supervisor(db), "card")
    text = pdf_text(render_act(read_act(db, batch_id)))
    assert "ShopKart Exports Pvt Ltd (SHOPKART)" in text
    assert "IN-MP-2026/017" in text and "07AAACS1234F1ZU" in text


def test_cash_batch_is_one_fiscal_sale_with_a_position_per_item(
    db: Database, clerk: CounterContext, batch: tuple[int, list[str], list[str]]
) -> None:
    from app.services.fiscal.fake import FakeRegister
    from app.services.fiscal.sales import sale_of
    from app.store.models import FiscalDocument

    batch_id, s10s, _ = batch
    register = FakeRegister()
    result = close_batch(
        db, clerk, batch_id, _supervisor(db), "cash", Decimal("100000"), register=register
    )
    assert result.fault is None and register.documents
    with db.read() as s:
        pay = s.scalars(select(Payment).where(Payment.batch_id == batch_id)).one()
        assert pay.state == "paid"
        doc = s.get(FiscalDocument, pay.id)
        assert doc is not None and doc.state == "registered"
        sale = sale_of(doc)
        assert [p.name for p in sale.positions] == [
            f"Пересылка посылки {s}" for s in (s10s[0], s10s[2], s10s[4])
        ]
        assert sale.total == pay.amount
        assert sale.payments == (("cash", Decimal("100000")),)
        # central gets the close at once, then the register's data of its sale
        queued = s.scalars(
            select(OutboxItem)
            .where(OutboxItem.kind.in_(("batch_close", "batch_fiscal")))
            .order_by(OutboxItem.id)
        ).all()
        assert [q.kind for q in queued] == ["batch_close", "batch_fiscal"]
        body = json.loads(queued[1].payload)
        assert queued[1].item_uuid != queued[0].item_uuid == pay.id
        assert (body["batch"], body["customer"], body["payment_id"]) == (
            "MP-7",
            "SHOPKART",
            pay.id,
        )
        assert body["branch"] == clerk.branch_code
        assert body["fiscal"] == {
            "kind": "sell",
            "document_number": doc.document_number,
            "fiscal_sign": doc.fiscal_sign,
            "fn_number": doc.fn_number,
            "register_time": doc.register_time,
            "shift_number": doc.shift_number,
            "demo": doc.demo,
        }


def test_account_batch_is_no_fiscal_sale(db: Database, clerk: CounterContext) -> None:
    from app.services.fiscal.fake import FakeRegister
    from app.store.models import FiscalDocument

    s10s = s10_numbers(1, start=62_000_000)
    batch_id = make_batch(db, "VM-3", s10s, customer_code="VOLGAMED")
    accept_batch_item(db, clerk, batch_id, s10s[0], 55_000, customer_code="VOLGAMED")
    _owes(db, "VOLGAMED", "0.00", "300000.00")
    register = FakeRegister()
    close_batch(db, clerk, batch_id, _supervisor(db), "account", register=register)
    assert not register.documents
    with db.read() as s:
        assert s.scalars(select(FiscalDocument)).first() is None
        assert s.scalars(select(Payment).where(Payment.batch_id == batch_id)).one().state == "paid"
        assert not s.scalars(select(OutboxItem).where(OutboxItem.kind == "batch_fiscal")).all()


def test_register_away_at_the_close_then_one_receipt(
    db: Database, clerk: CounterContext, batch: tuple[int, list[str], list[str]]
) -> None:
    from app.services.fiscal.atol import AtolWebRegister
    from app.services.fiscal.register import UNREACHABLE
    from app.services.fiscal.sales import send_pending
    from tests.fake_atol import FakeAtol
    from tests.sync_helpers import free_port

    batch_id, s10s, _ = batch
    port = free_port()
    reg = AtolWebRegister(f"http://127.0.0.1:{port}", timeout=0.5, poll=0.01)
    result = close_batch(db, clerk, batch_id, _supervisor(db), "card", register=reg)
    assert result.fault is not None and result.fault.kind == UNREACHABLE
    with db.read() as s:
        assert s.get(Batch, batch_id).state == "closed"  # type: ignore[union-attr]
        assert s.get(Payment, result.payment_id).state == "awaiting_register"  # type: ignore[union-attr]
        assert not s.scalars(select(OutboxItem).where(OutboxItem.kind == "batch_fiscal")).all()
    fake = FakeAtol(port)
    fake.shift_open = True
    try:
        [outcome] = send_pending(db, reg, clerk.branch_code)
        assert outcome.data is not None and send_pending(db, reg, clerk.branch_code) == []
        [(uuid, task)] = fake.receipts
        assert uuid == result.payment_id and fake.violations == []
        assert [i["name"] for i in task["items"]] == [
            f"Пересылка посылки {s}" for s in (s10s[0], s10s[2], s10s[4])
        ]
        assert task["payments"] == [{"type": "electronically", "sum": float(result.amount.amount)}]
    finally:
        fake.stop()
    with db.read() as s:
        assert s.get(Payment, result.payment_id).state == "paid"  # type: ignore[union-attr]
        [queued] = s.scalars(select(OutboxItem).where(OutboxItem.kind == "batch_fiscal")).all()
    assert json.loads(queued.payload)["fiscal"]["document_number"] == outcome.data.document_number


def test_an_item_of_a_closed_list_cannot_be_voided_its_charge_stands(
    db: Database, clerk: CounterContext, batch: tuple[int, list[str], list[str]]
) -> None:
    """Stop 19's left-out: the list was charged as one at its close (here on the customer's
    account); voiding one of its items afterwards left that charge as it was. The void is
    refused, saying why and what to do; an item of an open list can still be voided."""
    from app.services.void import VoidRefused, void_acceptance

    batch_id, s10s, ids = batch
    void_acceptance(
        db,
        clerk,
        ids[2],
        supervisor_number=DEMO_SUPERVISOR[0],
        pin=DEMO_SUPERVISOR[1],
        reason="relabelled before the close",
    )
    close_batch(db, clerk, batch_id, _supervisor(db), "card")
    with pytest.raises(VoidRefused) as refused:
        void_acceptance(
            db,
            clerk,
            ids[0],
            supervisor_number=DEMO_SUPERVISOR[0],
            pin=DEMO_SUPERVISOR[1],
            reason="customer took it back",
        )
    assert refused.value.params == {"s10": s10s[0], "number": "MP-7"}
    assert "was closed and charged" in str(refused.value)
    with db.read() as s:
        [row] = _acceptances(s, [ids[0]])
        assert row.status != "voided"
        assert len(s.scalars(select(OutboxItem).where(OutboxItem.kind == "void")).all()) == 1


def test_central_keeps_the_close_then_the_receipt_of_a_cash_batch(
    tmp_path: Path,
    db: Database,
    clerk: CounterContext,
    batch: tuple[int, list[str], list[str]],
) -> None:
    """Synced over HTTP to the reference central: the list's items, its close and the
    register's receipt of its sale, in that order, each stored once."""
    from app.services import sync_service
    from app.services.fiscal.fake import FakeRegister
    from app.sync.http_transport import HttpTransport
    from central.auth import add_terminal
    from central.models import CustomerBatch, SyncItem
    from tests.sync_helpers import ThreadedCentral

    batch_id, _, _ = batch
    result = close_batch(
        db, clerk, batch_id, _supervisor(db), "cash", Decimal("100000"), register=FakeRegister()
    )
    server = ThreadedCentral(f"sqlite:///{tmp_path / 'central.db'}")
    _, token = add_terminal(server.db, clerk.branch_code)
    transport = HttpTransport(server.url, token)
    try:
        sync_service.configure(db, server.url, token)
        report = sync_service.run_once(db, transport, top_up=False)
        assert report.counts == {"stored": 5}, report  # three accepts, close, receipt
        with server.db.read() as cs:
            kinds = cs.scalars(select(SyncItem.kind).order_by(SyncItem.id)).all()
            assert kinds[-2:] == ["batch_close", "batch_fiscal"]
            closed = cs.scalars(select(CustomerBatch).where(CustomerBatch.number == "MP-7")).one()
            assert closed.closed and closed.close_item_uuid == result.payment_id
            kept = cs.scalars(select(SyncItem).where(SyncItem.kind == "batch_fiscal")).one()
        assert json.loads(kept.payload)["fiscal"]["kind"] == "sell"
    finally:
        transport.close()
        server.stop()
