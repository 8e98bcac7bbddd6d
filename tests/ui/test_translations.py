"""Russian and Hindi translations: complete for the current sources, loadable, and they fit.

When a test here fails after you added or changed a user-visible string, run
``.venv/bin/python packaging/update_translations.py`` and translate the new entries of
resources/translations/postcounter_ru.ts and postcounter_hi.ts (Qt Linguist or any editor).
"""

from __future__ import annotations

import contextlib
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSize, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStyle,
    QStyleOptionFrame,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.services.counter_rules import counter_rules
from app.services.terminal import CounterContext
from app.store.database import Database
from app.ui.application import install_translators, make_app, ui_locale
from app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("ru", "hi")
FIX = "run `.venv/bin/python packaging/update_translations.py` and translate the new entries"


def _script() -> ModuleType:
    path = ROOT / "packaging" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """lupdate run over today's sources into an empty folder: what the .ts files must hold."""
    out = tmp_path_factory.mktemp("ts")
    _script().update(out, release=False)
    return out


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> <message> of the current (not obsolete) entries."""
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in {"obsolete", "vanished"}:
                continue
            out[(ctx.findtext("name") or "", msg.findtext("source") or "")] = msg
    return out


def _texts(msg: ET.Element) -> list[str]:
    tr = msg.find("translation")
    assert tr is not None
    if msg.get("numerus") == "yes":
        return [f.text or "" for f in tr.iter("numerusform")]
    return [tr.text or ""]


@pytest.mark.parametrize("lang", LANGS)
def test_ts_holds_every_current_string_translated(fresh_ts: Path, lang: str) -> None:
    committed = _messages(TS_DIR / f"postcounter_{lang}.ts")
    current = _messages(fresh_ts / f"postcounter_{lang}.ts")
    assert len(current) > 100, "the extractor found suspiciously few strings"
    missing = sorted(set(current) - set(committed))
    assert not missing, (
        f"{len(missing)} strings are not in postcounter_{lang}.ts ({FIX}): "
        + "; ".join(f"[{c}] {s!r}" for c, s in missing[:10])
    )
    stale = sorted(set(committed) - set(current))
    assert not stale, (
        f"postcounter_{lang}.ts lists strings the sources no longer have ({FIX}): {stale[:10]}"
    )
    unfinished = [
        key
        for key, msg in committed.items()
        if msg.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        or not all(t.strip() for t in _texts(msg))
    ]
    assert not unfinished, f"untranslated in postcounter_{lang}.ts ({FIX}): {unfinished[:10]}"


_BRACES = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
_PERCENT = re.compile(r"%(?:n|\d)")


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_survive_translation(lang: str) -> None:
    wrong = []
    for (ctx, source), msg in _messages(TS_DIR / f"postcounter_{lang}.ts").items():
        if msg.find("translation").get("type") == "unfinished":  # type: ignore[union-attr]
            continue  # reported by the completeness test
        for text in _texts(msg):
            for pattern in (_BRACES, _PERCENT):
                if set(pattern.findall(source)) != set(pattern.findall(text)):
                    wrong.append(f"[{ctx}] {source!r} -> {text!r}")
            # keyboard hints must stay as they are: the keys do not change with the language
            for key in re.findall(r"\b(?:F\d{1,2}|Ctrl\+\w+)", source):
                if key not in text:
                    wrong.append(f"[{ctx}] {source!r} -> {text!r} lost {key}")
            if "&" in source.replace("&&", "") and "&" not in text:
                wrong.append(f"[{ctx}] {source!r} -> {text!r} lost its accelerator")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("lang", LANGS)
def test_qm_files_load(qapp: QApplication, lang: str) -> None:
    qm = TS_DIR / f"postcounter_{lang}.qm"
    translator = QTranslator()
    assert translator.load(str(qm)), f"{qm} does not load ({FIX})"
    assert not translator.isEmpty()
    assert translator.translate("AcceptanceForm", "Sender") not in ("", "Sender")
    # and the way the application finds it: by locale, from resources/translations
    installed = install_translators(qapp, QLocale(lang))
    try:
        assert any(t.filePath().endswith(f"postcounter_{lang}.qm") for t in installed)
    finally:
        for t in installed:
            qapp.removeTranslator(t)


def test_language_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POSTCOUNTER_LANG", "hi")
    assert ui_locale().language() == QLocale.Language.Hindi
    assert ui_locale("ru").language() == QLocale.Language.Russian  # the option beats the env
    monkeypatch.delenv("POSTCOUNTER_LANG")
    assert ui_locale() == QLocale.system()


def _show(qtbot: QtBot, db: Database, ctx: CounterContext) -> MainWindow:
    win = MainWindow(db, ctx, counter_rules())
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


def _settled(qtbot: QtBot, check: Callable[[], list[str]]) -> list[str]:
    """``check()`` once the layouts settled: the simulated scale changes its state text now
    and then, and a relayout follows it."""
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not check(), timeout=3000)
    return check()


def _cut_off(root: QWidget) -> list[str]:
    """Visible labels and buttons whose text needs more room than they have."""
    out = []
    for w in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if not w.isVisible() or not w.text():
            continue
        if isinstance(w, QLabel) and w.wordWrap():
            continue  # wraps instead of being cut
        if w.sizeHint().width() > w.width():
            out.append(
                f"{type(w).__name__} {w.text()!r}: needs {w.sizeHint().width()}, has {w.width()}"
            )
    return out


def _overflow(win: MainWindow) -> dict[str, int]:
    """Pixels by which content is wider than its view: a long label inside a scroll area is
    not cut, it widens the form; an empty table wider than its view has headers too long."""
    out = {}
    for scroll in win.form.findChildren(QScrollArea):
        out["form"] = max(out.get("form", 0), scroll.horizontalScrollBar().maximum())
    for view in win.form.findChildren(QAbstractItemView):
        if view.isVisible() and view.model() is not None and view.model().rowCount() <= 1:
            out[view.objectName() or type(view).__name__] = view.horizontalScrollBar().maximum()
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_main_window_is_translated_and_nothing_is_cut_off(
    qtbot: QtBot, db: Database, clerk: CounterContext, lang: str
) -> None:
    app = make_app()
    # the English layout is the yardstick: a translation must not need more room than it
    english = _show(qtbot, db, clerk)
    _settled(qtbot, lambda: [k for k, v in _overflow(english).items() if v > 0])
    english_overflow = _overflow(english)
    english.close()

    translator = QTranslator()
    assert translator.load(QLocale(lang), "postcounter", "_", str(TS_DIR))
    app.installTranslator(translator)
    try:
        win = _show(qtbot, db, clerk)
        expected = {
            "ru": ("Отправитель", "Получатель", "Таможенная декларация CN 23", "Принять  (F12)"),
            "hi": ("प्रेषक", "प्राप्तकर्ता", "सीमा शुल्क घोषणा (CN 23)", "बुक करें  (F12)"),
        }[lang]
        shown = {w.title() for w in win.form.findChildren(QWidget) if hasattr(w, "title")}
        shown |= {
            w.text() for w in win.form.findChildren(QLabel) + win.form.findChildren(QAbstractButton)
        }
        for text in expected:
            assert text in shown, f"{text!r} is not on the acceptance form"
        menus = [a.text() for a in win.menuBar().actions()]
        assert all(
            QCoreApplication.translate("MainWindow", m) != m for m in ("&Session", "&Day", "&Tools")
        ), menus

        def problems() -> list[str]:
            cut = _cut_off(win.form) + _cut_off(win.statusBar())
            for where, px in _overflow(win).items():
                if px > english_overflow.get(where, 0):
                    cut.append(
                        f"{where}: {px} px wider than its view (English: "
                        f"{english_overflow.get(where, 0)} px)"
                    )
            return cut

        cut = _settled(qtbot, problems)
        assert not cut, f"{lang}: texts do not fit at 1400x900:\n" + "\n".join(cut)
        win.close()
    finally:
        app.removeTranslator(translator)


COUNTER_SCREENS = ((1366, 768), (1280, 1024), (1920, 1080))


def _inside(win: MainWindow, widget: QWidget) -> bool:
    """The widget is shown and wholly inside the window's client area."""
    if not widget.isVisible():
        return False
    top_left = widget.mapTo(win, widget.rect().topLeft())
    bottom_right = widget.mapTo(win, widget.rect().bottomRight())
    return win.rect().contains(top_left) and win.rect().contains(bottom_right)


@pytest.mark.parametrize("size", COUNTER_SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ("en", *LANGS))
def test_one_screen_at_counter_monitor_sizes(
    qtbot: QtBot, db: Database, clerk: CounterContext, lang: str, size: tuple[int, int]
) -> None:
    """A one-line consignment at 1366x768, 1280x1024 and 1920x1080 in every language: the
    form does not scroll, Accept, the charges and the status bar are in the window, and no
    label or button is cut."""
    from decimal import Decimal

    from app.domain.customs import CustomsDeclaration, CustomsLine
    from app.domain.money import Money

    app = make_app()
    translators = []
    if lang != "en":
        translator = QTranslator()
        assert translator.load(QLocale(lang), "postcounter", "_", str(TS_DIR))
        app.installTranslator(translator)
        translators.append(translator)
    try:
        win = MainWindow(db, clerk, counter_rules())
        qtbot.addWidget(win)
        win.resize(*size)
        win.show()
        qtbot.waitExposed(win)
        line = CustomsLine("Wooden wardrobe", 1, 95_000, Money(Decimal("300"), "EUR"), "9403", "RU")
        win.form.customs.set_declaration(CustomsDeclaration(lines=(line,), currency="EUR"))
        form = win.form

        def problems() -> list[str]:
            out = _cut_off(form) + _cut_off(win.statusBar()) + _cut_off(win.side)
            scrolled = form.scroll_area.verticalScrollBar().maximum()
            if scrolled:
                out.append(f"the form scrolls by {scrolled} px")
            sideways = win.day.table.horizontalScrollBar().maximum()
            if sideways:
                out.append(f"today's list is {sideways} px wider than its view")
            for name, widget in (
                ("Accept", form.accept_button),
                ("charges", form.charges),
                ("fee", form.fig_fee),
                ("status bar", win.statusBar()),
                ("scan field", form.scan),
            ):
                if not _inside(win, widget):
                    out.append(f"{name} is not inside the window")
            return out

        found = _settled(qtbot, problems)
        assert not found, f"{lang} at {size}:\n" + "\n".join(found)
        assert win.width() == size[0]

        # A refused F12 with every field in error: the form may scroll now, but nothing is
        # cut at the right and the red bar, Accept and the charges stay in the window.
        form.request_accept()

        def refused_problems() -> list[str]:
            out = []
            need = form.inner.minimumSizeHint().width()
            room = form.scroll_area.viewport().width()
            if need > room:
                out.append(f"the form needs {need} px, its view has {room} px: cut at the right")
            for name, widget in (
                ("refusal bar", form.refusal_bar),
                ("Accept", form.accept_button),
                ("charges", form.charges),
            ):
                if not _inside(win, widget):
                    out.append(f"{name} is not inside the window")
            return out

        found = _settled(qtbot, refused_problems)
        assert not found, f"{lang} at {size}, refused:\n" + "\n".join(found)
        win.close()
    finally:
        for t in translators:
            app.removeTranslator(t)


@contextlib.contextmanager
def _language(lang: str) -> Iterator[QApplication]:
    """The application with ``lang``'s translation installed (English: none) for the block."""
    app = make_app()
    translator = QTranslator()
    if lang != "en":
        assert translator.load(QLocale(lang), "postcounter", "_", str(TS_DIR))
        app.installTranslator(translator)
    try:
        yield app
    finally:
        app.removeTranslator(translator)


LONG_CITY = "Санкт-Петербург"  # a long city name as the clerk types it, by no means the longest
POSTCODE = "110001"  # six digits, as in Russia and India


def _width_for(edit: QLineEdit, text: str) -> int:
    """The width ``edit`` needs to show ``text`` whole: Qt's own ``QLineEdit.sizeHint``
    formula (2 px of margin each side, the text and contents margins, the cursor, then the
    style's frame and padding) with ``text`` in place of its 17 x's."""
    edit.ensurePolished()
    text_margins, contents = edit.textMargins(), edit.contentsMargins()
    width = (
        edit.fontMetrics().horizontalAdvance(text)
        + 2 * 2
        + 1
        + text_margins.left()
        + text_margins.right()
        + contents.left()
        + contents.right()
    )
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    size = QSize(width, edit.sizeHint().height())
    return (
        edit.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, size, edit).width()
    )


@pytest.mark.parametrize("size", COUNTER_SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ("en", *LANGS))
def test_city_fields_hold_a_long_city_name_at_counter_monitor_sizes(
    qtbot: QtBot, db: Database, clerk: CounterContext, lang: str, size: tuple[int, int]
) -> None:
    """Issue 13: "Москва" showed as "осква" in a 56-pixel city field at 1366x768 in Russian.
    The sender's and the addressee's city fields show "Санкт-Петербург" whole, and their
    postcode fields a postcode of six digits."""
    with _language(lang):
        win = MainWindow(db, clerk, counter_rules())
        qtbot.addWidget(win)
        win.resize(*size)
        win.show()
        qtbot.waitExposed(win)

        def narrow() -> list[str]:
            out = []
            for party in (win.form.sender, win.form.addressee):
                for field, text in (("city", LONG_CITY), ("postcode", POSTCODE)):
                    edit = party.edits[field]
                    need = _width_for(edit, text)
                    if edit.width() < need:
                        out.append(f"{edit.objectName()}: {edit.width()} px, {text!r} needs {need}")
            return out

        found = _settled(qtbot, narrow)
        assert not found, f"{lang} at {size}:\n" + "\n".join(found)
        win.close()


def _refuse_on_account(qtbot: QtBot, win: MainWindow) -> None:
    """As ``packaging/screenshots.py … business`` does: a weighed consignment from the business
    sender VOLGAMED (F4), F12, then Account over its credit limit: refused in the panel."""
    import random
    from datetime import UTC, datetime

    from app.services.customer_account import store_balances
    from app.services.demo_data import make_consignment

    form = win.form
    # the simulated scale's first reading (F12 checks the captured weight against it)
    qtbot.waitUntil(lambda: form.weight.tracker.latest is not None, timeout=5000)
    consignment = make_consignment(
        random.Random(7), ["CB100000017RU"], limits=win.rules.limits_today(win.ctx)
    )
    form.fill(consignment)
    piece = consignment.pieces[0]
    form.scan.setText(piece.s10)
    assert piece.dimensions is not None
    form.set_dimensions(piece.dimensions)
    form.set_weighing(piece.weighing)
    # the weight panel shows it with the next reading: "✔ CAPTURED", the weight, a note
    qtbot.waitUntil(lambda: form.weight.phase_mark.isVisible(), timeout=5000)
    form.business.open_picker()
    qtbot.waitUntil(lambda: form.business.picker is not None, timeout=5000)
    picker = form.business.picker
    assert picker is not None
    picker.search.setText("volga")
    picker.take()
    qtbot.waitUntil(lambda: form.business.isVisible(), timeout=5000)
    with win.db.write() as s:
        store_balances(s, {"as_of": datetime.now(UTC).isoformat(), "accounts": [
            {"customer": "VOLGAMED", "currency": "RUB", "balance": "296000.00"}]})  # fmt: skip
    form.request_accept()
    qtbot.waitUntil(lambda: win.payment.pending, timeout=20_000)
    qtbot.waitUntil(lambda: win.payment.account.isEnabled(), timeout=5000)
    win.payment.account.setChecked(True)
    win.payment.record()
    qtbot.waitUntil(lambda: win.payment.error.isVisible(), timeout=5000)
    assert "VOLGAMED" in win.payment.error.text()


@pytest.mark.parametrize("lang", ("en", *LANGS))
def test_a_refused_account_payment_keeps_the_panel_and_status_bar_on_screen(
    qtbot: QtBot, db: Database, clerk: CounterContext, lang: str
) -> None:
    """Issue 13 at 1366x768: with the payment panel open over a weighed business consignment
    and the refusal "over its credit limit" in it, the window stays the screen's size (it
    grew to 782 px in Russian, the status bar below the screen's edge); the status bar, the
    panel's buttons and the message are in it, the message wrapped or elided, never cut."""
    size = (1366, 768)
    with _language(lang):
        win = MainWindow(db, clerk, counter_rules())
        qtbot.addWidget(win)
        win.resize(*size)
        win.show()
        qtbot.waitExposed(win)
        _refuse_on_account(qtbot, win)
        panel = win.payment

        def problems() -> list[str]:
            out = []
            if (win.width(), win.height()) != size:
                out.append(f"the window is {win.width()}x{win.height()}, not {size[0]}x{size[1]}")
            for name, widget in (
                ("status bar", win.statusBar()),
                ("record button", panel.record_button),
                ("leave-unpaid button", panel.unpaid_button),
                ("refusal message", panel.error),
                ("amount due", panel.amount),
            ):
                if not _inside(win, widget):
                    out.append(f"{name} is not inside the window")
            message = panel.error
            if message.height() < message.heightForWidth(message.width()):
                out.append(
                    f"the message is cut: {message.height()} px high, its lines need "
                    f"{message.heightForWidth(message.width())}"
                )
            return out

        found = _settled(qtbot, problems)
        assert not found, f"{lang} at {size}:\n" + "\n".join(found)

        # A much longer message (a cash register's fault with its detail, say) takes a few
        # lines and ends in "…", the whole of it in the tooltip; the rest stays in sight.
        whole = " ".join([panel.error.text().removeprefix("⚠ ")] * 8)
        panel.show_error(whole)
        found = _settled(qtbot, problems)
        assert not found, f"{lang} at {size}, a long message:\n" + "\n".join(found)
        assert panel.error.text() == f"⚠ {whole}"
        assert panel.error.toolTip() == f"⚠ {whole}"
        lines = panel.error.height() // panel.error.fontMetrics().lineSpacing()
        assert lines <= 5, f"the message takes {lines} lines"
        win.close()
