"""Fixtures of the printing tests: a task runner, and an acceptance to print."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from pytestqt.qtbot import QtBot

from app.services.acceptance import accept
from app.services.counter_rules import counter_rules
from app.services.terminal import CounterContext
from app.store.database import Database
from app.ui.application import make_app
from app.ui.tasks import TaskRunner
from tests import factories

DAY = date(2026, 3, 15)


def accepted_on_day(db: Database, clerk: CounterContext) -> str:
    """The factories' consignment accepted on ``DAY`` at 09:00 UTC; its acceptance id."""
    rules = counter_rules()
    return accept(
        db,
        clerk,
        factories.consignment(),
        limits=rules.limits_on(DAY),
        pricing=rules.pricing,
        now=datetime(2026, 3, 15, 9, 0, tzinfo=UTC),
    ).acceptance_id


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[TaskRunner]:
    """The window's kind of task runner; waits for its workers at the end."""
    make_app()
    runner = TaskRunner()
    yield runner
    runner.wait(10_000)


@pytest.fixture
def accepted(db: Database, clerk: CounterContext) -> str:
    return accepted_on_day(db, clerk)
