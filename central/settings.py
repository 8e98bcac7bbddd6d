"""Central's limits and quotas: one frozen dataclass read from ``POSTCOUNTER_CENTRAL_*``.

Every limit has a documented default (README, "Central limits"); a deployment changes it
through the environment so all worker processes and hosts share the same values.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields

ENV_PREFIX = "POSTCOUNTER_CENTRAL_"


@dataclass(frozen=True, slots=True)
class CentralSettings:
    """Limits central enforces before and while it reads a request.

    ``max_body_bytes``: largest request body (413 above it, checked on Content-Length before
    reading and again while streaming). ``body_timeout_s``: a body must arrive within this
    time (408). ``max_batch_items``: items per batch. ``max_item_bytes``: one item's payload
    text. ``auth_failures`` wrong tokens within ``auth_window_s`` seconds from one token
    (or one address without a token) give 429 with Retry-After until the window passes.
    ``blocks_per_day`` and ``max_outstanding_serials``: the S10 quota of one branch per
    service indicator and country.
    """

    max_body_bytes: int = 8 * 1024 * 1024
    body_timeout_s: float = 30.0
    max_batch_items: int = 1000
    max_item_bytes: int = 256 * 1024
    auth_failures: int = 10
    auth_window_s: float = 60.0
    blocks_per_day: int = 100
    max_outstanding_serials: int = 200_000

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> CentralSettings:
        """Defaults overridden by ``POSTCOUNTER_CENTRAL_<NAME>`` (e.g. ``..._MAX_BODY_BYTES``)."""
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = env.get(ENV_PREFIX + f.name.upper())
            if raw is None or not raw.strip():
                continue
            kind = float if f.type in ("float", float) else int
            try:
                value = kind(raw)
            except ValueError as exc:
                raise ValueError(f"{ENV_PREFIX}{f.name.upper()}={raw!r}: not a number") from exc
            if value <= 0:
                raise ValueError(f"{ENV_PREFIX}{f.name.upper()}={raw!r}: must be above 0")
            values[f.name] = value
        return cls(**values)  # type: ignore[arg-type]
