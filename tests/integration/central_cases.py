"""Shared fixtures of the central hardening tests: a central database on SQLite or on the
local PostgreSQL (a schema per test), two branches with a terminal each, and valid
payloads built by hand (every field named, so a test changes exactly one).
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.domain.s10 import S10
from central.db import CentralDB
from central.models import CentralAcceptance, Parcel, SyncItem, TrackingEvent

PG_URL = os.environ.get(
    "POSTCOUNTER_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
BRANCH_A, BRANCH_B = "DEMO-101000", "OTHER-200000"
_serial = [30_000_000]


@contextmanager
def database_url(kind: str, tmp_path: Path) -> Iterator[str]:
    """A fresh central database URL: a SQLite file, or a PostgreSQL schema dropped after."""
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'central.db'}"
        return
    psycopg = pytest.importorskip("psycopg")
    try:
        conn = psycopg.connect(PG_URL.replace("+psycopg", ""), connect_timeout=3, autocommit=True)
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL not reachable at {PG_URL} ({exc}); set POSTCOUNTER_TEST_PG_URL")
    schema = f"i11_{uuid.uuid4().hex[:10]}"
    conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    finally:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
        conn.close()


def next_s10(service: str = "CP", country: str = "RU") -> str:
    _serial[0] += 1
    return str(S10.build(service, _serial[0], country))


def acceptance(branch: str, s10s: list[str] | None = None, acc_id: str | None = None) -> dict:
    """A valid acceptance record as a terminal sends it."""
    now = datetime.now(UTC)
    party = {
        "name": "Ivanov Sergei",
        "address": "ul. Tverskaya 12",
        "city": "Moskva",
        "postcode": "125009",
        "country": "RU",
        "phone": "+7 916 555 12 34",
        "email": "",
        "tax_id": "",
    }
    return {
        "schema": 1,
        "kind": "accept",
        "acceptance_id": acc_id or str(uuid.uuid4()),
        "branch": branch,
        "terminal": "T-1",
        "staff": "1001",
        "accepted_at": now.isoformat(),
        "business_day": now.date().isoformat(),
        "product": "heavy-parcel",
        "sender": party,
        "addressee": dict(party, name="Ananya Gupta", city="Kolkata", country="IN"),
        "customs": {
            "category": "sale_of_goods",
            "currency": "EUR",
            "total_value": "160.00",
            "lines": [
                {
                    "description": "Brass floor lamp",
                    "quantity": 1,
                    "unit": "pcs",
                    "net_grams": 18495,
                    "value": "160.00",
                    "currency": "EUR",
                    "hs_code": "940520",
                    "origin_country": "IN",
                }
            ],
        },
        "pieces": [
            {
                "seq": i,
                "s10": s,
                "gross_grams": 82200,
                "length_mm": 900,
                "width_mm": 710,
                "height_mm": 780,
                "volumetric_grams": 83070,
                "chargeable_grams": 83070,
            }
            for i, s in enumerate(s10s or [next_s10()], start=1)
        ],
        "gross_grams": 82200,
        "fee": {"amount": "13700.00", "currency": "RUB"},
        "duty": None,
        "itmatt_xml": "<ITMATT/>",
    }


def item(kind: str, payload: dict | str, item_uuid: str | None = None, seq: Any = 1) -> dict:
    """An outbox item on the wire, its hash over the exact text."""
    text = (
        payload
        if isinstance(payload, str)
        else json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    )
    return {
        "item_uuid": item_uuid or str(uuid.uuid4()),
        "seq": seq,
        "kind": kind,
        "payload": text,
        "payload_sha256": hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
    }


def counts(db: CentralDB) -> dict[str, int]:
    """Row counts of every table an item can write."""
    with db.read() as s:
        return {
            t.__tablename__: int(s.scalar(select(func.count()).select_from(t)) or 0)
            for t in (SyncItem, CentralAcceptance, Parcel, TrackingEvent)
        }


def acceptance_row(db: CentralDB, acc_id: str) -> dict[str, Any] | None:
    with db.read() as s:
        row = s.get(CentralAcceptance, acc_id)
        if row is None:
            return None
        return {c.key: getattr(row, c.key) for c in CentralAcceptance.__table__.columns}
