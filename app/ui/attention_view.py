"""The "needs attention" view: items central rejected or found in conflict, and their fix.

Shows each item with central's reason. "Fix…" opens a dialog listing the acceptance's
correctable fields (parties and customs declaration), the ones central named first and
marked; the clerk corrects them and says why. The correction is checked and written by
``app.services.amend`` (through the sync bridge, off the GUI thread): the local
acceptance is updated and an amendment is queued, or the problems come back to their
rows and nothing is written. A refused void or day close has nothing to correct here:
it is sent again unchanged once a reason is given. The view does no database work.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.problems import Problem
from app.services.amend import Field
from app.services.sync_service import AttentionItem
from app.sync.worker import SyncStatus
from app.ui.attention_rows import AttentionRow, describe
from app.ui.correction_dialog import CorrectionDialog
from app.ui.sync_bridge import SyncBridge


class AttentionView(QWidget):
    """Table of rejected and conflicting sync items with central's reason, and a fix action.

    Signals:
        sig_refresh_requested(): the user asked to reload the list.
        sig_fields_requested(int): the user wants to fix this outbox item.
        sig_amend_requested(int, object, str, object): outbox id, changes (path -> text),
            reason, and the approving supervisor's staff id (or None).
        sig_resend_requested(int, str): outbox id, reason (nothing to correct here).
    Use ``attach(bridge)`` to wire it to a ``SyncBridge``.
    """

    sig_refresh_requested = Signal()
    sig_fields_requested = Signal(int)
    sig_amend_requested = Signal(int, object, str, object)
    sig_resend_requested = Signal(int, str)
    sig_relabel_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[AttentionItem] = []
        self.dialog: CorrectionDialog | None = None
        # Who approves a correction: returns a supervisor's staff id, or None when the
        # approval was cancelled. The main window asks for a supervisor's PIN here.
        self.approver: Callable[[], int | None] | None = None
        self.rows: list[AttentionRow] = []
        # One line a row: parcel (S10 · addressee), what central said, what to do; the
        # whole text is in each cell's tooltip.
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("attentionTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Parcel"), self.tr("What central said"), self.tr("What to do")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 300)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _i: self.fix_selected())
        # Said only once central answered; before, it says why the list is empty.
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.central_answered = False
        self.central_configured: bool | None = None
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.sig_refresh_requested)
        self.fix_button = QPushButton(self.tr("Fix…"), self)
        self.fix_button.setEnabled(False)
        self.fix_button.clicked.connect(self.fix_selected)
        self.relabel_button = QPushButton(self.tr("Relabel…"), self)
        self.relabel_button.setEnabled(False)
        self.relabel_button.setToolTip(
            self.tr("A new number from the block, the label printed again, central told.")
        )
        self.relabel_button.clicked.connect(self.relabel_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.relabel_button)
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
        self.sig_fields_requested.connect(bridge.load_fix)
        bridge.sig_fix_loaded.connect(self.open_fix)
        self.sig_amend_requested.connect(
            lambda oid, changes, why, approver: bridge.amend(
                oid, changes, why, staff_id or 0, approver
            )
        )
        self.sig_resend_requested.connect(
            lambda oid, why: bridge.fix_item(oid, why, None, staff_id, staff_number)
        )
        bridge.sig_fix_done.connect(self._fixed)
        bridge.sig_fix_refused.connect(self._refused)
        bridge.sig_fix_failed.connect(self._failed)
        bridge.sig_status_changed.connect(self.set_central_status)
        bridge.load_attention()

    def set_central_status(self, status: SyncStatus) -> None:
        """Whether central is configured and has answered: what an empty list means."""
        self.central_configured = status.configured and status.online is not None
        self.central_answered = status.last_success_at is not None
        self._say_empty()

    def _say_empty(self) -> None:
        if self.central_configured is False:
            text = self.tr(
                "Central is not configured: nothing is sent, so central has not checked "
                "anything yet (a supervisor runs sync configure)."
            )
        elif not self.central_answered:
            text = self.tr(
                "Central has not answered yet: this list fills after the first sync (F5)."
            )
        else:
            text = self.tr("Nothing needs attention: central accepted every item.")
        self.empty.setText(text)

    def set_items(self, items: list[AttentionItem]) -> None:
        self.items = list(items)
        self.rows = [describe(item) for item in self.items]
        self.table.setRowCount(len(self.items))
        for row, (item, shown) in enumerate(zip(self.items, self.rows, strict=True)):
            for col, text in enumerate((shown.parcel, shown.said, shown.todo)):
                cell = QTableWidgetItem(text.replace("\n", " "))
                # central's own words stay one hover away, for the supervisor or the helpdesk
                cell.setToolTip(f"{text}\n\n{item.reason}" if col == 1 else text)
                self.table.setItem(row, col, cell)
        self._say_empty()
        self.empty.setVisible(not self.items)
        self.table.setVisible(bool(self.items))
        self._update_buttons()

    def selected(self) -> AttentionItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def fix_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self.status.setText(self.tr("Opening item {id}…").format(id=item.outbox_id))
            self.sig_fields_requested.emit(item.outbox_id)

    def open_fix(self, outbox_id: int, fields: list[Field]) -> None:
        """Open the fix dialog of ``outbox_id`` with its correctable ``fields``."""
        item = next((i for i in self.items if i.outbox_id == outbox_id), None)
        if item is None:
            return
        self.status.setText("")
        self.dialog = CorrectionDialog(item, fields, self)
        self.dialog.sig_submitted.connect(lambda: self._submit(item))
        self.dialog.open()

    def _submit(self, item: AttentionItem) -> None:
        assert self.dialog is not None
        if self.dialog.fields:
            approved_by = self.approver() if self.approver is not None else None
            if self.approver is not None and approved_by is None:
                self.dialog.refused(
                    self.tr("Not sent: a supervisor must approve the correction."), []
                )
                return
            self.sig_amend_requested.emit(
                item.outbox_id, self.dialog.changes(), self.dialog.reason(), approved_by
            )
        else:
            self.sig_resend_requested.emit(item.outbox_id, self.dialog.reason())

    def _refused(self, outbox_id: int, message: str, problems: list[Problem]) -> None:
        if self.dialog is not None and self.dialog.item.outbox_id == outbox_id:
            self.dialog.refused(message, problems)

    def _failed(self, outbox_id: int, message: str) -> None:
        if self.dialog is not None and self.dialog.item.outbox_id == outbox_id:
            self.dialog.refused(message, [])
        else:
            self.status.setText(message)

    def _fixed(self, outbox_id: int, _new_uuid: str) -> None:
        if self.dialog is not None and self.dialog.item.outbox_id == outbox_id:
            self.dialog.accept()
            self.dialog = None
        self.status.setText(self.tr("Correction queued; it is sent with the next sync."))
        self.set_items([i for i in self.items if i.outbox_id != outbox_id])

    def _update_buttons(self) -> None:
        item = self.selected()
        self.fix_button.setEnabled(item is not None)
        self.relabel_button.setEnabled(item is not None and bool(self._row_of(item).duplicate_s10))

    def _row_of(self, item: AttentionItem) -> AttentionRow:
        return self.rows[self.items.index(item)]

    def relabel_selected(self) -> None:
        """A duplicate S10: ask the window for a new number, a new label and an amendment."""
        item = self.selected()
        if item is not None and self._row_of(item).duplicate_s10:
            self.sig_relabel_requested.emit(item.outbox_id, self._row_of(item).duplicate_s10)
