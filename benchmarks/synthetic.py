"""A large synthetic database for benchmarks, built through the store and cached by schema revision.

    python benchmarks/synthetic.py            # build (or reuse) it and print where it is and its size
    python benchmarks/synthetic.py --rebuild  # build it again

2,000 debtors (Spanish, Greek and US businesses), 20,000 invoices, 50,000 interactions and 500,000
journal entries written in Spanish, Greek and English, with valid hash chains: the tables are filled
with the store's own models and the journals with the store's bulk append, which hashes exactly as
the app does. One debtor has a long history (about 5,000 entries), as a busy account would after a
few years. Everything is dated relative to REFERENCE_NOW and drawn from a fixed seed, so the file is
the same every time; it is kept in the user's cache folder under the schema revision (and this
generator's version) and rebuilt when either changes. `heaviest` in the metadata beside it names
the debtor with the longest history.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from platformdirs import user_cache_dir

from callnotes.clock import FixedClock
from callnotes.domain.record import utc_iso
from callnotes.example.common import CREDITOR
from callnotes.services.creditor import set_creditor
from callnotes.store.access import Store, open_store
from callnotes.store.bulk import insert_rows
from callnotes.store.engine import transaction
from callnotes.store.journal import NewEntry, bulk_append
from callnotes.store.migrate import head_revision
from callnotes.store.models import (
    Agreement,
    Debtor,
    Interaction,
    Invoice,
    Payment,
    PaymentAllocation,
    Person,
    Promise,
)

REFERENCE_NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
DEBTORS, INVOICES, INTERACTIONS, ENTRIES = 2_000, 20_000, 50_000, 500_000
PAID_SHARE = 0.4  # of each debtor's invoices, the oldest ones, have a payment
HEAVIEST = 1  # the debtor with the long history
HEAVIEST_INVOICES, HEAVIEST_INTERACTIONS = 60, 450
SEED = 2026
GENERATOR = 5  # changes whenever what is generated changes, so an older cached file is not reused
# (4: the search index; 5: the index of interactions by debtor and start, added to 0009 before release)
BATCH = 100  # debtors written per transaction

COUNTRIES = {  # language, country, currency, zone, phone prefix, company suffixes
    "es": ("ES", "EUR", "Europe/Madrid", "+3491", ("S.L.", "S.A.", "S.L.U.")),
    "el": ("GR", "EUR", "Europe/Athens", "+30210", ("Ο.Ε.", "Α.Ε.", "Ε.Π.Ε.")),
    "en": ("US", "USD", "America/New_York", "+1212555", ("LLC", "Inc.", "Co.")),
}
NAMES = {
    "es": [
        "Núñez",
        "Peña",
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Romero",
        "Álvarez",
        "Iglesias",
        "Muñoz",
    ],
    "el": [
        "Παπαδόπουλος",
        "Γεωργίου",
        "Νικολάου",
        "Κωνσταντίνου",
        "Ιωάννου",
        "Δημητρίου",
        "Αθανασίου",
        "Βασιλείου",
    ],
    "en": [
        "Hartley",
        "Morgan",
        "Whitfield",
        "Baxter",
        "Sullivan",
        "Prescott",
        "Donovan",
        "Ellison",
        "Carver",
    ],
}
TRADES = {
    "es": ["Construcciones", "Reformas", "Transportes", "Distribuciones", "Talleres", "Hostelería"],
    "el": ["Κατασκευές", "Μεταφορές", "Εστιατόρια", "Εμπόριο", "Συνεργείο", "Τεχνική"],
    "en": ["Print & Sign", "Logistics", "Builders", "Catering", "Auto Repair", "Supplies"],
}
LINES = {  # (kind, text) said on calls, in each language
    "es": [
        ("note", "Llamo por la factura {invoice}, vencida."),
        ("question", "¿Cómo ve la situación de la factura {invoice}?"),
        ("said", "Dice que su cliente final todavía no les ha pagado."),
        ("question", "¿Qué parte podría pagar este mes?"),
        ("said", "Comenta que el día 10 entra un pago grande."),
        ("note", "Le recuerdo que el albarán está firmado desde la entrega."),
        ("agreed", "Pagará {amount} antes del viernes y el resto a fin de mes."),
        ("question", "¿Qué necesitaría para poder saldar la deuda?"),
        ("said", "Pide que le reenvíe la factura por correo electrónico."),
        ("note", "Envío copia de la factura y del albarán por correo."),
    ],
    "el": [
        ("note", "Τηλεφωνώ για το τιμολόγιο {invoice}."),
        ("question", "Πώς βλέπετε την εξόφληση του τιμολογίου {invoice};"),
        ("said", "Λέει ότι περιμένει πληρωμή από πελάτη του."),
        ("question", "Τι ποσό θα μπορούσατε να καταβάλετε μέσα στον μήνα;"),
        ("said", "Ζητά αντίγραφο του τιμολογίου με email."),
        ("note", "Του υπενθυμίζω ότι η παράδοση έγινε και υπογράφηκε."),
        ("agreed", "Θα καταβάλει {amount} έως την Παρασκευή."),
        ("question", "Τι θα χρειαζόσασταν για να εξοφλήσετε το υπόλοιπο;"),
        ("said", "Λέει ότι ο λογιστής λείπει αυτή την εβδομάδα."),
        ("note", "Στέλνω αντίγραφα τιμολογίου και δελτίου αποστολής."),
    ],
    "en": [
        ("note", "Calling about invoice {invoice}, now overdue."),
        ("question", "How are things looking for invoice {invoice}?"),
        ("said", "She says a client of theirs paid late this month."),
        ("question", "What amount could you send before the end of the month?"),
        ("said", "He asks for a copy of the invoice by e-mail."),
        ("note", "Reminded them the delivery was signed for on the day."),
        ("agreed", "Will pay {amount} by Friday and call back about the rest."),
        ("question", "What would you need to be able to settle the balance?"),
        ("said", "The bookkeeper is away until Monday."),
        ("note", "Sent copies of the invoice and the proof of delivery."),
    ],
}
KINDS = ("call", "call", "call", "call", "email", "letter", "visit", "message")
OUTCOMES = ("reached", "no_answer", "voicemail", "promise", "call_back", "dispute", "reached")


@dataclass(frozen=True)
class Synthetic:
    """The cached database and what is in it."""

    path: Path
    heaviest: int
    counts: dict[str, int]


def cache_folder() -> Path:
    return Path(user_cache_dir("callnotes")) / "benchmarks"


def _spread(total: int, parts: int, rng: random.Random, low: int, high: int) -> list[int]:
    """`parts` random counts between low and high that add up to `total` exactly."""
    counts = [rng.randint(low, high) for _ in range(parts)]
    difference = total - sum(counts)
    step = 1 if difference > 0 else -1
    while difference:
        index = rng.randrange(parts)
        if low <= counts[index] + step <= high * 3:
            counts[index] += step
            difference -= step
    return counts


@dataclass
class _Plan:
    """How many of each thing every debtor gets, drawn up front so the totals come out exact."""

    invoices: list[int]
    interactions: list[int]
    outcomes: list[str]  # one per interaction, popped in order
    lines: list[int]  # lines of each interaction, popped in order
    payments: list[int]


def _plan(rng: random.Random) -> _Plan:
    invoices = [HEAVIEST_INVOICES, *_spread(INVOICES - HEAVIEST_INVOICES, DEBTORS - 1, rng, 3, 16)]
    interactions = [
        HEAVIEST_INTERACTIONS,
        *_spread(INTERACTIONS - HEAVIEST_INTERACTIONS, DEBTORS - 1, rng, 8, 40),
    ]
    outcomes = [rng.choice(OUTCOMES) for _ in range(INTERACTIONS)]
    payments = [round(count * PAID_SHARE) for count in invoices]
    # every entry but the lines of calls is known now: terms, invoices, contacts, promises, payments
    others = DEBTORS + INVOICES + INTERACTIONS + outcomes.count("promise") + sum(payments)
    lines = _spread(ENTRIES - others, INTERACTIONS, rng, 4, 13)
    return _Plan(invoices, interactions, outcomes, lines, payments)


class _Ids:
    """Row ids handed out in order, so rows can refer to each other before they are written."""

    def __init__(self) -> None:
        self.next: dict[str, int] = {}

    def __call__(self, table: str) -> int:
        self.next[table] = self.next.get(table, 0) + 1
        return self.next[table]


def _debtor_rows(
    debtor_id: int, plan: _Plan, rng: random.Random, ids: _Ids
) -> Iterator[tuple[type, dict[str, Any]] | tuple[None, tuple[datetime, NewEntry]]]:
    """The rows of one debtor, and its journal entries as (recorded_at, entry)."""
    language = ("es", "el", "en")[debtor_id % 3]
    country, currency, zone, prefix, suffixes = COUNTRIES[language]
    surname = rng.choice(NAMES[language])
    name = f"{rng.choice(TRADES[language])} {surname} {rng.choice(NAMES[language])} {rng.choice(suffixes)}"
    created = REFERENCE_NOW - timedelta(days=900)
    yield (
        Debtor,
        {
            "id": debtor_id,
            "kind": "business",
            "name": f"{name} #{debtor_id}",
            "country": country,
            "language": language,
            "currency": currency,
            "time_zone": zone,
            "address": f"{surname} {debtor_id}",
            "notes": "",
            "payment_rating": rng.choice(("good", "fair", "late", "unknown")),
            "created_at": created,
        },
    )
    person_id, phone = ids("person"), f"{prefix}{debtor_id:07d}"[:13]
    yield Person, {"id": person_id, "debtor_id": debtor_id, "name": surname, "role": "", "phone": phone}
    signed = (REFERENCE_NOW - timedelta(days=800)).date()
    agreement_id = ids("agreement")
    yield (
        Agreement,
        {
            "id": agreement_id,
            "debtor_id": debtor_id,
            "signed_on": signed,
            "terms": f"Agreement {debtor_id}",
            "goods_services": "Goods and services",
            "payment_terms_days": 30,
            "annual_interest_bp": 800,
            "late_fee_minor": 4000,
            "currency": currency,
        },
    )
    yield (
        None,
        (
            created,
            NewEntry(
                "terms",
                f"Agreement {debtor_id}",
                {
                    "agreement": agreement_id,
                    "signed_on": signed.isoformat(),
                    "goods_services": "Goods and services",
                    "payment_terms_days": 30,
                    "annual_interest_bp": 800,
                    "late_fee_minor": 4000,
                    "currency": currency,
                },
            ),
        ),
    )
    numbers = []
    for n in range(plan.invoices[debtor_id - 1]):
        issued = (REFERENCE_NOW - timedelta(days=rng.randint(15, 780))).date()
        invoice_id, number, amount = (
            ids("invoice"),
            f"F{debtor_id:04d}-{n + 1:03d}",
            rng.randint(5_000, 900_000),
        )
        numbers.append((invoice_id, number, amount, issued))
        due = issued + timedelta(days=30)
        yield (
            Invoice,
            {
                "id": invoice_id,
                "debtor_id": debtor_id,
                "agreement_id": agreement_id,
                "number": number,
                "issued_on": issued,
                "due_on": due,
                "amount_minor": amount,
                "currency": currency,
                "goods_services": "Material y mano de obra",  # also the text of its entry
                "delivered_on": issued,
                "status": "open",
            },
        )
        recorded = datetime.combine(issued, datetime.min.time(), UTC) + timedelta(hours=9)
        yield (
            None,
            (
                recorded,
                NewEntry(
                    "invoice",
                    "Material y mano de obra",  # the invoice's goods and services, as the app records them
                    {
                        "invoice": invoice_id,
                        "number": number,
                        "issued_on": issued.isoformat(),
                        "due_on": due.isoformat(),
                        "delivered_on": issued.isoformat(),
                        "amount_minor": amount,
                        "currency": currency,
                    },
                ),
            ),
        )
    for _ in range(plan.interactions[debtor_id - 1]):
        started = REFERENCE_NOW - timedelta(days=rng.randint(2, 760), minutes=rng.randint(0, 600))
        kind, outcome = rng.choice(KINDS), plan.outcomes.pop()
        interaction_id, count = ids("interaction"), plan.lines.pop()
        invoice_id, number, amount, _issued = rng.choice(numbers)
        ended = started + timedelta(seconds=30 * count + 40)
        summary = rng.choice(LINES[language])[1].format(invoice=number, amount=f"{amount // 200} {currency}")
        yield (
            Interaction,
            {
                "id": interaction_id,
                "debtor_id": debtor_id,
                "person_id": person_id,
                "kind": kind,
                "direction": "outbound",
                "started_at": started,
                "ended_at": ended,
                "address_used": phone,
                "reference": "",
                "outcome": outcome,
                "summary": summary,
                "pending_text": "",
            },
        )
        for second in range(count):
            line_kind, text = rng.choice(LINES[language])
            text = text.format(invoice=number, amount=f"{amount // 200} {currency}")
            typed = started + timedelta(seconds=30 * second + 5)
            yield None, (ended, NewEntry(line_kind, text, {}, interaction_id, typed))
        contact = {
            "kind": kind,
            "direction": "outbound",
            "started_at": utc_iso(started),
            "ended_at": utc_iso(ended),
            "person": surname,
            "address_used": phone,
            "reference": "",
            "outcome": outcome,
            "next_action_on": None,
        }
        yield None, (ended, NewEntry("interaction", summary, contact, interaction_id, started))
        if outcome == "promise":
            promise_id, due = ids("promise"), (ended + timedelta(days=7)).date()
            promise = {
                "promise": promise_id,
                "amount_minor": amount // 2,
                "currency": currency,
                "made_on": ended.date().isoformat(),
                "due_on": due.isoformat(),
            }
            yield (
                Promise,
                {
                    "id": promise_id,
                    "debtor_id": debtor_id,
                    "interaction_id": interaction_id,
                    "amount_minor": amount // 2,
                    "currency": currency,
                    "made_on": ended.date(),
                    "due_on": due,
                },
            )
            yield None, (ended, NewEntry("promise", "", promise, interaction_id, ended))
    for invoice_id, number, amount, issued in sorted(numbers, key=lambda n: n[3])[
        : plan.payments[debtor_id - 1]
    ]:
        paid_on = min(issued + timedelta(days=rng.randint(20, 90)), REFERENCE_NOW.date() - timedelta(days=1))
        payment_id, part = ids("payment"), amount if rng.random() < 0.7 else amount // 2
        recorded = datetime.combine(paid_on, datetime.min.time(), UTC) + timedelta(hours=10)
        yield (
            Payment,
            {
                "id": payment_id,
                "debtor_id": debtor_id,
                "paid_on": paid_on,
                "amount_minor": part,
                "currency": currency,
                "method": "transfer",
                "reference": f"TRF {payment_id}",
                "recorded_at": recorded,
            },
        )
        yield PaymentAllocation, {"payment_id": payment_id, "invoice_id": invoice_id, "amount_minor": part}
        allocations = [{"invoice": invoice_id, "number": number, "amount_minor": part}]
        yield (
            None,
            (
                recorded,
                NewEntry(
                    "payment",
                    f"TRF {payment_id}",
                    {
                        "payment": payment_id,
                        "paid_on": paid_on.isoformat(),
                        "amount_minor": part,
                        "currency": currency,
                        "method": "transfer",
                        "allocations": allocations,
                    },
                ),
            ),
        )


def _fill(store: Store) -> dict[str, int]:
    rng = random.Random(SEED)
    ids = _Ids()
    plan = _plan(rng)
    counts: dict[str, int] = {}
    with transaction(store.sessions) as session:
        set_creditor(session, CREDITOR)
    for first in range(1, DEBTORS + 1, BATCH):
        rows: dict[type, list[dict[str, Any]]] = {}
        chains: dict[int, list[tuple[datetime, NewEntry]]] = {}
        for debtor_id in range(first, min(first + BATCH, DEBTORS + 1)):
            chain = chains.setdefault(debtor_id, [])
            for model, row in _debtor_rows(debtor_id, plan, rng, ids):
                if model is None:
                    chain.append(row)  # type: ignore[arg-type]
                else:
                    rows.setdefault(model, []).append(row)  # type: ignore[arg-type]
            chain.sort(key=lambda pair: pair[0])  # in the order the app would have recorded them
        with transaction(store.sessions) as session:
            for model, table_rows in rows.items():
                insert_rows(session, model, table_rows)
                counts[model.__tablename__] = counts.get(model.__tablename__, 0) + len(table_rows)  # type: ignore[attr-defined]
            in_order = {debtor_id: [entry for _, entry in chain] for debtor_id, chain in chains.items()}
            counts["entry"] = counts.get("entry", 0) + bulk_append(session, in_order)
    return counts


def synthetic_database(rebuild: bool = False) -> Synthetic:
    """The cached synthetic database for this schema revision, built first if needed."""
    folder = cache_folder()
    path = folder / f"synthetic-{head_revision()}-v{GENERATOR}.sqlite3"
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists() and not rebuild:
        known = json.loads(meta.read_text())
        return Synthetic(path, known["heaviest"], known["counts"])
    folder.mkdir(parents=True, exist_ok=True)
    work = folder / "building"
    shutil.rmtree(work, ignore_errors=True)
    started = time.perf_counter()
    store = open_store(str(work), None, FixedClock(REFERENCE_NOW))
    counts = _fill(store)
    with store.database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.database.engine.dispose()
    (work / "callnotes.sqlite3").replace(path)
    meta.write_text(json.dumps({"heaviest": HEAVIEST, "counts": counts}, indent=1))
    shutil.rmtree(work, ignore_errors=True)
    print(f"built {path} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return Synthetic(path, HEAVIEST, counts)


def copy_into(synthetic: Synthetic, data_dir: Path) -> Path:
    """A fresh data folder holding a copy of the synthetic database (benchmarks change what they open)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / "callnotes.sqlite3"
    shutil.copyfile(synthetic.path, target)
    target.chmod(0o600)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="build the database again")
    args = parser.parse_args()
    synthetic = synthetic_database(args.rebuild)
    size = synthetic.path.stat().st_size / 1e6
    print(f"{synthetic.path} ({size:.0f} MB): {synthetic.counts}; heaviest debtor {synthetic.heaviest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
