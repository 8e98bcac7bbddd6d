"""Label, CN 23 and receipt made while the customer pays, printed once paid (issue 13).

F12 in the real window makes the documents (and their pages for the printers set up) on a
worker; nothing is printed until the payment is recorded; then the three are printed once,
the receipt with the payment's fiscal block, and a correction made in between on every
document. A payment recorded while they are being made waits for them; one recorded
before they are started (PREPARE_AFTER_MS) has them made by the print alone: printed once.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.services.fiscal.fake import FakeRegister
from app.services.terminal import set_setting
from app.store.database import Database
from app.store.models import Acceptance
from app.ui.main_window import MainWindow
from app.ui.print_preview import PREPARE_AFTER_MS, DocumentPrinter
from app.ui.tasks import TaskRunner
from tests.docs_helpers import page_count, pdf_text
from tests.ui.helpers import enter, focused
from tests.ui.test_payment_flow import accept_one, open_window
from tests.ui.test_print_policy import pdf_printers, settings


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    win = open_window(qtbot, db)
    qtbot.waitUntil(lambda: focused() is win.form.scan)
    win.payment.register = FakeRegister()  # a Russian counter's register: the fiscal block
    yield win
    win.close()


def test_made_during_the_payment_and_printed_once_paid(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    settings(db, document_printer="office", label_printer="labels")
    win = open_window(qtbot, db)
    try:
        qtbot.waitUntil(lambda: focused() is win.form.scan)
        win.payment.register = FakeRegister()
        pdf_printers(win.printer, tmp_path)
        printed: list[str] = []
        win.printer.sig_printed.connect(printed.append)
        win.printer.sig_failed.connect(lambda msg: pytest.fail(msg))
        row = accept_one(qtbot, win)
        qtbot.waitUntil(lambda: win.printer.prepared(row.id) is not None, timeout=20_000)
        made = win.printer.prepared(row.id)
        assert made is not None and "DEMO-NOT-FISCAL" not in pdf_text(made.receipt_pdf)
        qtbot.wait(200)
        assert printed == [] and not list(tmp_path.glob("*.pdf"))  # not before the payment

        enter(qtbot)  # exact cash
        qtbot.waitUntil(lambda: len(printed) == 3, timeout=20_000)
        assert sorted(t.split()[0] for t in printed) == ["CN", "Labels", "Receipt"]
        # one page each (the CN 23's file is then the receipt's: one file per printer name)
        assert page_count((tmp_path / "labels.pdf").read_bytes()) == 1
        assert page_count((tmp_path / "office.pdf").read_bytes()) == 1
        assert win.printer.prepared(row.id) is None  # used up, not kept
        win.tasks.wait(10_000)
        qtbot.wait(200)
        assert len(printed) == 3  # once
    finally:
        win.close()


def test_paid_receipt_shows_the_payment_and_a_correction_reaches_every_document(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    # no printer set up: the documents open in the preview once paid, as PDFs to read
    row = accept_one(qtbot, window)
    qtbot.waitUntil(lambda: window.printer.prepared(row.id) is not None, timeout=20_000)
    made = window.printer.prepared(row.id)
    assert made is not None and "Rajesh Kumar Sharma" in pdf_text(made.labels_pdf)
    with db.write() as s:  # corrected while the customer pays
        stored = s.scalar(select(Acceptance).where(Acceptance.id == row.id))
        assert stored is not None
        stored.addressee_name = "Anil Verma"
    with qtbot.waitSignal(window.printer.sig_preview_opened, timeout=20_000) as opened:
        enter(qtbot)  # exact cash
    dialog = opened.args[0]
    qtbot.addWidget(dialog)
    labels, cn23, receipt = (pdf_text(job.pdf) for job in dialog.jobs)
    for text in (labels, cn23, receipt):
        assert "Anil Verma" in text and "Rajesh Kumar Sharma" not in text
    assert "DEMO-NOT-FISCAL" in receipt and "КАССОВЫЙ ЧЕК" in receipt  # paid: fiscal block


def _printers(db: Database, tasks: TaskRunner, tmp_path: Path) -> tuple[DocumentPrinter, list[str]]:
    with db.write() as s:
        set_setting(s, "printing.document_printer", "office")
        set_setting(s, "printing.label_printer", "labels")
    printers = DocumentPrinter(db, tasks)
    pdf_printers(printers, tmp_path)
    printed: list[str] = []
    printers.sig_printed.connect(printed.append)
    printers.sig_failed.connect(lambda msg: pytest.fail(msg))
    return printers, printed


def _printed_once(qtbot: QtBot, tasks: TaskRunner, printed: list[str], tmp_path: Path) -> None:
    qtbot.waitUntil(lambda: len(printed) == 3, timeout=30_000)
    tasks.wait(10_000)
    qtbot.wait(300)
    assert sorted(t.split()[0] for t in printed) == ["CN", "Labels", "Receipt"]
    assert page_count((tmp_path / "labels.pdf").read_bytes()) == 1


def test_a_payment_while_the_documents_are_made_waits_for_them(
    qtbot: QtBot, tasks: TaskRunner, db: Database, accepted: str, tmp_path: Path
) -> None:
    printers, printed = _printers(db, tasks, tmp_path)
    printers.prepare_after_ms = 0
    printers.prepare_acceptance(accepted)
    qtbot.waitUntil(lambda: printers.preparing(accepted), timeout=10_000)
    printers.print_acceptance(accepted, on_accept=True)  # paid while they are being made
    _printed_once(qtbot, tasks, printed, tmp_path)
    assert printers.prepared(accepted) is None


def test_a_payment_before_they_are_started_prints_them_without_making_them_twice(
    qtbot: QtBot, tasks: TaskRunner, db: Database, accepted: str, tmp_path: Path
) -> None:
    printers, printed = _printers(db, tasks, tmp_path)
    printers.prepare_acceptance(accepted)  # starts after PREPARE_AFTER_MS
    printers.print_acceptance(accepted, on_accept=True)  # paid at once
    assert not printers.preparing(accepted)
    _printed_once(qtbot, tasks, printed, tmp_path)
    qtbot.wait(PREPARE_AFTER_MS + 100)  # the timer fires and finds nothing to do
    assert not printers.preparing(accepted) and printers.prepared(accepted) is None
