"""Live weight display with a stable indicator and the capture key (F8).

The panel shows the scale's reading large enough to read from a step away. States
differ by symbol and wording, not by colour alone: ``● STABLE``, ``≈ MOTION``,
``▲ OVERLOAD``, ``▼ UNDER ZERO``, ``✕ NO SCALE``. A reading older than a second is never
shown as live. Only a stable, fresh reading inside the product's range is captured.

Until a real scale is configured the panel runs a simulated scale that is marked as such;
``attach_scale(ScaleBridge)`` switches it to a real one, whose captures follow the
domain rules (``app.domain.capture``: stable, settled, live, in range).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.devices.scale.reading import Reading
from app.domain.capture import CaptureRules, SettleTracker
from app.domain.consignment import Weighing, WeightSource
from app.domain.product import DEFAULT_HEAVY, ProductLimits
from app.domain.weight import format_kg
from app.ui.feedback import error_label, set_style_property
from app.ui.scale_bridge import ScaleBridge
from app.ui.translate import tr_domain

STALE_AFTER_S = 1.0


class SimulatedScale(QObject):
    """An in-process scale for demos: after a load change it moves for a moment, then settles.

    Signals:
        sig_reading(int, bool, bytes): grams, stable, raw frame (ASCII continuous format).
    """

    sig_reading = Signal(int, bool, bytes)

    def __init__(self, parent: QObject | None = None, settle_s: float = 0.8) -> None:
        super().__init__(parent)
        self.grams = 0
        self.settle_s = settle_s
        self._changed_at = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(100)  # 10 frames a second, like a streaming indicator
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def set_load(self, grams: int) -> None:
        if grams != self.grams:
            self.grams = grams
            self._changed_at = time.monotonic()

    @Slot()
    def _tick(self) -> None:
        stable = time.monotonic() - self._changed_at >= self.settle_s
        shown = (
            self.grams if stable else self.grams + (37 if int(time.monotonic() * 10) % 2 else -41)
        )
        head = "ST" if stable else "US"
        raw = f"{head},GS,+{shown / 1000:08.2f}kg\r\n".encode("ascii")
        self.sig_reading.emit(max(shown, 0), stable, raw)


class WeightPanel(QFrame):
    """The live weight, its state, the captured weight and the capture button.

    Signals:
        sig_captured(object): the captured ``Weighing``, or None when cleared.
        sig_state_changed(str): stable | motion | overload | underload | disconnected.
        sig_manual_requested(): the clerk asks for a supervisor-approved manual weight.
    """

    sig_captured = Signal(object)
    sig_state_changed = Signal(str)
    sig_manual_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weightPanel")
        self.limits: ProductLimits = DEFAULT_HEAVY
        self.captured: Weighing | None = None
        self.state = "disconnected"
        self._last: tuple[int, bool, bool, bool, bytes, bool] | None = None
        self._last_at = 0.0
        self.source_kind = WeightSource.SIMULATOR
        self.protocol = "simulator"
        self.port = "in-process"
        self.scale_serial = ""
        self.bridge: ScaleBridge | None = None
        self.tracker: SettleTracker | None = None

        self.value = QLabel("—", self)
        self.value.setObjectName("weightValue")
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.value.setMinimumWidth(240)
        self.unit = QLabel(self.tr("kg"), self)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("weightState")
        self.sim_badge = QLabel(self.tr("SIMULATED SCALE"), self)
        self.sim_badge.setToolTip(self.tr("A simulated scale: not for real charging"))
        self.sim_badge.setObjectName("simBadge")
        self.capture_button = QPushButton(self.tr("Capture weight (F8)"), self)
        self.manual_button = QPushButton(self.tr("Manual weight… (Ctrl+F8)"), self)
        self.manual_button.setToolTip(
            self.tr("Only when the scale cannot weigh this piece: a supervisor approves it")
        )
        self.manual_button.clicked.connect(self.sig_manual_requested)
        self.capture_button.clicked.connect(self.capture)
        self.captured_label = QLabel(self.tr("No weight captured yet"), self)
        self.captured_label.setObjectName("captured")
        self.error = error_label(self)

        self.sim_load = QDoubleSpinBox(self)
        self.sim_load.setObjectName("simLoad")
        self.sim_load.setDecimals(2)
        self.sim_load.setRange(0, 400)
        self.sim_load.setSuffix(" kg")
        self.sim_load.setKeyboardTracking(False)
        self.sim_load.setFocusPolicy(
            Qt.FocusPolicy.ClickFocus
        )  # a demo control, not in the clerk's Tab path
        self.sim_load.setToolTip(self.tr("Load on the simulated scale"))
        self.sim_caption = QLabel(self.tr("Simulated load:"), self)

        top = QHBoxLayout()
        top.addWidget(self.state_label)
        top.addStretch(1)
        reading = QHBoxLayout()
        reading.addStretch(1)
        reading.addWidget(self.value)
        reading.addWidget(self.unit, 0, Qt.AlignmentFlag.AlignBottom)
        bottom = QHBoxLayout()
        bottom.addWidget(self.capture_button)
        bottom.addWidget(self.captured_label, 1)
        exception = QHBoxLayout()  # the exception path, on its own row so nothing is squeezed
        exception.addStretch(1)
        exception.addWidget(self.manual_button)
        sim = QHBoxLayout()
        sim.addWidget(self.sim_badge)
        sim.addWidget(self.sim_caption)
        sim.addWidget(self.sim_load)
        sim.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(reading)
        lay.addLayout(bottom)
        lay.addLayout(exception)
        lay.addWidget(self.error)
        lay.addLayout(sim)

        self.simulator = SimulatedScale(self)
        self.simulator.sig_reading.connect(self._on_sim_reading)
        self.sim_load.valueChanged.connect(lambda kg: self.simulator.set_load(round(kg * 1000)))
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(250)
        self._watchdog.timeout.connect(self._check_stale)
        self._watchdog.start()
        self._set_state("disconnected")
        self.simulator.start()

    # -- readings ---------------------------------------------------------------------------
    @Slot(int, bool, bytes)
    def _on_sim_reading(self, grams: int, stable: bool, raw: bytes) -> None:
        self.feed(grams, stable, raw=raw)

    def feed(
        self,
        grams: int,
        stable: bool,
        *,
        overload: bool = False,
        underload: bool = False,
        net: bool = False,
        raw: bytes = b"",
    ) -> None:
        """Show a new reading from the scale (GUI thread)."""
        self._last = (grams, stable, overload, underload, raw, net)
        self._last_at = time.monotonic()
        if overload:
            self.value.setText("▲▲▲")
            self._set_state("overload")
        elif underload:
            self.value.setText("▼▼▼")
            self._set_state("underload")
        else:
            self.value.setText(format_kg(grams, 2))
            self._set_state("stable" if stable else "motion")

    def set_disconnected(self) -> None:
        self._last = None
        self.value.setText("—")
        self._set_state("disconnected")

    @Slot()
    def _check_stale(self) -> None:
        if self._last is not None and time.monotonic() - self._last_at > STALE_AFTER_S:
            self.set_disconnected()

    def _set_state(self, state: str) -> None:
        texts = {
            "stable": self.tr("● STABLE"),
            "motion": self.tr("≈ MOTION — wait"),
            "overload": self.tr("▲ OVERLOAD — remove load"),
            "underload": self.tr("▼ UNDER ZERO — zero the scale"),
            "disconnected": self.tr("✕ NO SCALE — check cable"),
        }
        self.state_label.setText(texts[state])
        set_style_property(self.state_label, "state", state)
        self.capture_button.setEnabled(state == "stable")
        if state != self.state:
            self.state = state
            self.sig_state_changed.emit(state)

    # -- capture ----------------------------------------------------------------------------
    @Slot()
    def capture(self) -> bool:
        """Capture the current reading if the rules allow it; say why not otherwise."""
        self.error.hide()
        if self.tracker is not None:
            return self._capture_from_scale(self.tracker)
        last = self._last
        if last is None or time.monotonic() - self._last_at > STALE_AFTER_S:
            return self._refuse(
                self.tr("No reading from the scale: check that it is on and connected.")
            )
        grams, stable, overload, underload, raw, net = last
        if overload or underload:
            return self._refuse(
                self.tr("The scale reports overload or under zero: fix the load first.")
            )
        if not stable:
            return self._refuse(
                self.tr("The load is still moving: wait for ● STABLE, then press F8.")
            )
        lo, hi = self.limits.piece_min_grams, self.limits.piece_max_grams
        if grams < lo or grams > hi:
            return self._refuse(
                self.tr("{kg} kg is outside this service's {lo}–{hi} kg per piece.").format(
                    kg=format_kg(grams, 2), lo=format_kg(lo, 0), hi=format_kg(hi, 0)
                )
            )
        self.captured = Weighing(
            grams=grams,
            source=self.source_kind,
            stable=True,
            net=net,
            protocol=self.protocol,
            port=self.port,
            scale_serial=self.scale_serial,
            raw_frame=raw,
            captured_at=datetime.now(UTC),
        )
        self.captured_label.setText(self.tr("Captured: {kg} kg").format(kg=format_kg(grams, 2)))
        self.sig_captured.emit(self.captured)
        return True

    def _capture_from_scale(self, tracker: SettleTracker) -> bool:
        tracker.rules = CaptureRules.from_limits(self.limits, tracker.rules.settle_seconds)
        decision = tracker.decide(time.monotonic())
        if decision.weighing is None:
            return self._refuse(tr_domain("Capture", decision.template, decision.params))
        self.captured = decision.weighing
        self.captured_label.setText(
            self.tr("Captured: {kg} kg").format(kg=format_kg(decision.weighing.grams, 2))
        )
        self.sig_captured.emit(self.captured)
        return True

    def _refuse(self, message: str) -> bool:
        self.error.setText(f"⚠ {message}")
        self.error.show()
        return False

    def set_manual(self, weighing: Weighing) -> None:
        """Take a supervisor-approved manual weight; it is shown and stored as manual."""
        self.error.hide()
        self.captured = weighing
        self.captured_label.setText(
            self.tr("Manual: {kg} kg (approved)").format(kg=format_kg(weighing.grams, 2))
        )
        self.sig_captured.emit(weighing)

    def clear(self) -> None:
        self.captured = None
        self.error.hide()
        self.captured_label.setText(self.tr("No weight captured yet"))
        self.sig_captured.emit(None)

    def set_simulated(self, simulated: bool) -> None:
        for w in (self.sim_badge, self.sim_load, self.sim_caption):
            w.setVisible(simulated)
        if simulated:
            self.simulator.start()
        else:
            self.simulator.stop()

    # -- a real scale -----------------------------------------------------------------------
    def attach_scale(self, bridge: ScaleBridge, settle_seconds: float = 0.5) -> None:
        """Show and capture from a real scale (``ScaleBridge``) instead of the simulated one."""
        self.detach_scale()
        self.bridge = bridge
        self.tracker = SettleTracker(CaptureRules.from_limits(self.limits, settle_seconds))
        self.source_kind = WeightSource.SCALE
        self.protocol, self.port = bridge.protocol, bridge.port
        self.set_simulated(False)
        self.set_disconnected()
        bridge.sig_reading_changed.connect(self._on_scale_reading)
        bridge.sig_state_changed.connect(self._on_scale_state)
        last = bridge.last_reading()
        if last is not None:
            self._on_scale_reading(last)  # a load placed before this screen opened

    def detach_scale(self) -> None:
        """Back to the simulated scale (no real scale configured)."""
        bridge, self.bridge, self.tracker = self.bridge, None, None
        if bridge is not None:
            bridge.sig_reading_changed.disconnect(self._on_scale_reading)
            bridge.sig_state_changed.disconnect(self._on_scale_state)
            self.source_kind = WeightSource.SIMULATOR
            self.protocol, self.port, self.scale_serial = "simulator", "in-process", ""
            self.set_disconnected()
            self.set_simulated(True)

    @Slot(object)
    def _on_scale_reading(self, reading: Reading) -> None:
        if self.tracker is None:
            return
        self.tracker.observe(reading)
        self.scale_serial = reading.scale_serial
        self.unit.setText(self.tr("kg NET") if reading.net else self.tr("kg"))
        if not reading.has_weight and not (reading.overload or reading.underload):
            # Motion reported without a value (toledo-8217): show no number at all.
            self._last = (0, False, False, False, reading.raw, reading.net)
            self._last_at = time.monotonic()
            self.value.setText("—")
            self._set_state("motion")
            return
        self.feed(
            reading.grams,
            reading.stable,
            overload=reading.overload,
            underload=reading.underload,
            net=reading.net,
            raw=reading.raw,
        )

    @Slot(str, str)
    def _on_scale_state(self, state: str, message: str) -> None:
        self.state_label.setToolTip(message)
        if state != "connected":
            if self.tracker is not None:
                self.tracker.reset()
            self.set_disconnected()
