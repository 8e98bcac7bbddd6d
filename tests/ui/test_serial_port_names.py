"""Scale and scanner settings offer and store /dev/serial/by-id names (issue 16).

udev's by-id folder is stood in for by a temporary folder of the same links (to real
pseudo-terminals with a scale simulator behind them): the settings must offer the link,
store it when the setting or Detect names the kernel device, read the scale through it,
and keep working when the "adapter" is replugged and the link points at a new device.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.devices import serial_ports
from app.devices.scale.base import SimState
from app.devices.scale.simulator import ScaleSimulator
from app.ui.scale_settings import ScaleSettingsDialog
from app.ui.scanner_settings import ScannerSettingsDialog

SCALE_ID = "usb-FTDI_FT232R_USB_UART_A50285BI-if00-port0"
SCANNER_ID = "usb-1a86_USB_Serial-if00-port0"


@pytest.fixture
def by_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "by-id"
    folder.mkdir()
    monkeypatch.setattr(serial_ports, "BY_ID", folder)
    return folder


def _link(folder: Path, name: str, device: str) -> str:
    link = folder / name
    if link.is_symlink():
        link.unlink()
    link.symlink_to(device)
    return str(link)


def test_enumeration_names_each_device_by_its_link(by_id: Path) -> None:
    scale = ScaleSimulator("massa-k", SimState(grams=1000)).start()
    other = ScaleSimulator("massa-k", SimState(grams=1000)).start()
    try:
        link = _link(by_id, SCALE_ID, scale.device_path)
        (by_id / "usb-gone-if00-port0").symlink_to("/dev/pts/no-such-device")  # unplugged
        assert serial_ports.stable_name(scale.device_path) == link
        assert serial_ports.stable_name(link) == link
        assert serial_ports.stable_name(other.device_path) == other.device_path  # no link
        assert serial_ports.stable_name("/dev/ttyUSB9") == "/dev/ttyUSB9"  # not plugged in
        ports = serial_ports.serial_ports()
        # a pty is not in the OS's serial-port listing, but a by-id link is offered anyway
        assert serial_ports.SerialPort(link, os.path.realpath(scale.device_path)) in ports
        assert all("gone" not in p.path for p in ports)
    finally:
        scale.stop()
        other.stop()


def test_no_by_id_folder_means_kernel_names(tmp_path: Path) -> None:
    absent = tmp_path / "none"
    assert serial_ports.by_id_links(absent) == {}
    assert serial_ports.stable_name("/dev/ttyS0", absent) == "/dev/ttyS0"


def test_scale_settings_store_the_by_id_name_and_survive_a_replug(
    qtbot: QtBot, by_id: Path
) -> None:
    sim = ScaleSimulator("massa-k", SimState(grams=152_350)).start()
    link = _link(by_id, SCALE_ID, sim.device_path)
    dialog = ScaleSettingsDialog(sim.device_path, "mt-sics")  # saved before udev named it
    qtbot.addWidget(dialog)
    try:
        assert dialog.chosen()[0] == link
        assert SCALE_ID in dialog.port.currentText()
        dialog.start_detect()
        qtbot.waitUntil(lambda: dialog.chosen()[1] == "massa-k", timeout=20_000)
        assert dialog.chosen() == (link, "massa-k")
        qtbot.waitUntil(lambda: "152.350" in dialog.test_value.text(), timeout=5000)
    finally:
        dialog.reject()
        sim.stop()

    # Replugged: the kernel gives the adapter another device, udev moves the link.
    replugged = ScaleSimulator("massa-k", SimState(grams=98_700)).start()
    _link(by_id, SCALE_ID, replugged.device_path)
    again = ScaleSettingsDialog(link, "massa-k")
    qtbot.addWidget(again)
    try:
        assert again.chosen() == (link, "massa-k")
        again.start_test()
        qtbot.waitUntil(lambda: "98.700" in again.test_value.text(), timeout=5000)
    finally:
        again.reject()
        replugged.stop()


def test_scanner_settings_offer_and_store_the_by_id_name(qtbot: QtBot, by_id: Path) -> None:
    sim = ScaleSimulator("massa-k", SimState(grams=0)).start()  # any pty will do
    try:
        link = _link(by_id, SCANNER_ID, sim.device_path)
        dialog = ScannerSettingsDialog("", 9600)
        qtbot.addWidget(dialog)
        assert dialog.chosen()[0] == ""
        index = dialog.port.findData(link)
        assert index > 0, "the by-id name is offered"
        assert f"({Path(sim.device_path).name})" in dialog.port.itemText(index)
        dialog.port.setCurrentIndex(index)
        assert dialog.chosen() == (link, 9600)
        dialog.reject()

        saved = ScannerSettingsDialog(sim.device_path, 9600)
        qtbot.addWidget(saved)
        assert saved.chosen()[0] == link
        saved.reject()
    finally:
        sim.stop()
