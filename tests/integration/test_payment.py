"""Payment stored with its acceptance, queued as its own sync item, accepted by a real
central over loopback; left unpaid only by a supervisor; counted by the day report."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main as cli_main
from app.domain.money import Money
from app.domain.payment import PaymentProblem
from app.services import sync_service
from app.services.auth import AuthRefused
from app.services.day_report import read_day_report
from app.services.payment import awaiting, leave_unpaid, record_payment
from app.services.terminal import DEMO_CLERK, DEMO_SUPERVISOR, CounterContext, staff_context
from app.services.void import void_acceptance
from app.store.database import Database
from app.store.models import Acceptance, AuditEntry, OutboxItem, Payment
from app.sync.http_transport import HttpTransport
from central.auth import add_terminal
from central.models import SyncItem
from tests.sync_helpers import BRANCH, ThreadedCentral, make_acceptances, open_test_terminal


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[tuple[Database, CounterContext, list[str]]]:
    db = open_test_terminal(tmp_path / "terminal.db")
    made = make_acceptances(db, 4)
    yield db, staff_context(db, DEMO_CLERK[0]), [m.acceptance_id for m in made]
    db.close()


def fee(db: Database, acceptance_id: str) -> Money:
    with db.read() as s:
        row = s.get(Acceptance, acceptance_id)
        assert row is not None
        return Money(row.fee_amount, row.fee_currency)


def test_cash_payment_is_stored_queued_and_audited(terminal) -> None:
    db, ctx, ids = terminal
    due = fee(db, ids[0])
    given = Money(due.amount + Decimal("250.50"), due.currency)
    result = record_payment(db, ctx, ids[0], "cash", given)
    assert result.tender is not None and result.tender.change == Money(Decimal("250.50"), "RUB")
    with db.read() as s:
        p = s.get(Payment, result.payment_id)
        assert p is not None and p.state == "paid" and p.method == "cash"
        assert p.amount == due.quantized().amount and p.currency == "RUB"
        assert p.tendered == given.amount and p.change == Decimal("250.50")
        item = s.scalars(select(OutboxItem).where(OutboxItem.kind == "payment")).one()
        assert item.item_uuid == result.payment_id  # the idempotency key
        body = json.loads(item.payload)
        assert body["amount"] == {"amount": str(p.amount), "currency": "RUB"}
        assert body["acceptance_id"] == ids[0] and body["change"] == "250.50"
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "payment")).one()
        assert json.loads(entry.details)["payment_id"] == result.payment_id
    # A second Enter never takes the money twice.
    with pytest.raises(PaymentProblem, match="already recorded"):
        record_payment(db, ctx, ids[0], "card")
    with db.read() as s:
        assert len(s.scalars(select(Payment)).all()) == 1


def test_short_cash_and_account_are_refused_and_nothing_is_written(terminal) -> None:
    db, ctx, ids = terminal
    due = fee(db, ids[0])
    with pytest.raises(PaymentProblem, match="less than"):
        record_payment(db, ctx, ids[0], "cash", Money(due.amount - 1, "RUB"))
    with pytest.raises(PaymentProblem, match="business senders"):
        record_payment(db, ctx, ids[0], "account")
    with db.read() as s:
        assert s.scalars(select(Payment)).first() is None
        assert s.scalars(select(OutboxItem).where(OutboxItem.kind == "payment")).first() is None


def test_only_a_supervisor_leaves_it_unpaid(terminal) -> None:
    db, ctx, ids = terminal
    # A clerk's PIN and a wrong PIN are refused by the log-in's rules (counted, audited).
    for number, pin in [(DEMO_CLERK[0], DEMO_CLERK[1]), (DEMO_SUPERVISOR[0], "000000")]:
        with pytest.raises(AuthRefused):
            leave_unpaid(
                db, ctx, ids[1], supervisor_number=number, pin=pin, reason="card terminal down"
            )
    with pytest.raises(PaymentProblem, match="reason"):
        leave_unpaid(
            db,
            ctx,
            ids[1],
            supervisor_number=DEMO_SUPERVISOR[0],
            pin=DEMO_SUPERVISOR[1],
            reason="",
        )
    with db.read() as s:
        failures = s.scalars(select(AuditEntry).where(AuditEntry.action.like("%fail%"))).all()
        assert failures, "a wrong supervisor PIN is audited"
    result = leave_unpaid(
        db,
        ctx,
        ids[1],
        supervisor_number=DEMO_SUPERVISOR[0],
        pin=DEMO_SUPERVISOR[1],
        reason="card terminal down",
    )
    assert result.state == "unpaid"
    with db.read() as s:
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "payment.left_unpaid")
        ).one()
        assert json.loads(entry.details)["approved_by"] == DEMO_SUPERVISOR[0]
        assert entry.staff_id == ctx.staff_id


def test_awaiting_finds_what_a_crash_left_unpaid(terminal) -> None:
    db, ctx, ids = terminal
    with db.read() as s:
        business_day = s.get(Acceptance, ids[0]).business_day  # type: ignore[union-attr]
    record_payment(db, ctx, ids[0], "card")
    void_acceptance(
        db,
        ctx,
        ids[3],
        supervisor_number=DEMO_SUPERVISOR[0],
        pin=DEMO_SUPERVISOR[1],
        reason="customer left",
    )
    with db.read() as s:
        assert [d.acceptance_id for d in awaiting(s, ctx, business_day)] == ids[1:3]
    with pytest.raises(PaymentProblem, match="void"):
        record_payment(db, ctx, ids[3], "card")


def test_day_report_counts_fees_by_method_and_the_drawer(terminal, capsys) -> None:
    db, ctx, ids = terminal
    fees = [fee(db, i) for i in ids]
    with db.read() as s:
        rows = [s.get(Acceptance, i) for i in ids]
        day = rows[0].business_day  # type: ignore[union-attr]
        pieces = [len(r.pieces) for r in rows]  # type: ignore[union-attr]
        grams = [r.gross_grams for r in rows]  # type: ignore[union-attr]
    record_payment(db, ctx, ids[0], "cash", Money(fees[0].amount + 100, "RUB"))
    record_payment(db, ctx, ids[1], "card")
    leave_unpaid(
        db,
        ctx,
        ids[2],
        supervisor_number=DEMO_SUPERVISOR[0],
        pin=DEMO_SUPERVISOR[1],
        reason="card terminal down",
    )
    void_acceptance(
        db,
        ctx,
        ids[3],
        supervisor_number=DEMO_SUPERVISOR[0],
        pin=DEMO_SUPERVISOR[1],
        reason="customer left",
    )
    r = read_day_report(db, BRANCH, day, "RUB")
    assert (r.acceptances, r.pieces, r.gross_grams) == (3, sum(pieces[:3]), sum(grams[:3]))
    assert r.fees_by_method["cash"] == fees[0] and r.cash_in_drawer == fees[0]  # not tendered
    assert r.fees_by_method["card"] == fees[1]
    assert r.fees_by_method["account"] == Money.zero("RUB")
    assert (r.unpaid, r.unpaid_amount) == (1, fees[2])
    assert (r.voided, r.voided_pieces, r.voided_amount) == (1, pieces[3], fees[3])
    assert r.fees == fees[0] + fees[1] + fees[2]
    assert r.not_recorded == 0 and r.manifests == () and r.open_acceptances == 4

    assert cli_main(["--db", str(db.path), "day-report", "--date", day.isoformat(), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["cash_in_drawer"] == {"amount": str(fees[0].quantized().amount), "currency": "RUB"}
    assert out["unpaid"]["count"] == 1 and out["voided"]["count"] == 1
    assert cli_main(["--db", str(db.path), "day-report", "--date", day.isoformat()]) == 0
    text = capsys.readouterr().out
    assert "Cash that should be in the drawer" in text and "paid by card" in text
    assert cli_main(["--db", str(db.path), "day-report", "--date", "15.03.2026"]) == 2


def test_central_stores_payments_and_refuses_a_wrong_one(tmp_path: Path, terminal) -> None:
    db, ctx, ids = terminal
    server = ThreadedCentral(f"sqlite:///{tmp_path / 'central.db'}")
    _, token = add_terminal(server.db, BRANCH)
    transport = HttpTransport(server.url, token)
    try:
        sync_service.configure(db, server.url, token)
        paid = record_payment(db, ctx, ids[0], "card")
        # Accept and its payment travel in one batch, the payment after its acceptance.
        report = sync_service.run_once(db, transport, top_up=False)
        assert report.counts == {"stored": 5}
        # A payment whose amount is not the fee (a hand-edited database) is refused by
        # central with its reason, and kept on the terminal for a person to look at.
        with db.write() as s:
            s.get(Acceptance, ids[1]).fee_amount = Decimal("1.00")  # type: ignore[union-attr]
        bad = record_payment(db, ctx, ids[1], "card")
        report = sync_service.run_once(db, transport, top_up=False)
        assert report.counts == {"rejected": 1}
        with db.read() as s:
            item = s.scalars(select(OutboxItem).where(OutboxItem.item_uuid == bad.payment_id)).one()
            assert item.state == "rejected" and "is not the acceptance's fee" in item.central_reason
        with server.db.read() as cs:
            stored = cs.scalars(select(SyncItem).where(SyncItem.kind == "payment")).all()
            assert [i.item_uuid for i in stored] == [paid.payment_id]
            assert json.loads(stored[0].payload)["method"] == "card"
    finally:
        transport.close()
        server.stop()
