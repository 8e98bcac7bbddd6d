"""Validation problems: which field is wrong, why, and what to do about it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input, attached to the field it belongs to.

    ``field`` is a dotted path such as ``"sender.name"``, ``"pieces.0.s10"`` or
    ``"customs.lines.1.hs_code"``. ``template`` is an English sentence (marked for
    translation) with ``{name}`` placeholders filled from ``params``. ``code`` is a
    stable identifier for tests and logs.
    """

    field: str
    code: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)
    blocking: bool = True

    @property
    def message(self) -> str:
        """The English message with its parameters filled in."""
        return self.template.format(**self.params)


def fields_with_problems(problems: list[Problem]) -> set[str]:
    """The set of field paths that have at least one problem."""
    return {p.field for p in problems}
