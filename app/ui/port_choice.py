"""The serial-port picker of the device settings dialogs (scale, scanner).

An editable combo box: first a "none" entry, then the ports the operating system
reports (with their descriptions), and the current port even when it is not plugged in
now; a path typed by hand (``/dev/serial/by-id/...``) is taken as it is.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from app.devices.scale.detect import candidate_ports


class PortChoice(QComboBox):
    """Editable port picker; ``port()`` is the chosen device path, empty for "none"."""

    def __init__(self, none_text: str, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.addItem(none_text, "")
        for device, description in candidate_ports():
            self.addItem(f"{device} — {description}" if description else device, device)
        if current:
            self.select(current)

    def select(self, port: str) -> None:
        """Make ``port`` the current entry, adding it when the OS does not list it."""
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
