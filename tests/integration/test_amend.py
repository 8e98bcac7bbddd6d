"""Correcting an acceptance central refused: local rows first, then an amendment that
central stores; a correction that is still wrong is refused and writes nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.services import sync_service
from app.services.amend import (
    AmendRefused,
    amend_acceptance,
    central_paths,
    correct_acceptance,
    fix_fields,
)
from app.services.terminal import DEMO_CLERK, DEMO_SUPERVISOR, staff_context
from app.store.database import Database
from app.store.models import Acceptance, AuditEntry, OutboxItem
from app.store.outbox import enqueue
from app.sync.http_transport import HttpTransport
from central.auth import add_terminal
from central.models import CentralAcceptance
from tests.sync_helpers import BRANCH, ThreadedCentral, make_acceptances, open_test_terminal


def test_central_paths_in_counter_form() -> None:
    reason = (
        "record.addressee.country: 'XX' is not an ISO 3166 country code such as RU or IN. "
        "customs.category: 'bribe' is not a CN 23 category (gift, documents). "
        "customs.lines[2].value: missing or not a decimal amount. pieces[1].s10: Check digit."
    )
    assert central_paths(reason) == [
        "addressee.country",
        "customs.category",
        "customs.lines.1.value",
        "pieces.0.s10",
    ]


def corrupt(db: Database, acceptance_id: str) -> None:
    """What a terminal with an older rule set might have let through: the local row and
    its queued item both carry a category and a country central refuses."""
    with db.write() as s:
        row = s.get(Acceptance, acceptance_id)
        assert row is not None
        row.customs_category, row.addressee_country = "bribe", "XX"
        item = s.scalars(select(OutboxItem).where(OutboxItem.entity_id == acceptance_id)).one()
        payload = json.loads(item.payload)
        payload["customs"]["category"] = "bribe"
        payload["addressee"]["country"] = "XX"
        s.delete(item)
        s.flush()
        enqueue(s, "accept", acceptance_id, payload, item_uuid=item.item_uuid)


@pytest.fixture
def refused(tmp_path: Path) -> Iterator[tuple[Database, ThreadedCentral, HttpTransport, int, str]]:
    server = ThreadedCentral(f"sqlite:///{tmp_path / 'central.db'}")
    _, token = add_terminal(server.db, BRANCH)
    db = open_test_terminal(tmp_path / "terminal.db")
    made = make_acceptances(db, 3)
    bad = made[1].acceptance_id
    corrupt(db, bad)
    sync_service.configure(db, server.url, token)
    transport = HttpTransport(server.url, token)
    report = sync_service.run_once(db, transport, top_up=False)
    assert report.counts == {"stored": 2, "rejected": 1}
    [item] = sync_service.attention_items(db)
    yield db, server, transport, item.outbox_id, bad
    transport.close()
    db.close()
    server.stop()


def test_correction_updates_the_terminal_and_reaches_central(refused) -> None:
    db, server, transport, outbox_id, bad = refused
    clerk = staff_context(db, DEMO_CLERK[0])
    boss = staff_context(db, DEMO_SUPERVISOR[0]).staff_id
    [item] = sync_service.attention_items(db)
    named = central_paths(item.reason)
    assert named[:2] == ["addressee.country", "customs.category"]
    fields = {f.path: f for f in fix_fields(db, outbox_id)}
    assert fields["customs.category"].value == "bribe"
    assert fields["customs.lines.0.quantity"].kind == "whole"
    assert not any(p.startswith(("pieces", "fee")) for p in fields)  # scale and tariff values

    # Still wrong: refused at the field, nothing written.
    with pytest.raises(AmendRefused) as err:
        amend_acceptance(
            db,
            outbox_id,
            {"customs.category": "bribe2", "addressee.country": "IN"},
            reason="typo",
            staff_id=clerk.staff_id,
            approved_by=boss,
        )
    assert [p.field for p in err.value.problems] == ["customs.category"]
    with pytest.raises(AmendRefused) as err:
        amend_acceptance(
            db,
            outbox_id,
            {"customs.lines.0.quantity": "two"},
            reason="typo",
            staff_id=clerk.staff_id,
            approved_by=boss,
        )
    assert "whole number" in str(err.value)
    # A clerk alone, or a clerk "approving" a clerk, does not make a correction.
    for approver in (None, clerk.staff_id):
        with pytest.raises(AmendRefused, match="supervisor must approve"):
            amend_acceptance(
                db,
                outbox_id,
                {"addressee.country": "IN"},
                reason="x",
                staff_id=clerk.staff_id,
                approved_by=approver,
            )
    with pytest.raises(AmendRefused, match="why"):
        amend_acceptance(db, outbox_id, {"addressee.country": "IN"}, reason=" ", staff_id=1)
    with db.read() as s:
        row = s.get(Acceptance, bad)
        assert row is not None and row.addressee_country == "XX" and row.version == 1
        assert s.get(OutboxItem, outbox_id).state == "rejected"

    new_uuid = amend_acceptance(
        db,
        outbox_id,
        {"customs.category": "sale_of_goods", "addressee.country": "in"},
        reason="category and country mistyped at the counter",
        staff_id=clerk.staff_id,
        approved_by=boss,
    )
    with db.read() as s:
        row = s.get(Acceptance, bad)
        assert row is not None
        assert (row.customs_category, row.addressee_country, row.version) == (
            "sale_of_goods",
            "IN",
            2,
        )
        assert s.get(OutboxItem, outbox_id).state == "fixed"
        new = s.scalars(select(OutboxItem).where(OutboxItem.item_uuid == new_uuid)).one()
        assert new.kind == "amend" and new.state == "pending"
        trail = s.scalars(select(AuditEntry).where(AuditEntry.action == "acceptance.amended")).one()
        details = json.loads(trail.details)
        assert details["fields"] == ["customs.category", "addressee.country"]
        assert details["approved_by"] == boss and trail.staff_id == clerk.staff_id
        assert json.loads(new.payload)["approved_by"] == DEMO_SUPERVISOR[0]
        assert "IN" not in trail.details  # field names only, no values

    report = sync_service.run_once(db, transport, top_up=False)
    assert report.counts == {"stored": 1}, report
    assert sync_service.attention_items(db) == []
    with server.db.read() as s:
        stored = s.get(CentralAcceptance, bad)
        assert stored is not None
        record = json.loads(stored.record)
    assert record["customs"]["category"] == "sale_of_goods"
    assert record["addressee"]["country"] == "IN"
    # The fixed item is done with: correcting it again is refused, nothing is queued twice.
    with pytest.raises(AmendRefused, match="does not need attention"):
        amend_acceptance(db, outbox_id, {"addressee.city": "Pune"}, reason="again", staff_id=1)


def test_a_refused_void_has_nothing_to_correct(refused) -> None:
    db, _, _, _, bad = refused
    with db.write() as s:
        void = enqueue(s, "void", bad, {"schema": 1, "kind": "void", "acceptance_id": bad})
        s.flush()
        void.state = "rejected"
        void_id = void.id
    assert fix_fields(db, void_id) == []
    with pytest.raises(AmendRefused, match="not an acceptance"):
        amend_acceptance(db, void_id, {}, reason="x", staff_id=1)


def test_a_typo_seen_after_accept_is_corrected_and_reaches_central(tmp_path: Path) -> None:
    server = ThreadedCentral(f"sqlite:///{tmp_path / 'central.db'}")
    _, token = add_terminal(server.db, BRANCH)
    db = open_test_terminal(tmp_path / "terminal.db")
    transport = HttpTransport(server.url, token)
    try:
        sent, waiting = make_acceptances(db, 2)
        sync_service.configure(db, server.url, token)
        assert sync_service.run_once(db, transport, top_up=False).counts == {"stored": 2}
        waiting_too = make_acceptances(db, 1, seed=5)[0]  # accepted offline, not sent yet
        clerk = staff_context(db, DEMO_CLERK[0])
        boss = staff_context(db, DEMO_SUPERVISOR[0]).staff_id
        for made in (sent, waiting_too):
            correct_acceptance(
                db,
                made.acceptance_id,
                {"addressee.phone": "+91 98100 99999", "customs.comments": "Handle with care"},
                reason="phone mistyped, comment added",
                staff_id=clerk.staff_id,
                approved_by=boss,
            )
        with pytest.raises(AmendRefused, match="Nothing was changed"):
            correct_acceptance(
                db,
                sent.acceptance_id,
                {"addressee.phone": "+91 98100 99999"},
                reason="again",
                staff_id=boss,
            )
        with pytest.raises(AmendRefused, match="supervisor must approve"):
            correct_acceptance(
                db,
                waiting.acceptance_id,
                {"addressee.city": "Pune"},
                reason="x",
                staff_id=clerk.staff_id,
            )
        # The queue holds, in order: the offline accept, then the two amendments.
        report = sync_service.run_once(db, transport, top_up=False)
        assert report.counts == {"stored": 3}, report
        with db.read() as s:
            row = s.get(Acceptance, sent.acceptance_id)
            assert row.addressee_phone == "+91 98100 99999" and row.version == 2
        with server.db.read() as s:
            for made in (sent, waiting_too):
                stored = s.get(CentralAcceptance, made.acceptance_id)
                record = json.loads(stored.record)
                assert record["addressee"]["phone"] == "+91 98100 99999"
                assert record["customs"]["comments"] == "Handle with care"
            assert s.get(CentralAcceptance, sent.acceptance_id).version == 2
            untouched = json.loads(s.get(CentralAcceptance, waiting.acceptance_id).record)
            assert untouched["customs"]["comments"] != "Handle with care"
    finally:
        transport.close()
        db.close()
        server.stop()


def test_a_voided_acceptance_is_not_corrected(db: Database, clerk) -> None:
    from app.services.void import void_acceptance

    [made] = make_acceptances(db, 1)
    void_acceptance(
        db, clerk, made.acceptance_id, supervisor_number=DEMO_SUPERVISOR[0],
        pin=DEMO_SUPERVISOR[1], reason="customer took it back",
    )  # fmt: skip
    boss = staff_context(db, DEMO_SUPERVISOR[0]).staff_id
    with pytest.raises(AmendRefused, match="voided"):
        correct_acceptance(
            db, made.acceptance_id, {"addressee.city": "Pune"}, reason="x", staff_id=boss
        )
