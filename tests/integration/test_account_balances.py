"""Balances of business customers' accounts fetched from central (``GET /v1/accounts``)
over real HTTP on loopback, kept with their as-of time, and the last ones kept when
central has none or answers nonsense."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI, Header, HTTPException

from app.domain.money import Money
from app.services.central_refresh import _keep_balances, refresh
from app.services.customer_account import available_credit, reported_balance, store_balances
from app.services.customers import customer_by_code
from app.services.enrolment import join
from app.services.token_store import load_token
from app.sync.accounts_client import fetch_accounts
from app.sync.protocol import AuthError
from tests.integration.test_enrolment import BRANCH, central, set_up_branch
from tests.sync_helpers import free_port, open_test_terminal

__all__ = ["central"]  # the fixture, used by name
TOKEN = "terminal-token-for-the-test"


class AccountsServer:
    """A small HTTP server that answers ``GET /v1/accounts`` as central's spec says, with
    the body the test sets (central's own route replaces it once it is there)."""

    def __init__(self) -> None:
        self.body: dict[str, Any] | None = None
        app = FastAPI()

        @app.get("/v1/accounts")
        def accounts(authorization: str = Header("")) -> dict[str, Any]:
            if authorization != f"Bearer {TOKEN}":
                raise HTTPException(401, "no valid terminal token")
            if self.body is None:
                raise HTTPException(404, "Not Found")
            return self.body

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="error")
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            assert time.monotonic() < deadline, "test server did not start"
            time.sleep(0.01)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture
def server() -> Iterator[AccountsServer]:
    s = AccountsServer()
    yield s
    s.stop()


def _client(url: str, token: str = TOKEN) -> httpx.Client:
    return httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=10)


def test_balances_come_over_http_and_set_what_a_customer_may_still_charge(tmp_path, server):
    server.body = {
        "as_of": "2026-12-06T10:00:00+00:00",
        "accounts": [
            {"customer": "VOLGAMED", "currency": "RUB", "balance": "120000.50",
             "credit_limit": "300000.00"},
            {"customer": "SHOPKART", "currency": "INR", "balance": "480000.00",
             "credit_limit": "500000.00"},
        ],
    }  # fmt: skip
    db = open_test_terminal(tmp_path / "t.db")
    try:
        with _client(server.url) as client:
            body = fetch_accounts(client)
        with db.write() as s:
            assert _keep_balances(s, body) == 2
        with db.read() as s:
            kept = reported_balance(s, "SHOPKART")
            assert kept is not None and kept.balance == Money(Decimal("480000.00"), "INR")
            assert kept.as_of == datetime(2026, 12, 6, 10, tzinfo=UTC)
            shopkart = customer_by_code(db, "SHOPKART", date(2026, 12, 6))
            assert shopkart is not None
            assert available_credit(s, shopkart) == Money(Decimal("20000.00"), "INR")
        # central without accounts (404): nothing to keep, the last answer stays
        server.body = None
        with _client(server.url) as client:
            assert fetch_accounts(client) is None
            with db.write() as s:
                assert _keep_balances(s, None) is None
            # a wrong token is an authentication problem, said as such
            with _client(server.url, "wrong") as bad, pytest.raises(AuthError):
                fetch_accounts(bad)
        # nonsense from central is not kept either
        with db.write() as s:
            assert _keep_balances(s, {"as_of": "now", "accounts": "all"}) is None
        with db.read() as s:
            assert reported_balance(s, "SHOPKART") == kept
    finally:
        db.close()


def test_refresh_from_the_real_central_keeps_its_balances(tmp_path, central):
    """Against ``python -m central serve``: the refresh asks for the accounts with the
    staff and reference data; before central offers them, the last known ones stay."""
    code = set_up_branch(central.db_url)
    db = open_test_terminal(tmp_path / "t.db")
    try:
        join(db, central.url, code)
        with db.write() as s:
            store_balances(s, {"as_of": "2026-12-01T00:00:00+00:00", "accounts": [
                {"customer": "VOLGAMED", "currency": "RUB", "balance": "1000.00"}]})  # fmt: skip
        with db.read() as s:
            token = load_token(s) or ""
        with _client(central.url, token) as client:
            direct = client.get("/v1/accounts")
            report = refresh(db, client, BRANCH)
        with db.read() as s:
            kept = reported_balance(s, "VOLGAMED")
        if direct.status_code == 404:  # a central without the accounts route
            assert report.accounts is None
            assert kept is not None and kept.balance == Money(Decimal("1000.00"), "RUB")
        else:
            assert direct.status_code == 200
            answer = direct.json()
            assert report.accounts == len(answer["accounts"])
            with db.read() as s:
                for account in answer["accounts"]:
                    got = reported_balance(s, account["customer"])
                    assert got is not None
                    assert got.balance == Money(Decimal(account["balance"]), account["currency"])
        assert report.staff is not None  # the rest of the refresh went on
    finally:
        db.close()


def test_an_account_payment_reaches_central_and_comes_back_as_its_balance(tmp_path):
    """The whole loop against the real central app: a customer added at central reaches
    the terminal, a contract price is paid on account, sync books it at central, and the
    next refresh brings the balance back; the charge is then counted once, not twice."""
    from datetime import timedelta

    from app.services import sync_service
    from app.services.payment import record_payment
    from app.services.terminal import DEMO_CLERK, staff_context
    from app.store.models import Acceptance
    from app.sync.http_transport import HttpTransport
    from central.auth import add_terminal
    from tests.integration.test_customer_account import _accept
    from tests.integration.test_enrolment import central_cli
    from tests.sync_helpers import BRANCH as DEMO
    from tests.sync_helpers import ThreadedCentral

    url = f"sqlite:///{tmp_path / 'central.db'}"
    server = ThreadedCentral(url)
    _, token = add_terminal(server.db, DEMO)
    transport = HttpTransport(server.url, token)
    db = open_test_terminal(tmp_path / "t.db")
    try:
        out = central_cli(
            url, "customer", "add", "--code", "NEVAPARTS", "--contract", "RU-77/2026",
            "--name", "Neva Parts LLC", "--kind", "contract", "--country", "RU",
            "--inn", "7728451636", "--address", "Nevsky 1", "--city", "Saint Petersburg",
            "--postcode", "191186", "--account", "--credit-limit", "20000", "--currency", "RUB",
            "--discount", "10", "--plan-name", "Contract -10 %",
            "--plan-from", (date.today() - timedelta(days=400)).isoformat(),
        )  # fmt: skip
        assert out.returncode == 0, out.stderr
        sync_service.configure(db, server.url, token)
        ctx = staff_context(db, DEMO_CLERK[0])
        day = ctx.business_day(datetime.now(UTC))
        report = refresh(db, transport.client, DEMO)
        assert report.documents.get("customers") and report.accounts is not None
        neva = customer_by_code(db, "NEVAPARTS", day)
        assert neva is not None and neva.plan_on(day).name == "Contract -10 %"  # type: ignore[union-attr]
        assert customer_by_code(db, "SHOPKART", day) is None  # central's list, not the demo's
        with db.read() as s:
            assert available_credit(s, neva) == Money(Decimal("20000.00"), "RUB")
        aid = _accept(db, ctx, "NEVAPARTS")
        with db.read() as s:
            row = s.get(Acceptance, aid)
            assert row is not None and row.price_plan == "Contract -10 %"
            fee = Money(row.fee_amount, row.fee_currency)
        record_payment(db, ctx, aid, "account")
        with db.read() as s:  # offline: the local charge counts
            assert available_credit(s, neva) == Money(Decimal("20000.00"), "RUB") - fee
        assert sync_service.run_once(db, transport, top_up=False).counts == {"stored": 2}
        refresh(db, transport.client, DEMO)
        with db.read() as s:
            reported = reported_balance(s, "NEVAPARTS")
            assert reported is not None and reported.balance == fee
            # central has it now: counted once, from central's balance
            assert available_credit(s, neva) == Money(Decimal("20000.00"), "RUB") - fee
    finally:
        db.close()
        transport.close()
        server.stop()
