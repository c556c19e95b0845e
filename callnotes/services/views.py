"""The plain, immutable pictures of the data that the interface shows (it never sees a table row)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from callnotes.domain.account import (
    Account,
    AgreementInfo,
    CreditNoteInfo,
    DebtorProfile,
    InteractionInfo,
    InvoiceInfo,
    PaymentInfo,
    PersonInfo,
    statement_of,
)
from callnotes.domain.allocation import OpenInvoice
from callnotes.domain.contact_rules import CallingHours
from callnotes.domain.disputes import Dispute, open_disputes
from callnotes.domain.entries import LINE_KINDS, RecordItem
from callnotes.domain.escalation import Escalation, escalation
from callnotes.domain.ledger import Statement
from callnotes.services.facts import PlanFact, PromiseFact, plan_facts, promise_facts
from callnotes.services.prompts import PromptBank

if TYPE_CHECKING:
    from callnotes.store.models import DraftLine

VIEW_LEAVES_OUT = LINE_KINDS  # what the debtor's panel does not read of the journal (see DebtorView.record)


@dataclass(frozen=True)
class DebtorView:
    """One debtor at a glance: the statement, the people, the agreement, the invoices and payments, and
    the record, with the history of each thing that was changed."""

    debtor: DebtorProfile
    people: tuple[PersonInfo, ...]  # the people to speak to now
    statement: Statement
    invoices: dict[int, InvoiceInfo]
    payments: tuple[PaymentInfo, ...]  # reversed ones included
    credit_notes: tuple[CreditNoteInfo, ...]
    agreement: AgreementInfo | None
    open_invoices: tuple[OpenInvoice, ...]  # what a payment can be applied to, oldest due first
    # The entries that record things (the books, people, contacts, promises, plans, letters, disputes)
    # with their amendments, for each thing's history; not the lines said and typed in calls, which
    # the Record tab pages through (Desk.record_page): a long history has thousands.
    record: tuple[RecordItem, ...]
    head_seq: int  # entries in the record: the Record tab's size, shown before the chain is checked
    escalation: Escalation  # the stage of the collection process and the suggested next step
    promises: tuple[PromiseFact, ...] = ()  # every promise with its state, the most recent first
    plans: tuple[PlanFact, ...] = ()  # every plan with its instalments' states, the most recent first
    disputes: tuple[Dispute, ...] = ()  # the open ones, oldest first

    def history(self, what: str, key: int) -> RecordItem | None:
        """The entry that first recorded a thing (("invoice", 7)) with every later change to it."""
        return next((item for item in self.record if item.entry.subject == (what, key)), None)


def debtor_view(account: Account, today: date, entries: int | None = None) -> DebtorView:
    """What the debtor panel shows, as of `today`; `entries`: how many the whole journal holds, when
    the account was read without the lines of calls (`VIEW_LEAVES_OUT`)."""
    return DebtorView(
        debtor=account.debtor,
        people=account.current_people,
        statement=statement_of(account, today),
        invoices={i.id: i for i in account.invoices},
        payments=account.payments,
        credit_notes=account.credit_notes,
        agreement=account.agreement,
        open_invoices=tuple(account.open_invoices()),
        record=tuple(account.record()),
        head_seq=len(account.entries) if entries is None else entries,
        escalation=escalation(account, today),
        promises=promise_facts(account, today),
        plans=plan_facts(account, today),
        disputes=open_disputes(account.entries),
    )


@dataclass(frozen=True)
class NoteLine:
    """A line of an open call; `position` is None until the line is saved."""

    position: int | None
    typed_at: datetime
    kind: str
    text: str
    data: Mapping[str, Any] | None = None  # the structured part of a line that has one (an offer)


def note_line(line: DraftLine) -> NoteLine:
    """A saved draft line as the note pane shows it."""
    return NoteLine(line.position, line.typed_at, line.kind, line.text, json.loads(line.data) or None)


@dataclass(frozen=True)
class OpenCall:
    """A call in progress (new, or found unfinished after a crash), with everything typed so far."""

    interaction: InteractionInfo
    debtor: DebtorProfile
    person: PersonInfo | None
    lines: tuple[NoteLine, ...]
    pending_text: str
    prompts: PromptBank  # in the debtor's language
    calling_hours: CallingHours  # the rule the user's business follows


@dataclass(frozen=True)
class UnfinishedCall:
    """A call that was started and never ended (the program was closed or killed)."""

    interaction_id: int
    debtor_name: str
    started_at: datetime
    lines: int
