"""The counter screen for a whole shift, driven by keyboard like a clerk: a refused F12 that
cannot be missed, Esc and Ctrl+Q that never lose work silently, the focused field always in
sight, money and counts in the language's own forms."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.capture import manual_weighing
from app.domain.money import Money
from app.ui.locale_format import format_money
from app.ui.main_window import MainWindow
from app.ui.refusal_bar import SHOWN
from tests.ui.helpers import focused, press, scan, type_text

S10 = "CB100000017RU"


def answer_box(qtbot: QtBot, key: Qt.Key, seen: list[QMessageBox]) -> Callable[[], None]:
    """Press ``key`` in the next message box as soon as it is up (it runs its own loop)."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box)
            qtbot.keyClick(box, key)
        else:
            QTimer.singleShot(20, poll)

    return poll


def back_to(qtbot: QtBot, window: MainWindow) -> None:
    """The window is active again after the question (the window manager does it on X)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_refused_f12_shows_a_red_bar_with_links_and_keeps_what_was_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    form = window.form
    scan(qtbot, S10)
    form.sender.edits["name"].setFocus()
    type_text(qtbot, "Ivan Petrov")
    press(qtbot, Qt.Key.Key_F12)
    bar = form.refusal_bar
    qtbot.waitUntil(bar.isVisible)
    n = len(bar.entries)
    assert n >= 3
    assert f"{n} problems" in bar.text()
    assert bar.text().count("<a href=") == min(n, SHOWN)  # the rest: "and 7 more"
    assert f"and {n - SHOWN} more" in bar.text()
    assert bar.text().count("⚠") == min(n, SHOWN)  # each problem with its mark
    # the bar is at the top, above the scrolling part, inside the window
    assert (
        bar.mapTo(window, bar.rect().topLeft()).y()
        < form.scroll_area.mapTo(window, form.scroll_area.rect().topLeft()).y()
    )
    # focus went to the first problem's field, and nothing typed was lost
    assert focused() is bar.targets[0]
    assert form.sender.edits["name"].text() == "Ivan Petrov"
    assert form.scan.text() == S10
    # every problem looks the same: its field framed, ⚠ and the text under it
    assert bar.targets[0].property("invalid") is True
    # a link takes the clerk to its field
    last = max(i for i, w in enumerate(bar.targets[:SHOWN]) if w is not None)
    bar.linkActivated.emit(str(last))
    qtbot.waitUntil(lambda: focused() is bar.targets[last])
    # a new consignment hides the bar
    form.clear()
    assert not bar.isVisible()


def test_esc_with_only_a_manual_weight_asks_and_no_is_the_default(
    qtbot: QtBot, window: MainWindow
) -> None:
    form = window.form
    weighing = manual_weighing(152_350, "2", "scale broken", datetime.now(UTC))
    form.weight.set_manual(weighing)
    assert form.has_data()
    seen: list[QMessageBox] = []
    QTimer.singleShot(0, answer_box(qtbot, Qt.Key.Key_Return, seen))  # Enter: the default
    press(qtbot, Qt.Key.Key_Escape)
    assert seen and seen[0].defaultButton() is seen[0].button(QMessageBox.StandardButton.No)
    assert form.weight.captured is not None, "Enter at the question kept the weight"
    seen.clear()
    back_to(qtbot, window)
    QTimer.singleShot(0, answer_box(qtbot, Qt.Key.Key_Y, seen))  # the clerk says Yes
    qtbot.keyClick(form.scan, Qt.Key.Key_Escape)
    assert seen
    assert form.weight.captured is None


def test_esc_on_an_empty_form_does_not_ask(qtbot: QtBot, window: MainWindow) -> None:
    assert not window.form.has_data()
    press(qtbot, Qt.Key.Key_Escape)  # would block on a question if it asked
    assert focused() is window.form.scan


def test_ctrl_q_with_a_half_filled_form_asks_first(qtbot: QtBot, window: MainWindow) -> None:
    scan(qtbot, S10)
    seen: list[QMessageBox] = []
    QTimer.singleShot(0, answer_box(qtbot, Qt.Key.Key_Escape, seen))  # Esc at the question: No
    press(qtbot, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert seen
    assert window.isVisible() and window.form.scan.text() == S10
    seen.clear()
    back_to(qtbot, window)
    QTimer.singleShot(0, answer_box(qtbot, Qt.Key.Key_Y, seen))
    qtbot.keyClick(window.form.scan, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert seen
    qtbot.waitUntil(lambda: not window.isVisible())


def test_ctrl_q_on_an_empty_form_quits_at_once(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_focused_field_scrolls_into_view_and_new_consignment_starts_at_top(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1366, 560)  # shorter than any counter screen: the form must scroll
    form = window.form
    bar = form.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    form.customs.table.setFocus()
    qtbot.waitUntil(lambda: bar.value() > 0)
    viewport = form.scroll_area.viewport()
    table = form.customs.table
    top = table.mapTo(viewport, table.rect().topLeft()).y()
    assert 0 <= top < viewport.height()
    form.addressee.edits["name"].setFocus()
    type_text(qtbot, "Asha")
    form.clear()
    assert bar.value() == 0
    assert focused() is form.scan


def test_day_totals_use_plural_forms(qtbot: QtBot, window: MainWindow) -> None:
    window.day.set_rows([])
    assert "0 consignments" in window.day.totals.text()
    from app.services.acceptance import DayRow

    row = DayRow.__new__(DayRow)
    fields = {
        "acceptance_id": 1,
        "accepted_at": datetime.now(UTC),
        "s10s": (S10,),
        "addressee_name": "Asha Rao",
        "destination": "IN",
        "gross_grams": 152_000,
        "fee": Money(Decimal("16100"), "RUB"),
        "status": "accepted",
    }
    for name in DayRow.__dataclass_fields__:  # type: ignore[attr-defined]
        object.__setattr__(row, name, fields.get(name, ""))
    window.day.set_rows([row])
    text = window.day.totals.text()
    assert text.startswith("1 consignment · 1 piece · ")
    assert "16,100.00" in text


@pytest.mark.parametrize(
    ("lang", "display", "shown"),
    [
        ("en", "symbol", "₽16,100.00"),
        ("ru", "symbol", "16\u00a0100,00\u00a0₽"),
        ("ru", "code", "16\u00a0100,00 RUB"),
        ("hi", "symbol", "₽16,100.00"),
    ],
)
def test_money_in_the_languages_conventions(lang: str, display: str, shown: str) -> None:
    text = format_money(Money(Decimal("16100"), "RUB"), display, QLocale(lang))
    assert text.replace(" ", "\u00a0") == shown.replace(" ", "\u00a0") or text == shown


def test_a_long_scan_note_never_widens_the_form(qtbot: QtBot, window: MainWindow) -> None:
    """A list item's note (S10, list, row, declared weight, keys) once widened the form past
    its scroll area at 1366x768, cutting the phone, country and "Next piece" on the right."""
    form = window.form
    before = form.minimumSizeHint().width()
    form.scan_info.setText(
        "CB 202 600 060 IN · CB202600060IN is on list IN-MP-2026-000123 (row 268). · "
        "declared 32.000 kg · F8 weighs, F12 accepts · " * 2
    )
    qtbot.wait(50)
    assert form.minimumSizeHint().width() == before
    assert form.scan_info.toolTip().startswith("CB 202 600 060 IN")  # the whole note


def test_a_refused_scan_drops_the_note_of_the_parcel_before(
    qtbot: QtBot, window: MainWindow
) -> None:
    form = window.form
    scan(qtbot, "CB100000003RU")
    qtbot.waitUntil(lambda: form.scan_info.text().startswith("CB 100 000 003 RU"))
    form.scan.setFocus()
    form.scan.selectAll()
    scan(qtbot, "RB123456786US")  # bad check digit
    qtbot.waitUntil(lambda: form.scan_info.text() == "")
    form.scan_info.resize(form.scan_info.width() + 10, form.scan_info.height())
    assert form.scan_info.toolTip() == "" and not form.scan_info.elided


def test_the_stale_rate_warning_never_widens_the_form(qtbot: QtBot, window: MainWindow) -> None:
    """The "exchange rate … out of date" line under the duty once set the duty column's
    width: with a contract plan shown the counter window grew to 1351 px on a 1280x1024
    screen, cutting the weight, the list bar's Leave button and today's fees."""
    form = window.form
    before = form.minimumSizeHint().width()
    form.duty_warning.setText(
        "⚠ курс валюты на 2026-11-20 устарел: пошлина рассчитана по старому курсу " * 2
    )
    form.duty_warning.show()
    qtbot.wait(50)
    assert form.minimumSizeHint().width() == before
    assert form.duty_warning.isVisible() and form.duty_warning.width() > 0


def test_a_filled_name_shows_its_beginning(qtbot: QtBot, window: MainWindow) -> None:
    """Pre-advice filled the sender's name and the addressee's Cyrillic one: a field narrower
    than the text showed its end ("'iline Retail Pvt Ltd", "ов Дмитрий Олегович")."""
    from app.domain.consignment import Party

    party = Party(
        name="Kuznetsov Dmitrii Olegovich of Shopkart Marketplace Online Retail Pvt Ltd",
        phone="+7 912 345 67 89",
        address="ул. Лиговский проспект, д. 50, корпус 3, квартира 21",
        city="Санкт-Петербург",
        postcode="191040",
        country="RU",
    )
    window.form.addressee.set_party(party)
    shown = [*window.form.addressee.edits.values(), *window.form.addressee.latin.values()]
    assert all(edit.cursorPosition() == 0 for edit in shown if edit.text())
