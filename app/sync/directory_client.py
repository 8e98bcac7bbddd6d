"""HTTP calls of issue 14: redeem an enrolment code, fetch staff and reference data.

Every failure becomes a ``SyncError`` subclass with a sentence a person can act on;
central's own reason (code used, expired, unknown) is passed on word for word.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from app.sync.http_transport import USER_AGENT
from app.sync.protocol import AuthError, ProtocolError, TransientError

MAX_ANSWER_BYTES = 16 * 1024 * 1024
REFUSAL_REASONS = {404: "unknown", 409: "used", 410: "expired", 422: "malformed"}


class EnrolRefused(ProtocolError):
    """Central refused the code (unknown, used or expired); the message is its reason.

    ``reason`` is ``unknown``, ``used``, ``expired`` or ``malformed`` so a window can say
    it in the clerk's language (central answers in English)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.reason = REFUSAL_REASONS.get(status, "unknown")


@dataclass(frozen=True, slots=True)
class Fetched:
    """A conditional GET's result: ``body`` is None when central said 304 (unchanged)."""

    body: dict[str, Any] | None
    etag: str


def _detail(response: httpx.Response) -> str:
    try:
        detail = response.json().get("detail")
    except (ValueError, AttributeError):
        return response.reason_phrase
    return str(detail) if detail else response.reason_phrase


def _json(response: httpx.Response) -> dict[str, Any]:
    if len(response.content) > MAX_ANSWER_BYTES:
        raise ProtocolError("Central's answer is larger than this terminal accepts.")
    try:
        body = response.json()
    except ValueError as exc:
        raise TransientError("Central's answer was cut off or is not JSON.") from exc
    if not isinstance(body, dict):
        raise ProtocolError("Central's answer is not a JSON object.")
    return body


def _client(url: str, verify: bool | str, timeout: float) -> httpx.Client:
    return httpx.Client(
        base_url=url.rstrip("/"),
        verify=verify,
        timeout=httpx.Timeout(timeout, connect=10.0),
        headers={"User-Agent": USER_AGENT},
    )


def _unreachable(url: str, exc: httpx.HTTPError) -> TransientError:
    text = str(exc)
    if isinstance(exc, httpx.TimeoutException):
        return TransientError(f"Central at {url} did not answer in time.")
    if "CERTIFICATE" in text.upper() or "SSL" in text.upper():
        return TransientError(
            f"Central's certificate cannot be trusted ({text}): check the address, or "
            "install the CA certificate head office gave you."
        )
    return TransientError(f"Cannot reach central at {url}: {text or type(exc).__name__}.")


def probe(url: str, *, verify: bool | str = True, timeout: float = 10.0) -> str:
    """Ask central's ``/health`` (this checks its certificate too); its version."""
    try:
        with _client(url, verify, timeout) as client:
            response = client.get("/health")
    except httpx.HTTPError as exc:
        raise _unreachable(url, exc) from exc
    if response.status_code != 200:
        raise TransientError(f"Central at {url} is not ready ({response.status_code}).")
    body = _json(response)
    if body.get("status") != "ok":
        raise ProtocolError(f"{url} does not answer like a PostCounter central.")
    return str(body.get("version", ""))


def enrol(
    url: str, code: str, *, label: str = "", verify: bool | str = True, timeout: float = 20.0
) -> dict[str, Any]:
    """Redeem ``code`` at central ``url``; the whole enrolment answer (token included)."""
    try:
        with _client(url, verify, timeout) as client:
            response = client.post("/v1/enrol", json={"code": code, "label": label})
    except httpx.HTTPError as exc:
        raise _unreachable(url, exc) from exc
    if response.status_code in (404, 409, 410, 422):
        raise EnrolRefused(response.status_code, _detail(response))
    if response.status_code == 429 or response.status_code >= 500:
        raise TransientError(f"Central is unavailable ({response.status_code}); try again.")
    if response.status_code >= 400:
        raise ProtocolError(f"Central refused ({response.status_code}): {_detail(response)}")
    return _json(response)


def fetch(client: httpx.Client, path: str, etag: str = "", **params: str) -> Fetched:
    """Conditional GET of ``path`` with the terminal's authenticated client."""
    headers = {"If-None-Match": etag} if etag else {}
    try:
        response = client.get(path, headers=headers, params=params or None)
    except httpx.HTTPError as exc:
        raise TransientError(f"Cannot reach central: {exc or type(exc).__name__}.") from exc
    if response.status_code == 304:
        return Fetched(None, etag)
    if response.status_code in (401, 403):
        raise AuthError(_detail(response))
    if response.status_code >= 400:
        raise TransientError(f"Central answered {response.status_code}: {_detail(response)}")
    return Fetched(_json(response), response.headers.get("ETag", ""))
