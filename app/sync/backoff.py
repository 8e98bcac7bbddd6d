"""Exponential backoff with full jitter, capped, honouring ``Retry-After``.

Full jitter (a uniform draw between 0 and the exponential ceiling) spreads the
retries of many branches that lost the network at the same moment.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

MAX_RETRY_AFTER = 3600.0


@dataclass(slots=True)
class Backoff:
    """Delay before retry number ``attempt`` (1 = first retry)."""

    base: float = 1.0
    cap: float = 300.0
    rng: random.Random = field(default_factory=random.Random)

    def ceiling(self, attempt: int) -> float:
        return min(self.cap, self.base * 2 ** max(0, min(attempt - 1, 30)))

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait; never shorter than central's ``Retry-After``."""
        jittered = self.rng.uniform(0, self.ceiling(attempt))
        if retry_after is not None and retry_after > 0:
            return max(min(retry_after, MAX_RETRY_AFTER), jittered)
        return jittered
