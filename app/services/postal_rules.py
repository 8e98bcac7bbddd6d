"""The postal rules data (``resources/rules/postal_rules.json``): operators, S10 policy,
UPU category codes and handling marks, loaded and checked once.

A broken file raises ``PostalRulesError`` naming the file and what is wrong; callers that
can do without (documents of a demo) fall back to the defaults in the domain modules.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.domain.handling import HandlingMark, HandlingMarks
from app.domain.s10 import S10Check
from app.domain.s10_policy import S10Policy, check_for_product
from app.services.paths import resource

RULES_FILE = resource("rules") / "postal_rules.json"


class PostalRulesError(ValueError):
    """The postal rules file is missing or malformed."""


@dataclass(frozen=True, slots=True)
class Operator:
    """A designated postal operator: name and UPU operator code."""

    country: str
    name: str
    upu_code: str


@dataclass(frozen=True, slots=True)
class PostalRules:
    """The checked content of ``postal_rules.json``."""

    operators: dict[str, Operator]
    products: dict[str, dict[str, Any]]
    category_codes: dict[str, str]
    handling: HandlingMarks

    def operator_code(self, country: str) -> str:
        op = self.operators.get(country.upper())
        return op.upu_code if op else country.upper()

    def s10_policy(self, product: str, branch_country: str) -> S10Policy:
        return S10Policy.from_rules(self.products.get(product, {}), branch_country)

    def mail_class(self, product: str) -> str:
        return str(self.products.get(product, {}).get("mail_class", "C"))


def parse_postal_rules(data: dict[str, Any], name: str = "postal_rules.json") -> PostalRules:
    """Check and build the rules; ``PostalRulesError`` says what is wrong."""
    try:
        operators = {
            code.upper(): Operator(code.upper(), str(op["name"]), str(op["upu_code"]))
            for code, op in data["operators"].items()
        }
        products = {str(k): dict(v) for k, v in data["products"].items()}
        for code, product in products.items():
            services = product.get("service_indicators", [])
            if not services or not all(
                isinstance(s, str) and len(s) == 2 and s.isascii() and s.isalpha() for s in services
            ):
                raise ValueError(f"product {code}: service_indicators must be 2-letter codes")
        categories = {str(k): str(v) for k, v in data["category_codes"].items()}
        marks = data["handling_marks"]
        handling = HandlingMarks(
            source=str(marks["source"]),
            marks=tuple(
                HandlingMark(
                    code=str(m["code"]),
                    from_grams=int(m["from_grams"]),
                    to_grams=None if m.get("to_grams") is None else int(m["to_grams"]),
                    text=str(m["text"]),
                    pictogram=str(m["pictogram"]),
                )
                for m in marks["marks"]
            ),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise PostalRulesError(f"{name}: {exc}") from exc
    return PostalRules(operators, products, categories, handling)


@lru_cache(maxsize=2)
def postal_rules(path: Path = RULES_FILE) -> PostalRules:
    """The rules of ``path`` (default: the shipped file), loaded once."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise PostalRulesError(f"{path.name}: {exc}") from exc
    return parse_postal_rules(data, path.name)


def product_policy(branch_country: str, product: str = "heavy-parcel") -> S10Policy:
    """The S10 policy of ``product`` at a branch in ``branch_country`` (built-in default
    when the rules file cannot be read: the branch's country, parcel indicators)."""
    try:
        return postal_rules().s10_policy(product, branch_country)
    except PostalRulesError:
        return S10Policy(country=branch_country.upper())


def product_s10_check(
    branch_country: str, product: str = "heavy-parcel"
) -> Callable[[str], S10Check]:
    """The check a counter of ``product`` applies to a scanned or typed identifier."""
    policy = product_policy(branch_country, product)
    return lambda text: check_for_product(text, policy)


def terminal_policy(session: Session, product: str = "heavy-parcel") -> S10Policy:
    """The S10 policy of this terminal's branch (setting ``branch.code``)."""
    from app.services.terminal import get_setting
    from app.store.models import Branch

    code = get_setting(session, "branch.code", None)
    branch = session.get(Branch, code) if isinstance(code, str) else None
    return product_policy(branch.country if branch else "", product)


def refusal_reason(text: str, policy: S10Policy) -> str:
    """``""`` when the product accepts ``text``, else the reason (English, for files and logs)."""
    result = check_for_product(text, policy)
    return "" if result.ok else result.reason
