"""What a record entry says, in words of one language: its structured part, then its text.

The packet and the window's Record tab both word entries here, so the record reads the same on
screen and on paper. Plain text only; no Qt and no reportlab.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from babel import Locale

from callnotes.domain.contact_rules import ContactWarning
from callnotes.domain.documents import SentDocument, short_reference
from callnotes.domain.entries import (
    AttachmentDetails,
    ChangeDetails,
    ContactDetails,
    CreditNoteDetails,
    DeliveryDetails,
    DisputeDetails,
    DisputeEndDetails,
    FieldChange,
    GuardOverrideDetails,
    ImportDetails,
    InvoiceDetails,
    JournalEntry,
    OfferDetails,
    PaymentDetails,
    PlanDetails,
    PromiseDetails,
    ReplyDetails,
    ReversalDetails,
    TermsDetails,
    UnreadableDetails,
)
from callnotes.export.offer_text import negotiation_step_text
from callnotes.export.wording import N_, Wording
from callnotes.services.validation import display_phone

EMPTY = "—"
# Fields whose values are codes with a word of their own, and the LABELS group that has it.
_CODED = {
    "status": "status",
    "archive_reason": "archive",
    "language": "language",
    "kind": "debtor kind",
    "payment_rating": "rating",
}


def describe_entry(w: Wording, entry: JournalEntry, exhibit_labels: Mapping[str, str] | None = None) -> str:
    """The entry in words; `exhibit_labels` names the packet's exhibit of each attached file by hash."""
    return _described(w, entry, exhibit_labels or {}).strip()


def _with_reason(w: Wording, text: str, entry: JournalEntry) -> str:
    return text + (" " + w("Reason: {reason}", reason=entry.reason) if entry.reason else "")


def _described(w: Wording, entry: JournalEntry, exhibit_labels: Mapping[str, str]) -> str:
    details = entry.details
    if isinstance(details, InvoiceDetails):
        parts = [
            w(
                "Invoice {number} for {amount}, issued {issued}, due {due}.",
                number=details.number,
                amount=w.money(details.amount_minor, details.currency),
                issued=w.day(details.issued_on),
                due=w.day(details.due_on),
            )
        ]
        if details.delivered_on:
            parts.append(w("Delivered {date}.", date=w.day(details.delivered_on)))
        return " ".join(parts) + f"\n{entry.text}"
    if isinstance(details, PaymentDetails):
        amount = w.money(details.amount_minor, details.currency)
        parts = [w("Payment of {amount} received {date}.", amount=amount, date=w.day(details.paid_on))]
        if details.method:
            parts.append(w("Method: {method}.", method=details.method))
        if entry.text:
            parts.append(w("ref. {reference}", reference=entry.text) + ".")
        applied = w.join(  # amounts hold commas themselves ("300,00 €")
            f"{number}: {w.money(minor, details.currency)}" for number, minor in details.allocations
        )
        if applied:
            parts.append(w("Applied to: {allocations}.", allocations=applied))
        return " ".join(parts)
    if isinstance(details, TermsDetails):
        return w("Agreement of {date}.", date=w.day(details.signed_on)) + "\n" + entry.text
    if isinstance(details, PromiseDetails):
        amount = w.money(details.amount_minor, details.currency)
        return (
            w("Promises to pay {amount} by {date}.", amount=amount, date=w.day(details.due_on))
            + "\n"
            + entry.text
        )
    if isinstance(details, PlanDetails):
        instalments = w.join(
            w("{amount} on {date}", amount=w.money(minor, details.currency), date=w.day(due_on))
            for due_on, minor in details.instalments
        )
        plan = w.label("plan", details.kind)
        total = w.money(details.total_minor, details.currency)
        return w("{plan} for {total}: {instalments}.", plan=plan, total=total, instalments=instalments) + (
            "\n" + entry.text
        )
    if isinstance(details, OfferDetails):
        return negotiation_step_text(w, details) + (f"\n{entry.text}" if entry.text else "")
    if isinstance(details, AttachmentDetails):
        described = w(
            "{name} ({media_type}, {size}). SHA-256 {sha256}.",
            name=details.original_name,
            media_type=details.media_type,
            size=w.size(details.size_bytes),
            sha256=details.sha256,
        )
        label = exhibit_labels.get(details.sha256)
        return described + (" " + w("See exhibit {label}.", label=label) if label else "")
    if isinstance(details, ContactDetails):
        parts = [sent_document_text(w, details.document)] if details.document else []
        if details.document is None or details.outcome != "sent":  # "sent" is said by the document's clause
            parts.append(w("Outcome: {outcome}.", outcome=w.label("outcome", details.outcome)))
        if entry.text:
            parts.append(entry.text)
        if details.next_action_on:
            parts.append(w("Next action: {date}.", date=w.day(details.next_action_on)))
        return " ".join(parts)
    if isinstance(details, ChangeDetails):
        return _change(w, entry, details)
    if isinstance(details, CreditNoteDetails):
        credit = w(
            "Credit note of {amount} on invoice {number}, dated {date}.",
            amount=w.money(details.amount_minor, details.currency),
            number=details.number,
            date=w.day(details.issued_on),
        )
        return _with_reason(w, credit, entry)
    if isinstance(details, ReversalDetails):
        reversed_payment = w(
            "The payment of {amount} received {date} no longer counts.",
            amount=w.money(details.amount_minor, details.currency),
            date=w.day(details.paid_on),
        )
        return _with_reason(w, reversed_payment, entry)
    if isinstance(details, ImportDetails):
        added = [w("the debtor")] if details.debtor_added else []
        added += [w("invoices: {count}", count=details.invoices_added)]
        added += [w("payments: {count}", count=details.payments_added)]
        return w(
            "Imported from {file} ({profile} export, SHA-256 {sha256}). Added: {added}.",
            file=details.file_name,
            profile=details.profile,
            sha256=details.sha256,
            added=w.join(added),
        )
    if isinstance(details, DisputeDetails):
        parts = [
            w("The debtor disputes invoices {invoices}.", invoices=w.join(details.invoices))
            if details.invoices
            else w("The debtor disputes the whole debt.")
        ]
        if details.amount_minor is not None:
            amount = w.money(details.amount_minor, details.currency)
            parts.append(w("Amount disputed: {amount}.", amount=amount))
        return " ".join(parts) + "\n" + w("Reason: {reason}", reason=entry.text)
    if isinstance(details, DisputeEndDetails):
        resolved = w(
            "Dispute of entry {seq} resolved: {outcome}.",
            seq=details.dispute_seq,
            outcome=w.label("resolution", details.outcome),
        )
        return resolved + "\n" + entry.text
    if isinstance(details, DeliveryDetails):
        return w(
            "Letter {status} on {date}.",
            status=w.label("delivery", details.status),
            date=w.day(details.on),
        )
    if isinstance(details, ReplyDetails):
        return reply_text(w, details) + (f"\n{entry.text}" if entry.text else "")
    if isinstance(details, GuardOverrideDetails):
        return guard_override_text(w, details.warnings, entry.text)
    if entry.kind == "amendment":
        correction = w(
            "Corrects entry {seq}. Reason: {reason}", seq=entry.amends_seq, reason=entry.reason or ""
        )
        return correction + "\n" + entry.text
    if isinstance(details, UnreadableDetails):  # an entry written by another version: shown as stored
        return f"{entry.text}\n{dict(details.data)}"
    return entry.text


# Each document in a whole clause of its own, so a language can agree "sent" with the document's gender.
_SENT_DOCUMENT = {
    "summary": N_("Call summary sent, record reference {reference}."),
    "overdue": N_("Overdue notice sent, record reference {reference}."),
    "reminder": N_("Reminder sent, record reference {reference}."),
    "statement": N_("Statement of account sent, record reference {reference}."),
    "demand": N_("Formal demand sent, record reference {reference}."),
}


def sent_document_text(w: Wording, document: SentDocument) -> str:
    """Which document a contact sent and the record reference it carries, in one short clause."""
    reference = short_reference(document.cites)
    message = _SENT_DOCUMENT.get(document.kind)
    if message is None:  # a kind of a later version: shown as stored
        return w(
            "Document {kind} sent, record reference {reference}.", kind=document.kind, reference=reference
        )
    return w(message, reference=reference)


def reply_text(w: Wording, details: ReplyDetails) -> str:
    """The debtor's answer to a summary or letter we sent, in a sentence."""
    if details.stance == "confirming":
        return w("The debtor confirms in writing what we sent them.")
    if details.stance == "disputing":
        return w("The debtor disputes in writing what we sent them.")
    if details.stance == "silent":
        return w("No reply came to what we sent the debtor.")
    return f"{details.stance}: {details.to}"  # a stance of a later version: shown as stored


def guard_override_text(w: Wording, warnings: Sequence[ContactWarning], reason: str) -> str:
    """Going ahead despite the contact guard: which warnings, in words, and the reason given."""
    return w(
        "Went ahead despite: {warnings}. Reason: {reason}",
        warnings=w.join(guard_warning(w, warning) for warning in warnings),
        reason=reason,
    )


def guard_warning(w: Wording, warning: ContactWarning) -> str:
    """One of the contact guard's warnings, in a few words with its values ("last conversation 3 days
    earlier, on …"): the record's, and the command line's in English."""
    try:
        return _guard_warning(w, warning)
    except (KeyError, TypeError, ValueError):  # values of another shape (a damaged record): shown as stored
        return f"{warning.code}: {dict(warning.values)}"


def _guard_warning(w: Wording, warning: ContactWarning) -> str:
    v = warning.values
    if warning.code == "too_soon":
        days, last = int(v["days"]), w.day(date.fromisoformat(str(v["last"])))
        if days == 0:
            return w("last conversation the same day, {date} (interval {gap} days)", date=last, gap=v["gap"])
        if days == 1:
            return w(
                "last conversation the day before, {date} (interval {gap} days)", date=last, gap=v["gap"]
            )
        return w(
            "last conversation {days} days earlier, on {date} (interval {gap} days)",
            days=days,
            date=last,
            gap=v["gap"],
        )
    if warning.code == "too_many_attempts":
        return w(
            "already {attempts} calls or visits in {days} days (more than {limit} is too many)",
            attempts=v["attempts"],
            days=v["days"],
            limit=v["limit"],
        )
    if warning.code == "outside_hours":
        local = datetime.fromisoformat(str(v["local"]))
        hours = f"{v['opens']}–{v['closes']}"
        if v.get("weekdays_only"):
            return w(
                "their local time {time} on {weekday} {date} ({zone}), outside {hours} on weekdays",
                time=f"{local:%H:%M}",
                weekday=w.weekday(local.date()),
                date=w.day(local.date()),
                zone=v["zone"],
                hours=hours,
            )
        return w(
            "their local time {time} on {date} ({zone}), outside {hours}",
            time=f"{local:%H:%M}",
            date=w.day(local.date()),
            zone=v["zone"],
            hours=hours,
        )
    if warning.code == "recent_attempt":
        return w(
            "a call or visit already made on {date} (the rule allows one in {days} days)",
            date=w.day(date.fromisoformat(str(v["last"]))),
            days=v["days"],
        )
    if warning.code == "dispute_open":
        return w(
            "a dispute open since {date}: {reason}",
            date=w.day(date.fromisoformat(str(v["since"]))),
            reason=v.get("reason", ""),
        )
    return f"{warning.code}: {dict(v)}"  # a warning of a later version: shown as stored


def _change(w: Wording, entry: JournalEntry, details: ChangeDetails) -> str:
    """A thing recorded, changed, corrected, archived or removed, field by field."""
    fields = w.join(
        w(
            "{field}: {value}",
            field=w.label("field", c.field),
            value=field_value(w, c.field, c.new, details.currency),
        )
        for c in details.changes
        if c.new not in (None, "")
    )
    changed = w.join(_change_of(w, c, details.currency) for c in details.changes)
    name = field_value(w, "signed_on", details.name, "") if details.subject == "agreement" else details.name
    if entry.kind == "debtor":
        return w("Debtor recorded: {fields}.", fields=fields)
    if entry.kind == "person":
        return w("{name} added as someone to speak to: {fields}.", name=name, fields=fields)
    if entry.kind == "archive":
        reason = next((c.new for c in details.changes if c.field == "archive_reason"), None)
        said = (
            w("Archived: {reason}.", reason=w.label("archive", reason))
            if reason
            else w("Back on the list of debtors being pursued.")
        )
        return said + (f"\n{entry.text}" if entry.text else "")
    if any(c.field == "removed" and c.new for c in details.changes):
        return w("{name} is no longer someone to speak to.", name=name)
    if entry.kind == "details":
        return w("Details of {name} changed: {changes}.", name=name, changes=changed)
    subject = w.label("subject", details.subject)
    if entry.kind == "invoice_status":
        return _with_reason(w, w("Invoice {name}: {changes}.", name=name, changes=changed), entry)
    return _with_reason(
        w, w("{subject} {name} corrected: {changes}.", subject=subject, name=name, changes=changed), entry
    )


def _change_of(w: Wording, change: FieldChange, currency: str) -> str:
    return w(
        "{field} {old} → {new}",
        field=w.label("field", change.field),
        old=field_value(w, change.field, change.old, currency),
        new=field_value(w, change.field, change.new, currency),
    )


def field_value(w: Wording, field: str, value: str | int | bool | None, currency: str) -> str:
    """A field's stored value as the language writes it: amounts, dates and rates in the locale,
    codes in words."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):  # a switch, such as statutory interest
        return w.p("switch", "on") if value else w.p("switch", "off")
    if field.endswith("_minor") and isinstance(value, int) and currency:
        return w.money(value, currency)
    if field.endswith("_bp") and isinstance(value, int):
        return w.percent(value)
    if field.endswith("_on") and isinstance(value, str):
        return w.day(date.fromisoformat(value))
    if field in _CODED:
        return w.label(_CODED[field], value)
    if field in ("phone", "mobile") and isinstance(value, str):
        return display_phone(value)
    if field == "country" and isinstance(value, str):
        return str(Locale.parse(w.locale).territories.get(value, value))
    return str(value).replace("\n", ", ")
