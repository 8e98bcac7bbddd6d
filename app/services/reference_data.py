"""Loading and checking the corridor's rules files (``resources/rules/*.json``) at start-up.

Every file is parsed and every entry checked before the counter opens; a broken file
raises ``ReferenceDataError`` naming the file and the line (JSON syntax errors carry
their line; a semantic error names the line of the entry it is in). The loaded
``ReferenceData`` answers the questions the counter asks on an acceptance date:
product limits, the fee, the expected import duty, currency conversion and the
customs rules for validation.
"""

from __future__ import annotations

import bisect
import json
import json.decoder
import json.scanner
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from app.domain.batch import WeightTolerance
from app.domain.consignment import Consignment
from app.domain.customer import parse_customers
from app.domain.customs_rules import CustomsRules, ExportRule
from app.domain.duty import CTX as DUTY_CTX
from app.domain.duty import T_RATE_STALE, DutyEstimate, ImportRegime, expected_duty
from app.domain.hs import HsChapter, parse_chapters, parse_lengths
from app.domain.i18n import Translatable
from app.domain.money import Money
from app.domain.problems import Problem
from app.domain.product import ProductLimits, in_force
from app.domain.rates import Conversion, RateSnapshot, RateTable
from app.domain.restrictions import RestrictionRule
from app.domain.rulebook import (
    RuleError,
    check_unique_dates,
    get_date,
    get_int,
    get_list,
    get_str,
    line_of,
)
from app.domain.tariff import Tariff, tariff_in_force
from app.domain.validation import validate_consignment
from app.domain.weight import Grams
from app.services.paths import resource
from app.services.pricing import Quote

RULES_DIR = resource("rules")
FILES = (
    "products.json",
    "tariffs.json",
    "import_regimes.json",
    "export_rules.json",
    "restrictions.json",
    "vague_descriptions.json",
    "hs_chapters.json",
    "rates.json",
)


class ReferenceDataError(RuntimeError):
    """A rules file is missing or broken; ``str()`` reads ``file, line N: what is wrong``."""

    def __init__(self, path: Path, line: int | None, message: str) -> None:
        where = f"{path}, line {line}" if line else str(path)
        super().__init__(
            f"{where}: {message}. Fix the file (or reinstall PostCounter) and start again."
        )
        self.path = path
        self.line = line
        self.message = message


class _Located(dict[str, Any]):
    """A JSON object that remembers the line of its opening brace."""

    line: int = 0


def loads_with_lines(text: str) -> Any:
    """``json.loads`` whose objects are dicts with a ``line`` attribute.

    The pure-Python scanner is used because only it calls an overridable
    ``parse_object``; the rules files are small, so its speed does not matter.
    """
    starts = [0]
    starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")
    decoder = json.JSONDecoder()

    def parse_object(s_and_end: tuple[str, int], *args: Any) -> tuple[dict[str, Any], int]:
        _s, end = s_and_end
        obj, new_end = json.decoder.JSONObject(s_and_end, *args)
        located = _Located(obj)
        located.line = bisect.bisect_right(starts, end - 1)
        return located, new_end

    decoder.parse_object = parse_object  # type: ignore[attr-defined]
    decoder.scan_once = json.scanner.py_make_scanner(decoder)  # type: ignore[attr-defined]
    return decoder.decode(text)


def read_rules_file(path: Path) -> Any:
    """Read one rules file; ``ReferenceDataError`` with file and line when it is broken."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ReferenceDataError(path, None, f"cannot be read ({exc.strerror})") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ReferenceDataError(path, line, "is not UTF-8 text") from exc
    try:
        return loads_with_lines(text)
    except json.JSONDecodeError as exc:
        raise ReferenceDataError(path, exc.lineno, f"JSON syntax error: {exc.msg}") from exc


@dataclass(frozen=True, slots=True)
class Fee:
    """The fee of a consignment and of each of its pieces."""

    total: Money
    per_piece: tuple[Money, ...]
    tariff_from: date


@dataclass(frozen=True, slots=True)
class ReferenceData:
    """All rules files, checked. Answers questions for an acceptance date."""

    directory: Path
    products: tuple[ProductLimits, ...]
    tariffs: tuple[Tariff, ...]
    regimes: tuple[ImportRegime, ...]
    rates: RateTable
    rules: CustomsRules
    hs_chapters: tuple[HsChapter, ...] = field(default=())

    # -- products -------------------------------------------------------------------
    def product_limits(self, code: str, on_date: date) -> ProductLimits:
        """Limits of product ``code`` in force on ``on_date`` (``LookupError`` if none)."""
        return in_force(self.products, code, on_date)

    # -- fee --------------------------------------------------------------------------
    def fee_for(
        self, origin_country: str, currency: str, chargeable_grams: Grams, on_date: date
    ) -> Money:
        """Fee of ONE piece of ``chargeable_grams`` posted in ``origin_country``."""
        return tariff_in_force(self.tariffs, origin_country, currency, on_date).fee(
            chargeable_grams
        )

    def fee_for_consignment(
        self, consignment: Consignment, limits: ProductLimits, currency: str, on_date: date
    ) -> Fee:
        """Sum of the pieces' fees (each piece by its own chargeable weight)."""
        tariff = tariff_in_force(self.tariffs, consignment.sender.country, currency, on_date)
        fees = tuple(
            tariff.fee(p.chargeable_grams(limits.volumetric_divisor)) for p in consignment.pieces
        )
        total = Money.zero(currency)
        for f in fees:
            total = total + f
        return Fee(total, fees, tariff.effective_from)

    # -- duty and rates -------------------------------------------------------------
    def expected_duty(self, consignment: Consignment, on_date: date) -> DutyEstimate:
        """Import charges the addressee should expect under the regime in force on ``on_date``."""
        return expected_duty(self.regimes, self.rates, consignment, on_date)

    def convert(self, money: Money, currency: str, on_date: date) -> Conversion:
        """``money`` in ``currency`` with the rate's date and whether it is stale."""
        return self.rates.convert(money, currency, on_date)

    def rates_stale(self, on_date: date) -> bool:
        return self.rates.is_stale(on_date)

    def with_rates(self, snapshot: RateSnapshot) -> ReferenceData:
        """A copy that also holds fresher rates (from the central system)."""
        return replace(self, rates=self.rates.with_snapshot(snapshot))

    # -- customs ----------------------------------------------------------------------
    def customs_rules(self) -> CustomsRules:
        return self.rules

    def validate(self, consignment: Consignment, on_date: date) -> list[Problem]:
        """``validate_consignment`` with the product limits and customs rules of ``on_date``."""
        limits = self.product_limits(consignment.product, on_date)
        return validate_consignment(consignment, limits, self.rules, on_date)

    def pricing(self) -> RulebookPricing:
        """An ``app.services.pricing.Pricing`` backed by these tariffs and regimes."""
        return RulebookPricing(self)


@dataclass(frozen=True, slots=True)
class RulebookPricing:
    """Quote from the tariff bands and the import regime in force (implements ``Pricing``)."""

    data: ReferenceData

    def quote(
        self, consignment: Consignment, limits: ProductLimits, currency: str, on: date
    ) -> Quote:
        fee = self.data.fee_for_consignment(consignment, limits, currency, on)
        duty = self.data.expected_duty(consignment, on)
        parts: list[str] = [Translatable(DUTY_CTX, duty.template, duty.params)]
        if duty.unconfirmed_note:
            parts.append(duty.unconfirmed_note)  # the rules file's own words
        if duty.rate_stale:
            parts.append(Translatable(DUTY_CTX, T_RATE_STALE, {"as_of": str(duty.rate_as_of)}))
        return Quote(
            consignment.chargeable_grams(limits.volumetric_divisor),
            fee.total,
            duty.amount,
            duty_parts=tuple(parts),
            stale_rate_of=str(duty.rate_as_of) if duty.rate_stale else "",
        )


# -- parsing of each file -----------------------------------------------------------------


def _entries(
    data: Any, key: str, parse: Callable[[Mapping[str, Any]], Any]
) -> tuple[list[Any], list[int | None]]:
    if not isinstance(data, Mapping):
        raise RuleError("the file must hold one JSON object {...}", 1)
    items, lines = [], []
    for entry in get_list(data, key, "file"):
        items.append(parse(entry))
        lines.append(line_of(entry))
    return items, lines


_PRODUCT_INTS = (
    "piece_min_grams",
    "piece_max_grams",
    "consignment_max_grams",
    "max_pieces",
    "longest_side_mm",
    "length_plus_girth_mm",
    "volumetric_divisor",
    "two_person_lift_grams",
)


def _products(data: Any) -> tuple[ProductLimits, ...]:
    def parse(entry: Mapping[str, Any]) -> ProductLimits:
        what = f"product {entry.get('code', '?')}" if isinstance(entry, Mapping) else "product"
        get_str(entry, "code", what)
        get_date(entry, "effective_from", what)
        for key in _PRODUCT_INTS:
            get_int(entry, key, what, optional=key == "two_person_lift_grams")
        if "batch_weight_tolerance" in entry:
            try:
                WeightTolerance.from_mapping(entry["batch_weight_tolerance"])
            except ValueError as exc:
                raise RuleError(f"{what}: batch_weight_tolerance: {exc}", line_of(entry)) from None
        try:
            limits = ProductLimits.from_mapping(entry)
        except KeyError as exc:
            raise RuleError(f"product: {exc.args[0]!r} is missing", line_of(entry)) from None
        except (TypeError, ValueError) as exc:
            raise RuleError(f"product {entry.get('code', '?')}: {exc}", line_of(entry)) from None
        if not 0 < limits.piece_min_grams <= limits.piece_max_grams <= limits.consignment_max_grams:
            raise RuleError(
                f"product {limits.code}: need 0 < piece_min_grams <= piece_max_grams <= consignment_max_grams",
                line_of(entry),
            )
        if limits.volumetric_divisor <= 0 or limits.max_pieces <= 0:
            raise RuleError(
                f"product {limits.code}: volumetric_divisor and max_pieces must be positive",
                line_of(entry),
            )
        return limits

    items, lines = _entries(data, "products", parse)
    check_unique_dates(items, lambda p: p.code, "product", lines)
    return tuple(items)


def _tariffs(data: Any) -> tuple[Tariff, ...]:
    items, lines = _entries(data, "tariffs", Tariff.from_mapping)
    check_unique_dates(items, lambda t: f"{t.origin}/{t.currency}", "tariff", lines)
    return tuple(items)


def _regimes(data: Any) -> tuple[ImportRegime, ...]:
    items, lines = _entries(data, "regimes", ImportRegime.from_mapping)
    check_unique_dates(items, lambda r: r.country, "import regime", lines)
    # Two regimes of one country and one channel must not both be in force on a day
    # (a channel's own regime, e.g. e-commerce, takes over from the general one).
    by_country: dict[tuple[str, frozenset[str]], list[tuple[ImportRegime, int | None]]] = {}
    for r, line in zip(items, lines, strict=True):
        by_country.setdefault((r.country, r.categories), []).append((r, line))
    for regs in by_country.values():
        regs.sort(key=lambda x: x[0].effective_from)
        for (a, _), (b, line_b) in pairwise(regs):
            if a.effective_until is None or a.effective_until >= b.effective_from:
                raise RuleError(
                    f"import regime {b.id} starts on {b.effective_from} while {a.id} is still in force "
                    "(give the earlier one an effective_until before that day)",
                    line_b,
                )
    return tuple(items)


def _export_rules(data: Any) -> tuple[ExportRule, ...]:
    items, lines = _entries(data, "rules", ExportRule.from_mapping)
    check_unique_dates(items, lambda r: r.country, "export rule", lines)
    return tuple(items)


def _restrictions(data: Any) -> tuple[RestrictionRule, ...]:
    items, lines = _entries(data, "rules", RestrictionRule.from_mapping)
    seen: set[str] = set()
    for rule, line in zip(items, lines, strict=True):
        if rule.id in seen:
            raise RuleError(f"restriction {rule.id} is listed twice", line)
        seen.add(rule.id)
    return tuple(items)


def _vague(data: Any) -> frozenset[str]:
    if not isinstance(data, Mapping):
        raise RuleError("the file must hold one JSON object {...}", 1)
    words: set[str] = set()
    for lang in ("en", "ru"):
        for w in get_list(data, lang, "vague_descriptions"):
            if not isinstance(w, str) or not w.strip():
                raise RuleError(
                    f"vague_descriptions: {lang} holds {w!r}, not a word", line_of(data)
                )
            words.add(w.strip().casefold())
    return frozenset(words)


def _hs(data: Any) -> tuple[tuple[HsChapter, ...], dict[str, tuple[int, ...]]]:
    if not isinstance(data, Mapping):
        raise RuleError("the file must hold one JSON object {...}", 1)
    return parse_chapters(data), parse_lengths(data)


def _rates(data: Any) -> RateTable:
    if not isinstance(data, Mapping):
        raise RuleError("the file must hold one JSON object {...}", 1)
    return RateTable.from_mapping(data)


def _parse(directory: Path, name: str, parse: Callable[[Any], Any]) -> Any:
    path = directory / name
    if not path.is_file():
        raise ReferenceDataError(path, None, "is missing")
    data = read_rules_file(path)
    try:
        return parse(data)
    except RuleError as exc:
        raise ReferenceDataError(path, exc.line, exc.message) from exc


def load_reference_data_from(directory: Path) -> ReferenceData:
    """Read and check every rules file in ``directory`` (no cache)."""
    products = _parse(directory, "products.json", _products)
    tariffs = _parse(directory, "tariffs.json", _tariffs)
    regimes = _parse(directory, "import_regimes.json", _regimes)
    export_rules = _parse(directory, "export_rules.json", _export_rules)
    restrictions = _parse(directory, "restrictions.json", _restrictions)
    vague = _parse(directory, "vague_descriptions.json", _vague)
    chapters, lengths = _parse(directory, "hs_chapters.json", _hs)
    rates = _parse(directory, "rates.json", _rates)
    rules = CustomsRules(
        vague_words=vague,
        chapters=chapters,
        hs_lengths=lengths,
        restrictions=restrictions,
        export_rules=export_rules,
    )
    return ReferenceData(directory, products, tariffs, regimes, rates, rules, chapters)


@lru_cache(maxsize=4)
def _cached(directory: Path) -> ReferenceData:
    return load_reference_data_from(directory)


def load_reference_data(directory: Path | None = None) -> ReferenceData:
    """The checked rules of ``directory`` (default ``resources/rules``), loaded once."""
    return _cached(Path(directory or RULES_DIR).resolve())


def clear_cache() -> None:
    """Forget loaded rules (after the central system delivered new files)."""
    _cached.cache_clear()


# The customs rules files a published "rules" document bundles, with their parsers.
RULES_BUNDLE: dict[str, Callable[[Any], Any]] = {
    "import_regimes": _regimes,
    "export_rules": _export_rules,
    "restrictions": _restrictions,
    "vague_descriptions": _vague,
}


def _rules_bundle(data: Any) -> dict[str, Any]:
    """A "rules" document: ``{"import_regimes": {...}, "export_rules": {...},
    "restrictions": {...}, "vague_descriptions": {...}}``, each as its shipped file."""
    if not isinstance(data, Mapping):
        raise RuleError("the file must hold one JSON object {...}", 1)
    missing = [k for k in RULES_BUNDLE if k not in data]
    if missing:
        raise RuleError(f"rules: {', '.join(missing)} missing", line_of(data))
    return {key: parse(data[key]) for key, parse in RULES_BUNDLE.items()}


# Kinds of reference data central publishes (issue 14), with the file each replaces and
# the parser that checks it: central validates with exactly these before publishing.
DOCUMENT_FILES: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "rates": ("rates.json", _rates),
    "tariffs": ("tariffs.json", _tariffs),
    "products": ("products.json", _products),
    "rules": ("rules bundle", _rules_bundle),
    "customers": ("customers.json", parse_customers),
}


def parse_document(kind: str, text: str) -> Any:
    """Check a published document of ``kind``; raises ``ReferenceDataError`` when invalid."""
    if kind not in DOCUMENT_FILES:
        raise ValueError(f"unknown reference data kind {kind!r}")
    name, parse = DOCUMENT_FILES[kind]
    where = Path(f"<{kind}>/{name}")
    try:
        data = loads_with_lines(text)
    except ValueError as exc:
        raise ReferenceDataError(where, getattr(exc, "lineno", None), f"not JSON: {exc}") from exc
    try:
        return parse(data)
    except RuleError as exc:
        raise ReferenceDataError(where, exc.line, exc.message) from exc
