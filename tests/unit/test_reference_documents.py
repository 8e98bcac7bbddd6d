"""Reference data documents (issue 14): central checks them with the terminal's parser;
the terminal applies the newest one in force on the day, else what was shipped."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.services.enrolment import store_documents
from app.services.reference_data import (
    RULES_DIR,
    ReferenceDataError,
    load_reference_data,
    parse_document,
)
from app.services.reference_sync import current
from app.sync.protocol import ProtocolError
from tests.sync_helpers import open_test_terminal


def shipped(name: str) -> dict:
    return json.loads((RULES_DIR / name).read_text(encoding="utf-8"))


def rules_bundle() -> dict:
    return {
        key: shipped(f"{key}.json")
        for key in ("import_regimes", "export_rules", "restrictions", "vague_descriptions")
    }


@pytest.mark.parametrize("kind", ["rates", "tariffs", "products"])
def test_shipped_files_are_valid_documents(kind):
    parse_document(kind, (RULES_DIR / f"{kind}.json").read_text(encoding="utf-8"))


def test_rules_bundle_is_checked_whole():
    parse_document("rules", json.dumps(rules_bundle()))
    broken = rules_bundle()
    del broken["restrictions"]
    with pytest.raises(ReferenceDataError, match="restrictions missing"):
        parse_document("rules", json.dumps(broken))
    with pytest.raises(ReferenceDataError, match="JSON"):
        parse_document("rates", "{not json")


def test_newest_document_in_force_on_the_day_applies(tmp_path):
    db = open_test_terminal(tmp_path / "t.db")
    try:
        rates = shipped("rates.json")
        rates["snapshots"][0]["per_base"]["RUB"] = "111.11"
        vague = rules_bundle()
        vague["vague_descriptions"]["en"].append("zzzvague")
        docs = [
            {"kind": "rates", "version": 1, "effective": "2026-12-01", "body": json.dumps(rates)},
            {"kind": "rules", "version": 1, "effective": "2026-12-05", "body": json.dumps(vague)},
            {"kind": "weather", "version": 1, "effective": "2026-12-01", "body": "{}"},
        ]
        with db.write() as session:
            assert store_documents(session, docs) == {"rates": 1, "rules": 1}
        before = current(db, date(2026, 11, 30))
        assert set(before.versions.values()) == {"shipped"}
        assert before.data.rates == load_reference_data().rates
        on = current(db, date(2026, 12, 1))
        assert on.versions == {
            "rates": "central v1",
            "tariffs": "shipped",
            "products": "shipped",
            "rules": "shipped",
        }
        assert str(on.data.rates.snapshots[0].per_base["RUB"]) == "111.11"
        later = current(db, date(2026, 12, 5))
        assert later.versions["rules"] == "central v1"
        assert "zzzvague" in later.data.customs_rules().vague_words
        bad = [{"kind": "rates", "version": 2, "effective": "2026-12-02", "body": "{}"}]
        with pytest.raises(ProtocolError, match="rates version 2 is not valid"), db.write() as s:
            store_documents(s, bad)
        assert current(db, date(2026, 12, 3)).versions["rates"] == "central v1"
    finally:
        db.close()


def test_ops_page_language_choice():
    from central.ops_i18n import pick_language, translator

    assert pick_language("ru", "en-GB") == "ru"
    assert pick_language("", "de-DE,ru;q=0.8") == "ru"
    assert pick_language("xx", "hi-IN") == "en"
    assert translator("ru")("Sign in") == "Войти"
    assert translator("en")("Sign in") == "Sign in"
