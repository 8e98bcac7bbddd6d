"""The terminal database on real SQLite files: start-up, migrations, atomic acceptance."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app.domain.product import DEFAULT_HEAVY
from app.services.acceptance import AcceptanceRefused, accept
from app.services.pricing import default_pricing
from app.services.terminal import CounterContext, open_terminal
from app.store.database import Database, DatabaseError, open_database
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
    open_terminal(str(db_path)).close()
    conn = sqlite3.connect(db_path)
    # Pretend the file is an install that never ran a migration: Alembic must upgrade,
    # and a backup copy must exist before it does.
    conn.execute("DELETE FROM alembic_version")
    conn.commit()
    conn.close()
    with pytest.raises(Exception):  # noqa: B017 - tables exist already: the upgrade fails...
        open_database(db_path)
    backups = list(db_path.parent.glob("*.backup*"))
    assert backups, "a backup is taken before any migration runs"
    assert sqlite3.connect(backups[0]).execute("SELECT count(*) FROM staff").fetchone()[0] == 2


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
