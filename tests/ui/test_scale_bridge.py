"""ScaleBridge: a simulated scale on a real pty, signals on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from app.devices.scale.simulator import ScaleSimulator
from app.ui.scale_bridge import ScaleBridge


def test_readings_and_states_arrive_on_the_gui_thread(qtbot, tmp_path) -> None:
    sim = ScaleSimulator("mt-continuous", link=tmp_path / "scale").start()
    sim.set_weight(152_350)
    bridge = ScaleBridge(sim.device_path, "mt-continuous")
    threads: list[QThread] = []
    readings = []
    bridge.sig_reading_changed.connect(
        lambda r: (threads.append(QThread.currentThread()), readings.append(r))
    )
    try:
        with qtbot.waitSignal(
            bridge.sig_state_changed, check_params_cb=lambda s, m: s == "connected", timeout=5000
        ):
            bridge.start()
        qtbot.waitUntil(lambda: len(readings) >= 3, timeout=5000)
        assert all(t is QApplication.instance().thread() for t in threads)
        assert readings[-1].grams == 152_350 and readings[-1].stable
        assert bridge.last_reading() is not None

        with qtbot.waitSignal(
            bridge.sig_state_changed, check_params_cb=lambda s, m: s == "disconnected", timeout=3000
        ) as blocker:
            sim.unplug()
        assert "plug" in blocker.args[1]
        assert bridge.last_reading() is None  # a lost scale shows no weight

        with qtbot.waitSignal(
            bridge.sig_state_changed, check_params_cb=lambda s, m: s == "connected", timeout=5000
        ):
            sim.replug()
    finally:
        bridge.stop()
        sim.stop()
    assert not bridge.is_running()
