"""Print preview only when asked, and receipts to an 80 mm ESC/POS printer.

No preview pops up after an accept once a printer is set up; a fresh terminal with no
printer still previews (it is the only way to print there); "never" previews nothing and
says what was not printed. With a receipt printer the receipt goes there as ESC/POS and a
reprint is marked COPY; the A4 receipt stays for a branch without one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from app.services.terminal import set_setting
from app.store.database import Database
from app.ui.print_preview import DocumentPrinter
from app.ui.tasks import TaskRunner
from tests import factories
from tests.escpos_decode import decode


def settings(db: Database, **values: object) -> None:
    with db.write() as s:
        for key, value in values.items():
            set_setting(s, f"printing.{key}", value)


def pdf_printers(printers: DocumentPrinter, tmp_path: Path) -> None:
    def factory(name: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"{name}.pdf"))
        printer.setResolution(100)
        return printer

    printers.printer_factory = factory


def test_no_printer_yet_previews_but_never_does_not(
    qtbot: QtBot, tasks: TaskRunner, db: Database, accepted: str
) -> None:
    printers = DocumentPrinter(db, tasks)
    with qtbot.waitSignal(printers.sig_preview_opened, timeout=30_000) as opened:
        printers.print_acceptance(accepted, on_accept=True)
    first = opened.args[0]
    qtbot.addWidget(first)
    qtbot.waitUntil(lambda: first.page_count == 3, timeout=30_000)
    settings(db, preview="never")
    opened_again: list[object] = []
    printers.sig_preview_opened.connect(opened_again.append)
    with qtbot.waitSignal(printers.sig_notice, timeout=30_000) as notice:
        printers.print_acceptance(accepted, on_accept=True)
    assert "Not printed" in notice.args[0] and "Receipt" in notice.args[0]
    tasks.wait(10_000)
    assert opened_again == []


def test_printers_set_up_print_without_preview_and_receipt_goes_escpos(
    qtbot: QtBot, tasks: TaskRunner, db: Database, accepted: str, tmp_path: Path
) -> None:
    device = tmp_path / "lp1"  # a receipt printer's device file
    settings(db, document_printer="office", label_printer="labels", receipt_target=str(device))
    printers = DocumentPrinter(db, tasks)
    pdf_printers(printers, tmp_path)
    printed: list[str] = []
    previews: list[object] = []
    printers.sig_printed.connect(printed.append)
    printers.sig_preview_opened.connect(previews.append)
    printers.sig_failed.connect(lambda msg: pytest.fail(msg))
    printers.print_acceptance(accepted, on_accept=True)
    qtbot.waitUntil(lambda: len(printed) == 3, timeout=30_000)
    assert previews == []  # no preview after an accept once printers are set up
    assert (tmp_path / "office.pdf").exists() and (tmp_path / "labels.pdf").exists()
    first = decode(device.read_bytes())
    assert first.commands[0] == "init" and first.cuts == 1 and first.qr
    assert "COPY" not in first.text

    # Ctrl+P: the thermal receipt again, marked COPY; label and CN 23 in the preview
    printed.clear()
    with qtbot.waitSignal(printers.sig_preview_opened, timeout=30_000) as opened:
        printers.reprint(factories.piece().s10)
    dialog = opened.args[0]
    qtbot.addWidget(dialog)
    assert [j.role for j in dialog.jobs] == ["label", "document"]
    qtbot.waitUntil(lambda: printed == [f"Receipt {factories.piece().s10} COPY"], timeout=30_000)
    assert "КОПИЯ / COPY" in decode(device.read_bytes()).text
    qtbot.waitUntil(lambda: dialog.page_count == 2, timeout=30_000)  # label, CN 23
