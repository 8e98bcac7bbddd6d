"""Business customers from central or the demo file, contract prices stored with the
acceptance, and payment on account within the credit limit, on real SQLite files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain.money import Money
from app.domain.s10 import S10
from app.domain.weight import Dimensions
from app.services.acceptance import BusinessTerms, accept
from app.services.contract_pricing import ContractPricing
from app.services.counter_rules import counter_rules
from app.services.customer_account import (
    AccountRefused,
    available_credit,
    check_account,
    store_balances,
    unsent_charges,
)
from app.services.customers import customer_by_code, customers_in_force
from app.services.enrolment import store_documents
from app.services.payment import PaymentRefused, record_payment
from app.services.terminal import DEMO_BRANCH, DEMO_CLERK, CounterContext, staff_context
from app.store.database import Database
from app.store.models import Branch, OutboxItem, Payment
from app.store.settings import set_setting
from tests import factories
from tests.sync_helpers import open_test_terminal

_serial = [30_000_000]


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[tuple[Database, CounterContext]]:
    db = open_test_terminal(tmp_path / "terminal.db")
    yield db, staff_context(db, DEMO_CLERK[0])
    db.close()


def _accept(db: Database, ctx: CounterContext, code: str | None, grams: int = 50_000) -> str:
    """One real acceptance of a 1-piece RU consignment, priced by ``code``'s plan."""
    rules = counter_rules()
    day = ctx.business_day(datetime.now(UTC))
    limits = rules.limits_on(day)
    _serial[0] += 1
    piece = replace(
        factories.piece(str(S10.build("CP", _serial[0], "RU")), grams),
        dimensions=Dimensions(400, 300, 200),
    )
    pricing = rules.pricing
    business = None
    if code:
        customer = customer_by_code(db, code, day)
        assert customer is not None
        pricing = ContractPricing(rules.pricing, customer, rules.data.tariffs)
        business = BusinessTerms(code, pricing.quote(
            factories.consignment(pieces=(piece,)), limits, ctx.currency, day
        ).plan_name)  # fmt: skip
    result = accept(
        db,
        ctx,
        factories.consignment(pieces=(piece,)),
        limits=limits,
        pricing=pricing,
        business=business,
    )
    return result.acceptance_id


def _doc(code: str, limit: str) -> dict[str, object]:
    return {
        "file": "customers",
        "schema_version": 1,
        "customers": [
            {
                "code": code,
                "contract": "RU-1",
                "name": "Test LLC",
                "kind": "contract",
                "country": "RU",
                "inn": "7728451636",
                "account": {"allowed": True, "credit_limit": limit, "currency": "RUB"},
                "price_plans": [
                    {
                        "name": "Contract −10 %",
                        "effective_from": "2026-01-01",
                        "discount_percent": "10",
                    }
                ],
            }
        ],
    }


def test_demo_customers_until_central_sends_its_own_and_none_on_a_real_branch(terminal):
    db, _ctx = terminal
    today = date(2026, 9, 1)
    assert {c.code for c in customers_in_force(db, today)} == {"SHOPKART", "KARIGAR", "VOLGAMED"}
    with db.write() as session:
        store_documents(
            session,
            [
                {"kind": "customers", "version": 3, "effective": "2026-08-01",
                 "body": json.dumps(_doc("ALFA", "1000.00"))},
                {"kind": "customers", "version": 4, "effective": "2026-10-01",
                 "body": json.dumps(_doc("BETA", "1000.00"))},
            ],
        )  # fmt: skip
    assert [c.code for c in customers_in_force(db, today)] == ["ALFA"]
    assert [c.code for c in customers_in_force(db, date(2026, 10, 1))] == ["BETA"]
    assert customer_by_code(db, "alfa", today) is not None
    assert customer_by_code(db, "SHOPKART", today) is None
    # A provisioned (not demo) branch that received nothing has no customers
    with db.write() as session:
        set_setting(session, "demo", False)
        branch = session.get(Branch, DEMO_BRANCH)
        assert branch is not None
        branch.is_demo = False
    assert customers_in_force(db, date(2026, 7, 1)) == ()


def test_contract_fee_and_plan_are_stored_with_the_acceptance(terminal):
    from app.store.models import Acceptance

    db, ctx = terminal
    aid = _accept(db, ctx, "VOLGAMED")
    public = _accept(db, ctx, None)
    with db.read() as s:
        row, plain = s.get(Acceptance, aid), s.get(Acceptance, public)
        assert row is not None and plain is not None
        assert (row.customer_code, row.price_plan) == ("VOLGAMED", "VolgaMed contract tariff 2026")
        assert row.fee_amount == Decimal("5800.00") and plain.fee_amount > row.fee_amount
        item = s.scalars(select(OutboxItem).where(OutboxItem.entity_id == aid)).one()
        business = json.loads(item.payload)["business"]
        assert business["customer"] == "VOLGAMED"
        assert business["price_plan"] == "VolgaMed contract tariff 2026"


def test_account_charges_count_until_central_reports_them(terminal):
    db, ctx = terminal
    volga = customer_by_code(db, "VOLGAMED", date(2026, 9, 1))
    assert volga is not None
    with db.read() as s:
        assert available_credit(s, volga) == Money(Decimal("300000.00"), "RUB")
    first = _accept(db, ctx, "VOLGAMED")
    paid = record_payment(db, ctx, first, "account")
    with db.read() as s:
        p = s.get(Payment, paid.payment_id)
        assert p is not None and p.customer_code == "VOLGAMED" and p.method == "account"
        item = s.scalars(select(OutboxItem).where(OutboxItem.item_uuid == p.id)).one()
        body = json.loads(item.payload)
        assert body["customer"] == "VOLGAMED" and body["method"] == "account"
        # Offline, nothing reported yet: the whole local charge counts
        assert unsent_charges(s, volga, "RUB") == Money(Decimal("5800.00"), "RUB")
        assert available_credit(s, volga) == Money(Decimal("294200.00"), "RUB")
    # Central reports a balance made before it got our charge: both count
    as_of = datetime.now(UTC)
    with db.write() as s:
        store_balances(s, {"as_of": as_of.isoformat(), "accounts": [
            {"customer": "VOLGAMED", "currency": "RUB", "balance": "250000.00",
             "credit_limit": "300000.00"}]})  # fmt: skip
    with db.read() as s:
        assert available_credit(s, volga) == Money(Decimal("44200.00"), "RUB")
    # The item is acknowledged after that balance was made: still ours to count
    with db.write() as s:
        item = s.scalars(select(OutboxItem).where(OutboxItem.item_uuid == paid.payment_id)).one()
        item.state, item.done_at = "done", as_of + timedelta(seconds=5)
    with db.read() as s:
        assert available_credit(s, volga) == Money(Decimal("44200.00"), "RUB")
    # A newer balance includes it (and central raised the limit): no longer counted twice
    with db.write() as s:
        store_balances(s, {"as_of": (as_of + timedelta(minutes=1)).isoformat(), "accounts": [
            {"customer": "VOLGAMED", "currency": "RUB", "balance": "255800.00",
             "credit_limit": "400000.00"}]})  # fmt: skip
    with db.read() as s:
        assert unsent_charges(s, volga, "RUB") == Money.zero("RUB")
        assert available_credit(s, volga) == Money(Decimal("144200.00"), "RUB")


def test_account_payment_over_the_limit_is_refused_and_nothing_is_written(terminal):
    db, ctx = terminal
    volga = customer_by_code(db, "VOLGAMED", date(2026, 9, 1))
    assert volga is not None
    with db.write() as s:
        store_balances(s, {"as_of": datetime.now(UTC).isoformat(), "accounts": [
            {"customer": "VOLGAMED", "currency": "RUB", "balance": "296000.00"}]})  # fmt: skip
    aid = _accept(db, ctx, "VOLGAMED")
    with pytest.raises(AccountRefused) as refused:
        record_payment(db, ctx, aid, "account")
    text = str(refused.value)
    assert "VOLGAMED owes 296,000.00 RUB of its 300,000.00 RUB limit" in text
    assert "this charge is 5,800.00 RUB" in text and "cash or card" in text
    assert refused.value.money["amount"] == Money(Decimal("5800.00"), "RUB")
    with db.read() as s:
        assert s.scalars(select(Payment)).first() is None
        # exactly at the limit is fine, one kopeck over is not
        check_account(s, volga, Money(Decimal("4000.00"), "RUB"))
        with pytest.raises(AccountRefused):
            check_account(s, volga, Money(Decimal("4000.01"), "RUB"))
        with pytest.raises(AccountRefused, match="kept in RUB"):
            check_account(s, volga, Money(Decimal("1.00"), "INR"))
    # central stopped the account (customer set-limit 0): refused whatever the document says
    with db.write() as s:
        store_balances(s, {"as_of": datetime.now(UTC).isoformat(), "accounts": [
            {"customer": "VOLGAMED", "currency": "RUB", "balance": "0.00",
             "credit_limit": "0.00", "allowed": False}]})  # fmt: skip
    with db.read() as s, pytest.raises(AccountRefused, match="may not pay on account"):
        check_account(s, volga, Money(Decimal("1.00"), "RUB"))
    # cash still works for the same acceptance
    assert record_payment(db, ctx, aid, "cash").state == "paid"


def test_account_is_refused_for_the_public_and_for_a_customer_without_account(terminal):
    db, ctx = terminal
    public = _accept(db, ctx, None)
    with pytest.raises(PaymentRefused, match="business senders"):
        record_payment(db, ctx, public, "account")
    karigar = customer_by_code(db, "KARIGAR", date(2026, 9, 1))
    assert karigar is not None
    with db.read() as s:
        with pytest.raises(AccountRefused, match="may not pay on account"):
            check_account(s, karigar, Money(Decimal("1.00"), "INR"))
        assert available_credit(s, karigar).amount == 0


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"as_of": "yesterday", "accounts": []},
        {"as_of": "2026-09-01T10:00:00+00:00", "accounts": [{"customer": "x", "currency": "RUB",
                                                              "balance": "1"}]},
        {"as_of": "2026-09-01T10:00:00+00:00", "accounts": [{"customer": "VOLGAMED",
                                                              "currency": "RUB", "balance": "NaN"}]},
        {"as_of": "2026-09-01T10:00:00+00:00", "accounts": [{"customer": "VOLGAMED",
                                                              "currency": "RUB", "balance": "1e12"}]},
    ],
)  # fmt: skip
def test_a_malformed_accounts_answer_is_refused_whole(terminal, body):
    from app.services.customer_account import BalancesInvalid, reported_balance

    db, _ctx = terminal
    with db.write() as s, pytest.raises(BalancesInvalid):
        store_balances(s, body)
    with db.read() as s:
        assert reported_balance(s, "VOLGAMED") is None


def test_receipts_name_the_customer_the_plan_and_the_account_charged(terminal):
    from app.documents.receipt import render_receipt
    from app.documents.receipt_escpos import COLUMNS
    from app.services.documents import _load, receipt_data
    from app.services.receipts import thermal_receipt
    from tests.docs_helpers import pdf_text
    from tests.escpos_decode import decode

    db, ctx = terminal
    on_account = _accept(db, ctx, "VOLGAMED")
    record_payment(db, ctx, on_account, "account")
    d = decode(thermal_receipt(db, acceptance_id=on_account).data)
    assert d.commands[0] == "init" and d.commands[-1] == "cut"
    lines = " ".join(d.text.split())  # wrapped at 48 columns
    assert "Клиент / Customer: VOLGAMED — ООО «ВолгаМедТехника»" in lines
    assert "Цена по договору / Contract price: VolgaMed contract tariff 2026" in lines
    bold = " ".join(d.bold_text.split())
    assert "В счёт договора / On account: VOLGAMED — ООО «ВолгаМедТехника»" in bold
    assert "5 800.00 RUB" in d.text
    assert [ln for ln in d.text.splitlines() if len(ln) > COLUMNS] == []
    # paid in cash: the contract price is said, no account line
    cash = _accept(db, ctx, "VOLGAMED")
    record_payment(db, ctx, cash, "cash")
    d = decode(thermal_receipt(db, acceptance_id=cash).data)
    assert "Contract price: VolgaMed contract tariff 2026" in " ".join(d.text.split())
    assert "On account" not in d.text and "наличными / cash" in d.text
    # the public pays the public tariff: no contract lines at all
    public = _accept(db, ctx, None)
    record_payment(db, ctx, public, "card")
    d = decode(thermal_receipt(db, acceptance_id=public).data)
    assert "Customer" not in d.text and "Contract price" not in d.text
    # the A4 receipt says the same
    with db.read() as s:
        text = pdf_text(render_receipt(receipt_data(s, _load(s, acceptance_id=on_account))))
    flat = " ".join(text.split())
    assert "VolgaMed contract tariff 2026" in flat and "On account" in flat
    assert "VOLGAMED" in flat


def test_india_demo_branch_prices_shopkart_by_its_plan_and_charges_its_account(tmp_path):
    """On the India Post demo branch (INR) the marketplace pays 12 % off the public fee
    on account; its GST invoice carries the marketplace's GSTIN."""
    import random

    from app.services.demo_branches import use_demo_branch
    from app.services.demo_india import make_consignment
    from app.store.models import GstInvoice

    db = open_test_terminal(tmp_path / "in.db")
    try:
        use_demo_branch(db, "in")
        ctx = staff_context(db, DEMO_CLERK[0])
        assert ctx.currency == "INR"
        day = ctx.business_day(datetime.now(UTC))
        shopkart = customer_by_code(db, "SHOPKART", day)
        assert shopkart is not None
        rules = counter_rules()
        limits = rules.limits_on(day)
        c, _gstin = make_consignment(
            random.Random(3), [str(S10.build("CP", 10_000_123, "IN"))], limits=limits
        )
        pricing = ContractPricing(rules.pricing, shopkart, rules.data.tariffs)
        quote = pricing.quote(c, limits, "INR", day)
        public = rules.pricing.quote(c, limits, "INR", day).fee
        assert quote.public_fee == public and quote.plan_name == "Marketplace −12 %"
        assert quote.fee.amount == (public.amount * Decimal("0.88")).quantize(Decimal("0.01"))
        result = accept(
            db, ctx, c, limits=limits, pricing=pricing,
            business=BusinessTerms("SHOPKART", quote.plan_name),
        )  # fmt: skip
        paid = record_payment(db, ctx, result.acceptance_id, "account")
        assert paid.customer == "SHOPKART"
        with db.read() as s:
            p = s.get(Payment, paid.payment_id)
            assert p is not None and (p.currency, p.customer_code) == ("INR", "SHOPKART")
            invoice = s.scalars(select(GstInvoice)).one()
            assert invoice.customer_gstin == "07AAACS1234F1ZU"
            assert available_credit(s, shopkart) == Money(Decimal("500000.00"), "INR") - quote.fee
    finally:
        db.close()
