"""Schemathesis against the real central app (real SQLite file, real terminal token): every
answer must be one the OpenAPI document describes, with the body it describes, and never
a 5xx. A short run with bounded examples per operation, so it stays in the normal suite.
"""

from __future__ import annotations

from decimal import Decimal

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from central.api import create_app
from central.auth import add_terminal
from central.customers import CustomerChange, issue_token, save_customer
from central.settings import CentralSettings
from tests.sync_helpers import BRANCH

EXAMPLES = 30


def test_every_answer_is_documented(tmp_path) -> None:
    app = create_app(
        f"sqlite:///{tmp_path / 'central.db'}", settings=CentralSettings(auth_failures=10_000)
    )
    _, token = add_terminal(app.state.db, BRANCH)
    save_customer(
        app.state.db,
        CustomerChange(
            code="OZON", contract="RU-1", name="Ozon", kind="marketplace", country="RU",
            inn="7704217370", account_allowed=True, credit_limit=Decimal(1000), currency="RUB",
        ),
    )  # fmt: skip
    customer_token = issue_token(app.state.db, "OZON")
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/v1/sync/batches", "/v1/s10/blocks"}
    called: list[int] = []
    # The marketplace endpoints answer a customer's token (a terminal's gets 403): both.
    runs = [(op, token) for op in operations] + [
        (op, customer_token)
        for op in operations
        if op.path.startswith("/v1/batches/") or op.path == "/v1/items/{s10}"
    ]
    for op, bearer in runs:
        # A well-shaped tracking number with a wrong check digit is refused with 422: the
        # schema gives the shape, the check digit cannot be written in JSON Schema.
        # The same holds for an item's advance data (issue 10) and a customer's item (17).
        excluded = (
            [positive_data_acceptance]
            if "tracking" in op.path or op.path.startswith("/v1/items/")
            else []
        )

        @given(case=op.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case) -> None:
            response = case.call_and_validate(
                headers={"Authorization": f"Bearer {bearer}"},  # noqa: B023
                excluded_checks=excluded,  # noqa: B023 - called before the loop moves on
            )
            called.append(response.status_code)

        check()
    assert called and max(called) < 500
    assert {403, 404} <= set(called)  # marketplace: a terminal's token, a customer's miss
    app.state.db.close()
