"""A fake ATOL Driver v10 web server on loopback, for the fiscal register tests.

It checks every request against the documented JSON task format (FFD 1.2 sell and
sellReturn, openShift, closeShift, getShiftStatus, getFnInfo) and records any deviation
in ``violations`` (tests assert it stays empty), answers as the driver does: 201 on a
queued task, 409 on a known uuid, 404 on an unknown one, ``inProgress`` for the first
``pending_polls`` GETs, then ``ready`` with ``fiscalParams`` or ``error`` with the code
and description set in ``fail_next``. ``receipts`` counts documents actually registered.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

TASK_TYPES = {"sell", "sellReturn", "openShift", "closeShift", "getShiftStatus", "getFnInfo"}
PAYMENT_METHODS = {
    "fullPrepayment", "prepayment", "advance", "fullPayment", "partialPayment", "credit",
    "creditPayment",
}  # fmt: skip
PAYMENT_OBJECTS = {"commodity", "excise", "job", "service", "payment", "another"}
TAX_TYPES = {"none", "vat0", "vat5", "vat7", "vat10", "vat20", "vat22", "vat105", "vat107"}
TAX_TYPES |= {"vat110", "vat120", "vat122"}
PAYMENT_TYPES = {"cash", "electronically", "prepaid", "credit", "other"}
FN = "7380440800012345"


def _check_operator(op: Any, errors: list[str]) -> None:
    if not isinstance(op, dict) or not isinstance(op.get("name"), str) or not op["name"]:
        errors.append("operator.name missing")
        return
    if len(op["name"]) > 64:
        errors.append("operator.name longer than 64")
    if "vatin" in op and not re.fullmatch(r"\d{12}", str(op["vatin"])):
        errors.append("operator.vatin is not a 12-digit INN")


def check_task(task: Any) -> list[str]:
    """What is wrong with ``task`` as the driver documents it; [] when it is right."""
    errors: list[str] = []
    if not isinstance(task, dict) or task.get("type") not in TASK_TYPES:
        return [f"unknown task type {task!r:.60}"]
    kind = task["type"]
    if kind in ("openShift", "closeShift"):
        _check_operator(task.get("operator"), errors)
    if kind not in ("sell", "sellReturn"):
        return errors
    _check_operator(task.get("operator"), errors)
    if task.get("taxationType") not in ("osn", "usnIncome", "usnIncomeOutcome", "esn", "patent"):
        errors.append("taxationType")
    items = task.get("items")
    if not isinstance(items, list) or not items:
        return [*errors, "items missing"]
    total = Decimal(0)
    for i, item in enumerate(items):
        where = f"items[{i}]"
        if item.get("type") != "position":
            errors.append(f"{where}.type")
            continue
        if not isinstance(item.get("name"), str) or not 0 < len(item["name"]) <= 128:
            errors.append(f"{where}.name")
        for key in ("price", "quantity", "amount"):
            if not isinstance(item.get(key), (int, float)) or item[key] < 0:
                errors.append(f"{where}.{key}")
        if errors:
            continue
        price, qty = Decimal(str(item["price"])), Decimal(str(item["quantity"]))
        if (price * qty).quantize(Decimal("0.01")) != Decimal(str(item["amount"])):
            errors.append(f"{where}.amount is not price x quantity")
        total += Decimal(str(item["amount"]))
        if not isinstance(item.get("measurementUnit"), int):
            errors.append(f"{where}.measurementUnit (FFD 1.2: a number, 0 = piece)")
        if item.get("paymentMethod") not in PAYMENT_METHODS:
            errors.append(f"{where}.paymentMethod")
        if item.get("paymentObject") not in PAYMENT_OBJECTS:
            errors.append(f"{where}.paymentObject")
        if (item.get("tax") or {}).get("type") not in TAX_TYPES:
            errors.append(f"{where}.tax.type")
    payments = task.get("payments")
    if not isinstance(payments, list) or not payments:
        errors.append("payments missing")
    else:
        paid = Decimal(0)
        for j, pay in enumerate(payments):
            if pay.get("type") not in PAYMENT_TYPES or not isinstance(pay.get("sum"), (int, float)):
                errors.append(f"payments[{j}]")
            else:
                paid += Decimal(str(pay["sum"]))
        if paid < total:
            errors.append(f"payments {paid} less than the receipt total {total}")
    if "total" in task and Decimal(str(task["total"])).quantize(Decimal("0.01")) != total:
        errors.append("total is not the sum of the items")
    client = task.get("clientInfo")
    if client is not None and not isinstance(client.get("emailOrPhone"), str):
        errors.append("clientInfo.emailOrPhone")
    return errors


class FakeAtol:
    """The fake driver's state; ``url`` to point an adapter at; ``stop()`` when done."""

    def __init__(self, port: int = 0) -> None:
        self.lock = threading.Lock()
        self.tasks: dict[str, dict[str, Any]] = {}
        self.polls: dict[str, int] = {}
        self.violations: list[str] = []
        self.pending_polls = 0
        self.fail_next: tuple[int, str] | None = None
        self.receipts: list[tuple[str, dict[str, Any]]] = []  # (uuid, task) registered
        self.shift_open = False
        self.shift_number = 0
        self.shift_expired = False
        self.fn_warnings: dict[str, bool] = {}
        self.document = 0
        self.closed_shifts: list[int] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # quiet test output
                pass

            def _send(self, status: int, body: object = None) -> None:
                data = json.dumps(body, ensure_ascii=False).encode() if body is not None else b""
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:
                if self.path != "/api/v2/requests":
                    return self._send(404)
                length = int(self.headers.get("Content-Length") or 0)
                try:
                    body = json.loads(self.rfile.read(length))
                    uuid, request = body["uuid"], body["request"]
                    assert isinstance(uuid, str) and 0 < len(uuid) <= 64
                    assert isinstance(request, list) and len(request) == 1
                except (ValueError, KeyError, TypeError, AssertionError):
                    fake.violations.append("POST body is not {uuid, request: [task]}")
                    return self._send(400, {"error": {"code": 400, "description": "bad"}})
                errors = check_task(request[0])
                with fake.lock:
                    if errors:
                        fake.violations.extend(errors)
                        return self._send(400, {"error": {"description": "; ".join(errors)}})
                    if uuid in fake.tasks:
                        return self._send(409, {"error": {"description": "uuid exists"}})
                    fake.tasks[uuid] = {"task": request[0], "state": None}
                    fake.polls[uuid] = 0
                return self._send(201)

            def do_GET(self) -> None:
                prefix = "/api/v2/requests/"
                if not self.path.startswith(prefix):
                    return self._send(404)
                uuid = self.path[len(prefix) :]
                with fake.lock:
                    entry = fake.tasks.get(uuid)
                    if entry is None:
                        return self._send(404, {"error": {"description": "not found"}})
                    if entry["state"] is None:
                        fake.polls[uuid] += 1
                        if fake.polls[uuid] <= fake.pending_polls:
                            return self._send(200, {"results": [{"status": "inProgress"}]})
                        entry["state"] = fake._execute(uuid, entry["task"])
                    return self._send(200, {"results": [entry["state"]]})

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _execute(self, uuid: str, task: dict[str, Any]) -> dict[str, Any]:
        kind = task["type"]
        if kind in ("sell", "sellReturn", "openShift", "closeShift") and self.fail_next:
            code, text = self.fail_next
            self.fail_next = None
            return {"status": "error", "errorCode": code, "errorDescription": text}
        if kind == "getShiftStatus":
            state = "expired" if self.shift_expired else "opened" if self.shift_open else "closed"
            return self._ready({"shiftStatus": {"state": state, "number": self.shift_number}})
        if kind == "getFnInfo":
            return self._ready({"fnInfo": {"serial": FN, "warnings": dict(self.fn_warnings)}})
        if kind == "openShift":
            if self.shift_open:
                return {"status": "error", "errorCode": 67, "errorDescription": "Смена открыта"}
            self.shift_open, self.shift_number = True, self.shift_number + 1
            return self._ready({"fiscalParams": self._params(Decimal(0))})
        if kind == "closeShift":
            self.closed_shifts.append(self.shift_number)
            params = self._params(Decimal(0))
            self.shift_open = self.shift_expired = False
            return self._ready({"fiscalParams": params})
        if not self.shift_open or self.shift_expired:
            text = "Смена превысила 24 часа" if self.shift_expired else "Смена закрыта"
            code = 68 if self.shift_expired else 61
            return {"status": "error", "errorCode": code, "errorDescription": text}
        total = sum((Decimal(str(i["amount"])) for i in task["items"]), Decimal(0))
        self.receipts.append((uuid, task))
        return self._ready({"fiscalParams": self._params(total)})

    def _params(self, total: Decimal) -> dict[str, Any]:
        self.document += 1
        return {
            "fiscalDocumentNumber": self.document,
            "fiscalDocumentSign": f"{3000000000 + self.document * 7919:010d}",
            "fnNumber": FN,
            "fiscalDocumentDateTime": datetime(2026, 12, 1, 9, 30).isoformat(),
            "fiscalReceiptNumber": self.document,
            "shiftNumber": self.shift_number,
            "total": float(total),
            "registrationNumber": "0000000001012345",
        }

    @staticmethod
    def _ready(result: dict[str, Any]) -> dict[str, Any]:
        return {"status": "ready", "errorCode": 0, "errorDescription": "", "result": result}


@pytest.fixture
def atol_driver() -> Iterator[FakeAtol]:
    """A fake ATOL driver on loopback; when the test ends, every task it got was well-formed."""
    fake = FakeAtol()
    yield fake
    fake.stop()
    assert fake.violations == []
