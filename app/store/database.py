"""Opening the terminal's SQLite database safely.

Start-up sequence (DESIGN.md 3 and 5.6): pragmas (WAL, ``synchronous=FULL``, foreign
keys, ``busy_timeout``), integrity check, refuse a schema newer than this app, back up
with SQLite's backup API before migrating, then Alembic upgrade in-process. pysqlite's
own transaction handling is switched off and ``BEGIN`` is emitted by us, as the
SQLAlchemy documentation recommends; write sessions use ``BEGIN IMMEDIATE`` so two
writers never deadlock upgrading a read lock.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from alembic.config import Config

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 5000
T = TypeVar("T")


class DatabaseError(RuntimeError):
    """The database cannot be opened safely; the message says what to do."""


@dataclass(frozen=True, slots=True)
class MigrationReport:
    """What opening the database did: revisions before and after and the backup taken."""

    before: str | None
    after: str
    backup: Path | None

    @property
    def migrated(self) -> bool:
        return self.before != self.after


def _alembic_config(url: str) -> Config:
    # Alembic (and Mako under it) costs about a second to import: it is loaded only when
    # a schema is to be created or upgraded, or checked by ``db check``.
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


def _install_sqlite_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path) -> Engine:
    # hide_parameters: an error's message (and so a logged traceback) never carries the
    # statement's values, which may be names, addresses or phones; the SQL stays.
    engine = create_engine(
        f"sqlite:///{path}", connect_args={"check_same_thread": False}, hide_parameters=True
    )
    _install_sqlite_hooks(engine)
    return engine


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_to(source: Path, target: Path) -> None:
    """Copy a live SQLite database with the backup API (safe with WAL, unlike a file copy)."""
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _integrity_check(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            f"{path} is not a PostCounter database or is damaged ({exc}). "
            "Restore the latest backup from the same folder or start with --db pointing elsewhere."
        ) from exc
    finally:
        conn.close()
    if not result or result[0] != "ok":
        raise DatabaseError(
            f"{path} failed its integrity check ({result[0] if result else 'no answer'}). "
            "Do not accept parcels on it: restore the latest backup from the same folder."
        )


_REVISION_LINE = re.compile(r"^revision(?:\s*:[^=]+)?\s*=\s*[\"']([^\"']+)[\"']", re.M)
_DOWN_LINE = re.compile(r"^down_revision(?:\s*:[^=]+)?\s*=\s*(.+)$", re.M)


def _heads_from_files() -> set[str] | None:
    """The head revision(s) read straight from the migration files (what Alembic computes,
    without importing it); ``None`` when a file cannot be read this way."""
    revisions: set[str] = set()
    downs: set[str] = set()
    for file in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = file.read_text(encoding="utf-8")
        found = _REVISION_LINE.search(text)
        if found is None:
            return None
        revisions.add(found.group(1))
        down = _DOWN_LINE.search(text)
        if down is not None:
            downs.update(re.findall(r"[\"']([^\"']+)[\"']", down.group(1)))
    return revisions - downs if revisions else None


def _stored_revision(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()
    return str(row[0]) if row else None


class Database:
    """The open database: engine, read and write session factories, migration report."""

    def __init__(self, path: Path, engine: Engine, report: MigrationReport) -> None:
        self.path = path
        self.engine = engine
        self.report = report
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(
            engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading (deferred transaction, rolled back at the end)."""
        with self._read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (``BEGIN IMMEDIATE``): commits at the end or rolls back."""
        with self._write() as session, session.begin():
            yield session

    def write_with_retry(self, work: Callable[[Session], T], attempts: int = 5) -> T:
        """Run ``work`` in a write transaction, retrying when SQLite says it is locked."""
        for attempt in range(attempts):
            try:
                with self.write() as session:
                    return work(session)
            except OperationalError as exc:
                if "locked" not in str(exc).lower() or attempt == attempts - 1:
                    raise
                time.sleep(0.05 * 2**attempt)
        raise AssertionError("unreachable")

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path) -> Database:
    """Open (creating or upgrading as needed) the database at ``path``.

    Raises ``DatabaseError`` with an actionable message when the file is damaged or was
    written by a newer PostCounter.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        _integrity_check(path)
        # The usual start: the schema is current, and Alembic is not even imported.
        stored, heads = _stored_revision(path), _heads_from_files()
        if stored is not None and heads == {stored}:
            return Database(path, make_engine(path), MigrationReport(stored, stored, None))
    engine = make_engine(path)
    head = head_revision()
    before = current_revision(engine)
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config("sqlite://"))
    if before is not None and before not in {r.revision for r in script.walk_revisions()}:
        engine.dispose()
        raise DatabaseError(
            f"{path} was written by a newer PostCounter (schema {before}). "
            "Install the newer version on this terminal; this one will not touch the data."
        )
    backup: Path | None = None
    if before != head:
        if existed:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            backup = path.with_name(f"{path.stem}.before-{head}-{stamp}.backup{path.suffix}")
            backup_to(path, backup)
        cfg = _alembic_config(f"sqlite:///{path}")
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    return Database(path, engine, MigrationReport(before, head, backup))
