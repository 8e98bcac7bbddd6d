"""Restricted and prohibited contents: rules by HS code prefix and description keyword.

A plain keyword matches whole words (with an English plural ``s``/``es``); a keyword
ending in ``*`` is a stem that matches any word starting with it, which suits Russian
endings (``литиев*`` matches ``литиевый``, ``литиевая``). Matching is case-folded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from app.domain.rulebook import RuleError, get_str, get_str_list, line_of


class Action(StrEnum):
    """What a matching rule requires."""

    PROHIBITED = "prohibited"
    CERTIFICATE = "certificate"
    LICENCE = "licence"


_WORD_HEAD = re.compile(r"\w{3}")
_WORDS = re.compile(r"\w+")


def _keyword_literal(keyword: str) -> str:
    """The text every match of ``_keyword_pattern(keyword)`` contains."""
    k = keyword.casefold().strip()
    return k[:-1] if k.endswith("*") else k


def _keyword_pattern(keyword: str) -> str:
    k = keyword.casefold().strip()
    if k.endswith("*"):
        return r"(?<!\w)" + re.escape(k[:-1])
    return r"(?<!\w)" + re.escape(k) + r"(?:s|es)?(?!\w)"


@dataclass(frozen=True, slots=True)
class RestrictionRule:
    """One rule; ``label_en``/``label_ru`` name the kind of contents for messages."""

    id: str
    action: Action
    label_en: str
    label_ru: str
    hs_prefixes: tuple[str, ...]
    keywords: tuple[str, ...]
    destinations: frozenset[str] = frozenset()
    pattern: re.Pattern[str] | None = None

    def applies_to(self, destination: str) -> bool:
        return not self.destinations or destination.upper() in self.destinations

    def matches(self, description: str, hs_code: str) -> bool:
        if hs_code and hs_code.startswith(self.hs_prefixes):
            return True
        return bool(self.pattern and self.pattern.search(description.casefold()))

    @classmethod
    def from_mapping(cls, entry: Mapping[str, Any]) -> RestrictionRule:
        rid = get_str(entry, "id", "restriction")
        what = f"restriction {rid}"
        action_text = get_str(entry, "action", what)
        try:
            action = Action(action_text)
        except ValueError:
            raise RuleError(
                f"{what}: action must be one of {', '.join(a.value for a in Action)}, found {action_text!r}",
                line_of(entry),
            ) from None
        prefixes = get_str_list(entry, "hs_prefixes", what, default=[])
        for p in prefixes:
            if not p.isdigit() or len(p) < 2:
                raise RuleError(f"{what}: HS prefix {p!r} must be 2 or more digits", line_of(entry))
        keywords = get_str_list(entry, "keywords", what, default=[])
        if not prefixes and not keywords:
            raise RuleError(
                f"{what}: give hs_prefixes or keywords, or it never matches", line_of(entry)
            )
        pattern = re.compile("|".join(_keyword_pattern(k) for k in keywords)) if keywords else None
        return cls(
            id=rid,
            action=action,
            label_en=get_str(entry, "label_en", what),
            label_ru=get_str(entry, "label_ru", what, default=get_str(entry, "label_en", what)),
            hs_prefixes=tuple(prefixes),
            keywords=tuple(keywords),
            destinations=frozenset(
                d.upper() for d in get_str_list(entry, "destinations", what, default=[])
            ),
            pattern=pattern,
        )


@dataclass(frozen=True, slots=True)
class RestrictionScreen:
    r"""Whether any of a set of rules could match a line, cheaply: the per-rule regexes cost
    tens of microseconds a line, and a pre-advice import checks a million lines.

    Exact as a screen, it says no only when no rule matches. A keyword pattern matches only
    where its case-folded keyword (a stem without its ``*``) starts a word (``(?<!\w)``):
    so a keyword whose first three characters are word characters can match only if some
    word of the description starts with them (``heads``), and only then is the keyword
    looked for as a substring; other keywords are always looked for; a rule whose
    pattern was not built from its keywords keeps its regex; the HS prefixes are the
    union of the rules'.
    """

    hs_prefixes: tuple[str, ...] = ()
    heads: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    literals: tuple[str, ...] = ()
    patterns: tuple[re.Pattern[str], ...] = ()

    @classmethod
    def of(cls, rules: Iterable[RestrictionRule]) -> RestrictionScreen:
        prefixes: list[str] = []
        heads: dict[str, list[str]] = {}
        literals: list[str] = []
        patterns: list[re.Pattern[str]] = []
        for r in rules:
            prefixes.extend(r.hs_prefixes)
            if r.pattern is None:
                continue
            if r.pattern.pattern != "|".join(_keyword_pattern(k) for k in r.keywords):
                patterns.append(r.pattern)
                continue
            for k in map(_keyword_literal, r.keywords):
                if _WORD_HEAD.fullmatch(k[:3]):
                    heads.setdefault(k[:3], []).append(k)
                else:
                    literals.append(k)
        return cls(
            tuple(prefixes),
            {h: tuple(ks) for h, ks in heads.items()},
            tuple(literals),
            tuple(patterns),
        )

    def may_match(self, description: str, hs_code: str) -> bool:
        if hs_code and hs_code.startswith(self.hs_prefixes):
            return True
        folded = description.casefold()
        heads = self.heads
        for word in _WORDS.findall(folded):
            for k in heads.get(word[:3], ()):
                if k in folded:
                    return True
        return any(k in folded for k in self.literals) or any(
            p.search(folded) for p in self.patterns
        )
