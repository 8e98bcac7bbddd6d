"""The counter window's weighing: which scale feeds the weight panel, the scale's interval
and zero band, and a supervisor's override of the zero return (audited).

Kept out of ``main_window`` so the window only wires: it calls ``apply_source`` when the
scale settings change and leaves the rest to this controller.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from app.domain.load_binding import CTX
from app.services.terminal import CounterContext
from app.services.terminal_settings import read_settings
from app.services.weighing_override import OverrideRefused, approve_zero_override
from app.store.database import Database
from app.ui.scale_bridge import ScaleBridge
from app.ui.supervisor_dialog import SupervisorApproval
from app.ui.tasks import TaskRunner
from app.ui.weight_panel import WeightPanel

SCALE_SETTING_KEYS = ["scale.interval_grams", "scale.zero_band_grams"]


def scale_mode(port: str, protocol: str, demo: bool) -> str:
    """``scale`` (a real or pty scale), ``simulator`` (in-process) or ``none``.

    "No scale" chosen in the settings is no scale, never the simulator; the simulator runs
    only when chosen, or in demo mode before anything was chosen."""
    if protocol == "simulator":
        return "simulator"
    if protocol == "none":
        return "none"
    if port and protocol:
        return "scale"
    return "simulator" if demo and not port and not protocol else "none"


class WeighingController(QObject):
    """Feeds the weight panel from the configured source and handles its override request."""

    def __init__(
        self,
        panel: WeightPanel,
        db: Database,
        ctx: CounterContext,
        tasks: TaskRunner,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.panel = panel
        self.db = db
        self.ctx = ctx
        self.tasks = tasks
        self.window = window
        self.bridge: ScaleBridge | None = None
        panel.sig_override_requested.connect(self.request_override)
        self.tasks.run(lambda: read_settings(db, SCALE_SETTING_KEYS), self._configure)

    def _configure(self, values: dict[str, object]) -> None:
        interval = int(values.get("scale.interval_grams") or 0)  # type: ignore[call-overload]
        band = int(values.get("scale.zero_band_grams") or 0)  # type: ignore[call-overload]
        self.panel.configure(interval_grams=interval or None, zero_band_grams=band or None)

    def current(self) -> tuple[str, str]:
        """(port, protocol) as the scale settings dialog shows them."""
        if self.bridge is not None:
            return self.bridge.port, self.bridge.protocol
        return "", "simulator" if self.panel.mode == "simulator" else "none"

    def apply_source(self, port: str, protocol: str) -> ScaleBridge | None:
        """Run the panel on the scale chosen in the settings; the new bridge, if any."""
        if self.bridge is not None:
            self.panel.detach_scale()
            self.bridge.stop()
            self.bridge.deleteLater()
            self.bridge = None
        mode = scale_mode(port, protocol, self.ctx.demo)
        if mode == "scale":
            self.bridge = ScaleBridge(port, protocol, self)
            self.panel.attach_scale(self.bridge)
            self.bridge.start()
        elif mode == "simulator":
            self.panel.use_simulator()
        else:
            self.panel.set_no_scale()
        return self.bridge

    def stop(self) -> None:
        if self.bridge is not None:
            self.bridge.stop()

    @Slot()
    def request_override(self) -> None:
        """A supervisor allows weighing the piece on the platform again (audited)."""
        reference = self.panel.interlock.reference_grams
        if reference is None:
            return
        dialog = SupervisorApproval(
            self.tr("Re-weigh the same piece"),
            self.tr(
                "The scale has not returned to zero since the last piece was weighed. A "
                "supervisor allows weighing the piece on the platform again; this is recorded."
            ),
            parent=self.window,
        )

        def attempt() -> bool:  # AuthRefused: wrong PIN, locked number, not a supervisor
            approve_zero_override(
                self.db,
                supervisor_number=dialog.supervisor_number(),
                pin=dialog.pin.text(),
                reason=dialog.reason.text(),
                reference_grams=reference,
                clerk_id=self.ctx.staff_id,
                terminal_id=self.ctx.terminal_id,
            )
            return True

        if dialog.until_done(attempt, {OverrideRefused: CTX}):
            self.panel.override_zero()
