"""Taking the money for an acceptance: methods, states and the cash arithmetic (pure).

A payment has its own UUID, made at the counter. It is the outbox item's idempotency key
today and is meant to be the task id sent to a fiscal register later (issue 15), so a
retry can never register the sale twice. The states leave room for that register:

* ``paid`` — the money was taken (cash, card or charged to a business account);
* ``unpaid`` — a supervisor explicitly let the parcel go without payment (audited);
* ``awaiting_register`` — reserved for a fiscal register that has not confirmed yet; the
  counter does not produce it today, reports count it as not yet paid.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.money import Money

CTX = "Payment"

CASH = "cash"
CARD = "card"
ACCOUNT = "account"
METHODS = (CASH, CARD, ACCOUNT)

PAID = "paid"
UNPAID = "unpaid"
AWAITING_REGISTER = "awaiting_register"
STATES = (PAID, UNPAID, AWAITING_REGISTER)

# A clerk who types 160000 for 1600.00 should be stopped, not handed 158 400 in change.
MAX_TENDERED_FACTOR = 20
MAX_TENDERED = Decimal("10000000")


class PaymentProblem(ValueError):
    """What is wrong with a payment as the clerk entered it (template marked for translation)."""

    def __init__(self, template: str, **params: str) -> None:
        super().__init__(template.format(**params))
        self.template = template
        self.params = params


@dataclass(frozen=True, slots=True)
class Tender:
    """What the customer handed over and what goes back (cash); card/account have no change."""

    method: str
    due: Money
    tendered: Money | None
    change: Money | None


def tender(method: str, due: Money, tendered: Money | None = None) -> Tender:
    """Check a payment of ``due`` by ``method``; for cash, ``tendered`` ``None`` means the
    exact amount. Raises ``PaymentProblem`` with what to do."""
    if method not in METHODS:
        raise PaymentProblem(
            QT_TRANSLATE_NOOP(CTX, "Choose how the customer pays: cash, card or account.")
        )
    due = due.quantized()
    if method != CASH:
        return Tender(method, due, None, None)
    given = (tendered or due).quantized()
    if given.currency != due.currency:
        raise PaymentProblem(
            QT_TRANSLATE_NOOP(CTX, "Cash is taken in {currency} only."), currency=due.currency
        )
    if given.amount < 0:
        raise PaymentProblem(QT_TRANSLATE_NOOP(CTX, "Type the cash received, e.g. 2000."))
    if given < due:
        raise PaymentProblem(
            QT_TRANSLATE_NOOP(
                CTX, "{given} is less than the {due} due: take {short} more, or choose card."
            ),
            given=str(given),
            due=str(due),
            short=str((due - given).quantized()),
        )
    limit = max(due.amount * MAX_TENDERED_FACTOR, Decimal(5000))
    if given.amount > min(limit, MAX_TENDERED):
        raise PaymentProblem(
            QT_TRANSLATE_NOOP(
                CTX, "{given} is far more than the {due} due: check the amount typed."
            ),
            given=str(given),
            due=str(due),
        )
    return Tender(method, due, given, (given - due).quantized())
