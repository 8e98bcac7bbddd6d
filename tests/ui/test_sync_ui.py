"""The sync bridge's status signals and the needs-attention view, against a real central:
a refused acceptance is corrected field by field, by keyboard; a refused item with nothing
to correct here is sent again."""

from __future__ import annotations

import json
import uuid

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.services import sync_service
from app.services.terminal import DEMO_CLERK, DEMO_SUPERVISOR, staff_context
from app.store.models import Acceptance, OutboxItem
from app.store.outbox import enqueue
from app.sync.backoff import Backoff
from app.ui.attention_view import AttentionView
from app.ui.sync_bridge import SyncBridge
from central.auth import add_terminal
from tests.integration.test_amend import corrupt
from tests.sync_helpers import BRANCH, ThreadedCentral, make_acceptances, open_test_terminal
from tests.ui.helpers import enter, focused, press, type_text


@pytest.fixture
def setup(tmp_path, qtbot):
    server = ThreadedCentral(f"sqlite:///{tmp_path / 'central.db'}")
    _, token = add_terminal(server.db, BRANCH)
    db = open_test_terminal(tmp_path / "terminal.db")
    made = make_acceptances(db, 3)
    corrupt(db, made[1].acceptance_id)  # a local acceptance central refuses
    with db.write() as s:  # and an item whose acceptance this terminal does not hold
        good = json.loads(s.scalars(select(OutboxItem.payload)).first())
        stray = dict(good, acceptance_id=str(uuid.uuid4()))
        stray["customs"] = dict(good["customs"], category="bribe")
        stray["pieces"] = [dict(good["pieces"][0], s10="RB123456785GB")]
        enqueue(s, "accept", stray["acceptance_id"], stray, item_uuid=stray["acceptance_id"])
    sync_service.configure(db, server.url, token)
    worker = sync_service.make_worker(
        db, idle_seconds=0.2, probe_seconds=0.1, backoff=Backoff(0.05, 0.2)
    )
    bridge = SyncBridge(db, worker=worker)
    view = AttentionView()
    qtbot.addWidget(view)
    clerk = staff_context(db, DEMO_CLERK[0])
    seen: list[object] = []
    bridge.sig_online_changed.connect(seen.append)
    view.attach(bridge, staff_id=clerk.staff_id, staff_number=clerk.staff_number)
    # The supervisor's PIN dialog of the main window, answered: approved by the supervisor.
    boss = staff_context(db, DEMO_SUPERVISOR[0]).staff_id
    view.approver = lambda: boss
    view.show()
    bridge.start()
    try:
        qtbot.waitUntil(
            lambda: bridge.last is not None and bridge.last.queue_length == 0, timeout=10_000
        )
        # Signals from the worker thread arrive queued: wait for them, not just the state.
        qtbot.waitUntil(lambda: True in seen, timeout=5_000)
        assert bridge.last.online is True and bridge.last.attention == 2
        assert bridge.last.last_success_at is not None
        qtbot.waitUntil(lambda: view.table.rowCount() == 2, timeout=5_000)
        yield db, bridge, view, made[1].acceptance_id, stray["acceptance_id"]
    finally:
        bridge.stop()
        db.close()
        server.stop()


def open_fix(qtbot, view: AttentionView, entity_id: str):
    row = next(i for i, item in enumerate(view.items) if item.entity_id == entity_id)
    view.table.setFocus()
    view.table.selectRow(row)
    press(qtbot, Qt.Key.Key_Return)  # the row's "activate": Fix…
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog.isVisible(), timeout=5_000)
    return view.dialog


def test_clerk_corrects_the_fields_central_named(qtbot, setup) -> None:
    db, bridge, view, bad, _ = setup
    dialog = open_fix(qtbot, view, bad)
    # The fields central named come first, marked, and the cursor is on the first one.
    assert dialog.named == ["addressee.country", "customs.category"]
    assert list(dialog.edits)[:2] == dialog.named
    assert focused() is dialog.edits["addressee.country"]

    type_text(qtbot, "IN")  # the value is selected: typing replaces it
    enter(qtbot)  # Enter moves on, to the next field central named
    assert focused() is dialog.edits["customs.category"]
    type_text(qtbot, "bribe2")  # still not a CN 23 category
    dialog.why.setFocus()
    type_text(qtbot, "mistyped at the counter")
    enter(qtbot)  # from the reason, Enter submits
    qtbot.waitUntil(lambda: "Choose one of" in dialog.error.text(), timeout=5_000)
    assert dialog.isVisible() and focused() is dialog.edits["customs.category"]
    assert dialog.edits["customs.category"].property("invalid") is True
    with db.read() as s:
        assert s.get(Acceptance, bad).addressee_country == "XX"  # nothing was written

    type_text(qtbot, "sale_of_goods")
    approver, view.approver = view.approver, lambda: None  # the supervisor cancels
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "supervisor must approve" in dialog.error.text() and dialog.ok_button.isEnabled()
    view.approver = approver
    with qtbot.waitSignal(bridge.sig_fix_done, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    qtbot.waitUntil(
        lambda: bridge.last.attention == 1 and bridge.last.queue_length == 0, timeout=10_000
    )
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=5_000)
    with db.read() as s:
        row = s.get(Acceptance, bad)
        assert (row.addressee_country, row.customs_category, row.version) == (
            "IN",
            "sale_of_goods",
            2,
        )
        states = sorted(s.scalars(select(OutboxItem.state)))
    assert states == ["done", "done", "done", "fixed", "rejected"]


def test_an_item_with_nothing_to_correct_is_sent_again(qtbot, setup) -> None:
    db, bridge, view, _, stray = setup
    dialog = open_fix(qtbot, view, stray)
    assert dialog.fields == [] and not dialog.scroll.isVisible()
    assert dialog.ok_button.text() == "Send again" and focused() is dialog.why
    enter(qtbot)
    assert dialog.isVisible() and "why" in dialog.error.text().lower()
    type_text(qtbot, "central was updated")
    with qtbot.waitSignal(bridge.sig_fix_done, timeout=10_000):
        enter(qtbot)
    with db.read() as s:
        kinds = [
            (i.kind, i.state)
            for i in s.scalars(select(OutboxItem).where(OutboxItem.entity_id == stray))
        ]
    assert kinds[0] == ("accept", "fixed") and len(kinds) == 2
