"""The day close with its summary (the Z report): what is being closed, then the
supervisor's number and PIN.

The same figures as ``day-report`` (the X report): acceptances, pieces, kilograms, fees by
payment method, left unpaid, voided, and the cash that should be in the drawer, so the
supervisor counts the drawer before confirming.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.domain.money import Money
from app.services.day_report import DayReport
from app.ui.payment_panel import format_money
from app.ui.supervisor_dialog import SupervisorApproval


class DayCloseDialog(SupervisorApproval):
    """Supervisor approval of a day close, showing the day's summary above the fields."""

    def __init__(self, report: DayReport, parent: QWidget | None = None) -> None:
        day = report.business_day.isoformat()
        super().__init__(
            self.tr("Close the business day"),
            self.tr(
                "Close {day}: every acceptance so far goes on a numbered manifest and is "
                "locked. Later acceptances go on the next manifest. Count the drawer first."
            ).format(day=day),
            ask_reason=False,
            parent=parent,
        )
        self.setObjectName("dayCloseDialog")
        self.report = report
        box = QGroupBox(self.tr("Summary of {day}").format(day=day), self)
        form = QFormLayout(box)

        def money(m: Money) -> str:
            return format_money(m)

        def row(caption: str, value: str, name: str = "") -> None:
            label = QLabel(value, box)
            if name:
                label.setObjectName(name)
            form.addRow(caption, label)

        row(self.tr("Acceptances"), str(report.acceptances), "summaryAcceptances")
        row(self.tr("Pieces"), str(report.pieces), "summaryPieces")
        row(
            self.tr("Gross weight"),
            self.tr("{kg} kg").format(kg=QLocale().toString(report.gross_grams / 1000, "f", 2)),
        )
        row(self.tr("Fees"), money(report.fees), "summaryFees")
        names = {"cash": self.tr("paid in cash"), "card": self.tr("paid by card")}
        names["account"] = self.tr("charged to accounts")
        for method, amount in report.fees_by_method.items():
            row("    " + names.get(method, method), money(amount))
        row(
            "    " + self.tr("left unpaid (supervisor)"),
            self.tr("{n} · {amount}").format(n=report.unpaid, amount=money(report.unpaid_amount)),
            "summaryUnpaid",
        )
        if report.not_recorded:
            row(
                "    " + self.tr("payment not recorded"),
                self.tr("{n} · {amount}").format(
                    n=report.not_recorded, amount=money(report.not_recorded_amount)
                ),
                "summaryNotRecorded",
            )
        row(
            self.tr("Voided"),
            self.tr("{n} ({pieces} pieces) · {amount}").format(
                n=report.voided, pieces=report.voided_pieces, amount=money(report.voided_amount)
            ),
            "summaryVoided",
        )
        drawer = QLabel(money(report.cash_in_drawer), box)
        drawer.setObjectName("summaryDrawer")
        drawer.setStyleSheet("font-size: 14pt; font-weight: 700;")
        form.addRow(self.tr("Cash that should be in the drawer"), drawer)
        row(
            self.tr("To close now"),
            self.tr("{n} open acceptances").format(n=report.open_acceptances),
            "summaryOpen",
        )
        lay = self.layout()
        assert isinstance(lay, QVBoxLayout)
        lay.insertWidget(1, box)
        self.resize(560, 0)
