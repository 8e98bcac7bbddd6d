"""Where a scan goes (keyboard-wedge bursts and serial scanners alike).

* While a dialog is open, a scan never lands in the form hidden behind it: a wedge scan's
  keys reach the dialog's own field (``ScanFilter`` leaves other windows alone); a serial
  scan, which has no focus of its own, goes to a dialog that takes scans (``take_scan``,
  the Batch screen) or is refused with a beep and a message in the dialog.
* An S10 (also one with a wrong check digit, which the field then explains) goes to the
  S10 field and moves the clerk on.
* Anything else is named for what it is (badge, manifest, EAN-13, domestic tracker); a
  valid S10 already in the field is never replaced by it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QApplication, QStatusBar, QToolTip, QWidget

from app.domain import s10 as s10mod
from app.domain.problems import Problem
from app.domain.scan import ScanKind, classify
from app.ui.acceptance_form import AcceptanceForm
from app.ui.translate import tr_domain


class ScanRouter(QObject):
    """Routes each scan of the counter window (see the module docstring)."""

    def __init__(self, form: AcceptanceForm, status: QStatusBar, window: QWidget) -> None:
        super().__init__(window)
        self.form = form
        self.status = status
        self.window = window
        self.refused: list[str] = []  # texts refused while a dialog was open (for tests)

    @Slot(str)
    def route(self, text: str) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog is not self.window:
            take_scan = getattr(dialog, "take_scan", None)
            if callable(take_scan):
                take_scan(text)
            else:
                self._refuse_in_dialog(dialog, text)
            return
        result = classify(text)
        message = tr_domain("Scan", result.template, result.params)
        if result.kind in (ScanKind.BADGE, ScanKind.MANIFEST):
            self.status.showMessage(message, 6000)
            return
        if result.kind in (ScanKind.S10, ScanKind.S10_INVALID):
            self.form.scan.setText(result.value)
            self.form.enter_scan(result.value)
            return
        kept = s10mod.check(self.form.scan.text()).value
        if kept is not None:
            # Never replace a valid item number with something that is not one.
            QApplication.beep()
            self.form.scan_info.setText(
                self.tr("{grouped} · ⚠ {message} The item number in the field is kept.").format(
                    grouped=kept.grouped, message=message
                )
            )
            self.status.showMessage(message, 8000)
            return
        self.form.scan.setText(result.value)
        self.form.board.show(
            [Problem("piece.s10", f"scan.{result.kind.value}", result.template, result.params)]
        )
        self.form.scan.selectAll()
        self.form.scan.setFocus()

    def _refuse_in_dialog(self, dialog: QWidget, text: str) -> None:
        QApplication.beep()
        self.refused.append(text)
        message = self.tr(
            "A scan arrived while this window is open; it was not used. Finish or close this "
            "window, then scan again."
        )
        show_error = getattr(dialog, "show_error", None)
        if callable(show_error):
            show_error(message)
        else:
            QToolTip.showText(dialog.mapToGlobal(dialog.rect().center()), message, dialog)
        self.status.showMessage(message, 8000)
