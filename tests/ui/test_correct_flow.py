"""A typo seen after Accept: the clerk corrects the acceptance from today's list (F2), a
supervisor approves, the documents print again and central gets an amendment."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.domain.product import DEFAULT_HEAVY
from app.services.acceptance import accept
from app.services.counter_rules import counter_rules
from app.services.pricing import default_pricing
from app.services.terminal import DEMO_SUPERVISOR, CounterContext
from app.store.database import Database
from app.store.models import Acceptance, AuditEntry, OutboxItem
from app.ui.application import make_app
from app.ui.main_window import MainWindow
from tests.factories import consignment
from tests.ui.helpers import enter, focused, press, type_text
from tests.ui.test_void_flow import answer_dialog


def test_clerk_corrects_a_typo_with_a_supervisor(
    qtbot: QtBot, db: Database, clerk: CounterContext
) -> None:
    make_app()
    result = accept(db, clerk, consignment(), limits=DEFAULT_HEAVY, pricing=default_pricing())
    win = MainWindow(db, clerk, counter_rules())
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: win.day.table.rowCount() == 1)
    try:
        win.day.table.setFocus()
        win.day.table.selectRow(0)
        press(qtbot, Qt.Key.Key_F2)
        qtbot.waitUntil(
            lambda: win.correction_dialog is not None and win.correction_dialog.isVisible(),
            timeout=5000,
        )
        dialog = win.correction_dialog
        assert "pieces.0.s10" not in dialog.edits  # numbers, weights and money stay
        assert focused() is dialog.edits["sender.name"]  # the first field, ready to type

        # Wiping the addressee's name is refused at the field, and nothing is written.
        name = dialog.edits["addressee.name"]
        name.setFocus()
        name.selectAll()
        press(qtbot, Qt.Key.Key_Delete)
        dialog.why.setFocus()
        type_text(qtbot, "name")
        answer_dialog(qtbot, DEMO_SUPERVISOR[0], DEMO_SUPERVISOR[1], "")
        enter(qtbot)
        qtbot.waitUntil(lambda: name.property("invalid") is True, timeout=5000)
        assert focused() is name and dialog.isVisible()
        with db.read() as s:
            assert s.get(Acceptance, result.acceptance_id).version == 1
        type_text(qtbot, "Rajesh Kumar Sharma")

        phone = dialog.edits["addressee.phone"]
        phone.setFocus()
        phone.selectAll()
        type_text(qtbot, "+91 98100 99999")
        dialog.why.setFocus()
        dialog.why.selectAll()
        type_text(qtbot, "phone number mistyped")
        answer_dialog(qtbot, DEMO_SUPERVISOR[0], DEMO_SUPERVISOR[1], "")
        with qtbot.waitSignal(win.printer.sig_preview_opened, timeout=15_000) as opened:
            enter(qtbot)  # from the reason: submit; the supervisor approves
        qtbot.addWidget(opened.args[0])  # the corrected documents, ready to print again
        assert win.correction_dialog is None  # closed when the correction was stored
        assert "Corrected" in win.statusBar().currentMessage()

        with db.read() as s:
            row = s.get(Acceptance, result.acceptance_id)
            assert row.addressee_phone == "+91 98100 99999" and row.version == 2
            amend_item = s.scalars(select(OutboxItem).where(OutboxItem.kind == "amend")).one()
            assert amend_item.state == "pending"
            payload = json.loads(amend_item.payload)
            assert payload["approved_by"] == DEMO_SUPERVISOR[0]
            assert payload["record"]["addressee"]["phone"] == "+91 98100 99999"
            trail = s.scalars(
                select(AuditEntry).where(AuditEntry.action == "acceptance.amended")
            ).one()
            assert set(json.loads(trail.details)["fields"]) <= {"addressee.phone", "addressee.name"}
    finally:
        win.close()
