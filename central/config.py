"""Configuration file of the central server (``/etc/postcounter/central.toml``).

The Debian package runs ``python -m central serve --config /etc/postcounter/central.toml``.
The file names the database, where to listen and how many worker processes to start::

    [database]
    url = "postgresql+psycopg://postcounter@/postcounter"   # or a SQLite file path

    [server]
    host = "127.0.0.1"
    port = 8400
    workers = 2
    log_level = "warning"

Every key is optional; an option given on the command line wins over the file, the file
over the built-in default. Unknown keys and values of the wrong type or out of bounds are
refused with a message naming the key, so a typo never silently falls back to a default.
"""

from __future__ import annotations

import argparse
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI

CONFIG_ENV = "POSTCOUNTER_CENTRAL_CONFIG"
WORKER_DB_ENV = "POSTCOUNTER_CENTRAL_WORKER_DB"  # set by serve for its worker processes
MAX_BYTES = 64 * 1024
MAX_WORKERS = 64
LOG_LEVELS = ("critical", "error", "warning", "info", "debug", "trace")


class ConfigError(Exception):
    """The configuration file cannot be used; the message says what to change."""


@dataclass(frozen=True, slots=True)
class ServeSettings:
    """What ``serve`` runs with, after command line, file and defaults are merged."""

    db: str | None = None  # None: central.db's own default ($POSTCOUNTER_CENTRAL_DB, central.db)
    host: str = "127.0.0.1"
    port: int = 8400
    workers: int = 1
    log_level: str = "warning"


# section -> key -> (ServeSettings field, type)
_KEYS: dict[str, dict[str, tuple[str, type]]] = {
    "database": {"url": ("db", str)},
    "server": {
        "host": ("host", str),
        "port": ("port", int),
        "workers": ("workers", int),
        "log_level": ("log_level", str),
    },
}


def load(path: Path) -> dict[str, Any]:
    """The settings the file at ``path`` sets, by ``ServeSettings`` field name."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ConfigError(f"{path}: larger than {MAX_BYTES} bytes; is it the right file?")
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file; give --config an existing file") from None
    except PermissionError:
        raise ConfigError(
            f"{path}: not readable by this user; run as the service user "
            "(postcounter-central) or root"
        ) from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    found: dict[str, Any] = {}
    for section, values in data.items():
        keys = _KEYS.get(section)
        if keys is None or not isinstance(values, dict):
            raise ConfigError(
                f"{path}: unknown section [{section}]; known: " + ", ".join(f"[{s}]" for s in _KEYS)
            )
        for key, value in values.items():
            if key not in keys:
                raise ConfigError(
                    f"{path}: unknown key {section}.{key}; known in [{section}]: " + ", ".join(keys)
                )
            name, kind = keys[key]
            if type(value) is not kind:  # bool is an int subclass: refuse it for port
                raise ConfigError(
                    f"{path}: {section}.{key} must be a {kind.__name__}, not {value!r}"
                )
            found[name] = value
    _check(path, found)
    return found


def _check(path: Path | str, found: dict[str, Any]) -> None:
    if "port" in found and not 1 <= found["port"] <= 65535:
        raise ConfigError(f"{path}: server.port must be 1..65535, not {found['port']}")
    if "workers" in found and not 1 <= found["workers"] <= MAX_WORKERS:
        raise ConfigError(
            f"{path}: server.workers must be 1..{MAX_WORKERS}, not {found['workers']}"
        )
    if "log_level" in found and found["log_level"] not in LOG_LEVELS:
        raise ConfigError(
            f"{path}: server.log_level must be one of {', '.join(LOG_LEVELS)}, "
            f"not {found['log_level']!r}"
        )
    for key in ("db", "host"):
        if key in found and not found[key].strip():
            raise ConfigError(
                f"{path}: {'database.url' if key == 'db' else 'server.host'} is empty"
            )


def settings(args: argparse.Namespace) -> ServeSettings:
    """Merge ``args`` (None where not given), ``--config`` / $POSTCOUNTER_CENTRAL_CONFIG, defaults."""
    config = getattr(args, "config", None) or os.environ.get(CONFIG_ENV)
    merged: dict[str, Any] = load(Path(config)) if config else {}
    for name in ServeSettings.__dataclass_fields__:
        given = getattr(args, name, None)
        if given is not None:
            merged[name] = given
    _check("command line and configuration", merged)
    return ServeSettings(**merged)


def worker_app() -> FastAPI:
    """The application of one uvicorn worker process (``serve`` with workers > 1).

    ``serve`` migrated the database before starting the workers, so they do not race to.
    """
    from central.api import create_app

    return create_app(os.environ.get(WORKER_DB_ENV) or None, run_migrations=False)  # type: ignore[arg-type]
