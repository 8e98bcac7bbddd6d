"""Opening the terminal's SQLite database safely.

Start-up sequence (DESIGN.md 3 and 5.6): pragmas (WAL, ``synchronous=FULL``, foreign
keys, ``busy_timeout``), integrity check, refuse a schema newer than this app, back up
with SQLite's backup API before migrating, then Alembic upgrade in-process. pysqlite's
own transaction handling is switched off and ``BEGIN`` is emitted by us, as the
SQLAlchemy documentation recommends; write sessions use ``BEGIN IMMEDIATE`` so two
writers never deadlock upgrading a read lock.
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
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

from app.store.file_modes import FOLDER_MODE, create_private_file, make_private, secure_data_files

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


SQLITE_HEADER = b"SQLite format 3\x00"


def known_revisions() -> set[str]:
    """Every schema revision this version knows, read from the migration files (no Alembic
    import on the usual start); Alembic's own walk when a file cannot be read that way."""
    found = _revisions_from_files()
    if found is not None:
        return found
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config("sqlite://"))
    return {r.revision for r in script.walk_revisions()}


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


def _scan_migration_files() -> tuple[set[str], set[str]] | None:
    """(revisions, down revisions) read straight from the migration files without
    importing Alembic; ``None`` when a file cannot be read this way."""
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
    return (revisions, downs) if revisions else None


def _revisions_from_files() -> set[str] | None:
    scanned = _scan_migration_files()
    return scanned[0] if scanned else None


def _heads_from_files() -> set[str] | None:
    """The head revision(s) read straight from the migration files (what Alembic computes,
    without importing it); ``None`` when a file cannot be read this way."""
    scanned = _scan_migration_files()
    return scanned[0] - scanned[1] if scanned else None


def _stored_revision(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()
    return str(row[0]) if row else None


def inspect_file(path: Path, *, create: bool = True) -> bool:
    """Refuse, with a one-line reason, anything that is not a PostCounter database file.

    Returns True when ``path`` is a PostCounter database, False when it is new (absent,
    empty, or an SQLite file without any table) and ``create`` allows making it. Nothing
    is written to a file that is refused: a foreign database is never migrated in place.
    """
    try:
        st = path.stat()
    except FileNotFoundError:
        if create:
            return False
        raise DatabaseError(f"{path}: no database yet; it is created at the first start") from None
    except OSError as exc:
        raise DatabaseError(f"{path} cannot be read: {exc.strerror or exc}") from exc
    if stat.S_ISDIR(st.st_mode):
        raise DatabaseError(f"{path} is a folder, not a database file: give the file's path")
    if not stat.S_ISREG(st.st_mode):
        raise DatabaseError(
            f"{path} is not an ordinary file (a pipe, socket or device): "
            "PostCounter keeps its data in an ordinary file"
        )
    if not st.st_mode & stat.S_IWUSR or not os.access(path, os.W_OK):
        raise DatabaseError(
            f"{path} is read-only: PostCounter must write to it; "
            "make it writable by this user (chmod 600) or copy it"
        )
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise DatabaseError(
            f"the folder of {path} is read-only: SQLite needs to write its journal there"
        )
    if st.st_size == 0:
        if create:
            return False
        raise DatabaseError(f"{path} is empty: not a PostCounter database (nothing to check)")
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(f"{path} cannot be read: {exc.strerror or exc}") from exc
    if header != SQLITE_HEADER:
        raise DatabaseError(
            f"{path} is not an SQLite database (another kind of file, or damaged): "
            "nothing was changed; restore the latest backup or give the right file"
        )
    _integrity_check(path)
    conn = sqlite3.connect(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        versions = (
            [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
            if "alembic_version" in tables
            else []
        )
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} is damaged ({exc}): restore the latest backup") from exc
    finally:
        conn.close()
    if not tables:
        if create:
            return False
        raise DatabaseError(f"{path} is an empty SQLite file: not a PostCounter database yet")
    if not versions:
        raise DatabaseError(
            f"{path} is an SQLite database but not PostCounter's (no schema revision): "
            "nothing was changed; give the path of the terminal database"
        )
    unknown = [v for v in versions if v not in known_revisions()]
    if unknown or len(versions) != 1:
        raise DatabaseError(
            f"{path} was written by a newer PostCounter or another program (schema "
            f"{', '.join(versions)}): this version will not touch the data; install the "
            "newer version on this terminal"
        )
    return True


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


def open_database(path: Path, *, data_folder: Path | None = None, create: bool = True) -> Database:
    """Open (creating or upgrading as needed) the database at ``path``.

    Raises ``DatabaseError`` with a one-line, actionable message when the path is not a
    PostCounter database (a folder, pipe, read-only, damaged or foreign file, or one
    written by a newer PostCounter); such a file is left untouched. ``data_folder`` is
    PostCounter's own folder, kept at mode 0700; the database files are kept at 0600.
    """
    path = Path(path)
    existed = inspect_file(path, create=create)
    try:
        if data_folder is not None:
            data_folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            create_private_file(path)
    except OSError as exc:
        raise DatabaseError(f"{path} cannot be created: {exc.strerror or exc}") from exc
    secure_data_files(path, data_folder=data_folder)
    if existed:
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
            create_private_file(backup)
            backup_to(path, backup)
        cfg = _alembic_config(f"sqlite:///{path}")
        with engine.connect() as conn:
            # SQLite's own recipe for schema changes: foreign keys off while a batch
            # migration copies a table others point at (dropping the old copy would fail
            # otherwise), then every key checked before the upgrade commits.
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys=OFF")
            try:
                with conn.begin():
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, "head")
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseError(
                            f"upgrading {path} would break {len(broken)} references between "
                            "tables; nothing was changed. Keep the file and call support."
                        )
            finally:
                raw.execute("PRAGMA foreign_keys=ON")
    for extra in ("-wal", "-shm"):  # created by SQLite just now, with the umask's mode
        make_private(path.with_name(path.name + extra))
    return Database(path, engine, MigrationReport(before, head, backup))
