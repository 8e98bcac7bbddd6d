"""The serial-port picker of the device settings dialogs (scale, scanner).

An editable combo box: first a "none" entry, then the ports the operating system
reports (with their descriptions), and the current port even when it is not plugged in
now; a path typed by hand (``/dev/serial/by-id/...``) is taken as it is. A port udev
gave a ``/dev/serial/by-id/...`` link is offered and stored under that link (see
``app.devices.serial_ports``), also when the setting or Detect names its ``/dev/ttyUSB0``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QWidget

from app.devices.serial_ports import serial_ports, stable_name


class PortChoice(QComboBox):
    """Editable port picker; ``port()`` is the chosen device path, empty for "none"."""

    def __init__(self, none_text: str, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.addItem(none_text, "")
        for found in serial_ports():
            text = found.path
            if found.stable:  # the by-id name is long; the kernel name is what people know
                text += f" ({Path(found.device).name})"
            if found.description:
                text += f" — {found.description}"
            self.addItem(text, found.path)
        if current:
            self.select(current)

    def select(self, port: str) -> None:
        """Make ``port`` (by its by-id name when it has one) the current entry.

        A port the OS does not list now is added as it is.
        """
        port = stable_name(port)
        index = self.findData(port)
        if index < 0:
            self.addItem(port, port)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def port(self) -> str:
        data = self.currentData()
        text = self.currentText().strip()
        typed = self.itemText(self.currentIndex()) != text
        port = text if typed or data is None else str(data)
        return "" if port.startswith("(") else port
