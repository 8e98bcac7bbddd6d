"""The 80 mm thermal receipt as ESC/POS bytes, read back as a printer would: init, text in
the right code page, the payment, a QR code of the tracking link, a cut; COPY on reprint."""

from __future__ import annotations

import os
import socket
import threading
from decimal import Decimal
from pathlib import Path

import pytest

from app.cli import main as cli_main
from app.documents.receipt_escpos import COLUMNS, send_escpos
from app.domain.money import Money
from app.domain.s10 import S10
from app.services.payment import leave_unpaid, record_payment
from app.services.receipts import thermal_receipt
from app.services.terminal import DEMO_CLERK, DEMO_SUPERVISOR, staff_context
from app.store.models import Acceptance
from tests.escpos_decode import decode
from tests.sync_helpers import free_port, make_acceptances, open_test_terminal


def test_receipt_bytes_decode_to_init_text_qr_and_cut(tmp_path: Path) -> None:
    db = open_test_terminal(tmp_path / "t.db")
    try:
        [made] = make_acceptances(db, 1, seed=5)
        ctx = staff_context(db, DEMO_CLERK[0])
        with db.read() as s:
            fee = s.get(Acceptance, made.acceptance_id).fee_amount  # type: ignore[union-attr]
        record_payment(db, ctx, made.acceptance_id, "cash", Money(fee + Decimal(300), "RUB"))
        first = thermal_receipt(db, acceptance_id=made.acceptance_id)
        d = decode(first.data)
        assert d.commands[0] == "init" and d.commands[-1] == "cut" and d.cuts == 1
        assert d.qr == [f"https://www.pochta.ru/tracking?barcode={made.s10s[0]}"]
        assert "ESC t 17" in d.commands  # Cyrillic in code page 866, as the printer reads it
        assert "КВИТАНЦИЯ О ПРИЁМЕ / ACCEPTANCE RECEIPT" in d.text
        assert made.s10s[0] in d.bold_text
        assert "Сдача / Change" in d.text and "300.00 RUB" in d.text
        assert "наличными / cash" in d.text
        assert "DEMO" in d.text  # demo branch paper is marked
        assert "COPY" not in d.text and not first.copy
        assert [ln for ln in d.text.splitlines() if len(ln) > COLUMNS] == []

        again = thermal_receipt(db, s10=made.s10s[0])
        assert again.copy and decode(again.data).text.count("КОПИЯ / COPY") == 2
    finally:
        db.close()


def test_unpaid_receipt_names_the_supervisor_and_cli_writes_the_bytes(
    tmp_path: Path, capsys
) -> None:
    db = open_test_terminal(tmp_path / "t.db")
    try:
        [made] = make_acceptances(db, 1, seed=6)
        ctx = staff_context(db, DEMO_CLERK[0])
        leave_unpaid(
            db,
            ctx,
            made.acceptance_id,
            supervisor_number=DEMO_SUPERVISOR[0],
            pin=DEMO_SUPERVISOR[1],
            reason="card terminal down",
        )
    finally:
        db.close()
    out = tmp_path / "r.bin"
    args = ["--db", str(tmp_path / "t.db"), "receipt", made.s10s[0], "--escpos", "--out", str(out)]
    assert cli_main(args) == 0
    d = decode(out.read_bytes())
    assert f"approved by supervisor {DEMO_SUPERVISOR[0]}" in d.text and "COPY" not in d.text
    assert cli_main(args) == 0
    assert "(COPY)" in capsys.readouterr().out
    assert "КОПИЯ / COPY" in decode(out.read_bytes()).text
    unknown = str(S10.build("CP", 99_999_999, "RU"))
    assert cli_main([*args[:3], unknown, "--escpos", "--out", str(out)]) == 1
    assert "No item" in capsys.readouterr().err


def test_send_to_a_network_receipt_printer(tmp_path: Path) -> None:
    """A printer on tcp://HOST:PORT (port 9100 on real ones) receives the bytes unchanged."""
    received = bytearray()
    port = free_port()
    server = socket.create_server(("127.0.0.1", port))

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            while chunk := conn.recv(65536):
                received.extend(chunk)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    payload = b"\x1b@hello\n\x1dV\x00"
    try:
        send_escpos(f"tcp://127.0.0.1:{port}", payload, timeout=5)
        thread.join(5)
    finally:
        server.close()
    assert bytes(received) == payload
    target = tmp_path / "lp0"
    send_escpos(str(target), payload)
    assert target.read_bytes() == payload


def test_an_unreachable_receipt_printer_says_what_to_check() -> None:
    port = free_port()  # nothing listens there
    with pytest.raises(OSError, match=r"cannot be opened.*Printing settings"):
        send_escpos(f"tcp://127.0.0.1:{port}", b"\x1b@", timeout=2)


def test_send_to_a_serial_receipt_printer_over_a_real_pty() -> None:
    master, slave = os.openpty()
    try:
        payload = b"\x1b@serial receipt\n\x1dV\x00"
        send_escpos(f"serial:{os.ttyname(slave)}:19200", payload, timeout=2)
        got = b""
        while len(got) < len(payload):
            got += os.read(master, 1024)
        assert got == payload
    finally:
        os.close(master)
        os.close(slave)
