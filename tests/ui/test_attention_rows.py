"""Needs-attention rows in the clerk's words: the parcel by S10 and addressee (not a UUID),
what central said, what to do; Relabel only for a duplicate S10; an empty list says why."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from app.services.sync_service import AttentionItem
from app.sync.worker import SyncStatus
from app.ui.application import make_app
from app.ui.attention_rows import describe
from app.ui.attention_view import AttentionView

PAYLOAD = json.dumps({"pieces": [{"s10": "CP100000017RU"}], "addressee": {"name": "Asha Rao"}})


def item(reason: str, state: str = "rejected", kind: str = "accept") -> AttentionItem:
    return AttentionItem(
        1, "b7c1-uuid", kind, "acc-uuid", state, reason, datetime.now(UTC), PAYLOAD
    )


def test_a_refused_field_is_named_as_the_clerk_knows_it() -> None:
    row = describe(
        item("record.addressee.country: 'XX' is not an ISO 3166 country code such as RU or IN.")
    )
    assert row.parcel == "CP100000017RU · Asha Rao"
    assert "uuid" not in row.parcel
    assert row.said == "Central refused: Addressee: country"
    assert row.todo.startswith("Fix…")
    assert not row.duplicate_s10


def test_a_duplicate_s10_is_relabelled() -> None:
    row = describe(
        item("pieces: CP100000017RU is already registered for another acceptance; never twice.")
    )
    assert row.duplicate_s10 == "CP100000017RU"
    assert row.todo.startswith("Relabel")


def test_a_conflict_and_a_refused_void() -> None:
    assert "other data" in describe(item("differs", state="conflict")).said
    assert describe(item("day already closed", kind="void")).todo == (
        "Fix…: say why, and it is sent again."
    )


def test_view_rows_are_one_line_and_relabel_only_for_a_duplicate(qtbot: QtBot) -> None:
    make_app()
    view = AttentionView()
    qtbot.addWidget(view)
    view.show()
    view.set_items(
        [
            item("pieces: CP100000017RU is already registered for another acceptance."),
            item("record.sender.name: missing"),
        ]
    )
    assert view.table.rowCount() == 2
    one_line = view.table.fontMetrics().height() * 2
    assert all(view.table.rowHeight(r) < one_line for r in range(2)), "rows are compact"
    view.table.selectRow(0)
    assert view.relabel_button.isEnabled()
    view.table.selectRow(1)
    assert not view.relabel_button.isEnabled() and view.fix_button.isEnabled()
    with qtbot.waitSignal(view.sig_relabel_requested) as seen:
        view.table.selectRow(0)
        view.relabel_button.click()
    assert seen.args == [1, "CP100000017RU"]


def test_nothing_needs_attention_only_once_central_answered(qtbot: QtBot) -> None:
    make_app()
    view = AttentionView()
    qtbot.addWidget(view)
    view.set_items([])
    view.set_central_status(SyncStatus(False, None, 0, 0, None))
    assert "not configured" in view.empty.text()
    view.set_central_status(SyncStatus(True, False, 0, 0, None))
    assert "not answered" in view.empty.text()
    view.set_central_status(SyncStatus(True, True, 0, 0, datetime.now(UTC)))
    assert view.empty.text().startswith("Nothing needs attention")


def test_a_refused_payment_or_return_receipt_is_named_in_words() -> None:
    back = describe(item("acceptance_id: not void at central", kind="payment_return"))
    assert back.parcel.endswith("(return receipt)") and "payment_return" not in back.parcel
    assert describe(item("amount: not the fee", kind="payment")).parcel.endswith("(payment)")


def test_a_refused_list_close_or_list_receipt_is_named_in_words() -> None:
    close = describe(item("batch: closed at central already", kind="batch_close"))
    receipt = describe(item("batch: not closed at central", kind="batch_fiscal"))
    assert close.parcel.endswith("(list closed)") and "batch_close" not in close.parcel
    assert receipt.parcel.endswith("(list receipt)") and "batch_fiscal" not in receipt.parcel
