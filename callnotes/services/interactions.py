"""Interactions (calls, e-mails, letters, visits, messages): drafts while open, locked record after.

While an interaction is open its lines are drafts that can be edited. Ending it appends the lines,
the interaction's metadata and any promise or plan to the debtor's journal in one transaction;
from then on they never change, and corrections are amendments with a reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session, col, select

from callnotes.domain.record import utc_iso
from callnotes.errors import InputError, LockedError, NotFoundError
from callnotes.services.debtors import get_debtor
from callnotes.store.journal import append_entry, entries_of
from callnotes.store.models import DraftLine, Entry, Instalment, Interaction, Person, Plan, Promise, utcnow

INTERACTION_KINDS = ("call", "email", "letter", "visit", "message")
DIRECTIONS = ("outbound", "inbound")
LINE_KINDS = ("note", "question", "said", "agreed")
OUTCOMES = (
    "reached",
    "no_answer",
    "voicemail",
    "wrong_number",
    "refused",
    "dispute",
    "promise",
    "plan",
    "call_back",
)
PLAN_KINDS = ("instalments", "settlement")
MAX_LINE_CHARS = 20_000


@dataclass(frozen=True)
class PromiseInput:
    """A promise to pay captured when an interaction ends."""

    amount_minor: int
    due_on: date


@dataclass(frozen=True)
class PlanInput:
    """Instalments (or a settlement for less) agreed when an interaction ends."""

    instalments: tuple[tuple[date, int], ...]
    kind: str = "instalments"
    conditions: str = ""


def _choice(value: str, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise InputError(f"{what} “{value}” is unknown; expected one of {', '.join(allowed)}.")
    return value


def _line_text(text: str) -> str:
    if len(text) > MAX_LINE_CHARS:
        raise InputError(
            f"A line of {len(text):,} characters is too long for the record; "
            f"keep each line under {MAX_LINE_CHARS:,} characters and attach long documents instead."
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
    """Open an interaction; its lines stay drafts until it ends."""
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
        address_used=address_used,
        reference=reference,
        started_at=started_at or utcnow(),
    )
    session.add(interaction)
    session.flush()
    return interaction


def draft_lines(session: Session, interaction_id: int) -> Sequence[DraftLine]:
    """The draft lines of an interaction in the order they were written."""
    return session.exec(
        select(DraftLine).where(DraftLine.interaction_id == interaction_id).order_by(col(DraftLine.position))
    ).all()


def add_line(
    session: Session, interaction_id: int, kind: str, text: str, written_at: datetime | None = None
) -> DraftLine:
    """Add a time-stamped line to an open interaction's draft."""
    _open_interaction(session, interaction_id)
    last = session.exec(
        select(DraftLine.position)
        .where(DraftLine.interaction_id == interaction_id)
        .order_by(col(DraftLine.position).desc())
    ).first()
    line = DraftLine(
        interaction_id=interaction_id,
        position=(last or 0) + 1,
        written_at=written_at or utcnow(),
        kind=_choice(kind, LINE_KINDS, "Line kind"),
        text=_line_text(text),
    )
    session.add(line)
    session.flush()
    return line


def _draft_line(session: Session, interaction_id: int, position: int) -> DraftLine:
    _open_interaction(session, interaction_id)
    line = session.exec(
        select(DraftLine).where(DraftLine.interaction_id == interaction_id, DraftLine.position == position)
    ).first()
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


def open_interactions(session: Session) -> Sequence[Interaction]:
    """Interactions that were started and never ended (after a crash, these are offered back)."""
    return session.exec(
        select(Interaction).where(col(Interaction.ended_at).is_(None)).order_by(col(Interaction.started_at))
    ).all()


def end_interaction(
    session: Session,
    interaction_id: int,
    outcome: str,
    *,
    ended_at: datetime | None = None,
    summary: str = "",
    next_action_on: date | None = None,
    promise: PromiseInput | None = None,
    plan: PlanInput | None = None,
    author: str = "",
) -> Interaction:
    """Lock an interaction: its lines, metadata, promise and plan go to the journal together."""
    interaction = _open_interaction(session, interaction_id)
    debtor = get_debtor(session, interaction.debtor_id)
    ended = ended_at or utcnow()
    if ended < interaction.started_at:
        raise InputError("An interaction cannot end before it started.")
    _choice(outcome, OUTCOMES, "Outcome")
    if interaction.pending_text.strip():  # typed but never committed: it becomes the last note, not lost
        add_line(session, interaction_id, "note", interaction.pending_text, written_at=ended)
    interaction.pending_text = ""
    for line in draft_lines(session, interaction_id):
        append_entry(
            session,
            debtor.id or 0,
            line.kind,
            line.text,
            interaction_id=interaction_id,
            written_at=line.written_at,
            author=author,
        )
        session.delete(line)
    person = session.get(Person, interaction.person_id) if interaction.person_id else None
    interaction.ended_at = ended
    interaction.outcome = outcome
    interaction.summary = summary
    interaction.next_action_on = next_action_on
    session.add(interaction)
    append_entry(
        session,
        debtor.id or 0,
        "interaction",
        summary,
        interaction_id=interaction_id,
        written_at=ended,
        author=author,
        data={
            "kind": interaction.kind,
            "direction": interaction.direction,
            "started_at": utc_iso(interaction.started_at),
            "ended_at": utc_iso(ended),
            "person": person.name if person else None,
            "address_used": interaction.address_used,
            "reference": interaction.reference,
            "outcome": outcome,
            "next_action_on": next_action_on.isoformat() if next_action_on else None,
        },
    )
    made_on = ended.date()
    if promise is not None:
        _record_promise(session, interaction, debtor.currency, promise, made_on, ended, author)
    if plan is not None:
        _record_plan(session, interaction, debtor.currency, plan, made_on, ended, author)
    session.flush()
    return interaction


def _record_promise(
    session: Session,
    interaction: Interaction,
    currency: str,
    promise: PromiseInput,
    made_on: date,
    at: datetime,
    author: str,
) -> Promise:
    if promise.amount_minor <= 0:
        raise InputError("A promise to pay needs an amount above zero.")
    if promise.due_on < made_on:
        raise InputError(f"A promise cannot fall due ({promise.due_on}) before it was made ({made_on}).")
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
    append_entry(
        session,
        interaction.debtor_id,
        "promise",
        "",
        interaction_id=interaction.id,
        written_at=at,
        author=author,
        data={
            "promise": row.id,
            "amount_minor": promise.amount_minor,
            "currency": currency,
            "made_on": made_on.isoformat(),
            "due_on": promise.due_on.isoformat(),
        },
    )
    return row


def _record_plan(
    session: Session,
    interaction: Interaction,
    currency: str,
    plan: PlanInput,
    agreed_on: date,
    at: datetime,
    author: str,
) -> Plan:
    _choice(plan.kind, PLAN_KINDS, "Plan kind")
    if not plan.instalments or any(amount <= 0 for _, amount in plan.instalments):
        raise InputError("A plan needs at least one instalment, each above zero.")
    row = Plan(
        debtor_id=interaction.debtor_id,
        interaction_id=interaction.id,
        kind=plan.kind,
        total_minor=sum(amount for _, amount in plan.instalments),
        currency=currency,
        agreed_on=agreed_on,
        conditions=plan.conditions,
    )
    session.add(row)
    session.flush()
    for due_on, amount in sorted(plan.instalments):
        session.add(Instalment(plan_id=row.id, due_on=due_on, amount_minor=amount))
    append_entry(
        session,
        interaction.debtor_id,
        "plan",
        plan.conditions,
        interaction_id=interaction.id,
        written_at=at,
        author=author,
        data={
            "plan": row.id,
            "kind": plan.kind,
            "total_minor": row.total_minor,
            "currency": currency,
            "agreed_on": agreed_on.isoformat(),
            "instalments": [
                {"due_on": d.isoformat(), "amount_minor": a} for d, a in sorted(plan.instalments)
            ],
        },
    )
    return row


def log_interaction(
    session: Session,
    debtor_id: int,
    kind: str,
    *,
    at: datetime,
    outcome: str = "reached",
    summary: str = "",
    lines: Sequence[tuple[str, str]] = (),
    person_id: int | None = None,
    address_used: str = "",
    direction: str = "outbound",
    reference: str = "",
    next_action_on: date | None = None,
    author: str = "",
) -> Interaction:
    """Record an interaction that already happened (an e-mail, a letter, a visit) in one step."""
    interaction = start_interaction(
        session,
        debtor_id,
        kind,
        person_id=person_id,
        address_used=address_used,
        direction=direction,
        reference=reference,
        started_at=at,
    )
    for line_kind, text in lines:
        add_line(session, interaction.id or 0, line_kind, text, written_at=at)
    return end_interaction(
        session,
        interaction.id or 0,
        outcome,
        ended_at=at,
        summary=summary,
        next_action_on=next_action_on,
        author=author,
    )


def amend_entry(
    session: Session,
    debtor_id: int,
    seq: int,
    text: str,
    reason: str,
    *,
    author: str = "",
    written_at: datetime | None = None,
) -> Entry:
    """Correct an entry by appending a dated, attributed amendment that names it; the original stays."""
    if not reason.strip():
        raise InputError("An amendment needs a reason (for example: “wrong amount typed during the call”).")
    original = session.exec(select(Entry).where(Entry.debtor_id == debtor_id, Entry.seq == seq)).first()
    if original is None:
        raise NotFoundError(f"Entry {seq} does not exist in this debtor's record.")
    return append_entry(
        session,
        debtor_id,
        "amendment",
        _line_text(text),
        interaction_id=original.interaction_id,
        written_at=written_at,
        amends_seq=seq,
        reason=reason.strip(),
        author=author,
    )


@dataclass
class HistoryItem:
    """An entry of the record with the amendments made to it, oldest first."""

    entry: Entry
    amendments: list[Entry] = field(default_factory=list)


def history(session: Session, debtor_id: int) -> list[HistoryItem]:
    """The debtor's record in sequence order, each original shown with its amendments."""
    items: dict[int, HistoryItem] = {}
    root_of: dict[int, int] = {}
    for entry in entries_of(session, debtor_id):
        if entry.amends_seq is not None and entry.amends_seq in root_of:
            root = root_of[entry.amends_seq]
            items[root].amendments.append(entry)
            root_of[entry.seq] = root
        else:
            items[entry.seq] = HistoryItem(entry)
            root_of[entry.seq] = entry.seq
    return list(items.values())
