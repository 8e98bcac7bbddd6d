"""Guard against PySide6 6.12.0's Signal.emit dropping a reference to True (Python 3.11).

With that build, every emit lowers True's reference count by one; a scale streaming
ten readings a second brings the interpreter down (``bool_dealloc``) within minutes.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    sig_value = Signal(object)


def test_emit_keeps_reference_counts(qapp) -> None:
    e = _Emitter()
    got: list[object] = []
    e.sig_value.connect(got.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(200):
        e.sig_value.emit(i)
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert len(got) == 200
    # Python 3.12+ has immortal bools (counts do not move); on 3.11 they must balance.
    assert abs(after[0] - before[0]) < 50 and abs(after[1] - before[1]) < 50
