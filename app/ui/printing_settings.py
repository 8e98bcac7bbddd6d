"""Printing settings: which installed printer takes documents and labels, ZPL for thermal
label printers, and whether the documents print on accept.

The values are checked and stored by ``app.services.terminal_settings`` (the same rules
as ``python main.py settings set``); this dialog only gathers them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.terminal_settings import ZPL_DPMM, SettingError, coerce
from app.ui.dialog_keys import enter_moves_on, grows_with_content

PRINTING_KEYS = (
    "printing.on_accept",
    "printing.document_printer",
    "printing.label_printer",
    "printing.label_format",
    "printing.zpl_target",
    "printing.zpl_dpmm",
    "printing.receipt_target",
    "printing.preview",
)


class PrintingSettingsDialog(QDialog):
    """The counter's printers. ``values()`` gives the settings to store after OK."""

    def __init__(self, current: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Printing settings"))
        installed = QPrinterInfo.availablePrinterNames()

        self.on_accept = QCheckBox(
            self.tr("Print label, CN 23 and receipt as soon as a parcel is accepted"), self
        )
        self.on_accept.setChecked(bool(current.get("printing.on_accept", True)))
        self.document_printer = self._printer_choice(
            installed, str(current.get("printing.document_printer", "") or "")
        )
        self.document_printer.setObjectName("documentPrinter")
        self.label_printer = self._printer_choice(
            installed, str(current.get("printing.label_printer", "") or "")
        )
        self.label_printer.setObjectName("labelPrinter")
        self.label_format = QComboBox(self)
        self.label_format.setObjectName("labelFormat")
        self.label_format.addItem(self.tr("PDF through the label printer above"), "pdf")
        self.label_format.addItem(self.tr("ZPL straight to a thermal label printer"), "zpl")
        self.label_format.setCurrentIndex(
            max(0, self.label_format.findData(current.get("printing.label_format", "pdf")))
        )
        self.zpl_target = QLineEdit(str(current.get("printing.zpl_target", "") or ""), self)
        self.zpl_target.setObjectName("zplTarget")
        self.zpl_target.setPlaceholderText(self.tr("tcp://192.168.1.50:9100 or /dev/usb/lp0"))
        self.zpl_dpmm = QComboBox(self)
        self.zpl_dpmm.setObjectName("zplDpmm")
        for dpmm in ZPL_DPMM:
            self.zpl_dpmm.addItem(
                self.tr("{dpmm} dots/mm ({dpi} dpi)").format(dpmm=dpmm, dpi=round(dpmm * 25.4)),
                dpmm,
            )
        self.zpl_dpmm.setCurrentIndex(
            max(0, self.zpl_dpmm.findData(current.get("printing.zpl_dpmm", 8)))
        )
        self.receipt_target = QLineEdit(str(current.get("printing.receipt_target", "") or ""), self)
        self.receipt_target.setObjectName("receiptTarget")
        self.receipt_target.setPlaceholderText(
            self.tr(
                "empty: A4 receipt · tcp://192.168.1.60:9100 · usb:04b8:0202 · serial:/dev/ttyUSB0"
            )
        )
        self.preview = QComboBox(self)
        self.preview.setObjectName("previewChoice")
        self.preview.addItem(self.tr("Only while no printer is set up"), "auto")
        self.preview.addItem(self.tr("After every accept"), "always")
        self.preview.addItem(self.tr("Never (Ctrl+P shows it)"), "never")
        self.preview.setCurrentIndex(
            max(0, self.preview.findData(current.get("printing.preview", "auto")))
        )
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        hint = QLabel(
            self.tr(
                "With no printer chosen, PostCounter shows a preview and asks where to print. "
                "A printer that is chosen but not installed is asked for the same way."
            ),
            self,
        )
        hint.setObjectName("sectionHint")
        hint.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.on_accept)
        form.addRow(self.tr("&Documents (A4):"), self.document_printer)
        form.addRow(self.tr("&Labels:"), self.label_printer)
        form.addRow(self.tr("Label &format:"), self.label_format)
        form.addRow(self.tr("&ZPL printer address:"), self.zpl_target)
        form.addRow(self.tr("Print &head:"), self.zpl_dpmm)
        form.addRow(self.tr("&Receipt printer (80 mm):"), self.receipt_target)
        form.addRow(self.tr("Print pre&view:"), self.preview)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(hint)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.label_format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        enter_moves_on(self, self.accept)
        grows_with_content(self, 600)

    def _printer_choice(self, installed: list[str], current: str) -> QComboBox:
        box = QComboBox(self)
        box.addItem(self.tr("(ask each time, with a preview)"), "")
        for name in installed:
            box.addItem(name, name)
        if current and box.findData(current) < 0:
            box.addItem(self.tr("{name} (not installed)").format(name=current), current)
        box.setCurrentIndex(max(0, box.findData(current)))
        return box

    def _format_changed(self) -> None:
        zpl = self.label_format.currentData() == "zpl"
        self.zpl_target.setEnabled(zpl)
        self.zpl_dpmm.setEnabled(zpl)

    def values(self) -> dict[str, Any]:
        """The settings as chosen (not yet checked)."""
        return {
            "printing.on_accept": self.on_accept.isChecked(),
            "printing.document_printer": self.document_printer.currentData(),
            "printing.label_printer": self.label_printer.currentData(),
            "printing.label_format": self.label_format.currentData(),
            "printing.zpl_target": self.zpl_target.text().strip(),
            "printing.zpl_dpmm": self.zpl_dpmm.currentData(),
            "printing.receipt_target": self.receipt_target.text().strip(),
            "printing.preview": self.preview.currentData(),
        }

    def accept(self) -> None:
        """OK: refuse (and say why, at the dialog) a value the rules do not take."""
        values = self.values()
        if values["printing.label_format"] == "zpl" and not values["printing.zpl_target"]:
            self._refuse(
                self.zpl_target,
                self.tr("Give the ZPL printer's address, or print labels as PDF."),
            )
            return
        try:
            coerce("printing.zpl_target", values["printing.zpl_target"])
        except SettingError:
            self._refuse(
                self.zpl_target,
                self.tr(
                    "The ZPL printer address must look like tcp://192.168.1.50:9100 "
                    "(network printer) or /dev/usb/lp0 (USB printer)."
                ),
            )
            return
        try:
            coerce("printing.receipt_target", values["printing.receipt_target"])
        except SettingError:
            self._refuse(
                self.receipt_target,
                self.tr(
                    "The receipt printer must look like tcp://192.168.1.60:9100 (network), "
                    "usb:04b8:0202 (USB vendor:product), serial:/dev/ttyUSB0 or /dev/usb/lp1."
                ),
            )
            return
        super().accept()

    def _refuse(self, field: QWidget, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        field.setFocus()
