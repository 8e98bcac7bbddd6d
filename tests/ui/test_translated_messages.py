"""What the scale and scanner readers say reaches the clerk in the window's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.i18n import Translatable
from app.ui.application import install_translators, make_app
from app.ui.scale_bridge import ScaleBridge
from app.ui.scan_filter import SerialScannerBridge
from app.ui.translate import tr_text


@pytest.fixture
def russian() -> Iterator[QApplication]:
    app = make_app()
    installed = install_translators(app, QLocale("ru"))
    yield app
    for t in installed:
        app.removeTranslator(t)


def test_a_translatable_reads_as_english_and_translates_in_the_ui(russian: QApplication) -> None:
    msg = Translatable("Scale", "Scale reading stopped.", {})
    assert msg == "Scale reading stopped."  # logs and the command line see English
    assert tr_text(msg) == "Чтение весов остановлено."
    assert tr_text("plain text") == "plain text"


def test_unplugged_scale_is_reported_in_russian(
    qtbot: QtBot, russian: QApplication, tmp_path: Path
) -> None:
    bridge = ScaleBridge(str(tmp_path / "ttyUSB9"), "mt-sics")
    with qtbot.waitSignal(
        bridge.sig_state_changed,
        timeout=5000,
        check_params_cb=lambda state, _m: state == "disconnected",
    ) as blocker:
        bridge.start()
    bridge.stop()
    message = blocker.args[1]
    assert message.startswith("Порт весов") and "ttyUSB9" in message


def test_unplugged_scanner_is_reported_in_russian(
    qtbot: QtBot, russian: QApplication, tmp_path: Path
) -> None:
    bridge = SerialScannerBridge(str(tmp_path / "ttyACM9"))
    with qtbot.waitSignal(
        bridge.sig_state_changed,
        timeout=5000,
        check_params_cb=lambda state, _m: state == "disconnected",
    ) as blocker:
        bridge.start()
    bridge.stop()
    assert "ttyACM9" in blocker.args[1] and "Scanner port" not in blocker.args[1]


def test_expected_duty_explanation_is_translated(russian: QApplication) -> None:
    from datetime import date

    from app.services.counter_rules import counter_rules
    from tests import factories

    rules = counter_rules()
    on = date(2026, 3, 15)
    quote = rules.pricing.quote(factories.consignment(), rules.limits_on(on), "RUB", on)
    assert quote.duty_parts and isinstance(quote.duty_parts[0], Translatable)
    assert quote.duty_note.startswith(quote.duty_parts[0])  # documents keep the English text
    shown = " ".join(tr_text(p) for p in quote.duty_parts)
    assert shown != quote.duty_note
    assert any("а" <= ch <= "я" for ch in shown.lower())  # Cyrillic: it was translated
