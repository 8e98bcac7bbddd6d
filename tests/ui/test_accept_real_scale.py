"""Accepting a parcel weighed on a scale over a real pseudo-terminal (simulator), and
a wedge scan made while the clerk is in the sender's name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.devices.scale.base import SimState
from app.devices.scale.simulator import ScaleSimulator
from app.services.counter_rules import counter_rules
from app.services.terminal import DEMO_CLERK, set_setting, staff_context
from app.store.database import Database
from app.store.models import Acceptance
from app.ui.application import make_app
from app.ui.main_window import MainWindow
from app.ui.scale_settings import SETTING_PORT, SETTING_PROTOCOL
from tests.ui.helpers import enter, fill_customs, focused, press, scan, type_text
from tests.ui.test_accept_flow import counts, fill_party

S10 = "CB100000017RU"


@pytest.fixture
def scale(tmp_path) -> Iterator[ScaleSimulator]:
    # The parcel is on the platform before the window opens. The link plays the part of
    # /dev/serial/by-id/..., which stays the same when the USB cable is re-plugged.
    sim = ScaleSimulator(
        "mt-sics", SimState(grams=152_350, serial="B207696838"), link=tmp_path / "scale"
    ).start()
    yield sim
    sim.stop()


@pytest.fixture
def window(qtbot: QtBot, db: Database, scale: ScaleSimulator) -> Iterator[MainWindow]:
    make_app()
    with db.write() as s:
        set_setting(s, SETTING_PORT, scale.device_path)
        set_setting(s, SETTING_PROTOCOL, "mt-sics")
    win = MainWindow(db, staff_context(db, DEMO_CLERK[0]), counter_rules())
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: focused() is win.form.scan)
    qtbot.waitUntil(lambda: win.scale_bridge is not None, timeout=5000)
    yield win
    win.close()


def test_weighs_on_the_pty_scale_and_accepts(
    qtbot: QtBot, window: MainWindow, db: Database, scale
) -> None:
    win = window
    panel = win.form.weight
    assert not panel.sim_badge.isVisible()
    qtbot.waitUntil(lambda: panel.state == "stable", timeout=5000)
    assert panel.value.text() == "152.35"

    scan(qtbot, S10)
    for v in ("120", "80", "60"):
        type_text(qtbot, v)
        enter(qtbot)

    # Moving load: no capture; the panel shows motion, not the old weight as stable.
    scale.set_weight(151_000, stable=False)
    qtbot.waitUntil(lambda: panel.state == "motion", timeout=3000)
    press(qtbot, Qt.Key.Key_F8)
    assert panel.captured is None and "moving" in panel.error.text()

    scale.set_weight(152_350, stable=True)
    qtbot.waitUntil(lambda: panel.state == "stable", timeout=3000)
    qtbot.wait(700)  # the settle time: the same stable weight repeated for 0.5 s
    press(qtbot, Qt.Key.Key_F8)
    captured = panel.captured
    assert captured is not None and captured.grams == 152_350
    assert captured.source == "scale" and captured.protocol == "mt-sics"
    assert captured.scale_serial == "B207696838" and captured.raw_frame.startswith(b"S S")

    fill_party(
        qtbot,
        "sender",
        [
            "Иванов Сергей Петрович",
            "+7 916 555-12-34",
            "ул. Тверская, д. 12",
            "Москва",
            "125009",
            "RU",
        ],
        win,
    )
    fill_party(
        qtbot,
        "addressee",
        ["Rajesh Kumar Sharma", "+91 98100 12345", "14 MG Road", "New Delhi", "110001", "IN"],
        win,
    )
    fill_customs(
        qtbot,
        win.form.customs,
        "INV-2026-0042",
        [["Solid oak dining table", "1", "45", "420", "940360", "RU"]],
    )

    press(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: counts(db) == (1, 1, 1, 1), timeout=5000)
    with db.read() as s:
        row = s.scalar(select(Acceptance))
        assert row is not None
        w = row.pieces[0].weighing
        assert (w.grams, w.source, w.protocol, w.scale_serial) == (
            152_350,
            "scale",
            "mt-sics",
            "B207696838",
        )
        assert w.port == scale.device_path and w.raw_frame.startswith(b"S S    152.350 kg")


def test_disconnected_scale_is_shown_as_such(qtbot: QtBot, window: MainWindow, scale) -> None:
    panel = window.form.weight
    qtbot.waitUntil(lambda: panel.state == "stable", timeout=5000)
    scale.unplug()
    qtbot.waitUntil(lambda: panel.state == "disconnected", timeout=2500)
    assert panel.value.text() == "—" and "NO SCALE" in panel.state_label.text()
    assert not panel.capture_button.isEnabled()
    scale.replug()
    qtbot.waitUntil(lambda: panel.state == "stable", timeout=5000)


def test_wedge_scan_in_the_sender_name_goes_to_the_scan_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    name = window.form.sender.edits["name"]
    name.setFocus()
    qtbot.waitUntil(lambda: focused() is name)
    type_text(qtbot, "Ivan")
    scan(qtbot, S10)
    assert window.form.scan.text() == S10
    assert name.text() == "Ivan"


def test_a_product_barcode_is_named_for_what_it_is(qtbot: QtBot, window: MainWindow) -> None:
    scan(qtbot, "4006381333931")
    assert "EAN-13" in window.form.board.text_at("piece.s10")
