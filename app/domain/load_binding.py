"""A captured weight bound to the load on the platform, and the return to zero between pieces.

Pure rules, no devices or Qt (readings are anything shaped like
``app.domain.capture.ScaleReading``; times are monotonic seconds).

``LoadBinding``: from the capture (F8) until the acceptance is stored, every live reading
is compared with the captured one. The capture is dropped at once, with the reason, when
the reading

* moves away from the captured weight by more than one scale interval (``e``),
* stays unstable (or reports motion without a value) for longer than the settle time,
* overloads, goes under zero, or the scale disconnects / falls silent.

At accept (F12) the latest reading is checked once more: stable, fresh, within one
interval of the capture. A weight the scale no longer shows is never charged.

``ZeroInterlock``: after a piece is captured, the next capture is refused until the scale
has shown a stable reading at or below its zero band, or a stable reading that differs
from the captured one by more than the product's minimum piece weight (another load).
A supervisor may override it for a re-weigh of the same piece (the UI audits that).
This is the zero-return idea of legal-for-trade POS weighing (OIML R 76 instruments
connected to a point of sale): one load, one weighing.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from app.domain.capture import ScaleReading
from app.domain.consignment import Weighing
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.product import ProductLimits
from app.domain.weight import format_kg

CTX = "LoadBinding"

DEFAULT_INTERVAL_GRAMS = 50  # e of a 150 kg platform scale; the simulator's too

MESSAGES = {
    "moved": QT_TRANSLATE_NOOP(
        CTX,
        "Capture dropped: the load changed from {captured} kg to {live} kg (more than one "
        "scale interval, {interval} g). Weigh again with F8.",
    ),
    "unstable": QT_TRANSLATE_NOOP(
        CTX,
        "Capture dropped: the load kept moving for more than {seconds} s. Keep hands off the "
        "parcel and weigh again with F8.",
    ),
    "overload": QT_TRANSLATE_NOOP(
        CTX, "Capture dropped: the scale is overloaded. Take the load off and weigh again."
    ),
    "underload": QT_TRANSLATE_NOOP(
        CTX,
        "Capture dropped: the scale shows less than zero (the load was taken off). "
        "Zero the scale and weigh again.",
    ),
    "disconnected": QT_TRANSLATE_NOOP(
        CTX,
        "Capture dropped: the scale disconnected or stopped sending. Check its cable and "
        "weigh again.",
    ),
    "stale": QT_TRANSLATE_NOOP(
        CTX,
        "Not accepted: the scale has sent no weight for {age} s, so the captured weight cannot "
        "be confirmed. Check the scale's cable and weigh again.",
    ),
    "no_reading": QT_TRANSLATE_NOOP(
        CTX,
        "Not accepted: no live reading confirms the captured weight. Check the scale and "
        "weigh again.",
    ),
    "motion_at_accept": QT_TRANSLATE_NOOP(
        CTX,
        "Not accepted: the load is moving. Wait until the scale is stable, then accept again.",
    ),
    "clear_platform": QT_TRANSLATE_NOOP(
        CTX,
        "Clear the platform: the scale still shows the load weighed last ({weight} kg). Take it "
        "off (the scale must return to zero) before weighing the next piece; a supervisor can "
        "allow a re-weigh of the same piece.",
    ),
}


@dataclass(frozen=True, slots=True)
class Drop:
    """Why a capture was dropped or an accept refused: stable ``code`` and English template."""

    code: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


def _drop(code: str, **params: Any) -> Drop:
    return Drop(code, MESSAGES[code], params)


@dataclass(frozen=True, slots=True)
class BindingRules:
    """Thresholds: the scale interval ``e``, settle and freshness times, the zero band.

    ``zero_band_grams``: a stable reading at or below it counts as an empty platform;
    ``change_grams``: a stable reading further than this from the last captured weight is
    another load (the product's minimum piece weight).
    """

    interval_grams: int = DEFAULT_INTERVAL_GRAMS
    settle_seconds: float = 0.5
    max_age_seconds: float = 1.0
    zero_band_grams: int = 29_999
    change_grams: int = 30_000

    @classmethod
    def for_product(
        cls,
        limits: ProductLimits,
        *,
        interval_grams: int = DEFAULT_INTERVAL_GRAMS,
        settle_seconds: float = 0.5,
        zero_band_grams: int | None = None,
    ) -> BindingRules:
        """Rules for ``limits``; the zero band defaults to just below the piece minimum."""
        band = limits.piece_min_grams - 1 if zero_band_grams is None else zero_band_grams
        return cls(
            interval_grams=max(1, interval_grams),
            settle_seconds=settle_seconds,
            zero_band_grams=band,
            change_grams=limits.piece_min_grams,
        )


class LoadBinding:
    """The captured weighing, bound to the load until it is released (stored or cleared).

    ``observe`` and ``lost`` return a ``Drop`` when the capture is dropped (and forget it);
    ``check_at_accept`` returns a ``Drop`` when the latest reading does not confirm it.
    """

    def __init__(self, rules: BindingRules) -> None:
        self.rules = rules
        self.captured: Weighing | None = None
        self._unstable_since: float | None = None

    @property
    def bound(self) -> bool:
        return self.captured is not None

    def bind(self, weighing: Weighing) -> None:
        self.captured = weighing
        self._unstable_since = None

    def release(self) -> None:
        """The acceptance was stored, or the piece cleared: nothing is bound any more."""
        self.captured = None
        self._unstable_since = None

    def _dropped(self, drop: Drop) -> Drop:
        self.release()
        return drop

    def observe(self, reading: ScaleReading, now: float | None = None) -> Drop | None:
        """A live reading (moving ones too); ``now`` defaults to the reading's own time."""
        captured = self.captured
        if captured is None:
            return None
        at = reading.received_at.monotonic if now is None else now
        if reading.overload:
            return self._dropped(_drop("overload"))
        if reading.underload:
            return self._dropped(_drop("underload"))
        if reading.has_weight and abs(reading.grams - captured.grams) > self.rules.interval_grams:
            return self._dropped(self._moved(captured, reading.grams))
        if reading.stable and reading.has_weight:
            self._unstable_since = None
            return None
        if self._unstable_since is None:
            self._unstable_since = at
        if at - self._unstable_since > self.rules.settle_seconds:
            return self._dropped(_drop("unstable", seconds=f"{self.rules.settle_seconds:g}"))
        return None

    def tick(self, now: float) -> Drop | None:
        """Time passes without readings: instability that outlasted the settle time drops."""
        if self.captured is None or self._unstable_since is None:
            return None
        if now - self._unstable_since > self.rules.settle_seconds:
            return self._dropped(_drop("unstable", seconds=f"{self.rules.settle_seconds:g}"))
        return None

    def lost(self) -> Drop | None:
        """The scale disconnected or went silent."""
        if self.captured is None:
            return None
        return self._dropped(_drop("disconnected"))

    def check_at_accept(self, reading: ScaleReading | None, now: float) -> Drop | None:
        """At F12: the latest reading must be fresh, stable and within one interval.

        A failed check drops the capture (the clerk weighs again)."""
        captured = self.captured
        if captured is None:
            return None
        if reading is None:
            return self._dropped(_drop("no_reading"))
        age = now - reading.received_at.monotonic
        if age > self.rules.max_age_seconds:
            return self._dropped(_drop("stale", age=f"{age:.1f}"))
        if reading.overload:
            return self._dropped(_drop("overload"))
        if reading.underload:
            return self._dropped(_drop("underload"))
        if reading.has_weight and abs(reading.grams - captured.grams) > self.rules.interval_grams:
            return self._dropped(self._moved(captured, reading.grams))
        if not (reading.stable and reading.has_weight):
            # Not dropped: a moment of motion is not a changed load, but nothing is charged.
            return _drop("motion_at_accept")
        return None

    def _moved(self, captured: Weighing, live: int) -> Drop:
        return _drop(
            "moved",
            captured=format_kg(captured.grams, 2),
            live=format_kg(live, 2),
            interval=str(self.rules.interval_grams),
        )


class ZeroInterlock:
    """Refuses the next capture until the platform returned to zero (or another load is on)."""

    def __init__(self, rules: BindingRules) -> None:
        self.rules = rules
        self.reference_grams: int | None = None

    @property
    def armed(self) -> bool:
        return self.reference_grams is not None

    def arm(self, grams: int) -> None:
        """A piece of ``grams`` was captured: the next capture waits for the zero return."""
        self.reference_grams = grams

    def override(self) -> None:
        """A supervisor allowed a re-weigh of the same piece."""
        self.reference_grams = None

    def observe(self, reading: ScaleReading) -> None:
        ref = self.reference_grams
        if ref is None or not reading.has_weight or not reading.stable or reading.overload:
            return
        if (
            reading.grams <= self.rules.zero_band_grams
            or abs(reading.grams - ref) > self.rules.change_grams
        ):
            self.reference_grams = None

    def refusal(self) -> Drop | None:
        """Why a capture is refused now, or None when it may go ahead."""
        if self.reference_grams is None:
            return None
        return _drop("clear_platform", weight=format_kg(self.reference_grams, 2))


def with_accept_reading(weighing: Weighing, reading: ScaleReading) -> Weighing:
    """``weighing`` with the live reading that confirmed it at accept."""
    return replace(
        weighing,
        accept_grams=reading.grams,
        accept_raw_frame=bytes(reading.raw),
        accept_seen_at=reading.received_at.utc,
    )
