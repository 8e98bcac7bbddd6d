"""Reading generated PDFs back in tests: text with pypdf, barcodes with zxing-cpp on pages
rendered by PDFium (the same engine the print preview uses)."""

from __future__ import annotations

import io
import re

import pypdfium2 as pdfium
import zxingcpp
from pypdf import PdfReader


def pdf_pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(pdf_pages_text(pdf))


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def barcodes_on_page(pdf: bytes, index: int = 0, dpi: int = 300) -> list[tuple[str, str]]:
    """(format, text) of every barcode zxing-cpp finds on page ``index`` rendered at ``dpi``."""
    doc = pdfium.PdfDocument(pdf)
    try:
        image = doc[index].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        doc.close()
    return [(str(b.format).replace(" ", ""), b.text) for b in zxingcpp.read_barcodes(image)]


def embedded_fonts(pdf: bytes) -> set[str]:
    """Base names of fonts whose program is embedded in the PDF (FontFile2 = TrueType)."""
    names: set[str] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            for desc_parent in [font, *[d.get_object() for d in font.get("/DescendantFonts", [])]]:
                desc = desc_parent.get("/FontDescriptor")
                if desc is not None and "/FontFile2" in desc.get_object():
                    names.add(str(font["/BaseFont"]))
    return names


def number(text: str) -> str:
    """A printed number without its thousands separators (thin spaces or spaces)."""
    return re.sub(r"[\u202f\u00a0 ]", "", text)
