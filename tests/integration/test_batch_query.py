"""Batch progress and items read from a real SQLite file (issue 17)."""

from __future__ import annotations

from pathlib import Path

from app.domain.product import DEFAULT_HEAVY
from app.domain.s10 import S10
from app.services.acceptance import accept
from app.services.batch_query import batch_items, find_batch, list_batches, place_of, progress
from app.services.pricing import default_pricing
from app.services.terminal import DEMO_CLERK, open_terminal, staff_context
from app.store.models import Acceptance, Batch, PreAdvice
from tests.factories import consignment, make_batch, piece


def test_progress_counts_accepted_flagged_and_to_go(tmp_path: Path) -> None:
    db = open_terminal(str(tmp_path / "t.db"))
    try:
        ctx = staff_context(db, DEMO_CLERK[0])
        s10s = ["CB100000003RU", "CB100000017RU", "CB100000025RU"]
        batch_id = make_batch(db, "MP-0001", s10s, declared_grams=50_000)
        result = accept(
            db,
            ctx,
            consignment(pieces=(piece(s10s[1], 52_350),)),
            limits=DEFAULT_HEAVY,
            pricing=default_pricing(),
        )
        with db.write() as session:
            row = session.get(Acceptance, result.acceptance_id)
            assert row is not None
            row.batch_id, row.declared_grams, row.weight_flagged = batch_id, 50_000, True
            pre = session.query(PreAdvice).filter_by(s10=s10s[1]).one()
            pre.acceptance_id = result.acceptance_id
        with db.read() as session:
            assert progress(session, batch_id).to_go == 2
            p = progress(session, batch_id)
            assert (p.total, p.accepted, p.flagged) == (3, 1, 1)
            items = batch_items(session, batch_id)
            assert [i.s10 for i in items] == s10s
            assert items[1].accepted and items[1].difference_grams == 2_350
            assert not items[0].accepted and items[0].difference_grams is None
            found = find_batch(session, " mp-0001 ")
            assert found is not None and found.id == batch_id and not found.closed
            assert [b.number for b in list_batches(session, open_only=True)] == ["MP-0001"]
            assert place_of(session, "cb 100000017 ru").accepted
            assert place_of(session, s10s[0]).batch_number == "MP-0001"
            assert place_of(session, "CB100000039RU").batch_id is None
    finally:
        db.close()


def test_business_terms_are_stored_and_sent(tmp_path: Path) -> None:
    import json

    from app.services.acceptance import BusinessTerms
    from app.store.models import OutboxItem

    db = open_terminal(str(tmp_path / "t.db"))
    try:
        ctx = staff_context(db, DEMO_CLERK[0])
        with db.write() as session:
            batch = Batch(number="MP-0002", customer_code="SHOPKART", source="test")
            session.add(batch)
            session.flush()
            batch_id = batch.id
        terms = BusinessTerms("SHOPKART", "Marketplace -15 %", batch_id, 50_000, True)
        result = accept(
            db,
            ctx,
            consignment(),
            limits=DEFAULT_HEAVY,
            pricing=default_pricing(),
            business=terms,
        )
        with db.read() as session:
            row = session.get(Acceptance, result.acceptance_id)
            assert row is not None
            assert (row.customer_code, row.price_plan, row.batch_id) == (
                "SHOPKART",
                "Marketplace -15 %",
                batch_id,
            )
            item = session.query(OutboxItem).filter_by(item_uuid=result.acceptance_id).one()
            assert json.loads(item.payload)["business"] == {
                "customer": "SHOPKART",
                "price_plan": "Marketplace -15 %",
                "batch": "MP-0002",
                "declared_grams": 50_000,
                "weight_flagged": True,
            }
    finally:
        db.close()


def test_listing_batches_costs_the_same_queries_for_one_or_many(tmp_path: Path) -> None:
    """Review finding: the list read each batch's progress with two queries of its own."""
    from sqlalchemy import event

    db = open_terminal(str(tmp_path / "t.db"))
    try:

        def add_batches(first: int, count: int) -> None:
            for n in range(first, first + count):
                s10 = str(S10.build("CB", 200_000 + n, "RU"))
                make_batch(db, f"MP-{n:04d}", [s10], declared_grams=40_000)

        statements: list[str] = []

        def counted() -> tuple[int, list[int]]:
            statements.clear()
            with db.read() as session:
                listed = list_batches(session)
            return len(statements), [b.progress.total for b in listed]

        event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
        add_batches(1, 1)
        one, totals_one = counted()
        add_batches(2, 30)
        many, totals_many = counted()
        assert totals_one == [1] and totals_many == [1] * 31
        assert many == one, f"{one} statements for one batch, {many} for 31"
    finally:
        db.close()
