"""The India Post demo branch on a real SQLite terminal: chosen on a fresh database and
with ``main.py demo --branch in``, its S10 block, its pre-advised marketplace batch, and
``demo-data`` accepting India → Russia consignments paid with GST invoices."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main as cli_main
from app.domain import gst
from app.domain.s10_policy import check_for_product
from app.services.counter_rules import counter_rules
from app.services.demo_branches import DEMO_IN, DemoSwitchRefused, use_demo_branch
from app.services.demo_data import generate
from app.services.demo_india import MARKETPLACE_BATCH, SENDERS
from app.services.demo_setup import choose_demo_branch
from app.services.postal_rules import product_policy
from app.services.preadvice import lookup
from app.services.provisioning import BranchSpec, init_branch
from app.services.s10_blocks import next_s10
from app.services.terminal import DEMO_CLERK, ensure_initialised, get_setting, staff_context
from app.store.database import Database, open_database
from app.store.models import Acceptance, Branch, GstInvoice, Payment, S10Block, Staff
from tests.sync_helpers import open_test_terminal

BATCH = json.loads(MARKETPLACE_BATCH.read_text(encoding="utf-8"))


@pytest.fixture
def india(tmp_path: Path) -> Iterator[Database]:
    db = open_test_terminal(tmp_path / "terminal.db")  # a fresh terminal: the Russian demo
    choice = choose_demo_branch(db, "in")
    assert choice.batch is not None and choice.batch.imported == 20, choice.batch
    yield db
    db.close()


def assert_india_demo(db: Database) -> None:
    ctx = staff_context(db, DEMO_CLERK[0])
    assert (ctx.branch_country, ctx.currency, ctx.timezone) == ("IN", "INR", "Asia/Kolkata")
    assert ctx.demo and ctx.branch_code == DEMO_IN.code
    with db.write() as session:
        branch = session.get(Branch, ctx.branch_code)
        assert branch is not None and branch.is_demo
        assert gst.check_gstin(branch.gstin or "") == branch.gstin
        assert gst.state_of(branch.gstin or "") == "07"  # Delhi
        assert get_setting(session, "s10.country") == "IN"
        block = session.scalars(
            select(S10Block).where(S10Block.source == "demo", S10Block.country == "IN")
        ).one()
        s10 = next_s10(session, block.service, "IN")
    assert check_for_product(s10, product_policy("IN")).ok, s10


def test_choosing_india_makes_an_india_post_demo_terminal(india: Database) -> None:
    # The file's batch keys (read by batch support) do not trouble today's importer.
    assert BATCH["batch"] == "IN-MP-2026-000123" and BATCH["customer"] == "SHOPKART"
    assert all("declared_weight_kg" in p for p in BATCH["parcels"])
    assert_india_demo(india)
    with india.read() as session:
        staff = session.scalars(select(Staff)).all()
        assert {s.branch_code for s in staff} == {DEMO_IN.code}
        for parcel in BATCH["parcels"]:
            found = lookup(session, parcel["s10"])
            assert found is not None and not found.accepted
            assert found.consignment.sender.country == "IN"
            assert found.consignment.addressee.country == "RU"
            assert found.consignment.customs.exporter_iec == SENDERS[5].iec


def test_choosing_again_imports_nothing_twice(india: Database) -> None:
    again = choose_demo_branch(india, "in")
    assert again.batch is not None and again.batch.unchanged == 20 and again.batch.ok


def test_a_fresh_database_can_start_as_the_india_demo(tmp_path: Path) -> None:
    db = open_database(tmp_path / "t.db")
    try:
        assert ensure_initialised(db, "in")
        assert_india_demo(db)
    finally:
        db.close()


def test_back_to_russia_and_leaving_demo_mode(india: Database) -> None:
    ru = choose_demo_branch(india, "ru")
    assert ru.batch is None
    ctx = staff_context(india, DEMO_CLERK[0])
    assert (ctx.branch_country, ctx.currency) == ("RU", "RUB")
    use_demo_branch(india, "in")
    init_branch(india, BranchSpec("110001", "New Delhi GPO", "IN", "Asia/Kolkata", "INR"))
    with india.read() as session:
        # The demo staff of the Indian demo branch cannot log in at the real branch.
        assert not any(s.active for s in session.scalars(select(Staff)))
        blocks = session.scalars(select(S10Block).where(S10Block.source == "demo")).all()
        assert all(b.next_serial > b.last_serial for b in blocks)
    with pytest.raises(DemoSwitchRefused):
        use_demo_branch(india, "in")


def test_demo_data_on_india_pays_like_the_counter(india: Database) -> None:
    ctx = staff_context(india, DEMO_CLERK[0])
    rules = counter_rules()
    day = date(2026, 12, 4)
    summary = generate(
        india,
        ctx,
        days=2,
        per_day=12,
        limits=rules.limits_on(day),
        pricing=rules.pricing,
        customs_rules=rules.customs_rules,
        last_day=day,
    )
    assert summary.consignments == 24
    with india.read() as session:
        rows = session.scalars(select(Acceptance)).all()
        assert len(rows) == 24
        for row in rows:
            assert row.branch_code == DEMO_IN.code and row.fee_currency == "INR"
            assert row.sender_country == "IN" and row.addressee_country == "RU"
            assert all(p.s10.endswith("IN") for p in row.pieces)
            if row.customs_category == "sale_of_goods":
                assert row.exporter_iec and row.pbe_reference and row.invoice_number
            payment = session.scalars(select(Payment).where(Payment.acceptance_id == row.id)).one()
            invoice = session.scalars(
                select(GstInvoice).where(GstInvoice.payment_id == payment.id)
            ).one()
            assert invoice.office_gstin == DEMO_IN.gstin
            # The payer is the sender: a business sender's GSTIN is on its invoice.
            assert invoice.customer_gstin == row.sender_tax_id
            lines = json.loads(invoice.lines)
            taxes = sum(Decimal(v) for ln in lines for v in ln[4:7])
            assert taxes > 0
            igst = sum(Decimal(ln[6]) for ln in lines)
            other_state = bool(row.sender_tax_id) and row.sender_tax_id[:2] != "07"
            assert (igst > 0) == other_state
        numbers = session.scalars(select(GstInvoice.seq).order_by(GstInvoice.seq)).all()
        assert numbers == list(range(1, 25))


def test_demo_command_chooses_the_branch(tmp_path: Path, capsys) -> None:
    path = str(tmp_path / "t.db")
    assert cli_main(["--db", path, "demo", "--branch", "in"]) == 0
    out = capsys.readouterr().out
    assert "DEMO-IN-110001" in out and "20 imported" in out
    db = open_database(path)
    try:
        assert_india_demo(db)
    finally:
        db.close()
    assert cli_main(["--db", path, "demo", "--branch", "IN"]) == 0
    assert "20 unchanged" in capsys.readouterr().out
