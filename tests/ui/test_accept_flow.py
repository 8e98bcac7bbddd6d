"""A clerk logs in and accepts a heavy parcel with keys and scans alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.services.counter_rules import counter_rules
from app.services.terminal import DEMO_CLERK
from app.store.database import Database
from app.store.models import Acceptance, AuditEntry, OutboxItem, Piece
from app.ui.application import make_app
from app.ui.login_dialog import LoginDialog
from app.ui.main_window import MainWindow
from tests.ui.helpers import enter, fill_customs, focused, press, scan, type_text

S10 = "CB100000017RU"


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    make_app()
    login = LoginDialog(db, demo=True)
    qtbot.addWidget(login)
    login.show()
    # The previous test's last window may still be the active one (offscreen, nothing
    # activates a new top-level by itself): the log-in is what a counter starts with.
    login.activateWindow()
    login.staff.setFocus()
    qtbot.waitUntil(lambda: focused() is login.staff)
    type_text(qtbot, DEMO_CLERK[0])
    enter(qtbot)
    assert focused() is login.pin
    type_text(qtbot, DEMO_CLERK[1])
    enter(qtbot)
    assert login.result() == LoginDialog.DialogCode.Accepted and login.context is not None
    win = MainWindow(db, login.context, counter_rules())
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: focused() is win.form.scan)
    yield win
    win.close()


def counts(db: Database) -> tuple[int, int, int, int]:
    with db.read() as s:
        return tuple(  # type: ignore[return-value]
            s.scalar(select(func.count()).select_from(m))
            for m in (Acceptance, Piece, OutboxItem, AuditEntry)
        )


def put_on_scale(qtbot: QtBot, win: MainWindow, kg: str) -> None:
    """Set the simulated scale's load by keyboard, then wait for the stable mark *of that
    load* (the empty scale was stable too, at 0 kg)."""
    spin = win.form.weight.sim_load
    spin.setFocus()
    spin.selectAll()
    type_text(qtbot, kg)
    enter(qtbot)
    shown = f"{float(kg):.2f}"
    qtbot.waitUntil(
        lambda: win.form.weight.state == "stable" and win.form.weight.value.text() == shown,
        timeout=5000,
    )


def fill_party(qtbot: QtBot, first_field_name: str, values: list[str], win: MainWindow) -> None:
    edit = getattr(win.form, first_field_name).edits["name"]
    edit.setFocus()
    for value in values:  # name, phone, address, city, postcode, country; Enter moves on
        type_text(qtbot, value)
        enter(qtbot)


def test_clerk_accepts_a_parcel_by_keyboard_and_scan(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    win = window
    scan(qtbot, S10)
    assert win.form.scan.text() == S10
    assert focused() is win.form.dims["length"]  # the scan moved the clerk on
    for v in ("120", "80", "60"):
        type_text(qtbot, v)
        enter(qtbot)

    put_on_scale(qtbot, win, "152.35")
    win.form.scan.setFocus()
    press(qtbot, Qt.Key.Key_F8)
    assert win.form.weight.captured is not None and win.form.weight.captured.grams == 152_350

    fill_party(
        qtbot,
        "sender",
        [
            "Иванов Сергей Петрович",
            "+7 916 555-12-34",
            "ул. Тверская, д. 12, кв. 45",
            "Москва",
            "125009",
            "RU",
        ],
        win,
    )
    fill_party(
        qtbot,
        "addressee",
        [
            "Rajesh Kumar Sharma",
            "+91 98100 12345",
            "14 MG Road, Sector 5",
            "New Delhi",
            "110001",
            "IN",
        ],
        win,
    )

    fill_customs(
        qtbot,
        win.form.customs,
        "INV-2026-0042",
        [
            ["Solid oak dining table", "1", "45", "420", "940360", "RU"],
            ["Upholstered armchair", "2", "30", "300", "940161", "RU"],
        ],
    )
    assert len(win.form.customs.lines()) == 2

    press(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: counts(db) == (1, 1, 1, 1), timeout=5000)
    qtbot.waitUntil(lambda: win.day.table.rowCount() == 1, timeout=5000)
    assert S10 in win.day.table.item(0, 1).text()
    assert win.form.scan.text() == ""  # ready for the next customer
    with db.read() as s:
        row = s.scalar(select(Acceptance))
        assert row is not None
        assert row.sender_name == "Иванов Сергей Петрович" and row.addressee_country == "IN"
        assert [ln.description for ln in row.lines] == [
            "Solid oak dining table",
            "Upholstered armchair",
        ]
        assert (
            row.pieces[0].weighing.grams == 152_350 and row.pieces[0].weighing.source == "simulator"
        )
        assert row.pieces[0].weighing.raw_frame.startswith(b"ST,GS,")
        outbox = s.scalar(select(OutboxItem))
        assert outbox is not None and outbox.item_uuid == row.id and outbox.state == "pending"
    qtbot.waitUntil(lambda: "1" in win.status_queue.text())


def test_bad_inputs_are_refused_at_their_fields_and_nothing_is_written(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    win = window
    form = win.form
    scan(qtbot, "CB100000018RU")  # wrong check digit
    assert "should be 7" in form.board.text_at("piece.s10")
    assert form.scan.property("invalid") is True

    form.scan.selectAll()
    scan(qtbot, S10)
    assert form.board.text_at("piece.s10") == ""

    put_on_scale(qtbot, win, "25")  # under the 30 kg floor of this service
    # Marked red before F8, and F8 says why (the capture rules of every source).
    assert form.weight.range_label.isVisible() and "outside" in form.weight.range_label.text()
    assert form.weight.value.property("range") == "out"
    press(qtbot, Qt.Key.Key_F8)
    assert form.weight.captured is None
    assert "below the 30 kg minimum" in form.weight.error.text()

    fill_customs(qtbot, form.customs, "INV-1", [["Chair", "1", "10", "100", "940360", "RU"]])
    table = form.customs.table  # the clerk goes back and wipes the description
    table.setFocus()
    table.setCurrentCell(0, 0)
    press(qtbot, Qt.Key.Key_F2)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Backspace)
    enter(qtbot)
    qtbot.wait(20)
    assert form.customs.declaration().lines[0].description == ""

    press(qtbot, Qt.Key.Key_F12)
    assert "capture a stable weight" in form.board.text_at("piece.weight")
    assert "Describe the contents" in form.customs.cell_problem(0, "description")
    assert "full name" in form.board.text_at("sender.name")
    qtbot.wait(200)
    assert counts(db) == (0, 0, 0, 0)
    assert form.customs.lines()[0].quantity == 1  # what was typed is kept


def test_f3_takes_the_next_identifier_from_the_branch_block(
    qtbot: QtBot, window: MainWindow
) -> None:
    press(qtbot, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: window.form.scan.text() != "", timeout=5000)
    first = window.form.scan.text()
    assert first == "CP100000003RU"  # the demo block's first serial, with its check digit
    window.form.scan.setFocus()
    press(qtbot, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: window.form.scan.text() not in ("", first), timeout=5000)
    assert window.form.scan.text().startswith("CP10000001")  # never the same number twice
