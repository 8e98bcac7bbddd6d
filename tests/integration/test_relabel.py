"""A parcel central refused because its S10 number was already used by another acceptance:
"Relabel" gives it a new number from the block and the amendment reaches central."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.services import sync_service
from app.services.amend import AmendRefused
from app.services.relabel import relabel
from app.services.terminal import DEMO_SUPERVISOR, staff_context
from app.store.models import AuditEntry, OutboxItem, Piece
from app.sync.http_transport import HttpTransport
from app.ui.attention_rows import describe
from central.auth import add_terminal
from tests import sync_helpers
from tests.sync_helpers import BRANCH, ThreadedCentral, make_acceptances, open_test_terminal


def test_duplicate_s10_is_relabelled_and_central_stores_the_amendment(tmp_path: Path) -> None:
    server = ThreadedCentral(f"sqlite:///{tmp_path / 'central.db'}")
    _, token = add_terminal(server.db, BRANCH)
    first = open_test_terminal(tmp_path / "a.db")
    second = open_test_terminal(tmp_path / "b.db")
    transports = []
    try:
        serial = sync_helpers._serial[0]
        made_a = make_acceptances(first, 1, seed=7)
        sync_helpers._serial[0] = serial  # the second counter uses the same numbers
        made_b = make_acceptances(second, 1, seed=7)
        shared = set(made_a[0].s10s) & set(made_b[0].s10s)
        assert shared, "both counters labelled a parcel with the same number"
        for db in (first, second):
            sync_service.configure(db, server.url, token)
            transports.append(HttpTransport(server.url, token))
            sync_service.run_once(db, transports[-1], top_up=False)
        [item] = sync_service.attention_items(second)
        row = describe(item)
        assert row.duplicate_s10 in shared
        assert "already used" in row.said and row.todo.startswith("Relabel")
        assert made_b[0].s10s[0] in row.parcel  # the S10, not a UUID

        boss = staff_context(second, DEMO_SUPERVISOR[0])
        done = relabel(second, item.outbox_id, row.duplicate_s10, staff_id=boss.staff_id)
        assert done.new_s10 != done.old_s10
        with second.read() as s:
            pieces = s.scalars(select(Piece.s10)).all()
            assert done.new_s10 in pieces and done.old_s10 not in pieces
            assert s.get(OutboxItem, item.outbox_id).state == "fixed"
            amend = s.scalars(select(OutboxItem).where(OutboxItem.kind == "amend")).one()
            record = json.loads(amend.payload)["record"]
            assert done.new_s10 in [p["s10"] for p in record["pieces"]]
            entry = s.scalars(
                select(AuditEntry).where(AuditEntry.action == "piece.relabelled")
            ).one()
            assert done.old_s10 in entry.details
        report = sync_service.run_once(second, transports[-1], top_up=False)
        assert report.counts.get("rejected", 0) == 0
        assert sync_service.attention_items(second) == []
        # done once: a second relabel of the same item is refused, nothing written
        with pytest.raises(AmendRefused):
            relabel(second, item.outbox_id, done.new_s10, staff_id=boss.staff_id)
    finally:
        for t in transports:
            t.close()
        first.close()
        second.close()
        server.stop()
