"""Corridor customs rules from data, and the checks that need them.

``CustomsRules`` gathers what the rules files say about customs data: vague words, HS
chapters and code lengths, restricted and prohibited contents, and what an exporting
country requires per category (India: IEC, invoice and PBE reference for sale of goods).
``validate_customs_rules`` returns every problem at its field;
``app.domain.validation.validate_consignment`` calls it when given the rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.domain.consignment import Consignment
from app.domain.customs import CustomsCategory, CustomsDeclaration
from app.domain.hs import BUILTIN_CHAPTERS, BUILTIN_LENGTHS, HsChapter
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.money import minor_units
from app.domain.problems import Problem
from app.domain.restrictions import Action, RestrictionRule, RestrictionScreen
from app.domain.rulebook import (
    RuleError,
    get_date,
    get_str,
    get_str_list,
    line_of,
    version_in_force,
)
from app.domain.weight import format_kg

# Same context as app.domain.validation so the UI translates every problem alike.
CTX = "Validation"

# Fields an export rule may require, with the message shown when one is empty.
REQUIRABLE_FIELDS: dict[str, str] = {
    "invoice_number": QT_TRANSLATE_NOOP(CTX, "Sale of goods needs the invoice number."),
    "exporter_iec": QT_TRANSLATE_NOOP(
        CTX,
        "Commercial exports from {country} need the exporter's Import-Export Code (IEC, 10 characters).",
    ),
    "pbe_reference": QT_TRANSLATE_NOOP(
        CTX,
        "Commercial exports from {country} need the Postal Bill of Export reference (PBE) filed by the exporter.",
    ),
    "licence_number": QT_TRANSLATE_NOOP(CTX, "This export needs the licence number."),
    "certificate_number": QT_TRANSLATE_NOOP(CTX, "This export needs the certificate number."),
    "importer_reference": QT_TRANSLATE_NOOP(
        CTX, "Enter the importer's reference (tax or importer code)."
    ),
}


@dataclass(frozen=True, slots=True)
class ExportRule:
    """What exporting ``country`` requires for ``categories`` from ``effective_from`` on."""

    country: str
    effective_from: date
    categories: frozenset[str]
    required: tuple[str, ...]
    iec_pattern: re.Pattern[str] | None = None
    pbe_pattern: re.Pattern[str] | None = None

    @classmethod
    def from_mapping(cls, entry: Mapping[str, Any]) -> ExportRule:
        country = get_str(entry, "country", "export rule").upper()
        what = f"export rule {country}"
        start = get_date(entry, "effective_from", what)
        assert start is not None
        categories = get_str_list(entry, "categories", what)
        known = {c.value for c in CustomsCategory}
        for c in categories:
            if c not in known:
                raise RuleError(f"{what}: unknown category {c!r}", line_of(entry))
        required = get_str_list(entry, "required", what)
        for f in required:
            if f not in REQUIRABLE_FIELDS:
                raise RuleError(
                    f"{what}: cannot require {f!r}; known fields: {', '.join(REQUIRABLE_FIELDS)}",
                    line_of(entry),
                )

        def pattern(key: str) -> re.Pattern[str] | None:
            text = entry.get(key)
            if text is None:
                return None
            try:
                return re.compile(str(text))
            except re.error as exc:
                raise RuleError(
                    f"{what}: {key} is not a valid pattern ({exc})", line_of(entry)
                ) from None

        return cls(
            country,
            start,
            frozenset(categories),
            tuple(required),
            pattern("iec_pattern"),
            pattern("pbe_pattern"),
        )


@dataclass(frozen=True, slots=True)
class CustomsRules:
    """Everything the customs checks take from the rules files."""

    vague_words: frozenset[str]
    chapters: tuple[HsChapter, ...] = ()
    hs_lengths: Mapping[str, tuple[int, ...]] = field(default_factory=lambda: dict(BUILTIN_LENGTHS))
    restrictions: tuple[RestrictionRule, ...] = ()
    export_rules: tuple[ExportRule, ...] = ()
    # Derived once: checks run per content line (a pre-advice import checks millions).
    chapter_codes: frozenset[str] = field(init=False, repr=False, compare=False)
    restriction_screen: RestrictionScreen = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        codes = frozenset(c.code for c in self.chapters) if self.chapters else BUILTIN_CHAPTERS
        object.__setattr__(self, "chapter_codes", codes)
        object.__setattr__(self, "restriction_screen", RestrictionScreen.of(self.restrictions))

    def export_rule(self, country: str, on: date) -> ExportRule | None:
        return version_in_force(self.export_rules, on, lambda r: r.country == country.upper())


def _p(field_: str, code: str, template: str, blocking: bool = True, **params: Any) -> Problem:
    return Problem(field_, code, template, dict(params), blocking)


def validate_totals(decl: CustomsDeclaration) -> list[Problem]:
    """Line values in whole minor units, and declared totals (if any) equal to the lines' sum."""
    out: list[Problem] = []
    for i, line in enumerate(decl.lines):
        exponent = line.value.amount.as_tuple().exponent
        if isinstance(exponent, int) and -exponent > minor_units(line.value.currency):
            out.append(
                _p(
                    f"customs.lines.{i}.value",
                    "value.precision",
                    QT_TRANSLATE_NOOP(
                        CTX,
                        "{value} has more decimals than {currency} allows: round it to {places}.",
                    ),
                    value=str(line.value.amount),
                    currency=line.value.currency,
                    places=minor_units(line.value.currency),
                )
            )
    declared_value = decl.extra.get("declared_total_value", "").strip()
    if declared_value and decl.lines and declared_value != str(decl.total_value.amount):
        out.append(
            _p(
                "customs.total_value",
                "total.value",
                QT_TRANSLATE_NOOP(
                    CTX,
                    "Declared total value {declared} {currency} is not the sum of the lines ({total} {currency}).",
                ),
                declared=declared_value,
                total=str(decl.total_value.amount),
                currency=decl.currency,
            )
        )
    declared_net = decl.extra.get("declared_total_net_grams", "").strip()
    if declared_net and decl.lines and declared_net != str(decl.total_net_grams):
        out.append(
            _p(
                "customs.total_net_weight",
                "total.net",
                QT_TRANSLATE_NOOP(
                    CTX,
                    "Declared total net weight {declared} kg is not the sum of the lines ({total} kg).",
                ),
                declared=format_kg(int(declared_net), 3)
                if declared_net.isdigit()
                else declared_net,
                total=format_kg(decl.total_net_grams, 3),
            )
        )
    return out


def _restrictions(c: Consignment, rules: CustomsRules) -> list[Problem]:
    out: list[Problem] = []
    decl = c.customs
    destination = c.addressee.country
    screen = rules.restriction_screen
    for i, line in enumerate(decl.lines):
        if not screen.may_match(line.description, line.hs_code.strip()):
            continue  # no rule can match: the per-rule loop below would find nothing
        for rule in rules.restrictions:
            if not rule.applies_to(destination) or not rule.matches(
                line.description, line.hs_code.strip()
            ):
                continue
            params = {
                "line": i + 1,
                "label": rule.label_en,
                "label_ru": rule.label_ru,
                "rule": rule.id,
            }
            if rule.action is Action.PROHIBITED:
                out.append(
                    _p(
                        f"customs.lines.{i}.description",
                        "restricted.prohibited",
                        QT_TRANSLATE_NOOP(
                            CTX,
                            "Line {line} looks like {label}, which may not be sent: take it out of the parcel.",
                        ),
                        **params,
                    )
                )
            elif rule.action is Action.CERTIFICATE and not decl.certificate_number.strip():
                out.append(
                    _p(
                        "customs.certificate_number",
                        "restricted.certificate",
                        QT_TRANSLATE_NOOP(
                            CTX, "Line {line} looks like {label}: enter the certificate number."
                        ),
                        **params,
                    )
                )
            elif rule.action is Action.LICENCE and not decl.licence_number.strip():
                out.append(
                    _p(
                        "customs.licence_number",
                        "restricted.licence",
                        QT_TRANSLATE_NOOP(
                            CTX, "Line {line} looks like {label}: enter the licence number."
                        ),
                        **params,
                    )
                )
    return out


def _export(c: Consignment, rules: CustomsRules, on: date) -> list[Problem]:
    decl = c.customs
    country = c.sender.country.upper()
    rule = rules.export_rule(country, on)
    if rule is None or decl.category.value not in rule.categories:
        return []
    out: list[Problem] = []
    for name in rule.required:
        # validate_customs already asks for the invoice of every sale of goods.
        if name == "invoice_number" and decl.category == CustomsCategory.SALE_OF_GOODS:
            continue
        if not str(getattr(decl, name)).strip():
            out.append(
                _p(f"customs.{name}", f"{name}.missing", REQUIRABLE_FIELDS[name], country=country)
            )
    iec = decl.exporter_iec.strip().upper()
    if iec and rule.iec_pattern and not rule.iec_pattern.fullmatch(iec):
        out.append(
            _p(
                "customs.exporter_iec",
                "exporter_iec.shape",
                QT_TRANSLATE_NOOP(
                    CTX, "{text} is not an Import-Export Code: it has 10 letters and digits."
                ),
                text=iec,
            )
        )
    pbe = decl.pbe_reference.strip().upper()
    if pbe and rule.pbe_pattern and not rule.pbe_pattern.fullmatch(pbe):
        out.append(
            _p(
                "customs.pbe_reference",
                "pbe_reference.shape",
                QT_TRANSLATE_NOOP(
                    CTX,
                    "{text} does not look like a Postal Bill of Export reference: copy it from the PBE.",
                ),
                text=pbe,
            )
        )
    return out


def _gift_looks_commercial(decl: CustomsDeclaration) -> list[Problem]:
    if decl.category == CustomsCategory.GIFT and decl.invoice_number.strip():
        return [
            _p(
                "customs.category",
                "category.gift_invoice",
                QT_TRANSLATE_NOOP(
                    CTX,
                    "A gift with an invoice looks like a sale: customs refuse commercial goods declared as gifts. Check the category.",
                ),
                blocking=False,
            )
        ]
    return []


def validate_customs_rules(c: Consignment, rules: CustomsRules, on: date) -> list[Problem]:
    """Checks that need the corridor's rules: restrictions, export needs of the sender's country."""
    return [
        *_restrictions(c, rules),
        *_export(c, rules, on),
        *_gift_looks_commercial(c.customs),
    ]


def corridor_countries(c: Consignment) -> Iterable[str]:
    """Countries whose national HS code lengths apply (sender's and addressee's)."""
    return [x for x in (c.sender.country.upper(), c.addressee.country.upper()) if x]
