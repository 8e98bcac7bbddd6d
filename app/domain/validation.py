"""Validation of a consignment before acceptance: every problem, at its field.

Returns all problems at once (not the first), each with the dotted path of the field
it belongs to, so the screen can show every message next to its input.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from datetime import date

import pycountry

from app.domain.consignment import Consignment, Party
from app.domain.customs import CustomsCategory, CustomsDeclaration
from app.domain.customs_rules import (
    CustomsRules,
    corridor_countries,
    validate_customs_rules,
    validate_totals,
)
from app.domain.hs import BUILTIN_CHAPTERS, BUILTIN_LENGTHS, allowed_lengths, check_code
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.postal_item import validate_items
from app.domain.problems import Problem
from app.domain.product import ProductLimits
from app.domain.s10 import check as check_s10
from app.domain.weight import format_kg

CTX = "Validation"
PHONE_PATTERN = re.compile(r"\+?[\d\s\-()]{6,20}")
CORRIDOR = frozenset({"RU", "IN"})

# Descriptions customs refuse as such (DESIGN.md 5.2); compared whole, case-folded.
VAGUE_DESCRIPTIONS = frozenset(
    {
        "goods",
        "gift",
        "gifts",
        "sample",
        "samples",
        "parts",
        "spare parts",
        "food",
        "items",
        "item",
        "stuff",
        "merchandise",
        "products",
        "product",
        "personal items",
        "personal effects",
        "accessories",
        "clothes",
        "misc",
        "miscellaneous",
        "various",
        "товар",
        "товары",
        "подарок",
        "подарки",
        "запчасти",
        "образцы",
        "еда",
        "продукты",
        "вещи",
        "личные вещи",
        "разное",
    }
)
# HS problems by the code hs.check_code returns; the params are filled in below.
_HS_MESSAGES = {
    "hs.shape": QT_TRANSLATE_NOOP(CTX, "HS code {code} must hold digits only."),
    "hs.length": QT_TRANSLATE_NOOP(
        CTX,
        "HS code {code} has {digits} digits; enter {allowed} digits as declared, never padded with zeros.",
    ),
    "hs.chapter": QT_TRANSLATE_NOOP(
        CTX, "HS code {code} starts with {chapter}, which is not an HS chapter."
    ),
}


def problem(field: str, code: str, template: str, /, **params: object) -> Problem:
    return Problem(field, code, template, dict(params))


@functools.lru_cache(maxsize=1024)  # a few hundred codes exist; a file repeats them
def is_country(code: str) -> bool:
    return len(code) == 2 and pycountry.countries.get(alpha_2=code.upper()) is not None


def validate_party(prefix: str, party: Party) -> list[Problem]:
    """Name, address, city, postcode and country are required; country must exist."""
    out: list[Problem] = []
    required = {
        "name": QT_TRANSLATE_NOOP(CTX, "Enter the full name."),
        "address": QT_TRANSLATE_NOOP(
            CTX, "Enter the street address: customs refuse incomplete addresses."
        ),
        "city": QT_TRANSLATE_NOOP(CTX, "Enter the city or town."),
        "postcode": QT_TRANSLATE_NOOP(CTX, "Enter the postcode."),
    }
    for name, template in required.items():
        if not getattr(party, name).strip():
            out.append(problem(f"{prefix}.{name}", f"{prefix}.{name}.empty", template))
    if not party.country.strip():
        out.append(
            problem(
                f"{prefix}.country", "country.empty", QT_TRANSLATE_NOOP(CTX, "Choose the country.")
            )
        )
    elif not is_country(party.country):
        out.append(
            problem(
                f"{prefix}.country",
                "country.unknown",
                QT_TRANSLATE_NOOP(
                    CTX, "{code} is not an ISO country code: pick the country from the list."
                ),
                code=party.country,
            )
        )
    if party.phone and not PHONE_PATTERN.fullmatch(party.phone):
        out.append(
            problem(
                f"{prefix}.phone",
                "phone.shape",
                QT_TRANSLATE_NOOP(
                    CTX, "The phone number may hold only digits, spaces, dashes and a leading +."
                ),
            )
        )
    return out


def validate_route(c: Consignment) -> list[Problem]:
    s, a = c.sender.country.upper(), c.addressee.country.upper()
    if s and a and {s, a} != CORRIDOR:
        return [
            problem(
                "addressee.country",
                "route",
                QT_TRANSLATE_NOOP(
                    CTX,
                    "This service carries parcels between Russia and India only (sender {sender}, addressee {addressee}).",
                ),
                sender=s,
                addressee=a,
            )
        ]
    return []


def validate_pieces(c: Consignment, limits: ProductLimits) -> list[Problem]:
    out: list[Problem] = []
    if not c.pieces:
        return [
            problem(
                "pieces",
                "pieces.none",
                QT_TRANSLATE_NOOP(CTX, "Add at least one piece: scan its label."),
            )
        ]
    if len(c.pieces) > limits.max_pieces:
        out.append(
            problem(
                "pieces",
                "pieces.too_many",
                QT_TRANSLATE_NOOP(
                    CTX, "At most {max} pieces per consignment; split it into two consignments."
                ),
                max=limits.max_pieces,
            )
        )
    seen: set[str] = set()
    for i, piece in enumerate(c.pieces):
        f = f"pieces.{i}"
        result = check_s10(piece.s10)
        if not result.ok:
            out.append(Problem(f"{f}.s10", f"s10.{result.code}", result.template, result.params))
        elif str(result.value) in seen:
            out.append(
                problem(
                    f"{f}.s10",
                    "s10.duplicate",
                    QT_TRANSLATE_NOOP(
                        CTX, "{s10} is already a piece of this consignment: scan the next label."
                    ),
                    s10=str(result.value),
                )
            )
        else:
            seen.add(str(result.value))
        w = piece.weighing
        if w is None:
            out.append(
                problem(
                    f"{f}.weight",
                    "weight.missing",
                    QT_TRANSLATE_NOOP(
                        CTX, "Put the piece on the scale and capture a stable weight."
                    ),
                )
            )
        else:
            if w.source == "manual" and (not w.approved_by.strip() or len(w.reason.strip()) < 5):
                out.append(
                    problem(
                        f"{f}.weight",
                        "weight.manual_unapproved",
                        QT_TRANSLATE_NOOP(
                            CTX,
                            "A typed-in weight needs a supervisor's approval and a reason.",
                        ),
                    )
                )
            if not w.stable:
                out.append(
                    problem(
                        f"{f}.weight",
                        "weight.unstable",
                        QT_TRANSLATE_NOOP(
                            CTX,
                            "The weight was not stable: wait for the stable mark and capture again.",
                        ),
                    )
                )
            if w.grams < limits.piece_min_grams or w.grams > limits.piece_max_grams:
                out.append(
                    problem(
                        f"{f}.weight",
                        "weight.range",
                        QT_TRANSLATE_NOOP(
                            CTX, "{kg} kg is outside this service's {min}–{max} kg per piece."
                        ),
                        kg=format_kg(w.grams, 2),
                        min=format_kg(limits.piece_min_grams, 0),
                        max=format_kg(limits.piece_max_grams, 0),
                    )
                )
        d = piece.dimensions
        if d is None:
            out.append(
                problem(
                    f"{f}.dimensions",
                    "dimensions.missing",
                    QT_TRANSLATE_NOOP(
                        CTX, "Measure the piece and enter length, width and height in cm."
                    ),
                )
            )
        else:
            if min(d.length_mm, d.width_mm, d.height_mm) <= 0:
                out.append(
                    problem(
                        f"{f}.dimensions",
                        "dimensions.zero",
                        QT_TRANSLATE_NOOP(CTX, "Every dimension must be more than 0 cm."),
                    )
                )
            elif d.longest_mm > limits.longest_side_mm:
                out.append(
                    problem(
                        f"{f}.dimensions",
                        "dimensions.longest",
                        QT_TRANSLATE_NOOP(CTX, "Longest side {cm} cm is over the {max} cm limit."),
                        cm=d.longest_mm // 10,
                        max=limits.longest_side_mm // 10,
                    )
                )
            elif d.length_plus_girth_mm > limits.length_plus_girth_mm:
                out.append(
                    problem(
                        f"{f}.dimensions",
                        "dimensions.girth",
                        QT_TRANSLATE_NOOP(
                            CTX, "Length plus girth {cm} cm is over the {max} cm limit."
                        ),
                        cm=d.length_plus_girth_mm // 10,
                        max=limits.length_plus_girth_mm // 10,
                    )
                )
    if c.gross_grams > limits.consignment_max_grams:
        out.append(
            problem(
                "pieces",
                "consignment.weight",
                QT_TRANSLATE_NOOP(
                    CTX, "The consignment weighs {kg} kg, over the {max} kg limit: split it."
                ),
                kg=format_kg(c.gross_grams, 1),
                max=format_kg(limits.consignment_max_grams, 0),
            )
        )
    return out


def validate_customs(
    decl: CustomsDeclaration,
    gross_grams: int,
    *,
    vague: frozenset[str] = VAGUE_DESCRIPTIONS,
    countries: Iterable[str] = CORRIDOR,
    rules: CustomsRules | None = None,
) -> list[Problem]:
    """Checks of the CN 23 data; ``rules`` (from the rules files) refine the HS checks.

    ``countries`` are the sender's and addressee's: their national HS code lengths apply.
    """
    countries = tuple(countries)
    chapters = rules.chapter_codes if rules else BUILTIN_CHAPTERS
    lengths = rules.hs_lengths if rules else BUILTIN_LENGTHS
    out: list[Problem] = []
    if decl.category == CustomsCategory.OTHER and not decl.category_explanation.strip():
        out.append(
            problem(
                "customs.category_explanation",
                "category.explain",
                QT_TRANSLATE_NOOP(
                    CTX, "Category 'Other' needs an explanation of what the contents are."
                ),
            )
        )
    if decl.category == CustomsCategory.SALE_OF_GOODS and not decl.invoice_number.strip():
        out.append(
            problem(
                "customs.invoice_number",
                "invoice.missing",
                QT_TRANSLATE_NOOP(CTX, "Sale of goods needs the invoice number."),
            )
        )
    if not decl.lines:
        out.append(
            problem(
                "customs.lines",
                "lines.none",
                QT_TRANSLATE_NOOP(
                    CTX,
                    "Add at least one content line: what is inside, how many, weight and value.",
                ),
            )
        )
    for i, line in enumerate(decl.lines):
        f = f"customs.lines.{i}"
        desc = line.description.strip()
        if not desc:
            out.append(
                problem(
                    f"{f}.description",
                    "description.empty",
                    QT_TRANSLATE_NOOP(
                        CTX, "Describe the contents in detail, e.g. 'wooden dining chair'."
                    ),
                )
            )
        elif desc.casefold() in vague or len(desc) < 3:
            out.append(
                problem(
                    f"{f}.description",
                    "description.vague",
                    QT_TRANSLATE_NOOP(
                        CTX,
                        "'{text}' is too vague for customs: say what it is, e.g. 'cotton bed sheets'.",
                    ),
                    text=desc,
                )
            )
        if line.quantity <= 0:
            out.append(
                problem(
                    f"{f}.quantity",
                    "quantity.positive",
                    QT_TRANSLATE_NOOP(CTX, "Quantity must be 1 or more."),
                )
            )
        if line.net_grams <= 0:
            out.append(
                problem(
                    f"{f}.net_weight",
                    "net.positive",
                    QT_TRANSLATE_NOOP(CTX, "Enter the net weight of the line in kg."),
                )
            )
        if line.value.currency != decl.currency:
            out.append(
                problem(
                    f"{f}.value",
                    "value.currency",
                    QT_TRANSLATE_NOOP(CTX, "All lines must be declared in {currency}."),
                    currency=decl.currency,
                )
            )
        elif line.value.amount <= 1:
            out.append(
                problem(
                    f"{f}.value",
                    "value.implausible",
                    QT_TRANSLATE_NOOP(
                        CTX, "Declare the real value: customs refuse values of 0 or 1."
                    ),
                )
            )
        hs = line.hs_code.strip()
        hs_problem = check_code(hs, countries, chapters=chapters, lengths=lengths) if hs else None
        if hs_problem:
            out.append(
                problem(
                    f"{f}.hs_code",
                    hs_problem,
                    _HS_MESSAGES[hs_problem],
                    code=hs,
                    digits=len(hs),
                    chapter=hs[:2],
                    allowed=" / ".join(str(n) for n in allowed_lengths(countries, lengths)),
                )
            )
        elif not hs and decl.category.is_commercial:
            out.append(
                problem(
                    f"{f}.hs_code",
                    "hs.missing",
                    QT_TRANSLATE_NOOP(CTX, "Commercial items need an HS code (at least 6 digits)."),
                )
            )
        if not line.origin_country.strip():
            out.append(
                problem(
                    f"{f}.origin",
                    "origin.empty",
                    QT_TRANSLATE_NOOP(CTX, "Enter the country where the goods were made."),
                )
            )
        elif not is_country(line.origin_country):
            out.append(
                problem(
                    f"{f}.origin",
                    "origin.unknown",
                    QT_TRANSLATE_NOOP(CTX, "{code} is not an ISO country code."),
                    code=line.origin_country,
                )
            )
    if decl.lines and gross_grams and decl.total_net_grams > gross_grams:
        out.append(
            problem(
                "customs.lines",
                "net.over_gross",
                QT_TRANSLATE_NOOP(
                    CTX,
                    "Net weight of the lines ({net} kg) is more than the gross weight ({gross} kg).",
                ),
                net=format_kg(decl.total_net_grams, 2),
                gross=format_kg(gross_grams, 2),
            )
        )
    return out


def validate_consignment(
    c: Consignment,
    limits: ProductLimits,
    rules: CustomsRules | None = None,
    on: date | None = None,
    *,
    pieces: bool = True,
) -> list[Problem]:
    """Every problem of the consignment, each at its field; empty means it may be accepted.

    ``pieces=False`` leaves out the checks of the pieces' identifiers, weights and
    dimensions (``validate_pieces``), for data announced before the pieces are weighed.

    With ``rules`` (``ReferenceData.customs_rules()``) the corridor's data-driven checks
    run too: vague words from the file, HS chapters, restricted contents and the
    sender country's export needs in force ``on`` the acceptance date (default: today).
    """
    countries = tuple(corridor_countries(c)) or tuple(CORRIDOR)
    customs = validate_customs(
        c.customs,
        c.gross_grams,
        vague=rules.vague_words if rules else VAGUE_DESCRIPTIONS,
        countries=countries,
        rules=rules,
    )
    return [
        *validate_party("sender", c.sender),
        *validate_party("addressee", c.addressee),
        *validate_route(c),
        *(validate_pieces(c, limits) if pieces else []),
        *customs,
        *validate_items(c),
        *validate_totals(c.customs),
        *(validate_customs_rules(c, rules, on or date.today()) if rules else []),
    ]
