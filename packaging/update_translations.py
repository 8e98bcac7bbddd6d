"""Refresh resources/translations: extract every translatable text of app/, merge, compile.

Run it after adding or changing a user-visible string::

    .venv/bin/python packaging/update_translations.py          # update .ts, build .qm
    .venv/bin/python packaging/update_translations.py --check  # only report what is missing

Why not plain ``pyside6-lupdate app/``: its Python parser (Qt 6.11) reads the context of
``QT_TRANSLATE_NOOP(CTX, ...)`` only when it is a string literal, while the domain modules
name their context once (``CTX = "Validation"``); and after a statement-level
``QCoreApplication.translate(...)`` it files the next ``self.tr(...)`` under a bogus
context.  So the texts are extracted here with :mod:`ast` (``self.tr``,
``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP``/``QT_TR_NOOP``, contexts resolved
from module-level string constants), written to a generated source file with literal
contexts, and ``pyside6-lupdate`` merges that file into the .ts files: it keeps existing
translations and marks vanished texts obsolete.  ``pyside6-lupdate`` also runs over the
real sources as a cross-check, and texts it sees that the extractor does not are
reported.  Finally ``pyside6-lrelease`` compiles the .qm files next to the .ts files.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "app"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "hi")
# English needs a catalogue only for its plural forms ("%n page(s)" -> "1 page", "2 pages").
PLURAL_ONLY_LANGUAGES = ("en",)
BIN = Path(sys.executable).parent
LUPDATE = BIN / "pyside6-lupdate"
LRELEASE = BIN / "pyside6-lrelease"
SHIM_NAME = "extracted_messages.py"

_QT_APPS = {"QCoreApplication", "QGuiApplication", "QApplication"}

# Qt's own texts a clerk meets (dialog buttons, the edit fields' context menu). Qt ships
# qtbase_ru.qm but no Hindi catalogue, so for these languages PostCounter's .ts carries them.
QT_OWN_LANGUAGES = ("hi",)
QT_OWN: dict[str, tuple[str, ...]] = {
    "QPlatformTheme": (
        "OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All", "Abort",
        "Retry", "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset",
        "Restore Defaults",
    ),
    "QLineEdit": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"),
    "QWidgetTextControl": (
        "&Undo", "&Redo", "Cu&t", "&Copy", "Copy &Link Location", "&Paste", "Delete", "Select All",
    ),
}  # fmt: skip


@dataclass(frozen=True)
class Message:
    """One translatable text: what Qt looks up at run time."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False


@dataclass(frozen=True)
class Occurrence:
    """Where a message is written in the sources."""

    message: Message
    path: Path
    line: int


class _Extractor(ast.NodeVisitor):
    """Collects translation calls of one module; contexts come from the enclosing class."""

    def __init__(self, path: Path, constants: dict[str, str]) -> None:
        self.path = path
        self.constants = constants
        self.classes: list[str] = []
        self.found: list[Occurrence] = []
        self.warnings: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _where(self, node: ast.AST) -> str:
        return f"{self.path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"

    def _text(self, node: ast.expr | None) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name) and node.id in self.constants:
            return self.constants[node.id]
        return None

    def _add(self, node: ast.Call, ctx: str | None, args: list[ast.expr], numerus: bool) -> None:
        source = self._text(args[0]) if args else None
        if source is None:
            # a variable is fine (run-time translation of a marked template); a built string is not
            if args and isinstance(args[0], ast.JoinedStr | ast.BinOp | ast.Call):
                self.warnings.append(
                    f"{self._where(node)}: text built at run time cannot be translated; "
                    "translate a template, then .format() it"
                )
            return
        if ctx is None:
            self.warnings.append(f"{self._where(node)}: context is not a string constant")
            return
        comment = self._text(args[1]) if len(args) > 1 else ""
        msg = Message(ctx, source, comment or "", numerus)
        self.found.append(Occurrence(msg, self.path, node.lineno))

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        kw = {k.arg: k.value for k in node.keywords}
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            owner = func.value
            args = list(node.args)
            if len(args) < 2 and "disambiguation" in kw:
                args.append(kw["disambiguation"])
            numerus = len(node.args) > 2 or "n" in kw
            if isinstance(owner, ast.Name) and owner.id in {"self", "cls"} and self.classes:
                self._add(node, self.classes[-1], args, numerus)
            elif args and self._text(args[0]) is not None:
                self.warnings.append(
                    f"{self._where(node)}: tr() on something other than self: its context is "
                    "the run-time class name; use QCoreApplication.translate(context, text)"
                )
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "translate"
            and isinstance(func.value, ast.Name)
            and func.value.id in _QT_APPS
        ):
            self._add(
                node,
                self._text(node.args[0]) if node.args else None,
                node.args[1:],
                len(node.args) > 3,
            )
        elif isinstance(func, ast.Name) and func.id in {"QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}:
            self._add(node, self._text(node.args[0]) if node.args else None, node.args[1:], False)
        elif isinstance(func, ast.Name) and func.id == "QT_TR_NOOP":
            self._add(node, self.classes[-1] if self.classes else None, node.args, False)
        self.generic_visit(node)


# Constants of each app module once read: without it every import path through the app's
# import graph was walked again, exponential in its depth (minutes, then pytest's timeout).
_CONSTANTS: dict[str, dict[str, str]] = {}


def _module_constants(tree: ast.Module, _seen: frozenset[str] = frozenset()) -> dict[str, str]:
    """Module-level string constants, including those imported from other app modules."""
    out: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "app":
            if node.module in _seen:
                continue
            base = ROOT.joinpath(*node.module.split("."))
            path = base / "__init__.py" if base.is_dir() else base.with_suffix(".py")
            if not path.exists():
                continue
            theirs = _CONSTANTS.get(node.module)
            if theirs is None:
                theirs = _module_constants(
                    ast.parse(path.read_text(encoding="utf-8")), _seen | {node.module}
                )
                _CONSTANTS[node.module] = theirs
            for alias in node.names:
                if alias.name in theirs:
                    out[alias.asname or alias.name] = theirs[alias.name]
        elif (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            out[node.targets[0].id] = node.value.value
        elif (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            out[node.target.id] = node.value.value
    return out


def source_files() -> list[Path]:
    """Every Python file of the application, in a stable order."""
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def extract(files: list[Path] | None = None) -> tuple[list[Occurrence], list[str]]:
    """All translation calls in ``files`` (default: app/) and warnings about skipped ones."""
    found: list[Occurrence] = []
    warnings: list[str] = []
    for path in files or source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        ex = _Extractor(path, _module_constants(tree))
        ex.visit(tree)
        found += ex.found
        warnings += ex.warnings
    return found, warnings


def qt_own_occurrences() -> list[Occurrence]:
    """Qt's own texts (see ``QT_OWN``), located at their list in this script."""
    line = next(
        i for i, text in enumerate(Path(__file__).read_text().splitlines(), 1)
        if text.startswith("QT_OWN:")
    )  # fmt: skip
    here = Path(__file__).resolve()
    return [
        Occurrence(Message(ctx, text), here, line)
        for ctx, texts in QT_OWN.items()
        for text in texts
    ]


def _py_literal(text: str) -> str:
    """A double-quoted literal lupdate's Python parser reads back exactly."""
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    )
    return f'"{escaped}"'


def write_shim(occurrences: list[Occurrence], path: Path) -> list[Occurrence]:
    """Write one literal-context call per occurrence; returns occurrences by shim line."""
    lines = ["# Generated by packaging/update_translations.py; read by pyside6-lupdate only."]
    by_line: list[Occurrence] = []
    for occ in occurrences:
        m = occ.message
        args = [_py_literal(m.context), _py_literal(m.source)]
        if m.comment or m.numerus:
            args.append(_py_literal(m.comment))
        if m.numerus:
            args.append("1")
        lines.append(f"QCoreApplication.translate({', '.join(args)})")
        by_line.append(occ)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return by_line


def _fix_locations(ts: Path, by_line: list[Occurrence]) -> None:
    """Point the locations lupdate wrote for the shim back at the real source lines."""
    text = ts.read_text(encoding="utf-8")

    def repl(match: re.Match[str]) -> str:
        occ = by_line[int(match.group(1)) - 2]  # shim line 1 is the header
        rel = Path("../..") / occ.path.relative_to(ROOT)
        return f'<location filename="{rel.as_posix()}" line="{occ.line}"/>'

    pattern = r'<location filename="[^"]*' + re.escape(SHIM_NAME) + r'" line="(\d+)"/>'
    ts.write_text(re.sub(pattern, repl, text), encoding="utf-8")


def _lupdate(inputs: list[Path], ts: Path) -> None:
    subprocess.run(
        [str(LUPDATE), "-silent", "-locations", "absolute", *map(str, inputs), "-ts", str(ts)],
        check=True,
    )


def read_ts(ts: Path) -> dict[Message, ET.Element]:
    """The current (not obsolete) messages of a .ts file with their <translation> elements."""
    out: dict[Message, ET.Element] = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in {"obsolete", "vanished"}:
                continue
            key = Message(
                name,
                msg.findtext("source") or "",
                msg.findtext("comment") or "",
                msg.get("numerus") == "yes",
            )
            out[key] = tr
    return out


def cross_check(messages: set[Message]) -> list[str]:
    """Texts that plain lupdate finds in app/ under a (context, text) the extractor lacks."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "plain.ts"
        _lupdate(source_files(), ts)
        plain = read_ts(ts)
    known = {(m.context, m.source) for m in messages}
    return [
        f"lupdate sees {m.source!r} in context {m.context!r}, which the app never looks up"
        for m in plain
        if (m.context, m.source) not in known
    ]


def update(ts_dir: Path = TS_DIR, release: bool = True) -> tuple[list[Occurrence], list[str]]:
    """Merge the current texts into ``ts_dir``/postcounter_*.ts and compile the .qm files."""
    occurrences, warnings = extract()
    ts_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        shim = Path(tmp) / SHIM_NAME
        for lang in LANGUAGES:
            extra = qt_own_occurrences() if lang in QT_OWN_LANGUAGES else []
            by_line = write_shim(occurrences + extra, shim)
            ts = ts_dir / f"postcounter_{lang}.ts"
            _lupdate([shim], ts)
            _fix_locations(ts, by_line)
        for lang in PLURAL_ONLY_LANGUAGES:
            plural = [o for o in occurrences if o.message.numerus]
            by_line = write_shim(plural, shim)
            ts = ts_dir / f"postcounter_{lang}.ts"
            _lupdate([shim], ts)
            _fix_locations(ts, by_line)
    if release:
        for lang in (*LANGUAGES, *PLURAL_ONLY_LANGUAGES):
            ts = ts_dir / f"postcounter_{lang}.ts"
            subprocess.run(
                [str(LRELEASE), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
            )
    return occurrences, warnings + cross_check({o.message for o in occurrences})


def untranslated(ts: Path, messages: set[Message]) -> list[Message]:
    """Messages of the sources that ``ts`` lacks or has not translated yet."""
    current = read_ts(ts) if ts.exists() else {}
    out = []
    for m in sorted(messages, key=lambda m: (m.context, m.source)):
        tr = current.get(m)
        if tr is None or tr.get("type") == "unfinished":
            out.append(m)
            continue
        forms = [f.text for f in tr.iter("numerusform")] if m.numerus else [tr.text]
        if not all(f and f.strip() for f in forms):
            out.append(m)
    return out


def _extras(lang: str) -> set[Message]:
    return {o.message for o in qt_own_occurrences()} if lang in QT_OWN_LANGUAGES else set()


def main(argv: list[str] | None = None) -> int:
    """Command line: update (default) or ``--check``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 1 when a text lacks a translation",
    )
    args = parser.parse_args(argv)
    if args.check:
        occurrences, warnings = extract()
        messages = {o.message for o in occurrences}
        status = 0
        for lang in LANGUAGES:
            wanted = messages | _extras(lang)
            missing = untranslated(TS_DIR / f"postcounter_{lang}.ts", wanted)
            for m in missing:
                print(f"{lang}: untranslated [{m.context}] {m.source!r}")
            status |= bool(missing)
        for w in warnings:
            print(f"warning: {w}", file=sys.stderr)
        return status
    occurrences, warnings = update()
    messages = {o.message for o in occurrences}
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    for lang in LANGUAGES:
        ts = TS_DIR / f"postcounter_{lang}.ts"
        wanted = messages | _extras(lang)
        missing = untranslated(ts, wanted)
        print(f"{ts.relative_to(ROOT)}: {len(wanted)} messages, {len(missing)} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
