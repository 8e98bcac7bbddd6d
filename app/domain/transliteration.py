"""Latin script for documents that leave the country: transliteration of names, addresses
and content descriptions typed in Cyrillic or Devanagari.

Standards (the issue asks to say which):

* Cyrillic -> Latin: **ICAO Doc 9303** (7th edition, 2015), the table Russia's foreign
  passports use and GOST R 52535.1-2006 adopted, via the maintained ``iuliia`` library
  (schema ``icao_doc_9303``): ``Щёлково`` -> ``Shchelkovo``, ``Юлия`` -> ``Iuliia``.
* Devanagari -> Latin: **ISO 15919** via ``indic-transliteration`` (``sanscript.ISO``),
  with the word-final inherent vowel dropped as Hindi pronounces it (``राजेश`` ->
  ``Rājēś``, not ``Rājēśa``) and each word capitalised (Devanagari has no case).

The clerk sees the result next to the original and may correct it; both are stored. The
printers' built-in font ``0`` (ZPL) knows only ASCII: ``ascii_fold`` removes the
diacritics for it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache

from app.domain.consignment import Party
from app.domain.customs import CustomsLine

STANDARD_CYRILLIC = "ICAO Doc 9303 (GOST R 52535.1-2006)"
STANDARD_DEVANAGARI = "ISO 15919"

_CYRILLIC = re.compile(r"[\u0400-\u04FF\u0500-\u052F]")
_DEVANAGARI = re.compile(r"[\u0900-\u097F\uA8E0-\uA8FF]")
_DEVANAGARI_RUN = re.compile(r"[\u0900-\u097F\uA8E0-\uA8FF]+")
# Consonant letters: a word ending in one keeps its inherent vowel only in writing.
_CONSONANTS = frozenset(chr(c) for c in (*range(0x0915, 0x093A), *range(0x0958, 0x0960)))
# Letters that do not decompose into a base letter plus marks.
_ASCII_EXTRA = str.maketrans({"ʹ": "", "ʺ": "", "’": "'", "«": '"', "»": '"', "–": "-", "—": "-"})


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def has_devanagari(text: str) -> bool:
    return bool(_DEVANAGARI.search(text))


def needs_latin(text: str) -> bool:
    """True when ``text`` holds letters a document abroad must not carry as they are."""
    return has_cyrillic(text) or has_devanagari(text)


def _devanagari_word(word: str) -> str:
    # Imported on first use: indic-transliteration loads all its scheme tables (about a
    # second), which the counter's start must not pay for.
    from indic_transliteration import sanscript

    latin = sanscript.transliterate(word, sanscript.DEVANAGARI, sanscript.ISO)
    if word[-1] in _CONSONANTS and latin.endswith("a") and len(word) > 1:
        latin = latin[:-1]
    return latin[:1].upper() + latin[1:]


@lru_cache(maxsize=4096)
def to_latin(text: str) -> str:
    """``text`` with its Cyrillic and Devanagari in Latin script; other text unchanged."""
    out = text
    if has_cyrillic(out):
        import iuliia  # on first use, like indic-transliteration

        out = iuliia.ICAO_DOC_9303.translate(out)
    if has_devanagari(out):
        out = _DEVANAGARI_RUN.sub(lambda m: _devanagari_word(m.group(0)), out)
    return out


def ascii_fold(text: str) -> str:
    """Plain ASCII for a printer font without accents: ``Rājēś`` -> ``Rajes``.

    Text still outside ASCII after transliteration and folding becomes ``?``, so a
    printer never receives bytes its font cannot draw.
    """
    latin = to_latin(text).translate(_ASCII_EXTRA)
    decomposed = unicodedata.normalize("NFKD", latin)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.encode("ascii", "replace").decode("ascii")


def latin_or(given: str, original: str) -> str:
    """The Latin form the clerk confirmed, else the transliteration of the original."""
    given = given.strip()
    return given if given else to_latin(original.strip())


# The fields of a party that are written in a script: what documents abroad transliterate.
SCRIPT_FIELDS = ("name", "address", "city")


def latin_party(party: Party, confirmed: Mapping[str, str] | None = None) -> Party:
    """``party`` as printed abroad: the clerk's Latin forms, else transliterations."""
    confirmed = {**dict(party.latin), **(confirmed or {})}
    return replace(
        party,
        **{f: latin_or(confirmed.get(f, ""), getattr(party, f)) for f in SCRIPT_FIELDS},
        latin=(),
    )


def latin_line(line: CustomsLine) -> CustomsLine:
    """A content line with its description in Latin script (the clerk's, else transliterated)."""
    return replace(line, description=latin_or(line.description_latin, line.description))
