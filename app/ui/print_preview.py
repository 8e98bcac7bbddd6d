"""Print preview and printing of the PDFs made by ``app.documents``.

PySide6's wheels carry no QtPdf, so pages are rasterised with PDFium (pypdfium2) — off
the GUI thread, through the one ``TaskRunner`` — and shown as images. An installed printer
is a CUPS queue on Linux and macOS: the PDF goes to it as it is, through the spooler
(``app.devices.print_spooler``). Elsewhere (Windows), and on a printer picked in Qt's print
dialog, printing paints the same rasters (at the printer's resolution, capped at 300 dpi)
onto a ``QPrinter``, which Qt allows from a worker thread. ZPL labels go raw to a thermal
printer (``tcp://host:9100`` or a device file such as ``/dev/usb/lp0``).

Entry points for the main window:

* ``DocumentPrinter.print_acceptance(acceptance_id, parent, on_accept=True)`` — "print on
  accept": labels, CN 23 and receipt straight to the configured printers (or the preview
  when none is set); does nothing when the ``printing.on_accept`` setting is off;
* ``DocumentPrinter.reprint(s10, parent)`` — "reprint from the day's list": opens the
  preview of that acceptance's documents, from which the clerk prints;
* ``DocumentPrinter.preview_manifest(branch_code, day, parent)`` — the day's manifest(s).

Terminal settings (``app.services.terminal_settings``, Tools → Printing settings): ``printing.on_accept`` (bool),
``printing.document_printer`` and ``printing.label_printer`` (Qt printer names; empty =
ask with the print dialog), ``printing.label_format`` (``pdf`` | ``zpl``),
``printing.zpl_target`` (``tcp://host:port`` or a device path), ``printing.zpl_dpmm`` and
``printing.zpl_font``; ``printing.receipt_target`` (an 80 mm ESC/POS receipt printer: the
receipt goes there as ESC/POS, a reprint marked COPY; empty: the A4 receipt) and
``printing.preview`` (``auto``: the preview after an accept only while no printer is set
up; ``always``; ``never``: a document without a printer is not printed and the status bar
says so, Ctrl+P previews it).
"""

from __future__ import annotations

import logging
import socket
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.devices.print_spooler import CupsSpooler, SpoolError
from app.documents.zpl import ZplOptions
from app.services.documents import AcceptanceDocuments, acceptance_documents, day_manifests
from app.services.terminal_settings import read_settings
from app.store.database import Database
from app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

PREVIEW_DPI = 110
MAX_PRINT_DPI = 300
# Acceptances whose documents are kept ready for their payment (one is usual; a window
# that resumed several unpaid acceptances may wait for a few).
MAX_PREPARED = 4
# The documents are made this long after the payment panel shows: no customer pays sooner,
# and a payment recorded before then finds nothing started (the print renders everything
# itself) instead of that rendering competing for Python's GIL with the payment and the
# re-enabled form, which made "ready for the next scan" late.
PREPARE_AFTER_MS = 250


@dataclass(frozen=True, slots=True)
class PrintJob:
    """One document to show or print: its title, PDF bytes, and the printer role it needs."""

    title: str
    pdf: bytes
    role: str = "document"  # document | label | receipt
    zpl: str = ""
    acceptance_id: str = ""


@dataclass(frozen=True, slots=True)
class SpoolQueue:
    """An installed printer reached through the spooler: documents go to it as PDF."""

    name: str
    spooler: CupsSpooler


# Where a document is printed: a spooler queue, or a QPrinter painted page by page.
Printer = SpoolQueue | QPrinter


@dataclass(frozen=True, slots=True)
class PrintSettings:
    """The terminal's printing settings, read once per job off the GUI thread."""

    on_accept: bool = True
    document_printer: str = ""
    label_printer: str = ""
    label_format: str = "pdf"
    zpl_target: str = ""
    zpl_dpmm: int = 8
    zpl_font: str = "0"
    receipt_target: str = ""
    preview: str = "auto"

    @classmethod
    def load(cls, db: Database) -> PrintSettings:
        # Defaults come from the one settings table (app.services.terminal_settings).
        keys = ("on_accept", "document_printer", "label_printer", "label_format")
        keys += ("zpl_target", "zpl_dpmm", "zpl_font", "receipt_target", "preview")
        values = read_settings(db, [f"printing.{k}" for k in keys])

        def get(key: str) -> Any:
            return values[f"printing.{key}"]

        return cls(
            on_accept=bool(get("on_accept")),
            document_printer=str(get("document_printer") or ""),
            label_printer=str(get("label_printer") or ""),
            label_format=str(get("label_format") or "pdf"),
            zpl_target=str(get("zpl_target") or ""),
            zpl_dpmm=int(get("zpl_dpmm") or 8),
            zpl_font=str(get("zpl_font") or "0"),
            receipt_target=str(get("receipt_target") or ""),
            preview=str(get("preview") or "auto"),
        )

    @property
    def any_printer(self) -> bool:
        """Whether a printer of any role is set up (then no preview pops up after accepts)."""
        zpl = self.label_format == "zpl" and self.zpl_target
        return bool(self.document_printer or self.label_printer or zpl or self.receipt_target)

    def preview_on_accept(self) -> bool:
        return self.preview == "always" or (self.preview == "auto" and not self.any_printer)

    def printer_name(self, job: PrintJob) -> str:
        return self.label_printer if job.role == "label" else self.document_printer


# -- thread-safe helpers (no widgets; QImage and QPrinter may be used off the GUI thread) --


def render_pages(pdf: bytes, dpi: float = PREVIEW_DPI) -> list[QImage]:
    """Every page of ``pdf`` as a ``QImage`` at ``dpi`` (run it off the GUI thread)."""
    doc = pdfium.PdfDocument(pdf)
    try:
        images = []
        for page in doc:
            # PDFium's RGB pixels straight into the QImage (no PIL copy and conversion:
            # that was three quarters of the time of a 300 dpi A4 page).
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            if bitmap.n_channels != 3:
                raise ValueError(f"unexpected page bitmap with {bitmap.n_channels} channels")
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB888,
            )
            images.append(image.copy())  # own the pixels: the bitmap goes away
            bitmap.close()
            page.close()
        return images
    finally:
        doc.close()


def print_dpi(printer: QPrinter) -> int:
    """The resolution pages are rendered at for ``printer``: its own, at most 300 dpi."""
    return min(printer.resolution() or MAX_PRINT_DPI, MAX_PRINT_DPI)


def paint_to_printer(pdf: bytes, printer: QPrinter, pages: list[QImage] | None = None) -> int:
    """Print every page of ``pdf`` on ``printer``, scaled to fit; returns the page count.

    Each page is rendered at the printer's resolution (at most 300 dpi), unless ``pages``
    holds them rendered so already, and drawn on the full page rectangle keeping the
    aspect ratio.
    """
    if pages is None:
        pages = render_pages(pdf, print_dpi(printer))
    if not pages:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be opened: check that it is on and connected.")
    try:
        for i, image in enumerate(pages):
            if i:
                printer.newPage()
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            rect = QRectF(target.x(), target.y(), size.width(), size.height())
            painter.drawImage(rect, image)
    finally:
        painter.end()
    return len(pages)


def print_in_order(
    pairs: list[tuple[PrintJob, Printer]], pages: Mapping[str, list[QImage]] | None = None
) -> list[str]:
    """Print jobs one after the other (a printer is never painted from two threads): the
    PDF to a spooler queue, or painted on a ``QPrinter`` (``pages``: jobs' pages already
    rendered for their printer, by job title)."""
    spooled = [(job, printer) for job, printer in pairs if isinstance(printer, SpoolQueue)]
    if spooled:
        spooler = spooled[0][1].spooler
        spooler.submit_all([(queue.name, job.title, job.pdf) for job, queue in spooled])
    done = [job.title for job, _queue in spooled]
    for job, printer in pairs:
        if isinstance(printer, QPrinter):
            printer.setDocName(job.title)
            paint_to_printer(job.pdf, printer, (pages or {}).get(job.title))
            done.append(job.title)
    return done


@dataclass(eq=False)
class PreparedDocuments:
    """An acceptance's documents made while its customer pays (right after F12), for the
    print on accept once the payment is recorded: the PDFs, the configured printers and
    the pages rendered for them. Changed on the GUI thread only, until ready; read by the
    print's worker after that.

    Nothing here is printed before the print on accept asks for it; it then renders again
    whatever the database says differently by then (the receipt with the payment's fiscal
    block, a corrected address), so a stale document never reaches a printer.
    """

    acceptance_id: str
    documents: AcceptanceDocuments | None = None
    settings: PrintSettings | None = None
    printers: dict[str, Printer] = field(default_factory=dict)  # by job title
    pages: dict[str, tuple[bytes, list[QImage]]] = field(default_factory=dict)  # the PDF, its pages
    started: bool = False
    ready: bool = False
    then: list[Callable[[], None]] = field(default_factory=list)

    def finish(self) -> None:
        """Done (or given up): a print on accept that waited for it goes on."""
        self.ready = True
        waiting, self.then = self.then, []
        for go_on in waiting:
            go_on()

    def hand_over(
        self, jobs: list[PrintJob], settings: PrintSettings
    ) -> Callable[[], list[str]] | None:
        """What prints ``jobs`` on the printers prepared for them, off the GUI thread (its
        return: the titles printed); ``None`` when the settings are no longer the ones they
        were prepared for. A job whose PDF changed since has its pages rendered again."""
        if not self.printers or settings != self.settings:
            return None
        pairs = [(job, self.printers[job.title]) for job in jobs if job.title in self.printers]
        pages = {
            job.title: made[1]
            for job in jobs
            if (made := self.pages.get(job.title)) is not None and made[0] == job.pdf
        }
        return lambda: print_in_order(pairs, pages)


def send_zpl(target: str, zpl: str, timeout: float = 10.0) -> None:
    """Send a ZPL program raw to ``tcp://host:port`` or to a device/file path."""
    data = zpl.encode("utf-8")
    if target.startswith("tcp://"):
        host, _, port = target.removeprefix("tcp://").partition(":")
        with socket.create_connection((host, int(port or 9100)), timeout=timeout) as conn:
            conn.sendall(data)
        return
    with Path(target).open("wb") as device:
        device.write(data)


_SPOOLER = CupsSpooler.find()


def named_printer(name: str) -> Printer | None:
    """The installed printer ``name``: its spooler queue where CUPS runs the printers (Qt's
    printers are CUPS's queues there), else a ``QPrinter``; ``None`` when not installed."""
    for info in QPrinterInfo.availablePrinters():
        if info.printerName() == name:
            if _SPOOLER is not None:
                return SpoolQueue(name, _SPOOLER)
            return QPrinter(info, QPrinter.PrinterMode.HighResolution)
    return None


def failure_text(error: BaseException) -> str:
    """What the clerk reads when printing failed: the spooler's refusals in words."""
    if not isinstance(error, SpoolError):
        return str(error)
    texts = {
        "unknown-printer": QCoreApplication.translate(
            "PrintSpooler",
            "The print system does not know the printer “%1” or is not running: "
            "choose the printer again in Tools → Printing settings.",
        ),
        "not-accepting": QCoreApplication.translate(
            "PrintSpooler",
            "The printer “%1” is not accepting jobs: ask the supervisor to enable it "
            "in the system's printer settings.",
        ),
        "no-scheduler": QCoreApplication.translate(
            "PrintSpooler", "The print system is not running: restart the PC or call support."
        ),
        "timeout": QCoreApplication.translate(
            "PrintSpooler",
            "The print system did not answer for printer “%1”: try again in a minute.",
        ),
        "too-big": QCoreApplication.translate(
            "PrintSpooler", "The document is too big for printer “%1”."
        ),
    }
    text = texts.get(error.reason) or QCoreApplication.translate(
        "PrintSpooler", "The printer “%1” refused the document: %2"
    )
    return text.replace("%1", error.queue).replace("%2", error.detail)


# -- widgets -------------------------------------------------------------------------


class PrintPreviewDialog(QDialog):
    """Shows the pages of one or more print jobs and prints or saves them.

    Signals:
        sig_printed(str): a job was printed (its title).
        sig_failed(str): rendering or printing failed (a message for the clerk).
    """

    sig_printed = Signal(str)
    sig_failed = Signal(str)

    def __init__(
        self,
        jobs: list[PrintJob],
        tasks: TaskRunner,
        parent: QWidget | None = None,
        printer_for: Callable[[PrintJob], Printer | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(self.tr("Print preview"))
        self.jobs = jobs
        self.tasks = tasks
        self.printer_for = printer_for or (lambda job: None)
        self.page_labels: list[QLabel] = []
        self._images: list[QImage] = []
        self.status = QLabel(self.tr("Preparing the preview…"), self)
        self.status.setObjectName("previewStatus")
        self.pages = QWidget(self)
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea(self)
        self.scroll = scroll
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        self.pages.setObjectName("previewPages")
        self.pages.setStyleSheet("#previewPages { background: #7a7a7a; }")
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setDefault(True)
        self.print_button.setEnabled(False)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        close = QPushButton(self.tr("Close"), self)
        self.print_button.clicked.connect(self.print_all)
        self.save_button.clicked.connect(self.save_pdf)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(scroll, 1)
        lay.addLayout(buttons)
        # Most of the screen, never more: a landscape manifest is as wide as it is tall.
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = (screen.width(), screen.height()) if screen else (1000, 1000)
        self.resize(QSize(min(1100, int(width * 0.9)), min(1000, int(height * 0.9))))
        pdfs = [job.pdf for job in jobs]
        self.tasks.run(lambda: [render_pages(p) for p in pdfs], self._show_pages, self._failed)

    @property
    def page_count(self) -> int:
        return len(self.page_labels)

    def _show_pages(self, rendered: list[list[QImage]]) -> None:
        for job, images in zip(self.jobs, rendered, strict=True):
            title = QLabel(job.title, self.pages)
            title.setStyleSheet("color: white; font-weight: bold;")
            self.pages_layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
            for image in images:
                label = QLabel(self.pages)
                label.setStyleSheet("background: white; border: 1px solid #333;")
                self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
                self.page_labels.append(label)
                self._images.append(image)
        self._fit_pages()
        self.status.setText(self.tr("%n page(s)", "", self.page_count))
        self.print_button.setEnabled(True)

    def _fit_pages(self) -> None:
        """Each page as wide as the view allows (never wider, never enlarged): a landscape
        page is seen whole, without scrolling sideways."""
        # the vertical scroll bar's width reserved: pages taller than the view bring it
        bar = self.scroll.verticalScrollBar()
        reserve = 0 if bar.isVisible() else bar.sizeHint().width()
        room = (
            self.scroll.viewport().width()
            - reserve
            - 2 * self.pages_layout.contentsMargins().left()
            - 4
        )
        for label, image in zip(self.page_labels, self._images, strict=True):
            width = max(100, min(image.width(), room))
            if label.pixmap().isNull() or label.pixmap().width() != width:
                label.setPixmap(
                    QPixmap.fromImage(image).scaledToWidth(
                        width, Qt.TransformationMode.SmoothTransformation
                    )
                )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_pages()

    def _failed(self, error: BaseException) -> None:
        message = self.tr("The documents could not be shown: %1").replace("%1", failure_text(error))
        self.status.setText(message)
        self.sig_failed.emit(message)

    def print_all(self) -> None:
        """Print every job: on its configured printer, or on one chosen in Qt's print dialog."""
        chosen: QPrinter | None = None
        pairs: list[tuple[PrintJob, Printer]] = []
        for job in self.jobs:
            printer = self.printer_for(job)
            if printer is None:
                if chosen is None:
                    chosen = QPrinter(QPrinter.PrinterMode.HighResolution)
                    dialog = QPrintDialog(chosen, self)
                    if dialog.exec() != QDialog.DialogCode.Accepted:
                        return
                printer = chosen
            pairs.append((job, printer))
        self.print_to(pairs)

    def print_to(self, pairs: list[tuple[PrintJob, Printer]]) -> None:
        """Print the given jobs on the given printers, off the GUI thread."""
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Printing…"))
        self.tasks.run(lambda: print_in_order(pairs), self._printed, self._failed)

    def _printed(self, titles: list[str]) -> None:
        self.print_button.setEnabled(True)
        self.status.setText(self.tr("Sent to the printer: %1").replace("%1", ", ".join(titles)))
        for title in titles:
            self.sig_printed.emit(title)

    def save_pdf(self) -> None:
        for job in self.jobs:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save %1").replace("%1", job.title), f"{job.title}.pdf", "PDF (*.pdf)"
            )
            if not path:
                return
            try:
                Path(path).write_bytes(job.pdf)
            except OSError as exc:
                self._failed(exc)
                return


class DocumentPrinter(QObject):
    """What the main window calls to print: on accept, reprints, the day's manifest.

    Rendering (database reads and reportlab) and printing run on the ``TaskRunner``; the
    outcome comes back through the signals.

    Signals:
        sig_printed(str): a document went to a printer (its title).
        sig_failed(str): something could not be printed (a message for the clerk).
        sig_preview_opened(QDialog): a preview dialog was opened (tests and the window use it).
        sig_notice(str): something the clerk should know that is not a failure (a document
            with no printer set up was not printed).
    """

    sig_notice = Signal(str)
    sig_printed = Signal(str)
    sig_failed = Signal(str)
    sig_preview_opened = Signal(QDialog)

    def __init__(self, db: Database, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tasks = tasks
        self.printer_factory: Callable[[str], Printer | None] = named_printer
        self._prepared: OrderedDict[str, PreparedDocuments] = OrderedDict()
        self.prepare_after_ms = PREPARE_AFTER_MS

    def printer_for(self, job: PrintJob, settings: PrintSettings) -> Printer | None:
        """The configured printer of the job's role, or ``None`` (ask with the dialog)."""
        name = settings.printer_name(job)
        return self.printer_factory(name) if name else None

    # entry points ---------------------------------------------------------------------
    def prepare_acceptance(self, acceptance_id: str) -> None:
        """Right after F12: make the acceptance's documents while the customer pays.

        Off the GUI thread: label, CN 23 and receipt rendered, and, for the printers set up,
        their pages rendered at the printer's resolution. Nothing is printed: the print on
        accept after the payment (``print_acceptance(..., on_accept=True)``) hands them to
        the printers, so the clerk does not wait for the rendering then (speed goal of
        issue 13). A failure here is only logged: that print renders them again. It starts
        ``prepare_after_ms`` later, unless the payment was recorded by then.
        """
        prepared = PreparedDocuments(acceptance_id)
        self._prepared[acceptance_id] = prepared
        self._prepared.move_to_end(acceptance_id)
        while len(self._prepared) > MAX_PREPARED:
            self._prepared.popitem(last=False)[1].finish()
        QTimer.singleShot(self.prepare_after_ms, self, lambda: self._start_preparing(prepared))

    def _start_preparing(self, prepared: PreparedDocuments) -> None:
        acceptance_id = prepared.acceptance_id
        if self._prepared.get(acceptance_id) is not prepared:
            return  # paid already (the print made them) or replaced
        prepared.started = True

        def rendered(result: tuple[list[PrintJob], PrintSettings, AcceptanceDocuments]) -> None:
            jobs, settings, docs = result
            prepared.documents, prepared.settings = docs, settings
            if not settings.on_accept or settings.preview_on_accept():
                prepared.finish()  # a preview renders its own pages
                return
            direct: list[tuple[PrintJob, int]] = []
            for job in jobs:
                if self._goes_raw(job, settings):
                    continue
                printer = self.printer_for(job, settings)
                if printer is not None:
                    prepared.printers[job.title] = printer
                    if isinstance(printer, QPrinter):  # a spooler queue takes the PDF itself
                        direct.append((job, print_dpi(printer)))
            if not direct:
                prepared.finish()
                return
            self.tasks.run(
                lambda: {job.title: (job.pdf, render_pages(job.pdf, dpi)) for job, dpi in direct},
                pages_done,
                given_up,
            )

        def pages_done(pages: dict[str, tuple[bytes, list[QImage]]]) -> None:
            prepared.pages = pages
            prepared.finish()

        def given_up(error: BaseException) -> None:
            log.warning("documents not prepared ahead (%s); printed as usual", type(error).__name__)
            prepared.finish()

        self.tasks.run(
            lambda: self._acceptance_jobs(acceptance_id=acceptance_id), rendered, given_up
        )

    def prepared(self, acceptance_id: str) -> AcceptanceDocuments | None:
        """The documents of ``acceptance_id`` made by :meth:`prepare_acceptance` that wait
        for its payment; ``None`` while being made, or when there are none."""
        prepared = self._prepared.get(acceptance_id)
        return prepared.documents if prepared is not None and prepared.ready else None

    def preparing(self, acceptance_id: str) -> bool:
        """Whether the documents of ``acceptance_id`` are being made right now."""
        prepared = self._prepared.get(acceptance_id)
        return prepared is not None and prepared.started and not prepared.ready

    def print_acceptance(
        self,
        acceptance_id: str,
        parent: QWidget | None = None,
        *,
        on_accept: bool = False,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Print an acceptance's documents: straight to the configured printers, else preview.

        With ``on_accept=True`` (call it right after a successful accept) nothing happens
        when the ``printing.on_accept`` setting is off; documents made ahead by
        :meth:`prepare_acceptance` are used (waited for, when still being made) where the
        database still says the same. ``then`` runs on the GUI thread once the documents
        are rendered and handed to the printers (or that failed).
        """
        prepared = self._prepared.pop(acceptance_id, None) if on_accept else None
        if prepared is not None and not prepared.started:
            prepared = None  # paid before they were started: made here, all at once
        if prepared is not None and not prepared.ready:
            prepared.then.append(
                lambda: self._print(acceptance_id, parent, on_accept, prepared, then)
            )
            return
        self._print(acceptance_id, parent, on_accept, prepared, then)

    def _print(
        self,
        acceptance_id: str,
        parent: QWidget | None,
        on_accept: bool,
        prepared: PreparedDocuments | None,
        then: Callable[[], None] | None = None,
    ) -> None:
        reuse = prepared.documents if prepared is not None else None

        def work() -> tuple[list[PrintJob], PrintSettings, list[str]]:
            jobs, settings, _docs = self._acceptance_jobs(acceptance_id=acceptance_id, reuse=reuse)
            printed: list[str] = []
            if prepared is not None and settings.on_accept and not settings.preview_on_accept():
                # Straight on in this worker to the printers prepared during the payment:
                # no round trip through the GUI thread, whose next task would queue behind
                # the sync and today's list started with this print.
                direct = [j for j in jobs if not self._goes_raw(j, settings)]
                hand_over = prepared.hand_over(direct, settings)
                printed = hand_over() if hand_over is not None else []
            return jobs, settings, printed

        def done(result: tuple[list[PrintJob], PrintSettings, list[str]]) -> None:
            jobs, settings, printed = result
            for title in printed:
                self.sig_printed.emit(title)
            if then is not None:
                then()
            if on_accept and not settings.on_accept:
                return
            if on_accept and settings.preview_on_accept():
                self._send_receipts(jobs, settings)
                rest = [j for j in jobs if not (j.role == "receipt" and settings.receipt_target)]
                self.open_preview(rest, settings, parent)
                return
            rest = [j for j in jobs if j.title not in printed]
            self._print_or_preview(rest, settings, parent, preview=not on_accept)

        def failed(error: BaseException) -> None:
            if then is not None:
                then()
            self._failed(error)

        self.tasks.run(work, done, failed)

    def print_return_receipt(self, acceptance_id: str, parent: QWidget | None = None) -> None:
        """A voided sale's receipt, its return block now registered ("возврат прихода"):
        printed as the sale's receipt was after payment (the ESC/POS receipt printer, the
        document printer, or the preview when none is set up). Unlike an accept, the
        ``printing.on_accept`` switch does not hold it back: the customer is owed it."""

        def done(result: tuple[list[PrintJob], PrintSettings, AcceptanceDocuments]) -> None:
            jobs, settings, _docs = result
            receipt = [j for j in jobs if j.role == "receipt"]
            if settings.preview_on_accept():
                self._send_receipts(receipt, settings)
                if not settings.receipt_target:
                    self.open_preview(receipt, settings, parent)
                return
            self._print_or_preview(receipt, settings, parent, preview=False)

        self.tasks.run(
            lambda: self._acceptance_jobs(acceptance_id=acceptance_id), done, self._failed
        )

    def reprint(self, s10: str, parent: QWidget | None = None) -> None:
        """Reprint from the day's list: the preview of the acceptance holding ``s10``."""

        def done(result: tuple[list[PrintJob], PrintSettings, AcceptanceDocuments]) -> None:
            jobs, settings, _docs = result
            self._send_receipts(jobs, settings)
            rest = [j for j in jobs if not (j.role == "receipt" and settings.receipt_target)]
            self.open_preview(rest, settings, parent)

        self.tasks.run(lambda: self._acceptance_jobs(s10=s10), done, self._failed)

    def preview_manifest(self, branch_code: str, day: date, parent: QWidget | None = None) -> None:
        """Preview (and print) the day's manifests, with the open rest as a provisional part."""
        from app.documents.manifest import render_manifests

        def work() -> tuple[list[PrintJob], PrintSettings]:
            manifests = day_manifests(self.db, branch_code, day, provisional=True)
            if not manifests:
                raise LookupError(f"Nothing was accepted on {day.isoformat()}.")
            title = "Manifest " + ", ".join(m.number for m in manifests)
            return [PrintJob(title, render_manifests(manifests))], PrintSettings.load(self.db)

        self.tasks.run(work, lambda result: self.open_preview(*result, parent), self._failed)

    # internals ------------------------------------------------------------------------
    def _acceptance_jobs(
        self,
        *,
        acceptance_id: str | None = None,
        s10: str | None = None,
        reuse: AcceptanceDocuments | None = None,
    ) -> tuple[list[PrintJob], PrintSettings, AcceptanceDocuments]:
        settings = PrintSettings.load(self.db)
        opts = ZplOptions(dots_per_mm=settings.zpl_dpmm, font=settings.zpl_font)
        docs = acceptance_documents(
            self.db, acceptance_id=acceptance_id, s10=s10, zpl=opts, reuse=reuse
        )
        first = docs.s10s[0] if docs.s10s else docs.acceptance_id
        jobs = [
            PrintJob(f"Labels {first}", docs.labels_pdf, "label", docs.labels_zpl),
            PrintJob(f"CN 23 {first}", docs.cn23_pdf),
            PrintJob(f"Receipt {first}", docs.receipt_pdf, "receipt", "", docs.acceptance_id),
        ]
        return jobs, settings, docs

    @staticmethod
    def _goes_raw(job: PrintJob, settings: PrintSettings) -> bool:
        """Whether ``job`` skips the Qt printers: the receipt to the ESC/POS printer, the
        labels as ZPL to the thermal printer."""
        if job.role == "receipt" and settings.receipt_target:
            return True
        return job.role == "label" and settings.label_format == "zpl" and bool(settings.zpl_target)

    def _send_receipts(self, jobs: list[PrintJob], settings: PrintSettings) -> None:
        """Receipt jobs to the ESC/POS receipt printer, when one is set up (off the GUI
        thread); the receipt service marks every receipt after the first as COPY."""
        if not settings.receipt_target:
            return
        from app.documents.receipt_escpos import send_escpos
        from app.services.receipts import thermal_receipt

        target = settings.receipt_target
        for job in jobs:
            if job.role != "receipt":
                continue

            def work(acceptance_id: str = job.acceptance_id) -> str:
                made = thermal_receipt(self.db, acceptance_id=acceptance_id)
                send_escpos(target, made.data)
                return "COPY" if made.copy else ""

            title = job.title
            self.tasks.run(
                work,
                lambda copy, title=title: self.sig_printed.emit(f"{title} {copy}".strip()),
                self._failed,
            )

    def _print_or_preview(
        self,
        jobs: list[PrintJob],
        settings: PrintSettings,
        parent: QWidget | None,
        *,
        preview: bool = True,
    ) -> None:
        self._send_receipts(jobs, settings)
        pending: list[PrintJob] = []
        direct: list[tuple[PrintJob, Printer]] = []
        for job in jobs:
            if job.role == "receipt" and settings.receipt_target:
                continue
            if job.role == "label" and settings.label_format == "zpl" and settings.zpl_target:
                target, zpl, title = settings.zpl_target, job.zpl, job.title
                self.tasks.run(
                    lambda target=target, zpl=zpl: send_zpl(target, zpl),
                    lambda _r, title=title: self.sig_printed.emit(title),
                    self._failed,
                )
                continue
            printer = self.printer_for(job, settings)
            if printer is None:
                pending.append(job)
            else:
                direct.append((job, printer))
        if direct:
            self.tasks.run(
                lambda: print_in_order(direct),
                lambda titles: [self.sig_printed.emit(t) for t in titles],
                self._failed,
            )
        if pending and preview:
            self.open_preview(pending, settings, parent)
        elif pending:
            self.sig_notice.emit(
                self.tr("Not printed (no printer set up): %1. Ctrl+P shows them.").replace(
                    "%1", ", ".join(j.title for j in pending)
                )
            )

    def open_preview(
        self,
        jobs: list[PrintJob],
        settings: PrintSettings | None = None,
        parent: QWidget | None = None,
    ) -> PrintPreviewDialog:
        """Open the preview of ``jobs``; its Print button uses the configured printers."""
        current = settings or PrintSettings()
        dialog = PrintPreviewDialog(
            jobs, self.tasks, parent, lambda job: self.printer_for(job, current)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_printed.connect(self.sig_printed)
        dialog.sig_failed.connect(self.sig_failed)
        dialog.show()
        self.sig_preview_opened.emit(dialog)
        return dialog

    def _failed(self, error: BaseException) -> None:
        self.sig_failed.emit(self.tr("Printing failed: %1").replace("%1", failure_text(error)))
