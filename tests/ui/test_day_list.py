"""Today's list: refreshed after every accept and payment, it adds only the new rows, and
what it shows is the same as a list built from scratch (the speed goal of issue 13)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from pytestqt.qtbot import QtBot

from app.domain.money import Money
from app.services.acceptance import DayRow
from app.ui.day_list import DayList


def _row(i: int, status: str = "accepted", currency: str = "RUB") -> DayRow:
    return DayRow(
        acceptance_id=f"acc-{i}",
        accepted_at=datetime(2026, 12, 6, 8, 0, tzinfo=UTC) + timedelta(minutes=i),
        s10s=(f"CP{i:08d}0RU",),
        addressee_name=f"Asha Rao {i}",
        destination="IN",
        gross_grams=1000 + i,
        fee=Money(Decimal("1490.50") + i, currency),
        status=status,
    )


def _shown(day: DayList) -> tuple[list[list[str]], str, list[bool]]:
    t = day.table
    cells = [
        [t.item(r, c).text() for c in range(t.columnCount())]  # type: ignore[union-attr]
        for r in range(t.rowCount())
    ]
    struck = [t.item(r, 0).font().strikeOut() for r in range(t.rowCount())]  # type: ignore[union-attr]
    return cells, day.totals.text(), struck


def _fresh(qtbot: QtBot, rows: list[DayRow], display: str = "symbol") -> DayList:
    day = DayList("Europe/Moscow", currency="RUB")
    qtbot.addWidget(day)
    day.money_display = display
    day.set_rows(rows)
    return day


def test_new_rows_on_top_show_what_a_fresh_list_shows(qtbot: QtBot) -> None:
    day = _fresh(qtbot, [])
    shown: list[DayRow] = []
    for i in range(1, 6):
        shown = [_row(i), *shown]  # newest first, as day_list() reads them
        day.set_rows(shown)
        assert _shown(day) == _shown(_fresh(qtbot, shown))
    two_at_once = [_row(7), _row(6), *shown]
    day.set_rows(two_at_once)
    assert _shown(day) == _shown(_fresh(qtbot, two_at_once))
    assert day.rows == two_at_once


def test_the_selected_acceptance_stays_selected_when_a_new_one_comes(qtbot: QtBot) -> None:
    rows = [_row(2), _row(1)]
    day = _fresh(qtbot, rows)
    day.table.selectRow(1)
    day.set_rows([_row(3), *rows])
    assert day.rows[day.table.currentRow()].acceptance_id == "acc-1"


def test_a_void_a_shorter_day_and_another_money_display_rebuild_the_list(qtbot: QtBot) -> None:
    rows = [_row(3), _row(2, currency="EUR"), _row(1)]
    day = _fresh(qtbot, rows)
    voided = [_row(3), _row(2, currency="EUR"), _row(1, status="voided")]
    day.set_rows(voided)
    assert _shown(day) == _shown(_fresh(qtbot, voided))
    assert _shown(day)[2] == [False, False, True]
    day.set_rows(voided[1:])  # the business day turned: fewer rows
    assert _shown(day) == _shown(_fresh(qtbot, voided[1:]))
    day.money_display = "code"
    day.set_rows(voided[1:])
    assert _shown(day) == _shown(_fresh(qtbot, voided[1:], "code"))
    assert "EUR" in _shown(day)[0][0][5]
