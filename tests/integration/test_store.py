"""The terminal database on real SQLite files: start-up, migrations, atomic acceptance."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app.domain.product import DEFAULT_HEAVY
from app.services.acceptance import AcceptanceRefused, accept
from app.services.pricing import default_pricing
from app.services.terminal import CounterContext, open_terminal
from app.store.audit_log import verify_audit_log
from app.store.database import Database, DatabaseError, _alembic_config, open_database
from app.store.models import Acceptance, AuditEntry, OutboxItem, Piece
from tests.factories import consignment, piece


def counts(db: Database) -> tuple[int, int, int, int]:
    with db.read() as s:
        return tuple(  # type: ignore[return-value]
            s.scalar(select(func.count()).select_from(m))
            for m in (Acceptance, Piece, OutboxItem, AuditEntry)
        )


def test_pragmas_and_second_start_does_not_migrate(db_path: Path) -> None:
    first = open_terminal(str(db_path))
    assert first.report.before is None and first.report.migrated
    first.close()
    second = open_terminal(str(db_path))
    assert not second.report.migrated and second.report.backup is None
    with second.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    second.close()


def test_database_from_a_newer_version_is_refused_untouched(db_path: Path) -> None:
    open_terminal(str(db_path)).close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="newer PostCounter"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_damaged_file_gets_a_clear_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DatabaseError, match="backup"):
        open_database(bad)


def test_upgrade_from_an_older_schema_takes_a_backup_first(db_path: Path) -> None:
    # A database of the first schema (0001) with audit entries written before the chain
    # existed: the upgrade backs it up first (0600), then chains the old entries.
    cfg = _alembic_config(f"sqlite:///{db_path}")
    command.upgrade(cfg, "0001")
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO branches VALUES ('B1', 'Branch', 'RU', 'Europe/Moscow', 'RUB', 0)")
    for n in range(3):
        conn.execute(
            "INSERT INTO audit_log (at, staff_id, terminal_id, action, entity, entity_id, details)"
            " VALUES (?, NULL, 'T-1', 'old', 'x', ?, '{}')",
            (f"2026-11-2{n}T10:00:00.000000+00:00", str(n)),
        )
    conn.commit()
    conn.close()
    db = open_database(db_path)
    try:
        assert db.report.before == "0001" and db.report.migrated
        assert db.report.backup is not None and db.report.backup.exists()
        assert db.report.backup.stat().st_mode & 0o777 == 0o600
        backup = sqlite3.connect(db.report.backup)
        assert backup.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 3
        backup.close()
        with db.engine.connect() as c:
            report = verify_audit_log(c)
        assert report.ok and report.entries == 3 and report.head_id == 3
    finally:
        db.close()


def test_accept_writes_acceptance_outbox_and_one_audit_entry(
    db: Database, clerk: CounterContext
) -> None:
    result = accept(db, clerk, consignment(), limits=DEFAULT_HEAVY, pricing=default_pricing())
    assert counts(db) == (1, 1, 1, 1)
    with db.read() as s:
        item = s.scalar(select(OutboxItem))
        assert item is not None and item.item_uuid == result.acceptance_id and item.kind == "accept"
        row = s.get(Acceptance, result.acceptance_id)
        assert row is not None and row.pieces[0].weighing.raw_frame == b"S S     52.350 kg\r\n"
        assert row.sender_name == "Иванов Сергей Петрович"
        assert row.accepted_at.tzinfo is not None


def test_refused_consignment_writes_nothing(db: Database, clerk: CounterContext) -> None:
    with pytest.raises(AcceptanceRefused) as err:
        accept(
            db,
            clerk,
            consignment(pieces=(piece(grams=12_000),)),
            limits=DEFAULT_HEAVY,
            pricing=default_pricing(),
        )
    assert "pieces.0.weight" in {p.field for p in err.value.problems}
    assert counts(db) == (0, 0, 0, 0)


def test_an_s10_is_never_accepted_twice(db: Database, clerk: CounterContext) -> None:
    accept(db, clerk, consignment(), limits=DEFAULT_HEAVY, pricing=default_pricing())
    with pytest.raises(AcceptanceRefused) as err:
        accept(db, clerk, consignment(), limits=DEFAULT_HEAVY, pricing=default_pricing())
    assert err.value.problems[0].code == "s10.used"
    assert counts(db) == (1, 1, 1, 1)


def test_failure_inside_the_transaction_rolls_everything_back(
    db: Database, clerk: CounterContext
) -> None:
    accept(db, clerk, consignment(), limits=DEFAULT_HEAVY, pricing=default_pricing())
    with db.write() as s:  # an identifier taken behind the service's back...
        s.execute(Piece.__table__.update().values(s10="CB100000017RU"))
    # ...so the pre-check passes but the unique key fails at flush: nothing half-written stays.
    with pytest.raises(IntegrityError), db.write() as s:
        s.add(
            OutboxItem(
                item_uuid="x", kind="accept", entity_id="x", payload="{}", payload_sha256="0"
            )
        )
        s.flush()
        s.execute(
            Piece.__table__.insert().values(
                acceptance_id=s.scalar(select(Acceptance.id)),
                seq=2,
                s10="CB100000017RU",
                gross_grams=1,
                length_mm=1,
                width_mm=1,
                height_mm=1,
                volumetric_grams=1,
                chargeable_grams=1,
            )
        )
    assert counts(db) == (1, 1, 1, 1)


def test_audit_log_is_append_only(db: Database, clerk: CounterContext) -> None:
    accept(db, clerk, consignment(), limits=DEFAULT_HEAVY, pricing=default_pricing())
    for statement in ("UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(Exception, match="append-only"), db.write() as s:
            s.execute(__import__("sqlalchemy").text(statement))
    assert counts(db)[3] == 1


def test_data_survives_a_restart(db_path: Path, clerk: CounterContext, db: Database) -> None:
    accept(db, clerk, consignment(), limits=DEFAULT_HEAVY, pricing=default_pricing())
    db.close()
    again = open_terminal(str(db_path))
    assert counts(again) == (1, 1, 1, 1)
    again.close()
