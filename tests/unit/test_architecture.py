"""Layer rules, checked on the source: dependencies point down, Qt widgets only in app/ui."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "app"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def files(layer: str) -> list[Path]:
    return sorted((APP / layer).rglob("*.py"))


@pytest.mark.parametrize("path", files("domain"), ids=lambda p: p.name)
def test_domain_is_pure(path: Path) -> None:
    bad = {
        m
        for m in imports_of(path)
        if m.split(".")[0] in {"PySide6", "sqlalchemy", "alembic", "httpx", "serial"}
    }
    bad |= {m for m in imports_of(path) if m.startswith("app.") and not m.startswith("app.domain")}
    assert not bad, f"{path} imports {bad}"


LOWER = ["domain", "devices", "store", "sync", "documents", "services"]


@pytest.mark.parametrize(
    "path", [p for layer in LOWER for p in files(layer)], ids=lambda p: str(p.relative_to(APP))
)
def test_only_ui_imports_qt_widgets_and_nothing_imports_ui(path: Path) -> None:
    mods = imports_of(path)
    assert not {m for m in mods if m.startswith("PySide6.QtWidgets")}, f"{path} imports Qt widgets"
    assert not {m for m in mods if m.startswith("app.ui")}, f"{path} depends on the UI layer"


@pytest.mark.parametrize("layer", ["devices", "store", "sync", "documents"])
def test_lower_layers_do_not_depend_on_services(layer: str) -> None:
    for path in files(layer):
        assert not {m for m in imports_of(path) if m.startswith("app.services")}, path
