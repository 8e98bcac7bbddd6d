"""The piece label as ZPL II for thermal label printers (100 x 150 mm stock).

The layout follows the PDF label. Text is sent as UTF-8 (``^CI28``); the font is a
printer setting because Cyrillic needs a Unicode font on the printer (for example
``E:TT0003M_.TTF`` on Zebra Link-OS printers); the built-in font ``0`` prints Latin.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.documents.common import day_text, kg
from app.documents.data import LabelData
from app.documents.label import country_name, grouped
from app.documents.safe_text import printable
from app.domain.transliteration import ascii_fold


@dataclass(frozen=True, slots=True)
class ZplOptions:
    """Printer settings: resolution (dots per mm: 8 = 203 dpi, 12 = 300 dpi) and font."""

    dots_per_mm: int = 8
    font: str = "0"  # "0" or a font file on the printer such as "E:TT0003M_.TTF"


def _field_text(text: str) -> str:
    """Text safe inside ``^FD``: ``^`` and ``~`` would start a command, so they are replaced;
    line breaks become spaces and other control and bidi-override characters are dropped."""
    text = text.replace("^", " ").replace("~", " ").replace("\n", " ").replace("\r", " ")
    return printable(text).strip()


class _Zpl:
    def __init__(self, opts: ZplOptions) -> None:
        self.opts = opts
        self.parts: list[str] = []

    def d(self, mm: float) -> int:
        return round(mm * self.opts.dots_per_mm)

    def font(self, height_mm: float, bold_width: float = 1.0) -> str:
        h = self.d(height_mm)
        w = round(h * bold_width * 0.8)
        if self.opts.font == "0":
            return f"^A0N,{h},{w}"
        return f"^A@N,{h},{w},{self.opts.font}"

    def text(
        self, x: float, y: float, text: str, height_mm: float, block_mm: float = 0, lines: int = 1
    ) -> None:
        block = ""
        if block_mm:
            block = f"^FB{self.d(block_mm)},{lines},0,L,0"
        if self.opts.font == "0":
            # The built-in font draws ASCII only: never send it Cyrillic or accents.
            # Controls and bidi overrides go first, or folding would print them as "?".
            text = ascii_fold(printable(text))
        self.parts.append(
            f"^FO{self.d(x)},{self.d(y)}{self.font(height_mm)}{block}^FD{_field_text(text)}^FS"
        )

    def box(self, x: float, y: float, w: float, h: float, thick_mm: float = 0.3) -> None:
        self.parts.append(
            f"^FO{self.d(x)},{self.d(y)}^GB{self.d(w)},{self.d(h)},{max(1, self.d(thick_mm))}^FS"
        )


def render_label_zpl(data: LabelData, opts: ZplOptions | None = None) -> str:
    """One label as a ZPL II program (``^XA`` ... ``^XZ``)."""
    z = _Zpl(opts or ZplOptions())
    d = data
    z.parts += ["^XA", "^CI28", f"^PW{z.d(100)}", f"^LL{z.d(150)}", "^LH0,0"]
    z.box(3, 3, 94, 144, 0.4)
    # header
    z.text(5, 5, d.service_name, 4)
    z.text(5, 10.5, f"{d.sender.country.upper()} > {d.addressee.country.upper()}", 7.5)
    z.box(70, 3, 27, 17, 0.4)
    z.text(71.5, 4, "PIECE / COLIS", 2)
    z.text(71.5, 9.5, f"{d.piece_no}/{d.piece_count}", 8, block_mm=24)
    # barcode: module 3 dots at 203 dpi (0.375 mm), no printed interpretation line, the
    # grouped form is printed under it instead
    module = max(2, round(0.375 * z.opts.dots_per_mm))
    z.parts.append(f"^BY{module},3")
    z.text(5, 21, "ITEM No. / N° DE L'ENVOI", 2)
    z.parts.append(f"^FO{z.d(14)},{z.d(25)}^BCN,{z.d(19)},N,N,N,A^FD{d.s10}^FS")
    z.parts.append(f"^FO{z.d(3)},{z.d(46)}{z.font(5.5)}^FB{z.d(94)},1,0,C,0^FD{grouped(d.s10)}^FS")
    z.box(3, 53, 94, 0.1, 0.4)
    # addressee
    a = d.addressee
    z.text(5, 54.5, "TO / DESTINATAIRE", 2)
    z.text(6, 58, a.name, 4.5, block_mm=88, lines=2)
    z.text(6, 69, a.address, 3.5, block_mm=88, lines=3)
    z.text(6, 82, f"{a.postcode} {a.city}", 4.2, block_mm=88)
    z.text(6, 87.5, country_name(a.country), 4.5, block_mm=88)
    if a.phone:
        z.text(6, 93.5, f"Tel. {a.phone}", 3)
    z.box(3, 97, 94, 0.1, 0.3)
    # sender
    s = d.sender
    z.text(5, 98.5, "FROM / EXPEDITEUR", 2)
    z.text(6, 102, s.name, 3.2, block_mm=88)
    z.text(
        6,
        106.5,
        f"{s.address}, {s.postcode} {s.city}, {country_name(s.country)}",
        2.8,
        block_mm=88,
        lines=3,
    )
    z.box(3, 117, 94, 0.1, 0.4)
    # bottom band
    z.text(5, 118.5, "GROSS WEIGHT / POIDS BRUT", 2)
    z.text(5, 123, f"{kg(d.gross_grams)} kg", 6)
    z.text(5, 131, f"Posted {day_text(d.accepted_on)}", 2.6)
    z.text(5, 135, d.office_of_origin, 2.4, block_mm=34, lines=2)
    if d.customs_category:
        z.text(5, 141.5, "CN 23 ATTACHED", 2.6)
    z.box(41, 117, 0.1, 30, 0.4)
    if d.handling_code == "mechanical_handling":
        z.box(43, 119, 52, 26, 1.0)
        z.parts.append(
            f"^FO{z.d(43)},{z.d(122)}{z.font(3.6)}^FB{z.d(52)},2,0,C,0^FDMECHANICAL HANDLING\\&"
            f"PALLET TRUCK / FORKLIFT^FS"
        )
        z.parts.append(
            f"^FO{z.d(43)},{z.d(136)}{z.font(3)}^FB{z.d(52)},1,0,C,0^FD{d.handling_band}^FS"
        )
    elif d.two_person_lift:
        z.box(43, 119, 52, 26, 1.0)
        z.parts.append(
            f"^FO{z.d(43)},{z.d(124)}{z.font(5)}^FB{z.d(52)},1,0,C,0^FDTWO-PERSON LIFT^FS"
        )
        limit = kg(d.two_person_lift_grams).rstrip("0").rstrip(".")
        band = d.handling_band or f"over {limit} kg"
        z.parts.append(f"^FO{z.d(43)},{z.d(134)}{z.font(3)}^FB{z.d(52)},1,0,C,0^FD{band}^FS")
    if d.demo:
        z.text(44, 110, "DEMO - NOT FOR DISPATCH", 3)
    z.parts += ["^PQ1", "^XZ"]
    return "\n".join(z.parts) + "\n"


def render_labels_zpl(labels: list[LabelData], opts: ZplOptions | None = None) -> str:
    """Several labels, one ``^XA..^XZ`` format each, in one job."""
    return "".join(render_label_zpl(d, opts) for d in labels)
