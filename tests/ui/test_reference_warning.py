"""The status bar warns when central's reference data has not been refreshed for longer than
the setting, and stays quiet for a terminal that never talks to central (demo)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.services.terminal import set_setting
from app.ui.reference_warning import RefreshWarning
from tests.sync_helpers import open_test_terminal


def test_refresh_warning_shows_only_when_overdue(qtbot, tmp_path):
    db = open_test_terminal(tmp_path / "t.db")
    try:
        quiet = RefreshWarning(db)
        qtbot.addWidget(quiet)
        qtbot.wait(200)
        assert quiet.isHidden()  # demo: no central, nothing to refresh
        with db.write() as session:
            set_setting(session, "central.url", "https://central.example")
            set_setting(session, "reference.max_refresh_age_hours", 24)
            set_setting(
                session,
                "reference.refreshed_at",
                (datetime.now(UTC) - timedelta(hours=30)).isoformat(),
            )
        warning = RefreshWarning(db)
        qtbot.addWidget(warning)
        qtbot.waitUntil(lambda: not warning.isHidden(), timeout=5000)
        assert "not refreshed from central since" in warning.text()
        with db.write() as session:
            set_setting(session, "reference.refreshed_at", datetime.now(UTC).isoformat())
        warning.check()
        qtbot.waitUntil(lambda: warning.isHidden(), timeout=5000)
    finally:
        db.close()
