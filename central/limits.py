"""The gate in front of the API: token, failure rate limit, body size and body time.

An ASGI middleware, so it acts before FastAPI reads anything: a write without a valid
token is answered 401 (429 after too many failures) without reading its body; a body
announced larger than the limit is answered 413 from its Content-Length alone; a body
that streams past the limit or arrives too slowly is cut off (413 / 408) having held at
most ``max_body_bytes`` in memory. The caller found here is handed to the endpoint
through the request state, so the token is looked up once.

The failure counts live in each process: with N workers a token gets at most N times
the limit before every worker refuses it, which is still a hard bound.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import math
import time
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable
from typing import Any

import anyio.to_thread

from central.settings import CentralSettings

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Endpoints that need a terminal's token (method, path).
PROTECTED = frozenset(
    {
        ("POST", "/v1/sync/batches"),
        ("POST", "/v1/s10/blocks"),
        ("GET", "/v1/whoami"),
        ("GET", "/v1/staff"),
        ("GET", "/v1/reference"),
        ("GET", "/v1/accounts"),
    }
)
MAX_TRACKED_KEYS = 10_000
TOKEN_MESSAGE = (
    "Missing or unknown terminal token: configure this terminal with the token central "
    "issued for it (python main.py sync configure)."
)


class FailureLimiter:
    """At most ``limit`` failures per key within ``window`` seconds (sliding window)."""

    def __init__(
        self, limit: int, window: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self._seen: OrderedDict[str, deque[float]] = OrderedDict()

    def _recent(self, key: str) -> deque[float]:
        times = self._seen.get(key)
        if times is None:
            return deque()
        cut = self.clock() - self.window
        while times and times[0] <= cut:
            times.popleft()
        if not times:
            del self._seen[key]
        return times

    def retry_after(self, key: str) -> int | None:
        """Seconds until ``key`` may try again, or None when it may now."""
        times = self._recent(key)
        if len(times) < self.limit:
            return None
        return max(1, math.ceil(times[0] + self.window - self.clock()))

    def fail(self, key: str) -> None:
        times = self._seen.setdefault(key, deque())
        times.append(self.clock())
        self._seen.move_to_end(key)
        while len(self._seen) > MAX_TRACKED_KEYS:  # bounded memory under a flood of keys
            self._seen.popitem(last=False)


async def _answer(
    send: Send, status: int, detail: str, headers: dict[str, str] | None = None
) -> None:
    body = json.dumps({"detail": detail}).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    if status in (408, 413):
        raw.append((b"connection", b"close"))  # the rest of the body is not read
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


def _bearer(headers: dict[bytes, bytes]) -> str | None:
    value = headers.get(b"authorization", b"").decode("latin-1")
    scheme, _, token = value.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or len(token) > 200:
        return None
    return token


class GateMiddleware:
    """Token and limits before the body is read (see the module docstring)."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        settings: CentralSettings,
        authenticate: Callable[[str], Any],
    ) -> None:
        self.app, self.settings, self.authenticate = app, settings, authenticate
        self.limiter = FailureLimiter(settings.auth_failures, settings.auth_window_s)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        s = self.settings
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None:
            if not length.strip().isdigit():
                await _answer(send, 400, "Content-Length is not a whole number of bytes.")
                return
            if int(length) > s.max_body_bytes:
                await _answer(send, 413, self._too_large())
                return
        if (scope["method"], scope["path"]) in PROTECTED:
            token = _bearer(headers)
            key = (
                "t:" + hashlib.sha256(token.encode()).hexdigest()
                if token
                else "a:" + str((scope.get("client") or ("?",))[0])
            )
            wait = self.limiter.retry_after(key)
            if wait is not None:
                await _answer(
                    send,
                    429,
                    f"Too many requests with a wrong token; try again in {wait} s.",
                    {"Retry-After": str(wait)},
                )
                return
            caller = await anyio.to_thread.run_sync(self.authenticate, token) if token else None
            if caller is None:
                self.limiter.fail(key)
                await _answer(send, 401, TOKEN_MESSAGE, {"WWW-Authenticate": "Bearer"})
                return
            scope.setdefault("state", {})["caller"] = caller
        if scope["method"] in ("POST", "PUT", "PATCH"):
            body = await self._read(receive, send)
            if body is None:
                return
            receive = _replay(body, receive)
        await self.app(scope, receive, send)

    def _too_large(self) -> str:
        return (
            f"The request is larger than {self.settings.max_body_bytes} bytes; send fewer "
            "items per batch."
        )

    async def _read(self, receive: Receive, send: Send) -> bytes | None:
        """The whole body within the size and time limits, or None after answering."""
        s = self.settings
        body = bytearray()
        deadline = time.monotonic() + s.body_timeout_s
        while True:
            try:
                message = await asyncio.wait_for(receive(), max(0.0, deadline - time.monotonic()))
            except TimeoutError:
                await _answer(
                    send, 408, f"The request body did not arrive within {s.body_timeout_s:g} s."
                )
                return None
            if message["type"] == "http.disconnect":
                return None
            body += message.get("body", b"")
            if len(body) > s.max_body_bytes:
                await _answer(send, 413, self._too_large())
                return None
            if not message.get("more_body", False):
                return bytes(body)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()  # the disconnect, when it comes

    return replay
