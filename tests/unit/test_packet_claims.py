"""What a packet claims, what its checklist may mark present, and what stays out of a court packet, built
from a real database (the example debtors, on the fixed clock: each has invoices past due and one not yet
due on TODAY)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from callnotes.domain.account import statement_of
from callnotes.domain.documents import SentDocument
from callnotes.domain.offers import NegotiationStep, SettlementOffer
from callnotes.domain.record import WitnessHead
from callnotes.export.court_proofs import (
    agreement_proof,
    best_demand,
    demand_proof,
    invoices_proof,
)
from callnotes.export.packet_data import build_packet
from callnotes.export.packet_model import ContactBlock, Packet, PacketOptions, entries_of
from callnotes.export.wording import DESTINATIONS
from callnotes.services.attachments import add_attachment, stored_path
from callnotes.services.interactions import (
    ContactInput,
    Ending,
    add_line,
    end_interaction,
    log_interaction,
    record_delivery,
    start_interaction,
)
from callnotes.services.interest import interest_of
from callnotes.store.access import Store
from callnotes.store.account import read_account
from callnotes.store.engine import transaction
from callnotes.store.journal import verify_debtor
from tests.conftest import NOW, TODAY

SPANISH, GREEK, AMERICAN = 1, 2, 3


def packet_of(store: Store, debtor_id: int, **options: object) -> Packet:
    with store.sessions() as session:
        return build_packet(session, store.paths, debtor_id, PacketOptions(as_of=TODAY, **options))  # type: ignore[arg-type]


def a_file(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4\n% " + name.encode() + b"\n")
    return path


def attach_to_invoices(store: Store, tmp_path: Path, debtor_id: int, numbers: tuple[str, ...]) -> None:
    with transaction(store.sessions) as session:
        account = read_account(session, debtor_id)
        for number in numbers:
            invoice = account.invoice(number)
            assert invoice is not None
            add_attachment(
                session, store.paths, debtor_id, a_file(tmp_path, f"{number}.pdf"), invoice_id=invoice.id
            )


def send_demand(store: Store, tmp_path: Path, debtor_id: int, delivered: bool) -> int:
    """A formal demand sent by burofax ten days ago, the letter kept with it, delivered four days later
    (with its receipt) when `delivered`; returns the contact's id."""
    with transaction(store.sessions) as session:
        head = verify_debtor(session, debtor_id)
        document = SentDocument("demand", "es", WitnessHead(debtor_id, head.entries, head.head))
        sent = NOW - timedelta(days=10)
        contact = ContactInput(
            "letter",
            sent,
            Ending("sent", "Requerimiento de pago", document=document),
            reference="Burofax BF-77",
        )
        letter = log_interaction(session, debtor_id, contact)
        letter_id = letter.id or 0
        add_attachment(
            session, store.paths, debtor_id, a_file(tmp_path, "demand.pdf"), interaction_id=letter_id
        )
        if delivered:
            receipt = [a_file(tmp_path, "acuse.pdf")]
            day = (sent + timedelta(days=4)).date()
            record_delivery(
                session, debtor_id, letter_id, "delivered", day, receipts=receipt, paths=store.paths
            )
    return letter_id


def add_offer(store: Store, debtor_id: int) -> int:
    """A call in which we offered a settlement, declined; returns the offer entry's sequence number."""
    step = NegotiationStep("we", "declined", SettlementOffer("EUR", 300_000, TODAY, percent_bp=7_000).terms())
    with transaction(store.sessions) as session:
        call = start_interaction(session, debtor_id, started_at=NOW - timedelta(minutes=5))
        add_line(session, call.id or 0, "note", "Ofrezco un descuento", typed_at=NOW - timedelta(minutes=4))
        add_line(session, call.id or 0, "offer", "", typed_at=NOW - timedelta(minutes=3), data=step.to_data())
        end_interaction(session, call.id or 0, Ending("reached", "Hablamos"))
    with store.sessions() as session:
        return next(e.seq for e in read_account(session, debtor_id).entries if e.kind == "offer")


@pytest.mark.parametrize("destination", DESTINATIONS)
@pytest.mark.parametrize("debtor_id", [SPANISH, GREEK])
def test_each_destination_claims_the_balance_less_what_is_not_yet_due(
    demo_store: Store, destination: str, debtor_id: int
) -> None:
    with demo_store.sessions() as session:
        account = read_account(session, debtor_id)
        ledger = statement_of(account, TODAY)
        statutory = (
            interest_of(account, demo_store.paths, TODAY) if account.debtor.statutory_interest else None
        )
    not_due = [i for i in account.invoices if i.due_on >= TODAY]
    assert not_due and any(i.due_on < TODAY for i in account.invoices)  # both kinds, as the test needs
    not_due_open = sum(p.open_minor for p in ledger.positions if p.invoice.key in {i.id for i in not_due})
    extra = statutory.claimed_extra_minor if statutory else 0
    claim = packet_of(demo_store, debtor_id, destination=destination).claim
    assert claim.claimed_minor == ledger.balance_minor - not_due_open + extra
    assert claim.not_claimed_minor == not_due_open > 0
    assert claim.not_claimed_invoices == tuple(i.number for i in not_due)
    assert not set(claim.claimed_invoices) & set(claim.not_claimed_invoices)
    # the working adds up to the amount claimed
    working = claim.principal_minor + claim.interest_minor + claim.fees_minor + claim.extra_minor
    assert working - claim.credit_minor == claim.claimed_minor
    assert (extra > 0) == (debtor_id == GREEK)  # the Greek example claims statutory interest


def test_nothing_is_present_without_exhibits(demo_store: Store) -> None:
    for packet in (
        packet_of(demo_store, GREEK, destination="payment-order"),
        packet_of(demo_store, AMERICAN),
    ):
        if packet.debtor_id == GREEK:  # its only document is an e-mail kept with a contact
            invoices = invoices_proof(packet)
            assert not invoices.present and invoices.lacking == packet.claim.claimed_invoices
            assert invoices.problem == "lacking"
        assert agreement_proof(packet).problem == "terms_only"  # the terms typed in are not a document
        assert demand_proof(packet).problem == "no_demand"


def test_an_excluded_or_missing_exhibit_is_not_present(demo_store: Store) -> None:
    whole = packet_of(demo_store, AMERICAN, destination="small-claims")
    assert [ref.invoice_number for ref in whole.exhibits if ref.shown] == ["INV-1007"]
    assert invoices_proof(whole).lacking == ("INV-1019",)
    left_out = packet_of(demo_store, AMERICAN, destination="small-claims", attachments=False)
    proof = invoices_proof(left_out)
    assert not proof.present and proof.lacking == ("INV-1007", "INV-1019") and proof.problem == "excluded"
    stored_path(demo_store.paths, whole.exhibits[0].sha256).unlink()  # the stored copy is gone
    assert invoices_proof(packet_of(demo_store, AMERICAN)).lacking == ("INV-1007", "INV-1019")


def test_attaching_every_claimed_invoice_makes_that_row_present(demo_store: Store, tmp_path: Path) -> None:
    before = packet_of(demo_store, SPANISH, destination="monitorio")
    assert invoices_proof(before).lacking == ("F2026-0057", "F2026-0063")  # F2026-0042 has its delivery note
    attach_to_invoices(demo_store, tmp_path, SPANISH, ("F2026-0057", "F2026-0063"))
    after = packet_of(demo_store, SPANISH, destination="monitorio")
    proof = invoices_proof(after)
    assert proof.present and proof.labels == ("A", "B", "C")
    assert not agreement_proof(after).present  # the other rows stay as they were
    with transaction(demo_store.sessions) as session:
        agreement = read_account(session, SPANISH).agreement
        assert agreement is not None
        contract = a_file(tmp_path, "presupuesto-firmado.pdf")
        add_attachment(session, demo_store.paths, SPANISH, contract, agreement_id=agreement.id)
    assert agreement_proof(packet_of(demo_store, SPANISH)).labels == ("D",)


def test_not_yet_due_invoice_files_do_not_make_the_claim_present(demo_store: Store, tmp_path: Path) -> None:
    attach_to_invoices(demo_store, tmp_path, SPANISH, ("F2026-0071",))  # not claimed: no help
    assert invoices_proof(packet_of(demo_store, SPANISH)).lacking == ("F2026-0057", "F2026-0063")


@pytest.mark.parametrize("delivered", [True, False])
def test_a_demand_needs_its_exhibits_and_its_receipt(
    demo_store: Store, tmp_path: Path, delivered: bool
) -> None:
    letter_id = send_demand(demo_store, tmp_path, SPANISH, delivered)
    packet = packet_of(demo_store, SPANISH, destination="monitorio")
    demand = best_demand(packet)
    assert demand is not None and demand.contact.interaction_id == letter_id
    proof = demand_proof(packet)
    if delivered:
        assert proof.present and proof.labels == ("B", "C")  # the letter and the receipt
        assert demand.contact.delivery is not None and demand.contact.delivery[0] == "delivered"
    else:
        assert proof.problem == "not_received" and proof.labels == ("B",)
    excluded = demand_proof(packet_of(demo_store, SPANISH, destination="monitorio", attachments=False))
    assert excluded.problem == "excluded"


def test_offers_stay_out_of_court_packets_but_their_hashes_do_not(demo_store: Store) -> None:
    offer_seq = add_offer(demo_store, SPANISH)

    def shown_kinds(packet: Packet) -> list[str]:
        return [entry.kind for part in packet.record for entry in entries_of(part)]

    for destination in ("monitorio", "payment-order", "small-claims"):
        packet = packet_of(demo_store, SPANISH, destination=destination)
        assert "offer" not in shown_kinds(packet) and packet.offers_left_out == 1
        assert packet.summaries_left_out == 1 and packet.exhibits_left_out == 0
        assert offer_seq in [row.seq for row in packet.integrity.hashes]
        assert [row.seq for row in packet.integrity.hashes] == list(range(1, packet.integrity.entries + 1))
        last = packet.record[-1]
        assert isinstance(last, ContactBlock) and next(i.entry.kind for i in last.items) == "note"
    general = packet_of(demo_store, SPANISH)
    assert shown_kinds(general).count("offer") == 1 and general.offers_left_out == 0


def test_contacts_carry_the_document_they_sent_and_the_letters_fate(
    demo_store: Store, tmp_path: Path
) -> None:
    letter_id = send_demand(demo_store, tmp_path, SPANISH, delivered=True)
    packet = packet_of(demo_store, SPANISH, destination="monitorio")
    blocks = {b.interaction_id: b for b in packet.record if isinstance(b, ContactBlock)}
    demand = blocks[letter_id]
    assert demand.document == "demand" and demand.reference == "Burofax BF-77"
    assert demand.delivery == ("delivered", (NOW - timedelta(days=6)).date())
    others = [b for b in blocks.values() if b.interaction_id != letter_id]
    assert all(b.document is None for b in others)
    assert others[2].kind == "letter" and others[2].delivery == ("delivered", others[2].started_at.date())


def test_a_demand_sent_by_e_mail_is_not_proof_of_receipt(demo_store: Store, tmp_path: Path) -> None:
    with transaction(demo_store.sessions) as session:
        head = verify_debtor(session, SPANISH)
        document = SentDocument("demand", "es", WitnessHead(SPANISH, head.entries, head.head))
        contact = ContactInput(
            "email", NOW - timedelta(days=3), Ending("sent", "Requerimiento", document=document)
        )
        mail = log_interaction(session, SPANISH, contact)
        add_attachment(
            session, demo_store.paths, SPANISH, a_file(tmp_path, "requerimiento.pdf"), interaction_id=mail.id
        )
    packet = packet_of(demo_store, SPANISH, destination="monitorio")
    demand = best_demand(packet)
    assert demand is not None and demand.contact.kind == "email" and demand.labels and not demand.received
    proof = demand_proof(packet)
    assert not proof.present and proof.problem == "not_provable" and proof.labels == demand.labels


def test_a_contact_that_held_an_offer_keeps_only_its_date_and_means_in_a_court_packet(
    demo_store: Store,
) -> None:
    # the Greek example's e-mail proposing instalments is a counter-offer, recorded as one
    court = packet_of(demo_store, GREEK, destination="payment-order")
    mails = [b for b in court.record if isinstance(b, ContactBlock) and b.kind == "email"]
    assert len(mails) == 1 and mails[0].negotiation and mails[0].summary == ""
    assert mails[0].direction == "inbound" and mails[0].started_at  # when and how stay
    assert all(not i.entry.text for i in mails[0].items if i.entry.kind == "interaction")
    assert "protasi-diakanonismou.eml" not in [ref.original_name for ref in court.exhibits]
    assert (court.offers_left_out, court.summaries_left_out, court.exhibits_left_out) == (1, 1, 1)
    assert court.negotiation_left_out
    assert [row.seq for row in court.integrity.hashes] == list(range(1, court.integrity.entries + 1))
    general = packet_of(demo_store, GREEK)
    mail = next(b for b in general.record if isinstance(b, ContactBlock) and b.kind == "email")
    assert not mail.negotiation and "δόσεις" in mail.summary and not general.negotiation_left_out
    assert [ref.original_name for ref in general.exhibits] == ["protasi-diakanonismou.eml"]
