"""Issue 17: ``python -m central customer add|list|token|set-limit|settle`` run as a person
would (a child process on SQLite and on the local PostgreSQL); every change publishes a
``customers`` document the terminal's own parser reads; a terminal refreshing from a real
``python -m central serve`` on loopback receives it with its reference data.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from app.domain.customer import parse_customers
from app.services import sync_service
from app.services.enrolment import join
from app.services.reference_data import RULES_DIR, parse_document
from app.store.models import ReferenceDocument
from central.db import CentralDB, migrate
from central.models import Base, BusinessCustomer
from central.models import ReferenceDocument as CentralDocument
from tests.integration.central_cases import database_url
from tests.integration.central_process import CentralProcess
from tests.integration.test_enrolment import central, central_cli, set_up_branch
from tests.sync_helpers import open_test_terminal

__all__ = ["central"]  # the fixture, used by name

SHOPKART = [
    "customer", "add", "--code", "shopkart", "--contract", "IN-MP-2026/017",
    "--name", "ShopKart Exports Pvt Ltd", "--kind", "marketplace", "--country", "IN",
    "--gstin", "07AAACS1234F1ZU", "--iec", "0512345678", "--address", "12 Nehru Place",
    "--city", "New Delhi", "--postcode", "110019", "--account", "--credit-limit", "500000",
    "--currency", "INR", "--discount", "15", "--plan-name", "Marketplace -15 %",
    "--plan-from", "2026-01-01",
]  # fmt: skip


def documents(url: str) -> list[CentralDocument]:
    db = CentralDB(url)
    try:
        with db.read() as s:
            return list(
                s.scalars(
                    select(CentralDocument)
                    .where(CentralDocument.kind == "customers")
                    .order_by(CentralDocument.version)
                )
            )
    finally:
        db.close()


def latest_customers(url: str) -> dict:
    doc = documents(url)[-1]
    return {c.code: c for c in parse_document("customers", doc.body)}


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path: Path):
    with database_url(request.param, tmp_path) as url:
        yield url


def test_customer_commands_keep_the_register_and_publish_it(db_url: str, tmp_path: Path) -> None:
    out = central_cli(db_url, *SHOPKART)
    assert out.returncode == 0, out.stderr
    assert "customer SHOPKART added; customers version 1" in out.stdout
    doc = documents(db_url)[0]
    assert doc.effective == datetime.now(UTC).date()
    shopkart = latest_customers(db_url)["SHOPKART"]  # the terminal's parser reads it
    assert shopkart.gstin == "07AAACS1234F1ZU" and shopkart.iec == "0512345678"
    assert shopkart.address.city == "New Delhi" and shopkart.account_allowed
    assert str(shopkart.credit_limit.amount) == "500000.00"
    assert shopkart.credit_limit.currency == "INR"
    assert shopkart.plan_on(date(2026, 6, 1)).discount_percent == Decimal("15")

    # re-adding the code changes what is given and adds a dated own-tariff plan
    tariffs = json.loads((RULES_DIR / "tariffs.json").read_text(encoding="utf-8"))["tariffs"]
    own = [dict(t, effective_from="2026-07-01") for t in tariffs if t["currency"] == "INR"]
    assert own
    plan_file = tmp_path / "shopkart-tariff.json"
    plan_file.write_text(json.dumps(own), encoding="utf-8")
    out = central_cli(
        db_url, "customer", "add", "--code", "SHOPKART", "--name", "ShopKart Exports Ltd",
        "--plan-tariff", str(plan_file), "--plan-name", "ShopKart own tariff",
        "--plan-from", "2026-07-01",
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "updated; customers version 2" in out.stdout
    shopkart = latest_customers(db_url)["SHOPKART"]
    assert shopkart.name == "ShopKart Exports Ltd" and shopkart.contract == "IN-MP-2026/017"
    assert [p.name for p in shopkart.plans] == ["Marketplace -15 %", "ShopKart own tariff"]
    assert shopkart.plan_on(date(2026, 8, 1)).tariffs[0].currency == "INR"

    out = central_cli(
        db_url, "customer", "add", "--code", "OZON", "--contract", "RU-MP-2026/003",
        "--name", "Ozon Global", "--kind", "marketplace", "--country", "RU",
        "--inn", "7704217370",
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert set(latest_customers(db_url)) == {"OZON", "SHOPKART"}
    assert central_cli(db_url, "customer", "set-limit", "OZON", "250000").returncode == 1
    out = central_cli(db_url, "customer", "set-limit", "OZON", "250000", "--currency", "RUB")
    assert out.returncode == 0, out.stderr
    assert latest_customers(db_url)["OZON"].credit_limit.currency == "RUB"

    out = central_cli(db_url, "customer", "list")
    assert out.returncode == 0, out.stderr
    assert "SHOPKART" in out.stdout and "owes 0.00 of 500000.00 INR" in out.stdout
    assert "ShopKart own tariff" in out.stdout
    listed = json.loads(central_cli(db_url, "customer", "list", "--json").stdout)["customers"]
    assert [c["code"] for c in listed] == ["OZON", "SHOPKART"]
    assert listed[1]["balance"]["credit_limit"] == "500000.00"
    out = central_cli(db_url, "customer", "settle", "SHOPKART", "1250.50", "--note", "NEFT 77")
    assert out.returncode == 0, out.stderr
    assert "owes -1250.50 INR" in out.stdout

    # refusals: one line saying what is wrong, nothing stored or published
    published = len(documents(db_url))
    for args, words in (
        (["--code", "BADRU", "--contract", "C", "--name", "N", "--kind", "seller",
          "--country", "RU", "--inn", "7704217371"], "INN"),
        (["--code", "NOGST", "--contract", "C", "--name", "N", "--kind", "seller",
          "--country", "IN"], "GSTIN"),
        (["--code", "NEWONE"], "--contract, --name, --kind, --country"),
        (["--code", "x"], "2-40 capital letters"),
        (["--code", "SHOPKART", "--discount", "150", "--plan-name", "Too much"], "discount"),
        (["--code", "SHOPKART", "--discount", "5"], "--plan-name"),
        (["--code", "SHOPKART", "--credit-limit", "12.345"], "decimals"),
        (["--code", "SHOPKART", "--iec", "123"], "iec"),
    ):  # fmt: skip
        out = central_cli(db_url, "customer", "add", *args)
        assert out.returncode == 1, (args, out.stdout)
        assert out.stderr.startswith("refused: ") and words in out.stderr, out.stderr
    assert central_cli(db_url, "customer", "token", "NOBODY").returncode == 1
    assert central_cli(db_url, "customer", "settle", "SHOPKART", "-5").returncode == 1
    assert len(documents(db_url)) == published
    out = central_cli(db_url, "publish", "customers", str(plan_file), "--effective", "2026-12-01")
    assert out.returncode == 1 and "customer add" in out.stderr


def test_customer_token_is_shown_once_stored_hashed_and_replaced(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'central.db'}"
    assert central_cli(url, *SHOPKART).returncode == 0
    first = central_cli(url, "customer", "token", "SHOPKART")
    assert first.returncode == 0 and "shown only now" in first.stderr
    token = first.stdout.strip()
    assert token.startswith("pcm_") and len(token) > 40
    db = CentralDB(url)
    try:
        with db.read() as s:
            row = s.get(BusinessCustomer, "SHOPKART")
            assert row is not None and row.token_sha256 and token not in row.token_sha256
    finally:
        db.close()
    server = CentralProcess(url, tmp_path / "central.log")
    server.start()
    try:

        def status(bearer: str) -> int:
            return httpx.get(
                f"{server.url}/v1/batches/SK-1",
                headers={"Authorization": f"Bearer {bearer}"},
                timeout=10,
            ).status_code

        assert status(token) == 404  # known customer, no such batch
        second = central_cli(url, "customer", "token", "SHOPKART").stdout.strip()
        assert second != token
        assert status(token) == 401 and status(second) == 404
    finally:
        server.stop()


def test_terminal_receives_customers_with_its_reference_data(tmp_path: Path, central) -> None:
    code = set_up_branch(central.db_url)
    db = open_test_terminal(tmp_path / "terminal.db")
    try:
        join(db, central.url, code)
        out = central_cli(central.db_url, *SHOPKART)
        assert out.returncode == 0, out.stderr
        assert sync_service.run_once(db).ok
        with db.read() as s:
            held = s.scalars(
                select(ReferenceDocument).where(ReferenceDocument.kind == "customers")
            ).all()
        assert [(d.version, d.effective) for d in held] == [(1, datetime.now(UTC).date())]
        (shopkart,) = parse_customers(json.loads(held[0].body))
        assert shopkart.code == "SHOPKART" and shopkart.plans[0].name == "Marketplace -15 %"
        # a change at central is the next version on the next sync
        out = central_cli(central.db_url, "customer", "set-limit", "SHOPKART", "750000")
        assert out.returncode == 0, out.stderr
        assert sync_service.run_once(db).ok
        with db.read() as s:
            latest = s.scalar(
                select(ReferenceDocument)
                .where(ReferenceDocument.kind == "customers")
                .order_by(ReferenceDocument.version.desc())
            )
        assert latest is not None and latest.version == 2
        (shopkart,) = parse_document("customers", latest.body)
        assert str(shopkart.credit_limit.amount) == "750000.00"
    finally:
        db.close()


def test_migrations_match_the_models(db_url: str) -> None:
    db = CentralDB(db_url)
    try:
        migrate(db.engine)
        with db.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    finally:
        db.close()


def test_terminal_payment_on_account_is_charged_once_and_its_balance_comes_back(
    tmp_path: Path, central
) -> None:
    """The whole loop against ``python -m central serve``: the customer added at central
    reaches the counter, a consignment priced by its contract is paid on account, central
    charges the account once and the next refresh brings the balance back."""
    from app.services.acceptance import BusinessTerms, accept
    from app.services.auth import verify_pin
    from app.services.contract_pricing import ContractPricing
    from app.services.counter_rules import counter_rules_in_force
    from app.services.customer_account import reported_balance
    from app.services.customers import customer_by_code
    from app.services.demo_data import make_consignment
    from app.services.payment import record_payment
    from app.services.s10_blocks import next_s10
    from app.services.terminal import context_for
    from app.store.models import Acceptance
    from central.models import AccountEntry

    code = set_up_branch(central.db_url)
    out = central_cli(
        central.db_url, "customer", "add", "--code", "VOLGAMED", "--contract", "RU-C-2026/5",
        "--name", "VolgaMed LLC", "--kind", "contract", "--country", "RU",
        "--inn", "7704217370", "--account", "--credit-limit", "300000", "--currency", "RUB",
        "--discount", "10", "--plan-name", "Contract -10 %", "--plan-from", "2026-01-01",
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    db = open_test_terminal(tmp_path / "terminal.db")
    try:
        join(db, central.url, code)
        assert sync_service.run_once(db).ok
        with db.read() as session:
            staff = verify_pin(session, "501", "482913")
            assert staff is not None
            ctx = context_for(session, staff)
        day = ctx.business_day(datetime.now(UTC))
        rules = counter_rules_in_force(db, day)
        limits = rules.limits_today(ctx)
        customer = customer_by_code(db, "VOLGAMED", day)
        assert customer is not None and customer.account_allowed  # central's document
        s10 = db.write_with_retry(lambda s: next_s10(s, "CP", ctx.branch_country))
        consignment = make_consignment(random.Random(17), [s10], limits=limits)
        pricing = ContractPricing(rules.pricing, customer, rules.data.tariffs)
        plan = pricing.quote(consignment, limits, ctx.currency, day).plan_name
        assert plan == "Contract -10 %"
        result = accept(
            db, ctx, consignment, limits=limits, pricing=pricing,
            customs_rules=rules.customs_rules, reference_versions=dict(rules.versions),
            business=BusinessTerms("VOLGAMED", plan),
        )  # fmt: skip
        record_payment(db, ctx, result.acceptance_id, "account")
        with db.read() as session:
            row = session.get(Acceptance, result.acceptance_id)
            assert row is not None
            fee = Decimal(row.fee_amount)
        assert sync_service.run_once(db).ok
        assert sync_service.run_once(db).ok  # nothing new: no second charge
        cdb = CentralDB(central.db_url)
        try:
            with cdb.read() as session:
                charges = session.scalars(select(AccountEntry)).all()
        finally:
            cdb.close()
        assert [(c.customer_code, c.kind, c.flag, c.acceptance_id) for c in charges] == [
            ("VOLGAMED", "charge", "", result.acceptance_id)
        ]
        assert Decimal(charges[0].amount_minor) / 100 == fee
        with db.read() as session:
            owed = reported_balance(session, "VOLGAMED")
        assert owed is not None and owed.balance.amount == fee
        assert owed.credit_limit is not None and owed.credit_limit.amount == Decimal("300000")
    finally:
        db.close()


def test_terminal_batch_and_its_close_reach_the_marketplace(tmp_path: Path, db, clerk) -> None:
    """A list accepted and closed at a real counter (the terminal's own services), sent by
    its sync worker to central on loopback: the marketplace reads it with its token."""
    from app.services.auth import authenticate
    from app.services.batch_close import close_batch
    from app.services.terminal import DEMO_BRANCH, DEMO_SUPERVISOR
    from app.store.settings import set_setting
    from tests.factories import accept_batch_item, make_batch, s10_numbers
    from tests.sync_helpers import ThreadedCentral

    server = ThreadedCentral(f"sqlite:///{tmp_path / 'central.db'}")
    try:
        from central.auth import add_terminal
        from central.customers import CustomerChange, issue_token, save_customer

        save_customer(
            server.db,
            CustomerChange(
                code="SHOPKART", contract="IN-MP-2026/017", name="ShopKart Exports Pvt Ltd",
                kind="marketplace", country="IN", gstin="07AAACS1234F1ZU",
            ),
        )  # fmt: skip
        customer_token = issue_token(server.db, "SHOPKART")
        _, token = add_terminal(server.db, DEMO_BRANCH)
        s10s = s10_numbers(4)
        batch_id = make_batch(db, "MP-9", s10s)
        accept_batch_item(db, clerk, batch_id, s10s[0], 55_100)
        accept_batch_item(db, clerk, batch_id, s10s[2], 61_000, flagged=True)
        number, pin = DEMO_SUPERVISOR[0], DEMO_SUPERVISOR[1]
        supervisor = authenticate(db, number, pin, purpose="batch close").id
        close_batch(db, clerk, batch_id, supervisor, "card")
        sync_service.configure(db, server.url, token, check=False)
        with db.write() as s:
            set_setting(s, "central.branch", DEMO_BRANCH)
        report = sync_service.run_once(db)
        assert report.ok and set(report.counts) == {"stored"}, report
        resp = httpx.get(
            f"{server.url}/v1/batches/MP-9",
            headers={"Authorization": f"Bearer {customer_token}"},
            timeout=10,
        )
        assert resp.status_code == 200, resp.text
        body = resp.json()
        assert body["closed"] is True and body["customer"] == "SHOPKART"
        items = {i["s10"]: i for i in body["items"]}
        assert list(items) == s10s
        assert [items[s]["accepted"] for s in s10s] == [True, False, True, False]
        assert items[s10s[0]]["weight_difference_grams"] == 100
        assert items[s10s[2]]["weight_flagged"] is True
        assert items[s10s[2]]["weight_difference_grams"] == 6_000
        assert all(items[s]["declared_grams"] == 55_000 for s in s10s)
        assert items[s10s[0]]["fee"]["currency"] == "RUB"
    finally:
        server.stop()
