"""What the sync client and the central system say to each other, and how it can fail.

Kept free of HTTP and SQL so ``drain()`` can be tested with any transport and outbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

STORED, DUPLICATE, CONFLICT, REJECTED = "stored", "duplicate", "conflict", "rejected"
FINAL_OK = frozenset({STORED, DUPLICATE})


@dataclass(frozen=True, slots=True)
class OutgoingItem:
    """One outbox item as it goes on the wire: its payload is sent exactly as stored."""

    seq: int
    item_uuid: str
    kind: str
    payload: str
    payload_sha256: str
    attempts: int = 0

    def wire(self) -> dict[str, object]:
        return {
            "item_uuid": self.item_uuid,
            "seq": self.seq,
            "kind": self.kind,
            "payload": self.payload,
            "payload_sha256": self.payload_sha256,
        }


@dataclass(frozen=True, slots=True)
class ItemResult:
    """Central's verdict on one item."""

    item_uuid: str
    status: str
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Block:
    """A block of S10 serials allocated by central."""

    service: str
    country: str
    first_serial: int
    last_serial: int


class SyncError(Exception):
    """Base of sync failures; ``str()`` is a sentence a supervisor can act on."""


class TransientError(SyncError):
    """Network trouble, a timeout or a 5xx/429: try again later with the same ids.

    ``retry_after`` is central's ``Retry-After`` in seconds when it sent one;
    ``reachable`` is True when central answered (5xx, 429): then the backoff is kept
    even if a health probe succeeds, because the network is not the problem.
    """

    def __init__(
        self, message: str, retry_after: float | None = None, *, reachable: bool = False
    ) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.reachable = reachable


class AuthError(SyncError):
    """401/403: the token is missing, wrong or for another branch. A person must fix it."""


class ProtocolError(SyncError):
    """Central answered something this client does not understand (4xx, bad JSON)."""


class Transport(Protocol):
    """The central system as the client sees it."""

    def send_batch(self, branch: str, items: list[OutgoingItem]) -> list[ItemResult]: ...

    def allocate_s10(self, branch: str, service: str, country: str, count: int) -> Block: ...

    def whoami(self) -> tuple[str, str]: ...

    def health(self) -> bool: ...


class Outbox(Protocol):
    """The terminal's outbox as ``drain()`` needs it."""

    def claim(self, limit: int, now: datetime) -> list[OutgoingItem]: ...

    def record(self, results: list[ItemResult], now: datetime) -> None: ...

    def release(self, items: list[OutgoingItem], error: str, retry_at: datetime) -> None: ...
