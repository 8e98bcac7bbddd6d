"""A supervisor voids a paid acceptance at a counter with an ATOL register: as soon as the
register has registered the return ("возврат прихода") its receipt is printed the way the
sale's was after payment (ESC/POS receipt printer, or the A4 preview with no printer); a
register that answers only later prints it when the retry registers it, once."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.services.fiscal.atol import AtolWebRegister
from app.services.terminal import DEMO_SUPERVISOR, set_setting
from app.store.database import Database
from app.ui.main_window import MainWindow
from tests.docs_helpers import pdf_text
from tests.escpos_decode import decode
from tests.fake_atol import FakeAtol
from tests.sync_helpers import free_port
from tests.ui.helpers import enter, focused
from tests.ui.test_payment_flow import accept_one, open_window, payments
from tests.ui.test_void_flow import answer_dialog

RETURN = "ВОЗВРАТ ПРИХОДА"


def pay_exact_cash(qtbot: QtBot, win: MainWindow, driver_url: str, **kw: float) -> str:
    win.payment.register = AtolWebRegister(driver_url, poll=0.01, **kw)
    row = accept_one(qtbot, win)
    enter(qtbot)  # exact cash
    qtbot.waitUntil(lambda: not win.payment.pending, timeout=20_000)
    assert payments(win.db)[0].state == "paid"
    return row.id


def void_first_row(qtbot: QtBot, win: MainWindow) -> None:
    qtbot.waitUntil(lambda: win.day.table.rowCount() == 1, timeout=10_000)
    win.day.table.setFocus()
    win.day.table.selectRow(0)
    answer_dialog(qtbot, DEMO_SUPERVISOR[0], DEMO_SUPERVISOR[1], "Customer changed mind")
    win.action_void.trigger()


def test_the_return_receipt_prints_once_the_register_has_it(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    device = tmp_path / "lp1"  # an 80 mm receipt printer's device file
    with db.write() as s:
        set_setting(s, "printing.receipt_target", str(device))
    driver = FakeAtol()
    driver.shift_open = True
    win = open_window(qtbot, db)
    try:
        qtbot.waitUntil(lambda: focused() is win.form.scan)
        printed: list[str] = []
        win.printer.sig_printed.connect(printed.append)
        pay_exact_cash(qtbot, win, driver.url)
        # The sale's receipt is told printed once its job is done, which may come after its
        # bytes reached the device: wait for the word, not the file, before the void.
        qtbot.waitUntil(lambda: len(printed) == 1, timeout=20_000)
        assert RETURN not in decode(device.read_bytes()).text
        device.unlink()
        void_first_row(qtbot, win)
        qtbot.waitUntil(lambda: len(driver.receipts) == 2, timeout=20_000)
        qtbot.waitUntil(lambda: device.exists(), timeout=20_000)
        receipt = decode(device.read_bytes())
        assert RETURN in receipt.text
        assert any(q.endswith("&n=2") for q in receipt.qr)  # the return's FNS code
        assert driver.receipts[1][1]["type"] == "sellReturn" and driver.violations == []
        win.payment.retry_pending()  # a later retry has nothing to print again
        win.tasks.wait(10_000)
        qtbot.wait(300)
        # The sale's receipt, then the return's once, an original too (it is a new document).
        assert printed == [printed[0], printed[0]] and "COPY" not in printed[0]
        assert "КОПИЯ" not in receipt.text
    finally:
        win.close()
        driver.stop()


def test_a_return_registered_later_prints_when_the_register_answers(
    qtbot: QtBot, db: Database
) -> None:
    port = free_port()
    driver = FakeAtol(port)
    driver.shift_open = True
    win = open_window(qtbot, db)
    previews: list[object] = []
    try:
        qtbot.waitUntil(lambda: focused() is win.form.scan)
        with qtbot.waitSignal(win.printer.sig_preview_opened, timeout=30_000) as sale:
            pay_exact_cash(qtbot, win, driver.url, timeout=0.5)
        sale.args[0].close()  # the sale's documents, no printer set up: the preview
        driver.stop()  # the register goes away before the void
        win.printer.sig_preview_opened.connect(previews.append)
        told: list[str] = []
        win.payment.sig_register_message.connect(told.append)
        void_first_row(qtbot, win)
        qtbot.waitUntil(lambda: any("does not answer" in t for t in told), timeout=20_000)
        assert previews == []  # nothing registered, nothing printed
        driver = FakeAtol(port)
        driver.shift_open = True
        win.payment.retry_pending()  # what the minute timer does
        qtbot.waitUntil(lambda: len(previews) == 1, timeout=30_000)
        [job] = previews[0].jobs  # type: ignore[attr-defined]
        assert job.role == "receipt" and RETURN in pdf_text(job.pdf)
        assert [t["type"] for _, t in driver.receipts] == ["sellReturn"]
        previews[0].close()  # type: ignore[attr-defined]
    finally:
        win.close()
        driver.stop()
