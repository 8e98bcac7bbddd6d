"""Terminal settings: one set of rules for the dialogs and ``settings set``; every change
audited; a refused value writes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.services.terminal_settings import (
    SPECS,
    SettingError,
    coerce,
    read_settings,
    write_settings,
)
from app.store.database import Database
from app.store.models import AuditEntry
from tests.integration.test_cli import run


@pytest.mark.parametrize(
    ("key", "given", "stored"),
    [
        ("printing.on_accept", "no", False),
        ("printing.on_accept", "YES", True),
        ("printing.on_accept", False, False),
        ("scanner.baud", "19200", 19200),
        ("printing.zpl_dpmm", 12, 12),
        ("printing.label_format", "zpl", "zpl"),
        ("printing.zpl_target", "tcp://10.1.2.3:9100", "tcp://10.1.2.3:9100"),
        ("printing.zpl_target", "tcp://zebra-1", "tcp://zebra-1"),
        ("printing.zpl_target", "/dev/usb/lp0", "/dev/usb/lp0"),
        ("printing.zpl_target", "", ""),
        ("scale.protocol", "massa-k", "massa-k"),
        ("ui.language", "hi", "hi"),
        ("ui.language", "", ""),
        ("documents.tracking_url", " https://t.example/{s10} ", "https://t.example/{s10}"),
    ],
)
def test_values_are_taken_as_their_type(key: str, given: Any, stored: Any) -> None:
    assert coerce(key, given) == stored


@pytest.mark.parametrize(
    ("key", "given", "says"),
    [
        ("printing.on_accept", "maybe", "yes or no"),
        ("scanner.baud", "fast", "whole number"),
        ("scanner.baud", "1234", "choose one of"),
        ("printing.zpl_dpmm", "10", "choose one of"),
        ("printing.label_format", "png", "choose one of"),
        ("printing.zpl_target", "printer one", "tcp://HOST:PORT"),
        ("printing.zpl_target", "tcp://a b", "tcp://HOST:PORT"),
        ("scale.protocol", "sics", "mt-sics"),
        ("ui.language", "de", "choose one of"),
        ("documents.tracking_url", "track.example", "http(s)"),
        ("no.such.key", "1", "known settings"),
    ],
)
def test_bad_values_are_refused_with_what_would_do(key: str, given: Any, says: str) -> None:
    with pytest.raises(SettingError, match=r".") as err:
        coerce(key, given)
    assert says in str(err.value)


def test_defaults_are_valid_values() -> None:
    for key, spec in SPECS.items():
        assert coerce(key, spec.default) == spec.default


def audits(db: Database) -> list[tuple[str, str]]:
    with db.read() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.action == "setting.changed"))
        return [(r.entity_id, r.details) for r in rows]


def test_changes_are_audited_and_unchanged_values_are_not(db: Database) -> None:
    written = write_settings(
        db, {"printing.label_format": "zpl", "printing.on_accept": True}, staff_id=None
    )
    assert written == {"printing.label_format": "zpl"}  # on_accept was already on
    assert read_settings(db, ["printing.label_format"]) == {"printing.label_format": "zpl"}
    trail = audits(db)
    assert len(trail) == 1 and trail[0][0] == "printing.label_format"
    assert '"old":"pdf"' in trail[0][1] and '"new":"zpl"' in trail[0][1]


def test_one_refused_value_writes_nothing(db: Database) -> None:
    with pytest.raises(SettingError):
        write_settings(db, {"scanner.baud": 19200, "printing.zpl_dpmm": 7}, staff_id=None)
    assert read_settings(db, ["scanner.baud"]) == {"scanner.baud": 9600}
    assert audits(db) == []


def test_settings_command_sets_lists_and_refuses(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    ok = run("--db", db, "settings", "set", "printing.label_format", "zpl",
             "printing.zpl_target", "tcp://10.0.0.5:9100")  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert 'printing.zpl_target = "tcp://10.0.0.5:9100"' in ok.stdout
    bad = run("--db", db, "settings", "set", "scanner.baud", "1234")
    assert bad.returncode == 2 and "nothing changed" in bad.stderr and "9600" in bad.stderr
    odd = run("--db", db, "settings", "set", "scanner.port")
    assert odd.returncode == 2 and "has no value" in odd.stderr
    listed = run("--db", db, "settings", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert '"printing.label_format": "zpl"' in listed.stdout
    assert '"scanner.baud": 9600' in listed.stdout
