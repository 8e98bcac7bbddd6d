"""Private files: the data folder 0700, the database, its WAL/SHM and backups 0600.

Checked at every start and corrected with a log line, because a copy or an old version
may have left them readable by every local user (issue 12). Only group and other bits
are removed; a file its owner made read-only stays read-only (and is refused elsewhere).
On Windows the user profile's folder ACL already keeps other users out; POSIX modes
mean nothing there, so nothing is changed.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 (before SQLite creates it with the umask)."""
    if os.name == "nt":
        return
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, FILE_MODE)
    os.close(fd)


def make_private(path: Path, *, folder: bool = False) -> bool:
    """Remove group/other access from ``path``; True (and a log line) when it changed."""
    if os.name == "nt":
        return False
    try:
        st = path.stat()
    except FileNotFoundError:
        return False
    mode = stat.S_IMODE(st.st_mode)
    if folder and (mode & stat.S_ISVTX or st.st_uid != os.getuid()):
        # A shared folder such as /tmp (sticky) or someone else's: never narrowed.
        log.warning("%s is a shared folder: keep PostCounter's data in a folder of its own", path)
        return False
    wanted = (mode | FOLDER_MODE) & FOLDER_MODE if folder else mode & ~0o077
    if mode == wanted:
        return False
    os.chmod(path, wanted)
    log.warning(
        "permissions of %s were %04o, now %04o: only this user may read it",
        path,
        mode,
        wanted,
    )
    return True


def database_files(db_path: Path) -> Iterable[Path]:
    """The database, its WAL and SHM, and the backups made beside it."""
    yield db_path
    yield db_path.with_name(db_path.name + "-wal")
    yield db_path.with_name(db_path.name + "-shm")
    yield db_path.with_name(db_path.name + "-journal")
    if db_path.parent.is_dir():
        yield from sorted(db_path.parent.glob(f"{db_path.stem}.*.backup{db_path.suffix}"))


def secure_data_files(db_path: Path, *, data_folder: Path | None) -> list[Path]:
    """Tighten the data folder (when it is PostCounter's own) and every database file."""
    changed: list[Path] = []
    if data_folder is not None and make_private(data_folder, folder=True):
        changed.append(data_folder)
    for path in database_files(db_path):
        if path.is_file() and make_private(path):
            changed.append(path)
    return changed
