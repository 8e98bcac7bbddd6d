"""Documents printed through a real CUPS scheduler (the tests' own cupsd, ``tests.cups_server``).

An installed printer is a CUPS queue: the label, CN 23 and receipt go to it as the PDFs
reportlab made (vector text and barcodes, not pages painted as pictures), and what arrives
at the printer's socket is those bytes. The spooler's refusals reach the clerk in words.
"""

from __future__ import annotations

import subprocess

import pytest
from pytestqt.qtbot import QtBot

from app.devices.print_spooler import CupsSpooler, SpoolError, job_title
from app.services.terminal import set_setting
from app.store.database import Database
from app.ui.print_preview import DocumentPrinter, SpoolQueue, failure_text, named_printer
from app.ui.tasks import TaskRunner
from tests import factories
from tests.cups_server import CupsServer
from tests.docs_helpers import barcodes_on_page, pdf_text


def spooler() -> CupsSpooler:
    found = CupsSpooler.find()
    assert found is not None, "lp is installed with CUPS (tests.cups_server.missing)"
    return found


def test_a_pdf_reaches_the_printer_as_it_was_handed_over(cups: CupsServer) -> None:
    printer = cups.add_printer("spool-as-is")
    pdf = b"%PDF-1.4\n" + bytes(range(256)) * 400 + b"\n%%EOF\n"
    request = spooler().submit("spool-as-is", "Receipt RR123456785RU", pdf)
    assert request.startswith("spool-as-is-")
    assert printer.wait_for(1) == [pdf]


def test_one_printer_keeps_the_order_and_two_printers_take_their_jobs_together(
    cups: CupsServer,
) -> None:
    a4, labels = cups.add_printer("order-a4"), cups.add_printer("order-labels")
    cn23, receipt, label = (b"%PDF-1.4\n" + bytes([n]) * 5000 + b"\n%%EOF\n" for n in (1, 2, 3))
    ids = spooler().submit_all(
        [("order-a4", "CN 23", cn23), ("order-labels", "Labels", label), ("order-a4", "R", receipt)]
    )
    assert [i.rpartition("-")[0] for i in ids] == ["order-a4", "order-labels", "order-a4"]
    assert int(ids[0].rpartition("-")[2]) < int(ids[2].rpartition("-")[2])  # CN 23 first
    assert a4.wait_for(2) == [cn23, receipt]
    assert labels.wait_for(1) == [label]


def test_refusals_are_said_in_words(cups: CupsServer) -> None:
    cups.add_printer("spool-refusing")
    with pytest.raises(SpoolError) as unknown:
        spooler().submit("no-such-printer", "Labels", b"%PDF-1.4\n%%EOF\n")
    assert unknown.value.reason == "unknown-printer"
    text = failure_text(unknown.value)
    assert "no-such-printer" in text and "Printing settings" in text

    subprocess.run(["cupsreject", "-h", cups.address, "spool-refusing"], check=True)
    with pytest.raises(SpoolError) as refusing:
        spooler().submit("spool-refusing", "Labels", b"%PDF-1.4\n%%EOF\n")
    assert refusing.value.reason == "not-accepting"
    assert "not accepting jobs" in failure_text(refusing.value)

    for bad in ("", "-d", "x" * 200):  # never an option or an overlong name on lp's line
        with pytest.raises(SpoolError):
            spooler().submit(bad, "Labels", b"%PDF-1.4\n%%EOF\n")


def test_a_job_title_is_printable_and_short() -> None:
    assert job_title("CN 23 RR123456785RU") == "CN 23 RR123456785RU"
    assert job_title("a\nb\x1b[31m" + "z" * 300) == "a b  31m" + "z" * 112
    assert job_title("\n\t") == "PostCounter"


def test_accept_prints_on_cups_queues_as_pdf(
    qtbot: QtBot, cups: CupsServer, tasks: TaskRunner, db: Database, accepted: str
) -> None:
    documents = cups.add_printer("counter-a4")
    labels = cups.add_printer("counter-labels")
    with db.write() as s:
        set_setting(s, "printing.document_printer", "counter-a4")
        set_setting(s, "printing.label_printer", "counter-labels")
    assert isinstance(named_printer("counter-a4"), SpoolQueue)  # Qt lists CUPS's queues
    printers = DocumentPrinter(db, tasks)
    printers.prepare_after_ms = 0
    printed: list[str] = []
    printers.sig_printed.connect(printed.append)
    printers.sig_failed.connect(lambda message: pytest.fail(message))
    printers.prepare_acceptance(accepted)  # F12: made while the customer pays
    qtbot.waitUntil(lambda: printers.prepared(accepted) is not None, timeout=30_000)
    printers.print_acceptance(accepted, on_accept=True)  # paid
    qtbot.waitUntil(lambda: len(printed) == 3, timeout=30_000)

    s10 = factories.piece().s10
    [label] = labels.wait_for(1)
    cn23, receipt = documents.wait_for(2)
    for pdf in (label, cn23, receipt):
        # text, not pages painted as pictures (the S10 is printed in groups: "CB 100 000 003 RU")
        assert pdf.startswith(b"%PDF") and s10 in pdf_text(pdf).replace(" ", "")
    assert "CN 23" in pdf_text(cn23) or "CN23" in pdf_text(cn23)
    assert ("Code128", s10) in [(kind, text) for kind, text in barcodes_on_page(label)]


def test_a_printer_gone_from_cups_fails_with_what_to_do(
    qtbot: QtBot, cups: CupsServer, tasks: TaskRunner, db: Database, accepted: str
) -> None:
    cups.add_printer("counter-gone")
    with db.write() as s:
        set_setting(s, "printing.document_printer", "counter-gone")
        set_setting(s, "printing.label_printer", "counter-gone")
    printers = DocumentPrinter(db, tasks)
    queue = named_printer("counter-gone")
    assert isinstance(queue, SpoolQueue)
    subprocess.run(["lpadmin", "-h", cups.address, "-x", "counter-gone"], check=True)
    printers.printer_factory = lambda name: queue  # chosen while it was still installed
    with qtbot.waitSignal(printers.sig_failed, timeout=30_000) as failed:
        printers.print_acceptance(accepted, on_accept=True)
    assert "counter-gone" in failed.args[0] and "Printing settings" in failed.args[0]
