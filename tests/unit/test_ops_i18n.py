"""Every word the operations page shows has its Russian translation (central/ops_i18n.py):
the texts in the templates and the refusals the log-in forms show."""

from __future__ import annotations

import re
from pathlib import Path

from central import ops, ops_auth
from central.ops_i18n import RU

TEMPLATES = Path(ops.__file__).with_name("templates")


def shown_texts() -> set[str]:
    texts: set[str] = set()
    for template in TEMPLATES.glob("*.html"):
        texts |= set(re.findall(r'\bt\("((?:[^"\\]|\\.)+)"\)', template.read_text("utf-8")))
    source = Path(ops.__file__).read_text("utf-8")
    texts |= set(re.findall(r'login_page\(request, \d+, "([^"]+)"', source))
    texts |= {ops_auth.WRONG, ops_auth.LOCKED, ops_auth.BUSY}
    return texts


def test_every_text_of_the_page_is_translated_to_russian():
    texts = shown_texts()
    assert "Sign in" in texts and "Wrong admin token." in texts and ops_auth.LOCKED in texts
    missing = sorted(t for t in texts if t not in RU)
    assert not missing, missing
    # placeholders survive the translation
    for text in texts:
        assert set(re.findall(r"\{\w+\}", RU[text])) == set(re.findall(r"\{\w+\}", text)), text
