"""ATOL Driver v10 adapter: JSON tasks to the driver's web server (``127.0.0.1:16732``).

``POST /api/v2/requests`` with ``{"uuid": U, "request": [task]}`` queues a task; ``GET
/api/v2/requests/U`` answers ``{"results": [{"status", "errorCode", "errorDescription",
"result"}]}`` with status ``wait``/``inProgress`` until ``ready`` or ``error``. The web
server refuses a second POST with a known uuid (409), so a sale's uuid is the payment's
id and a retry first asks for that uuid: a sale is never registered twice, also after a
crash between the POST and reading its result.

Error codes are matched by the libfptr10 numbers we know and, as a fallback, by the
driver's Russian description; not checked against real hardware (see README).
"""

from __future__ import annotations

import time
from datetime import datetime
from decimal import Decimal
from typing import Any

import httpx

from app.services.fiscal.register import (
    FN_NEARLY_FULL,
    OFD_OVERDUE,
    PAPER_OUT,
    REFUSED,
    SELL,
    SHIFT_CLOSED,
    SHIFT_EXPIRED,
    UNREACHABLE,
    FiscalData,
    RegisterFault,
    Sale,
    ShiftState,
)

DEFAULT_URL = "http://127.0.0.1:16732"
PENDING = ("wait", "inProgress")
# libfptr10 error codes (LIBFPTR_ERROR_*) as far as known here; descriptions as fallback.
ERROR_CODES = {2: UNREACHABLE, 44: PAPER_OUT, 136: OFD_OVERDUE}
ERROR_WORDS = (
    ("бумаг", PAPER_OUT),
    ("24 час", SHIFT_EXPIRED),
    ("смена закрыта", SHIFT_CLOSED),
    ("ОФД", OFD_OVERDUE),
    ("ресурс ФН", FN_NEARLY_FULL),
    ("связ", UNREACHABLE),
)
MAX_ATTEMPTS = 100  # failed attempts of one sale kept by the driver
MAX_BODY = 256 * 1024  # a driver's answer is a few kB


def _money(value: Decimal) -> float:
    # The driver's JSON takes numbers; two decimals are exact in a double for these sums.
    return float(value.quantize(Decimal("0.01")))


def sale_task(sale: Sale) -> dict[str, Any]:
    """The driver's JSON task for ``sale`` (FFD 1.2)."""
    task: dict[str, Any] = {
        "type": sale.kind,
        "taxationType": sale.taxation,
        "electronically": False,
        "operator": {"name": sale.operator_name[:64]},
        "items": [
            {
                "type": "position",
                "name": p.name[:128],
                "price": _money(p.price),
                "quantity": float(p.quantity),
                "amount": _money(p.amount),
                "measurementUnit": p.measure,
                "paymentMethod": "fullPayment",
                "paymentObject": "service",
                "tax": {"type": p.tax_type},
            }
            for p in sale.positions
        ],
        "payments": [{"type": kind, "sum": _money(s)} for kind, s in sale.payments],
        "total": _money(sale.total),
    }
    if sale.operator_inn:
        task["operator"]["vatin"] = sale.operator_inn
    if sale.customer_contact:
        task["clientInfo"] = {"emailOrPhone": sale.customer_contact[:64]}
    return task


def _fault(code: int, description: str) -> RegisterFault:
    kind = ERROR_CODES.get(code)
    if kind is None:
        kind = next((k for word, k in ERROR_WORDS if word.lower() in description.lower()), REFUSED)
    return RegisterFault(kind, f"{code} {description}".strip())


class AtolWebRegister:
    """An ATOL register behind ATOL Driver v10's web server."""

    demo = False

    def __init__(
        self,
        url: str = DEFAULT_URL,
        *,
        timeout: float = 5.0,
        wait: float = 60.0,
        poll: float = 0.5,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.url = url.rstrip("/")
        self.wait = wait
        self.poll = poll
        self.client = httpx.Client(base_url=self.url, timeout=timeout, transport=transport)

    def close(self) -> None:
        self.client.close()

    # -- HTTP -----------------------------------------------------------------------------
    def _call(self, method: str, path: str, body: object = None) -> httpx.Response:
        try:
            response = self.client.request(method, path, json=body)
        except httpx.HTTPError as exc:
            raise RegisterFault(UNREACHABLE, type(exc).__name__, settled=False) from exc
        if len(response.content) > MAX_BODY:
            raise RegisterFault(REFUSED, "answer too large", settled=False)
        return response

    def _state(self, uuid: str) -> dict[str, Any] | None:
        """The task's first result, or None when the driver does not know the uuid."""
        response = self._call("GET", f"/api/v2/requests/{uuid}")
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise RegisterFault(REFUSED, f"HTTP {response.status_code}", settled=False)
        try:
            results = response.json()["results"]
            first = results[0]
            assert isinstance(first, dict)
        except (ValueError, KeyError, IndexError, TypeError, AssertionError) as exc:
            raise RegisterFault(REFUSED, "unreadable answer", settled=False) from exc
        return first

    def _run(self, uuid: str, task: dict[str, Any]) -> dict[str, Any]:
        """Send ``task`` as ``uuid`` unless the driver already has it; wait for its result.

        A task the driver ended in error keeps its uuid in the queue, so the same sale
        goes again as ``uuid-1``, ``uuid-2``...; every retry walks that list from the
        start, so after a crash the attempt already sent is found, never sent again.
        """
        for attempt in range(MAX_ATTEMPTS):
            key = uuid if attempt == 0 else f"{uuid}-{attempt}"
            state = self._state(key)
            if state is not None and state.get("status") in ("error", "interrupted", "canceled"):
                if attempt == MAX_ATTEMPTS - 1:
                    raise _fault(
                        int(state.get("errorCode") or 0), str(state.get("errorDescription", ""))
                    )
                continue
            if state is None:
                response = self._call("POST", "/api/v2/requests", {"uuid": key, "request": [task]})
                if response.status_code not in (200, 201, 409):
                    raise RegisterFault(REFUSED, f"HTTP {response.status_code}", settled=False)
            return self._wait(key)
        raise RegisterFault(REFUSED, "too many attempts")  # pragma: no cover - loop returns

    def _wait(self, key: str) -> dict[str, Any]:
        deadline = time.monotonic() + self.wait
        while True:
            state = self._state(key)
            if state is None:
                raise RegisterFault(REFUSED, "task lost by the driver", settled=False)
            status = state.get("status")
            if status == "ready":
                result = state.get("result")
                return result if isinstance(result, dict) else {}
            if status not in PENDING:
                raise _fault(
                    int(state.get("errorCode") or 0), str(state.get("errorDescription", ""))
                )
            if time.monotonic() > deadline:
                raise RegisterFault(UNREACHABLE, "no result in time", settled=False)
            time.sleep(self.poll)

    # -- FiscalRegister -------------------------------------------------------------------
    def register(self, sale: Sale) -> FiscalData:
        result = self._run(sale.uuid, sale_task(sale))
        return fiscal_data(result, sale.kind, sale.total)

    def shift(self) -> ShiftState:
        status = self._run(_fresh(), {"type": "getShiftStatus"}).get("shiftStatus") or {}
        warnings: list[str] = []
        fn = self._run(_fresh(), {"type": "getFnInfo"}).get("fnInfo") or {}
        flags = fn.get("warnings") or {}
        if (
            flags.get("memoryOverflow")
            or flags.get("needReplacement")
            or flags.get("resourceExhausted")
        ):
            warnings.append(FN_NEARLY_FULL)
        if flags.get("ofdTimeout"):
            warnings.append(OFD_OVERDUE)
        state = status.get("state", "closed")
        return ShiftState(
            open=state in ("opened", "expired"),
            number=int(status.get("number") or 0),
            expired=state == "expired",
            warnings=tuple(warnings),
        )

    def _operator(self, name: str, inn: str) -> dict[str, str]:
        return {"name": name[:64], **({"vatin": inn} if inn else {})}

    def open_shift(self, uuid: str, operator_name: str, operator_inn: str) -> int:
        task = {"type": "openShift", "operator": self._operator(operator_name, operator_inn)}
        return int((self._run(uuid, task).get("fiscalParams") or {}).get("shiftNumber") or 0)

    def close_shift(self, uuid: str, operator_name: str, operator_inn: str) -> int:
        task = {"type": "closeShift", "operator": self._operator(operator_name, operator_inn)}
        return int((self._run(uuid, task).get("fiscalParams") or {}).get("shiftNumber") or 0)


def _fresh() -> str:
    import uuid as uuid_mod

    return str(uuid_mod.uuid4())


def fiscal_data(
    result: dict[str, Any], kind: str = SELL, total: Decimal | None = None
) -> FiscalData:
    """FiscalData from a ``ready`` result's ``fiscalParams``; RegisterFault when incomplete."""
    params = result.get("fiscalParams") or {}
    try:
        return FiscalData(
            document_number=int(params["fiscalDocumentNumber"]),
            fiscal_sign=str(params["fiscalDocumentSign"])[:20],
            fn_number=str(params["fnNumber"])[:20],
            at=datetime.fromisoformat(str(params["fiscalDocumentDateTime"])).replace(tzinfo=None),
            shift_number=int(params["shiftNumber"]),
            total=Decimal(str(params.get("total", total or 0))).quantize(Decimal("0.01")),
            kind=kind,
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise RegisterFault(REFUSED, "fiscal data missing in the answer", settled=False) from exc
