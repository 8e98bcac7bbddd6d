"""The Account method of the payment panel (issue 17): offered for a business sender.

When the panel opens for an acceptance, the acceptance's customer and its credit left
are read off the GUI thread; Account is enabled only when the sender was chosen as a
business customer whose contract allows payment on account. The line beside the method
says what is left on the account, or why Account is not offered.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QRadioButton

from app.domain.money import Money
from app.domain.payment import PaymentProblem
from app.services.customer_account import AccountOffer, AccountRefused, account_offer
from app.services.payment import ACCOUNT_UNAVAILABLE, CTX, Due
from app.store.database import Database
from app.ui.locale_format import format_money
from app.ui.tasks import TaskRunner
from app.ui.translate import tr_domain


class AccountMethod(QObject):
    """Enables the panel's Account button for the acceptance being paid, or says why not."""

    def __init__(
        self, db: Database, tasks: TaskRunner, button: QRadioButton, reason: QLabel
    ) -> None:
        super().__init__(button)
        self.db, self.tasks, self.button, self.reason = db, tasks, button, reason
        self.offer: AccountOffer | None = None
        self._for = ""

    def prepare(self, due: Due) -> None:
        """Account off until the acceptance's customer is known."""
        self._for = due.acceptance_id
        self.offer = None
        self._show(tr_domain(CTX, ACCOUNT_UNAVAILABLE), enabled=False)
        acceptance_id = due.acceptance_id

        def work() -> AccountOffer:
            with self.db.read() as session:
                return account_offer(session, acceptance_id)

        self.tasks.run(work, lambda offer: self._offered(acceptance_id, offer))

    def _offered(self, acceptance_id: str, offer: AccountOffer) -> None:
        if acceptance_id != self._for:
            return  # the panel moved on to another payment
        self.offer = offer
        if not offer.offered:
            self._show(tr_domain(CTX, offer.reason), enabled=False)
            return
        text = self.tr("On account of {customer}").format(customer=offer.customer_code)
        if offer.available is not None:
            text = self.tr("On account of {customer}: {available} of credit left").format(
                customer=offer.customer_code, available=_money(offer.available)
            )
        self._show(text, enabled=True)

    def _show(self, text: str, *, enabled: bool) -> None:
        self.button.setEnabled(enabled)
        self.button.setToolTip(text)
        self.reason.setText(text)


def problem_message(problem: PaymentProblem) -> str:
    """A payment problem in the window's language, its amounts in the language's format."""
    params: Mapping[str, object] = problem.params
    if isinstance(problem, AccountRefused):
        params = {**params, **{k: _money(v) for k, v in problem.money.items()}}
    return tr_domain(CTX, problem.template, dict(params))


def _money(value: Money) -> str:
    return format_money(value, "code")  # as the panel shows the amount due
