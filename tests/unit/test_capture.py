"""Capture rules: stable, settled, live, in range, not over/under; manual weights."""

from __future__ import annotations

from datetime import UTC, datetime

from app.devices.scale.reading import Reading, Stamp
from app.domain.capture import CaptureRules, SettleTracker, manual_weighing, validate_weighing
from app.domain.consignment import WeightSource
from app.domain.product import DEFAULT_HEAVY

RULES = CaptureRules.from_limits(DEFAULT_HEAVY, settle_seconds=0.5)
UTC0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def reading(t: float, grams: int = 152350, stable: bool = True, **kw) -> Reading:
    fields = dict(net=False, overload=False, underload=False)
    fields.update(kw)
    return Reading(
        grams=grams,
        stable=stable,
        protocol="mt-sics",
        raw=b"S S    152.350 kg\r\n",
        received_at=Stamp(t, UTC0),
        port="/dev/ttyUSB0",
        scale_serial="B207696838",
        **fields,
    )


def feed(tracker: SettleTracker, *readings: Reading) -> None:
    for r in readings:
        tracker.observe(r)


def test_captures_after_settle_time_with_evidence() -> None:
    t = SettleTracker(RULES)
    feed(t, reading(10.0), reading(10.3))
    assert t.decide(10.3).code == "settling"
    feed(t, reading(10.6))
    d = t.decide(10.6)
    assert d.ok and d.weighing is not None
    w = d.weighing
    assert (w.grams, w.protocol, w.port, w.scale_serial, w.source) == (
        152350,
        "mt-sics",
        "/dev/ttyUSB0",
        "B207696838",
        WeightSource.SCALE,
    )
    assert w.raw_frame == b"S S    152.350 kg\r\n" and w.captured_at == UTC0


def test_motion_restarts_settling_and_the_stable_weight_is_captured() -> None:
    t = SettleTracker(RULES)
    feed(t, reading(10.0, 151000), reading(10.4, 151500, stable=False))
    assert t.decide(10.4).code == "motion"
    feed(t, reading(10.5, 152350), reading(10.9, 152350))
    assert t.decide(10.9).code == "settling"
    feed(t, reading(11.0, 152350))
    d = t.decide(11.0)
    assert d.ok and d.weighing.grams == 152350  # type: ignore[union-attr]


def test_a_changed_stable_value_restarts_settling() -> None:
    t = SettleTracker(RULES)
    feed(t, reading(10.0, 150000), reading(10.6, 150050))
    assert t.decide(10.6).code == "settling"


def test_stale_reading_is_never_live() -> None:
    t = SettleTracker(RULES)
    feed(t, reading(10.0), reading(10.6))
    assert t.decide(11.7).code == "stale"


def test_overload_underload_and_no_weight() -> None:
    for kw, code in (({"overload": True}, "overload"), ({"underload": True}, "underload")):
        t = SettleTracker(RULES)
        feed(t, reading(10.0), reading(10.6, stable=False, **kw))
        assert t.decide(10.6).code == code
    t = SettleTracker(RULES)
    feed(t, reading(10.0, 0, stable=False, has_weight=False))
    assert t.decide(10.0).code == "no_weight"


def test_range_of_the_heavy_product() -> None:
    for grams, code in ((29_950, "below_min"), (200_050, "above_max")):
        t = SettleTracker(RULES)
        feed(t, reading(10.0, grams), reading(10.6, grams))
        d = t.decide(10.6)
        assert d.code == code and "kg" in d.message
    t = SettleTracker(RULES)
    feed(t, reading(10.0, 30_000), reading(10.6, 30_000))
    assert t.decide(10.6).ok


def test_net_reading_is_never_captured_as_gross() -> None:
    t = SettleTracker(RULES)
    feed(t, reading(10.0, 120000, net=True), reading(10.6, 120000, net=True))
    d = t.decide(10.6)
    assert not d.ok and d.code == "net" and "tare" in d.message


def test_no_reading() -> None:
    assert SettleTracker(RULES).decide(1.0).code == "no_reading"


def test_manual_weight_needs_approver_and_reason() -> None:
    bad = manual_weighing(150_000, "", "")
    codes = {p.code for p in validate_weighing(bad, DEFAULT_HEAVY)}
    assert codes == {"approver", "reason"}
    good = manual_weighing(150_000, "SUP-7", "scale broken, service called")
    assert good.source == WeightSource.MANUAL
    assert validate_weighing(good, DEFAULT_HEAVY) == []
    far = manual_weighing(250_000, "SUP-7", "scale broken")
    assert [p.code for p in validate_weighing(far, DEFAULT_HEAVY)] == ["range"]
