"""A captured weight is bound to the load (issue 9), driven by keys over real pseudo-terminals.

The project's scale simulator serves each protocol on a pty; the window reads it through
its real reader thread and bridge. Parties and customs lines come from the factory (they
are not what is tested here); the piece is scanned, measured and weighed by keys.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.devices.scale.base import SimState
from app.devices.scale.simulator import ScaleSimulator
from app.services.counter_rules import counter_rules
from app.services.terminal import DEMO_CLERK, DEMO_SUPERVISOR, set_setting, staff_context
from app.services.weighing_override import ACTION
from app.store.database import Database
from app.store.models import Acceptance, AuditEntry
from app.ui.application import make_app
from app.ui.main_window import MainWindow
from app.ui.scale_settings import SETTING_PORT, SETTING_PROTOCOL
from app.ui.supervisor_dialog import SupervisorApproval
from app.ui.weight_panel import WeightPanel
from tests.factories import consignment
from tests.ui.helpers import enter, focused, press, scan, type_text
from tests.ui.test_accept_flow import counts

S10 = "CB100000017RU"


def open_window(qtbot: QtBot, db: Database, port: str, protocol: str) -> MainWindow:
    make_app()
    with db.write() as s:
        set_setting(s, SETTING_PORT, port)
        set_setting(s, SETTING_PROTOCOL, protocol)
    win = MainWindow(db, staff_context(db, DEMO_CLERK[0]), counter_rules())
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: focused() is win.form.scan)
    return win


@pytest.fixture
def rig(qtbot: QtBot, db: Database, request) -> Iterator[tuple[MainWindow, ScaleSimulator]]:
    sim = ScaleSimulator(request.param, SimState(grams=85_400, serial="SIM-I9")).start()
    win = open_window(qtbot, db, sim.device_path, request.param)
    qtbot.waitUntil(lambda: win.form.weight.mode == "scale", timeout=5000)
    try:
        yield win, sim
    finally:
        win.close()
        sim.stop()


def piece_by_keys(qtbot: QtBot, win: MainWindow) -> None:
    """Scan the label and type the dimensions; the parties and lines are filled in."""
    win.form.scan.setFocus()
    scan(qtbot, S10)
    for v in ("120", "80", "60"):
        type_text(qtbot, v)
        enter(qtbot)
    win.form.fill(consignment())


def capture(qtbot: QtBot, panel: WeightPanel, grams: int) -> None:
    """F8 once the scale has shown ``grams`` stable for the settle time."""
    qtbot.waitUntil(
        lambda: (
            panel.state == "stable"
            and panel.tracker.latest is not None
            and panel.tracker.latest.grams == grams
            and panel.tracker.settled_for() > 0.6
        ),
        timeout=6000,
    )
    win = panel.window()
    assert isinstance(win, MainWindow)
    back_in(qtbot, win)
    press(qtbot, Qt.Key.Key_F8)
    assert panel.phase == "captured", panel.error.text()
    assert panel.captured is not None and panel.captured.grams == grams
    assert "CAPTURED" in panel.phase_mark.text()
    assert panel.value.text() == f"{grams / 1000:.2f}"  # the locked number
    assert panel.live_label.isVisible()


ALL = ["mt-sics", "ascii-continuous", "toledo-8217"]


@pytest.mark.parametrize("rig", ALL, indirect=True)
def test_capture_then_change_the_load_f12_refused_nothing_written(
    qtbot: QtBot, rig: tuple[MainWindow, ScaleSimulator], db: Database
) -> None:
    win, sim = rig
    panel = win.form.weight
    piece_by_keys(qtbot, win)
    capture(qtbot, panel, 85_400)
    # 250 kg goes on the platform (toledo-8217 cannot carry it: it reports over capacity).
    sim.set_weight(250_000)
    qtbot.waitUntil(lambda: panel.drop is not None, timeout=3000)
    assert panel.drop is not None and panel.drop.code in ("moved", "overload")
    assert panel.captured is None
    assert "Capture dropped" in panel.error.text()
    assert panel.phase in ("dropped", "clear")  # an overload is not a new stable load
    press(qtbot, Qt.Key.Key_F12)
    qtbot.wait(300)
    assert counts(db)[:3] == (0, 0, 0)
    assert "capture a stable weight" in win.form.board.text_at("piece.weight")


@pytest.mark.parametrize("rig", ["ascii-continuous", "massa-k"], indirect=True)
def test_capture_then_take_the_load_off_drops_it(
    qtbot: QtBot, rig: tuple[MainWindow, ScaleSimulator]
) -> None:
    win, sim = rig
    panel = win.form.weight
    capture(qtbot, panel, 85_400)
    sim.set_weight(0)
    qtbot.waitUntil(lambda: panel.phase == "dropped", timeout=3000)
    assert panel.captured is None and panel.drop is not None and panel.drop.code == "moved"
    assert panel.value.text() == "0.00"  # the live reading again, not the dropped number


@pytest.mark.parametrize("rig", ["mt-sics"], indirect=True)
def test_unstable_longer_than_settle_time_or_unplugged_drops(
    qtbot: QtBot, rig: tuple[MainWindow, ScaleSimulator]
) -> None:
    win, sim = rig
    panel = win.form.weight
    capture(qtbot, panel, 85_400)
    sim.set_weight(85_410, stable=False)  # within one interval, but it keeps moving
    qtbot.waitUntil(lambda: panel.drop is not None, timeout=3000)
    assert panel.drop is not None and panel.drop.code == "unstable"
    assert panel.captured is None and "kept moving" in panel.error.text()
    # The same piece is still on the platform: say so first.
    assert panel.phase == "clear" and panel.override_button.isVisible()
    panel.override_zero()  # the same piece, weighed again with the supervisor's leave
    sim.set_weight(85_400)
    capture(qtbot, panel, 85_400)
    sim.unplug()
    qtbot.waitUntil(lambda: panel.drop is not None, timeout=3000)
    assert panel.drop is not None and panel.drop.code == "disconnected"
    assert panel.state == "disconnected" and "NO SCALE" in panel.state_label.text()


def back_in(qtbot: QtBot, win: MainWindow) -> None:
    """Back in the counter window after a dialog (offscreen, activation is asynchronous)."""

    def ready() -> bool:
        win.activateWindow()
        if not win.form.isAncestorOf(QApplication.focusWidget()):
            win.form.scan.setFocus()
        widget = QApplication.focusWidget()
        # Shortcuts (F8) fire only in the active window.
        return widget is not None and widget.window() is win and win.isActiveWindow()

    qtbot.waitUntil(ready, timeout=5000)


def approve_override(qtbot: QtBot, number: str, pin: str, reason: str) -> None:
    def fill() -> None:
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, SupervisorApproval) and w.isVisible()
        ]
        if not dialogs:
            QTimer.singleShot(50, fill)
            return
        d = dialogs[0]
        if d.error.isVisible():
            d.reject()
            return
        for edit, text in ((d.number, number), (d.pin, pin), (d.reason, reason)):
            edit.clear()
            qtbot.keyClicks(edit, text)
        qtbot.keyClick(d.reason, Qt.Key.Key_Return)

    QTimer.singleShot(100, fill)


@pytest.mark.parametrize("rig", ["mt-sics", "ascii-continuous"], indirect=True)
def test_accept_keeps_the_live_reading_then_next_f8_waits_for_zero(
    qtbot: QtBot, rig: tuple[MainWindow, ScaleSimulator], db: Database
) -> None:
    win, sim = rig
    panel = win.form.weight
    piece_by_keys(qtbot, win)
    capture(qtbot, panel, 85_400)
    sim.set_weight(85_420)  # within one interval (50 g): the capture holds
    qtbot.waitUntil(lambda: panel.tracker.latest.grams == 85_420, timeout=3000)  # type: ignore[union-attr]
    assert panel.phase == "captured"
    press(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: counts(db)[:3] == (1, 1, 1), timeout=5000)
    with db.read() as s:
        w = s.scalar(select(Acceptance)).pieces[0].weighing  # type: ignore[union-attr]
        assert w.grams == 85_400 and w.accept_grams == 85_420
        assert w.accept_raw_frame and w.accept_raw_frame != w.raw_frame
        assert w.accept_seen_at is not None and w.accept_seen_at >= w.captured_at
    # F12 opens the payment step: pay by card before the next consignment.
    qtbot.waitUntil(lambda: win.payment.pending, timeout=5000)
    qtbot.keyClick(win.payment.tendered, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: win.payment.method() == "card")
    qtbot.keyClick(win.payment.record_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not win.payment.pending, timeout=5000)

    # The parcel is left on the platform: the next consignment cannot capture it again.
    qtbot.waitUntil(lambda: panel.phase == "clear", timeout=3000)
    assert "still on the platform" in panel.captured_label.text()
    assert "CLEAR THE PLATFORM" in panel.phase_mark.text()
    win.form.scan.setFocus()
    press(qtbot, Qt.Key.Key_F8)
    assert panel.captured is None and "Clear the platform" in panel.error.text()

    # A supervisor allows the re-weigh of the same piece: audited with the approver.
    assert panel.override_button.isVisible()
    approve_override(qtbot, DEMO_SUPERVISOR[0], DEMO_SUPERVISOR[1], "re-weigh after repacking")
    panel.override_button.click()
    qtbot.waitUntil(lambda: panel.phase == "live", timeout=3000)
    with db.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == ACTION))
        assert entry is not None and '"approved_by"' in entry.details
        assert "85400" in entry.details  # the weight left on the platform
    back_in(qtbot, win)
    capture(qtbot, panel, 85_420)

    # Accepted weight off, zero, the next parcel: captured without any approval.
    win.form.clear()
    sim.set_weight(0)
    qtbot.waitUntil(lambda: panel.phase == "live", timeout=3000)
    sim.set_weight(61_250)
    win.form.scan.setFocus()
    capture(qtbot, panel, 61_250)


def test_no_scale_in_settings_is_no_scale_not_the_simulator(qtbot: QtBot, db: Database) -> None:
    win = open_window(qtbot, db, "", "none")  # a demo terminal, where "" would simulate
    panel = win.form.weight
    try:
        qtbot.waitUntil(lambda: panel.mode == "none", timeout=3000)
        assert panel.state == "noscale" and "NO SCALE" in panel.state_label.text()
        assert not panel.sim_badge.isVisible() and not panel.sim_load.isVisible()
        assert not panel.capture_button.isEnabled()
        press(qtbot, Qt.Key.Key_F8)
        assert panel.captured is None and "Manual weight" in panel.error.text()
        assert "none set up" in win.status_scale.text()
    finally:
        win.close()


def test_simulated_scale_capture_is_bound_too(qtbot: QtBot, db: Database) -> None:
    from tests.ui.test_accept_flow import put_on_scale

    win = open_window(qtbot, db, "", "")  # demo, nothing chosen: the training scale
    panel = win.form.weight
    try:
        assert panel.mode == "simulator" and panel.sim_badge.isVisible()
        put_on_scale(qtbot, win, "152.35")
        win.form.scan.setFocus()
        press(qtbot, Qt.Key.Key_F8)
        assert panel.phase == "captured" and panel.captured.source == "simulator"  # type: ignore[union-attr]
        put_on_scale(qtbot, win, "160")
        assert panel.drop is not None and panel.drop.code == "moved" and panel.captured is None
        assert panel.phase == "clear"  # 7.65 kg more is the same parcel and something else
    finally:
        win.close()


def test_a_weight_never_bound_to_a_reading_is_refused_at_f12_not_an_error(qtbot: QtBot) -> None:
    """Found by the layout work: a scale weight put on the panel without a capture (no
    reading yet, nothing bound) hit an ``assert`` at F12; it is a refusal in words."""
    make_app()
    panel = WeightPanel()
    qtbot.addWidget(panel)
    panel.show()
    weighing = consignment().pieces[0].weighing
    assert weighing is not None and weighing.source != "manual"
    assert panel.tracker.latest is None
    held = replace(weighing, captured_at=None)  # demo data: a weighing handed over whole
    panel.captured = held
    panel._show_phase()  # as the next reading shows it
    assert panel.captured_label.text() == "Captured 52.35 kg; bound to the load until accepted"
    assert panel.confirm_for_accept() is False
    assert panel.error.isVisible() and "no live reading" in panel.error.text()
