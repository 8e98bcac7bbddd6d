"""Words of the operations page in English and Russian (``?lang=ru`` or Accept-Language).

The page is for head office and supervisors of the Russia Post side first; India Post
staff read the English page. Unknown text falls back to English.
"""

from __future__ import annotations

from collections.abc import Callable

LANGUAGES = ("en", "ru")
RU: dict[str, str] = {
    "PostCounter operations": "PostCounter: оперативная сводка",
    "PostCounter operations — sign in": "PostCounter: оперативная сводка — вход",
    "Admin token": "Токен администратора",
    "Sign in": "Войти",
    "Sign out": "Выйти",
    "Wrong admin token.": "Неверный токен администратора.",
    "The form is too large.": "Форма слишком велика.",
    "Operations page switched off": "Оперативная сводка отключена",
    "Set POSTCOUNTER_CENTRAL_ADMIN_TOKEN (16 characters or more) for central and restart it.": (
        "Задайте POSTCOUNTER_CENTRAL_ADMIN_TOKEN (не короче 16 символов) и перезапустите "
        "центральную систему."
    ),
    "Today (UTC)": "Сегодня (UTC)",
    "page made": "сводка составлена",
    "Branches": "Отделения",
    "Branch": "Отделение",
    "Name": "Название",
    "Terminals": "Терминалы",
    "Terminal": "Терминал",
    "Acceptances today": "Приёмов сегодня",
    "Pieces": "Мест",
    "kg": "кг",
    "Manifests closed": "Закрытых накладных",
    "No branches yet: python -m central add-branch …": (
        "Отделений пока нет: python -m central add-branch …"
    ),
    "Label": "Метка",
    "Last sync (UTC)": "Последняя синхронизация (UTC)",
    "Queue reported": "Очередь (по данным терминала)",
    "Oldest unsynced (UTC)": "Самое старое неотправленное (UTC)",
    "never": "никогда",
    "revoked": "отозван",
    "No terminals yet.": "Терминалов пока нет.",
    "Tracking": "Отслеживание",
    "S10 number": "Номер S10",
    "Search": "Найти",
    "No events for {s10} yet.": "Событий по {s10} пока нет.",
    "Event": "Событие",
    "When (UTC)": "Когда (UTC)",
    "Office": "Отделение",
    "Items rejected today": "Отклонено сегодня",
    "Last audit chain head": "Последняя голова цепочки аудита",
    "Items rejected by central (latest)": "Отклонённые центральной системой (последние)",
    "Item": "Элемент",
    "Kind": "Вид",
    "Reason": "Причина",
    "Central has refused no item.": "Центральная система не отклоняла ни одного элемента.",
    "Branch supervisor": "Начальник отделения",
    "Head office": "Центральный аппарат",
    "Branch code": "Индекс отделения",
    "Staff number": "Табельный номер",
    "PIN": "PIN-код",
    "Branch, staff number or PIN is wrong, or this is not a supervisor of the branch.": (
        "Неверный индекс отделения, табельный номер или PIN-код, либо это не начальник отделения."
    ),
    "Too many wrong PINs: this staff number is locked for {minutes} more minute(s). "
    "Try again later.": (
        "Слишком много неверных PIN-кодов: табельный номер заблокирован ещё на {minutes} "
        "мин. Повторите попытку позже."
    ),
    "Central is busy checking other log-ins; try again in a moment.": (
        "Центральная система занята проверкой других входов; повторите через минуту."
    ),
    "This form was sent from another site.": "Эта форма отправлена с другого сайта.",
    "The form could not be read.": "Не удалось прочитать форму.",
    "Payments on account to check": "Оплаты в счёт договора для проверки",
    "Customer": "Клиент",
    "Payment or batch": "Оплата или партия",
    "Amount": "Сумма",
    "Every payment on account matched its customer's account.": (
        "Все оплаты в счёт договора отнесены на счета клиентов."
    ),
    "The payment on account names no customer.": "В оплате в счёт договора не указан клиент.",
    "No customer of that code at central.": "Клиента с таким кодом в центральной системе нет.",
    "The customer may not pay on account.": "Клиенту не разрешена оплата в счёт договора.",
    "Not the currency of the customer's account.": "Валюта не совпадает с валютой счёта клиента.",
    "Signed in: head office, every branch": "Вход: центральный аппарат, все отделения",
    "Signed in: {name} ({number}), supervisor of branch {branch}": (
        "Вход: {name} ({number}), начальник отделения {branch}"
    ),
}


def pick_language(query: str, accept_language: str) -> str:
    """``?lang=`` first, then the browser's first supported language, else English."""
    if query in LANGUAGES:
        return query
    for part in accept_language.split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return "en"


def translator(lang: str) -> Callable[[str], str]:
    table = RU if lang == "ru" else {}
    return lambda text: table.get(text, text)
