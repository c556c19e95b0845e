"""The claim, the checklist and the proof of negotiation as a reader sees them in the PDF (read back with
pypdf), for the example debtors on the fixed clock."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader

from callnotes.export import PacketTargets, export_packet
from callnotes.export.packet_data import build_packet
from callnotes.export.packet_model import ContactBlock, PacketOptions
from callnotes.export.wording import Wording
from callnotes.store.access import Store
from tests.conftest import TODAY
from tests.unit.test_packet_claims import (
    GREEK,
    SPANISH,
    add_offer,
    attach_to_invoices,
    packet_of,
    send_demand,
)

STATEMENT_STARTS = "The account at the end of"  # the first words of the statement section


def pages_of(store: Store, debtor_id: int, out: Path, **options: object) -> list[str]:
    """Each page's text, every run of spaces and line breaks made one space."""
    targets = PacketTargets(filing=out)
    export_packet(store.sessions, store.paths, debtor_id, targets, PacketOptions(as_of=TODAY, **options))  # type: ignore[arg-type]
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(out).pages]


def destination_text(pages: list[str]) -> str:
    """The destination section: from the third page up to the statement."""
    return " ".join(pages[2:]).split(STATEMENT_STARTS)[0]


def wording_of(store: Store, debtor_id: int) -> Wording:
    """The packet's own formats (an English packet for a Spanish debtor writes 4.204,61 € and 22/11/2026)."""
    packet = packet_of(store, debtor_id, language="en")
    return Wording("en", packet.locale, packet.time_zone)


def money(w: Wording, minor: int) -> str:
    return w.money(minor, "EUR").replace("\u00a0", " ")


def test_the_cover_and_the_monitorio_claim_only_what_is_due(demo_store: Store, tmp_path: Path) -> None:
    w = wording_of(demo_store, SPANISH)
    pages = pages_of(demo_store, SPANISH, tmp_path / "m.pdf", language="en", destination="monitorio")
    cover, section = pages[0], destination_text(pages)
    claimed, balance = money(w, 420461), money(w, 474461)
    assert claimed in cover and balance not in cover  # the balance holds F2026-0071, not yet due
    assert f"Not claimed, not yet due: {money(w, 54000)} (F2026-0071)" in cover
    not_claimed = section.index("Not claimed: not yet due")
    due = next(
        i.due_on for i in packet_of(demo_store, SPANISH).statement.invoices if i.number == "F2026-0071"
    )
    assert (
        section.index("F2026-0071") > not_claimed and f"F2026-0071 {w.day(due)} {money(w, 54000)}" in section
    )
    invoices = "Invoices and delivery notes (the documents kept with each claimed invoice)"
    assert (
        f"{invoices} ✗ not in this packet Attach invoices F2026-0057, F2026-0063 and their signed delivery "
        "notes" in section
    )
    assert "Delivery notes" not in section  # one row: callnotes cannot tell the two apart
    assert "Evidence of a prior attempt to negotiate ✗ not in this packet" in section  # no demand received
    assert "Contract, accepted quote or agreed terms ✗ not in this packet Only the agreed terms" in section
    statement = " ".join(pages[2:]).split(STATEMENT_STARTS)[1]
    assert f"Balance of the account {balance}" in statement and f"Amount claimed {claimed}" in statement
    assert (
        f"Principal of the invoices past due (F2026-0042, F2026-0057, F2026-0063) {money(w, 400240)}"
        in statement
    )


def test_attached_invoices_and_a_received_demand_are_ticked(demo_store: Store, tmp_path: Path) -> None:
    attach_to_invoices(demo_store, tmp_path, SPANISH, ("F2026-0057", "F2026-0063"))
    send_demand(demo_store, tmp_path, SPANISH, delivered=True)
    pages = pages_of(demo_store, SPANISH, tmp_path / "m.pdf", language="en", destination="monitorio")
    section = destination_text(pages)
    assert "(the documents kept with each claimed invoice) ✓ yes exhibits A, B, C" in section
    assert "(burofax or certified letter) ✓ yes exhibits D, E" in section
    assert "Evidence of a prior attempt to negotiate ✓ yes below" in section


def test_the_negotiation_section_lists_every_contact_and_the_demand(
    demo_store: Store, tmp_path: Path
) -> None:
    send_demand(demo_store, tmp_path, SPANISH, delivered=True)
    offer_words = "We offered"
    add_offer(demo_store, SPANISH)
    packet = packet_of(demo_store, SPANISH, destination="monitorio", language="en")
    w = wording_of(demo_store, SPANISH)
    pages = pages_of(demo_store, SPANISH, tmp_path / "m.pdf", language="en", destination="monitorio")
    section = destination_text(pages).split("Proof of the attempt to negotiate")[-1]
    contacts = [part for part in packet.record if isinstance(part, ContactBlock)]
    assert len(contacts) == 6
    for contact in contacts:
        assert w.moment(contact.started_at) in section
    assert "Letter · Burofax BF-2026-118834 to the debtor" in section
    assert "Letter · formal demand · Burofax BF-77" in section
    assert (
        "Formal demand sent on" in section
        and f"exhibits B, C. Delivery: delivered on {w.day(TODAY - timedelta(days=6))}." in section
    )
    assert "Offers and counter-offers left out of the record: 1;" in section
    assert "Hablamos" not in section  # outcomes, not what was said
    whole = " ".join(pages)
    assert offer_words not in whole
    general = " ".join(pages_of(demo_store, SPANISH, tmp_path / "g.pdf", language="en"))
    assert offer_words in general


def test_the_payment_order_table_lists_only_claimed_invoices(demo_store: Store, tmp_path: Path) -> None:
    w = wording_of(demo_store, GREEK)
    packet = packet_of(demo_store, GREEK, destination="payment-order")
    due = next(i.due_on for i in packet.statement.invoices if i.number == "ΤΠΥ-140")
    pages = pages_of(demo_store, GREEK, tmp_path / "p.pdf", language="en", destination="payment-order")
    section = destination_text(pages)
    table, apart = section.split("Not claimed: not yet due")
    assert "ΤΠΥ-118" in table and "ΤΠΥ-131" in table and "ΤΠΥ-140" not in table
    assert f"ΤΠΥ-140 {w.day(due)} {money(w, 36000)}" in apart
    assert f"Amount claimed: {money(w, packet.claim.claimed_minor)}" in table
    assert "no document of the invoice in this packet" in table
    assert "Attach invoices ΤΠΥ-118, ΤΠΥ-131 and their signed delivery notes (Invoices tab" in apart


def test_the_payment_order_states_an_interest_rate_only_when_interest_is_claimed(
    demo_store: Store, tmp_path: Path
) -> None:
    packet = packet_of(demo_store, SPANISH, destination="payment-order")  # its agreement: 8 % a year
    assert packet.claim.interest_minor > 0
    pages = pages_of(demo_store, SPANISH, tmp_path / "p.pdf", language="en", destination="payment-order")
    assert "Interest claimed:" in destination_text(pages)
    first_due = min(i.due_on for i in packet.statement.invoices)  # nothing is late yet: no interest
    with demo_store.sessions() as session:
        early = build_packet(session, demo_store.paths, SPANISH, PacketOptions(as_of=first_due))
    assert early.claim.interest_minor == 0
    out = tmp_path / "e.pdf"
    options = PacketOptions(as_of=first_due, language="en", destination="payment-order")
    export_packet(demo_store.sessions, demo_store.paths, SPANISH, PacketTargets(filing=out), options)
    text = " ".join(re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(out).pages)
    assert "Interest claimed:" not in text


def test_a_court_packet_says_what_it_left_out_as_negotiation(demo_store: Store, tmp_path: Path) -> None:
    add_offer(demo_store, SPANISH)
    pages = pages_of(demo_store, SPANISH, tmp_path / "m.pdf", language="en", destination="monitorio")
    whole = " ".join(pages)
    assert "Hablamos" not in whole and "Summary left out: confidential negotiation." in whole
    assert (
        "but for the negotiation left out as confidential (offers: 1, contact summaries: 1, documents: 0), "
        "whose fingerprints are in the section “Integrity of the record”." in whole
    )
    general = " ".join(pages_of(demo_store, SPANISH, tmp_path / "g.pdf", language="en"))
    assert "Hablamos" in general and "left out as confidential" not in general


def test_a_document_kept_with_a_negotiation_is_not_named_in_a_court_packet(
    demo_store: Store, tmp_path: Path
) -> None:
    general = packet_of(demo_store, GREEK)  # the Greek example's proposal, an e-mail kept with its contact
    kept = next(
        i.entry
        for part in general.record
        if isinstance(part, ContactBlock)
        for i in part.items
        if i.entry.kind == "attachment"
    )
    pages = pages_of(demo_store, GREEK, tmp_path / "p.pdf", language="en", destination="payment-order")
    whole = " ".join(pages)
    assert "protasi-diakanonismou" not in whole and kept.entry_hash[:20] in whole  # its fingerprint stays
    assert re.search(rf"{kept.seq} \S.* Document left out: confidential negotiation\.", whole)
    assert "Summary left out: confidential negotiation." in whole


def test_a_column_title_is_never_broken_inside_a_word(demo_store: Store, tmp_path: Path) -> None:
    pages = pages_of(demo_store, GREEK, tmp_path / "el.pdf", language="el")
    statutory = next(page for page in pages if "ΤΠΥ-118: τόκοι υπερημερίας" in page)
    assert "Ημέρες" in statutory and "Ημέρε ς" not in statutory  # its Days column, in Greek
