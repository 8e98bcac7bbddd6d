"""Printed captions of the receipt and the manifest: English keys, the Russian text of each.

Paper handed over at a Russian branch carries two languages the way Russia Post forms do:
the Russian caption first, the English one after it in smaller type. An Indian branch's
paper stays English only, because reportlab cannot shape Devanagari (Hindi on paper would
print as broken glyphs). The CN 23 is not here: the UPU fixes its languages (English and
French), and the label's captions are English/French for the same reason.

Every caption of a document lives in that document's one mapping below, so the drawing
code holds no Russian strings and a translator reviews one place. The Russian words follow
the counter's screen translation (``resources/translations/postcounter_ru.ts``): a piece
is "место", a consignment "отправление", the manifest "ведомость", a tracking number "ШПИ".

A key may carry ``{name}`` placeholders; both texts are formatted with the same values.
A renderer asking for a key that is missing here raises ``KeyError``: a unit test reads
every key the renderers use from their source, so a missing one fails the tests, not a
counter at print time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

ENGLISH: Final = "en"
RUSSIAN: Final = "ru"
CAPTION_LANGS: Final = (ENGLISH, RUSSIAN)

# Branch country (ISO 3166-1 alpha-2) -> the language printed before English. A country
# not listed prints English only: Hindi is not printable (see the module docstring).
_COUNTRY_LANG: Final[Mapping[str, str]] = MappingProxyType({"RU": RUSSIAN})


def caption_lang_for_country(country: str) -> str:
    """The caption language of paper printed at a branch in ``country``: ``"ru"`` or ``"en"``."""
    return _COUNTRY_LANG.get((country or "").strip().upper(), ENGLISH)


RECEIPT: Final[Mapping[str, str]] = MappingProxyType(
    {
        "ACCEPTANCE RECEIPT": "КВИТАНЦИЯ О ПРИЁМЕ",
        "Heavy parcel — international": "Тяжёлая посылка — международная",
        "Branch": "ОПС",
        "TRACKING NUMBER": "ШПИ",
        "TRACKING NUMBERS": "ШПИ",
        "Also": "Также",
        "+ {n} more in the table below": "+ ещё {n} в таблице ниже",
        "TRACK YOUR PARCEL AT": "ОТСЛЕЖИВАНИЕ НА САЙТЕ",
        "SENDER": "ОТПРАВИТЕЛЬ",
        "ADDRESSEE": "ПОЛУЧАТЕЛЬ",
        "Piece": "Место",
        "Tracking number": "ШПИ",
        "Gross kg": "Брутто, кг",
        "Size L × W × H cm": "Размер Д × Ш × В, см",
        "Volumetric kg": "Объёмный, кг",
        "Chargeable kg": "Оплачиваемый, кг",
        "Total": "Итого",
        "Chargeable weight": "Оплачиваемый вес",
        # "Объявленная ценность" is the insured value in Russian postal usage; the customs
        # value of the contents is "стоимость вложения".
        "Declared value of contents": "Стоимость вложения",
        "Customs category": "Категория отправления",
        "Postage paid": "Оплачено за пересылку",
        # Issue 17: a business customer's contract price and a charge to its account.
        "Customer": "Клиент",
        "Contract price": "Цена по договору",
        "On account": "В счёт договора",
        "Import duty expected at destination": "Ожидаемая пошлина в стране назначения",
        "No estimate: no import rules are known for the destination country.": (
            "Без оценки: правила ввоза для страны назначения неизвестны."
        ),
        "No import duty expected: the declared value and weight are within the duty-free allowance.": (
            "Пошлина не ожидается: объявленная стоимость и вес в пределах беспошлинной нормы."
        ),
        "Estimate under the import rules in force on {day}; charged to the addressee by customs at destination.": (
            "Оценка по правилам ввоза, действовавшим на {day}; пошлину взимает с получателя "
            "таможня страны назначения."
        ),
        (
            "Keep this receipt until the parcel is delivered: it is your proof of posting and of "
            "the charges paid. Import duty and taxes, if any, are charged to the addressee by the "
            "customs of the destination country; the amount shown is an estimate from the "
            "declared value and the rules in force on the date of posting."
        ): (
            "Сохраняйте квитанцию до вручения посылки: она подтверждает отправку и оплату. "
            "Пошлины и налоги, если они положены, взимает с получателя таможня страны "
            "назначения; указанная сумма — оценка по объявленной стоимости и правилам, "
            "действовавшим на дату отправки."
        ),
        "Accepted by": "Принял",
        "Clerk's signature and office stamp": "Подпись оператора и оттиск штемпеля",
        "Acceptance": "Приём",
        "DEMO – NOT VALID": "ДЕМО – НЕДЕЙСТВИТЕЛЬНО",
    }
)

MANIFEST: Final[Mapping[str, str]] = MappingProxyType(
    {
        "DAILY DISPATCH MANIFEST": "ВЕДОМОСТЬ ОТПРАВКИ ЗА ДЕНЬ",
        "Parcel bill of the day — heavy parcels, international": (
            "тяжёлые международные посылки за операционный день"
        ),
        "Branch": "ОПС",
        "Business day": "Операционный день",
        "Manifest No.": "Ведомость №",
        "Supervisor": "Руководитель",
        "Closed at": "День закрыт",
        "not closed": "не закрыт",
        "PROVISIONAL — DAY NOT CLOSED": "ПРЕДВАРИТЕЛЬНАЯ — ДЕНЬ НЕ ЗАКРЫТ",
        "DEMO DATA": "ДЕМО-ДАННЫЕ",
        "Manifest": "Ведомость",
        "Page {page} of {pages}": "Лист {page} из {pages}",
        # column heads of the table
        "No.": "№",
        "Item (S10)": "ШПИ (S10)",
        "Piece": "Место",
        "Consignment": "Отправление",
        "Dest.": "Назн.",
        "Addressee": "Получатель",
        "Gross kg": "Брутто, кг",
        "Chargeable kg": "Оплачив., кг",
        "Declared value": "Стоимость вложения",
        "Fee": "Плата",
        "Customs category": "Категория",
        "Status": "Статус",
        "VOIDED": "АННУЛИРОВАНО",
        # totals rows
        "Brought forward": "Перенос",
        "Carried forward": "К переносу",
        "TOTAL": "ИТОГО",
        # the counts avoid Russian plural agreement ("1 место", "2 места", "5 мест") by
        # putting the number after a colon, as Russia Post forms do ("Количество мест: 5")
        "{pieces} pieces · {consignments} consignments": (
            "Мест: {pieces} · отправлений: {consignments}"
        ),
        " · {voided} voided (not counted)": " · аннулировано: {voided} (не учтены)",
        # closing block
        "Summary of this manifest": "Итоги ведомости",
        "Pieces dispatched": "Отправлено мест",
        "Consignments": "Отправлений",
        "Voided pieces (not dispatched)": "Аннулировано мест (не отправлены)",
        "Total gross weight": "Общий вес брутто",
        "Total chargeable weight": "Общий оплачиваемый вес",
        "Total fees": "Общая плата",
        "HANDED OVER BY — supervisor": "СДАЛ — руководитель",
        "RECEIVED BY — carrier's driver": "ПРИНЯЛ — водитель перевозчика",
        "Name": "Ф. И. О.",
        "Signature": "Подпись",
        "Date and time": "Дата и время",
        "Vehicle / seal No.": "Автомобиль / пломба №",
        (
            "Declared values and fees are shown on the first piece of each consignment; weights "
            "per piece. Weights in kg. Amounts grouped by currency ({thousand} = one thousand)."
        ): (
            "Стоимость вложения и плата указаны у первого места каждого отправления; вес — "
            "по каждому месту, в кг. Суммы по валютам ({thousand} = одна тысяча)."
        ),
    }
)

ACT: Final[Mapping[str, str]] = MappingProxyType(
    {
        # the acceptance act of a business customer's list (issue 17); Russia Post calls
        # the customer's list "список ф. 103" and the act "акт приёма"
        "ACCEPTANCE ACT": "АКТ ПРИЁМА",
        "Business customer's list No. {number}": "по списку клиента № {number}",
        "DEMO DATA": "ДЕМО-ДАННЫЕ",
        "Customer": "Клиент",
        "Contract No.": "Договор №",
        "Tax ID": "ИНН / GSTIN",
        "Branch": "ОПС",
        "Date": "Дата",
        "Clerk": "Оператор",
        "Acceptance act": "Акт приёма",
        "Page {page} of {pages}": "Лист {page} из {pages}",
        "No.": "№",
        "Item (S10)": "ШПИ (S10)",
        "Declared kg": "Заявлено, кг",
        "Actual kg": "Фактически, кг",
        "Difference kg": "Разница, кг",
        "Weight check": "Проверка веса",
        "Fee": "Плата",
        "ok": "норма",
        "WEIGHT DIFFERENCE": "РАСХОЖДЕНИЕ",
        "MISSING": "НЕ ПРЕДЪЯВЛЕНО",
        "Missing items: on the list, not presented ({n})": (
            "Не предъявлены: есть в списке, не приняты ({n})"
        ),
        "Totals of this act": "Итоги акта",
        "Items on the list": "Отправлений в списке",
        "Items accepted": "Принято отправлений",
        "Missing items": "Не предъявлено",
        "Weight differences flagged": "Расхождений веса",
        "Total actual weight": "Общий фактический вес",
        "Total fee": "Общая плата",
        "Payment method": "Способ оплаты",
        "Cash": "Наличные",
        "Card": "Карта",
        "On account": "По договору (в счёт)",
        "not paid: the list is still open": "не оплачено: список не закрыт",
        "Closed by supervisor": "Закрыл руководитель",
        "ACCEPTED BY — clerk": "ПРИНЯЛ — оператор",
        "HANDED OVER BY — customer's representative": "СДАЛ — представитель клиента",
        "Name": "Ф. И. О.",
        "Signature": "Подпись",
        "Power of attorney No.": "Доверенность №",
        (
            "Weights in kg; the difference is actual minus declared. Fees by the customer's "
            "contract. The customer's representative confirms the items and weights above."
        ): (
            "Вес в кг; разница — фактический минус заявленный. Плата по договору клиента. "
            "Представитель клиента подтверждает отправления и вес, указанные выше."
        ),
    }
)

# The customs categories as the domain names them in English (``CATEGORY_LABELS``); the
# Russian words are the counter screen's. A category not listed prints as it came.
CATEGORIES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "Gift": "Подарок",
        "Documents": "Документы",
        "Commercial sample": "Коммерческий образец",
        "Returned goods": "Возврат товара",
        "Sale of goods": "Продажа товара",
        "Other": "Прочее",
    }
)


@dataclass(frozen=True, slots=True)
class Caption:
    """One caption as printed: ``local`` (Russian) first when there is one, then ``english``.

    On English-only paper ``local`` is empty and only ``english`` prints.
    """

    english: str
    local: str = ""

    @property
    def first(self) -> str:
        """The text printed first (and larger)."""
        return self.local or self.english

    @property
    def second(self) -> str:
        """The text printed after ``first`` in smaller type; empty on English-only paper."""
        return self.english if self.local else ""

    @property
    def plain(self) -> str:
        """Both texts on one line, as in ``"Квитанция / Receipt"`` (file names, metadata)."""
        return f"{self.local} / {self.english}" if self.local else self.english


class Captions:
    """The captions of one document (``RECEIPT`` or ``MANIFEST``) in one caption language.

    ``captions("TOTAL")`` gives the :class:`Caption` to print; a language other than
    Russian gives English-only captions (Hindi is not printable, see the module docstring).
    """

    __slots__ = ("_local", "lang")

    def __init__(self, mapping: Mapping[str, str], lang: str) -> None:
        self.lang = RUSSIAN if lang == RUSSIAN else ENGLISH
        self._local: Mapping[str, str] | None = mapping if self.lang == RUSSIAN else None

    @property
    def bilingual(self) -> bool:
        """True when every caption prints in two languages."""
        return self._local is not None

    def __call__(self, key: str, **params: object) -> Caption:
        english = key.format(**params) if params else key
        if self._local is None:
            return Caption(english)
        local = self._local[key]  # KeyError: a caption missing from the mapping (a bug)
        return Caption(english, local.format(**params) if params else local)

    def category(self, english: str) -> Caption:
        """A customs category named in English, with its Russian name when it has one."""
        if self._local is None or english not in CATEGORIES:
            return Caption(english)
        return Caption(english, CATEGORIES[english])
