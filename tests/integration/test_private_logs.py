"""Errors and logs name acceptances by id, never by the people in them."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy.exc import IntegrityError

from app.store.models import Acceptance
from tests.sync_helpers import make_acceptances


def test_a_database_error_does_not_carry_the_row_values(db, caplog) -> None:
    (made,) = make_acceptances(db, 1)
    with db.read() as s:
        row = s.get(Acceptance, made.acceptance_id)
        name, phone = row.addressee_name, row.sender_phone
        copy = {c.key: getattr(row, c.key) for c in Acceptance.__table__.columns}
    log = logging.getLogger("app.test")
    with pytest.raises(IntegrityError) as caught, db.write() as s:
        s.add(Acceptance(**copy))  # the same id again
        try:
            s.flush()
        except IntegrityError:
            log.exception("storing acceptance %s failed", made.acceptance_id)
            raise
    text = str(caught.value) + caplog.text
    assert made.acceptance_id in caplog.text
    assert name not in text and phone not in text
    assert "hidden due to hide_parameters" in text
