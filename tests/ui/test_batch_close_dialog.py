"""The batch close dialog driven by keys (issue 17): summary, method, supervisor, then the
close and the act; a refusal is shown without closing the dialog."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.services.terminal import DEMO_SUPERVISOR, CounterContext
from app.store.database import Database
from app.store.models import Batch, OutboxItem, Payment
from app.ui.batch_close_dialog import BatchCloseDialog, open_batch_close
from app.ui.tasks import TaskRunner
from tests.docs_helpers import pdf_text
from tests.factories import accept_batch_item, make_batch, s10_numbers


@pytest.fixture
def parent(qtbot: QtBot) -> Iterator[QWidget]:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    yield widget


@pytest.fixture
def batch(db: Database, clerk: CounterContext) -> tuple[int, list[str]]:
    s10s = s10_numbers(4, start=40_000_000)
    # KARIGAR's contract has no account: cash or card only
    batch_id = make_batch(db, "MP-UI", s10s, customer_code="KARIGAR")
    accept_batch_item(db, clerk, batch_id, s10s[0], 55_300, customer_code="KARIGAR")
    accept_batch_item(db, clerk, batch_id, s10s[2], 59_000, flagged=True, customer_code="KARIGAR")
    return batch_id, s10s


def _open(
    qtbot: QtBot, parent: QWidget, db: Database, clerk: CounterContext, batch_id: int
) -> BatchCloseDialog:
    tasks = TaskRunner(parent)
    open_batch_close(parent, db, clerk, tasks, batch_id)
    qtbot.waitUntil(lambda: getattr(parent, "batch_close_dialog", None) is not None, timeout=10_000)
    dialog: BatchCloseDialog = parent.batch_close_dialog  # type: ignore[attr-defined]
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _label(dialog: BatchCloseDialog, name: str) -> str:
    label = dialog.findChild(QLabel, name)
    assert label is not None
    return label.text().replace("\u00a0", " ").replace("\u202f", " ")


def test_close_in_cash_by_keys_then_the_act(
    qtbot: QtBot, parent: QWidget, db: Database, clerk: CounterContext, batch: tuple[int, list[str]]
) -> None:
    batch_id, s10s = batch
    dialog = _open(qtbot, parent, db, clerk, batch_id)
    assert _label(dialog, "closeAccepted") == "2" and _label(dialog, "closeFlagged") == "1"
    assert _label(dialog, "closeMissing") == f"2: {s10s[1]}, {s10s[3]}"
    assert _label(dialog, "closeTotal").endswith("RUB")
    assert _label(dialog, "closeCustomer") == "Karigar Handicrafts (KARIGAR)"
    assert not dialog.account.isEnabled()  # its contract has no account
    qtbot.keyClicks(dialog.tendered, "100000")
    assert _label(dialog, "closeChange").endswith("RUB")
    qtbot.keyClick(dialog.tendered, Qt.Key.Key_Return)
    assert dialog.number.hasFocus() or dialog.focusWidget() is dialog.number
    qtbot.keyClicks(dialog.number, DEMO_SUPERVISOR[0])
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.pin, DEMO_SUPERVISOR[1])
    with qtbot.waitSignal(dialog.sig_act_ready, timeout=20_000) as act:
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert dialog.result_batch is not None and dialog.result_batch.missing == (s10s[1], s10s[3])
    text = pdf_text(act.args[0])
    assert all(s in text for s in s10s) and "MP-UI" in text
    with db.read() as s:
        assert s.get(Batch, batch_id).state == "closed"  # type: ignore[union-attr]
        pay = s.scalars(select(Payment).where(Payment.batch_id == batch_id)).one()
        assert pay.method == "cash" and pay.change is not None
        assert s.scalars(select(OutboxItem).where(OutboxItem.kind == "batch_close")).one()


def test_refusal_is_shown_and_the_dialog_stays(
    qtbot: QtBot, parent: QWidget, db: Database, clerk: CounterContext, batch: tuple[int, list[str]]
) -> None:
    batch_id, _ = batch
    dialog = _open(qtbot, parent, db, clerk, batch_id)
    qtbot.keyClicks(dialog.tendered, "10")  # less than the fees
    qtbot.keyClicks(dialog.number, DEMO_SUPERVISOR[0])
    qtbot.keyClicks(dialog.pin, DEMO_SUPERVISOR[1])
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "less than" in dialog.error.text(), timeout=10_000)
    assert dialog.isVisible() and dialog.pin.text() == ""
    # card instead: Shift+Tab from the cash field reaches it (account is not allowed)
    dialog.tendered.setFocus()
    qtbot.keyClick(dialog.tendered, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.focusWidget() is dialog.card
    qtbot.keyClick(dialog.card, Qt.Key.Key_Space)
    assert dialog.method() == "card" and not dialog.tendered.isEnabled()
    qtbot.keyClicks(dialog.pin, DEMO_SUPERVISOR[1])
    with qtbot.waitSignal(dialog.sig_closed, timeout=20_000):
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    with db.read() as s:
        assert s.scalars(select(Payment).where(Payment.batch_id == batch_id)).one().method == "card"


def test_account_over_the_limit_is_refused_in_the_dialog(
    qtbot: QtBot, parent: QWidget, db: Database, clerk: CounterContext
) -> None:
    from tests.integration.test_batch_close import _owes

    s10s = s10_numbers(2, start=41_000_000)
    batch_id = make_batch(db, "VM-UI", s10s, customer_code="VOLGAMED")
    accept_batch_item(db, clerk, batch_id, s10s[0], 55_000, customer_code="VOLGAMED")
    _owes(db, "VOLGAMED", "299000.00", "300000.00")
    dialog = _open(qtbot, parent, db, clerk, batch_id)
    assert dialog.account.isEnabled() and "1,000.00" in dialog.account.toolTip().replace(
        "\u00a0", ","
    ).replace(" ", ",")
    dialog.tendered.setFocus()
    qtbot.keyClick(dialog.tendered, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.focusWidget() is dialog.account
    qtbot.keyClick(dialog.account, Qt.Key.Key_Space)
    assert dialog.method() == "account"
    qtbot.keyClicks(dialog.number, DEMO_SUPERVISOR[0])
    qtbot.keyClicks(dialog.pin, DEMO_SUPERVISOR[1])
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Account payment refused" in dialog.error.text(), timeout=10_000)
    assert "VOLGAMED owes" in dialog.error.text() and dialog.isVisible()
    with db.read() as s:
        assert s.get(Batch, batch_id).state == "open"  # type: ignore[union-attr]


def test_the_dialog_is_placed_for_its_full_height(
    qtbot: QtBot, db: Database, clerk: CounterContext
) -> None:
    """A list with 18 items missing at a 1366x768 counter: the dialog was placed (centred on
    the window) while it was a third of its height, then grew downwards past the screen's
    bottom, hiding the PIN and Approve."""
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    s10s = s10_numbers(20, start=42_000_000)
    batch_id = make_batch(db, "MP-TALL", s10s, customer_code="KARIGAR")
    accept_batch_item(db, clerk, batch_id, s10s[0], 55_300, customer_code="KARIGAR")
    accept_batch_item(db, clerk, batch_id, s10s[1], 59_000, flagged=True, customer_code="KARIGAR")
    dialog = _open(qtbot, window, db, clerk, batch_id)
    lay = dialog.layout()
    qtbot.waitUntil(lambda: dialog.height() >= lay.totalHeightForWidth(dialog.width()))
    frame = dialog.frameGeometry()
    assert abs(frame.center().y() - window.geometry().center().y()) <= 20, frame
    assert frame.bottom() <= window.geometry().bottom(), frame


def test_russian_calls_the_list_a_register_as_the_counter_does(
    qtbot: QtBot, parent: QWidget, db: Database, clerk: CounterContext, batch: tuple[int, list[str]]
) -> None:
    """In Russian the counter works on a "реестр" (the Batch screen, the bar), but its close
    button said "Закрыть партию…", the dialog it opens "Закрыть список …" and "Итоги
    списка", and the close's refusals "список": three words for one list."""
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QCoreApplication, QLocale
    from PySide6.QtWidgets import QGroupBox

    from app.services.paths import resource
    from app.ui.application import install_translators, make_app
    from app.ui.batch_screen import BatchScreen

    app = make_app()
    installed = install_translators(app, QLocale("ru"))
    try:
        batch_id, _ = batch
        dialog = _open(qtbot, parent, db, clerk, batch_id)
        screen = BatchScreen([], parent, close_available=True)
        qtbot.addWidget(screen)
        shown = [
            dialog.windowTitle(),
            *(label.text() for label in dialog.findChildren(QLabel)),
            *(box.title() for box in dialog.findChildren(QGroupBox)),
            screen.close_button.text(),
        ]
        # the close's refusals and results, as the dialog shows them
        ts = ET.parse(resource("translations") / "postcounter_ru.ts")
        for context in ts.getroot().iter("context"):
            name = context.findtext("name")
            if name in ("BatchClose", "BatchCloseDialog"):
                for source in context.iter("source"):
                    shown.append(QCoreApplication.translate(name, source.text or ""))
        said = " ".join(shown).casefold()
        assert "реестр" in said
        wrong = [t for t in shown if "списк" in t.casefold() and "клиентов" not in t]
        assert wrong == []
        assert screen.close_button.text() == "Закрыть реестр…"
    finally:
        for translator in installed:
            app.removeTranslator(translator)
