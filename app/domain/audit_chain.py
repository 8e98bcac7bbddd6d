"""The audit log as a hash chain: each entry's SHA-256 covers its content and the entry before.

Pure Python so the terminal (``db check``) and central (``verify-audit``) compute the same
thing. An entry's digest is the SHA-256 of canonical JSON (sorted keys, no spaces, UTF-8)
of its stored fields — the timestamp as the exact stored text — plus ``prev``, the digest
of the entry before (``GENESIS`` for the first). Changing an entry breaks its own digest;
removing one breaks the ``prev`` link of the next; rewriting every digest after a change
is caught by comparing the head with the one central received at the last sync.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

GENESIS = "0" * 64
FIELDS = ("id", "at", "staff_id", "terminal_id", "action", "entity", "entity_id", "details")


def entry_digest(fields: Mapping[str, object], prev: str) -> str:
    """SHA-256 hex of the entry's ``FIELDS`` and the previous entry's digest."""
    content = {name: fields[name] for name in FIELDS}
    content["prev"] = prev
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """The first entry where the chain does not hold, and why, in a sentence."""

    entry_id: int
    reason: str


@dataclass(frozen=True, slots=True)
class ChainReport:
    """What verifying the chain found: entries checked, the head, the first break if any."""

    entries: int
    head_id: int | None
    head_sha256: str
    broken: ChainBreak | None

    @property
    def ok(self) -> bool:
        return self.broken is None


def verify_chain(rows: Iterable[Mapping[str, object]]) -> ChainReport:
    """Check rows (in id order, each with ``FIELDS``, ``prev_sha256``, ``entry_sha256``)."""
    prev, prev_id, count = GENESIS, None, 0
    for row in rows:
        count += 1
        entry_id = int(row["id"])  # type: ignore[call-overload]
        if row["prev_sha256"] != prev:
            before = "the start of the log" if prev_id is None else f"entry {prev_id}"
            return ChainReport(
                count,
                prev_id,
                prev,
                ChainBreak(
                    entry_id,
                    f"audit entry {entry_id} does not link to {before}: "
                    "an entry before it was removed or changed",
                ),
            )
        if row["entry_sha256"] != entry_digest(row, prev):
            return ChainReport(
                count,
                prev_id,
                prev,
                ChainBreak(entry_id, f"audit entry {entry_id} was changed after it was written"),
            )
        prev, prev_id = str(row["entry_sha256"]), entry_id
    return ChainReport(count, prev_id, prev, None)
