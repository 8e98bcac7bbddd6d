"""Tools → Cash register settings, by keyboard: a supervisor sets ATOL Driver's address and
a cashier's INN; a bad INN is refused at its field with the reason (in Russian on a
Russian screen) and nothing is stored; a clerk needs a supervisor to open it; the payment
step uses the new address at once."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.services.counter_rules import counter_rules
from app.services.fiscal.atol import AtolWebRegister
from app.services.terminal import DEMO_CLERK, DEMO_SUPERVISOR, staff_context
from app.services.terminal_settings import read_settings
from app.store.database import Database
from app.store.models import AuditEntry, Branch
from app.store.settings import set_setting
from app.ui.application import install_translators, make_app
from app.ui.main_window import MainWindow
from app.ui.register_settings import RegisterSettingsDialog
from app.ui.supervisor_dialog import SupervisorApproval
from tests.sync_helpers import free_port
from tests.ui.helpers import focused

CLERK_INN = "500100732259"  # a valid personal INN
BAD_INN = "500100732258"  # its last check digit changed


def open_as(qtbot: QtBot, db: Database, number: str) -> MainWindow:
    make_app()
    win = MainWindow(db, staff_context(db, number), counter_rules())
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: focused() is win.form.scan)
    return win


def action(win: MainWindow) -> QAction:
    found = win.findChild(QAction, "registerSettings")
    assert found is not None and found in win.menu_tools.actions()
    return found


def when_open(kind: type, then: Callable[..., None]) -> None:
    """Call ``then(dialog)`` once a visible ``kind`` dialog is up (exec blocks the test)."""

    def look() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if not shown:
            QTimer.singleShot(50, look)
            return
        then(shown[0])

    QTimer.singleShot(0, look)


def retype(qtbot: QtBot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


@pytest.fixture
def russian() -> Iterator[None]:
    app = make_app()
    installed = install_translators(app, QLocale("ru"))
    yield
    for t in installed:
        app.removeTranslator(t)


def out_of_demo(db: Database) -> None:
    """A real Russian branch: its register is the one at the address set, none without."""
    with db.write() as s:
        for branch in s.scalars(select(Branch)):
            branch.is_demo = False
        set_setting(s, "demo", False)


def test_supervisor_sets_the_address_and_an_inn_a_bad_one_refused_at_its_field(
    qtbot: QtBot, db: Database
) -> None:
    out_of_demo(db)
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens: refused at once
    win = open_as(qtbot, db, DEMO_SUPERVISOR[0])
    assert win.payment.register is None
    seen: dict[str, object] = {}

    def drive(dialog: RegisterSettingsDialog) -> None:
        clerk = dialog.inn[DEMO_CLERK[0]]
        retype(qtbot, dialog.url, url)
        qtbot.keyClick(dialog.url, Qt.Key.Key_Return)  # Enter moves on to the first INN
        seen["moved"] = dialog.focusWidget() is clerk
        qtbot.keyClicks(clerk, "50010073225x8")  # the letter is not taken
        seen["typed"] = clerk.text()
        for _ in dialog.inn:  # Enter through the INN fields: the last one submits
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
        seen["refused"] = dialog.error.text()
        seen["at"] = dialog.focusWidget() is clerk
        seen["still"] = dialog.isVisible()
        retype(qtbot, clerk, CLERK_INN)
        for _ in dialog.inn:
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    said: list[str] = []
    win.statusBar().messageChanged.connect(said.append)
    when_open(RegisterSettingsDialog, drive)
    action(win).trigger()
    qtbot.waitUntil(lambda: any("saved" in m for m in said), timeout=10_000)
    assert seen["moved"] and seen["typed"] == BAD_INN
    assert "check digits" in str(seen["refused"]) and seen["at"] and seen["still"]
    key = f"fiscal.inn.{DEMO_CLERK[0]}"
    assert read_settings(db, ["fiscal.atol_url", key]) == {"fiscal.atol_url": url, key: CLERK_INN}
    supervisor = staff_context(db, DEMO_SUPERVISOR[0]).staff_id
    with db.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == key)).all()
        assert [e.staff_id for e in entries] == [supervisor]
        assert CLERK_INN not in entries[0].details  # the audit says "set", not the number
    # The payment step talks to the register at the new address from now on.
    assert isinstance(win.payment.register, AtolWebRegister) and win.payment.register.url == url
    win.tasks.wait(10_000)  # its retry finds nothing listening there
    win.close()


def test_the_reason_is_in_russian_on_a_russian_screen(
    qtbot: QtBot, db: Database, russian: None
) -> None:
    win = open_as(qtbot, db, DEMO_SUPERVISOR[0])
    seen: dict[str, str] = {}

    def drive(dialog: RegisterSettingsDialog) -> None:
        retype(qtbot, dialog.inn[DEMO_CLERK[0]], "7707083893")  # a company's 10 digits
        dialog.accept()
        seen["refused"] = dialog.error.text()
        retype(qtbot, dialog.url, "127.0.0.1")
        dialog.accept()
        seen["url"] = dialog.error.text()
        dialog.reject()

    when_open(RegisterSettingsDialog, drive)
    action(win).trigger()
    qtbot.waitUntil(lambda: "url" in seen, timeout=10_000)
    assert "12 цифр" in seen["refused"] and DEMO_CLERK[2] in seen["refused"]
    assert "ATOL" in seen["url"] and "give" not in seen["url"]
    win.close()


def test_a_clerk_needs_a_supervisor(qtbot: QtBot, db: Database) -> None:
    win = open_as(qtbot, db, DEMO_CLERK[0])
    opened: list[object] = []

    def approve(dialog: SupervisorApproval) -> None:
        qtbot.keyClicks(dialog.number, DEMO_SUPERVISOR[0])
        qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.pin, DEMO_SUPERVISOR[1])
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)

    def cancel(dialog: SupervisorApproval) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_open(SupervisorApproval, cancel)
    action(win).trigger()
    win.tasks.wait(5000)
    qtbot.wait(200)
    assert not any(
        isinstance(w, RegisterSettingsDialog) and w.isVisible()
        for w in QApplication.topLevelWidgets()
    )
    when_open(SupervisorApproval, approve)
    when_open(RegisterSettingsDialog, lambda d: (opened.append(d), d.reject()))
    action(win).trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    win.close()
