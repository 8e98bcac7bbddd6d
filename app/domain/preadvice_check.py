"""A quick check of a pre-advice parcel that is plainly fine, for imports of millions.

The full validation of an announced parcel (``app.services.preadvice.validate_payload``)
builds the consignment with its ``Money`` and ``Problem`` objects and runs every domain
check: about two thirds of an import's time. ``PreAdviceCheck.passes`` decides the same
question on the plain payload (a dict of texts and numbers, as the import stores it)
without building anything, and answers only "certainly fine" or "not sure":

* ``True`` only when the full validation finds no blocking problem: each test below
  mirrors one check of ``app.domain.validation`` (parties, route, content lines, HS
  codes), ``app.domain.customs_rules`` (totals, restricted contents, export needs) and
  ``app.domain.s10``;
* ``False`` when any check fails, when a line may be restricted, or when the payload
  has a shape it does not handle (a value like ``1e2``, digits of another script): the
  caller then runs the full validation, which gives the reasons, or finds none.

So it can make an import faster but can never let through what the full validation
refuses; ``tests/unit/test_preadvice_check.py`` holds both to agreement on a table of
rows and on generated payloads.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from operator import itemgetter
from typing import Any

from app.domain.customs import CustomsCategory
from app.domain.customs_rules import CustomsRules, ExportRule
from app.domain.hs import BUILTIN_CHAPTERS, BUILTIN_LENGTHS, allowed_lengths
from app.domain.money import Money, minor_units, total
from app.domain.restrictions import RestrictionScreen
from app.domain.s10 import check as check_s10
from app.domain.validation import CORRIDOR, PHONE_PATTERN, VAGUE_DESCRIPTIONS, is_country

_CATEGORIES = frozenset(c.value for c in CustomsCategory)
_COMMERCIAL = frozenset(c.value for c in CustomsCategory if c.is_commercial)
_PARTY_KEYS = frozenset(
    ("name", "address", "city", "postcode", "country", "phone", "email", "tax_id")
)
_PARTY_REQUIRED = itemgetter("name", "address", "city", "postcode")
# A plain amount: ASCII digits and at most one decimal point. Anything else (exponents,
# underscores, other scripts' digits, signs) is left to the full validation.
_AMOUNT = re.compile(r"([0-9]+)(?:\.([0-9]*))?")
_ASCII_NUMBER = re.compile(r"[0-9]+")


class PreAdviceCheck:
    """``passes(payload)`` for one import: the rules and the day are fixed, so what they
    give (vague words, HS chapters and lengths, the export rule per country) is looked up
    once, not per parcel."""

    def __init__(self, rules: CustomsRules | None, on: date) -> None:
        self._rules = rules
        self._on = on
        self._vague = rules.vague_words if rules else VAGUE_DESCRIPTIONS
        self._chapters = rules.chapter_codes if rules else BUILTIN_CHAPTERS
        self._lengths = rules.hs_lengths if rules else BUILTIN_LENGTHS
        self._screen = rules.restriction_screen if rules else RestrictionScreen()
        self._export: dict[str, ExportRule | None] = {}
        self._allowed: dict[tuple[str, str], tuple[int, ...]] = {}

    def passes(self, payload: Mapping[str, Any], *, s10_checked: bool = False) -> bool:
        """``True`` only if the full validation would find no blocking problem.

        ``s10_checked``: the caller found the payload's S10 valid (``app.domain.s10.check``
        or a product check built on it), so it is not checked again.
        """
        try:
            return self._passes(payload, s10_checked)
        except (KeyError, TypeError, AttributeError, ValueError, ArithmeticError):
            return False  # an unexpected shape: the full validation says what is wrong

    def _passes(self, payload: Mapping[str, Any], s10_checked: bool) -> bool:
        if not s10_checked and not check_s10(payload["s10"]).ok:
            return False
        customs = payload["customs"]
        category = customs["category"]
        currency = customs["currency"]
        if category not in _CATEGORIES:
            return False
        # The lines' Money upper-cases the code; the declaration keeps it as given.
        if len(currency) != 3 or not currency.isalpha() or currency != currency.upper():
            return False
        sender, addressee = payload["sender"], payload["addressee"]
        countries = (sender["country"], addressee["country"])
        if set(countries) != CORRIDOR:  # validate_route (the reader upper-cases countries)
            return False
        # So both countries are set and exist (is_country holds for RU and IN).
        for party in (sender, addressee):  # validate_party
            if party.keys() != _PARTY_KEYS:
                return False  # Party(**party) would not be this party
            if not all(map(str.strip, _PARTY_REQUIRED(party))):
                return False
            phone = party["phone"]
            if phone and not PHONE_PATTERN.fullmatch(phone):
                return False
        if (
            category == CustomsCategory.OTHER
            and not customs.get("category_explanation", "").strip()
        ):
            return False
        if (
            category == CustomsCategory.SALE_OF_GOODS
            and not customs.get("invoice_number", "").strip()
        ):
            return False
        lines = customs["lines"]
        if not lines:
            return False
        if not self._lines_pass(lines, countries, category, currency):
            return False
        if not self._totals_pass(customs, lines, currency):
            return False
        return self._export_passes(customs, countries[0], category)

    def _lines_pass(
        self, lines: Any, countries: tuple[str, str], category: str, currency: str
    ) -> bool:
        """validate_customs per line, validate_totals' precision and the restriction screen."""
        places = minor_units(currency)
        allowed = self._allowed.get(countries)
        if allowed is None:
            allowed = self._allowed[countries] = allowed_lengths(countries, self._lengths)
        for ln in lines:
            description = ln["description"]
            desc = description.strip()
            if len(desc) < 3 or desc.casefold() in self._vague:
                return False
            if int(ln["quantity"]) <= 0 or int(ln["net_grams"]) <= 0:
                return False
            m = _AMOUNT.fullmatch(ln["value"])
            if m is None:
                return False
            whole, fraction = int(m[1]), m[2]
            if fraction is not None and len(fraction) > places:
                return False  # more decimals than the currency has (or "1." for JPY)
            if whole < 1 or (whole == 1 and not (fraction or "").strip("0")):
                return False  # customs refuse values of 0 or 1
            hs = ln["hs_code"].strip()
            if hs:
                if not _ASCII_NUMBER.fullmatch(hs) or len(hs) not in allowed:
                    return False
                if hs[:2] not in self._chapters:
                    return False
            elif category in _COMMERCIAL:
                return False
            origin = ln["origin_country"]
            if not origin.strip() or not is_country(origin):
                return False
            if self._rules is not None and self._screen.may_match(description, hs):
                return False  # perhaps restricted: the full check names the rule
        return True

    @staticmethod
    def _totals_pass(customs: Mapping[str, Any], lines: Any, currency: str) -> bool:
        """validate_totals: declared totals equal the lines' sums, computed the same way."""
        declared_value = (customs.get("total_value") or "").strip()
        if declared_value:
            values = [Money(Decimal(ln["value"] or "0"), currency).quantized() for ln in lines]
            if declared_value != str(total(values, currency).amount):
                return False
        declared_net = (customs.get("total_net_grams") or "").strip()
        return not declared_net or declared_net == str(sum(int(ln["net_grams"]) for ln in lines))

    def _export_passes(self, customs: Mapping[str, Any], sender: str, category: str) -> bool:
        """customs_rules._export: what the sender's country requires of this category."""
        if self._rules is None:
            return True
        if sender not in self._export:
            self._export[sender] = self._rules.export_rule(sender, self._on)
        rule = self._export[sender]
        if rule is None or category not in rule.categories:
            return True
        for name in rule.required:
            if name == "invoice_number" and category == CustomsCategory.SALE_OF_GOODS:
                continue  # checked above, as validate_customs does
            if not str(customs.get(name, "")).strip():
                return False
        iec = customs.get("exporter_iec", "").strip().upper()
        if iec and rule.iec_pattern and not rule.iec_pattern.fullmatch(iec):
            return False
        pbe = customs.get("pbe_reference", "").strip().upper()
        return not (pbe and rule.pbe_pattern and not rule.pbe_pattern.fullmatch(pbe))
