"""Every translation context used below the UI is one the UI looks problems up in."""

from __future__ import annotations

import re
from pathlib import Path

from app.ui.translate import _CONTEXTS

APP = Path(__file__).resolve().parents[2] / "app"


def test_every_ctx_is_known_to_the_ui() -> None:
    used = set()
    for path in APP.rglob("*.py"):
        if "ui" in path.relative_to(APP).parts:
            continue
        used |= set(re.findall(r'^CTX = "(\w+)"', path.read_text(encoding="utf-8"), re.M))
    assert used <= set(_CONTEXTS), f"add {used - set(_CONTEXTS)} to app/ui/translate.py _CONTEXTS"
