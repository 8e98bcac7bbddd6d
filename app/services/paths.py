"""Where PostCounter keeps its files: the user's data folder unless ``--db`` says otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "PostCounter"
RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def data_dir() -> Path:
    """Per-user data folder (``~/.local/share/PostCounter`` on Linux); ``POSTCOUNTER_HOME`` overrides."""
    override = os.environ.get("POSTCOUNTER_HOME")
    return (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )


def database_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The terminal database: ``--db PATH`` when given, else ``postcounter.db`` in the data folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    return data_dir() / "postcounter.db"


def resource(*parts: str) -> Path:
    """A file shipped in ``resources/``."""
    return RESOURCES.joinpath(*parts)
