"""The ``FiscalRegister`` boundary: what the counter asks of an online cash register.

One adapter is built (ATOL Driver v10's web server, ``atol.py``) plus a fake one for demo
mode (``fake.py``); a Shtrih-M adapter would implement the same protocol. Every call that
registers a document takes the task's ``uuid`` (a sale's is the payment's id), and an
adapter must make a second call with the same uuid return the first result instead of
registering again: that is what makes a retry after a crash safe.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Protocol

from app.domain.i18n import QT_TRANSLATE_NOOP

CTX = "Fiscal"

SELL = "sell"  # "приход"
SELL_RETURN = "sellReturn"  # "возврат прихода"

# Fault kinds, each with what the clerk is told to do.
UNREACHABLE = "unreachable"
PAPER_OUT = "paper_out"
FN_NEARLY_FULL = "fn_nearly_full"
OFD_OVERDUE = "ofd_overdue"
SHIFT_EXPIRED = "shift_expired"
SHIFT_CLOSED = "shift_closed"
REFUSED = "refused"

FAULT_ADVICE: dict[str, str] = {
    UNREACHABLE: QT_TRANSLATE_NOOP(
        CTX,
        "The cash register does not answer. Check that it is on and connected and that "
        "ATOL Driver is running; the payment waits and is sent again by itself.",
    ),
    PAPER_OUT: QT_TRANSLATE_NOOP(
        CTX,
        "The cash register is out of paper. Put in a new roll and close the lid; the "
        "payment is sent again by itself.",
    ),
    FN_NEARLY_FULL: QT_TRANSLATE_NOOP(
        CTX,
        "The register's fiscal drive is nearly full or expiring. Tell the supervisor today: "
        "it must be replaced before it blocks sales.",
    ),
    OFD_OVERDUE: QT_TRANSLATE_NOOP(
        CTX,
        "The register has not sent receipts to the fiscal data operator for days. Check the "
        "register's network; after 30 days it blocks sales.",
    ),
    SHIFT_EXPIRED: QT_TRANSLATE_NOOP(
        CTX, "The register's shift is older than 24 hours; it is closed and a new one opened."
    ),
    SHIFT_CLOSED: QT_TRANSLATE_NOOP(
        CTX, "The register's shift is closed; it is opened for today's business day."
    ),
    REFUSED: QT_TRANSLATE_NOOP(
        CTX,
        "The cash register refused the receipt ({detail}). Tell the supervisor; the "
        "payment waits and is sent again.",
    ),
}


class RegisterFault(Exception):
    """The register could not register the document; ``kind`` says why (see FAULT_ADVICE).

    ``settled`` False means the document may still be in the register's queue: the caller
    keeps the payment waiting and asks again with the same uuid, never a new one.
    """

    def __init__(self, kind: str, detail: str = "", *, settled: bool = True) -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind
        self.detail = detail[:200]
        self.settled = settled

    @property
    def advice(self) -> str:
        """The untranslated message for the clerk (context ``Fiscal``)."""
        return FAULT_ADVICE.get(self.kind, FAULT_ADVICE[REFUSED])


@dataclass(frozen=True, slots=True)
class Position:
    """One postal service on the receipt: price includes VAT."""

    name: str
    price: Decimal
    quantity: Decimal
    measure: int  # FFD 1.2 tag 2108: 0 = piece
    tax_type: str  # vat22 | vat20 | vat0 | none
    tax_confirmed: bool

    @property
    def amount(self) -> Decimal:
        return (self.price * self.quantity).quantize(Decimal("0.01"))


@dataclass(frozen=True, slots=True)
class Sale:
    """A sale or its return, as the counter asks the register to register it."""

    uuid: str
    kind: str  # SELL | SELL_RETURN
    positions: tuple[Position, ...]
    payments: tuple[tuple[str, Decimal], ...]  # ("cash" | "electronically", sum)
    operator_name: str
    operator_inn: str = ""
    customer_contact: str = ""  # phone or e-mail for an electronic copy
    taxation: str = "osn"

    @property
    def total(self) -> Decimal:
        return sum((p.amount for p in self.positions), Decimal(0))


@dataclass(frozen=True, slots=True)
class FiscalData:
    """What the register returns for a registered document (printed and synced)."""

    document_number: int
    fiscal_sign: str
    fn_number: str
    at: datetime  # local time of the register, naive as printed on the receipt
    shift_number: int
    total: Decimal
    kind: str = SELL

    def qr_payload(self) -> str:
        """The FNS check QR code: t=YYYYMMDDTHHMM&s=total&fn=&i=&fp=&n=1 (n=2 a return)."""
        n = 1 if self.kind == SELL else 2
        return (
            f"t={self.at:%Y%m%dT%H%M}&s={self.total:.2f}&fn={self.fn_number}"
            f"&i={self.document_number}&fp={self.fiscal_sign}&n={n}"
        )


@dataclass(frozen=True, slots=True)
class ShiftState:
    """The register's shift: open or not, its number, when it opened (None unknown)."""

    open: bool
    number: int
    expired: bool = False
    warnings: tuple[str, ...] = field(default=())  # fault kinds worth telling (FN, OFD)


class FiscalRegister(Protocol):
    """An online cash register. Calls block (HTTP/serial): run them off the GUI thread."""

    demo: bool

    def register(self, sale: Sale) -> FiscalData:
        """Register ``sale`` (or return the earlier result for its uuid); RegisterFault."""
        ...

    def shift(self) -> ShiftState:
        """The shift's state and the drive's warnings."""
        ...

    def open_shift(self, uuid: str, operator_name: str, operator_inn: str) -> int:
        """Open a shift; returns its number."""
        ...

    def close_shift(self, uuid: str, operator_name: str, operator_inn: str) -> int:
        """Close the shift (Z report); returns the closed shift's number."""
        ...
