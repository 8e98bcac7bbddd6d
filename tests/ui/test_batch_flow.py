"""A marketplace list at the counter (issue 17), driven by keys and scans over a real
pseudo-terminal scale: the list called up by its barcode, 20 items each by scan, F8 and
F12 with no payment step, one weight difference flagged, an item on no list refused, an
item of another list named as such, an accepted item said to be so, the progress texts;
then the list closed from the Batch screen with two items missing and the act read back."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.devices.scale.base import SimState
from app.devices.scale.simulator import ScaleSimulator
from app.domain.capture import manual_weighing
from app.domain.consignment import Piece
from app.domain.s10 import S10
from app.domain.s10 import parse as parse_s10
from app.domain.weight import Dimensions
from app.services.counter_rules import counter_rules
from app.services.preadvice import import_file, lookup
from app.services.terminal import DEMO_CLERK, DEMO_SUPERVISOR, set_setting, staff_context
from app.store.database import Database
from app.store.models import Acceptance, Payment
from app.ui.application import install_translators, make_app
from app.ui.batch_screen import BatchScreen
from app.ui.main_window import MainWindow
from app.ui.scale_settings import SETTING_PORT, SETTING_PROTOCOL
from tests.docs_helpers import pdf_text
from tests.preadvice_data import batch_s10s, write_batch_json
from tests.ui.helpers import focused, press, scan, type_text

LIST, OTHER = "IN-MP-2026-000123", "IN-MP-2026-000124"
ITEMS = batch_s10s(22)  # 20 are brought to the counter, 2 stay missing
THEIRS = batch_s10s(2, 30_000_500)
FLAGGED = 7  # this item weighs 43.100 kg against the 40.000 kg its list declares
FOREIGN = str(S10.build("CB", 39_999_999, "RU"))


@pytest.fixture
def scale(tmp_path: Path) -> Iterator[ScaleSimulator]:
    sim = ScaleSimulator("mt-sics", SimState(grams=0, serial="B207696838"), link=tmp_path / "sc")
    sim.start()
    yield sim
    sim.stop()


@pytest.fixture
def window(
    qtbot: QtBot, db: Database, scale: ScaleSimulator, tmp_path: Path
) -> Iterator[MainWindow]:
    import_file(db, write_batch_json(tmp_path / "a.json", LIST, "SHOPKART", ITEMS))
    import_file(db, write_batch_json(tmp_path / "b.json", OTHER, "SHOPKART", THEIRS))
    app = make_app()
    installed = install_translators(app, QLocale("en"))  # English plural forms, as at start
    with db.write() as s:
        set_setting(s, SETTING_PORT, scale.device_path)
        set_setting(s, SETTING_PROTOCOL, "mt-sics")
    win = MainWindow(db, staff_context(db, DEMO_CLERK[0]), counter_rules())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: focused() is win.form.scan)
    qtbot.waitUntil(lambda: win.scale_bridge is not None, timeout=5000)
    qtbot.waitUntil(lambda: LIST in win.batch_mode.lists, timeout=3000)
    yield win
    win.close()
    for translator in installed:
        app.removeTranslator(translator)


def accepted(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Acceptance)) or 0


def piece_of(row: Acceptance) -> Piece:
    """The stored piece as the domain's ``Piece`` (weight and size), for a public quote."""
    p = row.pieces[0]
    return Piece(
        p.s10,
        manual_weighing(p.gross_grams, "test", "quote", datetime.now(UTC)),
        Dimensions(p.length_mm, p.width_mm, p.height_mm),
    )


def notice(win: MainWindow) -> str:
    label = win.batch_mode.bar.notice
    return label.text() if label.isVisible() else ""


def settled(win: MainWindow) -> bool:
    """The scale's reading has been the same long enough for a capture (the settle wait)."""
    return win.form.weight.tracker.decide(time.monotonic()).weighing is not None


def test_twenty_items_three_keys_each(
    qtbot: QtBot, window: MainWindow, db: Database, scale
) -> None:
    win, panel, bar = window, window.form.weight, window.batch_mode.bar
    qtbot.waitUntil(lambda: panel.state == "stable", timeout=5000)

    scan(qtbot, LIST)  # the list's barcode calls it up
    qtbot.waitUntil(lambda: bar.isVisible(), timeout=3000)
    assert bar.progress.text() == (
        "SHOPKART · IN-MP-2026-000123 · 0 of 22 accepted, 0 weight differences, 22 to go"
    )
    assert win.batch_mode.customer is not None and win.batch_mode.customer.code == "SHOPKART"

    scan(qtbot, FOREIGN)
    qtbot.waitUntil(lambda: "is not on list" in notice(win), timeout=3000)
    assert notice(win).startswith(f"⚠ {FOREIGN} is not on list {LIST}: put the parcel aside")
    assert win.form.scan.text() == "" and not win.form.has_data()

    scan(qtbot, THEIRS[0])
    qtbot.waitUntil(lambda: "not this one" in notice(win), timeout=3000)
    assert notice(win) == (
        f"⚠ {THEIRS[0]} is on list {OTHER}, not this one ({LIST}): put it with its own list."
    )

    keys_per_item = []
    for i, s10 in enumerate(ITEMS[:20]):
        grams = 43_100 if i == FLAGGED else 40_000 + 10 * i
        scale.set_weight(grams, stable=True)
        keys = 0
        scan(qtbot, s10)
        keys += 1
        qtbot.waitUntil(
            lambda s10=s10: win.batch_mode.item is not None and win.batch_mode.item.s10 == s10,
            timeout=3000,
        )
        assert win.form.dims["length"].text() == "60" and win.form.dims["height"].text() == "40"
        assert win.form.sender.edits["name"].text() == "ООО Мебельный Двор"
        qtbot.waitUntil(
            lambda g=grams: (
                panel.tracker.latest is not None
                and panel.tracker.latest.grams == g
                and settled(win)
            ),
            timeout=5000,
        )
        press(qtbot, Qt.Key.Key_F8)
        keys += 1
        assert panel.captured is not None, panel.error.text()
        assert panel.captured.grams == grams
        if i == FLAGGED:
            assert notice(win) == (
                "⚠ Weight differs from the list: declared 40.000 kg, actual 43.100 kg, "
                "difference +3.100 kg (more than 1.200 kg allowed). Charged by the actual "
                "weight; F12 accepts and records the difference."
            )
            assert bar.notice.property("problem") == "true"
        else:
            assert notice(win).startswith("✓ Weight as declared")
        press(qtbot, Qt.Key.Key_F12)
        keys += 1
        qtbot.waitUntil(lambda n=i + 1: accepted(db) == n, timeout=5000)
        # No payment step: at once ready for the next scan.
        qtbot.waitUntil(lambda: win.form.isEnabled() and focused() is win.form.scan, timeout=3000)
        assert not win.payment.pending and not win.payment.isVisible()
        keys_per_item.append(keys)
        scale.set_weight(0, stable=True)
        qtbot.waitUntil(lambda: not panel.interlock.armed, timeout=5000)

    assert keys_per_item == [3] * 20
    qtbot.waitUntil(lambda: "20 of 22" in bar.progress.text(), timeout=3000)
    assert bar.progress.text() == (
        "SHOPKART · IN-MP-2026-000123 · 20 of 22 accepted, 1 weight difference, 2 to go"
    )

    scan(qtbot, ITEMS[3])
    qtbot.waitUntil(lambda: "already accepted" in notice(win), timeout=3000)
    assert notice(win) == f"⚠ {ITEMS[3]} of list {LIST} is already accepted."

    with db.read() as s:
        rows = s.scalars(select(Acceptance).order_by(Acceptance.accepted_at)).all()
        assert {r.customer_code for r in rows} == {"SHOPKART"}
        # The list's customer's contract price: its plan's name, 12 % off the public fee.
        assert {r.price_plan for r in rows} == {"Marketplace −12 %"}
        public = win.rules.pricing.quote(
            replace(lookup(s, rows[0].pieces[0].s10).consignment, pieces=(piece_of(rows[0]),)),
            win.rules.limits_today(win.ctx),
            win.ctx.currency,
            win.today(),
        ).fee
        assert Decimal(rows[0].fee_amount) == (public.amount * Decimal("0.88")).quantize(
            Decimal("0.01")
        )
        assert {r.declared_grams for r in rows} == {40_000}
        assert [r.weight_flagged for r in rows].count(True) == 1
        assert rows[FLAGGED].weight_flagged and rows[FLAGGED].gross_grams == 43_100
        assert len({r.batch_id for r in rows}) == 1 and rows[0].batch_id is not None
        assert s.scalar(select(func.count()).select_from(Payment)) == 0

    # Leaving the list: back to single acceptances with their payment step.
    press(
        qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=2000)
    assert not win.batch_mode.active

    # Closing the list with two items missing (a supervisor, in cash), the act read back.
    def close_from_screen() -> None:
        screen = QApplication.activeModalWidget()
        assert isinstance(screen, BatchScreen)
        rows = range(screen.table.rowCount())
        screen.table.selectRow(next(r for r in rows if screen.table.item(r, 0).text() == LIST))
        qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)

    when_screen_open(close_from_screen)
    press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(win, "batch_close_dialog", None) is not None, timeout=10_000)
    dialog = win.batch_close_dialog
    qtbot.waitUntil(dialog.isVisible)
    # at a person's pace: the window's wedge-scan filter takes fast bursts for scans
    dialog.tendered.setFocus()
    type_text(qtbot, "130000")  # the 20 items come to 121,440.00 RUB
    qtbot.keyClick(dialog.tendered, Qt.Key.Key_Return)
    dialog.number.setFocus()
    type_text(qtbot, DEMO_SUPERVISOR[0])
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    dialog.pin.setFocus()
    type_text(qtbot, DEMO_SUPERVISOR[1])
    with qtbot.waitSignal(dialog.sig_act_ready, timeout=20_000) as act:
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.result_batch is not None, dialog.error.text()
    assert dialog.result_batch.missing == tuple(ITEMS[20:])
    text = pdf_text(act.args[0])
    assert LIST in text and all(s10 in text for s10 in ITEMS)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Payment)) == 1  # the list's one payment


def test_the_batch_screen_lists_and_picks(qtbot: QtBot, window: MainWindow) -> None:
    win = window
    seen: list[BatchScreen] = []

    def pick() -> None:
        screen = QApplication.activeModalWidget()
        assert isinstance(screen, BatchScreen)
        seen.append(screen)
        rows = {
            screen.table.item(r, 0).text(): [screen.table.item(r, c).text() for c in range(1, 5)]
            for r in range(screen.table.rowCount())
        }
        assert rows == {
            LIST: ["SHOPKART", "0 of 22", "0", "22"],
            OTHER: ["SHOPKART", "0 of 2", "0", "2"],
        }
        assert screen.close_button.isVisible()  # the close dialog is installed
        type_text(qtbot, "in-mp-2026-000999")
        press(qtbot, Qt.Key.Key_Return)
        assert "is not an open list" in screen.error.text()
        screen.number.clear()
        screen.take_scan(OTHER)  # a serial scanner's scan

    when_screen_open(pick)
    press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.batch_mode.active, timeout=5000)
    assert seen and win.batch_mode.batch is not None and win.batch_mode.batch.number == OTHER
    assert win.batch_mode.bar.progress.text() == (
        "SHOPKART · IN-MP-2026-000124 · 0 of 2 accepted, 0 weight differences, 2 to go"
    )
    qtbot.keyClick(win.batch_mode.bar.leave_button, Qt.Key.Key_Escape)
    assert not win.batch_mode.active


def test_the_note_beside_the_s10_says_only_what_the_bar_does_not(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The note beside a scanned item of the list said its S10 twice and the list's number
    the bar shows, with the file's line as a "row", and at 1366 wide lost "F12 accepts"."""
    win = window
    scan(qtbot, LIST)
    qtbot.waitUntil(lambda: win.batch_mode.bar.isVisible(), timeout=3000)
    scan(qtbot, ITEMS[0])
    qtbot.waitUntil(lambda: win.batch_mode.item is not None, timeout=3000)
    note = win.form.scan_info
    grouped = parse_s10(ITEMS[0]).grouped
    assert note.text() == f"{grouped} · on the list · declared 40.000 kg · F8 weighs, F12 accepts"
    assert ITEMS[0] not in note.text() and LIST not in note.text()
    # once the form is laid out again for the filled parcel (posted layout requests)
    qtbot.waitUntil(lambda: not note.elided, timeout=3000)


def when_screen_open(work) -> None:
    """Run ``work`` once the modal screen is open (its ``exec`` blocks the test)."""
    from PySide6.QtCore import QTimer

    def poll() -> None:
        if isinstance(QApplication.activeModalWidget(), BatchScreen):
            work()
        else:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)
