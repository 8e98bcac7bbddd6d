"""Scale settings dialog: detect on a pty, live test reading, the toledo-8217 note."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.devices.scale.base import SimState
from app.devices.scale.simulator import ScaleSimulator
from app.ui.scale_settings import ScaleSettingsDialog


def test_detect_then_live_reading(qtbot: QtBot) -> None:
    sim = ScaleSimulator("massa-k", SimState(grams=152_350)).start()
    dialog = ScaleSettingsDialog(sim.device_path, "mt-sics")
    qtbot.addWidget(dialog)
    try:
        dialog.start_detect()
        qtbot.waitUntil(lambda: dialog.chosen()[1] == "massa-k", timeout=20_000)
        assert dialog.chosen()[0] == sim.device_path
        qtbot.waitUntil(lambda: "152.350" in dialog.test_value.text(), timeout=5000)
        assert "stable" in dialog.test_value.text()
        sim.set_weight(0, False, overload=True)
        qtbot.waitUntil(lambda: "OVERLOAD" in dialog.test_value.text(), timeout=5000)
    finally:
        dialog.reject()
        sim.stop()


def test_toledo_note_says_it_cannot_weigh_heavy_parcels(qtbot: QtBot) -> None:
    dialog = ScaleSettingsDialog("", "toledo-8217")
    qtbot.addWidget(dialog)
    assert "100 kg" in dialog.protocol_note.text()
    dialog.protocol.setCurrentIndex(dialog.protocol.findData("mt-continuous"))
    assert "100 kg" not in dialog.protocol_note.text()
    # "No scale" is no scale, never the simulator; the training scale is its own choice.
    assert dialog.chosen() == ("", "none")
    dialog.port.setCurrentIndex(1)
    assert dialog.chosen() == ("", "simulator")
