"""Shared property check: any bytes, in any chunking, give only events, never exceptions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.devices.scale import registry
from app.devices.scale.reading import ParseError, Reading, Reply


def assert_any_bytes_give_events(protocol: str, valid_frames: list[bytes]) -> None:
    """Run hypothesis over random bytes mixed with valid frames, fed in random chunks."""
    pieces = st.lists(st.one_of(st.binary(max_size=40), st.sampled_from(valid_frames)), max_size=12)

    @settings(max_examples=300, deadline=None)
    @given(pieces, st.lists(st.integers(1, 25), min_size=1, max_size=8))
    def check(chunks: list[bytes], cuts: list[int]) -> None:
        parser = registry.get(protocol).parser("test")
        data = b"".join(chunks)
        events = []
        i = 0
        k = 0
        while i < len(data):
            n = cuts[k % len(cuts)]
            events.extend(parser.feed(data[i : i + n]))
            i += n
            k += 1
        for e in events:
            assert isinstance(e, Reading | Reply | ParseError)
            if isinstance(e, Reading):
                assert isinstance(e.grams, int)
                assert e.protocol == protocol
            if isinstance(e, ParseError):
                assert e.message  # the template's parameters are all there
        # Bounded memory: garbage is not kept forever.
        assert parser.pending <= 200

    check()


def assert_valid_frames_survive_garbage(protocol: str, frame: bytes, grams: int) -> None:
    """A valid frame after arbitrary garbage (not containing a frame start) still parses."""

    @settings(max_examples=200, deadline=None)
    @given(st.binary(max_size=60))
    def check(garbage: bytes) -> None:
        parser = registry.get(protocol).parser()
        events = parser.feed(garbage + frame + frame)
        readings = [e for e in events if isinstance(e, Reading)]
        # The first copy may be eaten by a garbage prefix that looks like a frame start;
        # the second copy must always come through.
        assert readings and readings[-1].grams == grams

    check()
