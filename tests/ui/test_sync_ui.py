"""The sync bridge's status signals and the needs-attention view, against a real central."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import select

from app.services import sync_service
from app.store.models import OutboxItem
from app.store.outbox import enqueue
from app.sync.backoff import Backoff
from app.ui.attention_view import AttentionView
from app.ui.sync_bridge import SyncBridge
from central.auth import add_terminal
from tests.sync_helpers import BRANCH, ThreadedCentral, make_acceptances, open_test_terminal


@pytest.fixture
def setup(tmp_path):
    server = ThreadedCentral(f"sqlite:///{tmp_path / 'central.db'}")
    _, token = add_terminal(server.db, BRANCH)
    db = open_test_terminal(tmp_path / "terminal.db")
    make_acceptances(db, 2)
    with db.write() as s:
        good = json.loads(s.scalars(select(OutboxItem.payload)).first())
        bad = dict(good, acceptance_id=str(uuid.uuid4()))
        bad["customs"] = dict(good["customs"], category="bribe")
        bad["pieces"] = [dict(good["pieces"][0], s10="RB123456785GB")]
        enqueue(s, "accept", bad["acceptance_id"], bad, item_uuid=bad["acceptance_id"])
    sync_service.configure(db, server.url, token)
    yield db, server
    db.close()
    server.stop()


def test_status_signals_attention_list_and_fix(qtbot, setup):
    db, _ = setup
    worker = sync_service.make_worker(
        db, idle_seconds=0.2, probe_seconds=0.1, backoff=Backoff(0.05, 0.2)
    )
    bridge = SyncBridge(db, worker=worker)
    view = AttentionView()
    qtbot.addWidget(view)
    seen = []
    bridge.sig_online_changed.connect(seen.append)
    with qtbot.waitSignal(
        bridge.sig_attention_loaded, timeout=10_000, check_params_cb=lambda items: len(items) == 1
    ):
        view.attach(bridge, staff_number="9001")
        bridge.start()
    try:
        qtbot.waitUntil(
            lambda: bridge.last is not None and bridge.last.queue_length == 0, timeout=10_000
        )
        assert bridge.last.online is True and bridge.last.attention == 1 and True in seen
        assert bridge.last.last_success_at is not None
        qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=5_000)
        assert "customs.category" in view.table.item(0, 4).text()
        view.table.selectRow(0)
        view.fix_selected()
        dialog = view.dialog
        record = json.loads(dialog.editor.toPlainText())
        record["customs"]["category"] = "sale_of_goods"
        dialog.editor.setPlainText(json.dumps(record))
        dialog._check_and_accept()
        assert dialog.isVisible() and "why" in dialog.error.text().lower()
        dialog.why.setText("category mistyped")
        with qtbot.waitSignal(bridge.sig_fix_done, timeout=10_000):
            dialog._check_and_accept()
        qtbot.waitUntil(
            lambda: bridge.last.attention == 0 and bridge.last.queue_length == 0, timeout=10_000
        )
        with db.read() as s:
            states = sorted(s.scalars(select(OutboxItem.state)))
        assert states == ["done", "done", "done", "fixed"]
        assert view.table.rowCount() == 0
    finally:
        bridge.stop()
