"""Voiding needs a supervisor and a reason, keeps the record, and queues a void for central."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from app.domain.product import DEFAULT_HEAVY
from app.services.acceptance import accept
from app.services.pricing import default_pricing
from app.services.terminal import DEMO_CLERK, DEMO_SUPERVISOR, CounterContext
from app.services.void import VoidRefused, void_acceptance
from app.store.database import Database
from app.store.models import Acceptance, AuditEntry, OutboxItem
from tests.factories import consignment


@pytest.fixture
def accepted(db: Database, clerk: CounterContext) -> str:
    return accept(
        db, clerk, consignment(), limits=DEFAULT_HEAVY, pricing=default_pricing()
    ).acceptance_id


def test_supervisor_voids_with_reason(db: Database, clerk: CounterContext, accepted: str) -> None:
    void_acceptance(
        db,
        clerk,
        accepted,
        supervisor_number=DEMO_SUPERVISOR[0],
        pin=DEMO_SUPERVISOR[1],
        reason="Customer changed their mind",
    )
    with db.read() as s:
        row = s.get(Acceptance, accepted)
        assert (
            row is not None
            and row.status == "voided"
            and row.void_reason == "Customer changed their mind"
        )
        assert row.sender_name  # nothing deleted
        item = s.scalars(select(OutboxItem).where(OutboxItem.kind == "void")).one()
        assert json.loads(item.payload)["acceptance_id"] == accepted
        assert [a.action for a in s.scalars(select(AuditEntry).order_by(AuditEntry.id))] == [
            "accept",
            "void",
        ]


@pytest.mark.parametrize(
    ("number", "pin", "reason", "match"),
    [
        (DEMO_SUPERVISOR[0], "0000", "Customer changed their mind", "PIN is wrong"),
        (DEMO_CLERK[0], DEMO_CLERK[1], "Customer changed their mind", "not a supervisor"),
        (DEMO_SUPERVISOR[0], DEMO_SUPERVISOR[1], "", "reason"),
    ],
)
def test_void_refused(
    db: Database,
    clerk: CounterContext,
    accepted: str,
    number: str,
    pin: str,
    reason: str,
    match: str,
) -> None:
    with pytest.raises(VoidRefused, match=match):
        void_acceptance(db, clerk, accepted, supervisor_number=number, pin=pin, reason=reason)
    with db.read() as s:
        row = s.get(Acceptance, accepted)
        assert row is not None and row.status == "accepted"
        assert s.scalars(select(OutboxItem).where(OutboxItem.kind == "void")).first() is None
