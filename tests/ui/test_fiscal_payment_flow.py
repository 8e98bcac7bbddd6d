"""The payment step with an ATOL register that does not answer: the clerk is told what to
do, the payment stays stored and waiting; Enter again once the register is back registers
it once. The demo counter's register is the fake one, marked on the receipt."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.services.fiscal.atol import AtolWebRegister
from app.services.fiscal.fake import FAKE_FN
from app.services.receipts import thermal_receipt
from app.store.database import Database
from app.store.models import FiscalDocument
from app.ui.main_window import MainWindow
from tests.escpos_decode import decode
from tests.fake_atol import FakeAtol
from tests.sync_helpers import free_port
from tests.ui.helpers import enter, focused
from tests.ui.test_payment_flow import accept_one, open_window, payments


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    win = open_window(qtbot, db)
    qtbot.waitUntil(lambda: focused() is win.form.scan)
    yield win
    win.close()


def test_register_down_then_back_one_receipt(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    win = window
    port = free_port()
    win.payment.register = AtolWebRegister(f"http://127.0.0.1:{port}", timeout=0.5, poll=0.01)
    row = accept_one(qtbot, win)
    assert "e-mail" in win.payment.customer_caption.text()
    win.payment.customer.setText("+79001234567")  # the customer wants an e-receipt
    win.payment.tendered.setFocus()
    enter(qtbot)  # exact cash
    qtbot.waitUntil(lambda: win.payment.error.isVisible(), timeout=10_000)
    assert "does not answer" in win.payment.error.text()
    assert "stored but not yet registered" in win.payment.error.text()
    assert win.payment.later_button.isVisible() and not win.payment.customer.isEnabled()
    assert win.payment.pending and not win.form.isEnabled()
    [p] = payments(db)
    assert p.state == "awaiting_register" and p.acceptance_id == row.id
    fake = FakeAtol(port)
    fake.shift_open = True
    try:
        win.payment.record_button.setFocus()
        enter(qtbot)
        qtbot.waitUntil(lambda: not win.payment.pending, timeout=10_000)
        assert len(fake.receipts) == 1 and fake.violations == []
        assert fake.receipts[0][1]["clientInfo"] == {"emailOrPhone": "+79001234567"}
    finally:
        fake.stop()
    assert payments(db)[0].state == "paid"
    assert "cash" in win.statusBar().currentMessage()


def test_demo_counter_uses_the_marked_fake_register(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
) -> None:
    win = window
    assert win.payment.register is not None and win.payment.register.demo
    row = accept_one(qtbot, win)
    enter(qtbot)
    qtbot.waitUntil(lambda: not win.payment.pending, timeout=5000)
    with db.read() as s:
        doc = s.scalars(select(FiscalDocument)).one()
        assert doc.demo and doc.fn_number == FAKE_FN and doc.state == "registered"
    text = decode(thermal_receipt(db, acceptance_id=row.id).data).text
    assert "НЕ ФИСКАЛЬНЫЙ" in text and FAKE_FN in text


def test_next_customer_while_the_register_is_down(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    win = window
    port = free_port()
    win.payment.register = AtolWebRegister(f"http://127.0.0.1:{port}", timeout=0.5, poll=0.01)
    accept_one(qtbot, win)
    win.payment.card.setChecked(True)
    win.payment.record()
    qtbot.waitUntil(lambda: win.payment.later_button.isVisible(), timeout=10_000)
    qtbot.mouseClick(win.payment.later_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not win.payment.pending and win.form.isEnabled(), timeout=5000)
    assert payments(db)[0].state == "awaiting_register"
    fake = FakeAtol(port)
    fake.shift_open = True
    try:
        win.payment.retry_pending()  # what the minute timer and the next start do
        qtbot.waitUntil(lambda: payments(db)[0].state == "paid", timeout=10_000)
        assert len(fake.receipts) == 1 and fake.violations == []
    finally:
        fake.stop()
