"""Issue 11, cases 1, 2, 3, 5 and 7: central tried as a hostile or unlucky terminal would,
over loopback against the real app on SQLite and on the local PostgreSQL; every test
checks the database afterwards (rows unchanged where refused).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from central.auth import add_terminal
from central.db import CentralDB, migrate
from central.ingest import Caller, ingest
from central.models import Parcel, S10Allocation, SyncItem, TrackingEvent
from central.settings import CentralSettings
from tests.integration.central_cases import (
    BRANCH_A,
    BRANCH_B,
    acceptance,
    acceptance_row,
    counts,
    database_url,
    item,
    next_s10,
)
from tests.sync_helpers import ThreadedCentral


@dataclass
class Central:
    server: ThreadedCentral
    client: httpx.Client
    token_a: str
    token_b: str

    @property
    def db(self) -> Any:
        return self.server.db

    def post(self, token: str, items: list[dict], branch: str | None = None) -> httpx.Response:
        return self.client.post(
            "/v1/sync/batches",
            json={"branch": branch or self.branch_of(token), "items": items},
            headers={"Authorization": f"Bearer {token}"},
        )

    def branch_of(self, token: str) -> str:
        return BRANCH_A if token == self.token_a else BRANCH_B

    def statuses(self, token: str, items: list[dict]) -> list[str]:
        resp = self.post(token, items)
        assert resp.status_code == 200, resp.text
        return [r["status"] for r in resp.json()["results"]]


def _central(kind: str, tmp_path: Path, settings: CentralSettings | None = None) -> Iterator:
    with database_url(kind, tmp_path) as url:
        server = ThreadedCentral(url, settings)
        _, a = add_terminal(server.db, BRANCH_A)
        _, b = add_terminal(server.db, BRANCH_B)
        with httpx.Client(base_url=server.url, timeout=30) as client:
            yield Central(server, client, a, b)
        server.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def central(request, tmp_path) -> Iterator[Central]:
    yield from _central(request.param, tmp_path)


# --- case 1: a terminal of branch B cannot touch branch A's acceptance ---------------------


def test_case1_other_branch_cannot_amend_void_or_reuse_an_acceptance(central: Central) -> None:
    record = acceptance(BRANCH_A)
    acc = record["acceptance_id"]
    assert central.statuses(central.token_a, [item("accept", record, acc)]) == ["stored"]
    before, rows_before = acceptance_row(central.db, acc), counts(central.db)

    stolen = dict(record, branch=BRANCH_B)
    stolen["sender"] = dict(record["sender"], name="Mallory")
    amend = {"schema": 1, "acceptance_id": acc, "branch": BRANCH_B, "reason": "x"}
    void = {
        "schema": 1,
        "acceptance_id": acc,
        "branch": BRANCH_B,
        "reason": "gone",
        "voided_at": record["accepted_at"],
    }
    resp = central.post(
        central.token_b,
        [
            item("amend", dict(amend, record=stolen)),
            item("void", void),
            item("accept", stolen),
        ],
    )
    assert resp.status_code == 200
    results = resp.json()["results"]
    assert [r["status"] for r in results] == ["rejected"] * 3
    assert all("another branch" in r["reason"] for r in results), results
    assert acceptance_row(central.db, acc) == before  # A's record untouched
    assert counts(central.db) == rows_before

    # B's token writing in A's name: the envelope is refused as a whole.
    resp = central.post(central.token_b, [item("amend", dict(amend, record=stolen))], BRANCH_A)
    assert resp.status_code == 403 and "branch" in resp.json()["detail"]
    resp = central.client.post(
        "/v1/s10/blocks",
        json={"service": "CP", "country": "RU", "count": 10, "branch": BRANCH_A},
        headers={"Authorization": f"Bearer {central.token_b}"},
    )
    assert resp.status_code == 403
    assert counts(central.db) == rows_before
    with central.db.read() as s:
        assert s.scalars(select(S10Allocation)).all() == []

    # A's own amendment still works.
    fixed = dict(record, sender=dict(record["sender"], name="Ivanov S. P."))
    own = dict(amend, branch=BRANCH_A, record=fixed)
    assert central.statuses(central.token_a, [item("amend", own)]) == ["stored"]
    after = acceptance_row(central.db, acc)
    assert after is not None and after["version"] == 2 and after["branch"] == BRANCH_A
    assert json.loads(after["record"])["sender"]["name"] == "Ivanov S. P."


# --- case 2: one S10, one spelling -----------------------------------------------------------


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) - ord("0") + 0xFF10) if c.isdigit() else c for c in text)


def _arabic_indic(text: str) -> str:
    return "".join(chr(ord(c) - ord("0") + 0x0660) if c.isdigit() else c for c in text)


def test_case2_s10_spellings_are_one_parcel(central: Central) -> None:
    s10 = next_s10()
    spaced = f"{s10[:2]} {s10[2:5]} {s10[5:8]} {s10[8:11]} {s10[11:]}"
    # Stored in canonical form even when the first terminal spelt it loosely.
    first = acceptance(BRANCH_A, [spaced.lower()])
    assert central.statuses(central.token_a, [item("accept", first)]) == ["stored"]
    with central.db.read() as s:
        assert s.scalars(select(Parcel.s10)).all() == [s10]
        assert s.scalars(select(TrackingEvent.s10)).all() == [s10]
    before = counts(central.db)

    same = [
        s10.lower(),
        spaced,
        f"{s10[:2]}-{s10[2:11]}-{s10[11:]}",
        s10 + "\n",
        f" {s10}\t",
    ]
    bad = [_fullwidth(s10), _arabic_indic(s10), s10[:-3] + "X" + s10[-2:]]
    for token in (central.token_b, central.token_a):
        batch = [item("accept", acceptance(central.branch_of(token), [t])) for t in same + bad]
        resp = central.post(token, batch)
        assert resp.status_code == 200, resp.text
        results = resp.json()["results"]
        assert [r["status"] for r in results] == ["rejected"] * len(batch)
        for r in results[: len(same)]:
            assert "already registered" in r["reason"], r
        for r in results[len(same) :]:
            assert "s10" in r["reason"], r
    assert counts(central.db) == before

    # Tracking takes what a person types and answers in canonical form.
    for typed in (spaced.lower(), s10, f"{s10[:2]}-{s10[2:]}"):
        resp = central.client.get(f"/v1/tracking/{typed}")
        assert resp.status_code == 200 and resp.json()["s10"] == s10
    resp = central.client.get(f"/v1/tracking/{_fullwidth(s10)}")
    assert resp.status_code == 422 and "detail" in resp.json()


# --- case 3: one bad item never sinks its batch ----------------------------------------------


def _deep(n: int) -> str:
    return "[" * n + "]" * n


def _bad_items() -> list[tuple[str, dict]]:
    def with_piece(**change: Any) -> dict:
        rec = acceptance(BRANCH_A)
        rec["pieces"][0].update(change)
        return rec

    def with_time(at: str) -> dict:
        rec = acceptance(BRANCH_A)
        rec["accepted_at"] = at
        return rec

    cat = acceptance(BRANCH_A)
    cat["customs"]["category"] = {"gift": True}
    nul = acceptance(BRANCH_A)
    nul["sender"]["name"] = "Ivan\x00ov"
    cases = [
        ("seq abc", item("accept", with_piece(seq="abc"))),
        ("seq 2^63", item("accept", with_piece(seq=2**63))),
        ("seq inf", item("accept", json.dumps(with_piece(seq=float("inf"))))),
        ("year 1", item("accept", with_time("0001-01-01T00:00:00+00:00"))),
        ("year 9999", item("accept", with_time("9999-12-31T23:59:59+00:00"))),
        ("category object", item("accept", cat)),
        ("100,000 deep", item("accept", _deep(100_000))),
        ("NUL in a name", item("accept", nul)),
        ("NUL in the text", item("accept", '{"schema":1,"x":"\x00"}')),
        ("envelope seq abc", dict(item("accept", acceptance(BRANCH_A)), seq="abc")),
        ("envelope seq 2^63", dict(item("accept", acceptance(BRANCH_A)), seq=2**63)),
        ("kind an object", dict(item("accept", acceptance(BRANCH_A)), kind={"a": 1})),
        ("payload a number", dict(item("accept", acceptance(BRANCH_A)), payload=5)),
        ("hash a list", dict(item("accept", acceptance(BRANCH_A)), payload_sha256=["0"])),
    ]
    return cases


def test_case3_bad_items_rejected_rest_stored(central: Central) -> None:
    good = [item("accept", acceptance(BRANCH_A)) for _ in range(3)]
    bad = _bad_items()
    batch = [good[0], *[b for _, b in bad[:6]], good[1], *[b for _, b in bad[6:]], good[2]]
    resp = central.post(central.token_a, batch)
    assert resp.status_code == 200, resp.text
    by_uuid = {r["item_uuid"]: r for r in resp.json()["results"]}
    for g in good:
        assert by_uuid[g["item_uuid"]]["status"] == "stored"
    for name, b in bad:
        r = by_uuid[b["item_uuid"]]
        assert r["status"] == "rejected" and r["reason"], name
    with central.db.read() as s:
        assert set(s.scalars(select(SyncItem.item_uuid))) == {g["item_uuid"] for g in good}
    assert counts(central.db)["acceptances"] == 3
    # The same batch again: the good ones are duplicates, the bad ones still rejected.
    again = central.post(central.token_a, batch).json()["results"]
    assert sorted(r["status"] for r in again) == ["duplicate"] * 3 + ["rejected"] * len(bad)


# --- case 5: S10 quota per branch ------------------------------------------------------------


@pytest.fixture(params=["sqlite", "postgres"])
def quota_central(request, tmp_path) -> Iterator[Central]:
    settings = CentralSettings(blocks_per_day=3, max_outstanding_serials=2500)
    yield from _central(request.param, tmp_path, settings)


def test_case5_s10_quota_per_branch(quota_central: Central) -> None:
    c = quota_central

    def block(token: str, count: int) -> httpx.Response:
        return c.client.post(
            "/v1/s10/blocks",
            json={"service": "CP", "country": "RU", "count": count},
            headers={"Authorization": f"Bearer {token}"},
        )

    assert block(c.token_a, 1000).status_code == 200
    assert block(c.token_a, 1000).status_code == 200
    over = block(c.token_a, 1000)  # 3000 outstanding > 2500
    assert over.status_code == 409 and "quota" in over.json()["detail"]
    assert block(c.token_a, 100).status_code == 200  # third block of the day, 2100 outstanding
    daily = block(c.token_a, 10)
    assert daily.status_code == 409 and "daily quota" in daily.json()["detail"]
    assert block(c.token_b, 1000).status_code == 200  # another branch has its own quota
    with c.db.read() as s:
        rows = s.execute(select(S10Allocation.branch, S10Allocation.last_serial)).all()
    assert sorted(b for b, _ in rows) == [BRANCH_A] * 3 + [BRANCH_B]
    assert max(last for _, last in rows) == 3100  # refused requests took no serials


# --- case 7: values without a bound ----------------------------------------------------------


def test_case7_unbounded_values_rejected(central: Central) -> None:
    huge_value = acceptance(BRANCH_A)
    huge_value["customs"]["lines"][0]["value"] = "1E+1000000"
    huge_fee = acceptance(BRANCH_A)
    huge_fee["fee"]["amount"] = "1e999999999"
    ancient = acceptance(BRANCH_A)
    ancient["business_day"] = "0001-01-01"
    many = acceptance(BRANCH_A)
    many["customs"]["lines"] = many["customs"]["lines"] * 1000
    long_name = acceptance(BRANCH_A)
    long_name["sender"]["name"] = "x" * 5000
    big_xml = acceptance(BRANCH_A)
    big_xml["itmatt_xml"] = "<x/>" * 40_000  # 160 kB > 128 kB
    batch = [item("accept", p) for p in (huge_value, huge_fee, ancient, many, long_name, big_xml)]
    resp = central.post(central.token_a, batch)
    assert resp.status_code == 200
    results = resp.json()["results"]
    assert [r["status"] for r in results] == ["rejected"] * len(batch)
    assert "customs.lines[1].value" in results[0]["reason"]
    assert "fee.amount" in results[1]["reason"]
    assert "business_day" in results[2]["reason"]
    assert "customs.lines" in results[3]["reason"]
    assert "sender.name" in results[4]["reason"]
    assert counts(central.db) == {
        "sync_items": 0,
        "acceptances": 0,
        "parcels": 0,
        "tracking_events": 0,
    }


def test_logs_name_the_item_never_its_payload(central: Central, caplog) -> None:
    caplog.set_level(logging.INFO, logger="central")
    rec = acceptance(BRANCH_A)
    rec["sender"]["name"] = "Zaphod Beeblebrox"
    rec["customs"]["category"] = "bribe"
    bad = item("accept", rec)
    assert central.statuses(central.token_a, [bad]) == ["rejected"]
    assert bad["item_uuid"] in caplog.text
    assert "Beeblebrox" not in caplog.text and "Tverskaya" not in caplog.text
    assert central.db.engine.hide_parameters  # a failed statement never logs its values


def test_day_close_belongs_to_its_branch(central: Central) -> None:
    def close(branch: str) -> dict:
        return item(
            "day_close",
            {
                "schema": 1,
                "branch_code": branch,  # as the terminal's day close sends it
                "business_day": "2026-11-30",
                "manifest_number": f"M-{branch}-20261130-1",
                "acceptances": [],
                "pieces": [],
            },
        )

    assert central.statuses(central.token_a, [close(BRANCH_A)]) == ["stored"]
    resp = central.post(central.token_b, [close(BRANCH_A)])
    [result] = resp.json()["results"]
    assert result["status"] == "rejected" and "branch" in result["reason"]
    with central.db.read() as s:
        assert s.scalars(select(SyncItem.kind)).all() == ["day_close"]


def test_revoke_and_rotate_from_the_command_line(tmp_path, capsys) -> None:
    from central.__main__ import main

    db = str(tmp_path / "central.db")
    assert main(["add-terminal", "--branch", BRANCH_A, "--terminal-id", "T-9", "--db", db]) == 0
    assert main(["rotate-token", "T-9", "--db", db]) == 0
    assert "token:    pct_" in capsys.readouterr().out
    assert main(["revoke-terminal", "T-9", "--db", db]) == 0
    assert "revoked" in capsys.readouterr().out
    assert main(["revoke-terminal", "T-9", "--db", db]) == 0  # says "already revoked"
    assert main(["rotate-token", "T-9", "--db", db]) == 1  # a revoked terminal stays revoked
    assert main(["revoke-terminal", "T-404", "--db", db]) == 1


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(
        st.fixed_dictionaries(
            {},
            optional={
                "item_uuid": st.uuids().map(str) | json_values,
                "seq": st.integers() | json_values,
                "kind": st.sampled_from(["accept", "void", "amend", "day_close"]) | json_values,
                "payload": json_values.map(json.dumps) | json_values,
                "payload_sha256": st.text(alphabet="0123456789abcdef", min_size=64, max_size=64)
                | json_values,
            },
        ),
        max_size=5,
    )
)
def test_any_item_shape_gets_a_verdict_never_an_error(fuzz_db, raw_items) -> None:
    results = ingest(fuzz_db, Caller("T-1", BRANCH_A), raw_items)
    assert len(results) == len(raw_items)
    assert all(r.status == "rejected" and r.reason for r in results)


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory):
    db = CentralDB(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'central.db'}")
    migrate(db.engine)
    yield db
    db.close()
