"""Issue 17 at central, over loopback against the real app on SQLite and on the local
PostgreSQL: business acceptances and closed batches as terminals send them, the
marketplace API with customers' own tokens (never another customer's data), accounts
charged once per payment, and hostile input answered with reasons, never 500.
"""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from central.accounts import settle
from central.auth import add_terminal
from central.customers import CustomerChange, issue_token, save_customer
from central.models import AccountEntry, CustomerBatch, SyncItem
from central.settings import CentralSettings
from tests.integration.central_cases import (
    BRANCH_A,
    BRANCH_B,
    acceptance,
    database_url,
    item,
    next_s10,
)
from tests.integration.test_ops_supervisor import _table
from tests.sync_helpers import ThreadedCentral

OZON, SHOPKART, NOACCOUNT = "OZON", "SHOPKART", "SMALLSHOP"
ADMIN = "ops-admin-token-for-tests-0123456789"


@dataclass
class Central:
    server: ThreadedCentral
    client: httpx.Client
    token_a: str
    token_b: str
    customer_tokens: dict[str, str]

    @property
    def db(self) -> Any:
        return self.server.db

    def send(self, token: str, items: list[dict], branch: str = BRANCH_A) -> list[dict]:
        resp = self.client.post(
            "/v1/sync/batches",
            json={"branch": branch, "items": items},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert resp.status_code == 200, resp.text
        return resp.json()["results"]

    def statuses(self, items: list[dict], token: str | None = None) -> list[str]:
        return [r["status"] for r in self.send(token or self.token_a, items)]

    def get(self, path: str, token: str | None) -> httpx.Response:
        headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
        return self.client.get(path, headers=headers)


def _customers(db: Any) -> dict[str, str]:
    save_customer(
        db,
        CustomerChange(
            code=OZON, contract="RU-MP-2026/003", name="Ozon Global", kind="marketplace",
            country="RU", inn="7704217370", account_allowed=True,
            credit_limit=Decimal("1000000"), currency="RUB",
        ),
    )  # fmt: skip
    save_customer(
        db,
        CustomerChange(
            code=SHOPKART, contract="IN-MP-2026/017", name="ShopKart Exports Pvt Ltd",
            kind="marketplace", country="IN", gstin="07AAACS1234F1ZU",
            account_allowed=True, credit_limit=Decimal("500000"), currency="INR",
        ),
    )  # fmt: skip
    save_customer(
        db,
        CustomerChange(
            code=NOACCOUNT, contract="RU-S-1", name="Small Shop", kind="seller",
            country="RU", inn="7704217370", currency="RUB",
        ),
    )  # fmt: skip
    return {code: issue_token(db, code) for code in (OZON, SHOPKART)}


@pytest.fixture(params=["sqlite", "postgres"])
def central(request, tmp_path: Path) -> Iterator[Central]:
    with database_url(request.param, tmp_path) as url:
        server = ThreadedCentral(url)
        _, a = add_terminal(server.db, BRANCH_A)
        _, b = add_terminal(server.db, BRANCH_B)
        tokens = _customers(server.db)
        with httpx.Client(base_url=server.url, timeout=60) as client:
            yield Central(server, client, a, b, tokens)
        server.stop()


def business_accept(
    customer: str,
    batch: str = "",
    *,
    declared: int | None = None,
    flagged: bool = False,
    fee: str = "13700.00",
    s10: str | None = None,
) -> dict:
    record = acceptance(BRANCH_A, [s10 or next_s10()])
    record["fee"] = {"amount": fee, "currency": "RUB"}
    record["business"] = {
        "customer": customer,
        "price_plan": "Marketplace -15 %",
        "batch": batch,
        "declared_grams": declared,
        "weight_flagged": flagged,
    }
    return record


def payment(record: dict, method: str = "account", customer: str | None = None) -> dict:
    body = {
        "schema": 1,
        "kind": "payment",
        "payment_id": str(uuid.uuid4()),
        "acceptance_id": record["acceptance_id"],
        "branch": record["branch"],
        "business_day": record["business_day"],
        "recorded_at": datetime.now(UTC).isoformat(),
        "state": "paid",
        "method": method,
        "amount": dict(record["fee"]),
        "tendered": None,
        "change": None,
        "approved_by": None,
        "reason": "",
    }
    if customer is not None:
        body["customer"] = customer
    return body


def batch_close(
    number: str,
    customer: str,
    lines: list[tuple[str, int | None, str | None]],
    amount: str = "27400.00",
    method: str = "account",
) -> dict:
    now = datetime.now(UTC)
    return {
        "schema": 1,
        "kind": "batch_close",
        "batch": number,
        "customer": customer,
        "branch": BRANCH_A,
        "terminal": "T-1",
        "staff": "901",
        "closed_at": now.isoformat(),
        "business_day": now.date().isoformat(),
        "items": [
            {"s10": s10, "declared_grams": declared, "acceptance_id": acc}
            for s10, declared, acc in lines
        ],
        "payment": {
            "payment_id": str(uuid.uuid4()),
            "method": method,
            "amount": {"amount": amount, "currency": "RUB"},
        },
    }


def balance(central: Central, code: str) -> dict:
    resp = central.get("/v1/accounts", central.token_b)
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert datetime.fromisoformat(body["as_of"]).tzinfo is not None
    return {a["customer"]: a for a in body["accounts"]}[code]


def entries(central: Central) -> list[AccountEntry]:
    with central.db.read() as s:
        return list(s.scalars(select(AccountEntry).order_by(AccountEntry.id)))


def test_marketplace_sees_its_batch_and_never_another_customers(central: Central) -> None:
    ozon, shopkart = central.customer_tokens[OZON], central.customer_tokens[SHOPKART]
    first = business_accept(OZON, "OZ-2026-12-01", declared=82000)
    heavy = business_accept(OZON, "OZ-2026-12-01", declared=70000, flagged=True)
    missing = next_s10()
    theirs = business_accept(SHOPKART, "SK-17", declared=81000)
    records = [first, heavy, theirs]
    assert central.statuses([item("accept", r) for r in records]) == ["stored"] * 3
    s10 = [r["pieces"][0]["s10"] for r in records]

    # open: what was accepted so far
    resp = central.get("/v1/batches/OZ-2026-12-01", ozon)
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["batch"] == "OZ-2026-12-01" and body["customer"] == OZON
    assert body["closed"] is False and body["closed_at"] is None
    assert [i["s10"] for i in body["items"]] == s10[:2]

    close = batch_close(
        "OZ-2026-12-01",
        OZON,
        [
            (s10[0], 82000, first["acceptance_id"]),
            (s10[1], 70000, heavy["acceptance_id"]),
            (missing, 65000, None),
        ],
    )
    assert central.statuses([item("batch_close", close, close["payment"]["payment_id"])]) == [
        "stored"
    ]
    body = central.get("/v1/batches/OZ-2026-12-01", ozon).json()
    assert body["closed"] is True and body["closed_at"]
    items = {i["s10"]: i for i in body["items"]}
    assert list(items) == [s10[0], s10[1], missing]
    accepted = items[s10[0]]
    assert accepted["accepted"] is True and accepted["batch"] == "OZ-2026-12-01"
    assert accepted["actual_grams"] == 82200 and accepted["declared_grams"] == 82000
    assert accepted["weight_difference_grams"] == 200 and accepted["weight_flagged"] is False
    assert accepted["fee"] == {"amount": "13700.00", "currency": "RUB"}
    assert datetime.fromisoformat(accepted["accepted_at"]) == datetime.fromisoformat(
        first["accepted_at"]
    )
    assert items[s10[1]]["weight_difference_grams"] == 12200
    assert items[s10[1]]["weight_flagged"] is True
    assert items[missing] == {
        "s10": missing, "batch": "OZ-2026-12-01", "accepted": False, "accepted_at": None,
        "actual_grams": None, "declared_grams": 65000, "weight_difference_grams": None,
        "weight_flagged": False, "fee": None,
    }  # fmt: skip

    # one item, typed as a person would
    spaced = f"{s10[0][:2]} {s10[0][2:11]} {s10[0][11:].lower()}"
    resp = central.get(f"/v1/items/{spaced}", ozon)
    assert resp.status_code == 200 and resp.json() == accepted
    assert central.get(f"/v1/items/{missing}", ozon).json()["accepted"] is False

    # another customer's batch or item is exactly as unknown as one that does not exist
    for path in ("/v1/batches/OZ-2026-12-01", f"/v1/items/{s10[0]}", f"/v1/items/{missing}"):
        resp = central.get(path, shopkart)
        assert resp.status_code == 404, (path, resp.text)
        assert OZON not in resp.text and "82200" not in resp.text
    assert central.get("/v1/batches/SK-17", ozon).status_code == 404
    assert central.get(f"/v1/items/{s10[2]}", ozon).status_code == 404
    never = central.get("/v1/batches/NO-SUCH", shopkart).json()["detail"]
    other = central.get("/v1/batches/OZ-2026-12-01", shopkart).json()["detail"]
    assert never.replace("NO-SUCH", "X") == other.replace("OZ-2026-12-01", "X")
    assert central.get("/v1/batches/SK-17", shopkart).json()["items"][0]["s10"] == s10[2]

    # a terminal's token is not a customer's; no token or a wrong one is 401
    for path in ("/v1/batches/OZ-2026-12-01", f"/v1/items/{s10[0]}"):
        assert central.get(path, central.token_a).status_code == 403
        resp = central.get(path, None)
        assert resp.status_code == 401 and resp.headers["www-authenticate"] == "Bearer"
        assert central.get(path, "pcm_" + "x" * 43).status_code == 401
    # a customer's token is no terminal token
    assert central.get("/v1/accounts", ozon).status_code == 401
    assert central.get("/v1/whoami", ozon).status_code == 401

    # a new token replaces the old one
    fresh = issue_token(central.db, OZON)
    assert central.get("/v1/batches/OZ-2026-12-01", ozon).status_code == 401
    assert central.get("/v1/batches/OZ-2026-12-01", fresh).status_code == 200


def test_account_charged_once_per_payment_and_settled(central: Central) -> None:
    assert balance(central, OZON) == {
        "customer": OZON, "currency": "RUB", "allowed": True, "balance": "0.00",
        "credit_limit": "1000000.00", "flagged_entries": 0,
    }  # fmt: skip
    record = business_accept(OZON, fee="13700.00")
    paid = payment(record)  # names no customer: the acceptance's customer is charged
    pay_item = item("payment", paid, paid["payment_id"])
    assert central.statuses([item("accept", record), pay_item]) == ["stored", "stored"]
    assert central.statuses([pay_item]) == ["duplicate"]  # the terminal did not hear us
    # the same payment under another item UUID (a resend after a restore) is no new charge
    assert central.statuses([item("payment", paid)]) == ["stored"]
    assert balance(central, OZON)["balance"] == "13700.00"

    # a cash payment charges nothing
    cash = business_accept(OZON, fee="9000.00")
    assert central.statuses([item("accept", cash), item("payment", payment(cash, "cash"))]) == [
        "stored",
        "stored",
    ]
    # a closed batch paid on account is one charge, however often it is sent
    close = batch_close("OZ-9", OZON, [(next_s10(), 50000, None)], amount="20000.00")
    close_item = item("batch_close", close, close["payment"]["payment_id"])
    assert central.statuses([close_item]) == ["stored"]
    assert central.statuses([close_item]) == ["duplicate"]
    assert balance(central, OZON)["balance"] == "33700.00"

    book = settle(central.db, OZON, Decimal("30000.00"), "bank transfer 4411")
    assert book.balance == Decimal("3700.00")
    assert balance(central, OZON)["balance"] == "3700.00"

    # a voided acceptance paid on account is booked back, once
    void = {
        "schema": 1,
        "acceptance_id": record["acceptance_id"],
        "branch": BRANCH_A,
        "reason": "customer took it back",
        "voided_at": datetime.now(UTC).isoformat(),
    }
    assert central.statuses([item("void", void)]) == ["stored"]
    assert central.statuses([item("void", void)]) == ["stored"]  # a second void: no 2nd credit
    assert balance(central, OZON)["balance"] == "-10000.00"
    kinds = [(e.kind, e.amount_minor) for e in entries(central) if e.customer_code == OZON]
    assert kinds == [
        ("charge", 1_370_000),
        ("charge", 2_000_000),
        ("settlement", -3_000_000),
        ("reversal", -1_370_000),
    ]


def test_payment_on_account_that_cannot_be_matched_is_kept_and_flagged(
    central: Central, monkeypatch: pytest.MonkeyPatch
) -> None:
    unknown = business_accept("GHOST-CO")
    not_allowed = business_accept(NOACCOUNT, fee="5000.00")
    nobody = acceptance(BRANCH_A)
    foreign = business_accept(SHOPKART, fee="1000.00")  # RUB on an INR account
    pays = [
        payment(unknown),
        payment(not_allowed, customer=NOACCOUNT),
        payment(nobody),
        payment(foreign),
    ]
    sent = [item("accept", r) for r in (unknown, not_allowed, nobody, foreign)]
    sent += [item("payment", p) for p in pays]
    # the parcels were taken: every payment is stored, none is rejected
    assert central.statuses(sent) == ["stored"] * 8
    flags = {e.customer_code: e.flag for e in entries(central)}
    assert flags == {
        "GHOST-CO": "unknown_customer",
        NOACCOUNT: "account_not_allowed",
        "": "no_customer",
        SHOPKART: "currency",
    }
    small = balance(central, NOACCOUNT)
    assert small["allowed"] is False and small["credit_limit"] == "0.00"
    assert small["balance"] == "5000.00" and small["flagged_entries"] == 1  # owed all the same
    assert balance(central, SHOPKART)["balance"] == "0.00"  # RUB cannot be added to INR
    resp = central.get("/v1/accounts", central.token_a)
    assert "GHOST-CO" not in {a["customer"] for a in resp.json()["accounts"]}

    # head office sees them on the operations page, with why, in Russian too
    monkeypatch.setenv("POSTCOUNTER_CENTRAL_ADMIN_TOKEN", ADMIN)
    with httpx.Client(base_url=central.server.url, timeout=30) as admin:
        assert admin.post("/ops/login", data={"token": ADMIN}).status_code in (200, 303)
        rows = _table(admin.get("/ops").text, "flagged")
        ru = admin.get("/ops", params={"lang": "ru"}).text
    assert {(r[1], r[2], r[4], r[5]) for r in rows} == {
        (BRANCH_A, "GHOST-CO", "13700.00 RUB", "No customer of that code at central."),
        (BRANCH_A, NOACCOUNT, "5000.00 RUB", "The customer may not pay on account."),
        (BRANCH_A, "—", "13700.00 RUB", "The payment on account names no customer."),
        (BRANCH_A, SHOPKART, "1000.00 RUB", "Not the currency of the customer's account."),
    }
    assert "Клиенту не разрешена оплата в счёт договора." in ru


def _reasons(results: list[dict]) -> list[str]:
    assert [r["status"] for r in results] == ["rejected"] * len(results), results
    return [r["reason"] for r in results]


def test_bad_business_payloads_are_rejected_with_reasons(central: Central) -> None:
    def with_business(**change: Any) -> dict:
        record = business_accept(OZON, "OZ-BAD")
        record["business"].update(change)
        return record

    def close_with(**change: Any) -> dict:
        body = batch_close("OZ-BAD", OZON, [(next_s10(), 1000, None)])
        body.update(change)
        return body

    bad = [
        item("accept", with_business(declared_grams=-1)),
        item("accept", with_business(declared_grams=500_001)),
        item("accept", with_business(weight_flagged="yes")),
        item("accept", with_business(customer="")),
        item("accept", with_business(customer="X" * 41)),
        item("accept", with_business(batch="OZ\n1")),
        item("accept", with_business(batch="B" * 41)),
        item("payment", dict(payment(business_accept(OZON)), customer="C" * 41)),
        item("batch_close", close_with(items=[{"s10": next_s10()}] * 5001)),
        item("batch_close", close_with(items=[{"s10": "CP000000000RU"}] * 2)),
        item("batch_close", close_with(payment={"payment_id": "x", "method": "bitcoin"})),
        item("batch_close", close_with(batch="")),
        item("batch_close", close_with(items=[{"s10": "AB12", "declared_grams": 1.5}])),
        item("batch_close", close_with(closed_at="2026-12-01T10:00:00")),
    ]
    reasons = _reasons(central.send(central.token_a, bad))
    expected = [
        "business.declared_grams", "business.declared_grams", "business.weight_flagged",
        "business.customer", "business.customer", "business.batch", "business.batch",
        "customer", "items", "items", "payment.payment_id", "batch", "items[1].s10",
        "closed_at",
    ]  # fmt: skip
    for reason, field in zip(reasons, expected, strict=True):
        assert reason.startswith(field) or f" {field}:" in reason, (field, reason)
    assert "payment.method" in reasons[10]
    assert "items[1].declared_grams" in reasons[12]
    with central.db.read() as s:
        assert s.scalar(select(func.count()).select_from(CustomerBatch)) == 0

    # a batch is closed once, by its own branch
    record = business_accept(OZON, "OZ-ONCE")
    assert central.statuses([item("accept", record)]) == ["stored"]
    theirs = dict(batch_close("OZ-ONCE", OZON, []), branch=BRANCH_B)
    (why,) = _reasons(central.send(central.token_b, [item("batch_close", theirs)], BRANCH_B))
    assert f"branch {BRANCH_A}" in why
    first = batch_close("OZ-ONCE", OZON, [(record["pieces"][0]["s10"], 80000, None)])
    again = batch_close("OZ-ONCE", OZON, [])
    assert central.statuses([item("batch_close", first)]) == ["stored"]
    (why,) = _reasons(central.send(central.token_a, [item("batch_close", again)]))
    assert "closed at central already" in why
    assert balance(central, OZON)["balance"] == "27400.00"  # only the first close charged


def test_largest_batch_close_is_stored(central: Central) -> None:
    lines = [(next_s10(), 20_000 + i, None) for i in range(5000)]
    close = batch_close("OZ-BIG", OZON, lines, amount="0.00", method="cash")
    assert central.statuses([item("batch_close", close)]) == ["stored"]
    body = central.get("/v1/batches/OZ-BIG", central.customer_tokens[OZON]).json()
    assert len(body["items"]) == 5000 and body["items"][-1]["declared_grams"] == 24_999


def test_path_parameters_are_bounded(central: Central) -> None:
    token = central.customer_tokens[OZON]
    for path in (
        "/v1/batches/" + "A" * 41,
        "/v1/batches/%00",
        "/v1/batches/A%0AB",
        "/v1/items/" + "C" * 65,
        "/v1/items/%00",
        "/v1/items/CP123456789RU",  # wrong check digit
        "/v1/items/..%2F..%2Fetc",
    ):
        resp = central.get(path, token)
        assert resp.status_code in (404, 422), (path, resp.status_code, resp.text)
        assert resp.json()["detail"]
    for path in ("/v1/batches/%E2%82%AC-%F0%9F%93%A6", "/v1/batches/..%2F..%2Fetc/passwd"):
        assert central.get(path, token).status_code == 404  # printable: looked up, not found
    with central.db.read() as s:
        assert s.scalar(select(func.count()).select_from(SyncItem)) == 0


def raw_get(port: int, path_bytes: bytes, token: str) -> bytes:
    """GET by hand (an HTTP client refuses such a URL): the head of central's answer, or
    b'' when it closed the connection without one."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.settimeout(5)
        try:
            sock.sendall(b"GET " + path_bytes + b" HTTP/1.1\r\nHost: x\r\n")
            sock.sendall(f"Authorization: Bearer {token}\r\n\r\n".encode())
        except OSError:
            pass  # central answered and closed while the line was still coming
        data = b""
        try:
            while b"\r\n\r\n" not in data:
                got = sock.recv(65536)
                if not got:
                    break
                data += got
        except OSError:
            pass
    return data


def test_ten_megabyte_path_gets_a_clean_client_error(tmp_path: Path) -> None:
    with database_url("sqlite", tmp_path) as url:
        server = ThreadedCentral(url)
        try:
            tokens = _customers(server.db)
            for prefix in (b"/v1/batches/", b"/v1/items/"):
                head = raw_get(server.port, prefix + b"A" * (10 * 1024 * 1024), tokens[OZON])
                status = int(head.split(b" ", 2)[1]) if head.startswith(b"HTTP/1.1 ") else 0
                assert 400 <= status < 500, head[:200]
            # and central still answers everyone else
            assert httpx.get(f"{server.url}/health", timeout=10).status_code == 200
        finally:
            server.stop()


def test_amendment_replaces_the_business_part(central: Central) -> None:
    token = central.customer_tokens[OZON]
    record = business_accept(OZON, "OZ-AM", declared=80000)
    s10 = record["pieces"][0]["s10"]
    broken = dict(record, business=dict(record["business"], declared_grams=-5))
    (why,) = _reasons(central.send(central.token_a, [item("accept", broken)]))
    assert "business.declared_grams" in why
    assert central.get(f"/v1/items/{s10}", token).status_code == 404  # nothing was kept

    # the correction registers it, and a later one changes what the marketplace sees
    amend = {"schema": 1, "acceptance_id": record["acceptance_id"], "branch": BRANCH_A}
    assert central.statuses([item("amend", dict(amend, reason="declared", record=record))]) == [
        "stored"
    ]
    seen = central.get(f"/v1/items/{s10}", token).json()
    assert seen["declared_grams"] == 80000 and seen["weight_flagged"] is False
    flagged = dict(record, business=dict(record["business"], declared_grams=70000,
                                         weight_flagged=True))  # fmt: skip
    assert central.statuses([item("amend", dict(amend, reason="reweighed", record=flagged))]) == [
        "stored"
    ]
    seen = central.get(f"/v1/items/{s10}", token).json()
    assert seen["weight_flagged"] is True and seen["weight_difference_grams"] == 12200
    # an amendment giving the consignment to nobody takes it from the customer
    plain = {k: v for k, v in record.items() if k != "business"}
    assert central.statuses([item("amend", dict(amend, reason="private", record=plain))]) == [
        "stored"
    ]
    assert central.get(f"/v1/items/{s10}", token).json()["accepted"] is False  # still listed


def test_wrong_customer_tokens_are_slowed_down(tmp_path: Path) -> None:
    with database_url("sqlite", tmp_path) as url:
        server = ThreadedCentral(url, CentralSettings(auth_failures=3, auth_window_s=60))
        try:
            tokens = _customers(server.db)
            with httpx.Client(base_url=server.url, timeout=30) as client:

                def get(token: str) -> httpx.Response:
                    return client.get(
                        "/v1/batches/OZ-1", headers={"Authorization": f"Bearer {token}"}
                    )

                assert [get("pcm_guess").status_code for _ in range(3)] == [401] * 3
                refused = get("pcm_guess")
                assert refused.status_code == 429 and int(refused.headers["retry-after"]) > 0
                assert get(tokens[OZON]).status_code == 404  # the right token still works
        finally:
            server.stop()


def batch_fiscal(close: dict, **change: Any) -> dict:
    """The register's receipt of a closed batch's payment, as a terminal sends it."""
    body = {
        "schema": 1,
        "kind": "batch_fiscal",
        "batch": close["batch"],
        "customer": close["customer"],
        "branch": close["branch"],
        "payment_id": close["payment"]["payment_id"],
        "fiscal": {
            "kind": "sell",
            "document_number": 41,
            "fiscal_sign": "3826378291",
            "fn_number": "9960440300000001",
            "register_time": "2026-12-01T10:15:00",
            "shift_number": 4,
            "demo": False,
        },
    }
    body.update(change)
    return body


def test_a_batch_receipt_follows_its_cash_close(central: Central) -> None:
    """A batch paid in cash at a Russian counter: the register's receipt comes after the
    close and is kept as sent; one for another payment, before the close, for a batch paid
    on account, from another branch or malformed is refused saying what to do."""
    record = business_accept(OZON, "OZ-CASH")
    assert central.statuses([item("accept", record)]) == ["stored"]
    close = batch_close("OZ-CASH", OZON, [(record["pieces"][0]["s10"], 80000, None)], method="cash")
    early = item("batch_fiscal", batch_fiscal(close))
    (why,) = _reasons(central.send(central.token_a, [early]))
    assert why.startswith("batch:") and "Send the batch's close first" in why
    assert central.statuses([item("batch_close", close, close["payment"]["payment_id"])]) == [
        "stored"
    ]
    bad = [
        item("batch_fiscal", batch_fiscal(close, payment_id=str(uuid.uuid4()))),
        item("batch_fiscal", batch_fiscal(close, fiscal=None)),
        item("batch_fiscal", batch_fiscal(close, fiscal={"kind": "sellReturn"})),
        item("batch_fiscal", batch_fiscal(close, batch="OZ\n1")),
        item("batch_fiscal", batch_fiscal(close, fiscal=dict(batch_fiscal(close)["fiscal"],
                                                              fiscal_sign="12ab"))),
    ]  # fmt: skip
    reasons = _reasons(central.send(central.token_a, bad))
    assert reasons[0].startswith("payment_id:") and "closed with" in reasons[0]
    for reason, field in zip(
        reasons[1:], ["fiscal", "fiscal", "batch", "fiscal.fiscal_sign"], strict=True
    ):
        assert reason.startswith(field), (field, reason)
    theirs = item("batch_fiscal", batch_fiscal(close, branch=BRANCH_B))
    (why,) = _reasons(central.send(central.token_b, [theirs], BRANCH_B))
    assert f"branch {BRANCH_A}" in why
    receipt = item("batch_fiscal", batch_fiscal(close))
    assert central.statuses([receipt]) == ["stored"]
    assert central.statuses([receipt]) == ["duplicate"]  # sent again after a lost answer
    with central.db.read() as s:
        [kept] = s.scalars(select(SyncItem).where(SyncItem.kind == "batch_fiscal")).all()
    assert kept.entity_id == "OZ-CASH" and kept.payload == receipt["payload"]

    on_account = business_accept(OZON, "OZ-ACC")
    assert central.statuses([item("accept", on_account)]) == ["stored"]
    account_close = batch_close("OZ-ACC", OZON, [(on_account["pieces"][0]["s10"], 80000, None)])
    assert central.statuses(
        [item("batch_close", account_close, account_close["payment"]["payment_id"])]
    ) == ["stored"]
    (why,) = _reasons(
        central.send(central.token_a, [item("batch_fiscal", batch_fiscal(account_close))])
    )
    assert "only a cash or card payment" in why
