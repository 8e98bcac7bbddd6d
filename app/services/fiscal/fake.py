"""A fake register for demo mode: registers nothing, every document says FAKE/DEMO.

It keeps the same uuid rule as a real one (a uuid registered once returns its first
result) so the demo behaves like the counter with a register. Its fiscal drive number
``DEMO-NOT-FISCAL`` is printed on the receipt, so no one mistakes its receipts.
"""

from __future__ import annotations

from datetime import datetime

from app.services.fiscal.register import FiscalData, Sale, ShiftState

FAKE_FN = "DEMO-NOT-FISCAL"


class FakeRegister:
    """In-memory register for demo mode and UI tests; ``demo`` is True."""

    demo = True

    def __init__(self) -> None:
        self.documents: dict[str, FiscalData] = {}
        self.shift_open = False
        self.shift_number = 0
        self.counter = 0

    def register(self, sale: Sale) -> FiscalData:
        if sale.uuid not in self.documents:
            self.counter += 1
            self.documents[sale.uuid] = FiscalData(
                document_number=self.counter,
                fiscal_sign="0000000000",
                fn_number=FAKE_FN,
                at=datetime.now().replace(second=0, microsecond=0),
                shift_number=self.shift_number,
                total=sale.total,
                kind=sale.kind,
            )
        return self.documents[sale.uuid]

    def shift(self) -> ShiftState:
        return ShiftState(self.shift_open, self.shift_number)

    def open_shift(self, uuid: str, operator_name: str, operator_inn: str) -> int:
        self.shift_number += 1
        self.shift_open = True
        return self.shift_number

    def close_shift(self, uuid: str, operator_name: str, operator_inn: str) -> int:
        self.shift_open = False
        return self.shift_number
