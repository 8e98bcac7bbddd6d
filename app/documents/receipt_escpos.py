"""The customer's receipt for an 80 mm thermal receipt printer, as ESC/POS bytes.

Built with python-escpos on its ``Dummy`` printer (the bytes are collected, not sent), so
the same bytes go to a file (``receipt S10 --escpos --out F``), a USB, serial or network
printer (``send_escpos``). Content follows the A4 receipt: branch, time, clerk, items,
weights, sender and addressee, charges, the payment and a QR code of the tracking link
(printed by the printer's own QR generator, ``GS ( k``), then a cut. A reprint carries
"COPY" at the top and bottom. Captions are Russian then English at a Russian branch
(python-escpos picks the code page for Cyrillic); amounts carry the currency code, since
a receipt printer's code pages have no ₽ or ₹ sign.
"""

from __future__ import annotations

import re
import socket
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Final

from escpos.printer import Dummy

from app.documents.captions import RECEIPT, Captions
from app.documents.data import ReceiptData, ReceiptFiscal
from app.domain.money import Money

COLUMNS: Final = 48  # font A on an 80 mm head (576 dots)

ESCPOS_CAPTIONS: Final = MappingProxyType(
    {
        **RECEIPT,
        "COPY": "КОПИЯ",
        "Payment": "Оплата",
        "cash": "наличными",
        "card": "картой",
        "account": "по договору",
        "Cash received": "Получено",
        "Change": "Сдача",
        "NOT PAID — approved by supervisor {number}": "НЕ ОПЛАЧЕНО — разрешил {number}",
        "Weight": "Вес",
    }
)


@dataclass(frozen=True, slots=True)
class ReceiptPayment:
    """The payment printed on the receipt: method, or left unpaid with its approver."""

    state: str  # paid | unpaid | awaiting_register
    method: str = ""
    amount: Money | None = None
    tendered: Money | None = None
    change: Money | None = None
    approved_by: str = ""


def _money(m: Money) -> str:
    q = m.quantized()
    whole, _, frac = f"{q.amount:f}".partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    grouped = re.sub(r"(?<=\d)(?=(\d{3})+$)", " ", digits)
    return f"{sign}{grouped}{'.' + frac if frac else ''} {q.currency}"


def _kg(grams: int) -> str:
    return f"{Decimal(grams) / 1000:.2f} kg"


def _pair(left: str, right: str, width: int = COLUMNS) -> str:
    """``left`` and ``right`` on one line, right aligned; wrapped when they do not fit."""
    if len(left) + len(right) + 1 <= width:
        return left + " " * (width - len(left) - len(right)) + right + "\n"
    return _wrap(left, width) + right.rjust(width) + "\n"


def _wrap(text: str, width: int = COLUMNS) -> str:
    lines: list[str] = []
    for para in text.splitlines() or [""]:
        line = ""
        for word in para.split():
            while len(word) > width:  # a long URL or address without spaces
                if line:
                    lines.append(line)
                    line = ""
                lines.append(word[:width])
                word = word[width:]
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
    return "\n".join(lines) + "\n"


def render_receipt_escpos(
    data: ReceiptData, payment: ReceiptPayment | None = None, *, copy: bool = False
) -> bytes:
    """ESC/POS bytes of the receipt: init, text, QR code of the tracking link, cut."""
    t = Captions(ESCPOS_CAPTIONS, data.caption_lang)
    p = Dummy(profile="default")
    p.hw("INIT")

    def caption(key: str, **params: object) -> str:
        return t(key, **params).plain

    def heading(text: str) -> None:
        p.set(align="center", bold=True, double_height=True, double_width=True)
        p.text(_wrap(text, COLUMNS // 2))
        p.set(align="left", normal_textsize=True, bold=False)

    if copy:
        heading(caption("COPY"))
    if data.demo:
        heading(caption("DEMO – NOT VALID"))
    p.set(align="center", bold=True)
    p.text(_wrap(caption("ACCEPTANCE RECEIPT")))
    p.set(align="center", bold=False)
    p.text(_wrap(caption("Heavy parcel — international")))
    p.text(_wrap(f"{caption('Branch')}: {data.branch_name} ({data.branch_code})"))
    p.text(f"{data.accepted_at_local:%d.%m.%Y %H:%M}\n")
    p.set(align="left")
    p.text("-" * COLUMNS + "\n")
    key = "TRACKING NUMBER" if len(data.pieces) == 1 else "TRACKING NUMBERS"
    p.text(caption(key) + "\n")
    p.set(bold=True, double_height=True)
    for piece in data.pieces:
        p.text(piece.s10 + "\n")
    p.set(bold=False, normal_textsize=True)
    for i, piece in enumerate(data.pieces, 1):
        size = f"{piece.length_mm // 10}x{piece.width_mm // 10}x{piece.height_mm // 10} cm"
        p.text(_pair(f"{i}. {piece.s10}", f"{_kg(piece.gross_grams)} {size}"))
    p.text(_pair(caption("Chargeable weight"), _kg(data.chargeable_grams)))
    p.text("-" * COLUMNS + "\n")
    for title, party in (("SENDER", data.sender), ("ADDRESSEE", data.addressee)):
        p.set(bold=True)
        p.text(caption(title) + "\n")
        p.set(bold=False)
        p.text(_wrap(party.name))
        p.text(_wrap(f"{party.address}, {party.city} {party.postcode}, {party.country}"))
    p.text("-" * COLUMNS + "\n")
    p.text(_pair(caption("Declared value of contents"), _money(data.declared_value)))
    p.text(_wrap(f"{caption('Customs category')}: {data.customs_category}"))
    if data.duty is not None:
        p.text(_pair(caption("Import duty expected at destination"), _money(data.duty)))
    p.set(bold=True, double_height=True)
    p.text(_pair(caption("Postage paid"), _money(data.fee)))
    p.set(bold=False, normal_textsize=True)
    for key, value in data.business_rows():
        if key != "On account":  # said with the payment below
            p.text(_wrap(f"{caption(key)}: {value}"))
    if payment is not None:
        if payment.state == "unpaid":
            p.set(bold=True)
            p.text(
                _wrap(
                    caption(
                        "NOT PAID — approved by supervisor {number}", number=payment.approved_by
                    )
                )
            )
            p.set(bold=False)
        elif payment.method == "account" and data.on_account:
            p.set(bold=True)
            p.text(_wrap(f"{caption('On account')}: {data.on_account}"))
            p.set(bold=False)
        else:
            p.text(_pair(caption("Payment"), caption(payment.method or "cash")))
            if payment.tendered is not None:
                p.text(_pair(caption("Cash received"), _money(payment.tendered)))
            if payment.change is not None:
                p.text(_pair(caption("Change"), _money(payment.change)))
    for block in (data.fiscal, data.fiscal_return):  # the sale's, then its return's
        if block is not None:
            _fiscal_block(p, block, heading)
    p.text(_wrap(f"{caption('Accepted by')}: {data.clerk}"))
    p.text("-" * COLUMNS + "\n")
    if data.tracking_url:
        p.set(align="center")
        p.text(_wrap(caption("TRACK YOUR PARCEL AT")))
        p.qr(data.tracking_url, native=True, size=6)
        p.text(_wrap(data.tracking_url))
        p.set(align="left")
    if copy:
        heading(caption("COPY"))
    p.cut()
    return bytes(p.output)


def _fiscal_block(p: Dummy, fiscal: ReceiptFiscal, heading: Any) -> None:
    """The fiscal register's data (54-FZ receipt details) and the FNS check QR code."""
    p.text("-" * COLUMNS + "\n")
    if fiscal.demo:
        heading("ДЕМО: НЕ ФИСКАЛЬНЫЙ ЧЕК / DEMO: NOT FISCAL")
    for label, value in (*fiscal.lines, *fiscal.vat_lines):
        p.text(_pair(label, value) if value else _wrap(label))
    if fiscal.qr_payload:  # the FNS check code; a GST invoice has none
        p.set(align="center")
        p.qr(fiscal.qr_payload, native=True, size=5)
        p.set(align="left")


def send_escpos(target: str, data: bytes, timeout: float = 10.0) -> None:
    """Send receipt bytes to ``target``: ``tcp://HOST[:PORT]`` (9100 if left out),
    ``usb:VID:PID`` (hex), ``serial:/dev/ttyUSB0[:BAUD]``, or a device/file path.

    Raises ``OSError`` with what to check when the printer cannot be reached.
    """
    from escpos import printer as escpos_printer

    def refused(exc: BaseException) -> OSError:
        return OSError(
            f"The receipt printer at {target} cannot be opened ({' '.join(str(exc).split())}): "
            "check that it is on, connected, and that the address in Printing settings is right."
        )

    if target.startswith("tcp://"):
        # A plain socket, as for ZPL: python-escpos's Network leaks its socket on a refusal.
        host, _, port = target.removeprefix("tcp://").partition(":")
        try:
            with socket.create_connection((host, int(port or 9100)), timeout=timeout) as conn:
                conn.sendall(data)
        except OSError as exc:
            raise refused(exc) from exc
        return
    device: Any
    try:
        if target.startswith("usb:"):
            _, vid, pid = target.split(":")
            device = escpos_printer.Usb(int(vid, 16), int(pid, 16), timeout=int(timeout * 1000))
        elif target.startswith("serial:"):
            dev, _, baud = target.removeprefix("serial:").partition(":")
            device = escpos_printer.Serial(devfile=dev, baudrate=int(baud or 9600), timeout=timeout)
        else:
            device = escpos_printer.File(target)
        device.open()
    except Exception as exc:  # python-escpos raises its own types, and RuntimeError for USB
        raise refused(exc) from exc
    try:
        device._raw(data)
    finally:
        device.close()
