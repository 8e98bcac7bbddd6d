"""Harmonized System tariff numbers: shape, chapter and the lengths each country uses.

Six digits are international and accepted everywhere; Russia (EAEU, TN VED) uses 10
digits and India (ITC-HS) 8. A code is kept exactly as declared: it is never padded with
zeros to reach a length (DESIGN.md 5.2).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app.domain.rulebook import RuleError, get_list, get_str, line_of

_SEPARATORS = re.compile(r"[\s.\-]")
_DIGITS = re.compile(r"^\d+$")

# HS 2022 has chapters 01-97 except 77 (reserved); used when no data file is given.
BUILTIN_CHAPTERS: frozenset[str] = frozenset(f"{n:02d}" for n in range(1, 98) if n != 77)
BUILTIN_LENGTHS: Mapping[str, tuple[int, ...]] = {"*": (6,), "RU": (10,), "IN": (8,)}


@dataclass(frozen=True, slots=True)
class HsChapter:
    """A chapter (first two digits) with its short names for completion."""

    code: str
    name_en: str
    name_ru: str = ""

    @classmethod
    def from_mapping(cls, entry: Mapping[str, Any]) -> HsChapter:
        code = get_str(entry, "code", "HS chapter")
        if not re.fullmatch(r"\d\d", code) or code == "00":
            raise RuleError(
                f"HS chapter: code must be two digits 01-99, found {code!r}", line_of(entry)
            )
        return cls(code, get_str(entry, "en", f"HS chapter {code}"), str(entry.get("ru", "")))


def normalise(text: str) -> str:
    """Drop the spaces, dots and dashes people type in codes (``8471.30`` -> ``847130``).

    Only separators are removed; nothing is added, so a code is never padded.
    """
    return _SEPARATORS.sub("", text)


def allowed_lengths(
    countries: Iterable[str], lengths: Mapping[str, tuple[int, ...]] = BUILTIN_LENGTHS
) -> tuple[int, ...]:
    """Code lengths accepted for a parcel between ``countries`` (sender and destination)."""
    result = set(lengths.get("*", (6,)))
    for c in countries:
        result.update(lengths.get(c.upper(), ()))
    return tuple(sorted(result))


def check_code(
    code: str,
    countries: Iterable[str],
    *,
    chapters: frozenset[str] = BUILTIN_CHAPTERS,
    lengths: Mapping[str, tuple[int, ...]] = BUILTIN_LENGTHS,
) -> str | None:
    """``None`` when ``code`` is acceptable, else a problem code: ``hs.shape``, ``hs.length`` or ``hs.chapter``."""
    if not _DIGITS.match(code):
        return "hs.shape"
    if len(code) not in allowed_lengths(countries, lengths):
        return "hs.length"
    if code[:2] not in chapters:
        return "hs.chapter"
    return None


def parse_lengths(data: Mapping[str, Any]) -> dict[str, tuple[int, ...]]:
    raw = data.get("lengths")
    if not isinstance(raw, Mapping) or "*" not in raw:
        raise RuleError("hs_chapters: 'lengths' must be an object with a '*' entry", line_of(data))
    out: dict[str, tuple[int, ...]] = {}
    for key, value in raw.items():
        if not isinstance(value, list) or not all(
            isinstance(n, int) and not isinstance(n, bool) and 6 <= n <= 10 for n in value
        ):
            raise RuleError(
                f"hs_chapters: lengths of {key!r} must be a list of numbers 6-10", line_of(raw)
            )
        out[key.upper()] = tuple(value)
    return out


def parse_chapters(data: Mapping[str, Any]) -> tuple[HsChapter, ...]:
    chapters: list[HsChapter] = []
    seen: set[str] = set()
    for entry in get_list(data, "chapters", "hs_chapters"):
        ch = HsChapter.from_mapping(entry)
        if ch.code in seen:
            raise RuleError(f"HS chapter {ch.code} is listed twice", line_of(entry))
        seen.add(ch.code)
        chapters.append(ch)
    return tuple(chapters)
