"""Marking of user-facing domain texts for translation without importing Qt.

Domain code returns English templates; the UI translates them with
``QCoreApplication.translate(context, template)`` and then fills the parameters.
``pyside6-lupdate`` recognises the ``QT_TRANSLATE_NOOP`` name and extracts the text.
"""

from __future__ import annotations

# The context of a ``Translatable`` made from a template whose context is not known where it
# is worded (a ``Problem`` of the validation): the UI looks the template up in every context.
ANY_CONTEXT = ""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; the call only marks it for extraction."""
    del context
    return text


class Translatable(str):
    """An English message that also carries its context, template and parameters.

    Lower layers that hand a finished sentence to a callback (the device readers) give one
    of these: it reads as the English text everywhere a ``str`` is expected (logs, the
    command line), and the UI translates it with ``app.ui.translate.tr_text``. A parameter
    may itself be a ``Translatable`` (a reason inside "row 3: ..."): it is translated too.
    """

    context: str
    template: str
    params: dict[str, object]

    def __new__(cls, context: str, template: str, params: dict[str, object]) -> Translatable:
        obj = super().__new__(cls, template.format(**params))
        obj.context, obj.template, obj.params = context, template, dict(params)
        return obj
