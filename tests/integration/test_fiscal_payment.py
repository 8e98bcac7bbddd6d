"""The payment step with an ATOL register (a fake driver web server on loopback): the sale
is registered before the payment is final, faults keep it waiting, a retry or a crash
between task and result never makes a second receipt, central stores the fiscal data."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain.money import Money
from app.services import sync_service
from app.services.fiscal.atol import AtolWebRegister
from app.services.fiscal.register import PAPER_OUT, UNREACHABLE
from app.services.fiscal.sales import send_pending
from app.services.payment import record_payment
from app.services.terminal import DEMO_CLERK, CounterContext, staff_context
from app.store.database import Database
from app.store.models import Acceptance, FiscalDocument, OutboxItem, Payment
from app.sync.http_transport import HttpTransport
from central.auth import add_terminal
from central.models import SyncItem
from tests.fake_atol import (
    FakeAtol,
)
from tests.sync_helpers import (
    BRANCH,
    ThreadedCentral,
    free_port,
    make_acceptances,
    open_test_terminal,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[tuple[Database, CounterContext, list[str]]]:
    db = open_test_terminal(tmp_path / "terminal.db")
    made = make_acceptances(db, 3)
    yield db, staff_context(db, DEMO_CLERK[0]), [m.acceptance_id for m in made]
    db.close()


@pytest.fixture
def driver(atol_driver: FakeAtol) -> FakeAtol:
    atol_driver.shift_open, atol_driver.shift_number = True, 4
    return atol_driver


def fee(db: Database, acceptance_id: str) -> Money:
    with db.read() as s:
        row = s.get(Acceptance, acceptance_id)
        assert row is not None
        return Money(row.fee_amount, row.fee_currency).quantized()


def payment_items(db: Database) -> list[dict]:
    with db.read() as s:
        items = s.scalars(select(OutboxItem).where(OutboxItem.kind == "payment")).all()
        return [json.loads(i.payload) for i in items]


def test_cash_with_change_is_registered_then_paid(terminal, driver: FakeAtol) -> None:
    db, ctx, ids = terminal
    due = fee(db, ids[0])
    given = Money(due.amount + Decimal("465.50"), "RUB")
    driver.pending_polls = 2
    reg = AtolWebRegister(driver.url, poll=0.01)
    result = record_payment(db, ctx, ids[0], "cash", given, register=reg, contact="+79001234567")
    assert result.state == "paid" and result.fault is None
    [(uuid, task)] = driver.receipts
    assert uuid == result.payment_id  # the task uuid is the payment's id
    assert task["payments"] == [{"type": "cash", "sum": float(given.amount)}]
    assert task["total"] == float(due.amount) and task["clientInfo"]["emailOrPhone"]
    assert all(i["tax"]["type"] == "vat22" for i in task["items"])
    with db.read() as s:
        doc = s.get(FiscalDocument, result.payment_id)
        assert doc is not None and doc.state == "registered" and doc.shift_number == 4
        assert doc.fn_number == "7380440800012345" and doc.total == due.amount
    [body] = payment_items(db)
    assert body["state"] == "paid" and body["fiscal"]["fn_number"] == "7380440800012345"
    assert body["change"] == "465.50"


def test_card_is_electronically(terminal, driver: FakeAtol) -> None:
    db, ctx, ids = terminal
    reg = AtolWebRegister(driver.url, poll=0.01)
    assert record_payment(db, ctx, ids[0], "card", register=reg).state == "paid"
    assert driver.receipts[0][1]["payments"][0]["type"] == "electronically"


def test_unreachable_then_back_makes_one_receipt(terminal) -> None:
    db, ctx, ids = terminal
    port = free_port()
    reg = AtolWebRegister(f"http://127.0.0.1:{port}", timeout=0.5, poll=0.01)
    result = record_payment(db, ctx, ids[0], "card", register=reg)
    assert result.state == "awaiting_register" and result.fault is not None
    assert result.fault.kind == UNREACHABLE and "ATOL Driver" in result.fault.advice
    with db.read() as s:
        assert s.get(Payment, result.payment_id).state == "awaiting_register"  # type: ignore[union-attr]
    assert payment_items(db) == []  # not synced before the register has it
    fake = FakeAtol(port)
    fake.shift_open = True
    try:
        [outcome] = send_pending(db, reg, ctx.branch_code)
        assert outcome.data is not None
        assert send_pending(db, reg, ctx.branch_code) == []
        assert len(fake.receipts) == 1 and fake.violations == []
    finally:
        fake.stop()
    with db.read() as s:
        assert s.get(Payment, result.payment_id).state == "paid"  # type: ignore[union-attr]
    assert len(payment_items(db)) == 1


def test_paper_out_is_shown_and_retried(terminal, driver: FakeAtol) -> None:
    db, ctx, ids = terminal
    driver.fail_next = (44, "Нет бумаги")
    reg = AtolWebRegister(driver.url, poll=0.01)
    result = record_payment(db, ctx, ids[0], "card", register=reg)
    assert result.fault is not None and result.fault.kind == PAPER_OUT
    [outcome] = send_pending(db, reg, ctx.branch_code)
    assert outcome.fault is None and len(driver.receipts) == 1


CHILD = """
import sys
from app.services.fiscal.atol import AtolWebRegister
from app.services.payment import record_payment
from app.services.terminal import DEMO_CLERK, staff_context
from app.store.database import open_database
db = open_database(sys.argv[1])
ctx = staff_context(db, DEMO_CLERK[0])
record_payment(db, ctx, sys.argv[3], "card", register=AtolWebRegister(sys.argv[2], poll=0.01))
"""


def test_sigkill_between_task_and_result_makes_one_receipt(terminal, driver: FakeAtol) -> None:
    db, ctx, ids = terminal
    driver.pending_polls = 10**9  # the register "prints" until the child is killed
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db.path), driver.url, ids[0]],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        deadline = time.monotonic() + 30
        while not driver.tasks and time.monotonic() < deadline:
            time.sleep(0.05)
        assert driver.tasks, "the child never sent its task"
        time.sleep(0.1)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    [uuid] = driver.tasks
    with db.read() as s:
        doc = s.get(FiscalDocument, uuid)
        assert doc is not None and doc.state == "pending"
    driver.pending_polls = 0
    reg = AtolWebRegister(driver.url, poll=0.01)
    [outcome] = send_pending(db, reg, ctx.branch_code)
    assert outcome.data is not None
    assert [u for u, _ in driver.receipts] == [uuid] and len(driver.tasks) == 1


def test_central_stores_the_fiscal_data(tmp_path: Path, terminal, driver: FakeAtol) -> None:
    db, ctx, ids = terminal
    server = ThreadedCentral(f"sqlite:///{tmp_path / 'central.db'}")
    _, token = add_terminal(server.db, BRANCH)
    transport = HttpTransport(server.url, token)
    try:
        sync_service.configure(db, server.url, token)
        paid = record_payment(
            db, ctx, ids[0], "card", register=AtolWebRegister(driver.url, poll=0.01)
        )
        report = sync_service.run_once(db, transport, top_up=False)
        assert report.counts == {"stored": 4}
        with server.db.read() as cs:
            stored = cs.scalars(select(SyncItem).where(SyncItem.kind == "payment")).one()
            assert stored.item_uuid == paid.payment_id
            assert json.loads(stored.payload)["fiscal"]["shift_number"] == 4
    finally:
        transport.close()
        server.stop()


def test_receipts_carry_the_fiscal_data_and_fns_qr(terminal, driver: FakeAtol) -> None:
    from app.documents.receipt import render_receipt
    from app.services.documents import receipt_for_s10
    from app.services.receipts import thermal_receipt
    from tests.docs_helpers import barcodes_on_page, overlapping, pdf_text, text_boxes
    from tests.escpos_decode import decode

    db, ctx, ids = terminal
    reg = AtolWebRegister(driver.url, poll=0.01)
    result = record_payment(db, ctx, ids[0], "card", register=reg)
    with db.read() as s:
        doc = s.get(FiscalDocument, result.payment_id)
        assert doc is not None
        s10 = s.get(Acceptance, ids[0]).pieces[0].s10  # type: ignore[union-attr]
        qr = (
            f"t=20261201T0930&s={doc.total:.2f}&fn=7380440800012345"
            f"&i={doc.document_number}&fp={doc.fiscal_sign}&n=1"
        )
    d = decode(thermal_receipt(db, acceptance_id=ids[0]).data)
    assert qr in d.qr
    assert "ФН" in d.text and "7380440800012345" in d.text and doc.fiscal_sign in d.text
    assert "в т.ч. НДС 22%" in d.text
    pdf = render_receipt(receipt_for_s10(db, s10))
    text = pdf_text(pdf)
    assert "7380440800012345" in text and f"ФП {doc.fiscal_sign}" in text
    assert qr in [t for _, t in barcodes_on_page(pdf)]
    assert overlapping(text_boxes(pdf)) == []


def test_shift_opened_with_the_business_day_and_closed_at_day_close(
    terminal, driver: FakeAtol
) -> None:
    from datetime import UTC, datetime, timedelta

    from app.services.fiscal.shift import close_day_shift, ensure_shift

    db, ctx, _ = terminal
    driver.shift_open, driver.shift_number = False, 0
    reg = AtolWebRegister(driver.url, poll=0.01)
    morning = datetime(2026, 12, 1, 6, 0, tzinfo=UTC)
    report = ensure_shift(db, ctx, reg, morning)
    assert report.opened == 1 and report.closed == () and driver.shift_open
    assert ensure_shift(db, ctx, reg, morning + timedelta(hours=2)).opened is None  # same day
    assert close_day_shift(db, ctx, reg, ctx.business_day(morning)) == 1
    assert driver.closed_shifts == [1] and not driver.shift_open
    assert close_day_shift(db, ctx, reg, ctx.business_day(morning)) is None
    # Next morning a shift left open from yesterday is closed first, then today's opened.
    ensure_shift(db, ctx, reg, morning + timedelta(days=1))
    report = ensure_shift(db, ctx, reg, morning + timedelta(days=2))
    assert report.closed == (2,) and report.opened == 3


def test_a_shift_older_than_24h_is_closed_before_the_sale(terminal, driver: FakeAtol) -> None:
    db, ctx, ids = terminal
    driver.shift_expired = True  # the register's own 24 h limit
    reg = AtolWebRegister(driver.url, poll=0.01)
    result = record_payment(db, ctx, ids[0], "card", register=reg)
    assert result.state == "paid" and driver.closed_shifts == [4]
    assert driver.shift_number == 5 and len(driver.receipts) == 1


def test_void_after_payment_issues_the_return_receipt(terminal, driver: FakeAtol) -> None:
    from app.services.terminal import DEMO_SUPERVISOR
    from app.services.void import void_acceptance

    db, ctx, ids = terminal
    reg = AtolWebRegister(driver.url, poll=0.01)
    due = fee(db, ids[0])
    record_payment(db, ctx, ids[0], "cash", Money(due.amount + 100, "RUB"), register=reg)
    void_acceptance(
        db,
        ctx,
        ids[0],
        supervisor_number=DEMO_SUPERVISOR[0],
        pin=DEMO_SUPERVISOR[1],
        reason="customer changed mind",
    )
    [outcome] = send_pending(db, reg, ctx.branch_code, ctx)
    assert outcome.data is not None and outcome.data.kind == "sellReturn"
    assert "&n=2" in outcome.data.qr_payload()
    [(_, sale), (_, back)] = driver.receipts
    assert back["type"] == "sellReturn" and back["items"] == sale["items"]
    # Cash was tendered with change; what goes back is the receipt's total, no "change".
    assert sale["payments"] == [{"type": "cash", "sum": float(due.amount + 100)}]
    assert back["payments"] == [{"type": "cash", "sum": float(due.amount)}]
    assert send_pending(db, reg, ctx.branch_code, ctx) == []  # once


@pytest.mark.parametrize("contact", ["12345", "ivan@", "+7900123456"])
def test_a_bad_contact_is_refused_before_anything_is_stored(
    terminal, driver: FakeAtol, contact: str
) -> None:
    from app.services.payment import PaymentRefused

    db, ctx, ids = terminal
    with pytest.raises(PaymentRefused, match="phone number"):
        record_payment(
            db, ctx, ids[0], "card", register=AtolWebRegister(driver.url), contact=contact
        )
    with db.read() as s:
        assert s.scalars(select(Payment)).all() == [] and driver.tasks == {}
