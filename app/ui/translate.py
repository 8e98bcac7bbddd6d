"""Translation of domain texts (problems, category labels) on the GUI side."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.i18n import ANY_CONTEXT, Translatable
from app.domain.problems import Problem


def tr_domain(context: str, template: str, params: dict[str, object] | None = None) -> str:
    """Translate an English domain template marked with ``QT_TRANSLATE_NOOP`` and fill it
    (parameters that are ``Translatable`` in the window's language too). ``ANY_CONTEXT``
    looks the template up in each context the lower layers mark texts in."""
    params = {
        k: tr_text(v) if isinstance(v, Translatable) else v for k, v in (params or {}).items()
    }
    if context == ANY_CONTEXT:
        text = template
        for ctx in _CONTEXTS:
            text = QCoreApplication.translate(ctx, template)
            if text != template:
                break
    else:
        text = QCoreApplication.translate(context, template)
    try:
        return text.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return template.format(**(params or {}))


def tr_text(text: str) -> str:
    """``text`` in the window's language when it is a ``Translatable``; as it is otherwise."""
    if isinstance(text, Translatable):
        return tr_domain(text.context, text.template, text.params)
    return text


# Every context the lower layers mark texts in (``CTX = ...`` in their modules).
_CONTEXTS = (
    "Validation",
    "S10",
    "Acceptance",
    "Customs",
    "Scan",
    "Capture",
    "Duty",
    "Void",
    "Auth",
    "DayClose",
    "Fiscal",
    "Sync",
    "Scale",
    "Scanner",
    "Amend",
    "Payment",
    "LoadBinding",
    "Enrolment",
    "Settings",
    "Batch",
    "BatchClose",
    "PreAdvice",
)


def problem_text(problem: Problem) -> str:
    """The problem's message in the user's language (falls back to English)."""
    for ctx in _CONTEXTS:
        translated = QCoreApplication.translate(ctx, problem.template)
        if translated != problem.template:
            return translated.format(**problem.params)
    return problem.message
