"""Scale settings: pick port and protocol, or detect them, and see a live test reading.

Detection and the test reading run off the GUI thread (detection through the task
runner, the reading through a ``ScaleBridge``). The main window stops its own scale
reader while this dialog is open, since a port can be open only once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
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

from app.devices.scale import registry
from app.devices.scale.detect import PortReport, detect
from app.devices.scale.reading import Reading
from app.domain.weight import format_kg
from app.ui.dialog_keys import enter_moves_on, grows_with_content
from app.ui.port_choice import PortChoice
from app.ui.scale_bridge import ScaleBridge
from app.ui.tasks import TaskRunner

SETTING_PORT = "scale.port"
SETTING_PROTOCOL = "scale.protocol"
NONE, SIM = "none", "simulator"  # scale.protocol values that are not wire protocols


class ScaleSettingsDialog(QDialog):
    """Port and protocol of the counter's scale, with Detect and a live test reading."""

    def __init__(
        self,
        port: str = "",
        protocol: str = "",
        parent: QWidget | None = None,
        detector: Callable[[list[str] | None], list[PortReport]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scale settings"))
        self._detector = detector or (lambda ports: detect(ports))
        self.tasks = TaskRunner(self)
        self.bridge: ScaleBridge | None = None

        self.port = PortChoice(
            self.tr("(no scale: enter weights by supervisor approval)"), port, self
        )
        self.port.setObjectName("scalePort")
        # The training scale is a choice of its own: "no scale" never means the simulator.
        self.port.insertItem(1, self.tr("(simulated scale: training only, not for charging)"), SIM)
        if protocol == SIM:
            self.port.setCurrentIndex(1)

        self.protocol = QComboBox(self)
        self.protocol.setObjectName("scaleProtocol")
        for name, proto in registry.PROTOCOLS.items():
            self.protocol.addItem(f"{proto.title} ({name})", name)
        if protocol:
            self.protocol.setCurrentIndex(max(0, self.protocol.findData(protocol)))
        self.protocol_note = QLabel(self)
        self.protocol_note.setObjectName("sectionHint")
        self.protocol_note.setWordWrap(True)

        self.detect_button = QPushButton(self.tr("&Detect"), self)
        self.detect_button.clicked.connect(self.start_detect)
        self.test_button = QPushButton(self.tr("&Test reading"), self)
        self.test_button.clicked.connect(self.start_test)
        self.detect_result = QLabel(self)
        self.detect_result.setWordWrap(True)
        self.detect_result.setObjectName("detectResult")
        self.test_value = QLabel("—", self)
        self.test_value.setObjectName("testReading")
        self.test_value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.test_state = QLabel(self)
        self.test_state.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("P&rotocol:"), self.protocol)
        form.addRow("", self.protocol_note)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.detect_button)
        buttons_row.addWidget(self.test_button)
        buttons_row.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addLayout(buttons_row)
        lay.addWidget(self.detect_result)
        lay.addWidget(self.test_value)
        lay.addWidget(self.test_state)
        lay.addWidget(buttons)

        self.protocol.currentIndexChanged.connect(self._protocol_changed)
        self.port.currentIndexChanged.connect(lambda _i: self.stop_test())
        self._protocol_changed()
        # the combos keep the width their port names need, the results wrap below them
        enter_moves_on(self, self.accept)
        grows_with_content(self, 520)

    # -- choice -----------------------------------------------------------------------

    def chosen(self) -> tuple[str, str]:
        """(port, protocol); ``("", "none")`` for no scale, ``("", "simulator")`` for the
        training scale."""
        if self.port.currentData() == SIM and self.port.currentIndex() == 1:
            return "", SIM
        port = self.port.port()
        if not port:
            return "", NONE
        return port, str(self.protocol.currentData())

    @Slot()
    def _protocol_changed(self) -> None:
        self.stop_test()
        proto = registry.get(str(self.protocol.currentData()))
        note = self.tr("Line settings: {line}.").format(line=str(proto.line))
        if proto.max_grams is not None and proto.max_grams < 100_000:
            note += " " + self.tr(
                "The standard field of this protocol cannot show 100 kg or more: use it for "
                "the heavy-parcel platform only when the scale sends the wider field "
                "(W1W2W3W4.W5, Brecknell), else only for a small counter scale."
            )
        self.protocol_note.setText(note)

    # -- detect -----------------------------------------------------------------------

    @Slot()
    def start_detect(self) -> None:
        self.stop_test()
        port, _ = self.chosen()
        ports = [port] if port else None
        self.detect_button.setEnabled(False)
        self.detect_result.setText(self.tr("Detecting… (a few seconds per port)"))
        self.tasks.run(lambda: self._detector(ports), self._detected, self._detect_failed)

    def _detected(self, reports: list[PortReport]) -> None:
        self.detect_button.setEnabled(True)
        found = [r for r in reports if r.found]
        if not found:
            self.detect_result.setText(
                self.tr(
                    "No scale answered on {count} port(s). Check that the scale is on and its "
                    "cable is plugged in, then detect again."
                ).format(count=len(reports))
            )
            return
        first = found[0]
        assert first.found is not None
        self.port.select(first.port)
        self.protocol.setCurrentIndex(max(0, self.protocol.findData(first.found.protocol)))
        lines = [
            self.tr("{port}: {protocol} at {line}").format(
                port=r.port, protocol=r.found.protocol, line=str(r.found.settings)
            )
            for r in found
            if r.found
        ]
        self.detect_result.setText(
            "\n".join(lines) + "\n" + self.tr("Check the test reading, then press OK.")
        )
        self.start_test()

    def _detect_failed(self, error: BaseException) -> None:
        self.detect_button.setEnabled(True)
        self.detect_result.setText(self.tr("Detection failed: {error}").format(error=str(error)))

    # -- live test reading ------------------------------------------------------------

    @Slot()
    def start_test(self) -> None:
        self.stop_test()
        port, protocol = self.chosen()
        if not port:
            self.test_state.setText(self.tr("Choose a port first."))
            return
        self.bridge = ScaleBridge(port, protocol, self)
        self.bridge.sig_reading_changed.connect(self._test_reading)
        self.bridge.sig_state_changed.connect(self._test_state)
        self.bridge.start()

    def stop_test(self) -> None:
        if self.bridge is not None:
            self.bridge.stop()
            self.bridge.deleteLater()
            self.bridge = None
        self.test_value.setText("—")

    @Slot(object)
    def _test_reading(self, r: Reading) -> None:
        if r.overload:
            text = self.tr("▲ OVERLOAD")
        elif r.underload:
            text = self.tr("▼ UNDER ZERO")
        elif not r.has_weight:
            text = self.tr("≈ MOTION")
        else:
            mark = self.tr("● stable") if r.stable else self.tr("≈ motion")
            net = self.tr(" net") if r.net else ""
            text = f"{format_kg(r.grams)} kg{net}  {mark}"
        self.test_value.setText(text)

    @Slot(str, str)
    def _test_state(self, state: str, message: str) -> None:
        if state != "connected":
            self.test_value.setText("—")
        self.test_state.setText(message)

    def done(self, result: int) -> None:
        self.stop_test()
        self.tasks.wait(3000)
        super().done(result)
