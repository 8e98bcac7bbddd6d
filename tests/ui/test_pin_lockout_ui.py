"""Wrong PINs through the real log-in dialog and a real supervisor prompt lock the number,
the dialog says for how long, and a short PIN is replaced at the log-in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from app.services.auth import MAX_FAILURES, check_pin, hash_pin, locked_until
from app.services.counter_rules import counter_rules
from app.services.terminal import DEMO_CLERK, DEMO_SUPERVISOR, CounterContext
from app.store.database import Database
from app.store.models import AuditEntry, Staff
from app.ui.application import make_app
from app.ui.login_dialog import LoginDialog
from app.ui.main_window import MainWindow
from app.ui.pin_change_dialog import PinChangeDialog
from app.ui.supervisor_dialog import SupervisorApproval


def audit_actions(db: Database) -> list[str]:
    with db.read() as s:
        return [a.action for a in s.scalars(select(AuditEntry))]


def open_login(qtbot: QtBot, db: Database) -> LoginDialog:
    make_app()
    login = LoginDialog(db, demo=True)
    qtbot.addWidget(login)
    login.show()
    login.activateWindow()
    login.staff.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is login.staff)
    return login


def log_in(qtbot: QtBot, login: LoginDialog, number: str, pin: str) -> None:
    login.staff.clear()
    qtbot.keyClicks(login.staff, number)
    qtbot.keyClick(login.staff, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is login.pin
    qtbot.keyClicks(login.pin, pin)
    qtbot.keyClick(login.pin, Qt.Key.Key_Return)


def test_login_dialog_locks_after_five_wrong_pins_and_says_how_long(
    qtbot: QtBot, db: Database
) -> None:
    login = open_login(qtbot, db)
    for _ in range(MAX_FAILURES - 1):
        log_in(qtbot, login, DEMO_CLERK[0], "000000")
        assert "wrong" in login.error.text() and login.context is None
    log_in(qtbot, login, DEMO_CLERK[0], "000000")
    assert "locked for 15 more minute" in login.error.text()
    # The right PIN does not open a locked number; the message still says how long.
    log_in(qtbot, login, DEMO_CLERK[0], DEMO_CLERK[1])
    assert "locked for" in login.error.text() and "supervisor unlocks" in login.error.text()
    assert login.context is None and login.result() != LoginDialog.DialogCode.Accepted
    assert login.pin.text() == ""  # the PIN is never kept in the field
    assert locked_until(db, DEMO_CLERK[0]) is not None
    acts = audit_actions(db)
    assert acts.count("pin_failure") == MAX_FAILURES and acts.count("pin_lockout") == 1
    # Another staff number is not locked by it.
    log_in(qtbot, login, DEMO_SUPERVISOR[0], DEMO_SUPERVISOR[1])
    assert login.result() == LoginDialog.DialogCode.Accepted and login.context is not None


def test_a_four_digit_pin_is_replaced_at_log_in(qtbot: QtBot, db: Database) -> None:
    with db.write() as s:
        s.execute(
            update(Staff)
            .where(Staff.staff_number == DEMO_CLERK[0])
            .values(pin_hash=hash_pin("1234"))
        )
    login = open_login(qtbot, db)
    seen: list[str] = []

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, PinChangeDialog)]
        visible = [d for d in dialogs if d.isVisible()]
        if not visible:
            QTimer.singleShot(50, answer)
            return
        d = visible[0]
        if not seen:  # first: two different PINs are refused
            qtbot.keyClicks(d.new_pin, "482913")
            qtbot.keyClick(d.new_pin, Qt.Key.Key_Return)
            qtbot.keyClicks(d.again, "482914")
            qtbot.keyClick(d.again, Qt.Key.Key_Return)
            seen.append(d.error.text())
            QTimer.singleShot(50, answer)
            return
        qtbot.keyClicks(d.new_pin, "482913")
        qtbot.keyClick(d.new_pin, Qt.Key.Key_Return)
        qtbot.keyClicks(d.again, "482913")
        qtbot.keyClick(d.again, Qt.Key.Key_Return)

    QTimer.singleShot(50, answer)
    log_in(qtbot, login, DEMO_CLERK[0], "1234")
    assert seen and "differ" in seen[0]
    assert login.result() == LoginDialog.DialogCode.Accepted and login.context is not None
    with db.read() as s:
        stored = s.scalar(select(Staff.pin_hash).where(Staff.staff_number == DEMO_CLERK[0]))
    assert stored is not None and check_pin("482913", stored) and not check_pin("1234", stored)
    assert "pin_changed" in audit_actions(db)


def answer_supervisor_prompts(
    qtbot: QtBot, number: str, pins: list[str], errors: list[str]
) -> list[bool]:
    """Answer the supervisor prompt each time it opens, one PIN each, then cancel.

    The returned list gets ``True`` once the prompt is cancelled: the day close opens its
    prompt only after the day's summary is read off the GUI thread, so the action returns
    at once and the test waits for this."""
    cancelled: list[bool] = []

    def fill() -> None:
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, SupervisorApproval) and w.isVisible()
        ]
        if not dialogs:
            QTimer.singleShot(50, fill)
            return
        d = dialogs[0]
        if d.error.isVisible():
            errors.append(d.error.text())
        if not pins:
            d.reject()
            cancelled.append(True)
            return
        d.number.clear()
        qtbot.keyClicks(d.number, number)
        qtbot.keyClick(d.number, Qt.Key.Key_Return)
        qtbot.keyClicks(d.pin, pins.pop(0))
        qtbot.keyClick(d.pin, Qt.Key.Key_Return)
        QTimer.singleShot(50, fill)

    QTimer.singleShot(100, fill)
    return cancelled


def wait_for_day_close(qtbot: QtBot, win: MainWindow, cancelled: list[bool]) -> None:
    """Until the day-close prompt (opened once the summary is read) has been cancelled."""
    qtbot.waitUntil(
        lambda: bool(cancelled) and not win.day_close_dialog.isVisible(), timeout=30_000
    )


def test_supervisor_prompt_locks_after_five_wrong_pins(
    qtbot: QtBot, db: Database, clerk: CounterContext
) -> None:
    make_app()
    win = MainWindow(db, clerk, counter_rules())
    qtbot.addWidget(win)
    win.show()
    errors: list[str] = []
    pins = ["000000"] * MAX_FAILURES + [DEMO_SUPERVISOR[1]]
    cancelled = answer_supervisor_prompts(qtbot, DEMO_SUPERVISOR[0], pins, errors)
    trigger: Callable[[], None] = win.action_close_day.trigger
    trigger()
    wait_for_day_close(qtbot, win, cancelled)
    assert len(errors) == MAX_FAILURES + 1
    assert all("wrong" in e for e in errors[: MAX_FAILURES - 1])
    assert "locked for 15 more minute" in errors[MAX_FAILURES - 1]
    assert "locked for" in errors[MAX_FAILURES]  # the right PIN after the lock: refused
    assert locked_until(db, DEMO_SUPERVISOR[0]) is not None
    acts = audit_actions(db)
    assert acts.count("pin_failure") == MAX_FAILURES and "pin_lockout" in acts
    assert "day_close" not in acts
    win.close()


def test_a_short_supervisor_pin_is_replaced_before_it_approves(
    qtbot: QtBot, db: Database, clerk: CounterContext
) -> None:
    with db.write() as s:
        s.execute(
            update(Staff)
            .where(Staff.staff_number == DEMO_SUPERVISOR[0])
            .values(pin_hash=hash_pin("9999"))
        )
    make_app()
    win = MainWindow(db, clerk, counter_rules())
    qtbot.addWidget(win)
    win.show()

    def new_pin() -> None:
        visible = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, PinChangeDialog) and w.isVisible()
        ]
        if not visible:
            QTimer.singleShot(50, new_pin)
            return
        d = visible[0]
        qtbot.keyClicks(d.new_pin, "531864")
        qtbot.keyClick(d.new_pin, Qt.Key.Key_Return)
        qtbot.keyClicks(d.again, "531864")
        qtbot.keyClick(d.again, Qt.Key.Key_Return)

    errors: list[str] = []
    QTimer.singleShot(150, new_pin)
    # The short PIN opens the PIN dialog; then the day close answers (nothing to close).
    cancelled = answer_supervisor_prompts(qtbot, DEMO_SUPERVISOR[0], ["9999"], errors)
    win.action_close_day.trigger()
    wait_for_day_close(qtbot, win, cancelled)
    with db.read() as s:
        stored = s.scalar(select(Staff.pin_hash).where(Staff.staff_number == DEMO_SUPERVISOR[0]))
    assert stored is not None and check_pin("531864", stored)
    assert errors and "Nothing to close" in errors[-1]
    win.close()
