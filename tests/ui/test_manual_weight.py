"""A manual weight exists only as a supervisor-approved exception with a reason."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.services.counter_rules import counter_rules
from app.services.terminal import DEMO_CLERK, DEMO_SUPERVISOR, CounterContext
from app.store.database import Database
from app.store.models import Acceptance, Staff
from app.ui.application import make_app
from app.ui.main_window import MainWindow
from app.ui.supervisor_dialog import ManualWeightApproval
from tests.ui.helpers import fill_customs, press, scan, type_text
from tests.ui.test_accept_flow import counts, fill_party


def answer(
    qtbot: QtBot, number: str, pin: str, kg: str, reason: str, then_cancel: bool = False
) -> None:
    def fill() -> None:
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ManualWeightApproval) and w.isVisible()
        ]
        if not dialogs:
            QTimer.singleShot(50, fill)
            return
        d = dialogs[0]
        if then_cancel and d.error.isVisible():
            d.reject()
            return
        for edit, text in ((d.number, number), (d.pin, pin), (d.weight, kg), (d.reason, reason)):
            edit.clear()
            qtbot.keyClicks(edit, text)
        qtbot.keyClick(d.reason, Qt.Key.Key_Return)
        if then_cancel:
            QTimer.singleShot(100, fill)

    QTimer.singleShot(100, fill)


def refocus(qtbot: QtBot, win: MainWindow) -> None:
    """Back in the counter window after a dialog (offscreen, activation is asynchronous)."""
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.form.scan.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def test_supervisor_approves_a_typed_in_weight(
    qtbot: QtBot, db: Database, clerk: CounterContext
) -> None:
    make_app()
    win = MainWindow(db, clerk, counter_rules())
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.form.scan.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.form.scan)
    scan(qtbot, "CP100000017RU")

    answer(qtbot, DEMO_CLERK[0], DEMO_CLERK[1], "152.35", "Scale broken", then_cancel=True)
    press(qtbot, Qt.Key.Key_F8, Qt.KeyboardModifier.ControlModifier)
    assert win.form.weight.captured is None  # a clerk cannot approve

    refocus(qtbot, win)
    answer(qtbot, DEMO_SUPERVISOR[0], DEMO_SUPERVISOR[1], "152.35", "Platform scale out of order")
    press(qtbot, Qt.Key.Key_F8, Qt.KeyboardModifier.ControlModifier)
    refocus(qtbot, win)
    w = win.form.weight.captured
    assert w is not None and w.source == "manual" and w.grams == 152_350
    panel = win.form.weight  # shown as the manual weight, marked MANUAL
    assert panel.phase == "manual" and "MANUAL" in panel.phase_mark.text()
    assert panel.value.text() == "152.35" and "152.35" in panel.captured_label.text()

    win.form.dims["length"].setFocus()
    for v in ("120", "80", "60"):
        type_text(qtbot, v)
        press(qtbot, Qt.Key.Key_Return)
    fill_party(
        qtbot,
        "sender",
        ["Olga Petrova", "+7 903 777-00-11", "Leninsky 30", "Moscow", "119334", "RU"],
        win,
    )
    fill_party(
        qtbot,
        "addressee",
        ["Priya Nair", "+91 98200 54321", "Marine Drive 3B", "Mumbai", "400020", "IN"],
        win,
    )
    fill_customs(
        qtbot,
        win.form.customs,
        "INV-7",
        [["Solid oak dining table", "1", "45", "420", "940360", "RU"]],
    )
    press(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: counts(db) == (1, 1, 1, 1), timeout=5000)
    with db.read() as s:
        weighing = s.scalar(select(Acceptance)).pieces[0].weighing
        supervisor = s.scalar(select(Staff).where(Staff.staff_number == DEMO_SUPERVISOR[0]))
        assert weighing.source == "manual" and weighing.approved_by == supervisor.id
        assert weighing.reason == "Platform scale out of order" and weighing.raw_frame == b""
    win.close()


def test_a_mistyped_weight_keeps_the_pin_and_goes_back_to_the_weight(
    qtbot: QtBot, db: Database, clerk: CounterContext
) -> None:
    """The supervisor typed "15,2x": the dialog says how to type it, the weight field has the
    focus and the PIN stays, so only the weight is typed again."""
    make_app()
    win = MainWindow(db, clerk, counter_rules())
    qtbot.addWidget(win)
    win.show()
    refocus(qtbot, win)
    scan(qtbot, "CP100000017RU")
    seen: dict[str, object] = {}

    def dialog() -> ManualWeightApproval | None:
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ManualWeightApproval) and w.isVisible()
        ]
        return shown[0] if shown else None

    def fill() -> None:
        d = dialog()
        if d is None:
            QTimer.singleShot(50, fill)
            return
        for edit, text in (
            (d.number, DEMO_SUPERVISOR[0]),
            (d.pin, DEMO_SUPERVISOR[1]),
            (d.weight, "15,2x"),
            (d.reason, "Platform scale out of order"),
        ):
            qtbot.keyClicks(edit, text)
        qtbot.keyClick(d.reason, Qt.Key.Key_Return)
        QTimer.singleShot(50, retype)

    def retype() -> None:
        d = dialog()
        assert d is not None
        seen.update(error=d.error.text(), pin=d.pin.text(), focus=d.focusWidget())
        seen["field"] = d.weight
        d.weight.clear()
        qtbot.keyClicks(d.weight, "152.35")
        qtbot.keyClick(d.weight, Qt.Key.Key_Return)  # on to the reason, still filled
        qtbot.keyClick(d.reason, Qt.Key.Key_Return)

    QTimer.singleShot(100, fill)
    press(qtbot, Qt.Key.Key_F8, Qt.KeyboardModifier.ControlModifier)
    assert "152.35" in str(seen["error"]) and seen["pin"] == DEMO_SUPERVISOR[1]
    assert seen["focus"] is seen["field"]
    w = win.form.weight.captured
    assert w is not None and w.source == "manual" and w.grams == 152_350
