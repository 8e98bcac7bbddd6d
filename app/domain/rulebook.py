"""Reading corridor rule entries (already parsed JSON) into checked values, and dated versions.

Rule files are data with effective dates (DESIGN.md 5.3). This module turns one entry
(a mapping) into typed values and raises ``RuleError`` naming the entry's line when a
value is missing or malformed. File reading and JSON parsing live in
``app.services.reference_data``; mappings produced there carry a ``line`` attribute
(the line of the entry's opening brace), which errors here report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol, TypeVar


class RuleError(ValueError):
    """A rules entry is malformed. ``line`` is the entry's line in its file, when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def line_of(entry: Any) -> int | None:
    """The line where ``entry`` starts in its file (``None`` for plain dicts)."""
    return getattr(entry, "line", None)


def _fail(entry: Mapping[str, Any], message: str) -> RuleError:
    return RuleError(message, line_of(entry))


def req(entry: Mapping[str, Any], key: str, what: str) -> Any:
    if not isinstance(entry, Mapping):
        raise RuleError(f"{what} must be an object {{...}}, found {type(entry).__name__}")
    if key not in entry:
        raise _fail(entry, f"{what}: '{key}' is missing")
    return entry[key]


def get_str(entry: Mapping[str, Any], key: str, what: str, *, default: str | None = None) -> str:
    if default is not None and key not in entry:
        return default
    value = req(entry, key, what)
    if not isinstance(value, str) or not value.strip():
        raise _fail(entry, f"{what}: '{key}' must be a non-empty text, found {value!r}")
    return value


def get_int(
    entry: Mapping[str, Any], key: str, what: str, *, minimum: int = 0, optional: bool = False
) -> int | None:
    if optional and entry.get(key) is None:
        return None
    value = req(entry, key, what)
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise _fail(entry, f"{what}: '{key}' must be a whole number >= {minimum}, found {value!r}")
    return value


def get_decimal(
    entry: Mapping[str, Any], key: str, what: str, *, optional: bool = False
) -> Decimal | None:
    """A decimal written as a JSON string ("12.50") so no float ever carries money."""
    if optional and entry.get(key) is None:
        return None
    value = req(entry, key, what)
    if not isinstance(value, str):
        raise _fail(
            entry, f"{what}: '{key}' must be a decimal in quotes like \"12.50\", found {value!r}"
        )
    try:
        result = Decimal(value)
    except InvalidOperation:
        raise _fail(entry, f"{what}: '{key}' is not a decimal number: {value!r}") from None
    if not result.is_finite() or result < 0:
        raise _fail(entry, f"{what}: '{key}' must be a number >= 0, found {value!r}")
    return result


def get_date(
    entry: Mapping[str, Any], key: str, what: str, *, optional: bool = False
) -> date | None:
    if optional and entry.get(key) is None:
        return None
    value = req(entry, key, what)
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise _fail(entry, f"{what}: '{key}' must be a date YYYY-MM-DD, found {value!r}") from None


def get_list(
    entry: Mapping[str, Any], key: str, what: str, *, default: list[Any] | None = None
) -> list[Any]:
    if default is not None and key not in entry:
        return default
    value = req(entry, key, what)
    if not isinstance(value, list):
        raise _fail(entry, f"{what}: '{key}' must be a list [...], found {value!r}")
    return value


def get_str_list(
    entry: Mapping[str, Any], key: str, what: str, *, default: list[str] | None = None
) -> list[str]:
    items = get_list(entry, key, what, default=default)
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise _fail(
                entry, f"{what}: every item of '{key}' must be a non-empty text, found {item!r}"
            )
    return items


class Dated(Protocol):
    """Anything with an effective date."""

    @property
    def effective_from(self) -> date: ...


D = TypeVar("D", bound=Dated)


def version_in_force(
    versions: Iterable[D], on: date, match: Callable[[D], bool] = lambda _v: True
) -> D | None:
    """The matching version with the latest ``effective_from`` on or before ``on``.

    A version that has an ``effective_until`` attribute is in force only up to and
    including that day.
    """
    best: D | None = None
    for v in versions:
        if not match(v) or v.effective_from > on:
            continue
        until = getattr(v, "effective_until", None)
        if until is not None and on > until:
            continue
        if best is None or v.effective_from > best.effective_from:
            best = v
    return best


def check_unique_dates(
    versions: Sequence[D], key: Callable[[D], object], what: str, lines: Sequence[int | None]
) -> None:
    """Two versions of the same thing must not start on the same day (which would win?)."""
    seen: dict[tuple[object, date], int] = {}
    for i, v in enumerate(versions):
        k = (key(v), v.effective_from)
        if k in seen:
            raise RuleError(
                f"{what} {key(v)} has two versions effective from {v.effective_from.isoformat()}",
                lines[i],
            )
        seen[k] = i
