"""Disputes and letters' deliveries through the window's services, on a real SQLite file: a dispute
opened in a call or by letter marks its invoices, is refused when it does not add up, and is resolved
once; a letter's fate is recorded when it is known, days after it was logged."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from callnotes.clock import FixedClock
from callnotes.domain.entries import DeliveryDetails, DisputeDetails, DisputeEndDetails
from callnotes.errors import InputError
from callnotes.export.entry_text import describe_entry
from callnotes.export.wording import Wording
from callnotes.services.books import InvoiceInput
from callnotes.services.debtors import DebtorInput
from callnotes.services.desk import Desk
from callnotes.services.disputes import DisputeInput
from callnotes.services.interactions import ContactInput, Ending
from callnotes.services.views import DebtorView
from tests.conftest import NOW

ENGLISH = Wording("en", "en_US", "Europe/Madrid")


@pytest.fixture
def debtor_id(desk: Desk) -> int:
    """A Spanish debtor with two invoices: A-1 of 1,000.00 € and A-2 of 250.50 €, both overdue."""
    debtor = desk.add_debtor(DebtorInput("Talleres Ruiz S.L.", country="ES"))
    desk.add_invoice(debtor, InvoiceInput("A-1", date(2026, 6, 1), 100000))
    desk.add_invoice(debtor, InvoiceInput("A-2", date(2026, 7, 1), 25050))
    return debtor


def _status(view: DebtorView, number: str) -> str:
    return next(i.status for i in view.invoices.values() if i.number == number)


def _refused(action: object, field: str, problem: str) -> None:
    with pytest.raises(InputError) as refused:
        action()  # type: ignore[operator]
    assert (refused.value.field, refused.value.problem) == (field, problem)


def test_a_dispute_by_letter_marks_its_invoices_until_it_is_resolved(desk: Desk, debtor_id: int) -> None:
    before = desk.debtor(debtor_id).statement.balance_minor
    seq = desk.open_dispute(debtor_id, "Dice que la pieza llegó rota", ["A-1"], 40000)
    view = desk.debtor(debtor_id)
    [dispute] = view.disputes
    assert (dispute.seq, dispute.reason, dispute.invoices, dispute.amount_minor) == (
        seq,
        "Dice que la pieza llegó rota",
        ("A-1",),
        40000,
    )
    assert (_status(view, "A-1"), _status(view, "A-2")) == ("disputed", "open")
    assert view.statement.balance_minor == before  # a disputed invoice is still claimed
    assert desk.facts(debtor_id).disputes == (dispute,)
    assert view.record[-1].entry.kind == "dispute"
    history = view.history("invoice", next(i.id for i in view.invoices.values() if i.number == "A-1"))
    marked = history.amendments[-1] if history else None  # shown under the invoice it changes
    assert marked is not None and marked.kind == "invoice_status" and marked.seq == seq + 1

    desk.resolve_dispute(debtor_id, seq, "withdrawn", "Encontró el albarán firmado")
    view = desk.debtor(debtor_id)
    assert view.disputes == () and desk.facts(debtor_id).disputes == ()
    assert _status(view, "A-1") == "open"
    ended = view.record[-1].entry
    assert ended.kind == "dispute_resolved" and ended.details == DisputeEndDetails(seq, "withdrawn")
    assert desk.check_record(debtor_id).report.ok
    _refused(
        lambda: desk.resolve_dispute(debtor_id, seq, "upheld", "otra vez"), "dispute", "dispute_resolved"
    )


def test_an_invoice_named_by_two_disputes_stays_disputed_until_both_are_resolved(
    desk: Desk, debtor_id: int
) -> None:
    first = desk.open_dispute(debtor_id, "Precio no acordado", ["A-1", "A-2"], None)
    second = desk.open_dispute(debtor_id, "Entrega incompleta", ["A-2"], 5000)
    desk.resolve_dispute(debtor_id, first, "settled", "Descuento del 10 % en A-1")
    view = desk.debtor(debtor_id)
    assert (_status(view, "A-1"), _status(view, "A-2")) == ("open", "disputed")
    assert [d.seq for d in view.disputes] == [second]


def test_a_dispute_that_does_not_add_up_is_refused_with_the_field_to_correct(
    desk: Desk, debtor_id: int
) -> None:
    entries = desk.debtor(debtor_id).head_seq
    _refused(lambda: desk.open_dispute(debtor_id, "  ", ["A-1"], None), "reason", "required")
    _refused(lambda: desk.open_dispute(debtor_id, "No", ["Z-9"], None), "invoices", "unknown_invoice")
    _refused(lambda: desk.open_dispute(debtor_id, "No", ["A-2"], 25051), "amount_minor", "above_disputed")
    _refused(lambda: desk.open_dispute(debtor_id, "No", [], 0), "amount_minor", "not_positive")
    balance = desk.debtor(debtor_id).statement.balance_minor
    _refused(lambda: desk.open_dispute(debtor_id, "No", [], balance + 1), "amount_minor", "above_disputed")
    assert desk.open_dispute(debtor_id, "Todo", [], balance) > entries  # the whole balance may be
    _refused(lambda: desk.resolve_dispute(debtor_id, 1, "withdrawn", "x"), "dispute", "unknown_dispute")
    seq = desk.debtor(debtor_id).disputes[0].seq
    _refused(lambda: desk.resolve_dispute(debtor_id, seq, "forgotten", "x"), "outcome", "choice")
    _refused(lambda: desk.resolve_dispute(debtor_id, seq, "withdrawn", ""), "text", "required")


def test_a_dispute_raised_in_a_call_locks_with_the_call(desk: Desk, debtor_id: int) -> None:
    call = desk.start_call(debtor_id, None, "+34912345678")
    bad = Ending("dispute", "Disputa", dispute=DisputeInput("Llegó roto", ("Z-9",)))
    _refused(lambda: desk.end_call(call.interaction.id, bad), "invoices", "unknown_invoice")
    assert desk.unfinished_calls(), "a refused dispute leaves the call open, nothing half-written"
    good = Ending("dispute", "Disputa la A-2", dispute=DisputeInput("Llegó roto", ("A-2",), 10000))
    desk.end_call(call.interaction.id, good)
    view = desk.debtor(debtor_id)
    contact, dispute = (item.entry for item in view.record if item.entry.kind in ("interaction", "dispute"))
    assert dispute.interaction_id == contact.interaction_id == call.interaction.id
    assert dispute.recorded_at == contact.recorded_at  # one transaction: they lock together
    assert dispute.details == DisputeDetails(("A-2",), 10000, "EUR")
    assert _status(view, "A-2") == "disputed" and view.disputes[0].reason == "Llegó roto"
    assert describe_entry(ENGLISH, dispute) == (
        "The debtor disputes invoices A-2. Amount disputed: €100.00.\nReason: Llegó roto"
    )


def test_each_kind_of_contact_has_its_own_outcomes(desk: Desk, debtor_id: int) -> None:
    at = NOW - timedelta(days=1)
    _refused(
        lambda: desk.log_contact(debtor_id, ContactInput("letter", at, Ending("voicemail"))),
        "outcome",
        "choice",
    )
    desk.log_contact(debtor_id, ContactInput("visit", at, Ending("nobody_there")))
    desk.log_contact(debtor_id, ContactInput("email", at, Ending("replied", "Pide copia")))
    outcomes = [c.outcome for c in desk.facts(debtor_id).contacts]
    assert sorted(outcomes) == ["nobody_there", "replied"]


def test_a_letters_delivery_is_recorded_when_it_is_known(
    desk: Desk, debtor_id: int, clock: FixedClock
) -> None:
    sent = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
    letter = desk.log_contact(
        debtor_id, ContactInput("letter", sent, Ending("sent", "Requerimiento"), reference="BF-118834")
    )
    assert desk.facts(debtor_id).contacts[0].outcome == "sent"
    _refused(
        lambda: desk.record_delivery(debtor_id, letter, "delivered", date(2026, 11, 9)), "on", "before_sent"
    )
    _refused(lambda: desk.record_delivery(debtor_id, letter, "delivered", date(2026, 11, 23)), "on", "future")
    _refused(lambda: desk.record_delivery(debtor_id, letter, "lost", date(2026, 11, 12)), "status", "choice")
    call = desk.log_contact(debtor_id, ContactInput("call", sent, Ending("no_answer")))
    _refused(
        lambda: desk.record_delivery(debtor_id, call, "delivered", date(2026, 11, 12)),
        "interaction",
        "not_a_letter",
    )

    clock.advance(timedelta(days=3))  # the receipt comes back days later
    desk.record_delivery(debtor_id, letter, "refused", date(2026, 11, 13))
    desk.record_delivery(debtor_id, letter, "delivered", date(2026, 11, 14))  # a later receipt says more
    view = desk.debtor(debtor_id)
    deliveries = [item.entry for item in view.record if item.entry.kind == "delivery"]
    assert [d.details for d in deliveries] == [
        DeliveryDetails(letter, "refused", date(2026, 11, 13)),
        DeliveryDetails(letter, "delivered", date(2026, 11, 14)),
    ]
    assert deliveries[0].recorded_at == NOW + timedelta(days=3)
    assert describe_entry(ENGLISH, deliveries[1]) == "Letter delivered on 11/14/2026."
    letters = [c for c in desk.facts(debtor_id).contacts if c.kind == "letter"]
    assert [c.outcome for c in letters] == ["delivered"]  # the letter shows its latest delivery
    assert desk.check_record(debtor_id).report.ok


def test_a_letter_logged_as_returned_records_its_delivery_at_once(desk: Desk, debtor_id: int) -> None:
    sent = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    contact = ContactInput(
        "letter", sent, Ending("returned"), reference="CERT-7", delivered_on=date(2026, 11, 6)
    )
    letter = desk.log_contact(debtor_id, contact)
    [delivery] = [i.entry for i in desk.debtor(debtor_id).record if i.entry.kind == "delivery"]
    assert delivery.details == DeliveryDetails(letter, "returned", date(2026, 11, 6))
    assert desk.facts(debtor_id).contacts[0].outcome == "returned"


def test_the_list_shows_what_became_of_a_letter_that_is_the_last_contact(desk: Desk, debtor_id: int) -> None:
    sent = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
    letter = desk.log_contact(debtor_id, ContactInput("letter", sent, Ending("sent"), reference="BF-1"))

    def last_outcome() -> str | None:
        [summary] = [s for s in desk.debtors() if s.id == debtor_id]
        assert summary.last_contact_kind == "letter"
        return summary.last_outcome

    assert last_outcome() == "sent"
    desk.record_delivery(debtor_id, letter, "refused", date(2026, 11, 12))
    assert last_outcome() == "delivery_refused"  # as the facts panel says it
    desk.record_delivery(debtor_id, letter, "delivered", date(2026, 11, 13))  # a later receipt corrects it
    assert last_outcome() == "delivered"
