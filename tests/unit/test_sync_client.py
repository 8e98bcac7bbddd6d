"""drain() and the sync use cases against the real central app on a loopback port."""

from __future__ import annotations

import json
import random
import uuid
from datetime import UTC, datetime

import httpx
import pytest
from sqlalchemy import func, select

from app.domain.s10 import S10
from app.services import s10_blocks, sync_service
from app.store.models import OutboxItem, S10Block
from app.store.outbox import enqueue
from app.sync.backoff import Backoff
from app.sync.http_transport import HttpTransport, parse_retry_after
from app.sync.protocol import AuthError
from central.auth import add_terminal
from central.models import CentralAcceptance, SyncItem, TrackingEvent
from tests.sync_helpers import BRANCH, ThreadedCentral, make_acceptances, open_test_terminal


@pytest.fixture
def central(tmp_path):
    server = ThreadedCentral(f"sqlite:///{tmp_path / 'central.db'}")
    _, token = add_terminal(server.db, BRANCH)
    _, other = add_terminal(server.db, "OTHER-1")
    with httpx.Client(base_url=server.url) as client:
        yield server, client, token, other
    server.stop()


@pytest.fixture
def terminal(tmp_path):
    db = open_test_terminal(tmp_path / "terminal.db")
    yield db
    db.close()


_open: list[HttpTransport] = []


@pytest.fixture(autouse=True)
def _close_transports():
    yield
    while _open:
        _open.pop().close()


def transport_for(client, token):
    t = HttpTransport(str(client.base_url), token)
    _open.append(t)
    return t


def configure(db, client, token):
    return sync_service.configure(db, str(client.base_url), token)


def test_backoff_full_jitter_capped_and_retry_after():
    b = Backoff(base=1, cap=60, rng=random.Random(1))
    assert all(0 <= b.delay(n) <= min(60, 2 ** (n - 1)) for n in range(1, 30) for _ in range(20))
    assert b.delay(3, retry_after=30) >= 30
    assert parse_retry_after("7") == 7
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0
    assert parse_retry_after("soon") is None


def test_drain_stores_each_acceptance_once_and_records_ema(terminal, central):
    app, client, token, _ = central
    made = make_acceptances(terminal, 7)
    configure(terminal, client, token)
    t = transport_for(client, token)
    report = sync_service.run_once(terminal, t, top_up=False, batch_size=3)
    assert report.ok and report.counts == {"stored": 7} and report.batches == 3
    # Sending everything again (as after a lost answer) gives duplicates, never new rows.
    with terminal.write() as s:
        s.query(OutboxItem).update({"state": "pending"})
    again = sync_service.run_once(terminal, t, top_up=False)
    assert again.counts == {"duplicate": 7}
    with app.db.read() as s:
        assert s.scalar(select(func.count()).select_from(SyncItem)) == 7
        assert set(s.scalars(select(CentralAcceptance.id))) == {m.acceptance_id for m in made}
        assert s.scalar(select(func.count()).select_from(TrackingEvent)) == sum(
            len(m.s10s) for m in made
        )
    resp = client.get(f"/v1/tracking/{made[0].s10s[0]}")
    assert resp.status_code == 200 and resp.json()["events"][0]["code"] == "EMA"
    st = sync_service.status(terminal)
    assert st.queue_length == 0 and st.attention == 0 and st.last_success_at is not None


def test_rejected_item_does_not_block_and_can_be_fixed(terminal, central):
    _, client, token, _ = central
    make_acceptances(terminal, 2)
    with terminal.write() as s:
        good = json.loads(s.scalars(select(OutboxItem.payload)).first())
        bad = dict(good, acceptance_id=str(uuid.uuid4()))
        del bad["sender"]
        bad["pieces"] = [dict(bad["pieces"][0], s10="RB123456786US")]
        bad_item = enqueue(s, "accept", bad["acceptance_id"], bad, item_uuid=bad["acceptance_id"])
        s.flush()
        bad_id = bad_item.id
    make_acceptances(terminal, 2, seed=9)
    configure(terminal, client, token)
    report = sync_service.run_once(terminal, transport_for(client, token), top_up=False)
    assert report.counts == {"stored": 4, "rejected": 1}
    items = sync_service.attention_items(terminal)
    assert [i.outbox_id for i in items] == [bad_id]
    assert "sender: missing" in items[0].reason and "Check digit" in items[0].reason
    # corrected to a number the heavy-parcel product takes (central applies its S10 policy)
    fixed = dict(bad, sender=good["sender"], pieces=[dict(good["pieces"][0], s10="CP123456785RU")])
    sync_service.fix_item(terminal, bad_id, reason="label misread", corrected=fixed)
    assert sync_service.attention_items(terminal) == []
    report = sync_service.run_once(terminal, transport_for(client, token), top_up=False)
    assert report.counts == {"stored": 1}, report


def test_same_uuid_different_payload_is_a_conflict(terminal, central):
    app, client, token, _ = central
    make_acceptances(terminal, 1)
    configure(terminal, client, token)
    sync_service.run_once(terminal, transport_for(client, token), top_up=False)
    with terminal.write() as s:
        row = s.scalars(select(OutboxItem)).one()
        changed = json.loads(row.payload)
        changed["staff"] = "someone else"
        s.delete(row)
        s.flush()
        enqueue(s, "accept", row.entity_id, changed, item_uuid=row.item_uuid)
    report = sync_service.run_once(terminal, transport_for(client, token), top_up=False)
    assert report.counts == {"conflict": 1}
    [item] = sync_service.attention_items(terminal)
    assert item.state == "conflict" and "did not overwrite" in item.reason
    with app.db.read() as s:
        stored = s.scalars(select(SyncItem.payload)).one()
    assert json.loads(stored)["staff"] != "someone else"


def test_auth_errors(terminal, central):
    _, client, token, other = central
    assert client.post("/v1/sync/batches", json={"branch": BRANCH, "items": []}).status_code == 401
    wrong = {"Authorization": "Bearer nope"}
    assert (
        client.post(
            "/v1/sync/batches", json={"branch": BRANCH, "items": []}, headers=wrong
        ).status_code
        == 401
    )
    with pytest.raises(AuthError, match="branch OTHER-1"):
        transport_for(client, other).send_batch(BRANCH, [])
    make_acceptances(terminal, 1)
    configure(terminal, client, token)
    report = sync_service.run_once(terminal, transport_for(client, other), top_up=False)
    assert report.auth_failed and sync_service.status(terminal).queue_length == 1


def test_s10_reserve_top_up_and_next(terminal, central):
    _, client, token, _ = central
    configure(terminal, client, token)
    t = transport_for(client, token)
    blocks = s10_blocks.top_up(terminal, t, BRANCH)
    assert [b.service for b in blocks] == ["CP"]
    assert s10_blocks.top_up(terminal, t, BRANCH) == []  # reserve is above low water
    issued = []
    for _ in range(5):
        with terminal.write() as s:
            issued.append(s10_blocks.next_s10(s, "CP", "RU"))
    assert len(set(issued)) == 5
    assert issued[0] == str(S10.build("CP", blocks[0].first_serial, "RU"))
    with terminal.write() as s:
        # use up central's blocks and the demo block this demo terminal started with
        s.query(S10Block).update({"next_serial": S10Block.last_serial + 1})
    with terminal.write() as s, pytest.raises(s10_blocks.S10ReserveEmpty):
        s10_blocks.next_s10(s, "CP", "RU")
    assert s10_blocks.top_up(terminal, t, BRANCH)[0].first_serial == blocks[0].last_serial + 1


def test_central_rejects_missing_keys_without_500(central):
    _, client, token, _ = central
    items = [
        {
            "item_uuid": str(uuid.uuid4()),
            "seq": 1,
            "kind": "accept",
            "payload": "{}",
            "payload_sha256": "0" * 64,
        },
        {"seq": 2},
        {
            "item_uuid": str(uuid.uuid4()),
            "seq": 3,
            "kind": "void",
            "payload": "[1]",
            "payload_sha256": __import__("hashlib").sha256(b"[1]").hexdigest(),
        },
    ]
    resp = client.post(
        "/v1/sync/batches",
        json={"branch": BRANCH, "items": items},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert resp.status_code == 200
    assert [r["status"] for r in resp.json()["results"]] == ["rejected"] * 3
    assert all(r["reason"] for r in resp.json()["results"])
    assert datetime.now(UTC)  # keeps the import honest
