"""Demo data of the India Post branch: India → Russia consignments of the corridor's mix.

The corridor's flow is mostly India → Russia: pharmaceuticals, medical equipment, tools,
food and dietary supplements. Every demo good below names the restriction rules of
``resources/rules/restrictions.json`` it falls under for Russia (``restrictions``); a
unit test checks each against the rules data. A good under a ``certificate`` rule is sent
with the certificate its consignment quotes; a good under a ``prohibited`` rule is a
deliberate refused example (``REFUSED_EXAMPLES``) and is never put in demo data.

Public sources of the restrictions these goods meet (``RESTRICTION_SOURCES``; the rules
the demo needed that the file lacked were added to it with the same source):

* medicines — Federal Law No. 61-FZ of 12 April 2010 "On the circulation of medicines"
  (articles 47 and 50: only medicines registered in Russia are imported, by importers
  named in the law; an individual's own use is the exception) — the registration
  certificate number;
* dietary supplements — Decision of the Customs Union Commission No. 299 of 28 May 2010
  (chapter II, section 1: biologically active food supplements need state registration)
  and TR CU 021/2011 "On food safety" (article 24) — the state registration certificate
  (SGR) number;
* potent substances (tramadol, sibutramine) — Russian Government Decree No. 964 of
  29 December 2007 (list of potent substances for article 234 of the Criminal Code); their
  movement across the border without a licence is an offence (Criminal Code art. 226.1);
* plants and seeds, fish products — the rules file's phytosanitary and veterinary
  certificates (Rosselkhoznadzor; EAEU Decision No. 318 of 18 June 2010 on phytosanitary
  and No. 317 on veterinary control).

Indian export data: a business sender's IEC is its PAN (DGFT, since 2017), its GSTIN
holds that PAN; a commercial postal export is declared on a Postal Bill of Export
(PBE-III for e-commerce, PBE-IV for other commercial exports: Postal Export (Electronic
Declaration and Processing) Regulations, 2018). GSTINs, PANs and INNs here are made up,
with valid check characters.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from app.domain.consignment import Consignment, Party, Piece, Weighing, WeightSource
from app.domain.customs import CustomsCategory, CustomsDeclaration, CustomsLine
from app.domain.money import Money
from app.domain.product import ProductLimits
from app.domain.weight import Dimensions
from app.services.paths import resource

PHARMA, MEDICAL, TOOLS, FOOD, SUPPLEMENTS = (
    "pharmaceuticals",
    "medical_equipment",
    "tools",
    "food",
    "dietary_supplements",
)
KINDS = (PHARMA, MEDICAL, TOOLS, FOOD, SUPPLEMENTS)
CURRENCY = "USD"  # Indian export invoices are mostly in US dollars

RESTRICTION_SOURCES: dict[str, str] = {
    "medicines": "Federal Law No. 61-FZ of 12.04.2010 'On the circulation of medicines', "
    "arts. 47 and 50 (registered medicines only; registration certificate)",
    "dietary_supplements": "Customs Union Commission Decision No. 299 of 28.05.2010, ch. II "
    "sec. 1; TR CU 021/2011 'On food safety', art. 24 (state registration, SGR)",
    "potent_substances": "Russian Government Decree No. 964 of 29.12.2007 (list of potent "
    "substances: tramadol, sibutramine); Criminal Code of the RF art. 226.1",
    "plants_seeds": "EAEU Customs Union Commission Decision No. 318 of 18.06.2010 "
    "(phytosanitary control; phytosanitary certificate)",
    "animal_products": "EAEU Customs Union Commission Decision No. 317 of 18.06.2010 "
    "(veterinary control; veterinary certificate)",
}


@dataclass(frozen=True, slots=True)
class DemoGood:
    """A good of the corridor's mix and the restriction rules it falls under for Russia."""

    kind: str
    description: str
    hs_code: str
    unit_grams: int
    unit_value: Decimal  # US dollars
    restrictions: tuple[str, ...] = ()
    refused: bool = False  # a prohibited example: shown as refused, never in demo data


GOODS: tuple[DemoGood, ...] = (
    DemoGood(PHARMA, "Paracetamol 500 mg tablets, 10x10 blister packs", "300490", 150,
             Decimal("1.80"), ("medicines",)),
    DemoGood(PHARMA, "Metformin hydrochloride 500 mg tablets, strips of 10", "300490", 120,
             Decimal("1.20"), ("medicines",)),
    DemoGood(PHARMA, "Amoxicillin 500 mg capsules, strips of 10", "300410", 90,
             Decimal("2.10"), ("medicines",)),
    DemoGood(PHARMA, "Omeprazole 20 mg capsules, bottles of 30", "300490", 80,
             Decimal("2.40"), ("medicines",)),
    DemoGood(PHARMA, "Ayurvedic medicine, Triphala churna 100 g", "300490", 120,
             Decimal("1.50"), ("medicines",)),
    DemoGood(PHARMA, "Tramadol hydrochloride 50 mg tablets", "300490", 60, Decimal("2.00"),
             ("medicines", "potent_substances"), refused=True),
    DemoGood(MEDICAL, "Digital blood pressure monitor, upper arm", "901819", 700,
             Decimal("18.00")),
    DemoGood(MEDICAL, "Disposable syringes 5 ml with needles, box of 100", "901831", 900,
             Decimal("6.50")),
    DemoGood(MEDICAL, "Nitrile examination gloves, box of 100", "401519", 600,
             Decimal("4.20")),
    DemoGood(MEDICAL, "Folding wheelchair, steel frame", "871310", 16_000, Decimal("95.00")),
    DemoGood(MEDICAL, "Surgical instrument set, stainless steel", "901890", 2_500,
             Decimal("60.00")),
    DemoGood(TOOLS, "Combination spanner set, chrome vanadium, 12 pieces", "820411", 2_200,
             Decimal("14.00")),
    DemoGood(TOOLS, "Electric angle grinder 850 W, corded", "846729", 2_400,
             Decimal("32.00")),
    DemoGood(TOOLS, "HSS twist drill bit set, 25 pieces", "820750", 900, Decimal("9.50")),
    DemoGood(TOOLS, "Bench vice 150 mm, cast iron", "820570", 9_000, Decimal("28.00")),
    DemoGood(FOOD, "Darjeeling black tea, 1 kg packs", "090240", 1_050, Decimal("16.00")),
    DemoGood(FOOD, "Basmati rice, 5 kg bags", "100630", 5_050, Decimal("9.00")),
    DemoGood(FOOD, "Green cardamom, whole pods, 500 g", "090831", 520, Decimal("14.00")),
    DemoGood(FOOD, "Cashew kernels W320, 1 kg tins", "080132", 1_150, Decimal("11.00")),
    DemoGood(FOOD, "Cumin seeds, 1 kg packs", "090931", 1_020, Decimal("4.50"),
             ("plants_seeds",)),
    DemoGood(SUPPLEMENTS, "Ashwagandha root extract capsules, dietary supplement", "210690",
             110, Decimal("6.00"), ("dietary_supplements",)),
    DemoGood(SUPPLEMENTS, "Turmeric curcumin tablets, food supplement", "210690", 100,
             Decimal("5.50"), ("dietary_supplements",)),
    DemoGood(SUPPLEMENTS, "Spirulina powder 250 g, dietary supplement", "210690", 280,
             Decimal("7.00"), ("dietary_supplements",)),
    DemoGood(SUPPLEMENTS, "Omega-3 fish oil softgels, dietary supplement", "150420", 150,
             Decimal("6.50"), ("animal_products", "dietary_supplements")),
    DemoGood(SUPPLEMENTS, "Slimming capsules with sibutramine, herbal supplement", "210690",
             60, Decimal("4.00"), ("dietary_supplements", "potent_substances"), refused=True),
)  # fmt: skip
REFUSED_EXAMPLES = tuple(g for g in GOODS if g.refused)

# The certificate a consignment quotes for goods under a certificate rule (made-up numbers
# in each document's real shape).
CERTIFICATES: dict[str, str] = {
    "medicines": "RU LP-00{n:04d}",
    "dietary_supplements": "SGR RU.77.99.11.003.R.00{n:04d}.05.25",
    "plants_seeds": "PSC/DEL/2026/{n:05d}",
    "animal_products": "VET IN/2026/{n:05d}",
}


@dataclass(frozen=True, slots=True)
class IndianSender:
    """A sender in India: a business (GSTIN, IEC = PAN) or a private person (gift)."""

    name: str
    address: str
    city: str
    postcode: str
    phone: str
    email: str
    gstin: str = ""
    kinds: tuple[str, ...] = ()
    ecommerce: bool = False  # sells on a marketplace: PBE-III, else PBE-IV

    @property
    def iec(self) -> str:
        return self.gstin[2:12]  # the IEC is the PAN, which a GSTIN holds

    def party(self) -> Party:
        return Party(
            name=self.name,
            address=self.address,
            city=self.city,
            postcode=self.postcode,
            country="IN",
            phone=self.phone,
            email=self.email,
            tax_id=self.gstin,
        )


SENDERS: tuple[IndianSender, ...] = (
    IndianSender("Sundaram Pharma Exports Pvt Ltd", "Plot 14, SIDCO Industrial Estate, Guindy",
                 "Chennai", "600032", "+91 44 2250 1400", "exports@sundarampharma.example",
                 "33AAECS2468H1ZD", (PHARMA,)),
    IndianSender("Medivista Healthcare LLP", "B-204 GIDC Estate, Naroda", "Ahmedabad", "382330",
                 "+91 79 2282 7710", "orders@medivista.example", "24AAJFM9876Q1Z6",
                 (MEDICAL,)),
    IndianSender("Vardhman Tools & Hardware", "Industrial Area B, Focal Point", "Ludhiana",
                 "141010", "+91 161 267 3301", "sales@vardhmantools.example",
                 "03AABFV4321M1ZB", (TOOLS,)),
    IndianSender("Himalaya Spice Traders", "36/1120 Bazaar Road, Mattancherry", "Kochi",
                 "682002", "+91 484 222 5610", "spice@himalayatraders.example",
                 "32AAGFH1357N1ZB", (FOOD,)),
    IndianSender("Ayurveda Naturals Pvt Ltd", "No. 7, 2nd Phase, Peenya Industrial Area",
                 "Bengaluru", "560058", "+91 80 2839 4400", "export@ayurvedanaturals.example",
                 "29AAHCA1357N1ZA", (SUPPLEMENTS, PHARMA), ecommerce=True),
    IndianSender("Kashvi Online Retail Pvt Ltd", "A-18 Okhla Industrial Area Phase II",
                 "New Delhi", "110020", "+91 11 4105 2200", "dispatch@kashvi.example",
                 "07AAKCK2222R1Z5", (SUPPLEMENTS, FOOD, MEDICAL), ecommerce=True),
    IndianSender("Rajesh Kumar Sharma", "14 MG Road, Sector 5", "New Delhi", "110001",
                 "+91 98100 12345", "", kinds=(FOOD, TOOLS)),
    IndianSender("Priya Nair", "Flat 3B, Sea View Apartments, Marine Drive", "Mumbai",
                 "400020", "+91 98200 54321", "", kinds=(FOOD,)),
)  # fmt: skip
MARKETPLACE_SELLER = SENDERS[5]


@dataclass(frozen=True, slots=True)
class RussianAddressee:
    """An addressee in Russia, in Cyrillic with the Latin form for documents abroad."""

    name: str
    address: str
    city: str
    postcode: str
    phone: str
    latin: tuple[tuple[str, str], ...]
    inn: str = ""  # a company's taxpayer number: the importer's reference

    def party(self) -> Party:
        return Party(
            name=self.name,
            address=self.address,
            city=self.city,
            postcode=self.postcode,
            country="RU",
            phone=self.phone,
            tax_id=self.inn,
            latin=self.latin,
        )


def _latin(name: str, address: str, city: str) -> tuple[tuple[str, str], ...]:
    return (("name", name), ("address", address), ("city", city))


ADDRESSEES: tuple[RussianAddressee, ...] = (
    RussianAddressee("Иванова Марина Сергеевна", "ул. Профсоюзная, д. 56, кв. 112", "Москва",
                     "117393", "+7 916 204-55-81",
                     _latin("Ivanova Marina Sergeevna", "ul. Profsoyuznaya, d. 56, kv. 112",
                            "Moscow")),
    RussianAddressee("ООО «ФармаЛайн»", "Варшавское ш., д. 125, стр. 1", "Москва", "117587",
                     "+7 495 640-12-00",
                     _latin("OOO FarmaLain", "Varshavskoe sh., d. 125, str. 1", "Moscow"),
                     inn="7726123453"),
    RussianAddressee("Петров Алексей Игоревич", "пр. Ленина, д. 40, кв. 7", "Екатеринбург",
                     "620075", "+7 912 600-31-45",
                     _latin("Petrov Aleksei Igorevich", "pr. Lenina, d. 40, kv. 7",
                            "Yekaterinburg")),
    RussianAddressee("ООО «МедТехника-Сибирь»", "ул. Фрунзе, д. 88", "Новосибирск", "630112",
                     "+7 383 209-44-10",
                     _latin("OOO MedTekhnika-Sibir", "ul. Frunze, d. 88", "Novosibirsk"),
                     inn="5406123450"),
    RussianAddressee("Кузнецов Дмитрий Олегович", "Лиговский пр., д. 50, кв. 21",
                     "Санкт-Петербург", "191040", "+7 921 455-70-12",
                     _latin("Kuznetsov Dmitrii Olegovich", "Ligovskii pr., d. 50, kv. 21",
                            "Saint Petersburg")),
    RussianAddressee("ООО «Инструмент-Волга»", "ул. Баумана, д. 12", "Казань", "420111",
                     "+7 843 292-15-60",
                     _latin("OOO Instrument-Volga", "ul. Baumana, d. 12", "Kazan"),
                     inn="1660123459"),
)  # fmt: skip

# The marketplace batch stored with the demo and pre-advised on an India demo terminal.
MARKETPLACE_BATCH = resource("demo") / "india_marketplace_batch.json"
MARKETPLACE_SCALE_SCRIPT = resource("demo") / "india_marketplace_scale.txt"


def allowed_goods(kind: str) -> list[DemoGood]:
    """The goods of ``kind`` demo data may send (the refused examples left out)."""
    return [g for g in GOODS if g.kind == kind and not g.refused]


def certificate_for(goods: list[DemoGood], n: int) -> str:
    """The certificate numbers the consignment of ``goods`` quotes ("" when none is needed)."""
    needed = sorted({r for g in goods for r in g.restrictions if r in CERTIFICATES})
    return "; ".join(CERTIFICATES[r].format(n=n) for r in needed)


def make_consignment(
    rng: random.Random, s10s: list[str], *, limits: ProductLimits
) -> tuple[Consignment, str]:
    """One India → Russia consignment with ``len(s10s)`` pieces, and the GSTIN of its
    sender ("" for a private sender): the customer's GSTIN of the GST invoice."""
    sender = rng.choice(SENDERS)
    kind = rng.choice(sender.kinds)
    addressee = rng.choice(ADDRESSEES)
    pieces = []
    for s10 in s10s:
        grams = rng.randrange(limits.piece_min_grams, limits.piece_max_grams + 1, 50)
        dims = Dimensions(
            rng.randrange(600, 1600, 10), rng.randrange(400, 900, 10), rng.randrange(300, 800, 10)
        )
        pieces.append(
            Piece(
                s10=s10,
                weighing=Weighing(grams=grams, source=WeightSource.SIMULATOR, protocol="demo"),
                dimensions=dims,
            )
        )
    lines: list[CustomsLine] = []
    used: list[DemoGood] = []
    pool = allowed_goods(kind)
    for number, piece in enumerate(pieces, start=1):
        n_lines = min(len(pool), rng.randint(1, 3) if len(pieces) == 1 else rng.randint(1, 2))
        goods = rng.sample(pool, n_lines)
        budget = int(piece.gross_grams * 0.9)  # packing takes the rest
        for i, good in enumerate(goods):
            share = budget // n_lines if i < n_lines - 1 else budget - (budget // n_lines) * i
            qty = max(1, share // good.unit_grams)
            lines.append(
                CustomsLine(
                    description=good.description,
                    quantity=qty,
                    net_grams=max(1000, share),
                    value=Money(good.unit_value * qty, CURRENCY),
                    hs_code=good.hs_code,
                    origin_country="IN",
                    piece=number,
                )
            )
        used.extend(goods)
    business = bool(sender.gstin)
    year = 2026
    serial = rng.randint(1000, 99999)
    decl = CustomsDeclaration(
        category=CustomsCategory.SALE_OF_GOODS if business else CustomsCategory.GIFT,
        lines=tuple(lines),
        currency=CURRENCY,
        invoice_number=f"{sender.iec[:4]}/{year % 100}-{year % 100 + 1}/{serial:05d}"
        if business
        else "",
        exporter_iec=sender.iec if business else "",
        pbe_reference=(
            f"PBE-{'III' if sender.ecommerce else 'IV'}/{sender.postcode}/{year}/{serial:07d}"
            if business
            else ""
        ),
        importer_reference=f"INN {addressee.inn}" if addressee.inn else "",
        certificate_number=certificate_for(used, rng.randint(1000, 9999)),
    )
    consignment = Consignment(
        sender=sender.party(), addressee=addressee.party(), customs=decl, pieces=tuple(pieces)
    )
    return consignment, sender.gstin


def marketplace_batch_path() -> Path:
    """The demo marketplace batch (a pre-advice JSON file, ``app/services/preadvice.py``)."""
    return MARKETPLACE_BATCH
