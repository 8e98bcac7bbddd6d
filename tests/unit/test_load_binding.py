"""A capture bound to the load, the check at accept, and the return to zero between pieces."""

from __future__ import annotations

from datetime import UTC, datetime

from app.devices.scale.reading import Reading, Stamp
from app.domain.consignment import Weighing
from app.domain.load_binding import BindingRules, LoadBinding, ZeroInterlock, with_accept_reading
from app.domain.product import DEFAULT_HEAVY

UTC0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
RULES = BindingRules.for_product(DEFAULT_HEAVY, interval_grams=50, settle_seconds=0.5)
CAPTURED = Weighing(grams=85_400, protocol="mt-sics", raw_frame=b"S S     85.400 kg\r\n")


def r(t: float, grams: int = 85_400, stable: bool = True, **kw: bool) -> Reading:
    fields = dict(net=False, overload=False, underload=False, has_weight=True)
    fields.update(kw)
    return Reading(
        grams=grams,
        stable=stable,
        protocol="mt-sics",
        raw=f"S S {grams / 1000:10.3f} kg\r\n".encode(),
        received_at=Stamp(t, UTC0),
        **fields,  # type: ignore[arg-type]
    )


def bound() -> LoadBinding:
    b = LoadBinding(RULES)
    b.bind(CAPTURED)
    return b


def test_default_zero_band_is_below_the_piece_minimum() -> None:
    assert RULES.zero_band_grams == DEFAULT_HEAVY.piece_min_grams - 1
    assert RULES.change_grams == DEFAULT_HEAVY.piece_min_grams


def test_within_one_interval_the_capture_stays() -> None:
    b = bound()
    for t, g in ((1.0, 85_400), (1.1, 85_450), (1.2, 85_350)):
        assert b.observe(r(t, g)) is None
    assert b.captured == CAPTURED


def test_more_than_one_interval_drops_at_once_even_while_moving() -> None:
    b = bound()
    drop = b.observe(r(1.0, 85_460, stable=False))
    assert drop is not None and drop.code == "moved"
    assert "85.40" in drop.message and "85.46" in drop.message and "50 g" in drop.message
    assert b.captured is None
    # Nothing left to drop afterwards.
    assert b.observe(r(1.1, 250_000)) is None


def test_load_taken_off_drops_the_capture() -> None:
    b = bound()
    drop = b.observe(r(1.0, 0))
    assert drop is not None and drop.code == "moved"


def test_brief_motion_is_tolerated_long_motion_drops() -> None:
    b = bound()
    assert b.observe(r(1.0, 85_420, stable=False)) is None
    assert b.observe(r(1.4, 85_420, stable=False)) is None
    assert b.observe(r(1.45, 85_400)) is None  # stable again: the clock restarts
    assert b.observe(r(2.0, stable=False, has_weight=False)) is None  # toledo: motion, no value
    assert b.tick(2.4) is None
    drop = b.tick(2.6)
    assert drop is not None and drop.code == "unstable" and b.captured is None


def test_overload_underload_disconnect_drop() -> None:
    for kw, code in (({"overload": True}, "overload"), ({"underload": True}, "underload")):
        b = bound()
        drop = b.observe(r(1.0, 0, stable=False, has_weight=False, **kw))
        assert drop is not None and drop.code == code and b.captured is None
    b = bound()
    drop = b.lost()
    assert drop is not None and drop.code == "disconnected" and b.captured is None
    assert LoadBinding(RULES).lost() is None


def test_check_at_accept() -> None:
    b = bound()
    assert b.check_at_accept(r(5.0, 85_430), now=5.2) is None
    stale = b.check_at_accept(r(5.0), now=6.5)
    assert stale is not None and stale.code == "stale" and b.captured is None
    b = bound()
    assert b.check_at_accept(None, now=1.0).code == "no_reading"  # type: ignore[union-attr]
    b = bound()
    moving = b.check_at_accept(r(5.0, 85_400, stable=False), now=5.1)
    assert moving is not None and moving.code == "motion_at_accept"
    assert b.captured is not None  # a moment of motion refuses the accept, keeps the capture
    moved = b.check_at_accept(r(5.0, 250_000), now=5.1)
    assert moved is not None and moved.code == "moved" and b.captured is None


def test_accept_reading_is_kept_beside_the_captured_frame() -> None:
    live = r(5.0, 85_420)
    w = with_accept_reading(CAPTURED, live)
    assert (w.grams, w.raw_frame) == (85_400, CAPTURED.raw_frame)
    assert (w.accept_grams, w.accept_raw_frame, w.accept_seen_at) == (85_420, live.raw, UTC0)


def test_zero_interlock_waits_for_a_stable_zero() -> None:
    z = ZeroInterlock(RULES)
    assert z.refusal() is None
    z.arm(85_400)
    refusal = z.refusal()
    assert refusal is not None and refusal.code == "clear_platform" and "85.40" in refusal.message
    z.observe(r(1.0, 85_400))
    z.observe(r(1.1, 10, stable=False))  # passing through zero while lifting: not enough
    assert z.armed
    z.observe(r(1.2, 0))
    assert not z.armed


def test_zero_interlock_zero_band_and_another_load() -> None:
    z = ZeroInterlock(BindingRules.for_product(DEFAULT_HEAVY, zero_band_grams=500))
    z.arm(800)  # a light load, so only the zero band can clear it
    z.observe(r(1.0, 600))
    assert z.armed
    z.observe(r(1.1, 500))
    assert not z.armed
    z.arm(85_400)
    z.observe(r(2.0, 85_400 + 30_000))  # exactly the piece minimum more: still the same?
    assert z.armed
    z.observe(r(2.1, 85_400 + 30_001))  # another load was put on
    assert not z.armed


def test_zero_interlock_override() -> None:
    z = ZeroInterlock(RULES)
    z.arm(85_400)
    z.override()
    assert z.refusal() is None
