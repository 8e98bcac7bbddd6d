"""Legal-for-trade weight capture: which scale reading may be charged, and manual weights.

Pure rules, no devices: a reading is anything shaped like ``ScaleReading`` (the
devices layer's ``Reading`` is one). A weight can be captured only when

* the latest reading is live (received no more than ``max_age`` seconds ago),
* the scale marks it stable, and it is not overloaded or under zero,
* it has been repeated unchanged for at least ``settle_seconds``,
* it lies inside the product's per-piece range (30-200 kg for heavy parcels).

Net readings (a tare set on the scale) are shown as net, never errors, but never captured:
the piece's weight is its gross weight, and a net value charged as gross would under-charge
by the tare. Only records a protocol documents as gross weight are capturable.
A manual weight exists only as a supervisor-approved exception with a reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from app.domain.consignment import Weighing, WeightSource
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.problems import Problem
from app.domain.product import ProductLimits
from app.domain.weight import format_kg

CTX = "Capture"


class Stamped(Protocol):
    monotonic: float
    utc: datetime


class ScaleReading(Protocol):
    """What capture needs to know about a reading."""

    @property
    def grams(self) -> int: ...
    @property
    def stable(self) -> bool: ...
    @property
    def net(self) -> bool: ...
    @property
    def overload(self) -> bool: ...
    @property
    def underload(self) -> bool: ...
    @property
    def has_weight(self) -> bool: ...
    @property
    def protocol(self) -> str: ...
    @property
    def port(self) -> str: ...
    @property
    def raw(self) -> bytes: ...
    @property
    def scale_serial(self) -> str: ...
    @property
    def received_at(self) -> Stamped: ...


@dataclass(frozen=True, slots=True)
class CaptureRules:
    """Thresholds of capture; ``from_limits`` takes the range from the product settings."""

    min_grams: int
    max_grams: int
    settle_seconds: float = 0.5
    max_age_seconds: float = 1.0
    source: str = WeightSource.SCALE

    @classmethod
    def from_limits(
        cls, limits: ProductLimits, settle_seconds: float = 0.5, source: str = WeightSource.SCALE
    ) -> CaptureRules:
        return cls(limits.piece_min_grams, limits.piece_max_grams, settle_seconds, 1.0, source)


@dataclass(frozen=True, slots=True)
class CaptureDecision:
    """Either a ``weighing`` to store, or why not (``code`` plus an English template)."""

    weighing: Weighing | None
    code: str
    template: str = ""
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.weighing is not None

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


MESSAGES = {
    "no_reading": QT_TRANSLATE_NOOP(CTX, "No weight from the scale: check that it is connected."),
    "stale": QT_TRANSLATE_NOOP(
        CTX, "The last weight is {age} s old: the scale stopped sending. Check its cable."
    ),
    "overload": QT_TRANSLATE_NOOP(
        CTX, "The scale is overloaded: take the parcel off and split it, or use a larger scale."
    ),
    "underload": QT_TRANSLATE_NOOP(
        CTX, "The scale shows less than zero: clear the platform and press Zero on the scale."
    ),
    "no_weight": QT_TRANSLATE_NOOP(CTX, "The scale gives no weight now: wait until it settles."),
    "net": QT_TRANSLATE_NOOP(
        CTX,
        "The scale shows a net weight (a tare is set): clear the tare so that it shows the "
        "gross weight, then capture.",
    ),
    "motion": QT_TRANSLATE_NOOP(CTX, "The weight is still moving: keep hands off the parcel."),
    "settling": QT_TRANSLATE_NOOP(CTX, "Settling: the weight must stay unchanged for {seconds} s."),
    "below_min": QT_TRANSLATE_NOOP(
        CTX,
        "{weight} kg is below the {minimum} kg minimum of this service: send it as an ordinary parcel.",
    ),
    "above_max": QT_TRANSLATE_NOOP(
        CTX,
        "{weight} kg is above the {maximum} kg maximum of one piece: split the parcel into pieces.",
    ),
}


def _no(code: str, **params: Any) -> CaptureDecision:
    return CaptureDecision(None, code, MESSAGES[code], params)


class SettleTracker:
    """Remembers since when the scale has reported the same stable weight.

    Feed it every reading (moving ones too): any change, motion, overload or gap
    restarts the settle time.
    """

    def __init__(self, rules: CaptureRules) -> None:
        self.rules = rules
        self.latest: ScaleReading | None = None
        self._run_start: float | None = None

    def observe(self, reading: ScaleReading) -> None:
        candidate = (
            reading.stable and reading.has_weight and not reading.overload and not reading.underload
        )
        prev = self.latest
        same = (
            prev is not None
            and self._run_start is not None
            and candidate
            and prev.grams == reading.grams
            and prev.net == reading.net
            and reading.received_at.monotonic - prev.received_at.monotonic
            <= self.rules.max_age_seconds
        )
        if not same:
            self._run_start = reading.received_at.monotonic if candidate else None
        self.latest = reading

    def reset(self) -> None:
        """Forget everything (the scale disconnected, or a piece was captured)."""
        self.latest = None
        self._run_start = None

    def settled_for(self) -> float:
        if self.latest is None or self._run_start is None:
            return 0.0
        return self.latest.received_at.monotonic - self._run_start

    def decide(self, now_monotonic: float) -> CaptureDecision:
        """May the latest reading be captured at ``now``? (see module docstring)."""
        return decide(self.latest, self.settled_for(), now_monotonic, self.rules)


def decide(
    reading: ScaleReading | None, settled_for: float, now_monotonic: float, rules: CaptureRules
) -> CaptureDecision:
    """The capture rules applied to one reading that has been stable for ``settled_for`` s."""
    if reading is None:
        return _no("no_reading")
    age = now_monotonic - reading.received_at.monotonic
    if age > rules.max_age_seconds:
        return _no("stale", age=f"{age:.1f}")
    if reading.overload:
        return _no("overload")
    if reading.underload:
        return _no("underload")
    if not reading.has_weight:
        return _no("no_weight")
    if not reading.stable:
        return _no("motion")
    if reading.net:
        return _no("net")
    if settled_for < rules.settle_seconds:
        return _no("settling", seconds=f"{rules.settle_seconds:g}")
    if reading.grams < rules.min_grams:
        return _no(
            "below_min", weight=format_kg(reading.grams), minimum=format_kg(rules.min_grams, 0)
        )
    if reading.grams > rules.max_grams:
        return _no(
            "above_max", weight=format_kg(reading.grams), maximum=format_kg(rules.max_grams, 0)
        )
    weighing = Weighing(
        grams=reading.grams,
        source=rules.source,
        stable=True,
        net=reading.net,
        protocol=reading.protocol,
        port=reading.port,
        scale_serial=reading.scale_serial,
        raw_frame=bytes(reading.raw),
        captured_at=reading.received_at.utc,
    )
    return CaptureDecision(weighing, "ok")


MANUAL_MESSAGES = {
    "approver": QT_TRANSLATE_NOOP(
        CTX, "A manual weight needs a supervisor's approval: ask a supervisor to scan their badge."
    ),
    "reason": QT_TRANSLATE_NOOP(
        CTX, "Say why the weight is typed in (for example: scale broken, parcel too large)."
    ),
    "range": QT_TRANSLATE_NOOP(
        CTX, "{weight} kg is outside {minimum}-{maximum} kg for one piece of this service."
    ),
    "source": QT_TRANSLATE_NOOP(CTX, "Unknown weight source {source}."),
}

MIN_REASON_CHARS = 5


def manual_weighing(
    grams: int, approved_by: str, reason: str, captured_at: datetime | None = None
) -> Weighing:
    """A manual weight as the record stores it (validate it with ``validate_weighing``)."""
    return Weighing(
        grams=grams,
        source=WeightSource.MANUAL,
        stable=True,
        captured_at=captured_at,
        approved_by=approved_by.strip(),
        reason=reason.strip(),
    )


def validate_weighing(
    weighing: Weighing, limits: ProductLimits, field_path: str = "weighing"
) -> list[Problem]:
    """Every problem with a weighing: manual ones need an approver and a reason."""
    problems: list[Problem] = []
    if weighing.source not in (WeightSource.SCALE, WeightSource.SIMULATOR, WeightSource.MANUAL):
        problems.append(
            Problem(
                f"{field_path}.source",
                "source",
                MANUAL_MESSAGES["source"],
                {"source": weighing.source},
            )
        )
    if weighing.source == WeightSource.MANUAL:
        if not weighing.approved_by.strip():
            problems.append(
                Problem(f"{field_path}.approved_by", "approver", MANUAL_MESSAGES["approver"])
            )
        if len(weighing.reason.strip()) < MIN_REASON_CHARS:
            problems.append(Problem(f"{field_path}.reason", "reason", MANUAL_MESSAGES["reason"]))
    elif not weighing.stable:
        problems.append(Problem(f"{field_path}.grams", "motion", MESSAGES["motion"]))
    if not limits.piece_min_grams <= weighing.grams <= limits.piece_max_grams:
        problems.append(
            Problem(
                f"{field_path}.grams",
                "range",
                MANUAL_MESSAGES["range"],
                {
                    "weight": format_kg(weighing.grams),
                    "minimum": format_kg(limits.piece_min_grams, 0),
                    "maximum": format_kg(limits.piece_max_grams, 0),
                },
            )
        )
    return problems
