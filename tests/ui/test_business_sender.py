"""Issue 17 at the counter, by keyboard: F4 picks a business sender, the fee comes from
its price plan with the plan's name on screen, the acceptance stores it; payment on
account is taken within the credit limit and refused over it (cash then works)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.services.customer_account import store_balances
from app.store.database import Database
from app.store.models import Acceptance, OutboxItem, Payment
from app.ui.main_window import MainWindow
from tests.ui.helpers import enter, fill_customs, focused, press, scan, type_text
from tests.ui.test_accept_flow import fill_party, put_on_scale, window

__all__ = ["window"]  # the fixture, used by name


def accept_for_volgamed(qtbot: QtBot, win: MainWindow, s10: str) -> Acceptance:
    """Scan, measure, weigh, F4 "volga" Enter, addressee, CN 23, F12: the payment panel."""
    scan(qtbot, s10)
    for v in ("40", "30", "20"):
        type_text(qtbot, v)
        enter(qtbot)
    put_on_scale(qtbot, win, "50")
    win.form.scan.setFocus()
    press(qtbot, Qt.Key.Key_F8)
    assert win.form.weight.captured is not None
    assert win.form.fig_fee.text() == "—"  # no sender country yet: no tariff
    assert not win.form.fee_plan.isVisible()

    press(qtbot, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: win.form.business.picker is not None, timeout=5000)
    picker = win.form.business.picker
    assert picker is not None
    qtbot.waitUntil(lambda: focused() is picker.search)
    assert picker.results.count() == 3  # every demo customer before typing
    type_text(qtbot, "volga")
    assert picker.results.count() == 1
    enter(qtbot)
    qtbot.waitUntil(lambda: win.form.business.isVisible())
    qtbot.waitUntil(lambda: focused() is win.form.addressee.edits["name"])
    assert win.form.sender.edits["name"].text() == "ООО «ВолгаМедТехника»"
    assert win.form.sender.edits["country"].text() == "RU"
    assert "VOLGAMED" in win.form.business.name.text()
    assert "7728451636" in win.form.business.name.text()
    assert win.form.fee_plan.isVisible()
    plan_line = win.form.fee_plan.text()
    # the public tariff in force (2026-07-01: 6900 RUB up to 50 kg) for comparison
    assert "VolgaMed contract tariff 2026" in plan_line and "900" in plan_line
    assert "5" in win.form.fig_fee.text() and "800" in win.form.fig_fee.text()

    fill_party(
        qtbot,
        "addressee",
        ["Rajesh Kumar Sharma", "+91 98100 12345", "14 MG Road", "New Delhi", "110001", "IN"],
        win,
    )
    fill_customs(
        qtbot,
        win.form.customs,
        "INV-VM-7",
        [["Surgical forceps", "10", "45", "900", "901890", "RU"]],
    )
    press(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: win.payment.pending, timeout=20_000)
    with win.db.read() as s:
        row = s.scalar(select(Acceptance).order_by(Acceptance.accepted_at.desc()))
        assert row is not None
        s.expunge(row)
    return row


def test_contract_price_is_shown_accepted_and_paid_on_account(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    win = window
    row = accept_for_volgamed(qtbot, win, "CB100000017RU")
    # the plan's first band: 5800 RUB for up to 50 kg (the public tariff: 6900)
    assert row.fee_amount == Decimal("5800.00") and row.fee_currency == "RUB"
    assert (row.customer_code, row.price_plan) == ("VOLGAMED", "VolgaMed contract tariff 2026")
    assert row.sender_tax_id == "7728451636"
    assert not win.form.business.isVisible()  # the next consignment starts public

    qtbot.waitUntil(lambda: win.payment.account.isEnabled(), timeout=5000)
    assert "VOLGAMED" in win.payment.account_reason.text()
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: win.payment.method() == "account")  # a mnemonic clicks after a flash
    enter(qtbot)
    qtbot.waitUntil(lambda: not win.payment.pending, timeout=20_000)
    with db.read() as s:
        p = s.scalars(select(Payment)).one()
        assert (p.method, p.customer_code, p.amount) == ("account", "VOLGAMED", Decimal("5800.00"))
        item = s.scalars(select(OutboxItem).where(OutboxItem.item_uuid == p.id)).one()
        assert '"customer":"VOLGAMED"' in item.payload.replace(" ", "")
    assert "VOLGAMED" in win.statusBar().currentMessage()


def test_account_over_the_limit_is_refused_and_cash_is_taken(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    win = window
    with db.write() as s:
        store_balances(s, {"as_of": datetime.now(UTC).isoformat(), "accounts": [
            {"customer": "VOLGAMED", "currency": "RUB", "balance": "296000.00"}]})  # fmt: skip
    accept_for_volgamed(qtbot, win, "CB100000025RU")
    qtbot.waitUntil(lambda: win.payment.account.isEnabled(), timeout=5000)
    assert "4" in win.payment.account_reason.text()  # 4 000 RUB of credit left
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: win.payment.method() == "account")
    enter(qtbot)
    qtbot.waitUntil(lambda: win.payment.error.isVisible(), timeout=5000)
    message = win.payment.error.text()
    assert "VOLGAMED" in message and "cash or card" in message
    assert "296" in message and "300" in message and "5" in message
    assert win.payment.pending  # the panel stays open
    with db.read() as s:
        assert s.scalars(select(Payment)).first() is None
    press(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: win.payment.method() == "cash")
    win.payment.tendered.setFocus()
    enter(qtbot)
    qtbot.waitUntil(lambda: not win.payment.pending, timeout=20_000)
    with db.read() as s:
        p = s.scalars(select(Payment)).one()
        assert (p.method, p.customer_code) == ("cash", "")


def test_shift_f4_goes_back_to_the_public_tariff(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    win = window
    scan(qtbot, "CB100000034RU")
    for v in ("40", "30", "20"):
        type_text(qtbot, v)
        enter(qtbot)
    put_on_scale(qtbot, win, "50")
    win.form.scan.setFocus()
    press(qtbot, Qt.Key.Key_F8)
    press(qtbot, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: win.form.business.picker is not None, timeout=5000)
    type_text(qtbot, "7728451636")  # by INN
    enter(qtbot)
    qtbot.waitUntil(lambda: win.form.fee_plan.isVisible())
    qtbot.waitUntil(lambda: focused() is win.form.addressee.edits["name"])
    contract_fee = win.form.fig_fee.text()
    public_fee = win.form.fee_plan.text().rsplit(" ", 1)[-1]  # "... · public 6900.00₽"
    press(qtbot, Qt.Key.Key_F4, Qt.KeyboardModifier.ShiftModifier)
    assert not win.form.business.isVisible() and not win.form.fee_plan.isVisible()
    assert win.form.fig_fee.text() == public_fee != contract_fee
    assert win.form.sender.edits["name"].text()  # the sender typed stays
