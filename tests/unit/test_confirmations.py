"""Confirmation tracking on fixed days: each summary's state, the agenda's unconfirmed summary after the
wait, and escalation reading which document a letter or e-mail sent."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from callnotes.domain.account import Account, DebtorProfile, InteractionInfo, InvoiceInfo
from callnotes.domain.agenda import DebtorFigures, Reason, debtor_rows, done_until, hidden_by_done
from callnotes.domain.confirmations import (
    Confirmation,
    document_kinds,
    matching_documents,
    sent_documents,
    summary_states,
    unconfirmed_summary,
)
from callnotes.domain.documents import SentDocument, find_references, short_reference
from callnotes.domain.entries import ContactDetails, JournalEntry, ReplyDetails, decode_details
from callnotes.domain.escalation import Stage, Step, escalation
from callnotes.domain.record import WitnessHead

TODAY = date(2026, 11, 22)
ZONE = "Europe/Madrid"
HEAD = "ab12cd34ef56" + "0" * 52


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def at(offset: int) -> datetime:
    return datetime.combine(day(offset), time(10), UTC)


def sent_entry(
    seq: int, interaction: int, on: int, document: str | None = "summary", kind: str = "email", ref: str = ""
) -> JournalEntry:
    cited = SentDocument(document, "es", WitnessHead(1, seq - 1, HEAD)) if document else None
    details = ContactDetails(kind, "outbound", at(on), at(on), None, "", ref, "sent", None, cited)
    return JournalEntry(seq, "interaction", at(on), at(on), "", "me", f"h{seq}", interaction, details)


def reply_entry(seq: int, to: int, stance: str, on: int) -> JournalEntry:
    return JournalEntry(seq, "reply", at(on), at(on), "", "me", f"h{seq}", to, ReplyDetails(to, stance))


def test_a_reply_entry_decodes_into_its_details() -> None:
    assert decode_details("reply", {"to": 7, "stance": "confirming"}) == ReplyDetails(7, "confirming")
    assert decode_details("reply", {"stance": "confirming"}).__class__.__name__ == "UnreadableDetails"


def test_each_summary_takes_the_state_of_its_latest_reply() -> None:
    entries = [
        sent_entry(1, 10, -20),
        sent_entry(2, 11, -12),
        sent_entry(3, 12, -9),
        sent_entry(4, 13, -8, "reminder", "letter"),  # a letter: sent, but no summary
        reply_entry(5, 10, "silent", -10),
        reply_entry(6, 10, "confirming", -5),  # came late: corrects the "silent"
        reply_entry(7, 11, "disputing", -6),
    ]
    states = summary_states(entries)
    assert [(s.sent.interaction_id, s.state, s.reply_seq) for s in states] == [
        (10, Confirmation.CONFIRMED, 6),
        (11, Confirmation.DISPUTED, 7),
        (12, Confirmation.AWAITING, None),
    ]
    assert states[0].sent.sent_on(ZONE) == day(-20)
    assert document_kinds(entries) == {10: "summary", 11: "summary", 12: "summary", 13: "reminder"}
    assert [i.interaction_id for i in sent_documents(entries)] == [10, 11, 12, 13]


def test_only_the_latest_summary_waits_and_only_after_the_wait() -> None:
    entries = [sent_entry(1, 10, -30), sent_entry(2, 11, -7)]
    waiting = unconfirmed_summary(entries, TODAY, ZONE, 7)
    assert waiting is not None and waiting.sent.interaction_id == 11
    assert unconfirmed_summary(entries, TODAY, ZONE, 8) is None  # one more day to wait
    assert unconfirmed_summary(entries, day(-1), ZONE, 7) is None
    answered = [*entries, reply_entry(3, 11, "silent", -1)]
    assert unconfirmed_summary(answered, TODAY, ZONE, 7) is None  # the older one is superseded


def test_a_reference_in_a_reply_finds_the_document_that_carried_it() -> None:
    entries = [sent_entry(5, 10, -3), sent_entry(9, 11, -2, "demand", "letter")]
    text = f"Re: Resumen {short_reference(WitnessHead(1, 4, HEAD))}\n> Referencia 1-8-{HEAD[:12]}"
    found = matching_documents(find_references(text), sent_documents(entries))
    assert [i.interaction_id for i in found] == [10, 11]
    assert matching_documents(find_references("ref 1-4-ffffffffffff"), sent_documents(entries)) == []


DEBTOR = DebtorProfile(1, "business", "Núñez S.L.", None, "ES", "es", "EUR", ZONE, "", "", "unknown")
INVOICE = InvoiceInfo(1, "F-1", day(-60), day(-30), 1_000_00, "EUR", "", None, "open")


def contact(interaction: int, on: int, kind: str = "email", ref: str = "") -> InteractionInfo:
    return InteractionInfo(interaction, None, kind, "outbound", at(on), at(on), "", ref, "sent", "", None)


def figures(entries: tuple[JournalEntry, ...], contacts: tuple[InteractionInfo, ...]) -> DebtorFigures:
    talked = InteractionInfo(99, None, "call", "outbound", at(-8), at(-8), "", "", "reached", "", None)
    return DebtorFigures(DEBTOR, (INVOICE,), (), (), None, (), (), (talked, *contacts), (), entries)


def test_the_agenda_lists_a_summary_unconfirmed_after_the_wait() -> None:
    f = figures((sent_entry(3, 10, -8),), (contact(10, -8),))
    row = next(r for r in debtor_rows(f, TODAY, 7) if r.reason is Reason.SUMMARY_UNCONFIRMED)
    assert (row.on, row.days, row.amount_minor, row.urgency) == (day(-8), 8, 1_000_00, 3)
    assert row.detail.startswith(f"Summary of {day(-8).isoformat()} not confirmed yet (8 days")
    assert Reason.SUMMARY_UNCONFIRMED not in [r.reason for r in debtor_rows(f, TODAY, 9)]
    assert Reason.SUMMARY_UNCONFIRMED not in [r.reason for r in debtor_rows(f, day(-2), 7)]
    replied = replace(f, entries=(*f.entries, reply_entry(4, 10, "confirming", -1)))
    assert Reason.SUMMARY_UNCONFIRMED not in [r.reason for r in debtor_rows(replied, TODAY, 7)]
    # done: hidden for this summary, back for a later one left unconfirmed
    until = done_until(row, TODAY)
    assert hidden_by_done(row, until, TODAY)
    later = replace(f, entries=(*f.entries, sent_entry(5, 11, -1)))
    row2 = next(r for r in debtor_rows(later, day(7), 7) if r.reason is Reason.SUMMARY_UNCONFIRMED)
    assert not hidden_by_done(row2, until, day(7))


def account(contacts: tuple[InteractionInfo, ...], entries: tuple[JournalEntry, ...]) -> Account:
    return Account(DEBTOR, (), (), (INVOICE,), (), (), (), (), contacts, (), entries)


def test_escalation_reads_the_document_a_contact_sent() -> None:
    demand = account((contact(10, -5, "email"),), (sent_entry(1, 10, -5, "demand"),))
    assert escalation(demand, TODAY).stage is Stage.FORMAL_DEMAND  # an e-mailed demand counts
    # A certified letter that sent a reminder is a reminder, not a demand.
    certified = account(
        (contact(10, -5, "letter", "CD123ES"),), (sent_entry(1, 10, -5, "reminder", "letter"),)
    )
    assert escalation(certified, TODAY).because == "reminder_interval"
    two = account(
        (contact(10, -25, "letter"), contact(11, -5, "email")),
        (sent_entry(1, 10, -25, "overdue", "letter"), sent_entry(2, 11, -5, "statement")),
    )
    assert escalation(two, TODAY).because == "reminders_unanswered"
    summary = account((contact(10, -5, "email"),), (sent_entry(1, 10, -5, "summary"),))
    assert escalation(summary, TODAY) == escalation(account((), ()), TODAY)  # a summary is no reminder
    assert escalation(summary, TODAY).next_step is Step.SEND_REMINDER
    # Letters logged without a document keep the old rule: a reference makes a demand.
    old = account((contact(10, -5, "letter", "CD123ES"),), (sent_entry(1, 10, -5, None, "letter"),))
    assert escalation(old, TODAY).stage is Stage.FORMAL_DEMAND
