"""Where the terminal keeps central's token: never in the database, a log or a command line.

Two stores, chosen when the token is written and named in the ``central.token_store``
setting (the name of the store, not the secret):

``keyring``
    The platform's secret store (Windows Credential Manager, macOS Keychain, the Secret
    Service of a desktop session) through the ``keyring`` library, when a real backend is
    available. Entry: service ``PostCounter central token``, user name the database path
    (so two terminal databases on one PC keep two tokens).

``file``
    Otherwise (a kiosk PC without a desktop session, this test machine): the token is
    encrypted with Fernet (AES-128-CBC + HMAC-SHA256, from ``cryptography``) into
    ``<database>.central-token`` beside the database, mode 0600. The key is a random
    32-byte key in ``central-token.key`` in the user's **configuration** folder
    (``~/.config/PostCounter`` on Linux, ``%APPDATA%`` roaming on Windows;
    ``POSTCOUNTER_KEY_DIR`` overrides), mode 0600 in a 0700 folder, never in the data
    folder and never in the database.

What the file store protects against, honestly: a copy of the data folder, of the
database or of a backup (the USB stick of ``backup``, a database sent for support, a
stolen backup share) does not reveal the token, because the key is not in any of them.
It does **not** protect against someone who can read files as the same operating-system
user (or root): they can read both the key and the token file. Only the keyring store
(unlocked with the user's log-in) raises that bar, and only as far as the platform does.

A token found in the ``settings`` table (written by an older PostCounter) is moved to a
store at start-up and the row deleted with ``secure_delete`` on and the WAL checkpointed
and truncated, so its bytes do not linger in free pages. Backups taken before that still
hold it: rotate the token at central if they may have leaked.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import sqlite3
from pathlib import Path

import platformdirs
from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.store.database import BUSY_TIMEOUT_MS, Database
from app.store.settings import get_setting, set_setting

log = logging.getLogger(__name__)

STORE_KEY = "central.token_store"
LEGACY_KEY = "central.token"
KEYRING_SERVICE = "PostCounter central token"
KEY_FILE = "central-token.key"
FORCE_ENV = "POSTCOUNTER_TOKEN_STORE"  # "file" forces the file store (tests, kiosks)


class TokenStoreError(RuntimeError):
    """The token cannot be stored or read; the message says what to do."""


def key_dir() -> Path:
    override = os.environ.get("POSTCOUNTER_KEY_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir("PostCounter", appauthor=False))


def token_file(db_path: Path) -> Path:
    """The encrypted token file beside the database ``db_path``."""
    return db_path.with_name(f"{db_path.stem}.central-token")


def _private_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` readable by this user only (0600), atomically."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def _fernet() -> Fernet:
    """The key in the configuration folder, created on first use (0600 in a 0700 folder)."""
    folder = key_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / KEY_FILE
    if not path.exists():
        key = Fernet.generate_key()
        tmp = folder / f".{KEY_FILE}.{secrets.token_hex(4)}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, key)
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(tmp, path)  # fails when another process made the key first: use theirs
        except FileExistsError:
            pass
        finally:
            tmp.unlink()
    try:
        return Fernet(path.read_bytes().strip())
    except (OSError, ValueError) as exc:
        raise TokenStoreError(
            f"The token key {path} cannot be read ({exc}); run 'sync configure' again."
        ) from exc


def _keyring_usable() -> bool:
    """A real secret store: not the fail backend, nor a plain-text one, nor forced off."""
    if os.environ.get(FORCE_ENV, "").lower() == "file":
        return False
    try:
        import keyring
    except ImportError:
        return False
    backend = keyring.get_keyring()
    name = type(backend).__module__ + "." + type(backend).__name__
    if "fail" in name or "plaintext" in name.lower() or "null" in name.lower():
        return False
    return float(getattr(backend, "priority", 0) or 0) >= 1


def _db_path(session: Session) -> Path:
    bind = session.get_bind()
    database = bind.url.database if hasattr(bind, "url") else None
    if not database:
        raise TokenStoreError("The token store needs a database file.")
    return Path(database).resolve()


def save_token(db: Database, token: str) -> str:
    """Store ``token`` for the database ``db``; returns the store's name (for the setting)."""
    path = Path(db.path).resolve()
    if _keyring_usable():
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(KEYRING_SERVICE, str(path), token)
            with contextlib.suppress(FileNotFoundError):
                token_file(path).unlink()
            return "keyring"
        except KeyringError as exc:  # locked or refused: fall back to the file
            log.warning("keyring refused the central token (%s); using the encrypted file", exc)
    _private_write(token_file(path), _fernet().encrypt(token.encode("utf-8")))
    return "file"


def token_configured(session: Session) -> bool:
    """Whether a central token is stored for this database (without reading it)."""
    return bool(get_setting(session, STORE_KEY) or get_setting(session, LEGACY_KEY))


def load_token(session: Session) -> str | None:
    """The token of the database behind ``session``, or ``None`` when none is configured."""
    store = get_setting(session, STORE_KEY)
    if store is None:
        legacy = get_setting(session, LEGACY_KEY)  # until the start-up step moved it
        return str(legacy) if legacy else None
    path = _db_path(session)
    if store == "keyring":
        import keyring

        return keyring.get_password(KEYRING_SERVICE, str(path))
    try:
        blob = token_file(path).read_bytes()
    except FileNotFoundError:
        return None
    try:
        return _fernet().decrypt(blob).decode("utf-8")
    except InvalidToken as exc:
        raise TokenStoreError(
            f"{token_file(path)} cannot be decrypted with this user's key "
            f"({key_dir() / KEY_FILE}): run 'sync configure' again."
        ) from exc


def record_store(session: Session, store: str) -> None:
    """Name the store in the settings (in the caller's transaction) and drop a legacy row."""
    set_setting(session, STORE_KEY, store)
    session.execute(text("PRAGMA secure_delete=ON"))
    session.execute(text("DELETE FROM settings WHERE key = :k"), {"k": LEGACY_KEY})


def scrub_wal(db: Database, vacuum: bool = False) -> None:
    """Checkpoint and truncate the WAL so old page images (a deleted token, purged names)
    do not stay readable in ``-wal``; with ``vacuum`` also rewrite the file without its free
    pages. Best effort: a reader holding the WAL only delays the truncation."""
    conn = sqlite3.connect(db.path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute("PRAGMA secure_delete=ON")
        if vacuum:
            conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.OperationalError as exc:
        log.warning("could not compact the database after removing private data: %s", exc)
    finally:
        conn.close()


def move_out_of_settings(db: Database) -> bool:
    """Start-up step: move a token stored in the settings table to a store; True if moved."""
    with db.read() as session:
        legacy = get_setting(session, LEGACY_KEY)
    if not legacy:
        return False
    store = save_token(db, str(legacy))

    def work(session: Session) -> None:
        record_store(session, store)

    db.write_with_retry(work)
    # Earlier values of the row may sit on free pages written without secure_delete.
    scrub_wal(db, vacuum=True)
    log.info("central token moved out of the database into the %s store", store)
    return True
