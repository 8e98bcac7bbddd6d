"""The operations page's session cookie and supervisor lockout, on a real SQLite central
database: a cookie is refused once altered, signed with another key or expired; a session
ends at its expiry and at sign-out; a locked number opens again after ``LOCKOUT``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.services.auth import LOCKOUT, MAX_FAILURES
from central.db import CentralDB, migrate
from central.directory import add_branch, add_staff
from central.ops_auth import (
    SESSION_LIFETIME,
    LogInRefused,
    Viewer,
    end_session,
    make_cookie,
    read_cookie,
    session_key,
    start_session,
    supervisor_log_in,
    viewer_of,
)

KEY = session_key("admin-token-for-unit-tests-0123")
NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path):
    central = CentralDB(f"sqlite:///{tmp_path / 'c.db'}")
    migrate(central.engine)
    add_branch(central, "101000", "Moscow 101000", "RU", "Europe/Moscow", "RUB")
    add_staff(central, "101000", "901", "Staff 901", "supervisor", "771104")
    try:
        yield central
    finally:
        central.close()


def test_cookie_refused_when_altered_foreign_or_expired(db):
    who, version = supervisor_log_in(db, "101000", "901", "771104", now=NOW)
    sid = start_session(db, who, NOW)
    cookie = make_cookie(KEY, who, version, NOW, sid)
    fields = read_cookie(KEY, cookie, NOW)
    assert fields is not None and viewer_of(db, fields, NOW) == who
    payload, sig = cookie.split(".")
    assert read_cookie(KEY, payload[:-2] + "xx." + sig, NOW) is None
    assert read_cookie(session_key("another-admin-token-0123456"), cookie, NOW) is None
    later = NOW + SESSION_LIFETIME + timedelta(seconds=1)
    assert read_cookie(KEY, cookie, later) is None
    # the session row expires with the cookie, whatever clock the cookie claims
    assert viewer_of(db, fields, later) is None
    end_session(db, sid, NOW)
    assert viewer_of(db, fields, NOW) is None


def test_locked_number_opens_again_after_the_lockout(db):
    for n in range(MAX_FAILURES):
        with pytest.raises(LogInRefused) as refused:
            supervisor_log_in(db, "101000", "901", "000001", now=NOW)
        assert refused.value.status == (429 if n == MAX_FAILURES - 1 else 401)
    with pytest.raises(LogInRefused) as locked:
        supervisor_log_in(db, "101000", "901", "771104", now=NOW + LOCKOUT / 2)
    assert locked.value.status == 429 and locked.value.params["minutes"] >= 1
    who, _ = supervisor_log_in(db, "101000", "901", "771104", now=NOW + LOCKOUT)
    assert who == Viewer("101000", "901", "Staff 901")


def test_a_supervisor_deactivated_from_a_day_is_refused_from_that_day(db):
    from datetime import date

    from central.directory import deactivate_staff

    # Moscow's 7 December starts at 21:00 UTC on the 6th; no terminal syncs meanwhile.
    evening = datetime(2026, 12, 6, 18, 0, tzinfo=UTC)
    assert deactivate_staff(db, "101000", "901", date(2026, 12, 7), now=evening)
    who, version = supervisor_log_in(db, "101000", "901", "771104", now=evening)
    sid = start_session(db, who, evening)
    fields = read_cookie(KEY, make_cookie(KEY, who, version, evening, sid), evening)
    assert fields is not None and viewer_of(db, fields, evening) == who
    day = datetime(2026, 12, 6, 21, 30, tzinfo=UTC)
    assert viewer_of(db, fields, day) is None  # the open session ends on the day
    with pytest.raises(LogInRefused):
        supervisor_log_in(db, "101000", "901", "771104", now=day)
