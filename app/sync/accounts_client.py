"""``GET /v1/accounts`` (issue 17): what each business customer owes, as central keeps it.

Asked with every reference data refresh. A central that does not offer accounts yet
(404) is not an error: the terminal keeps what it last knew.
"""

from __future__ import annotations

from typing import Any

import httpx

from app.sync.directory_client import fetch
from app.sync.protocol import TransientError

PATH = "/v1/accounts"


def fetch_accounts(client: httpx.Client) -> dict[str, Any] | None:
    """Central's accounts answer, or ``None`` when central has no accounts to give."""
    try:
        return fetch(client, PATH).body
    except TransientError as exc:
        if "answered 404" in str(exc):
            return None
        raise
