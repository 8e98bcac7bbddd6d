"""Online backups of the terminal database to a second location, verified and recorded.

A branch offline for days must not hold the only copy of its acceptances on one disk.
``take_backup`` copies the live database with SQLite's backup API (consistent while the
counter keeps writing, WAL included) into ``backup.folder`` (a USB stick, a network
share), first under a ``.partial`` name created 0600, switches the copy to rollback
journal mode (no ``-wal`` beside it on a FAT stick), runs ``PRAGMA integrity_check`` on the
copy and checks that it is a PostCounter database, then renames it into place. Every
attempt, good or failed, is a row of ``backups`` and an audit entry; then the folder is
pruned to the last ``backup.keep`` good backups of this terminal.

When: every ``backup.interval_minutes`` (the GUI's scheduler runs it off the GUI thread),
after a day close, and by hand (``backup now``). ``restore`` puts a backup back (see its
docstring for what it refuses).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.store.database import Database, backup_to, open_database
from app.store.models import BackupRecord, OutboxItem, S10Block
from app.store.outbox import audit
from app.store.settings import get_setting
from app.sync.store_outbox import QUEUED_STATES

log = logging.getLogger(__name__)

SUFFIX = ".backup.db"
DONE = "done"


class BackupError(RuntimeError):
    """A backup or restore cannot be done; the message says what to do."""


@dataclass(frozen=True, slots=True)
class BackupResult:
    """One backup attempt as recorded."""

    id: int
    path: Path
    taken_at: datetime
    trigger: str
    ok: bool
    detail: str
    size_bytes: int
    sha256: str


@dataclass(frozen=True, slots=True)
class BackupPlan:
    """What the scheduler needs: the folder, interval, and when the last good backup was."""

    folder: str
    interval_minutes: int
    keep: int
    last_good_at: datetime | None
    unsynced_acceptances: int

    def due(self, now: datetime) -> bool:
        if not self.folder or self.interval_minutes <= 0:
            return False
        if self.last_good_at is None:
            return True
        return now - self.last_good_at >= timedelta(minutes=self.interval_minutes)


def plan(db: Database) -> BackupPlan:
    """The backup settings and state (cheap: the scheduler reads it every minute)."""
    with db.read() as session:
        last = session.scalar(
            select(func.max(BackupRecord.taken_at)).where(BackupRecord.ok.is_(True))
        )
        unsynced = session.scalar(
            select(func.count())
            .select_from(OutboxItem)
            .where(OutboxItem.kind == "accept", OutboxItem.state.in_(QUEUED_STATES))
        )
        return BackupPlan(
            folder=str(get_setting(session, "backup.folder", "") or ""),
            interval_minutes=int(get_setting(session, "backup.interval_minutes", 60)),
            keep=int(get_setting(session, "backup.keep", 30)),
            last_good_at=last,
            unsynced_acceptances=int(unsynced or 0),
        )


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def verify_copy(path: Path) -> str:
    """``integrity_check`` and PostCounter's tables on a copy; returns what was found,
    raises ``BackupError`` with the reason otherwise."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BackupError(f"{path} cannot be opened ({exc}).") from exc
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall()
        if [r[0] for r in result] != ["ok"]:
            raise BackupError(f"{path} failed its integrity check ({result[0][0]}).")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"alembic_version", "acceptances", "outbox"} <= tables:
            raise BackupError(f"{path} is not a PostCounter database.")
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        count = conn.execute("SELECT count(*) FROM acceptances").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path} is damaged or not a database ({exc}).") from exc
    finally:
        conn.close()
    return f"integrity ok, schema {revision[0] if revision else '?'}, {count} acceptance(s)"


def _copy(source: Path, target: Path) -> None:
    """Backup API copy into ``target`` created 0600, then rollback-journal mode."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    backup_to(source, target)
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    with open(target, "rb") as f:
        os.fsync(f.fileno())


def _name(db: Database, terminal_id: str, at: datetime) -> str:
    stamp = at.strftime("%Y%m%dT%H%M%S%fZ")
    return f"{Path(db.path).stem}-{terminal_id}-{stamp}{SUFFIX}"


def take_backup(
    db: Database,
    trigger: str = "manual",
    *,
    folder: str | os.PathLike[str] | None = None,
    staff_id: int | None = None,
) -> BackupResult:
    """Back up, verify, record and prune; raises ``BackupError`` when no folder is set.

    A failed copy or verification is recorded (``ok`` false, with the reason) and
    returned, not raised, so the scheduler and the status bar see it.
    """
    with db.read() as session:
        target_dir = str(folder or get_setting(session, "backup.folder", "") or "")
        terminal_id = str(get_setting(session, "terminal.id", "T-unknown"))
        keep = int(get_setting(session, "backup.keep", 30))
        last_outbox = int(session.scalar(select(func.max(OutboxItem.id))) or 0)
    if not target_dir:
        raise BackupError(
            "No backup folder is set: choose one with "
            "'settings set backup.folder /media/usb/postcounter' (a USB stick or a share)."
        )
    now = datetime.now(UTC)
    final = Path(target_dir) / _name(db, terminal_id, now)
    partial = final.with_name(final.name + ".partial")
    ok, detail, size, digest = False, "", 0, ""
    try:
        final.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _copy(Path(db.path), partial)
        detail = verify_copy(partial)
        size, digest = partial.stat().st_size, _sha256(partial)
        os.replace(partial, final)
        ok = True
    except (OSError, sqlite3.Error, BackupError) as exc:
        detail = f"backup to {target_dir} failed: {getattr(exc, 'strerror', None) or exc}"
        log.warning("%s", detail)
        with contextlib.suppress(OSError):
            partial.unlink()

    def work(session: Session) -> BackupResult:
        row = BackupRecord(
            taken_at=now,
            trigger=trigger,
            path=str(final),
            size_bytes=size,
            sha256=digest,
            ok=ok,
            detail=detail,
            last_outbox_id=last_outbox,
            pruned=False,
        )
        session.add(row)
        session.flush()
        audit(
            session,
            staff_id=staff_id,
            terminal_id=terminal_id,
            action="backup.taken" if ok else "backup.failed",
            entity="backup",
            entity_id=str(row.id),
            details={"trigger": trigger, "file": final.name, "sha256": digest, "detail": detail},
        )
        return BackupResult(row.id, final, now, trigger, ok, detail, size, digest)

    result = db.write_with_retry(work)
    if ok:
        prune(db, Path(target_dir), terminal_id, keep)
    return result


def prune(db: Database, folder: Path, terminal_id: str, keep: int) -> list[Path]:
    """Delete this terminal's good backups in ``folder`` beyond the newest ``keep``."""
    with db.read() as session:
        rows = session.scalars(
            select(BackupRecord)
            .where(BackupRecord.ok.is_(True), BackupRecord.pruned.is_(False))
            .order_by(BackupRecord.taken_at.desc(), BackupRecord.id.desc())
        ).all()
    mine = [r for r in rows if Path(r.path).parent == folder and terminal_id in Path(r.path).name]
    removed: list[Path] = []
    for r in mine[keep:]:
        with contextlib.suppress(FileNotFoundError):
            Path(r.path).unlink()
        removed.append(Path(r.path))
    if removed:
        ids = [r.id for r in mine[keep:]]
        with db.write() as session:
            session.execute(
                update(BackupRecord).where(BackupRecord.id.in_(ids)).values(pruned=True)
            )
    return removed


def list_backups(db: Database, limit: int = 100) -> list[BackupResult]:
    """Recorded backups, newest first (pruned ones left out)."""
    with db.read() as session:
        rows = session.scalars(
            select(BackupRecord)
            .where(BackupRecord.pruned.is_(False))
            .order_by(BackupRecord.taken_at.desc(), BackupRecord.id.desc())
            .limit(limit)
        ).all()
    return [
        BackupResult(
            r.id, Path(r.path), r.taken_at, r.trigger, r.ok, r.detail, r.size_bytes, r.sha256
        )
        for r in rows
    ]


# --- restore ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RestoreCheck:
    """How a backup compares with what central already has (per the current database)."""

    backup: Path
    detail: str
    central_has_not_in_backup: int  # items central acknowledged that the backup lacks
    requeued: int = 0

    @property
    def older_than_central(self) -> bool:
        return self.central_has_not_in_backup > 0


def _done_uuids(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT item_uuid FROM outbox WHERE state = ?", (DONE,))}
    finally:
        conn.close()


def _all_uuids(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT item_uuid FROM outbox")}
    finally:
        conn.close()


def check_restore(db_path: Path, backup: Path) -> RestoreCheck:
    """Verify ``backup`` and count what central holds (done in the current database at
    ``db_path``) that the backup does not have."""
    if not backup.is_file():
        raise BackupError(f"{backup} is not a backup file.")
    detail = verify_copy(backup)
    missing = 0
    if db_path.exists() and db_path.stat().st_size > 0:
        with contextlib.suppress(sqlite3.DatabaseError):
            missing = len(_done_uuids(db_path) - _all_uuids(backup))
    return RestoreCheck(backup, detail, missing)


def restore(db_path: Path, backup: Path, *, confirmed_by: int | None = None) -> RestoreCheck:
    """Put ``backup`` in place of the database at ``db_path``.

    Refuses (``BackupError``) a damaged file or one that is not PostCounter's, and a backup
    older than what central already has (items central acknowledged that the backup lacks:
    restoring would forget them here) unless a supervisor confirmed (``confirmed_by``).
    The current database is never deleted: it is kept beside as
    ``<name>.replaced-<time>.db`` (0600). After the copy, S10 blocks keep the furthest
    ``next_serial`` of both files (a serial central has seen is never issued again), items
    that were being sent are queued again and every item central lacks is due now; the
    restore is audited.
    """
    db_path, backup = Path(db_path), Path(backup)
    check = check_restore(db_path, backup)
    if check.older_than_central and confirmed_by is None:
        raise BackupError(
            f"{backup.name} is older than what central already has: "
            f"{check.central_has_not_in_backup} item(s) central acknowledged are not in it. "
            "A supervisor must confirm the restore (--supervisor N)."
        )
    serials: dict[tuple[str, str, int], int] = {}
    replaced: Path | None = None
    if db_path.exists() and db_path.stat().st_size > 0:
        with contextlib.suppress(sqlite3.DatabaseError):
            conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
            try:
                for service, country, first, nxt in conn.execute(
                    "SELECT service, country, first_serial, next_serial FROM s10_blocks"
                ):
                    serials[(service, country, first)] = nxt
            finally:
                conn.close()
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        replaced = db_path.with_name(f"{db_path.stem}.replaced-{stamp}{db_path.suffix}")
        _copy(db_path, replaced)
        for extra in (Path(f"{db_path}-wal"), Path(f"{db_path}-shm"), db_path):
            with contextlib.suppress(FileNotFoundError):
                extra.unlink()
    _copy(backup, db_path)
    db = open_database(db_path)  # migrates a backup of an older schema (after its own backup)
    try:

        def work(session: Session) -> int:
            for block in session.scalars(select(S10Block)):
                nxt = serials.get((block.service, block.country, block.first_serial))
                if nxt is not None and nxt > block.next_serial:
                    block.next_serial = nxt
            requeued = session.execute(
                update(OutboxItem)
                .where(OutboxItem.state.in_(QUEUED_STATES))
                .values(state="pending", next_attempt_at=None)
            ).rowcount
            audit(
                session,
                staff_id=confirmed_by,
                terminal_id=str(get_setting(session, "terminal.id", "")),
                action="backup.restored",
                entity="backup",
                entity_id=backup.name[:64],
                details={
                    "replaced": replaced.name if replaced else "",
                    "central_has_not_in_backup": check.central_has_not_in_backup,
                    "requeued": requeued,
                },
            )
            return int(requeued or 0)

        requeued = db.write_with_retry(work)
    finally:
        db.close()
    return RestoreCheck(check.backup, check.detail, check.central_has_not_in_backup, requeued)
