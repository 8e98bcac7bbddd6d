"""The "needs attention" view: items central rejected or found in conflict, and their fix.

Shows each item with central's reason. "Fix…" opens a dialog with the item's record
(JSON, editable) and a required reason; accepting it queues an amendment through the
sync bridge. The view itself does no database work.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.sync_service import AttentionItem
from app.ui.sync_bridge import SyncBridge


def _record_of(item: AttentionItem) -> dict[str, Any]:
    payload = json.loads(item.payload)
    if item.kind == "amend" and isinstance(payload.get("record"), dict):
        return payload["record"]
    return payload


class FixDialog(QDialog):
    """Edit the record central refused and say why; ``corrected()`` gives the result."""

    def __init__(self, item: AttentionItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fix item %1").replace("%1", str(item.outbox_id)))
        self.item = item
        reason = QLabel(item.reason, self)
        reason.setWordWrap(True)
        reason.setObjectName("centralReason")
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText(json.dumps(_record_of(item), indent=2, ensure_ascii=False))
        self.why = QLineEdit(self)
        self.why.setPlaceholderText(self.tr("Why it is corrected (required)"))
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Queue correction"))
        buttons.accepted.connect(self._check_and_accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Central says:"), reason)
        form.addRow(self.tr("Record:"), self.editor)
        form.addRow(self.tr("Reason:"), self.why)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.resize(720, 560)
        self._corrected: dict[str, Any] | None = None

    def corrected(self) -> dict[str, Any] | None:
        return self._corrected

    def reason(self) -> str:
        return self.why.text().strip()

    def _check_and_accept(self) -> None:
        if not self.reason():
            self.error.setText(self.tr("Enter why the item is corrected."))
            self.why.setFocus()
            return
        try:
            data = json.loads(self.editor.toPlainText())
        except ValueError as exc:
            self.error.setText(
                self.tr("The record is not valid JSON (%1). Correct it or cancel.").replace(
                    "%1", str(exc)
                )
            )
            return
        if not isinstance(data, dict):
            self.error.setText(self.tr("The record must be a JSON object { ... }."))
            return
        self._corrected = data
        self.accept()


class AttentionView(QWidget):
    """Table of rejected and conflicting sync items with central's reason, and a fix action.

    Signals:
        sig_refresh_requested(): the user asked to reload the list.
        sig_fix_requested(int, str, object): outbox id, reason, corrected record (dict).
    Use ``attach(bridge)`` to wire it to a ``SyncBridge``, or connect the signals yourself.
    """

    sig_refresh_requested = Signal()
    sig_fix_requested = Signal(int, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[AttentionItem] = []
        self.dialog: FixDialog | None = None
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("attentionTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Kind"),
                self.tr("Item"),
                self.tr("State"),
                self.tr("Central's reason"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _i: self.fix_selected())
        self.empty = QLabel(self.tr("Nothing needs attention: central accepted every item."), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.sig_refresh_requested)
        self.fix_button = QPushButton(self.tr("Fix…"), self)
        self.fix_button.setEnabled(False)
        self.fix_button.clicked.connect(self.fix_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.fix_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.empty)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        self.set_items([])

    def attach(
        self, bridge: SyncBridge, staff_id: int | None = None, staff_number: str = ""
    ) -> None:
        """Wire to ``bridge``: load now, reload on changes, fixes go to the bridge."""
        self.sig_refresh_requested.connect(bridge.load_attention)
        bridge.sig_attention_loaded.connect(self.set_items)
        bridge.sig_attention_changed.connect(lambda _n: bridge.load_attention())
        self.sig_fix_requested.connect(
            lambda oid, why, rec: bridge.fix_item(oid, why, rec, staff_id, staff_number)
        )
        bridge.sig_fix_done.connect(self._fixed)
        bridge.sig_fix_failed.connect(lambda _oid, msg: self.status.setText(msg))
        bridge.load_attention()

    def set_items(self, items: list[AttentionItem]) -> None:
        self.items = list(items)
        self.table.setRowCount(len(self.items))
        states = {"rejected": self.tr("rejected"), "conflict": self.tr("conflict")}
        for row, item in enumerate(self.items):
            cells = [
                str(item.outbox_id),
                item.kind,
                item.entity_id,
                states.get(item.state, item.state),
                item.reason,
            ]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if col == 0:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, cell)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not self.items)
        self.table.setVisible(bool(self.items))
        self._update_buttons()

    def selected(self) -> AttentionItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def fix_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        self.dialog = FixDialog(item, self)
        self.dialog.accepted.connect(lambda: self._dialog_accepted(item))
        self.dialog.open()

    def _dialog_accepted(self, item: AttentionItem) -> None:
        assert self.dialog is not None
        self.sig_fix_requested.emit(item.outbox_id, self.dialog.reason(), self.dialog.corrected())
        self.status.setText(self.tr("Correction queued; it is sent with the next sync."))

    def _fixed(self, outbox_id: int, _new_uuid: str) -> None:
        self.set_items([i for i in self.items if i.outbox_id != outbox_id])

    def _update_buttons(self) -> None:
        self.fix_button.setEnabled(self.selected() is not None)
