"""Today's acceptances beside the form: time, S10, addressee, destination, weight, fee."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import Money
from app.domain.weight import format_kg
from app.services.acceptance import DayRow
from app.ui.locale_format import format_amount, format_money, format_number


class DayList(QGroupBox):
    """Read-only table of the business day's acceptances and a totals line."""

    def __init__(self, timezone: str, parent: QWidget | None = None, currency: str = "") -> None:
        super().__init__(self.tr("Today's acceptances"), parent)
        self.tz = ZoneInfo(timezone)
        self.currency = currency
        self.money_display = "symbol"  # ui.money_display
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("dayTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("S10"),
                self.tr("Addressee"),
                self.tr("To"),
                # Two-line headers: the numbers are narrow, the captions would not be, and
                # every pixel saved goes to the addressee's name.
                self.tr("Gross,\nkg"),
                self.tr("Fee,\n{currency}").format(currency=currency)
                if currency
                else self.tr("Fee"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.table.setWordWrap(False)
        self.totals = QLabel(self)
        self.totals.setObjectName("figureCaption")
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.totals)
        self.rows: list[DayRow] = []
        self._shown_with: tuple[str, str] | None = None  # money display and currency shown

    def set_rows(self, rows: list[DayRow]) -> None:
        """Show ``rows`` (newest first).

        Called after every accept and payment with the whole day read again: rows already
        shown are left as they are and only new ones at the top are added, because each
        cell set makes the table measure its columns again (ResizeToContents) and hands
        the GIL to the worker threads that render documents meanwhile; rebuilding a
        hundred-row day twice per parcel cost the GUI thread ~50 ms of CPU per F12.
        """
        old, self.rows = self.rows, rows
        t = self.table
        shown_with = (self.money_display, self.currency)
        same_look = shown_with == self._shown_with and t.rowCount() == len(old)
        self._shown_with = shown_with
        new = len(rows) - len(old)
        if same_look and new >= 0 and rows[new:] == old:
            if new == 0:
                return  # nothing changed: table and totals stay as they are
            for r in range(new):
                t.insertRow(r)
            changed = range(new)
        else:
            t.setRowCount(len(rows))
            changed = range(len(rows))
        whole = len(changed) == len(rows)
        locale = QLocale()  # one per call: a QLocale() per cell costs more than the cell
        for r in changed:
            row = rows[r]
            voided = row.status == "voided"
            values = [
                row.accepted_at.astimezone(self.tz).strftime("%H:%M"),
                "\n".join(row.s10s),
                row.addressee_name.replace("\n", " "),
                row.destination,
                format_kg(row.gross_grams, 2),
                (
                    format_amount(row.fee, locale)
                    if row.fee.currency == self.currency
                    else format_money(row.fee, self.money_display, locale)
                )
                + (f"  ({self.tr('void')})" if voided else ""),
            ]
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c == 2:
                    item.setToolTip(v)  # the column may be too narrow for a long name
                if c in (4, 5):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if voided:
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                t.setItem(r, c, item)
            if not whole:
                t.resizeRowToContents(r)
        if whole:
            t.resizeRowsToContents()
        live = [r for r in rows if r.status != "voided"]
        pieces = sum(len(r.s10s) for r in live)
        grams = sum(r.gross_grams for r in live)
        fees: dict[str, Money] = {}
        for r in live:
            fees[r.fee.currency] = fees.get(r.fee.currency, Money.zero(r.fee.currency)) + r.fee
        fee_text = (
            ", ".join(format_money(m, self.money_display, locale) for m in fees.values()) or "0"
        )
        self.totals.setText(
            " · ".join(
                (
                    self.tr("%n consignment(s)", "", len(live)),
                    self.tr("%n piece(s)", "", pieces),
                    self.tr("{kg} kg").format(kg=format_number(grams / 1000, 1, locale)),
                    self.tr("fees {fees}").format(fees=fee_text),
                )
            )
        )

    def set_compact(self, compact: bool) -> None:
        """On a narrow screen keep time, S10, addressee and fee; destination and weight are
        in the row's tooltip and the totals."""
        for col in (3, 4):
            self.table.setColumnHidden(col, compact)

    def s10_at(self, row: int) -> list[str]:
        return list(self.rows[row].s10s) if 0 <= row < len(self.rows) else []
