"""A clerk accepts a two-piece consignment: each content line goes to a piece by keys.

A new line goes to the piece being weighed; Alt+Left moves the current line to the
previous piece. What is stored says which piece each line travels in.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.domain.s10 import S10
from app.store.database import Database
from app.store.models import Acceptance
from app.ui.main_window import MainWindow
from tests.ui.helpers import enter, fill_customs, key_target, press, scan, type_text
from tests.ui.test_accept_flow import counts, fill_party, put_on_scale, window  # noqa: F401

FIRST = "CB100000017RU"
SECOND = str(S10.build("CB", 10_000_002, "RU"))


def _weigh_piece(qtbot: QtBot, win: MainWindow, s10: str, kg: str) -> None:
    win.form.scan.setFocus()
    scan(qtbot, s10)
    for v in ("120", "80", "60"):
        type_text(qtbot, v)
        enter(qtbot)
    put_on_scale(qtbot, win, kg)
    win.form.scan.setFocus()
    press(qtbot, Qt.Key.Key_F8)
    assert win.form.weight.captured is not None


def _type_line(qtbot: QtBot, cells: list[str]) -> None:
    for value in cells:
        type_text(qtbot, value)
        qtbot.keyClick(key_target(), Qt.Key.Key_Return)
        qtbot.wait(10)


def test_lines_go_to_the_piece_being_weighed_and_move_by_keys(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    db: Database,
) -> None:
    win = window
    editor = win.form.customs
    _weigh_piece(qtbot, win, FIRST, "52.35")
    fill_party(qtbot, "sender", ["Иванов Сергей Петрович", "+7 916 555-12-34",
               "ул. Тверская, д. 12, кв. 45", "Москва", "125009", "RU"], win)  # fmt: skip
    # the Latin form shows next to the Cyrillic input; the clerk corrects the name by keys
    sender = win.form.sender
    assert sender.latin["name"].isVisible()
    assert sender.latin["name"].text() == "Ivanov Sergei Petrovich"
    assert sender.latin["city"].text() == "Moskva"
    sender.edits["name"].setFocus()
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert sender.latin["name"].hasFocus()
    type_text(qtbot, "Ivanov Sergey Petrovich")  # replaces the selected transliteration
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert sender.edits["name"].hasFocus()
    type_text(qtbot, " ")  # typing on in the original keeps the correction
    assert sender.latin["name"].text() == "Ivanov Sergey Petrovich"
    fill_party(qtbot, "addressee", ["Rajesh Kumar Sharma", "+91 98100 12345",
               "14 MG Road, Sector 5", "New Delhi", "110001", "IN"], win)  # fmt: skip
    fill_customs(
        qtbot,
        editor,
        "INV-2026-0042",
        [["Solid oak dining table", "1", "40", "420", "940360", "RU"]],
    )
    assert not editor.pieces_hint.isVisible()  # one piece: nothing to choose
    # no import rules are known for India: the screen says so, never "none expected"
    qtbot.waitUntil(lambda: win.form.fig_duty.text() == "no estimate", timeout=3000)

    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # next piece
    # one load, one weighing: the first piece comes off (zero) before the next goes on
    put_on_scale(qtbot, win, "0")
    qtbot.waitUntil(lambda: win.form.weight.phase == "live", timeout=3000)
    _weigh_piece(qtbot, win, SECOND, "61.2")
    assert editor.pieces_hint.isVisible()

    editor.table.setFocus()
    editor.table.setCurrentCell(0, 0)
    press(qtbot, Qt.Key.Key_Insert)  # a new line below, for the piece being weighed
    _type_line(qtbot, ["Wardrobe, flat-packed", "1", "55", "380", "940360", "RU"])
    _type_line(qtbot, ["Upholstered armchair", "1", "10", "150", "940161", "RU"])
    qtbot.keyClick(key_target(), Qt.Key.Key_Return)  # empty line: done
    qtbot.wait(10)
    assert [editor.line_piece(r) for r in range(3)] == [1, 2, 2]
    assert "piece 2" in editor.table.verticalHeaderItem(2).text()

    editor.table.setFocus()
    editor.table.setCurrentCell(2, 0)
    press(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # armchair -> piece 1
    assert [ln.piece for ln in editor.lines()] == [1, 2, 1]
    assert "piece 1: 2 line(s), 50.000 kg" in editor.totals.text()

    press(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: counts(db)[:2] == (1, 2), timeout=5000)
    with db.read() as s:
        row = s.scalar(select(Acceptance))
        assert row is not None
        assert row.sender_name == "Иванов Сергей Петрович"  # the original, for the receipt
        assert json.loads(row.parties_latin)["sender"] == {
            "name": ["Иванов Сергей Петрович", "Ivanov Sergey Petrovich"],
            "address": ["ул. Тверская, д. 12, кв. 45", "ul. Tverskaia, d. 12, kv. 45"],
            "city": ["Москва", "Moskva"],
        }
        assert [(ln.description, ln.piece_seq) for ln in row.lines] == [
            ("Solid oak dining table", 1),
            ("Wardrobe, flat-packed", 2),
            ("Upholstered armchair", 1),
        ]


def test_the_scan_refuses_what_the_product_cannot_take(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
) -> None:
    form = window.form
    for text, words in (
        ("RR287043775IN", "issued by another operator (IN)"),
        ("CP123456785ZZ", "not an ISO 3166 country"),
        ("EE123456785RU", "service indicator EE"),
        ("CP١٢٣٤٥٦٧٨٥RU", "digits of another script"),
    ):
        form.scan.setFocus()
        form.scan.selectAll()
        form.scan.setText(text)  # typed: a wedge scanner sends only ASCII
        enter(qtbot)
        assert words in form.board.text_at("piece.s10"), text
        assert form.scan.property("invalid") is True
    form.scan.selectAll()
    scan(qtbot, FIRST)
    assert form.board.text_at("piece.s10") == ""
