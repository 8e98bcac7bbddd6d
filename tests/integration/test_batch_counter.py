"""The counter's batch service on a real SQLite file (issue 17): a list called up by its
number, each scanned item checked against it, an item accepted with the list's terms."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain.batch import WeightTolerance
from app.domain.product import DEFAULT_HEAVY
from app.services import batch_counter
from app.services.acceptance import accept
from app.services.batch_counter import BatchRefused, Verdict
from app.services.preadvice import import_file
from app.services.pricing import default_pricing
from app.store.models import Acceptance, Batch
from tests.factories import piece
from tests.preadvice_data import batch_s10s, write_batch_json

LIST, OTHER = "IN-MP-2026-000123", "IN-MP-2026-000124"
TOL = WeightTolerance(Decimal(3), 500)


@pytest.fixture
def lists(db, tmp_path: Path) -> tuple[list[str], list[str]]:
    ours, theirs = batch_s10s(4), batch_s10s(2, 30_000_500)
    import_file(db, write_batch_json(tmp_path / "a.json", LIST, "SHOPKART", ours))
    import_file(db, write_batch_json(tmp_path / "b.json", OTHER, "SHOPKART", theirs))
    return ours, theirs


def test_items_checked_and_accepted_with_the_lists_terms(db, clerk, lists) -> None:
    ours, theirs = lists
    assert batch_counter.known_numbers(db) == {LIST, OTHER}
    batch = batch_counter.call_up(db, "in-mp-2026-000123")
    assert (batch.number, batch.customer_code, batch.progress.total) == (LIST, "SHOPKART", 4)

    other = batch_counter.check_item(db, batch, theirs[0])
    assert other.verdict is Verdict.OTHER_LIST
    assert (
        other.message
        == f"{theirs[0]} is on list {OTHER}, not this one ({LIST}): put it with its own list."
    )
    foreign = batch_counter.check_item(db, batch, "CB999999995RU")
    assert foreign.verdict is Verdict.NOT_ON_LIST and LIST in foreign.message

    item = batch_counter.check_item(db, batch, ours[1])
    assert item.ok and item.found is not None and item.found.declared_grams == 40_000
    weight = batch_counter.weigh_against_list(item.found.declared_grams, 43_000, TOL)
    assert weight.flagged and weight.difference == 3_000
    terms = batch_counter.business_terms(batch, item.found.declared_grams, weight)
    c = replace(item.found.consignment, pieces=(piece(ours[1], 43_000),))
    result = accept(
        db,
        clerk,
        c,
        limits=DEFAULT_HEAVY,
        pricing=default_pricing(),
        business=terms,
        now=datetime(2026, 8, 1, 9, tzinfo=UTC),
    )
    with db.read() as s:
        row = s.get(Acceptance, result.acceptance_id)
        assert row is not None
        assert (row.customer_code, row.batch_id, row.declared_grams, row.weight_flagged) == (
            "SHOPKART",
            batch.id,
            40_000,
            True,
        )
    again = batch_counter.check_item(db, batch, ours[1])
    assert again.verdict is Verdict.ACCEPTED
    assert again.message == f"{ours[1]} of list {LIST} is already accepted."
    now = batch_counter.refresh(db, batch.id)
    assert now is not None
    assert (now.progress.accepted, now.progress.flagged, now.progress.to_go) == (1, 1, 3)


def test_unknown_and_closed_lists_are_refused(db, lists) -> None:
    with pytest.raises(BatchRefused, match="no list NOPE-1"):
        batch_counter.call_up(db, "NOPE-1")
    batch = batch_counter.call_up(db, LIST)
    with db.write() as s:
        row = s.scalar(select(Batch).where(Batch.number == LIST))
        row.state = "closed"
    with pytest.raises(BatchRefused, match="is closed"):
        batch_counter.call_up(db, LIST)
    assert batch_counter.check_item(db, batch, lists[0][0]).verdict is Verdict.CLOSED
    assert batch_counter.known_numbers(db) == {OTHER}
