"""Central holds and serves the advance data per item, and refuses identifiers the
product cannot take (another operator's, another service's, non-ASCII digits), through
the real central process on loopback."""

from __future__ import annotations

import json
import uuid

import httpx
import pytest
import xmlschema

from app.services import sync_service
from app.services.paths import resource
from app.store.models import OutboxItem
from app.store.outbox import canonical_json, payload_hash
from central.auth import add_terminal
from central.db import CentralDB, migrate
from tests.integration.central_process import CentralProcess
from tests.integration.test_sync_faults import run_worker_until_drained
from tests.sync_helpers import BRANCH, make_acceptances, open_test_terminal


@pytest.fixture
def central(tmp_path):
    url = f"sqlite:///{tmp_path / 'central.db'}"
    db = CentralDB(url)
    migrate(db.engine)
    _, token = add_terminal(db, BRANCH)
    proc = CentralProcess(url, tmp_path / "central.log")
    proc.start()
    yield proc, token
    proc.stop()
    db.close()


def test_central_serves_each_items_advance_data(tmp_path, central):
    proc, token = central
    terminal = open_test_terminal(tmp_path / "terminal.db")
    try:
        made = make_acceptances(terminal, 6, seed=3)
        sync_service.configure(terminal, proc.url, token, check=False)
        with terminal.write() as s:
            sync_service.set_setting(s, "central.branch", BRANCH)
        run_worker_until_drained(terminal)
    finally:
        terminal.close()
    multi = next(m for m in made if len(m.s10s) > 1)
    auth = {"Authorization": f"Bearer {token}"}
    schema = xmlschema.XMLSchema(resource("schemas", "postcounter-itmatt-1.xsd"))
    for n, s10 in enumerate(multi.s10s, start=1):
        r = httpx.get(f"{proc.url}/v1/items/{s10}/advance-data", headers=auth)
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["acceptance_id"] == multi.acceptance_id
        schema.validate(body["itmatt_xml"])
        assert f"<ItemId>{s10}</ItemId>" in body["itmatt_xml"]
        assert f"<PieceNumber>{n}</PieceNumber>" in body["itmatt_xml"]
        assert "<EventCode>EMA</EventCode>" in body["emsevt_xml"] and s10 in body["emsevt_xml"]
    assert httpx.get(f"{proc.url}/v1/items/{multi.s10s[0]}/advance-data").status_code == 401
    missing = httpx.get(f"{proc.url}/v1/items/CP999999995RU/advance-data", headers=auth)
    assert missing.status_code == 404
    bad = httpx.get(f"{proc.url}/v1/items/CP١٢٣٤٥٦٧٨٥RU/advance-data", headers=auth)
    assert bad.status_code == 422 and "digits of another script" in bad.json()["detail"]


@pytest.mark.parametrize(
    ("s10", "words"),
    [
        ("RR287043775IN", "another operator (IN)"),
        ("EE123456785RU", "service indicator EE"),
        ("CP123456785ZZ", "not an ISO 3166"),
        ("CP١٢٣٤٥٦٧٨٥RU", "digits of another script"),
    ],
)
def test_central_refuses_identifiers_the_product_cannot_take(tmp_path, central, s10, words):
    proc, token = central
    terminal = open_test_terminal(tmp_path / "terminal.db")
    try:
        make_acceptances(terminal, 1, seed=5)
        with terminal.read() as s:
            payload = json.loads(s.query(OutboxItem).one().payload)
    finally:
        terminal.close()
    payload["acceptance_id"] = str(uuid.uuid4())
    payload["pieces"][0]["s10"] = s10
    text = canonical_json(payload)
    item = {
        "item_uuid": payload["acceptance_id"],
        "seq": 1,
        "kind": "accept",
        "payload": text,
        "payload_sha256": payload_hash(text),
    }
    r = httpx.post(
        f"{proc.url}/v1/sync/batches",
        json={"branch": BRANCH, "items": [item]},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert r.status_code == 200
    (result,) = r.json()["results"]
    assert result["status"] == "rejected" and words in result["reason"]
