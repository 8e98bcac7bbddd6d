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
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.problems import Problem
from app.services.amend import Field, central_paths
from app.services.sync_service import AttentionItem
from app.ui.feedback import mark_invalid
from app.ui.sync_bridge import SyncBridge
from app.ui.translate import problem_text, tr_text


class FixDialog(QDialog):
    """Correct the fields of a refused acceptance and say why.

    One line edit per correctable field, the fields central named first and marked ⚠;
    Enter moves to the next field, as on the counter's form, and from the reason it
    submits. ``changes()`` gives the edited values (path -> text); ``reason()`` the why.
    OK emits ``sig_submitted`` and the dialog stays open until the bridge answers
    (``_fixed`` closes it, ``refused()`` shows the problems at their fields).
    """

    sig_submitted = Signal()

    def __init__(
        self, item: AttentionItem, fields: list[Field], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fix item {id}").format(id=item.outbox_id))
        self.item = item
        named = central_paths(item.reason)
        self.fields = sorted(
            fields, key=lambda f: named.index(f.path) if f.path in named else len(named)
        )
        self.named = [f.path for f in self.fields if f.path in named]
        reason = QLabel(item.reason, self)
        reason.setWordWrap(True)
        reason.setObjectName("centralReason")
        reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.edits: dict[str, QLineEdit] = {}
        body = QWidget(self)
        grid = QFormLayout(body)
        for f in self.fields:
            label = QLabel(("⚠ " if f.path in named else "") + self.field_label(f.path), body)
            label.setToolTip(f.path)
            edit = QLineEdit(f.value, body)
            edit.setObjectName(f.path)
            label.setBuddy(edit)
            if f.path in named:
                label.setStyleSheet("font-weight: 700; color: #8e0000;")
            edit.returnPressed.connect(self._next_field)
            self.edits[f.path] = edit
            grid.addRow(label, edit)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        self.scroll.setVisible(bool(self.fields))
        hint = QLabel(
            self.tr(
                "Central named the fields marked ⚠. Correct them (Enter moves on), say why, "
                "and the acceptance on this terminal is corrected too."
            )
            if self.fields
            else self.tr(
                "Nothing in this item can be corrected here: it is sent again unchanged "
                "(for example once its acceptance has reached central)."
            ),
            self,
        )
        hint.setObjectName("sectionHint")
        hint.setWordWrap(True)
        self.why = QLineEdit(self)
        self.why.setObjectName("fixReason")
        self.why.setPlaceholderText(self.tr("Why it is corrected (required)"))
        self.why.returnPressed.connect(self.submit)
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._buttons = buttons.buttons()
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(
            self.tr("Correct and queue") if self.fields else self.tr("Send again")
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow(self.tr("Central says:"), reason)
        bottom = QFormLayout()
        bottom.addRow(self.tr("&Reason:"), self.why)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(hint)
        lay.addWidget(self.scroll, 1)
        lay.addLayout(bottom)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.resize(760, 600 if self.fields else 260)
        first = next(iter(self.edits.values()), None)
        self._go(first or self.why)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Enter belongs to the fields (next field) and the reason (submit), not to OK: the
        # button box makes OK the default when it is shown, so this is undone after that.
        for button in self._buttons:
            button.setAutoDefault(False)
            button.setDefault(False)

    def _go(self, edit: QLineEdit) -> None:
        edit.setFocus(Qt.FocusReason.TabFocusReason)
        edit.selectAll()  # typing replaces the value, as in a form filled by keyboard
        if edit is not self.why:
            self.scroll.ensureWidgetVisible(edit)

    def _next_field(self) -> None:
        edits = list(self.edits.values())
        current = self.focusWidget()
        index = edits.index(current) if current in edits else -1
        self._go(edits[index + 1] if index + 1 < len(edits) else self.why)

    def field_label(self, path: str) -> str:
        """A person's name for a field path such as ``customs.lines.0.hs_code``."""
        parts = path.split(".")
        names = {
            "name": self.tr("Name"),
            "address": self.tr("Street, house, flat"),
            "city": self.tr("City"),
            "postcode": self.tr("Postcode"),
            "country": self.tr("Country"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "tax_id": self.tr("Tax ID"),
            "category": self.tr("Category"),
            "category_explanation": self.tr("Explanation"),
            "currency": self.tr("Currency"),
            "importer_reference": self.tr("Importer's reference"),
            "importer_contact": self.tr("Importer's contact"),
            "licence_number": self.tr("Licence"),
            "certificate_number": self.tr("Certificate"),
            "invoice_number": self.tr("Invoice"),
            "comments": self.tr("Comments"),
            "exporter_iec": self.tr("Exporter's IEC"),
            "pbe_reference": self.tr("PBE reference"),
            "description": self.tr("Description"),
            "quantity": self.tr("Quantity"),
            "unit": self.tr("Unit"),
            "net_grams": self.tr("Net weight, g"),
            "value": self.tr("Value"),
            "hs_code": self.tr("HS code"),
            "origin_country": self.tr("Country of origin"),
        }
        leaf = names.get(parts[-1], parts[-1])
        if parts[0] == "sender":
            return self.tr("Sender · {field}").format(field=leaf)
        if parts[0] == "addressee":
            return self.tr("Addressee · {field}").format(field=leaf)
        if len(parts) == 4 and parts[1] == "lines":
            return self.tr("Customs line {n} · {field}").format(n=int(parts[2]) + 1, field=leaf)
        return self.tr("Customs · {field}").format(field=leaf)

    def changes(self) -> dict[str, str]:
        """Every value that differs from what was stored (path -> text)."""
        return {
            f.path: self.edits[f.path].text()
            for f in self.fields
            if self.edits[f.path].text() != f.value
        }

    def reason(self) -> str:
        return self.why.text().strip()

    def submit(self) -> None:
        """OK: a reason is required; the rest is checked by the service."""
        if not self.reason():
            self._say(self.tr("Enter why the item is corrected."))
            self.why.setFocus()
            return
        if self.fields and not self.changes():
            self._say(self.tr("Nothing was changed: correct the fields marked ⚠ first."))
            self._go(next(iter(self.edits.values())))
            return
        self.ok_button.setEnabled(False)
        self.error.hide()
        self.sig_submitted.emit()

    def refused(self, message: str, problems: list[Problem]) -> None:
        """The service refused the correction: say why, at the fields it concerns."""
        self.ok_button.setEnabled(True)
        lines = [tr_text(message)]
        first: QLineEdit | None = None
        for path, edit in self.edits.items():
            mine = [p for p in problems if p.field == path]
            mark_invalid(edit, bool(mine))
            edit.setToolTip("\n".join(problem_text(p) for p in mine))
            if mine and first is None:
                first = edit
        for p in problems:
            lines.append(f"{self._label_or_path(p.field)}: {problem_text(p)}")
        self._say("\n".join(lines))
        if first is not None:
            self._go(first)

    def _label_or_path(self, path: str) -> str:
        known = {f.path for f in self.fields}
        return self.field_label(path) if path in known else path

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        mark_invalid(self.why, not self.reason())


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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[AttentionItem] = []
        self.dialog: FixDialog | None = None
        # Who approves a correction: returns a supervisor's staff id, or None when the
        # approval was cancelled. The main window asks for a supervisor's PIN here.
        self.approver: Callable[[], int | None] | None = None
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
        if item is not None:
            self.status.setText(self.tr("Opening item {id}…").format(id=item.outbox_id))
            self.sig_fields_requested.emit(item.outbox_id)

    def open_fix(self, outbox_id: int, fields: list[Field]) -> None:
        """Open the fix dialog of ``outbox_id`` with its correctable ``fields``."""
        item = next((i for i in self.items if i.outbox_id == outbox_id), None)
        if item is None:
            return
        self.status.setText("")
        self.dialog = FixDialog(item, fields, self)
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
        self.fix_button.setEnabled(self.selected() is not None)
