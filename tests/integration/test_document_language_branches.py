"""The paper's language comes from the branch row: a Russian branch prints Russian and English
captions, an Indian branch English only. Real SQLite terminal, acceptances by the real
``accept()``, the day closed by the real ``close_day()``; PDFs read back with pypdf."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest

from app.documents.captions import MANIFEST, RECEIPT
from app.documents.manifest import render_manifests
from app.domain.s10 import S10
from app.services.acceptance import accept
from app.services.auth import verify_pin
from app.services.counter_rules import counter_rules
from app.services.day_close import close_day
from app.services.documents import acceptance_documents, day_manifests, receipt_for_s10
from app.services.terminal import DEMO_BRANCH, DEMO_SUPERVISOR, CounterContext
from app.store.database import Database
from app.store.models import Branch
from tests import factories
from tests.docs_helpers import pdf_text

DAY = date(2026, 3, 15)
MORNING = datetime(2026, 3, 15, 7, 0, tzinfo=UTC)
CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def _accept_day(db: Database, clerk: CounterContext) -> list[str]:
    rules = counter_rules()
    s10s = []
    for i in range(3):
        s10 = str(S10.build("CB", 10_000_001 + i, "RU"))
        accept(
            db,
            clerk,
            factories.consignment(pieces=(factories.piece(s10),)),
            limits=rules.limits_on(DAY),
            pricing=rules.pricing,
            now=MORNING + timedelta(minutes=10 * i),
        )
        s10s.append(s10)
    with db.read() as s:
        supervisor = verify_pin(s, *DEMO_SUPERVISOR[:2])
    assert supervisor is not None
    close_day(db, supervisor, DAY)
    return s10s


def _set_branch_country(db: Database, country: str) -> None:
    with db.write() as s:
        branch = s.get(Branch, DEMO_BRANCH)
        assert branch is not None
        branch.country = country


def _without_entered_text(text: str) -> str:
    """``text`` without the names and addresses as the clerk typed them (Cyrillic allowed)."""
    entered = [factories.SENDER.name, factories.SENDER.address, factories.SENDER.city]
    for word in sorted({w for v in entered for w in v.split()}, key=len, reverse=True):
        text = text.replace(word, "")
    return text


def test_russian_branch_prints_russian_then_english(db: Database, clerk: CounterContext) -> None:
    s10s = _accept_day(db, clerk)
    data = receipt_for_s10(db, s10s[0])
    assert data.caption_lang == "ru"
    assert data.duty_note and data.duty_note_local  # the note in both languages
    receipt = pdf_text(acceptance_documents(db, s10=s10s[0]).receipt_pdf)
    for ru, en in (
        ("КВИТАНЦИЯ О ПРИЁМЕ", "ACCEPTANCE RECEIPT"),
        ("Оплачено за пересылку", "Postage paid"),
        ("Оплачиваемый вес", "Chargeable weight"),
        ("Ожидаемая пошлина в стране назначения", "Import duty expected at destination"),
        ("ОТСЛЕЖИВАНИЕ НА САЙТЕ", "TRACK YOUR PARCEL AT"),
        (data.duty_note_local[:30], data.duty_note[:30]),
    ):
        assert ru in receipt and en in receipt, (ru, en)
        assert receipt.index(ru) < receipt.index(en), (ru, en)
    (manifest,) = day_manifests(db, DEMO_BRANCH, DAY)
    assert manifest.caption_lang == "ru"
    text = pdf_text(render_manifests([manifest]))
    for ru, en in (
        ("ВЕДОМОСТЬ ОТПРАВКИ ЗА ДЕНЬ", "DAILY DISPATCH MANIFEST"),
        ("ИТОГО", "TOTAL"),
        ("СДАЛ — руководитель", "HANDED OVER BY — supervisor"),
        ("ПРИНЯЛ — водитель перевозчика", "RECEIVED BY — carrier's driver"),
        ("Лист 1 из 1", "Page 1 of 1"),
    ):
        assert ru in text and en in text, (ru, en)
        assert text.index(ru) < text.index(en), (ru, en)


@pytest.mark.parametrize("country", ["IN"])
def test_indian_branch_prints_english_only(
    db: Database, clerk: CounterContext, country: str
) -> None:
    s10s = _accept_day(db, clerk)
    _set_branch_country(db, country)  # the language is read from the branch at print time
    data = receipt_for_s10(db, s10s[0])
    assert (data.caption_lang, data.duty_note_local) == ("en", "")
    receipt = pdf_text(acceptance_documents(db, s10=s10s[0]).receipt_pdf)
    assert "ACCEPTANCE RECEIPT" in receipt and "Postage paid" in receipt
    # the demo branch's name is Latin; Cyrillic may only come from the Russian sender
    assert not CYRILLIC.search(_without_entered_text(receipt))
    assert not any(ru in receipt for ru in RECEIPT.values())
    (manifest,) = day_manifests(db, DEMO_BRANCH, DAY)
    assert manifest.caption_lang == "en"
    text = pdf_text(render_manifests([manifest]))
    assert "DAILY DISPATCH MANIFEST" in text and "TOTAL" in text
    assert not CYRILLIC.search(text)  # the addressees here are Latin
    assert not any(ru in text for ru in MANIFEST.values() if len(ru) > 3)
