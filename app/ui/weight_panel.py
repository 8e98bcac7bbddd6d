"""Live weight display, the captured weight bound to the load, and the capture key (F8).

The panel shows the scale's reading large enough to read from a step away. Reading states
differ by symbol and wording, not by colour alone: ``● STABLE``, ``≈ MOTION``,
``▲ OVERLOAD``, ``▼ UNDER ZERO``, ``✕ NO SCALE``. A reading older than a second is never
shown as live.

What the big number is, is said by a mark beside it (``phase``):

* ``live``: nothing captured; the live reading is the big number; "No weight captured
  yet" is neutral, never green; a load outside the product's range is marked red;
* ``captured``: 🔒 CAPTURED, the captured weight is the big number and the live reading is
  shown beside it; the capture stays bound to the load (``app.domain.load_binding``):
  a move beyond one scale interval, long motion, overload, under zero or a lost scale
  drops it at once (``dropped``: the reason stays on the panel);
* ``manual``: ✎ MANUAL, a supervisor-approved typed-in weight;
* ``clear``: the last piece is still on the platform: "Clear the platform" until the
  scale returns to zero, or a supervisor allows a re-weigh of the same piece.

Sources: a real scale (``attach_scale(ScaleBridge)``), the in-process simulated scale
(training and demo; marked as such), or no scale at all (``set_no_scale``: weights only
by supervisor approval, Ctrl+F8). Every reading, simulated ones too, goes through the
same capture rules (``app.domain.capture``) and binding.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.devices.scale.reading import Reading, Stamp
from app.domain.capture import CaptureRules, SettleTracker
from app.domain.consignment import Weighing, WeightSource
from app.domain.load_binding import (
    CTX as BINDING_CTX,
)
from app.domain.load_binding import (
    DEFAULT_INTERVAL_GRAMS,
    MESSAGES,
    BindingRules,
    Drop,
    LoadBinding,
    ZeroInterlock,
    with_accept_reading,
)
from app.domain.product import DEFAULT_HEAVY, ProductLimits
from app.domain.weight import format_kg
from app.ui.feedback import error_label, set_style_property
from app.ui.scale_bridge import ScaleBridge
from app.ui.translate import tr_domain

STALE_AFTER_S = 1.0
# Below this the platform is taken as empty for the out-of-range mark (scale noise, a
# forgotten pen): an empty platform is not "a load outside the range".
LOAD_FLOOR_GRAMS = 1000

# Only this panel's own marks; the rest of the look is in app/ui/style.py.
PANEL_STYLE = """
QLabel#captured { font-size: 11pt; font-weight: 600; color: #37474f; }
QLabel#weightValue[phase="captured"] { color: #0d47a1; }
QLabel#weightValue[phase="manual"] { color: #6a1b9a; }
QLabel#weightValue[range="out"] { color: #b71c1c; }
QLabel#phaseMark { font-size: 11pt; font-weight: 800; padding: 3px 10px; border-radius: 4px; }
QLabel#phaseMark[phase="captured"] { background: #0d47a1; color: white; }
QLabel#phaseMark[phase="manual"] { background: #6a1b9a; color: white; }
QLabel#phaseMark[phase="dropped"] { background: #b71c1c; color: white; }
QLabel#phaseMark[phase="clear"] { background: #e65100; color: white; }
QLabel#liveReading { font-family: "DejaVu Sans Mono", monospace; font-size: 12pt; color: #37474f; }
QLabel#rangeWarning { background: #b71c1c; color: white; font-weight: 700; padding: 2px 8px; }
QLabel#weightState[state="disconnected"], QLabel#weightState[state="noscale"] {
    background: #263238; color: #ffffff; border: 3px solid #b71c1c; font-size: 13pt; }
QFrame#weightPanel[noscale="true"] { background: #eceff1; border: 3px dashed #b71c1c; }
"""


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
    """The live weight, its state, the captured weight (bound to the load) and the keys.

    Signals:
        sig_captured(object): the captured ``Weighing``, or None when cleared or dropped.
        sig_state_changed(str): stable | motion | overload | underload | disconnected | noscale.
        sig_phase_changed(str): live | captured | manual | dropped | clear.
        sig_manual_requested(): the clerk asks for a supervisor-approved manual weight.
        sig_override_requested(): the clerk asks a supervisor to allow a re-weigh of the
            piece still on the platform.
    """

    sig_captured = Signal(object)
    sig_state_changed = Signal(str)
    sig_phase_changed = Signal(str)
    sig_manual_requested = Signal()
    sig_override_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weightPanel")
        self.setStyleSheet(PANEL_STYLE)
        self.limits: ProductLimits = DEFAULT_HEAVY
        self.interval_grams = DEFAULT_INTERVAL_GRAMS
        self.zero_band_grams: int | None = None
        self.settle_seconds = 0.0  # the simulated scale settles before it says "stable"
        self.captured: Weighing | None = None
        self.state = "disconnected"
        self.phase = "live"
        self.drop: Drop | None = None
        self.mode = "simulator"  # simulator | scale | none
        self.source_kind = WeightSource.SIMULATOR
        self.protocol = "simulator"
        self.port = "in-process"
        self.scale_serial = ""
        self.bridge: ScaleBridge | None = None
        self.tracker = SettleTracker(self._capture_rules())
        self.binding = LoadBinding(self._binding_rules())
        self.interlock = ZeroInterlock(self._binding_rules())

        self.value = QLabel("—", self)
        self.value.setObjectName("weightValue")
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.value.setMinimumWidth(240)
        self.unit = QLabel(self.tr("kg"), self)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("weightState")
        self.phase_mark = QLabel(self)
        self.phase_mark.setObjectName("phaseMark")
        self.phase_mark.hide()
        self.live_label = QLabel(self)
        self.live_label.setObjectName("liveReading")
        self.live_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.live_label.hide()
        self.range_label = QLabel(self)
        self.range_label.setObjectName("rangeWarning")
        self.range_label.setWordWrap(True)
        self.range_label.hide()
        self.sim_badge = QLabel(self.tr("SIMULATED SCALE"), self)
        self.sim_badge.setToolTip(self.tr("A simulated scale: not for real charging"))
        self.sim_badge.setObjectName("simBadge")
        self.capture_button = QPushButton(self.tr("Capture weight (F8)"), self)
        self.manual_button = QPushButton(self.tr("Manual weight… (Ctrl+F8)"), self)
        self.manual_button.setToolTip(
            self.tr("Only when the scale cannot weigh this piece: a supervisor approves it")
        )
        self.override_button = QPushButton(self.tr("Re-weigh (supervisor)…"), self)
        self.override_button.setToolTip(
            self.tr("The piece on the platform is weighed again: a supervisor approves it")
        )
        self.override_button.hide()
        self.manual_button.clicked.connect(self.sig_manual_requested)
        self.override_button.clicked.connect(self.sig_override_requested)
        self.capture_button.clicked.connect(self.capture)
        self.captured_label = QLabel(self.tr("No weight captured yet"), self)
        self.captured_label.setObjectName("captured")
        self.captured_label.setWordWrap(True)
        self.error = error_label(self)

        self.sim_load = QDoubleSpinBox(self)
        self.sim_load.setObjectName("simLoad")
        self.sim_load.setDecimals(2)
        self.sim_load.setRange(0, 400)
        self.sim_load.setSuffix(self.tr(" kg"))
        # Weights read "48.70" everywhere on the counter (format_kg), in every language.
        self.sim_load.setLocale(QLocale.c())
        self.sim_load.setKeyboardTracking(False)
        self.sim_load.setFocusPolicy(
            Qt.FocusPolicy.ClickFocus
        )  # a demo control, not in the clerk's Tab path
        self.sim_load.setToolTip(self.tr("Load on the simulated scale"))
        self.sim_caption = QLabel(self.tr("Simulated load:"), self)

        top = QHBoxLayout()
        top.addWidget(self.state_label)
        top.addStretch(1)
        # The mark on its own row: beside the state it made the panel too wide to fit
        # next to the piece's fields at 1366 px (in Russian).
        mark = QHBoxLayout()
        mark.addStretch(1)
        mark.addWidget(self.phase_mark)
        reading = QHBoxLayout()
        reading.addStretch(1)
        reading.addWidget(self.value)
        reading.addWidget(self.unit, 0, Qt.AlignmentFlag.AlignBottom)
        bottom = QHBoxLayout()
        bottom.addWidget(self.capture_button)
        bottom.addWidget(self.captured_label, 1)
        exception = QHBoxLayout()  # the exception paths, each on its own row
        exception.addStretch(1)
        exception.addWidget(self.manual_button)
        override = QHBoxLayout()
        override.addStretch(1)
        override.addWidget(self.override_button)
        sim = QHBoxLayout()
        sim.addWidget(self.sim_badge)
        sim.addWidget(self.sim_caption)
        sim.addWidget(self.sim_load)
        sim.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(mark)
        lay.addLayout(reading)
        lay.addWidget(self.live_label)
        lay.addWidget(self.range_label)
        lay.addLayout(bottom)
        lay.addLayout(exception)
        lay.addLayout(override)
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
        self._show_phase()
        self.simulator.start()

    # -- rules ------------------------------------------------------------------------------
    def _capture_rules(self) -> CaptureRules:
        return CaptureRules.from_limits(self.limits, self.settle_seconds, self.source_kind)

    def _binding_rules(self) -> BindingRules:
        return BindingRules.for_product(
            self.limits,
            interval_grams=self.interval_grams,
            settle_seconds=max(self.settle_seconds, 0.5),
            zero_band_grams=self.zero_band_grams,
        )

    def configure(
        self, *, interval_grams: int | None = None, zero_band_grams: int | None = None
    ) -> None:
        """The configured scale's interval ``e`` and zero band (None: the defaults)."""
        self.interval_grams = interval_grams or DEFAULT_INTERVAL_GRAMS
        self.zero_band_grams = zero_band_grams
        self._refresh_rules()

    def _refresh_rules(self) -> None:
        self.tracker.rules = self._capture_rules()
        rules = self._binding_rules()
        self.binding.rules = rules
        self.interlock.rules = rules

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
        """A reading of the in-process simulated scale (GUI thread)."""
        self.take(
            Reading(
                grams=grams,
                stable=stable,
                net=net,
                overload=overload,
                underload=underload,
                protocol=self.protocol,
                raw=raw,
                received_at=Stamp.now(),
                port=self.port,
                has_weight=not (overload or underload),
            )
        )

    def take(self, reading: Reading) -> None:
        """Every reading, from any source: show it, bind it, watch the zero return."""
        self._refresh_rules()  # the window may have set other product limits
        self.tracker.observe(reading)
        self.interlock.observe(reading)
        self.scale_serial = reading.scale_serial
        self.unit.setText(self.tr("kg NET") if reading.net else self.tr("kg"))
        drop = self.binding.observe(reading, time.monotonic())
        if reading.overload:
            shown, state = "▲▲▲", "overload"
        elif reading.underload:
            shown, state = "▼▼▼", "underload"
        elif not reading.has_weight:
            # Motion reported without a value (toledo-8217): show no number at all.
            shown, state = "—", "motion"
        else:
            shown, state = format_kg(reading.grams, 2), "stable" if reading.stable else "motion"
        self._set_state(state)
        if drop is not None:
            self._dropped(drop)
        elif self._phase_now() != self.phase:
            self._show_phase()  # e.g. the platform returned to zero
        self._show_reading(reading, shown)

    def _show_reading(self, reading: Reading | None, shown: str) -> None:
        held = self.captured
        if held is None:
            self.value.setText(shown)
            self.live_label.hide()
        else:
            self.value.setText(format_kg(held.grams, 2))
            state = {
                "stable": self.tr("● stable"),
                "motion": self.tr("≈ motion"),
                "overload": self.tr("▲ overload"),
                "underload": self.tr("▼ under zero"),
            }.get(self.state, self.tr("✕ no scale"))
            live = f"{shown} {self.unit.text()}" if reading is not None else "—"
            self.live_label.setText(self.tr("Live: {live}  {state}").format(live=live, state=state))
            self.live_label.setVisible(self.mode != "none")
        self._show_range(reading if held is None else None)

    def _show_range(self, reading: Reading | None) -> None:
        """A load outside the product's range is marked red before F8."""
        out = (
            reading is not None
            and reading.has_weight
            and not (reading.overload or reading.underload)
            and reading.grams >= LOAD_FLOOR_GRAMS
            and not self.limits.piece_min_grams <= reading.grams <= self.limits.piece_max_grams
        )
        set_style_property(self.value, "range", "out" if out else "in")
        if out and reading is not None:
            self.range_label.setText(
                self.tr("{kg} kg is outside {lo}–{hi} kg per piece: it cannot be captured").format(
                    kg=format_kg(reading.grams, 2),
                    lo=format_kg(self.limits.piece_min_grams, 0),
                    hi=format_kg(self.limits.piece_max_grams, 0),
                )
            )
        self.range_label.setVisible(out)

    def set_disconnected(self) -> None:
        """The scale is gone or silent: no number, and a capture bound to it is dropped."""
        self.tracker.reset()
        drop = self.binding.lost()
        self._set_state("noscale" if self.mode == "none" else "disconnected")
        if drop is not None:
            self._dropped(drop)
        self._show_reading(None, "—")

    @Slot()
    def _check_stale(self) -> None:
        latest = self.tracker.latest
        now = time.monotonic()
        if latest is not None and now - latest.received_at.monotonic > STALE_AFTER_S:
            self.set_disconnected()
            return
        drop = self.binding.tick(now)
        if drop is not None:
            self._dropped(drop)
            self._show_reading(latest, self.value.text())

    def _set_state(self, state: str) -> None:
        texts = {
            "stable": self.tr("● STABLE"),
            "motion": self.tr("≈ MOTION — wait"),
            "overload": self.tr("▲ OVERLOAD — remove load"),
            "underload": self.tr("▼ UNDER ZERO — zero the scale"),
            "disconnected": self.tr("✕ NO SCALE — check cable"),
            "noscale": self.tr("⊘ NO SCALE — manual weight only (Ctrl+F8)"),
        }
        self.state_label.setText(texts[state])
        set_style_property(self.state_label, "state", state)
        set_style_property(self, "noscale", state in ("disconnected", "noscale"))
        self.capture_button.setEnabled(
            state == "stable" and self.captured is None and not self.interlock.armed
        )
        if state != self.state:
            self.state = state
            self.sig_state_changed.emit(state)

    # -- what the big number is --------------------------------------------------------------
    def _phase_now(self) -> str:
        if self.captured is not None:
            return "manual" if self.captured.source == WeightSource.MANUAL else "captured"
        # The load still on the platform comes first: it says what to do next (the reason
        # of a drop stays in the error line).
        if self.interlock.armed:
            return "clear"
        if self.drop is not None:
            return "dropped"
        return "live"

    def _show_phase(self) -> None:
        phase = self._phase_now()
        marks = {
            "captured": self.tr("✔ CAPTURED"),
            "manual": self.tr("✎ MANUAL"),
            "dropped": self.tr("✕ CAPTURE DROPPED"),
            "clear": self.tr("⤓ CLEAR THE PLATFORM"),
        }
        self.phase_mark.setText(marks.get(phase, ""))
        self.phase_mark.setVisible(phase in marks)
        set_style_property(self.phase_mark, "phase", phase)
        set_style_property(self.value, "phase", phase)
        held = self.captured
        if phase == "captured" and held is not None:
            kg = format_kg(held.grams, 2)
            if held.captured_at is None:  # a weighing handed over whole (demo data)
                text = self.tr("Captured {kg} kg; bound to the load until accepted").format(kg=kg)
            else:
                text = self.tr(
                    "Captured {kg} kg at {time}; bound to the load until accepted"
                ).format(kg=kg, time=held.captured_at.astimezone().strftime("%H:%M:%S"))
        elif phase == "manual" and held is not None:
            text = self.tr("Manual weight {kg} kg, approved by a supervisor").format(
                kg=format_kg(held.grams, 2)
            )
        elif phase == "dropped":
            text = self.tr("No weight captured: the capture was dropped (why: below).")
        elif phase == "clear":
            # Short here; F8 says it in full (the mark above already says what to do).
            text = self.tr(
                "The last piece ({kg} kg) is still on the platform: take it off."
            ).format(kg=format_kg(self.interlock.reference_grams or 0, 2))
        else:
            text = self.tr("No weight captured yet")
        self.captured_label.setText(text)
        self.override_button.setVisible(phase == "clear" and self.mode != "none")
        self.capture_button.setEnabled(self.state == "stable" and phase in ("live", "dropped"))
        if phase != self.phase:
            self.phase = phase
            self.sig_phase_changed.emit(phase)

    def _dropped(self, drop: Drop) -> None:
        """The capture no longer matches the load: forget it and say why, at the panel."""
        self.captured = None
        self.drop = drop
        self._refuse(tr_domain(BINDING_CTX, drop.template, drop.params))
        self._show_phase()
        self.sig_captured.emit(None)

    # -- capture ----------------------------------------------------------------------------
    @Slot()
    def capture(self) -> bool:
        """Capture the current reading if the rules allow it; say why not otherwise."""
        self.error.hide()
        if self.mode == "none":
            return self._refuse(
                self.tr(
                    "No scale is set up at this counter: use Manual weight (Ctrl+F8) with a "
                    "supervisor, or choose the scale in Tools → Scale settings."
                )
            )
        if self.captured is not None and self.captured.source != WeightSource.MANUAL:
            return self._refuse(self.tr("The weight is already captured and bound to the load."))
        refusal = self.interlock.refusal()
        if refusal is not None:
            self._show_phase()
            return self._refuse(tr_domain(BINDING_CTX, refusal.template, refusal.params))
        self._refresh_rules()
        decision = self.tracker.decide(time.monotonic())
        if decision.weighing is None:
            return self._refuse(tr_domain("Capture", decision.template, decision.params))
        weighing = decision.weighing
        self.captured = weighing
        self.drop = None
        self.binding.bind(weighing)
        self.interlock.arm(weighing.grams)
        self._show_phase()
        self._show_reading(self.tracker.latest, format_kg(weighing.grams, 2))
        self.sig_captured.emit(self.captured)
        return True

    def confirm_for_accept(self) -> bool:
        """At F12 (and Ctrl+N): the live reading must still confirm the captured weight.

        On success the captured weighing keeps the live reading seen now; on failure the
        refusal is shown at this panel and nothing may be stored."""
        held = self.captured
        if held is None or held.source == WeightSource.MANUAL:
            return True
        latest = self.tracker.latest
        drop = self.binding.check_at_accept(latest, time.monotonic())
        if drop is not None:
            if self.binding.captured is None:
                self._dropped(drop)
            else:
                self._refuse(tr_domain(BINDING_CTX, drop.template, drop.params))
            return False
        if latest is None:  # a weight that was never bound to a reading: nothing confirms it
            return self._refuse(tr_domain(BINDING_CTX, MESSAGES["no_reading"], {}))
        self.captured = with_accept_reading(held, latest)
        self.binding.bind(self.captured)
        return True

    def _refuse(self, message: str) -> bool:
        self.error.setText(f"⚠ {message}")
        self.error.show()
        return False

    def set_manual(self, weighing: Weighing) -> None:
        """Take a supervisor-approved manual weight; it is shown and stored as manual."""
        self.error.hide()
        self.binding.release()
        self.drop = None
        self.captured = weighing
        self._show_phase()
        self._show_reading(self.tracker.latest, self.value.text())
        self.sig_captured.emit(weighing)

    def override_zero(self) -> None:
        """A supervisor allowed weighing the piece on the platform again."""
        self.interlock.override()
        self.error.hide()
        self._show_phase()

    def clear(self) -> None:
        """The piece is stored or cleared: nothing is captured; the zero return still holds."""
        self.captured = None
        self.drop = None
        self.binding.release()
        self.error.hide()
        self._show_phase()
        self._show_reading(self.tracker.latest, "—")
        self.sig_captured.emit(None)

    def set_simulated(self, simulated: bool) -> None:
        for w in (self.sim_badge, self.sim_load, self.sim_caption):
            w.setVisible(simulated)
        if simulated:
            self.simulator.start()
        else:
            self.simulator.stop()

    # -- sources ----------------------------------------------------------------------------
    def _use(self, mode: str, source: str, protocol: str, port: str) -> None:
        self.mode = mode
        self.source_kind = source
        self.protocol, self.port, self.scale_serial = protocol, port, ""
        # The simulated scale settles before it says "stable"; a real one is held to the
        # settle time of the capture rules.
        self.settle_seconds = 0.0 if mode == "simulator" else 0.5
        self._refresh_rules()

    def attach_scale(self, bridge: ScaleBridge, settle_seconds: float = 0.5) -> None:
        """Show and capture from a real scale (``ScaleBridge``)."""
        self.detach_scale()
        self.bridge = bridge
        self._use("scale", WeightSource.SCALE, bridge.protocol, bridge.port)
        self.settle_seconds = settle_seconds
        self._refresh_rules()
        self.set_simulated(False)
        self.set_disconnected()
        bridge.sig_reading_changed.connect(self._on_scale_reading)
        bridge.sig_state_changed.connect(self._on_scale_state)
        last = bridge.last_reading()
        if last is not None:
            self._on_scale_reading(last)  # a load placed before this screen opened

    def detach_scale(self) -> None:
        """Forget the real scale (the window then chooses the simulator or no scale)."""
        bridge, self.bridge = self.bridge, None
        if bridge is not None:
            bridge.sig_reading_changed.disconnect(self._on_scale_reading)
            bridge.sig_state_changed.disconnect(self._on_scale_state)
            self.use_simulator()

    def use_simulator(self) -> None:
        """The in-process simulated scale (training, demo), marked as such."""
        self._use("simulator", WeightSource.SIMULATOR, "simulator", "in-process")
        self.set_disconnected()
        self.set_simulated(True)

    def set_no_scale(self) -> None:
        """No scale at this counter: nothing is weighed, weights come by approval only."""
        self.detach_scale()
        self._use("none", WeightSource.MANUAL, "", "")
        self.set_simulated(False)
        self.set_disconnected()
        self.state_label.setToolTip(
            self.tr("No scale is set up (Tools → Scale settings): weights only by approval")
        )

    @Slot(object)
    def _on_scale_reading(self, reading: Reading) -> None:
        if self.bridge is None:
            return
        self.take(reading)

    @Slot(str, str)
    def _on_scale_state(self, state: str, message: str) -> None:
        self.state_label.setToolTip(message)
        if state != "connected":
            self.set_disconnected()
