"""Serial scanner settings: pick the port and speed, and see a test scan arrive.

A keyboard-wedge scanner needs no settings (the ``ScanFilter`` catches its bursts
wherever the focus is); this dialog is for scanners on RS-232 or USB CDC ports, which
send one CR- or LF-terminated line per scan. The main window closes its own scanner
port while the dialog is open, since a port can be open only once.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.devices.scale.base import LineSettings
from app.domain.scan import classify
from app.services.terminal_settings import BAUD_RATES, SPECS
from app.ui.dialog_keys import enter_moves_on, grows_with_content
from app.ui.port_choice import PortChoice
from app.ui.scan_filter import SerialScannerBridge
from app.ui.translate import tr_domain

SETTING_SCANNER_PORT = "scanner.port"
SETTING_SCANNER_BAUD = "scanner.baud"
DEFAULT_BAUD: int = SPECS[SETTING_SCANNER_BAUD].default  # one default, the settings table's


def scanner_line(baud: int) -> LineSettings:
    """Scanners ship at 8 data bits, no parity, one stop bit; only the speed varies."""
    return LineSettings(baud, 8, "N", 1)


class ScannerSettingsDialog(QDialog):
    """Port and speed of a serial barcode scanner, with a live test of what it sends."""

    def __init__(
        self, port: str = "", baud: int = DEFAULT_BAUD, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scanner settings"))
        self.bridge: SerialScannerBridge | None = None

        self.port = PortChoice(self.tr("(none: keyboard-wedge scanner only)"), port, self)
        self.port.setObjectName("scannerPort")

        self.baud = QComboBox(self)
        self.baud.setObjectName("scannerBaud")
        for rate in BAUD_RATES:
            self.baud.addItem(str(rate), rate)
        self.baud.setCurrentIndex(max(0, self.baud.findData(baud)))

        note = QLabel(
            self.tr(
                "A scanner that types like a keyboard needs no port: leave it at none. A serial "
                "scanner sends one line per scan at 8 data bits, no parity, 1 stop bit."
            ),
            self,
        )
        note.setObjectName("sectionHint")
        note.setWordWrap(True)

        self.test_button = QPushButton(self.tr("&Test"), self)
        self.test_button.clicked.connect(self.start_test)
        self.test_state = QLabel(self)
        self.test_state.setWordWrap(True)
        self.test_state.setObjectName("scannerTestState")
        self.test_scan = QLabel("—", self)
        self.test_scan.setObjectName("scannerTestScan")
        self.test_scan.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Speed (baud):"), self.baud)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_state, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addLayout(test_row)
        lay.addWidget(self.test_scan)
        lay.addWidget(buttons)

        self.port.currentIndexChanged.connect(lambda _i: self.stop_test())
        self.baud.currentIndexChanged.connect(lambda _i: self.stop_test())
        # the hint and the test result wrap, they must not clip
        enter_moves_on(self, self.accept)
        grows_with_content(self, 560)

    def chosen(self) -> tuple[str, int]:
        """(port, baud); the port is empty when only a keyboard-wedge scanner is used."""
        return self.port.port(), int(self.baud.currentData())

    @Slot()
    def start_test(self) -> None:
        self.stop_test()
        port, baud = self.chosen()
        if not port:
            self.test_state.setText(self.tr("Choose a port first."))
            return
        self.test_state.setText(self.tr("Opening {port}…").format(port=port))
        self.bridge = SerialScannerBridge(port, self, scanner_line(baud))
        self.bridge.sig_scanned.connect(self._scanned)
        self.bridge.sig_state_changed.connect(self._state)
        self.bridge.start()

    def stop_test(self) -> None:
        if self.bridge is not None:
            self.bridge.stop()
            self.bridge.deleteLater()
            self.bridge = None
            self.test_state.setText("")
        self.test_scan.setText("—")

    @Slot(str, str)
    def _state(self, state: str, _message: str) -> None:
        port = self.bridge.port if self.bridge else ""
        texts = {
            "connected": self.tr("{port} is open: scan any barcode now.").format(port=port),
            "disconnected": self.tr(
                "{port} cannot be opened: check the cable and the port name."
            ).format(port=port),
        }
        self.test_state.setText(texts.get(state, ""))

    @Slot(str)
    def _scanned(self, text: str) -> None:
        result = classify(text)
        what = tr_domain("Scan", result.template, result.params)
        self.test_scan.setText(
            self.tr("Received “{text}”. {what} The scanner works.").format(text=text, what=what)
        )

    def done(self, result: int) -> None:
        self.stop_test()
        super().done(result)
