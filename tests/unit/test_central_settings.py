"""Central's limits from the environment and the wrong-token rate limiter (pure parts)."""

from __future__ import annotations

import pytest

from central.limits import FailureLimiter
from central.settings import CentralSettings


def test_settings_defaults_and_environment() -> None:
    assert CentralSettings.from_env({}) == CentralSettings()
    got = CentralSettings.from_env(
        {"POSTCOUNTER_CENTRAL_MAX_BODY_BYTES": "1024", "POSTCOUNTER_CENTRAL_BODY_TIMEOUT_S": "2.5"}
    )
    assert got.max_body_bytes == 1024 and got.body_timeout_s == 2.5
    for bad in ("lots", "0", "-1"):
        with pytest.raises(ValueError, match="POSTCOUNTER_CENTRAL_BLOCKS_PER_DAY"):
            CentralSettings.from_env({"POSTCOUNTER_CENTRAL_BLOCKS_PER_DAY": bad})


def test_failure_limiter_window_and_retry_after() -> None:
    now = [100.0]
    limiter = FailureLimiter(3, 60, clock=lambda: now[0])
    for _ in range(3):
        assert limiter.retry_after("t") is None
        limiter.fail("t")
    assert limiter.retry_after("t") == 60
    assert limiter.retry_after("other") is None
    now[0] += 30
    assert limiter.retry_after("t") == 30
    now[0] += 30.5
    assert limiter.retry_after("t") is None
