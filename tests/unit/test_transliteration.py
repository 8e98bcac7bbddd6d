"""Latin script for documents abroad: ICAO Doc 9303 for Cyrillic, ISO 15919 for Devanagari,
ASCII folding for the ZPL built-in font; S10 digits are ASCII only."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.consignment import Party
from app.domain.s10 import S10, check
from app.domain.transliteration import (
    ascii_fold,
    latin_party,
    needs_latin,
    to_latin,
)


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Щёлково", "Shchelkovo"),  # Щ -> SHCH, Ё -> E (ICAO Doc 9303)
        ("Цой", "Tsoi"),  # Ц -> TS, Й -> I
        ("Юлия", "Iuliia"),  # Ю -> IU, Я -> IA
        ("Жуков", "Zhukov"),
        ("Хабаровск", "Khabarovsk"),
        ("Объезд", "Obieezd"),  # Ъ -> IE
        ("ул. Тверская, д. 12, кв. 45", "ul. Tverskaia, d. 12, kv. 45"),
    ],
)
def test_cyrillic_by_icao_doc_9303(cyrillic: str, latin: str) -> None:
    assert to_latin(cyrillic) == latin


def test_devanagari_by_iso_15919_with_hindi_final_vowel_dropped() -> None:
    assert to_latin("राजेश कुमार शर्मा") == "Rājēś Kumār Śarmā"
    assert to_latin("नई दिल्ली") == "Naī Dillī"
    assert to_latin("१४ एमजी रोड") == "14 Ēmajī Rōḍ"  # Devanagari digits become 0-9
    assert ascii_fold("राजेश कुमार") == "Rajes Kumar"


def test_latin_text_is_left_alone() -> None:
    assert not needs_latin("Rajesh Kumar Sharma, 14 MG Road")
    assert to_latin("Rajesh Kumar Sharma") == "Rajesh Kumar Sharma"


@given(st.text(max_size=40))
def test_ascii_fold_always_gives_printable_ascii_for_font_0(text: str) -> None:
    assert ascii_fold(text).isascii()


def test_the_clerks_latin_form_wins_over_the_transliteration() -> None:
    party = Party("Иванов Сергей", "ул. Ленина, 5", "Казань", "420000", "RU")
    auto = latin_party(party)
    assert (auto.name, auto.address, auto.city) == ("Ivanov Sergei", "ul. Lenina, 5", "Kazan")
    confirmed = latin_party(party, {"name": "Ivanov Sergey"})
    assert confirmed.name == "Ivanov Sergey" and confirmed.city == "Kazan"
    assert latin_party(Party("A", "B", "C", "1", "RU", latin=(("name", "Z"),))).name == "Z"


# digits of other scripts: Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali, fullwidth
OTHER_DIGITS = ["٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "०१२३४५६७८९", "০১২৩৪৫৬৭৮৯", "０１２３４５６７８９"]


@given(
    serial=st.integers(min_value=0, max_value=99_999_999),
    script=st.sampled_from(OTHER_DIGITS),
    position=st.integers(min_value=2, max_value=10),
)
def test_s10_takes_ascii_digits_only(serial: int, script: str, position: int) -> None:
    valid = str(S10.build("CP", serial, "RU"))
    assert check(valid).ok
    digit = int(valid[position])
    changed = valid[:position] + script[digit] + valid[position + 1 :]
    result = check(changed)
    assert not result.ok and result.code == "digits_ascii"
