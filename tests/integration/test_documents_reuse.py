"""Documents made while the customer pays, used once paid only where nothing changed.

``acceptance_documents(..., reuse=earlier)`` reads the acceptance again: a document whose
data is unchanged is the earlier one as it is; the receipt, which the payment gives its
fiscal block, is rendered again and shows the payment; a correction made in between
(the addressee's name here) reaches every document it is printed on.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select

from app.domain.payment import CASH
from app.services.acceptance import accept
from app.services.counter_rules import counter_rules
from app.services.documents import acceptance_documents
from app.services.fiscal.fake import FakeRegister
from app.services.payment import record_payment
from app.services.terminal import CounterContext
from app.store.database import Database
from app.store.models import Acceptance
from tests import factories
from tests.docs_helpers import pdf_text
from tests.printing_fixtures import accepted_on_day

DAY = date(2026, 3, 15)


def test_unchanged_documents_are_kept_and_the_paid_receipt_shows_the_payment(
    db: Database, clerk: CounterContext
) -> None:
    acceptance_id = accepted_on_day(db, clerk)
    before = acceptance_documents(db, acceptance_id=acceptance_id)  # right after F12
    again = acceptance_documents(db, acceptance_id=acceptance_id, reuse=before)
    assert again.labels_pdf is before.labels_pdf
    assert again.cn23_pdf is before.cn23_pdf
    assert again.receipt_pdf is before.receipt_pdf
    assert "DEMO-NOT-FISCAL" not in pdf_text(before.receipt_pdf)  # not paid yet

    record_payment(db, clerk, acceptance_id, CASH, None, register=FakeRegister())
    paid = acceptance_documents(db, acceptance_id=acceptance_id, reuse=before)
    assert paid.labels_pdf is before.labels_pdf  # the payment is not on the label
    assert paid.cn23_pdf is before.cn23_pdf
    assert paid.receipt_pdf is not before.receipt_pdf
    text = pdf_text(paid.receipt_pdf)
    assert "DEMO-NOT-FISCAL" in text and "КАССОВЫЙ ЧЕК" in text  # the register's block
    # the same receipt as one rendered from scratch after the payment
    assert text == pdf_text(acceptance_documents(db, acceptance_id=acceptance_id).receipt_pdf)


def test_a_correction_between_f12_and_payment_reaches_every_document(
    db: Database, clerk: CounterContext
) -> None:
    acceptance_id = accepted_on_day(db, clerk)
    before = acceptance_documents(db, acceptance_id=acceptance_id)
    assert "Rajesh Kumar Sharma" in pdf_text(before.labels_pdf)
    with db.write() as s:
        row = s.scalar(select(Acceptance).where(Acceptance.id == acceptance_id))
        assert row is not None
        row.addressee_name = "Anil Verma"
    after = acceptance_documents(db, acceptance_id=acceptance_id, reuse=before)
    for old, new in (
        (before.labels_pdf, after.labels_pdf),
        (before.cn23_pdf, after.cn23_pdf),
        (before.receipt_pdf, after.receipt_pdf),
    ):
        assert new is not old
        assert "Anil Verma" in pdf_text(new) and "Rajesh Kumar Sharma" not in pdf_text(new)


def test_documents_of_another_acceptance_are_never_taken(
    db: Database, clerk: CounterContext
) -> None:
    first = acceptance_documents(db, acceptance_id=accepted_on_day(db, clerk))
    rules = counter_rules()
    other_id = accept(
        db,
        clerk,
        factories.consignment(pieces=(factories.piece("CB100000017RU"),)),
        limits=rules.limits_on(DAY),
        pricing=rules.pricing,
        now=datetime(2026, 3, 15, 9, 5, tzinfo=UTC),
    ).acceptance_id
    other = acceptance_documents(db, acceptance_id=other_id, reuse=first)
    assert other.labels_pdf is not first.labels_pdf
    assert "CB100000017RU" in pdf_text(other.labels_pdf).replace(" ", "")
