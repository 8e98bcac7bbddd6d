"""The form that corrects an acceptance: its parties and customs declaration, field by
field, with the reason for the change.

Used for an acceptance central refused (from the needs-attention view; the fields central
named come first, marked ⚠) and for one the counter made where the clerk found a typo
(from today's list). It only gathers the changes: ``app.services.amend`` checks and
writes them, off the GUI thread, and the caller closes the dialog or hands the problems
back with ``refused()``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.problems import Problem
from app.services.amend import Field, central_paths
from app.services.sync_service import AttentionItem
from app.ui.feedback import mark_invalid
from app.ui.translate import problem_text, tr_text


class CorrectionDialog(QDialog):
    """Correct the fields of an acceptance and say why: one central refused (``item``),
    or one the counter made and the clerk found a typo in (``item`` is None).

    One line edit per correctable field, the fields central named first and marked ⚠;
    Enter moves to the next field, as on the counter's form, and from the reason it
    submits. ``changes()`` gives the edited values (path -> text); ``reason()`` the why.
    OK emits ``sig_submitted`` and the dialog stays open until the bridge answers
    (``_fixed`` closes it, ``refused()`` shows the problems at their fields).
    """

    sig_submitted = Signal()

    def __init__(
        self,
        item: AttentionItem | None,
        fields: list[Field],
        parent: QWidget | None = None,
        *,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.item = item
        central = item.reason if item is not None else ""
        self.setWindowTitle(
            title or self.tr("Fix item {id}").format(id=item.outbox_id if item else "")
        )
        named = central_paths(central)
        self.fields = sorted(
            fields, key=lambda f: named.index(f.path) if f.path in named else len(named)
        )
        self.named = [f.path for f in self.fields if f.path in named]
        reason = QLabel(central, self)
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
                "Correct what was typed wrong (Enter moves on) and say why. A supervisor "
                "approves; central receives the correction and the documents print again."
            )
            if item is None
            else self.tr(
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
        if central:
            top.addRow(self.tr("Central says:"), reason)
        else:
            reason.hide()
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
        conflict = self.item is not None and self.item.state == "conflict"
        if self.fields and not self.changes() and not conflict:
            self._say(self.tr("Nothing was changed: correct the fields marked ⚠ first."))
            self._go(next(iter(self.edits.values())))
            return
        self.ok_button.setEnabled(False)
        self.error.hide()
        self.sig_submitted.emit()

    def refused(self, message: str, problems: list[Problem]) -> None:
        """The service refused the correction: say why, at the fields it concerns."""
        self.ok_button.setEnabled(True)
        self.activateWindow()  # back from the supervisor's approval dialog
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
