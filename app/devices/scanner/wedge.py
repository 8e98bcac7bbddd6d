"""Telling a keyboard-wedge scanner from a person typing, by the timing of key presses.

A scanner in keyboard mode "types" a whole barcode in a few milliseconds per key and
ends it with Enter or Tab; a person needs 60 ms or more between keys. The detector
holds back printable keys while they might be the start of a burst; the caller
replays them to the focused widget when they turn out to be typing (a gap longer
than ``max_gap`` or a non-text key), and takes them as a scan when a fast run of at
least ``min_length`` characters ends in Enter or Tab *and* its text is a barcode the
caller knows (``is_known``): anything else fast is replayed as typed, so fast typing of
a postcode can never become a "scan". Times are seconds, from one monotonic clock: the
key events' own timestamps (when the key was pressed), never the time they are
processed, so a busy GUI that delivers typed keys in a clump does not make them a burst.
A gap that goes backwards (a clock change) never counts as fast.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

TERMINATORS = frozenset({"\r", "\n", "\t"})


@dataclass(frozen=True, slots=True)
class BurstThresholds:
    """``max_gap``: longest pause between keys inside a burst; ``min_length``: shortest scan."""

    max_gap: float = 0.035
    min_length: int = 4
    max_length: int = 256


@dataclass(frozen=True, slots=True)
class Verdict:
    """What to do with a key press.

    ``release``: how many held keys (oldest first) the caller must now deliver as typed.
    ``hold``: the current key is held back (not delivered yet).
    ``scan``: a finished scan; the held keys are consumed and the terminator swallowed.
    Neither ``hold`` nor ``scan``: deliver the current key normally (after the release).
    """

    release: int = 0
    hold: bool = False
    scan: str | None = None


class WedgeDetector:
    """State machine over key presses; see the module docstring."""

    def __init__(
        self,
        thresholds: BurstThresholds | None = None,
        is_known: Callable[[str], bool] | None = None,
    ) -> None:
        self.thresholds = thresholds or BurstThresholds()
        self.is_known = is_known or (lambda _text: True)
        self._held: list[str] = []
        self._last: float | None = None

    @property
    def held(self) -> int:
        return len(self._held)

    def deadline(self) -> float | None:
        """When ``expire`` must be called if no key comes (None when nothing is held)."""
        if not self._held or self._last is None:
            return None
        return self._last + self.thresholds.max_gap

    def press(self, text: str, at: float) -> Verdict:
        """A key press: ``text`` is its character (``"\\r"``/``"\\t"`` for Enter/Tab,
        ``""`` for keys that type nothing, such as arrows or Backspace)."""
        th = self.thresholds
        in_time = self._last is not None and 0.0 <= at - self._last <= th.max_gap
        if text in TERMINATORS:
            if self._held and in_time and len(self._held) >= th.min_length:
                scan = "".join(self._held)
                if self.is_known(scan):
                    self._clear()
                    return Verdict(scan=scan)
            return Verdict(release=self._clear())
        if len(text) != 1 or not text.isprintable():
            return Verdict(release=self._clear())
        released = 0
        if self._held and (not in_time or len(self._held) >= th.max_length):
            released = self._clear()
        self._held.append(text)
        self._last = at
        return Verdict(release=released, hold=True)

    def expire(self, at: float) -> Verdict:
        """Timer tick: held keys whose burst ended without a terminator are typing."""
        deadline = self.deadline()
        if deadline is not None and at >= deadline:
            return Verdict(release=self._clear())
        return Verdict()

    def flush(self) -> Verdict:
        """Give back everything held (focus change, window deactivation)."""
        return Verdict(release=self._clear())

    def _clear(self) -> int:
        count = len(self._held)
        self._held.clear()
        self._last = None
        return count


def split_scans(
    events: list[tuple[str, float]],
    thresholds: BurstThresholds | None = None,
    is_known: Callable[[str], bool] | None = None,
) -> tuple[list[str], str]:
    """Run a whole key sequence through a detector: (scans found, text typed through).

    Handy for tests and for replaying recorded key logs.
    """
    det = WedgeDetector(thresholds, is_known)
    held: list[str] = []
    typed: list[str] = []
    scans: list[str] = []
    for text, at in events:
        deadline = det.deadline()
        if deadline is not None and at > deadline:
            v = det.expire(at)
            typed.extend(held[: v.release])
            del held[: v.release]
        v = det.press(text, at)
        typed.extend(held[: v.release])
        del held[: v.release]
        if v.scan is not None:
            scans.append(v.scan)
            held.clear()
        elif v.hold:
            held.append(text)
        else:
            typed.append(text)
    v = det.flush()
    typed.extend(held[: v.release])
    return scans, "".join(typed)
