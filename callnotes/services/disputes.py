"""Disputes: the debtor says (part of) the debt is not owed. Opened and resolved as journal entries.

A dispute names the invoices it is about (none: the whole debt) and, when the debtor names one, the
amount. The invoices it names are marked "disputed" (still claimed: the ledger keeps counting them) in
the same transaction, with the dispute's reason; when it is resolved they return to "open", unless
another open dispute still names them. What the owner does about a dispute upheld (a credit note, a
write-off) is a separate act with its own reason: resolving a dispute never changes an amount.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlmodel import Session

from callnotes.domain.account import Account, statement_of
from callnotes.domain.disputes import RESOLUTIONS, disputes, open_disputes
from callnotes.domain.ledger import InvoiceStatus
from callnotes.domain.money import Money, format_money
from callnotes.errors import InputError
from callnotes.services import validation
from callnotes.services.books import set_invoice_status
from callnotes.services.plain import DisputeInput as DisputeInput
from callnotes.store import queries
from callnotes.store.account import read_account
from callnotes.store.engine import clock_of
from callnotes.store.journal import NewEntry, append_entry
from callnotes.store.models import Entry, Interaction


def _checked_numbers(account: Account, numbers: Iterable[str]) -> tuple[str, ...]:
    """The invoice numbers, each once, each an invoice of the debtor with something still claimed on it."""
    chosen = tuple(dict.fromkeys(n.strip() for n in numbers if n.strip()))
    claimed = {i.number for i in account.open_invoices()}
    for number in chosen:
        if account.invoice(number) is None:
            raise InputError(
                f"{account.debtor.name} has no invoice {number}.",
                field="invoices",
                problem="unknown_invoice",
                values={"number": number},
            )
        if number not in claimed:
            raise InputError(
                f"Invoice {number} has nothing open on it to dispute.",
                field="invoices",
                problem="invoice_not_open",
                values={"number": number},
            )
    return chosen


def dispute_entry(
    session: Session,
    debtor_id: int,
    dispute: DisputeInput,
    *,
    interaction_id: int | None = None,
    occurred_at: datetime | None = None,
    author: str = "",
) -> NewEntry:
    """The `dispute` entry for a dispute, once checked: a reason, the debtor's own open invoices, and an
    amount above zero and at most what is disputed (the invoices' open amounts, or the balance)."""
    account = read_account(session, debtor_id)
    reason = validation.required(dispute.reason, "reason", "The reason of the dispute", validation.TEXT_CHARS)
    numbers = _checked_numbers(account, dispute.invoices)
    currency = account.debtor.currency
    if dispute.amount_minor is not None:
        validation.amount(dispute.amount_minor, "amount_minor", "The disputed amount")
        if numbers:
            open_on = {i.number: i.open_minor for i in account.open_invoices()}
            limit = sum(open_on[n] for n in numbers)
        else:
            limit = statement_of(account, clock_of(session).today()).balance_minor
        if dispute.amount_minor > limit:
            raise InputError(
                f"Only {format_money(Money(max(limit, 0), currency), 'en_US')} is owed on what is disputed; "
                "the disputed amount cannot be more.",
                field="amount_minor",
                problem="above_disputed",
                values={"minor": max(limit, 0), "currency": currency},
            )
    data = {"invoices": list(numbers), "amount_minor": dispute.amount_minor, "currency": currency}
    return NewEntry("dispute", reason, data, interaction_id, occurred_at, author=author)


def mark_disputed(
    session: Session, debtor_id: int, numbers: Sequence[str], reason: str, author: str = ""
) -> None:
    """Mark the named invoices "disputed" (those still "open"), with the dispute's reason in the record."""
    for number in numbers:
        invoice = queries.invoice_by_number(session, debtor_id, number)
        if invoice is not None and invoice.status == InvoiceStatus.OPEN:
            set_invoice_status(session, invoice.id or 0, InvoiceStatus.DISPUTED.value, reason, author=author)


def open_dispute(
    session: Session,
    debtor_id: int,
    reason: str,
    invoice_numbers: Sequence[str],
    amount_minor: int | None,
    interaction_id: int | None = None,
    *,
    author: str = "",
) -> Entry:
    """Record that the debtor disputes the debt (raised by letter, e-mail or in person); returns the
    `dispute` entry, whose sequence number identifies the dispute."""
    if interaction_id is not None:
        interaction = session.get(Interaction, interaction_id)
        if interaction is None or interaction.debtor_id != debtor_id:
            raise InputError(
                f"Interaction {interaction_id} is not one of this debtor's.", field="interaction"
            )
    new = dispute_entry(
        session,
        debtor_id,
        DisputeInput(reason, tuple(invoice_numbers), amount_minor),
        interaction_id=interaction_id,
        author=author,
    )
    entry = append_entry(session, debtor_id, new)
    mark_disputed(session, debtor_id, new.data["invoices"], new.text, author)
    return entry


def resolve_dispute(
    session: Session, debtor_id: int, dispute_seq: int, outcome: str, text: str, *, author: str = ""
) -> Entry:
    """Close an open dispute (withdrawn, upheld or settled) saying how; its invoices return to "open"
    unless another open dispute names them. An unknown or already resolved dispute is refused."""
    account = read_account(session, debtor_id)
    found = {d.seq: d for d in disputes(account.entries)}
    dispute = found.get(dispute_seq)
    if dispute is None:
        raise InputError(
            f"Entry {dispute_seq} of this debtor's record is not a dispute.",
            field="dispute",
            problem="unknown_dispute",
            values={"value": dispute_seq},
        )
    if not dispute.is_open:
        raise InputError(
            f"The dispute of entry {dispute_seq} was already resolved on {dispute.resolved_on}.",
            field="dispute",
            problem="dispute_resolved",
            values={"value": dispute_seq},
        )
    if outcome not in RESOLUTIONS:
        raise InputError(
            f"“{outcome}” is not how a dispute ends; expected one of {', '.join(RESOLUTIONS)}.",
            field="outcome",
            problem="choice",
        )
    how = validation.required(text, "text", "How the dispute was resolved", validation.TEXT_CHARS)
    entry = append_entry(
        session,
        debtor_id,
        NewEntry("dispute_resolved", how, {"dispute_seq": dispute_seq, "outcome": outcome}, author=author),
    )
    still = {n for d in open_disputes(account.entries) if d.seq != dispute_seq for n in d.invoices}
    for number in dispute.invoices:
        invoice = queries.invoice_by_number(session, debtor_id, number)
        if number not in still and invoice is not None and invoice.status == InvoiceStatus.DISPUTED:
            set_invoice_status(session, invoice.id or 0, InvoiceStatus.OPEN.value, how, author=author)
    return entry
