"""A supervisor voids an acceptance from today's list; the clerk alone cannot."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.product import DEFAULT_HEAVY
from app.services.acceptance import accept
from app.services.counter_rules import counter_rules
from app.services.pricing import default_pricing
from app.services.terminal import DEMO_CLERK, DEMO_SUPERVISOR, CounterContext
from app.store.database import Database
from app.store.models import Acceptance
from app.ui.application import make_app
from app.ui.main_window import MainWindow
from app.ui.supervisor_dialog import SupervisorApproval
from tests.factories import consignment


def answer_dialog(
    qtbot: QtBot, number: str, pin: str, reason: str, then_cancel: bool = False
) -> None:
    def fill() -> None:
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, SupervisorApproval) and w.isVisible()
        ]
        if not dialogs:  # not open yet: look again shortly
            QTimer.singleShot(50, fill)
            return
        dialog = dialogs[0]
        if dialog.error.isVisible() and then_cancel:
            dialog.reject()
            return
        dialog.number.clear()
        qtbot.keyClicks(dialog.number, number)
        qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.pin, pin)
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
        dialog.reason.clear()
        qtbot.keyClicks(dialog.reason, reason)
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
        if then_cancel:
            QTimer.singleShot(100, fill)

    QTimer.singleShot(100, fill)


def test_supervisor_voids_from_the_day_list(
    qtbot: QtBot, db: Database, clerk: CounterContext
) -> None:
    make_app()
    result = accept(db, clerk, consignment(), limits=DEFAULT_HEAVY, pricing=default_pricing())
    win = MainWindow(db, clerk, counter_rules())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.day.table.rowCount() == 1)

    win.day.table.selectRow(0)
    answer_dialog(qtbot, DEMO_CLERK[0], DEMO_CLERK[1], "wrong parcel", then_cancel=True)
    win.action_void.trigger()
    with db.read() as s:
        assert (
            s.get(Acceptance, result.acceptance_id).status == "accepted"
        )  # a clerk cannot approve

    answer_dialog(qtbot, DEMO_SUPERVISOR[0], DEMO_SUPERVISOR[1], "Customer took the parcel back")
    win.action_void.trigger()
    with db.read() as s:
        row = s.get(Acceptance, result.acceptance_id)
        assert row.status == "voided" and row.void_reason == "Customer took the parcel back"
    qtbot.waitUntil(lambda: "void" in win.day.table.item(0, 5).text())
    win.close()
