"""HTTP transport to the central system (httpx, TLS verified by default).

httpx's own ``retries`` covers failed connects only. A read timeout or a 5xx may come
after central committed the batch; that is reported as ``TransientError`` and the
caller sends the same items again, with the same ids: central answers "duplicate".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from app.sync.protocol import (
    AuthError,
    Block,
    ItemResult,
    OutgoingItem,
    ProtocolError,
    TransientError,
)

USER_AGENT = "PostCounter-sync/1"


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """``Retry-After`` as seconds: either delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class HttpTransport:
    """Talks to central at ``base_url`` with a terminal's bearer token.

    ``verify`` is True (system CAs), a CA bundle path, or False only when a person
    explicitly configured it so for a test central. ``client`` lets tests hand in any
    ``httpx.Client`` (for example Starlette's ``TestClient`` around the real app).
    """

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        verify: bool | str = True,
        timeout: float = 30.0,
        client: httpx.Client | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        headers = {"Authorization": f"Bearer {token}", "User-Agent": USER_AGENT}
        if client is None:
            client = httpx.Client(
                base_url=self.base_url,
                transport=httpx.HTTPTransport(retries=2, verify=verify),
                timeout=httpx.Timeout(timeout, connect=10.0),
                headers=headers,
            )
        else:
            client.headers.update(headers)
        self.client = client
        # Extra fields of every batch envelope (the audit chain head, app.sync.audit_head).
        self.envelope_extra: Callable[[], dict[str, object]] | None = None
        self.envelope_sent: Callable[[dict[str, object]], None] | None = None

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> HttpTransport:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        try:
            response = self.client.request(method, path, **kwargs)
        except httpx.TimeoutException as exc:
            raise TransientError(f"Central did not answer in time ({type(exc).__name__}).") from exc
        except httpx.TransportError as exc:
            raise TransientError(f"Cannot reach central: {exc or type(exc).__name__}.") from exc
        status = response.status_code
        if status in (401, 403):
            raise AuthError(_detail(response) or f"Central refused the token ({status}).")
        if status == 429 or status >= 500:
            raise TransientError(
                f"Central is unavailable ({status}): {_detail(response) or response.reason_phrase}",
                parse_retry_after(response.headers.get("Retry-After")),
                reachable=True,
            )
        if status >= 400:
            raise ProtocolError(f"Central refused the request ({status}): {_detail(response)}")
        try:
            return response.json()
        except ValueError as exc:
            raise TransientError("Central's answer was cut off or is not JSON.") from exc

    def send_batch(self, branch: str, items: list[OutgoingItem]) -> list[ItemResult]:
        envelope: dict[str, object] = {"branch": branch, "items": [i.wire() for i in items]}
        if self.envelope_extra is not None:
            envelope.update(self.envelope_extra())
        body = self._request("POST", "/v1/sync/batches", json=envelope)
        if self.envelope_sent is not None:
            self.envelope_sent(envelope)
        try:
            return [
                ItemResult(str(r["item_uuid"]), str(r["status"]), str(r.get("reason") or ""))
                for r in body["results"]
            ]
        except (KeyError, TypeError) as exc:
            raise TransientError("Central's answer lacks per-item results.") from exc

    def allocate_s10(self, branch: str, service: str, country: str, count: int) -> Block:
        body = self._request(
            "POST",
            "/v1/s10/blocks",
            json={"branch": branch, "service": service, "country": country, "count": count},
        )
        return Block(
            str(body["service"]),
            str(body["country"]),
            int(body["first_serial"]),
            int(body["last_serial"]),
        )

    def whoami(self) -> tuple[str, str]:
        body = self._request("GET", "/v1/whoami")
        return str(body["terminal_id"]), str(body["branch"])

    def health(self) -> bool:
        try:
            self._request("GET", "/health")
        except TransientError:
            return False
        return True


def _detail(response: httpx.Response) -> str:
    try:
        detail = response.json().get("detail")
    except (ValueError, AttributeError):
        return response.text[:200]
    return detail if isinstance(detail, str) else str(detail)[:200]
