"""The product's S10 policy: which identifiers a counter of this product may accept.

The heavy-parcel product takes only its configured service indicators (rules data,
``resources/rules/postal_rules.json``) and only identifiers issued by the branch's own
operator (country letters = the branch's country, a real ISO 3166 code by pycountry).
The shape and check digit (ASCII digits only) are ``app.domain.s10``'s; this adds what
the product and the branch allow, with a reason a clerk understands.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pycountry

from app.domain.consignment import Consignment
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.problems import Problem
from app.domain.s10 import CTX, S10Check, check

DEFAULT_SERVICES: tuple[str, ...] = ("CP", "CB", "CC")


@dataclass(frozen=True, slots=True)
class S10Policy:
    """What a product at a branch accepts: service indicators and the issuing country."""

    services: tuple[str, ...] = DEFAULT_SERVICES
    country: str = ""  # the branch's country; "" = any ISO 3166 country

    @classmethod
    def from_rules(cls, product: Mapping[str, Any], branch_country: str) -> S10Policy:
        services = tuple(str(s).upper() for s in product.get("service_indicators", ()))
        issuer = str(product.get("issuer", "branch_country"))
        return cls(
            services=services or DEFAULT_SERVICES,
            country=branch_country.upper() if issuer == "branch_country" else "",
        )


@functools.lru_cache(maxsize=1024)  # a few hundred codes exist; imports ask millions of times
def is_iso_country(code: str) -> bool:
    return pycountry.countries.get(alpha_2=code.upper()) is not None


def _bad(result: S10Check, code: str, template: str, **params: str) -> S10Check:
    return S10Check(result.text, None, code, template, {"text": str(result.value), **params})


def check_for_product(text: str, policy: S10Policy) -> S10Check:
    """``check`` plus the product's policy: the first reason an identifier is refused."""
    result = check(text)
    if result.value is None:
        return result
    ident = result.value
    if not is_iso_country(ident.country):
        return _bad(
            result,
            "country_unknown",
            QT_TRANSLATE_NOOP(
                CTX, "{text} ends in {country}, which is not an ISO 3166 country code."
            ),
            country=ident.country,
        )
    if policy.country and ident.country != policy.country:
        return _bad(
            result,
            "country_other",
            QT_TRANSLATE_NOOP(
                CTX,
                "{text} was issued by another operator ({country}); this counter accepts "
                "only {own} numbers. Use a label from this branch's block (F3).",
            ),
            country=ident.country,
            own=policy.country,
        )
    if ident.service not in policy.services:
        return _bad(
            result,
            "service_other",
            QT_TRANSLATE_NOOP(
                CTX,
                "{text} has service indicator {service}, which this product does not use "
                "(allowed: {allowed}). Use a parcel label of this product.",
            ),
            service=ident.service,
            allowed=", ".join(policy.services),
        )
    return result


def refusals(texts: Iterable[str], policy: S10Policy) -> list[S10Check]:
    """The identifiers among ``texts`` the policy refuses (with their reasons)."""
    return [r for r in (check_for_product(t, policy) for t in texts) if not r.ok]


def validate_s10_policy(c: Consignment, policy: S10Policy) -> list[Problem]:
    """A problem at ``pieces.N.s10`` for every piece whose identifier the policy refuses."""
    out: list[Problem] = []
    for i, piece in enumerate(c.pieces):
        if not piece.s10:
            continue  # the missing number is validation's to say
        result = check_for_product(piece.s10, policy)
        if not result.ok and result.code not in SHAPE_CODES:
            out.append(
                Problem(f"pieces.{i}.s10", f"s10.{result.code}", result.template, result.params)
            )
    return out


# Codes ``app.domain.s10.check`` itself returns: validation already reports those.
SHAPE_CODES = frozenset({"empty", "length", "shape", "reserved", "check_digit", "digits_ascii"})
