"""Document data from the database, and the documents of an acceptance or a day as bytes.

Builds the plain data objects of ``app.documents.data`` from stored rows; the renderers in
``app.documents`` turn them into PDF or ZPL. Everything here is blocking I/O and CPU work:
callers in the GUI run it through the task runner, never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.documents.captions import RECEIPT, Caption, Captions, caption_lang_for_country
from app.documents.cn23 import render_cn23s
from app.documents.data import (
    CN23Data,
    LabelData,
    ManifestData,
    ManifestRow,
    ReceiptData,
    ReceiptPiece,
)
from app.documents.label import render_labels
from app.documents.manifest import render_manifests
from app.documents.receipt import render_receipt
from app.documents.zpl import ZplOptions, render_labels_zpl
from app.domain.customs import CATEGORY_LABELS, CustomsCategory
from app.domain.handling import DEFAULT_MARKS, HandlingMark
from app.domain.money import Money
from app.domain.postal_item import postage_shares
from app.domain.product import DEFAULT_HEAVY, ProductLimits
from app.domain.s10 import normalise
from app.domain.transliteration import latin_line, latin_party
from app.services.acceptance import load_consignment, stored_latin
from app.services.fiscal.register import SELL_RETURN
from app.services.fiscal.sales import receipt_fiscal
from app.services.gst_invoices import receipt_gst
from app.services.postal_rules import PostalRulesError, postal_rules
from app.services.terminal import get_setting
from app.store.database import Database
from app.store.models import Acceptance, Branch, Manifest, Piece, Staff

# Where a customer follows an item, by the issuing operator (last two letters of the S10).
# A terminal setting ``documents.tracking_url`` ("...{s10}...") overrides it.
TRACKING_URLS: dict[str, str] = {
    "RU": "https://www.pochta.ru/tracking?barcode={s10}",
    "IN": "https://www.indiapost.gov.in",
}
DEFAULT_TRACKING_URL = "https://www.upu.int"

LimitsFor = Callable[[date], ProductLimits]


class DocumentNotFound(LookupError):
    """The item, acceptance or manifest asked for is not in this terminal's database."""


def _default_limits(day: date) -> ProductLimits:
    from app.services.counter_rules import counter_rules

    try:
        return counter_rules().limits_on(day)
    except LookupError:
        return DEFAULT_HEAVY


def category_label(code: str) -> str:
    try:
        return CATEGORY_LABELS[CustomsCategory(code)]
    except ValueError:
        return code


def _load(
    session: Session, *, acceptance_id: str | None = None, s10: str | None = None
) -> Acceptance:
    query = select(Acceptance).options(
        selectinload(Acceptance.pieces).selectinload(Piece.weighing),
        selectinload(Acceptance.lines),
    )
    if acceptance_id is not None:
        row = session.scalar(query.where(Acceptance.id == acceptance_id))
        what = f"acceptance {acceptance_id}"
    elif s10 is not None:
        row = session.scalar(query.join(Piece).where(Piece.s10 == normalise(s10)))
        what = f"item {normalise(s10)}"
    else:
        raise ValueError("give an acceptance id or an S10")
    if row is None:
        raise DocumentNotFound(
            f"No {what} on this terminal: check the number, or print from the terminal that accepted it."
        )
    return row


def _office(session: Session, code: str) -> tuple[str, Branch | None]:
    branch = session.get(Branch, code)
    return (f"{branch.name} ({code})" if branch else code), branch


def _demo(session: Session, branch: Branch | None) -> bool:
    return bool(get_setting(session, "demo", False)) or bool(branch and branch.is_demo)


def label_data(
    session: Session, row: Acceptance, limits_for: LimitsFor = _default_limits
) -> list[LabelData]:
    """One label per piece of the acceptance ``row``."""
    limits = limits_for(row.business_day)
    consignment = load_consignment(row)
    office, branch = _office(session, row.branch_code)
    n = len(row.pieces)
    # The label travels abroad: names and addresses in Latin script (the clerk's forms).
    confirmed = stored_latin(row)
    sender = latin_party(consignment.sender, confirmed.get("sender"))
    addressee = latin_party(consignment.addressee, confirmed.get("addressee"))
    marks = {p.seq: _mark(p.gross_grams) for p in row.pieces}
    return [
        LabelData(
            s10=p.s10,
            piece_no=p.seq,
            piece_count=n,
            sender=sender,
            addressee=addressee,
            gross_grams=p.gross_grams,
            accepted_on=row.business_day,
            office_of_origin=office,
            two_person_lift=marks[p.seq].code == "two_person_lift" if marks[p.seq] else False,
            two_person_lift_grams=limits.two_person_lift_grams,
            handling_code=marks[p.seq].code if marks[p.seq] else "",
            handling_text=marks[p.seq].text if marks[p.seq] else "",
            handling_band=marks[p.seq].band if marks[p.seq] else "",
            customs_category=category_label(row.customs_category),
            demo=_demo(session, branch),
        )
        for p in row.pieces
    ]


def _mark(grams: int) -> HandlingMark | None:
    """The handling mark of a piece of ``grams`` from the rules data (built-in default)."""
    try:
        marks = postal_rules().handling
    except PostalRulesError:
        marks = DEFAULT_MARKS
    return marks.for_weight(grams)


def cn23_items(session: Session, row: Acceptance) -> list[CN23Data]:
    """One CN 23 per postal item (piece) of the acceptance ``row``, in piece order.

    Each carries only its S10, its own content lines, gross weight and share of the
    postage; the consignment is a cross-reference. Names, addresses and descriptions
    are in Latin script: a CN 23 always leaves the country.
    """
    consignment = load_consignment(row)
    office, branch = _office(session, row.branch_code)
    confirmed = stored_latin(row)
    sender = latin_party(consignment.sender, confirmed.get("sender"))
    addressee = latin_party(consignment.addressee, confirmed.get("addressee"))
    pieces = sorted(row.pieces, key=lambda p: p.seq)
    shares = postage_shares(
        Money(row.fee_amount, row.fee_currency), [p.chargeable_grams for p in pieces]
    )
    first = pieces[0].s10 if pieces else ""
    out = []
    for piece, share in zip(pieces, shares, strict=True):
        decl = consignment.customs.for_piece(piece.seq)
        decl = replace(decl, lines=tuple(latin_line(ln) for ln in decl.lines))
        out.append(
            CN23Data(
                item_ids=(piece.s10,),
                sender=sender,
                addressee=addressee,
                declaration=decl,
                gross_grams=piece.gross_grams,
                postal_charges=share,
                office_of_origin=office,
                posting_date=row.business_day,
                demo=_demo(session, branch),
                piece_no=piece.seq,
                piece_count=len(pieces),
                consignment_ref=first,
            )
        )
    return out


def tracking_url(session: Session, s10: str) -> str:
    template = get_setting(session, "documents.tracking_url", None)
    if not isinstance(template, str) or not template.strip():
        template = TRACKING_URLS.get(s10[-2:], DEFAULT_TRACKING_URL)
    return template.replace("{s10}", s10)


# The duty note's sentences are keys of the receipt's captions, so a Russian branch's
# receipt prints the note in Russian and English like every other caption.
_NO_DUTY_RULES = "No estimate: no import rules are known for the destination country."
_DUTY_FREE = (
    "No import duty expected: the declared value and weight are within the duty-free allowance."
)
_DUTY_ESTIMATE = (
    "Estimate under the import rules in force on {day}; charged to the addressee by customs "
    "at destination."
)


def caption_lang(branch: Branch | None) -> str:
    """The caption language of the branch's paper: Russian + English at a Russian branch,
    English only elsewhere (an Indian branch: reportlab cannot shape Devanagari)."""
    return caption_lang_for_country(branch.country) if branch else "en"


def _duty_note(row: Acceptance, lang: str) -> Caption:
    captions = Captions(RECEIPT, lang)
    if row.duty_amount is None:
        return captions(_NO_DUTY_RULES)
    if row.duty_amount == 0:
        return captions(_DUTY_FREE)
    return captions(_DUTY_ESTIMATE, day=f"{row.business_day:%d.%m.%Y}")


def _unconfirmed_rule_note(row: Acceptance) -> str:
    """The rules file's own note when the import rule behind the estimate is unconfirmed."""
    if row.duty_amount is None:
        return ""
    from app.domain.duty import regime_in_force
    from app.services.reference_data import ReferenceDataError, load_reference_data

    try:
        regimes = load_reference_data().regimes
    except ReferenceDataError:
        return ""
    regime = regime_in_force(regimes, row.addressee_country, row.business_day, row.customs_category)
    if regime is None or regime.weight_criterion_confirmed:
        return ""
    return regime.unconfirmed_note


def receipt_data(session: Session, row: Acceptance) -> ReceiptData:
    consignment = load_consignment(row)
    branch = session.get(Branch, row.branch_code)
    clerk = session.get(Staff, row.staff_id)
    tz = ZoneInfo(branch.timezone) if branch else ZoneInfo("UTC")
    pieces = tuple(
        ReceiptPiece(
            p.s10,
            p.gross_grams,
            p.length_mm,
            p.width_mm,
            p.height_mm,
            p.volumetric_grams,
            p.chargeable_grams,
        )
        for p in row.pieces
    )
    duty = Money(row.duty_amount, row.duty_currency) if row.duty_amount is not None else None
    lang = caption_lang(branch)
    note = _duty_note(row, lang)
    unconfirmed = _unconfirmed_rule_note(row)
    return ReceiptData(
        acceptance_id=row.id,
        branch_name=branch.name if branch else row.branch_code,
        branch_code=row.branch_code,
        accepted_at_local=row.accepted_at.astimezone(tz),
        clerk=f"{clerk.name} ({clerk.staff_number})" if clerk else str(row.staff_id),
        sender=consignment.sender,
        addressee=consignment.addressee,
        pieces=pieces,
        chargeable_grams=row.chargeable_grams,
        gross_grams=row.gross_grams,
        fee=Money(row.fee_amount, row.fee_currency),
        declared_value=Money(row.total_value, row.customs_currency),
        customs_category=category_label(row.customs_category),
        duty=duty,
        duty_note=f"{note.english} {unconfirmed}".strip(),
        tracking_url=tracking_url(session, pieces[0].s10) if pieces else "",
        demo=_demo(session, branch),
        caption_lang=lang,
        duty_note_local=note.local,
        fiscal=receipt_fiscal(session, row.id) or receipt_gst(session, row.id),
        fiscal_return=receipt_fiscal(session, row.id, SELL_RETURN),
        **_business(session, row),
    )


def _business(session: Session, row: Acceptance) -> dict[str, str]:
    """The receipt's contract lines (issue 17): customer, plan, account charged."""
    from app.services.customers import customers_of
    from app.store.models import Payment

    if not row.customer_code:
        return {}
    names = {c.code: c.name for c in customers_of(session, row.business_day)}
    who = (
        f"{row.customer_code} — {names[row.customer_code]}"
        if row.customer_code in names
        else row.customer_code
    )
    charged = session.scalar(
        select(Payment.customer_code).where(
            Payment.acceptance_id == row.id, Payment.method == "account"
        )
    )
    return {
        "customer": who,
        "price_plan": row.price_plan,
        "on_account": who if charged else "",
    }


def manifest_rows(acceptances: list[Acceptance]) -> tuple[ManifestRow, ...]:
    """Rows of a manifest in acceptance order, one per piece; money on the first piece."""
    rows: list[ManifestRow] = []
    for a in sorted(acceptances, key=lambda r: (r.accepted_at, r.id)):
        n = len(a.pieces)
        first = a.pieces[0].s10 if a.pieces else ""
        for p in a.pieces:
            lead = p.seq == 1
            rows.append(
                ManifestRow(
                    s10=p.s10,
                    consignment=first,
                    piece_no=p.seq,
                    piece_count=n,
                    destination=a.addressee_country,
                    addressee=a.addressee_name,
                    gross_grams=p.gross_grams,
                    chargeable_grams=p.chargeable_grams,
                    declared_value=Money(a.total_value, a.customs_currency) if lead else None,
                    fee=Money(a.fee_amount, a.fee_currency) if lead else None,
                    category=category_label(a.customs_category),
                    voided=a.status == "voided",
                )
            )
    return tuple(rows)


def _acceptances(session: Session, *conditions: object) -> list[Acceptance]:
    return list(
        session.scalars(
            select(Acceptance)
            .where(*conditions)  # type: ignore[arg-type]
            .options(selectinload(Acceptance.pieces))
        ).all()
    )


def manifest_data(session: Session, manifest: Manifest) -> ManifestData:
    """The printable manifest of a closed day (also for reprints)."""
    branch = session.get(Branch, manifest.branch_code)
    sup = session.get(Staff, manifest.closed_by)
    tz = ZoneInfo(branch.timezone) if branch else ZoneInfo("UTC")
    rows = manifest_rows(_acceptances(session, Acceptance.manifest_id == manifest.id))
    return ManifestData(
        number=manifest.number,
        branch_code=manifest.branch_code,
        branch_name=branch.name if branch else manifest.branch_code,
        business_day=manifest.business_day,
        closed_at_local=manifest.closed_at.astimezone(tz),
        supervisor=f"{sup.name} ({sup.staff_number})" if sup else "",
        rows=rows,
        demo=_demo(session, branch),
        caption_lang=caption_lang(branch),
    )


def provisional_manifest_data(session: Session, branch_code: str, day: date) -> ManifestData:
    """A preview of the open (not yet closed) acceptances of ``day``; clearly marked as such."""
    branch = session.get(Branch, branch_code)
    rows = manifest_rows(
        _acceptances(
            session,
            Acceptance.branch_code == branch_code,
            Acceptance.business_day == day,
            Acceptance.manifest_id.is_(None),
        )
    )
    return ManifestData(
        number=f"{branch_code}-{day:%Y%m%d}-OPEN",
        branch_code=branch_code,
        branch_name=branch.name if branch else branch_code,
        business_day=day,
        closed_at_local=None,
        supervisor="",
        rows=rows,
        provisional=True,
        demo=_demo(session, branch),
        caption_lang=caption_lang(branch),
    )


def manifests_of_day(session: Session, branch_code: str, day: date) -> list[Manifest]:
    return list(
        session.scalars(
            select(Manifest)
            .where(Manifest.branch_code == branch_code, Manifest.business_day == day)
            .order_by(Manifest.id)
        ).all()
    )


def manifest_by_number(session: Session, number: str) -> Manifest:
    m = session.scalar(select(Manifest).where(Manifest.number == number.strip()))
    if m is None:
        raise DocumentNotFound(f"No manifest {number} on this terminal: check the number.")
    return m


# -- whole documents as bytes (run off the GUI thread) --------------------------------


@dataclass(frozen=True, slots=True)
class AcceptanceData:
    """What an acceptance's documents are drawn from, read from the database.

    The renderers are pure functions of it, so a document rendered from equal data is the
    same document: :func:`acceptance_documents` reuses one rendered earlier (while the
    customer paid) when its part of the data is unchanged.
    """

    acceptance_id: str
    labels: tuple[LabelData, ...]
    cn23: tuple[CN23Data, ...]
    receipt: ReceiptData


@dataclass(frozen=True, slots=True)
class AcceptanceDocuments:
    """Everything printed at acceptance: labels (one page per piece), CN 23, receipt."""

    acceptance_id: str
    s10s: tuple[str, ...]
    labels_pdf: bytes
    cn23_pdf: bytes
    receipt_pdf: bytes
    labels_zpl: str
    data: AcceptanceData | None = None


def acceptance_data(
    db: Database,
    *,
    acceptance_id: str | None = None,
    s10: str | None = None,
    limits_for: LimitsFor = _default_limits,
) -> AcceptanceData:
    """Read the data of the acceptance's documents (blocking: call it from a worker thread)."""
    with db.read() as session:
        row = _load(session, acceptance_id=acceptance_id, s10=s10)
        return AcceptanceData(
            acceptance_id=row.id,
            labels=tuple(label_data(session, row, limits_for)),
            cn23=tuple(cn23_items(session, row)),
            receipt=receipt_data(session, row),
        )


def acceptance_documents(
    db: Database,
    *,
    acceptance_id: str | None = None,
    s10: str | None = None,
    zpl: ZplOptions | None = None,
    limits_for: LimitsFor = _default_limits,
    reuse: AcceptanceDocuments | None = None,
) -> AcceptanceDocuments:
    """Render the acceptance's documents (blocking: call it from a worker thread).

    ``reuse``: the same acceptance's documents rendered earlier (right after F12, while the
    customer pays). A document whose data has not changed since is taken from it as it is;
    any other (the receipt once the payment put its fiscal block on it, anything a
    correction changed) is rendered again from the data read now.
    """
    data = acceptance_data(db, acceptance_id=acceptance_id, s10=s10, limits_for=limits_for)
    labels_pdf = cn23_pdf = receipt_pdf = b""
    if reuse is not None and reuse.data is not None and reuse.acceptance_id == data.acceptance_id:
        before = reuse.data
        labels_pdf = reuse.labels_pdf if before.labels == data.labels else b""
        cn23_pdf = reuse.cn23_pdf if before.cn23 == data.cn23 else b""
        receipt_pdf = reuse.receipt_pdf if before.receipt == data.receipt else b""
    return AcceptanceDocuments(
        acceptance_id=data.acceptance_id,
        s10s=tuple(lb.s10 for lb in data.labels),
        labels_pdf=labels_pdf or render_labels(data.labels),
        cn23_pdf=cn23_pdf or render_cn23s(data.cn23),
        receipt_pdf=receipt_pdf or render_receipt(data.receipt),
        labels_zpl=render_labels_zpl(list(data.labels), zpl),
        data=data,
    )


def label_for_s10(db: Database, s10: str, limits_for: LimitsFor = _default_limits) -> LabelData:
    """The label data of exactly this piece."""
    with db.read() as session:
        row = _load(session, s10=s10)
        wanted = normalise(s10)
        return next(lb for lb in label_data(session, row, limits_for) if lb.s10 == wanted)


def cn23_for_s10(db: Database, s10: str) -> CN23Data:
    """The CN 23 of exactly this postal item."""
    wanted = normalise(s10)
    with db.read() as session:
        return next(
            d for d in cn23_items(session, _load(session, s10=s10)) if d.item_ids[0] == wanted
        )


def receipt_for_s10(db: Database, s10: str) -> ReceiptData:
    with db.read() as session:
        return receipt_data(session, _load(session, s10=s10))


def day_manifests(
    db: Database, branch_code: str, day: date, *, provisional: bool = False
) -> list[ManifestData]:
    """The closed manifests of ``day`` (in closing order); with ``provisional`` also the open rest."""
    with db.read() as session:
        out = [manifest_data(session, m) for m in manifests_of_day(session, branch_code, day)]
        if provisional:
            open_part = provisional_manifest_data(session, branch_code, day)
            if open_part.rows:
                out.append(open_part)
    return out


def render_day_manifests(manifests: list[ManifestData]) -> bytes:
    return render_manifests(manifests)


def manifest_sums(session: Session, manifest_id: int) -> dict[str, object]:
    """Database sums of a manifest's counted pieces (what its printed totals must equal)."""
    rows = manifest_rows(_acceptances(session, Acceptance.manifest_id == manifest_id))
    live = [r for r in rows if not r.voided]
    fees: dict[str, Decimal] = {}
    for r in live:
        if r.fee is not None:
            fees[r.fee.currency] = fees.get(r.fee.currency, Decimal(0)) + r.fee.amount
    return {
        "pieces": len(live),
        "voided": len(rows) - len(live),
        "gross_grams": sum(r.gross_grams for r in live),
        "chargeable_grams": sum(r.chargeable_grams for r in live),
        "fees": fees,
    }
