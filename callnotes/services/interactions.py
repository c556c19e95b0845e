"""Interactions (calls, e-mails, letters, visits, messages): drafts while open, locked record after.

While an interaction is open its lines are drafts that can be edited. Ending it appends the lines,
the interaction's metadata and any promise or plan to the debtor's journal in one transaction;
from then on they never change, and corrections are amendments with a reason.

Every "now" comes from the session's clock. A caller says only when something happened: when a line
was typed, when a letter was sent; the journal records when it locked each entry.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session

from callnotes.domain.account import statement_of
from callnotes.domain.deliveries import DELIVERY_STATUSES, STATUS_OF_OUTCOME
from callnotes.domain.entries import LINE_KINDS
from callnotes.domain.money import Money, format_money
from callnotes.domain.offers import plain_terms
from callnotes.domain.record import canonical_json, utc_iso
from callnotes.errors import InputError, LockedError, NotFoundError
from callnotes.export.offer_text import agreement_sentence, for_debtor, if_missed_sentence
from callnotes.paths import AppPaths
from callnotes.services import validation
from callnotes.services.attachments import attach_files, check_files
from callnotes.services.contact_guard import override_line
from callnotes.services.debtors import get_debtor
from callnotes.services.disputes import dispute_entry, mark_disputed
from callnotes.services.plain import DIRECTIONS as DIRECTIONS
from callnotes.services.plain import MAX_LINE_CHARS as MAX_LINE_CHARS
from callnotes.services.plain import OUTCOMES as OUTCOMES
from callnotes.services.plain import OUTCOMES_BY_KIND as OUTCOMES_BY_KIND
from callnotes.services.plain import ContactInput as ContactInput
from callnotes.services.plain import Ending as Ending
from callnotes.services.plain import PlanInput as PlanInput
from callnotes.services.plain import PromiseInput as PromiseInput
from callnotes.store import queries
from callnotes.store.account import read_account
from callnotes.store.engine import clock_of
from callnotes.store.journal import NewEntry, append_entries, append_entry
from callnotes.store.models import Debtor, DraftLine, Entry, Instalment, Interaction, Person, Plan, Promise

INTERACTION_KINDS = ("call", "email", "letter", "visit", "message")
PLAN_KINDS = ("instalments", "settlement", "discount")
CLOCK_TOLERANCE = timedelta(seconds=5)  # a line typed on a window's clock reaches the service a moment later


def _choice(value: str, allowed: tuple[str, ...], what: str, field: str | None = None) -> str:
    if value not in allowed:
        raise InputError(
            f"{what} “{value}” is unknown; expected one of {', '.join(allowed)}.",
            field=field,
            problem="choice" if field else None,
        )
    return value


def _line_text(text: str) -> str:
    if len(text) > MAX_LINE_CHARS:
        raise InputError(
            f"A line of {len(text):,} characters is too long for the record; "
            f"keep each line under {MAX_LINE_CHARS:,} characters and attach long documents instead.",
            field="text",
            problem="too_long",
            values={"limit": MAX_LINE_CHARS, "length": len(text)},
        )
    return text


def get_interaction(session: Session, interaction_id: int) -> Interaction:
    """The interaction with this id, or NotFoundError."""
    interaction = session.get(Interaction, interaction_id)
    if interaction is None:
        raise NotFoundError(f"There is no interaction with id {interaction_id}.")
    return interaction


def _open_interaction(session: Session, interaction_id: int) -> Interaction:
    interaction = get_interaction(session, interaction_id)
    if interaction.ended_at is not None:
        raise LockedError(
            f"This {interaction.kind} ended at {utc_iso(interaction.ended_at)} and its lines are locked. "
            "Add an amendment with a reason instead."
        )
    return interaction


def start_interaction(
    session: Session,
    debtor_id: int,
    kind: str = "call",
    *,
    person_id: int | None = None,
    address_used: str = "",
    direction: str = "outbound",
    reference: str = "",
    started_at: datetime | None = None,
) -> Interaction:
    """Open an interaction, now or at the moment the user says it began; its lines stay drafts until it ends."""
    get_debtor(session, debtor_id)
    if person_id is not None:
        person = session.get(Person, person_id)
        if person is None or person.debtor_id != debtor_id:
            raise InputError(f"Person {person_id} does not belong to this debtor.")
    interaction = Interaction(
        debtor_id=debtor_id,
        person_id=person_id,
        kind=_choice(kind, INTERACTION_KINDS, "Interaction kind"),
        direction=_choice(direction, DIRECTIONS, "Direction"),
        address_used=validation.limited(
            address_used, validation.ADDRESS_CHARS, "address_used", "The number or address used"
        ),
        reference=validation.limited(reference, validation.NAME_CHARS, "reference", "The reference"),
        started_at=started_at or clock_of(session).now(),
    )
    session.add(interaction)
    session.flush()
    return interaction


def add_line(
    session: Session,
    interaction_id: int,
    kind: str,
    text: str,
    typed_at: datetime | None = None,
    data: Mapping[str, Any] | None = None,
) -> DraftLine:
    """Add a line to an open interaction's draft, stamped with the moment it was typed (now by default);
    `data` is the structured part of a line that has one (an offer), its entry's data once locked.

    A moment before the interaction began, or later than now, is refused: the time beside a line is
    evidence and must be the real one.
    """
    interaction = _open_interaction(session, interaction_id)
    now = clock_of(session).now()
    typed = typed_at or now
    if typed > now + CLOCK_TOLERANCE or typed < interaction.started_at - CLOCK_TOLERANCE:
        raise InputError(
            f"A line cannot be stamped {utc_iso(typed)}: the {interaction.kind} began at "
            f"{utc_iso(interaction.started_at)} and it is now {utc_iso(now)}."
        )
    line = DraftLine(
        interaction_id=interaction_id,
        position=queries.last_draft_position(session, interaction_id) + 1,
        typed_at=typed,
        kind=_choice(kind, LINE_KINDS, "Line kind"),
        text=_line_text(text),
        data=canonical_json(dict(data or {})),
    )
    session.add(line)
    session.flush()
    return line


def _draft_line(session: Session, interaction_id: int, position: int) -> DraftLine:
    _open_interaction(session, interaction_id)
    line = queries.draft_line(session, interaction_id, position)
    if line is None:
        raise NotFoundError(f"Line {position} of interaction {interaction_id} does not exist.")
    return line


def edit_line(
    session: Session, interaction_id: int, position: int, text: str, kind: str | None = None
) -> DraftLine:
    """Change a draft line; refused once the interaction has ended."""
    line = _draft_line(session, interaction_id, position)
    line.text = _line_text(text)
    if kind is not None:
        line.kind = _choice(kind, LINE_KINDS, "Line kind")
    session.add(line)
    session.flush()
    return line


def remove_line(session: Session, interaction_id: int, position: int) -> None:
    """Delete a draft line; refused once the interaction has ended."""
    session.delete(_draft_line(session, interaction_id, position))
    session.flush()


def save_pending_text(session: Session, interaction_id: int, text: str) -> None:
    """Keep what is being typed (not yet a line) so a crash cannot lose it."""
    interaction = _open_interaction(session, interaction_id)
    interaction.pending_text = _line_text(text)
    session.add(interaction)
    session.flush()


def end_interaction(
    session: Session,
    interaction_id: int,
    ending: Ending,
    *,
    ended_at: datetime | None = None,
    author: str = "",
) -> Interaction:
    """Lock an interaction: its lines, metadata, promise, plan and dispute go to the journal together.

    It ends now, or at `ended_at` when the user logs something that ended earlier. The outcome must be
    one that can come of the interaction's kind (OUTCOMES_BY_KIND).
    """
    interaction = _open_interaction(session, interaction_id)
    debtor = get_debtor(session, interaction.debtor_id)
    clock = clock_of(session)
    ended = ended_at or clock.now()
    if ended < interaction.started_at:
        raise InputError("An interaction cannot end before it started.")
    _choice(ending.outcome, OUTCOMES_BY_KIND[interaction.kind], f"Outcome of a {interaction.kind}", "outcome")
    validation.limited(ending.summary, validation.TEXT_CHARS, "summary", "The summary")
    validation.optional_day(ending.next_action_on, "next_action_on", "The next action's day")
    disputed = (
        dispute_entry(
            session,
            debtor.id or 0,
            ending.dispute,
            interaction_id=interaction_id,
            occurred_at=ended,
            author=author,
        )
        if ending.dispute is not None
        else None
    )
    if interaction.pending_text.strip():  # typed but never committed: it becomes the last note, not lost
        add_line(session, interaction_id, "note", interaction.pending_text, typed_at=ended)
    interaction.pending_text = ""
    entries = []
    for line in queries.draft_lines(session, interaction_id):
        entries.append(
            NewEntry(
                line.kind, line.text, json.loads(line.data), interaction_id, line.typed_at, author=author
            )
        )
        session.delete(line)
    person = session.get(Person, interaction.person_id) if interaction.person_id else None
    interaction.ended_at = ended
    interaction.outcome = ending.outcome
    interaction.summary = ending.summary
    interaction.next_action_on = ending.next_action_on
    session.add(interaction)
    contact: dict[str, object] = {
        "kind": interaction.kind,
        "direction": interaction.direction,
        "started_at": utc_iso(interaction.started_at),
        "ended_at": utc_iso(ended),
        "person": person.name if person else None,
        "address_used": interaction.address_used,
        "reference": interaction.reference,
        "outcome": ending.outcome,
        "next_action_on": ending.next_action_on.isoformat() if ending.next_action_on else None,
    }
    if ending.document is not None:  # only then, so the data of every other contact hashes as before
        contact["document"] = ending.document.as_json()
    entries.append(
        NewEntry(
            "interaction", interaction.summary, contact, interaction_id, interaction.started_at, author=author
        )
    )
    made_on = ended.astimezone(ZoneInfo(clock.zone)).date()  # the day in the user's own calendar
    if ending.promise is not None:
        entries.append(
            _record_promise(session, interaction, debtor.currency, ending.promise, made_on, ended, author)
        )
    if ending.plan is not None:
        entries.append(_record_plan(session, debtor, interaction.id, ending.plan, made_on, ended, author))
    if disputed is not None:
        entries.append(disputed)
    append_entries(session, debtor.id or 0, entries)
    if disputed is not None:  # after the dispute's own entry, so the record reads in order
        mark_disputed(session, debtor.id or 0, disputed.data["invoices"], disputed.text, author)
    return interaction


def _record_promise(
    session: Session,
    interaction: Interaction,
    currency: str,
    promise: PromiseInput,
    made_on: date,
    at: datetime,
    author: str,
) -> NewEntry:
    if promise.amount_minor <= 0:
        raise InputError("A promise to pay needs an amount above zero.")
    validation.amount(promise.amount_minor, "promise_amount", "The promised amount")
    validation.day(promise.due_on, "promise_due_on", "The day the promise falls due")
    if promise.due_on < made_on:
        raise InputError(
            f"A promise cannot fall due ({promise.due_on}) before it was made ({made_on}).",
            field="promise_due_on",
            problem="promise_before_made",
            values={"value": made_on.isoformat()},
        )
    owed = statement_of(read_account(session, interaction.debtor_id), made_on).balance_minor
    if promise.amount_minor > owed:  # a typing slip, most likely: the debtor cannot promise more than owed
        raise InputError(
            f"The debtor owes {format_money(Money(max(owed, 0), currency), 'en_US')} on {made_on}; "
            "a promise cannot be for more.",
            field="promise_amount",
            problem="above_balance",
            values={"minor": max(owed, 0), "currency": currency},
        )
    row = Promise(
        debtor_id=interaction.debtor_id,
        interaction_id=interaction.id,
        amount_minor=promise.amount_minor,
        currency=currency,
        made_on=made_on,
        due_on=promise.due_on,
    )
    session.add(row)
    session.flush()
    data = {
        "promise": row.id,
        "amount_minor": promise.amount_minor,
        "currency": currency,
        "made_on": made_on.isoformat(),
        "due_on": promise.due_on.isoformat(),
    }
    return NewEntry("promise", "", data, interaction.id, at, author=author)


def _record_plan(
    session: Session,
    debtor: Debtor,
    interaction_id: int | None,
    plan: PlanInput,
    agreed_on: date,
    at: datetime,
    author: str,
) -> NewEntry:
    """The Plan row, its instalments, and the `plan` entry that says the agreement in the debtor's
    language (and, for an offer, what happens if a payment is missed)."""
    currency = debtor.currency
    _choice(plan.kind, PLAN_KINDS, "Plan kind")
    if not plan.instalments or any(amount <= 0 for _, amount in plan.instalments):
        raise InputError("A plan needs at least one instalment, each above zero.")
    validation.amount(sum(amount for _, amount in plan.instalments), "plan_total", "The plan's total")
    for due_on, _ in plan.instalments:
        validation.day(due_on, "plan_first", "An instalment's day")
    if min(due_on for due_on, _ in plan.instalments) < agreed_on:
        raise InputError(
            f"A plan agreed on {agreed_on} cannot have an instalment due before it.", field="plan_first"
        )
    offer = plan.offer
    if offer is not None and (
        offer.schedule != tuple(sorted(plan.instalments))
        or offer.kind != plan.kind
        or offer.currency != currency
    ):
        raise InputError("The plan's instalments are not those of the offer it was made from.")
    words = for_debtor(debtor.language, debtor.country)
    terms = offer or plain_terms(currency, plan.instalments, plan.kind)
    typed = validation.limited(plan.conditions, validation.TEXT_CHARS, "conditions", "The conditions")
    conditions = " ".join(part for part in (if_missed_sentence(words, offer) if offer else "", typed) if part)
    row = Plan(
        debtor_id=debtor.id or 0,
        interaction_id=interaction_id,
        kind=plan.kind,
        total_minor=sum(amount for _, amount in plan.instalments),
        currency=currency,
        agreed_on=agreed_on,
        conditions=conditions,
    )
    session.add(row)
    session.flush()
    for due_on, amount in sorted(plan.instalments):
        session.add(Instalment(plan_id=row.id or 0, due_on=due_on, amount_minor=amount))
    data: dict[str, Any] = {
        "plan": row.id,
        "kind": plan.kind,
        "total_minor": row.total_minor,
        "currency": currency,
        "agreed_on": agreed_on.isoformat(),
        "instalments": [{"due_on": d.isoformat(), "amount_minor": a} for d, a in sorted(plan.instalments)],
        "conditions": conditions,  # the row's; the entry's text adds the agreement's wording before them
    }
    if offer is not None:
        data["offer"] = offer.to_data()
    text = agreement_sentence(words, terms) + (f"\n{conditions}" if conditions else "")
    return NewEntry("plan", text, data, interaction_id, at, author=author)


def record_plan(session: Session, debtor_id: int, plan: PlanInput, author: str = "") -> int:
    """Record a plan agreed outside a call (in a letter, in person, with the calculator on its own):
    the plan, its instalments and its `plan` entry, agreed today in the user's calendar; its id."""
    debtor = get_debtor(session, debtor_id)
    clock = clock_of(session)
    entry = _record_plan(session, debtor, None, plan, clock.today(), clock.now(), author)
    append_entry(session, debtor_id, entry)
    return int(entry.data["plan"])


def log_interaction(session: Session, debtor_id: int, contact: ContactInput, author: str = "") -> Interaction:
    """Record an interaction that already happened (an e-mail, a letter, a visit) in one step.

    It is recorded now and carries the moment the user gives as when it happened.
    """
    validation.day(contact.at.date(), "at", "The day of the contact")
    if contact.at > clock_of(session).now() + CLOCK_TOLERANCE:
        raise InputError(
            "A contact cannot be logged in the future; give the moment it happened.",
            field="at",
            problem="future_moment",
        )
    interaction = start_interaction(
        session,
        debtor_id,
        contact.kind,
        person_id=contact.person_id,
        address_used=contact.address_used,
        direction=contact.direction,
        reference=contact.reference,
        started_at=contact.at,
    )
    if contact.override is not None:  # first, as for a call: why the contact was made despite the guard
        kind, text, data = override_line(contact.override)
        add_line(session, interaction.id or 0, kind, text, typed_at=contact.at, data=data)
    for line_kind, text in contact.lines:
        add_line(session, interaction.id or 0, line_kind, text, typed_at=contact.at)
    ended = end_interaction(session, interaction.id or 0, contact.ending, ended_at=contact.at, author=author)
    status = STATUS_OF_OUTCOME.get(contact.ending.outcome)
    if contact.kind == "letter" and status is not None:
        on = contact.delivered_on or contact.at.astimezone(ZoneInfo(clock_of(session).zone)).date()
        record_delivery(session, debtor_id, ended.id or 0, status, on, author=author)
    return ended


def record_delivery(
    session: Session,
    debtor_id: int,
    interaction_id: int,
    status: str,
    on: date,
    *,
    author: str = "",
    receipts: Sequence[Path] = (),
    paths: AppPaths | None = None,
) -> Entry:
    """Record what became of a letter (delivered, returned, refused) and on which day, as an entry naming
    it; the latest such entry is the letter's state. The day is between the day it was sent and today.

    `receipts` (the proof of delivery, the post's notice of a letter returned, the bailiff's report of
    service) are kept with the letter's contact, after the delivery entry; `paths` is needed for them."""
    letter = get_interaction(session, interaction_id)
    if letter.debtor_id != debtor_id or letter.kind != "letter" or letter.ended_at is None:
        raise InputError(
            f"Interaction {interaction_id} is not a letter logged for this debtor.",
            field="interaction",
            problem="not_a_letter",
        )
    if status not in DELIVERY_STATUSES:
        raise InputError(
            f"“{status}” is not what becomes of a letter; expected one of {', '.join(DELIVERY_STATUSES)}.",
            field="status",
            problem="choice",
        )
    clock = clock_of(session)
    validation.day(on, "on", "The day of delivery")
    validation.not_after(on, clock.today(), "on", "The day of delivery")
    sent_on = letter.started_at.astimezone(ZoneInfo(clock.zone)).date()
    if on < sent_on:
        raise InputError(
            f"A letter sent on {sent_on} cannot have been delivered on {on}.",
            field="on",
            problem="before_sent",
            values={"value": sent_on.isoformat()},
        )
    if receipts:
        check_files(receipts)  # every file before anything is recorded
        if paths is None:
            raise InputError("Receipts cannot be kept without the data folder.", field="files")
    data = {"interaction": interaction_id, "status": status, "on": on.isoformat()}
    entry = append_entry(session, debtor_id, NewEntry("delivery", "", data, interaction_id, author=author))
    if receipts and paths is not None:
        attach_files(session, paths, debtor_id, receipts, interaction_id=interaction_id, author=author)
    return entry


def amend_entry(
    session: Session, debtor_id: int, seq: int, text: str, reason: str, *, author: str = ""
) -> Entry:
    """Correct an entry by appending a dated, attributed amendment that names it; the original stays."""
    if not reason.strip():
        raise InputError("An amendment needs a reason (for example: “wrong amount typed during the call”).")
    original = queries.entry_by_seq(session, debtor_id, seq)
    if original is None:
        raise NotFoundError(f"Entry {seq} does not exist in this debtor's record.")
    amendment = NewEntry(
        "amendment",
        _line_text(text),
        interaction_id=original.interaction_id,
        amends_seq=seq,
        reason=validation.limited(reason.strip(), validation.TEXT_CHARS, "reason", "The reason"),
        author=author,
    )
    return append_entry(session, debtor_id, amendment)


def open_interactions(session: Session) -> Sequence[Interaction]:
    """Interactions that were started and never ended (after a crash, these are offered back)."""
    return queries.open_interactions(session)
