"""Reading generated PDFs back in tests: text with pypdf, barcodes with zxing-cpp on pages
rendered by PDFium (the same engine the print preview uses)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class TextBox:
    """One drawn text on a page, in PDF points (origin bottom-left), from its baseline."""

    text: str
    x0: float
    x1: float
    bottom: float  # baseline minus the descent
    top: float  # baseline plus the cap height: what the eye sees as the line's extent

    def overlaps(self, other: TextBox, slack: float = 0.3) -> bool:
        return (
            self.x0 + slack < other.x1
            and other.x0 + slack < self.x1
            and self.bottom + slack < other.top
            and other.bottom + slack < self.top
        )


# the embedded subsets are named "ABCDEF+DejaVuSans-Bold"; the renderers' registered names
_FACES = {
    "DejaVuSans": "PC-Sans",
    "DejaVuSans-Bold": "PC-Sans-Bold",
    "DejaVuSansCondensed": "PC-SansCond",
    "DejaVuSansCondensed-Bold": "PC-SansCond-Bold",
}


def text_boxes(pdf: bytes, index: int = 0) -> list[TextBox]:
    """Every upright text drawn on page ``index`` with its extent, measured with the font
    metrics the renderer used (rotated text, such as a demo watermark, is left out)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.documents.common import ensure_fonts

    ensure_fonts()
    boxes: list[TextBox] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        text = text.rstrip("\n")
        if not text.strip() or (cm[0], cm[1], cm[2], cm[3]) != (1, 0, 0, 1):
            return
        base = str(font.get("/BaseFont", "")).lstrip("/").split("+")[-1]  # type: ignore[attr-defined]
        face = _FACES.get(base, "PC-Sans")
        x, y = tm[4] + cm[4], tm[5] + cm[5]
        w = stringWidth(text, face, size)
        boxes.append(TextBox(text, x, x + w, y - 0.2 * size, y + 0.72 * size))

    PdfReader(io.BytesIO(pdf)).pages[index].extract_text(visitor_text=visit)
    return boxes


def overlapping(boxes: list[TextBox]) -> list[tuple[str, str]]:
    """Pairs of texts whose extents overlap (empty when the layout is clean)."""
    found = []
    ordered = sorted(boxes, key=lambda b: b.bottom)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b.bottom > a.top:
                break  # sorted by bottom: nothing further up can touch ``a``
            if a.overlaps(b):
                found.append((a.text, b.text))
    return found
