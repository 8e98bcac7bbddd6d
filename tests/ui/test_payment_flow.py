"""The payment step after F12, by keyboard: cash with change, card, the next scan refused
until paid, a supervisor leaving it unpaid, and a payment left open by a closed window."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.services.counter_rules import counter_rules
from app.services.terminal import DEMO_CLERK, DEMO_SUPERVISOR, staff_context
from app.store.database import Database
from app.store.models import Acceptance, AuditEntry, OutboxItem, Payment
from app.ui.application import make_app
from app.ui.main_window import MainWindow
from app.ui.supervisor_dialog import SupervisorApproval
from tests.factories import consignment, piece
from tests.ui.helpers import enter, focused, press, scan, type_text

NEXT = "CB100000017RU"


def open_window(qtbot: QtBot, db: Database) -> MainWindow:
    make_app()
    win = MainWindow(db, staff_context(db, DEMO_CLERK[0]), counter_rules())
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    return win


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    win = open_window(qtbot, db)
    qtbot.waitUntil(lambda: focused() is win.form.scan)
    yield win
    win.close()


def accept_one(qtbot: QtBot, win: MainWindow, s10: str = "CB100000003RU") -> Acceptance:
    """F12 on a complete consignment (the form's own accept signal), then the payment panel."""
    win.form.sig_accept_requested.emit(consignment(pieces=(piece(s10),)))
    qtbot.waitUntil(
        lambda: win.payment.pending and focused() is win.payment.tendered, timeout=20_000
    )
    with win.db.read() as s:
        row = s.scalar(select(Acceptance).order_by(Acceptance.accepted_at.desc()))
        assert row is not None
        s.expunge(row)
        return row


def payments(db: Database) -> list[Payment]:
    with db.read() as s:
        rows = list(s.scalars(select(Payment)))
        for r in rows:
            s.expunge(r)
        return rows


def test_cash_with_change_by_keyboard(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    win = window
    row = accept_one(qtbot, win)
    assert row.fee_amount > 0
    assert not win.form.isEnabled()
    due = win.payment.amount.text()
    assert (
        due.endswith(" RUB") and str(row.fee_amount.quantize(Decimal(1))).split(".")[0][-3:] in due
    )
    given = row.fee_amount + Decimal("350.50")
    type_text(qtbot, f"{given:f}")
    assert win.payment.change.text().replace("\u00a0", " ") in ("350.50 RUB", "350,50 RUB")
    enter(qtbot)
    qtbot.waitUntil(lambda: not win.payment.pending, timeout=20_000)
    [p] = payments(db)
    assert (p.state, p.method, p.acceptance_id) == ("paid", "cash", row.id)
    assert p.tendered == given and p.change == Decimal("350.50")
    assert win.payment.isHidden() and win.form.isEnabled()
    qtbot.waitUntil(lambda: focused() is win.form.scan)
    assert "change" in win.statusBar().currentMessage()
    with db.read() as s:
        assert s.scalar(
            select(func.count()).select_from(OutboxItem).where(OutboxItem.kind == "payment")
        )


def test_short_cash_is_refused_then_card(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    win = window
    row = accept_one(qtbot, win)
    type_text(qtbot, "100")
    enter(qtbot)
    qtbot.waitUntil(lambda: win.payment.error.isVisible(), timeout=5000)
    assert "less than" in win.payment.error.text() and payments(db) == []
    assert win.payment.pending and focused() is win.payment.tendered
    press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # Alt+C: card
    qtbot.waitUntil(lambda: win.payment.method() == "card")  # a mnemonic clicks after a flash
    assert not win.payment.tendered.isEnabled() and focused() is win.payment.record_button
    enter(qtbot)
    qtbot.waitUntil(lambda: not win.payment.pending, timeout=20_000)
    [p] = payments(db)
    assert (p.method, p.tendered, p.change, p.acceptance_id) == ("card", None, None, row.id)
    assert not win.payment.account.isEnabled()  # no business senders yet: said why
    assert "business senders" in win.payment.account.toolTip()


def test_next_scan_is_blocked_until_paid(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    win = window
    accept_one(qtbot, win)
    scan(qtbot, NEXT)
    assert "payment first" in win.payment.error.text().lower()
    assert win.form.scan.text() == "" and win.payment.pending
    press(qtbot, Qt.Key.Key_F12)  # the form is locked: F12 accepts nothing
    qtbot.wait(100)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Acceptance)) == 1
    win.payment.tendered.setFocus()
    enter(qtbot)  # empty: the exact amount
    qtbot.waitUntil(lambda: not win.payment.pending, timeout=20_000)
    assert payments(db)[0].change == Decimal("0.00")
    qtbot.waitUntil(lambda: focused() is win.form.scan)
    scan(qtbot, NEXT)
    assert win.form.scan.text() == NEXT  # now the next parcel starts


def test_supervisor_leaves_it_unpaid(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    win = window
    row = accept_one(qtbot, win)
    seen: list[str] = []
    pins = ["000000", DEMO_SUPERVISOR[1]]  # a wrong PIN first

    def approve() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SupervisorApproval) or not dialog.isVisible():
            QTimer.singleShot(20, approve)  # Alt+U clicks after a short flash
            return
        # Keys to the dialog's fields (offscreen windows are not activated reliably).
        dialog.number.clear()
        qtbot.keyClicks(dialog.number, DEMO_SUPERVISOR[0])
        qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.pin, pins.pop(0))
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
        dialog.reason.clear()
        qtbot.keyClicks(dialog.reason, "card terminal down")
        seen.append(dialog.error.text())
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
        if pins:
            QTimer.singleShot(20, approve)

    QTimer.singleShot(20, approve)
    press(qtbot, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # Alt+U: leave unpaid
    qtbot.waitUntil(lambda: not win.payment.pending, timeout=8000)
    # the wrong PIN was said, in the log-in's words (it counts towards the lockout)
    assert "PIN is wrong" in seen[1]
    [p] = payments(db)
    assert (p.state, p.method, p.reason, p.acceptance_id) == (
        "unpaid",
        "",
        "card terminal down",
        row.id,
    )
    with db.read() as s:
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "payment.left_unpaid"))
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "pin_failure"))
    assert "unpaid" in win.statusBar().currentMessage()


def test_a_payment_left_open_comes_back_after_restart(qtbot: QtBot, db: Database) -> None:
    win = open_window(qtbot, db)
    qtbot.waitUntil(lambda: focused() is win.form.scan)
    row = accept_one(qtbot, win)
    win.close()
    again = open_window(qtbot, db)
    qtbot.waitUntil(lambda: again.payment.pending, timeout=5000)
    assert again.payment.due is not None and again.payment.due.acceptance_id == row.id
    assert not again.form.isEnabled()
    again.close()
