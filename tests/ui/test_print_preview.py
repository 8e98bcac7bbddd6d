"""Print preview and printing: pages rendered off the GUI thread, printed to a PDF printer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from app.documents.label import render_labels
from app.services.terminal import set_setting
from app.store.database import Database
from app.ui.print_preview import DocumentPrinter, PrintJob, PrintPreviewDialog, render_pages
from app.ui.tasks import TaskRunner
from tests import factories
from tests.docs_helpers import page_count, pdf_text
from tests.unit.test_documents import label

DAY = date(2026, 3, 15)


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)
    return printer


def test_render_pages_gives_one_image_per_page() -> None:
    pdf = render_labels([label(piece_no=i) for i in (1, 2)])
    images = render_pages(pdf, dpi=72)
    assert len(images) == 2
    # 100 x 150 mm at 72 dpi
    assert abs(images[0].width() - 283) <= 1 and abs(images[0].height() - 425) <= 1


def test_preview_shows_pages_and_prints_them(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path
) -> None:
    pdf = render_labels([label(piece_no=i) for i in (1, 2, 3)])
    out = tmp_path / "printed.pdf"
    dialog = PrintPreviewDialog(
        [PrintJob("Labels", pdf, "label")], tasks, None, lambda job: _pdf_printer(out)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.page_count == 3, timeout=20_000)
    assert dialog.print_button.isEnabled()
    with qtbot.waitSignal(dialog.sig_printed, timeout=30_000) as blocker:
        dialog.print_all()  # a configured printer: no dialog is asked
    assert blocker.args == ["Labels"]
    assert page_count(out.read_bytes()) == 3


def test_print_on_accept_and_reprint(
    qtbot: QtBot, tasks: TaskRunner, db: Database, accepted: str, tmp_path: Path
) -> None:
    with db.write() as s:
        set_setting(s, "printing.document_printer", "office")
        set_setting(s, "printing.label_printer", "labels")
    printers = DocumentPrinter(db, tasks)
    files: dict[str, Path] = {}

    def factory(name: str) -> QPrinter:
        files[name] = tmp_path / f"{name}-{len(files)}.pdf"
        return _pdf_printer(files[name])

    printers.printer_factory = factory
    printed: list[str] = []
    printers.sig_printed.connect(printed.append)
    printers.sig_failed.connect(lambda msg: pytest.fail(msg))
    printers.print_acceptance(accepted, on_accept=True)
    qtbot.waitUntil(lambda: len(printed) == 3, timeout=30_000)
    assert sorted(t.split()[0] for t in printed) == ["CN", "Labels", "Receipt"]
    assert all(p.exists() and p.stat().st_size > 0 for p in files.values())

    # print on accept switched off: nothing happens
    with db.write() as s:
        set_setting(s, "printing.on_accept", False)
    printed.clear()
    printers.print_acceptance(accepted, on_accept=True)
    tasks.wait(10_000)
    qtbot.wait(50)
    assert printed == []

    # reprint from the day's list opens the preview of that item's documents
    with qtbot.waitSignal(printers.sig_preview_opened, timeout=30_000) as opened:
        printers.reprint(factories.piece().s10)
    dialog = opened.args[0]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.page_count == 3, timeout=20_000)  # label, CN 23, receipt
    assert "Ivanov Sergei Petrovich" in pdf_text(dialog.jobs[1].pdf)  # CN 23 in Latin script


def test_preview_fits_a_landscape_page_without_cutting_its_right_side(
    qtbot: QtBot, tasks: TaskRunner
) -> None:
    """Issue 13: the in-app preview cut the right side of the landscape manifest."""
    from io import BytesIO

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=landscape(A4))
    canvas.drawRightString(landscape(A4)[0] - 20, 300, "RIGHT EDGE TOTAL")
    canvas.showPage()
    canvas.save()
    dialog = PrintPreviewDialog([PrintJob("Manifest", buffer.getvalue(), "document")], tasks)
    qtbot.addWidget(dialog)
    dialog.resize(900, 700)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.page_count == 1, timeout=20_000)
    page = dialog.page_labels[0]
    qtbot.waitUntil(lambda: page.pixmap().width() <= dialog.scroll.viewport().width())
    assert page.pixmap().width() > page.pixmap().height()  # still landscape, only smaller
    qtbot.waitUntil(lambda: dialog.scroll.horizontalScrollBar().maximum() == 0)
    dialog.resize(1400, 900)  # a bigger window shows it bigger again
    qtbot.waitUntil(lambda: page.pixmap().width() > 900)
