"""Day close shows what is being closed (Z report) before the supervisor confirms."""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.services.terminal import DEMO_SUPERVISOR
from app.store.database import Database
from app.store.models import Acceptance, Manifest
from app.ui.day_close_dialog import DayCloseDialog
from app.ui.main_window import MainWindow
from app.ui.print_preview import PrintPreviewDialog
from tests.ui.helpers import enter, type_text
from tests.ui.test_payment_flow import accept_one, window  # noqa: F401 - the fixture


def test_day_close_summary_then_supervisor_confirms(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    db: Database,
) -> None:
    win = window
    first = accept_one(qtbot, win, "CB100000003RU")
    type_text(qtbot, f"{first.fee_amount + 100:f}")
    enter(qtbot)
    qtbot.waitUntil(lambda: not win.payment.pending, timeout=20_000)
    # The receipt's preview opens once paid; the clerk closes it and is back at the scan.
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeWindow(), PrintPreviewDialog), timeout=20_000
    )
    qtbot.keyClick(QApplication.activeWindow(), Qt.Key.Key_Escape)
    win.activateWindow()  # the window manager's part; offscreen windows do not do it
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.form.scan)
    accept_one(qtbot, win, "CB100000017RU")
    qtbot.keyClick(win.payment.tendered, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: win.payment.method() == "card")
    qtbot.keyClick(win.payment.record_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not win.payment.pending, timeout=20_000)
    with db.read() as s:
        fees = [
            a.fee_amount for a in s.scalars(select(Acceptance).order_by(Acceptance.accepted_at))
        ]
    seen: dict[str, str] = {}

    def confirm() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DayCloseDialog) or not dialog.isVisible():
            QTimer.singleShot(20, confirm)
            return
        for name in ("summaryAcceptances", "summaryPieces", "summaryDrawer", "summaryFees"):
            label = dialog.findChild(QLabel, name)
            assert label is not None
            seen[name] = label.text().replace("\u00a0", " ")
        qtbot.keyClicks(dialog.number, DEMO_SUPERVISOR[0])
        qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.pin, DEMO_SUPERVISOR[1])
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)  # the last field submits

    QTimer.singleShot(20, confirm)
    win.close_business_day()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    qtbot.waitUntil(lambda: "Day closed" in win.statusBar().currentMessage(), timeout=10_000)
    assert seen["summaryAcceptances"] == "2" and seen["summaryPieces"] == "2"
    cash = f"{fees[0].quantize(Decimal('0.01')):f}"  # cash only: the card fee is not in it
    drawer = seen["summaryDrawer"]
    assert drawer.endswith(" RUB") and re.sub(r"\D", "", drawer) == re.sub(r"\D", "", cash)
    with db.read() as s:
        assert len(s.scalars(select(Manifest)).all()) == 1
