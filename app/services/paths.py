"""Where PostCounter keeps its files: the user's data folder unless ``--db`` says otherwise."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "PostCounter"


def _install_root() -> Path:
    """The folder holding ``resources/``: the source checkout, or the frozen bundle.

    A PyInstaller build (``packaging/postcounter.spec``) sets ``sys.frozen`` and unpacks its
    data files into ``sys._MEIPASS`` (``dist/postcounter/_internal``); the spec puts
    ``resources/`` there. From a checkout it is the repository root, two levels above
    ``app/services``.
    """
    if getattr(sys, "frozen", False):
        # _MEIPASS is PyInstaller's documented anchor for bundled data; __file__ of a frozen
        # module happens to point inside it too, but only by the module's depth in the package.
        bundle = getattr(sys, "_MEIPASS", None)
        return Path(bundle) if bundle else Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


RESOURCES: Path = _install_root() / "resources"


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
