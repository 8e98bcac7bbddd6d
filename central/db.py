"""Central database: engine for SQLite (default) or PostgreSQL, and in-process migrations.

SQLite gets the same treatment as the terminal (DESIGN.md 5.6): pysqlite's own
transaction handling is switched off and ``BEGIN IMMEDIATE`` is emitted by us, so
concurrent requests queue on the write lock instead of deadlocking; WAL with
``synchronous=FULL`` so an answer "stored" survives a power cut. Alembic runs from
code at start-up, never through its command-line tool.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
DEFAULT_URL_ENV = "POSTCOUNTER_CENTRAL_DB"
BUSY_TIMEOUT_MS = 30_000


def normalise_url(url: str | None) -> str:
    """A SQLAlchemy URL from ``--db``: a URL as given, a plain path as a SQLite file."""
    url = url or os.environ.get(DEFAULT_URL_ENV) or "central.db"
    if "://" in url:
        return url
    return f"sqlite:///{Path(url).expanduser().resolve()}"


def make_engine(url: str) -> Engine:
    """Engine for ``url`` with the pragmas and transaction handling central relies on."""
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
            hide_parameters=True,
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
            conn.exec_driver_sql(f"BEGIN {mode}")

        return engine
    # hide_parameters: a failed statement's message must never carry a payload into a log.
    return create_engine(
        url, pool_size=10, max_overflow=10, pool_pre_ping=True, hide_parameters=True
    )


def migrate(engine: Engine) -> None:
    """Bring the schema to the latest revision, in-process (works in a frozen build too)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    # configparser interpolates %, which URL-encoded options (search_path) contain
    cfg.set_main_option(
        "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
    )
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class CentralDB:
    """Engine plus session factory; ``write()`` is one transaction that commits at the end."""

    def __init__(self, url: str) -> None:
        self.url = normalise_url(url)
        self.engine = make_engine(self.url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            if self.dialect == "sqlite":
                session.connection(execution_options={"sqlite_begin": "DEFERRED"})
            yield session

    def close(self) -> None:
        self.engine.dispose()
