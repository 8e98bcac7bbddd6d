"""``python -m central customer add|list|token|set-limit|settle`` (issue 17).

``add`` creates a business customer or, for a code that exists, changes the fields given
(a price plan given with it is added, or replaces the plan of the same date); every
change publishes a new ``customers`` document that terminals receive with their reference
data. ``token`` prints a new API token once (the old one stops working). ``settle``
books what the customer paid against its account.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from app.domain.customer import KINDS
from central.accounts import accounts, flagged_entries, settle
from central.customers import (
    ADDRESS_FIELDS,
    CustomerChange,
    CustomerError,
    PlanChange,
    Saved,
    issue_token,
    listing,
    parse_amount,
    read_tariff_entries,
    save_customer,
    set_limit,
    today,
)
from central.db import CentralDB

COMMAND = "customer"
MAX_TARIFF_FILE = 256 * 1024


def register(sub: Any) -> None:
    """Add ``customer`` and its actions to central's parser."""
    db_help = "SQLAlchemy URL or SQLite file (default central.db)"
    cu = sub.add_parser("customer", help="business customers: register, tokens, accounts")
    csub = cu.add_subparsers(dest="customer_command", required=True, metavar="ACTION")
    add = csub.add_parser("add", help="add a business customer, or change one (same --code)")
    add.add_argument("--code", required=True, help="2-40 capitals, digits, '-' (SHOPKART)")
    add.add_argument("--contract", help="contract number (needed for a new customer)")
    add.add_argument("--name", help="legal name (needed for a new customer)")
    add.add_argument("--kind", choices=KINDS, help="needed for a new customer")
    add.add_argument("--country", help="ISO code, RU or IN (needed for a new customer)")
    add.add_argument("--inn", help="Russian INN (10 or 12 digits; needed in RU)")
    add.add_argument("--gstin", help="Indian GSTIN (15 characters; needed in IN)")
    add.add_argument("--iec", help="Indian importer-exporter code (10 characters)")
    for name in ADDRESS_FIELDS:
        add.add_argument(f"--{name}", help=f"sender's {name}")
    add.add_argument(
        "--account",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="payment on account allowed (--no-account: not)",
    )
    add.add_argument("--credit-limit", help="credit limit of the account, e.g. 500000")
    add.add_argument("--currency", help="account currency, e.g. INR or RUB")
    add.add_argument(
        "--active", action=argparse.BooleanOptionalAction, default=None, help="in use or not"
    )
    add.add_argument("--discount", help="price plan: PERCENT off the public tariff")
    add.add_argument("--plan-tariff", type=Path, help="price plan: FILE of tariff entries (JSON)")
    add.add_argument("--plan-name", help="price plan's name, shown on screen and receipt")
    add.add_argument("--plan-from", help="price plan in force from YYYY-MM-DD (default today)")
    add.add_argument("--db", help=db_help)
    ls = csub.add_parser("list", help="customers with their accounts")
    ls.add_argument("--json", action="store_true", help="the whole register as JSON")
    ls.add_argument("--db", help=db_help)
    tok = csub.add_parser("token", help="a new API token for the customer (old one stops)")
    tok.add_argument("code", metavar="CODE")
    tok.add_argument("--db", help=db_help)
    lim = csub.add_parser("set-limit", help="change the credit limit (0: no payment on account)")
    lim.add_argument("code", metavar="CODE")
    lim.add_argument("amount", metavar="AMOUNT")
    lim.add_argument("--currency", help="account currency when none is set yet")
    lim.add_argument("--db", help=db_help)
    st = csub.add_parser("settle", help="the customer paid AMOUNT of its account")
    st.add_argument("code", metavar="CODE")
    st.add_argument("amount", metavar="AMOUNT")
    st.add_argument("--note", default="", help="e.g. the bank transfer's reference")
    st.add_argument("--db", help=db_help)


def _plan(args: argparse.Namespace) -> PlanChange | None:
    given = (args.discount, args.plan_tariff, args.plan_name, args.plan_from)
    if all(v is None for v in given):
        return None
    if (args.discount is None) == (args.plan_tariff is None):
        raise CustomerError("a price plan is either --discount PERCENT or --plan-tariff FILE")
    try:
        start = date.fromisoformat(args.plan_from) if args.plan_from else today()
    except ValueError:
        raise CustomerError(f"--plan-from {args.plan_from!r}: use YYYY-MM-DD") from None
    tariffs: list[Any] | None = None
    if args.plan_tariff is not None:
        try:
            if args.plan_tariff.stat().st_size > MAX_TARIFF_FILE:
                raise CustomerError(f"--plan-tariff: larger than {MAX_TARIFF_FILE} bytes")
            raw = json.loads(args.plan_tariff.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise CustomerError(
                f"--plan-tariff {args.plan_tariff}: cannot read it ({exc})"
            ) from None
        tariffs = read_tariff_entries(raw)
    discount = parse_amount(args.discount, "--discount") if args.discount is not None else None
    return PlanChange(args.plan_name or "", start, discount, tariffs)


def _change(args: argparse.Namespace) -> CustomerChange:
    return CustomerChange(
        code=args.code,
        contract=args.contract,
        name=args.name,
        kind=args.kind,
        country=args.country,
        inn=args.inn,
        gstin=args.gstin,
        iec=args.iec,
        address={k: getattr(args, k) for k in ADDRESS_FIELDS if getattr(args, k) is not None},
        account_allowed=args.account,
        credit_limit=(
            parse_amount(args.credit_limit, "--credit-limit")
            if args.credit_limit is not None
            else None
        ),
        currency=args.currency,
        active=args.active,
        plan=_plan(args),
    )


def _saved(saved: Saved) -> None:
    what = "added" if saved.created else "updated"
    p = saved.published
    print(f"customer {saved.code} {what}; {p.kind} version {p.version} in force from {p.effective}")


def _list(db: CentralDB, as_json: bool) -> None:
    with db.read() as session:
        register = listing(session)
        books = {a.customer: a for a in accounts(session)}
        flagged = flagged_entries(session)
    if as_json:
        for entry in register:
            book = books.get(entry["code"])
            entry["balance"] = book.as_json() if book is not None else None
        print(json.dumps({"customers": register}, ensure_ascii=False, indent=1))
        return
    if not register:
        print("no business customers yet ('customer add' makes one)")
    for entry in register:
        book = books.get(entry["code"])
        account = (
            f"owes {book.balance} of {book.credit_limit} {book.currency}"
            if book is not None and book.allowed
            else "no account"
        )
        plans = ", ".join(p["name"] for p in entry["price_plans"]) or "public tariff"
        state = "" if entry["active"] else " [inactive]"
        print(
            f"{entry['code']:<16} {entry['kind']:<11} {entry['country']} "
            f"{entry['contract']:<20} {entry['name']}{state}\n"
            f"{'':16} {account}; plans: {plans}"
        )
    for line in flagged:
        print(
            f"to check: {line.kind} {line.source_id} of {line.customer_code or '?'} "
            f"({line.flag}) at branch {line.branch}",
            file=sys.stderr,
        )


def run(args: argparse.Namespace, db: CentralDB) -> int:
    """Run one ``customer`` action; a refusal is one line on standard error, exit code 1."""
    action = args.customer_command
    try:
        if action == "add":
            _saved(save_customer(db, _change(args)))
        elif action == "list":
            _list(db, args.json)
        elif action == "token":
            token = issue_token(db, args.code)
            print(token)
            print(
                "The token is shown only now; central keeps only its hash. Any earlier "
                "token of this customer no longer works.",
                file=sys.stderr,
            )
        elif action == "set-limit":
            amount = parse_amount(args.amount, "AMOUNT")
            _saved(set_limit(db, args.code, amount, args.currency))
        else:
            book = settle(db, args.code, parse_amount(args.amount, "AMOUNT"), args.note)
            print(
                f"customer {book.customer}: settlement booked; owes {book.balance} "
                f"{book.currency} (credit limit {book.credit_limit})"
            )
    except CustomerError as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return 1
    return 0
