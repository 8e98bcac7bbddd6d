"""The charges a clerk quotes before Accept: fee, expected import duty, and a visible
warning when the duty rests on an exchange rate that is out of date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.counter_rules import counter_rules
from app.services.terminal import DEMO_CLERK, staff_context
from app.store.database import Database
from app.ui.application import make_app
from app.ui.main_window import MainWindow
from tests.ui.helpers import enter, fill_customs, focused, press, scan, type_text
from tests.ui.test_accept_flow import fill_party, put_on_scale


def test_fee_duty_and_a_stale_rate_are_on_screen(qtbot: QtBot, db: Database) -> None:
    make_app()
    # A counter in India sending to Russia: Russia's import regime gives a duty estimate,
    # converted with the rate snapshot of 2026-11-20 (out of date after three days).
    ctx = replace(
        staff_context(db, DEMO_CLERK[0]),
        branch_country="IN",
        currency="INR",
        timezone="Asia/Kolkata",
    )
    win = MainWindow(db, ctx, counter_rules())
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: focused() is win.form.scan)
    win.form.today = lambda: date(2026, 11, 21)  # the branch's business day
    form = win.form
    try:
        scan(qtbot, "CB100000017IN")  # an Indian counter takes India Post numbers only
        for v in ("120", "80", "60"):
            type_text(qtbot, v)
            enter(qtbot)
        put_on_scale(qtbot, win, "52.35")
        form.scan.setFocus()
        press(qtbot, Qt.Key.Key_F8)
        assert form.weight.captured is not None
        assert form.fig_duty.text() == "—"  # no parties and no goods yet: nothing to quote

        fill_party(qtbot, "sender", ["Priya Sharma", "+91 98100 12345", "14 MG Road",
                                     "New Delhi", "110001", "IN"], win)  # fmt: skip
        fill_party(qtbot, "addressee", ["Иванов Сергей", "+7 916 555-12-34", "ул. Тверская, 12",
                                        "Москва", "125009", "RU"], win)  # fmt: skip
        form.customs.currency.setFocus()
        form.customs.currency.selectAll()
        type_text(qtbot, "RUB")
        enter(qtbot)
        fill_customs(
            qtbot,
            form.customs,
            "INV-7",
            [["Teak wood sideboard", "1", "40", "28440", "940360", "IN"]],
        )
        qtbot.waitUntil(lambda: form.fig_duty.text() not in ("—", ""), timeout=3000)
        fresh_duty = form.fig_duty.text()
        # money in the language's form with the currency's symbol (issue 13)
        assert "₹" in form.fig_fee.text() and "€" in form.fig_duty.text()
        assert form.duty_warning.isHidden()
        assert "%" in form.fig_duty.toolTip() or "duty" in form.fig_duty.toolTip().lower()

        # Three days later the same parcel is quoted with a warning the clerk can see.
        form.today = lambda: date(2026, 11, 24)
        form.dims["length"].setFocus()
        form.dims["length"].selectAll()
        type_text(qtbot, "121")
        enter(qtbot)
        qtbot.waitUntil(lambda: form.duty_warning.isVisible(), timeout=3000)
        assert "2026-11-20" in form.duty_warning.text()
        assert form.fig_duty.text() == fresh_duty  # same rate, only now flagged
    finally:
        win.close()
