"""Summaries and letters to a debtor: drafted from the record, written as .eml or PDF, logged when sent.

The types below are what the window and the command line use. A draft is
the template's words for the record as it stands (export.letter_context gives the values,
export.letter_text renders them); writing it keeps the full head it cites (store.cited); saying it was
sent is services.sent_letters.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path

from sqlmodel import Session

from callnotes.domain.account import Account, PersonInfo, statement_of
from callnotes.domain.claims import claim_of, open_positions
from callnotes.domain.documents import DOCUMENT_KINDS, REFERENCE_HEX, short_reference
from callnotes.domain.ledger import Statement
from callnotes.domain.money import locale_for
from callnotes.domain.record import GENESIS_HASH, WitnessHead
from callnotes.errors import InputError
from callnotes.export.letter_context import (
    LetterFacts,
    SummedCall,
    letter_context,
    reference_line,
    stamp_for,
)
from callnotes.export.letter_document import LetterDocument, Sender
from callnotes.export.letter_email import MailFile, email_bytes
from callnotes.export.letter_text import render_letter
from callnotes.export.wording import LANGUAGES, Wording
from callnotes.files import check_output, write_output
from callnotes.paths import AppPaths
from callnotes.services.attachments import (
    StoredState,
    stored_path,
    stored_state,
)
from callnotes.services.creditor import CreditorInput, creditor_profile
from callnotes.services.interest import interest_of
from callnotes.services.plain import LetterDraft as LetterDraft
from callnotes.services.plain import LetterRequest as LetterRequest
from callnotes.services.plain import WrittenLetter as WrittenLetter
from callnotes.store.account import read_account
from callnotes.store.cited import current_head, keep_cited_head
from callnotes.store.engine import clock_of

FORMATS = (".eml", ".pdf")
NOT_REACHED = ("no_answer", "voicemail", "wrong_number")  # calls with nothing to sum up
NOTHING_OWED_REFUSED = ("overdue", "reminder", "demand")  # asking to pay nothing makes no sense


# --- drafting ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Prepared:
    """A draft and what its files need beyond it."""

    draft: LetterDraft
    document: LetterDocument
    attachments: tuple[MailFile, ...]


def _summed_call(account: Account, interaction_id: int | None) -> SummedCall:
    """The call a summary sums up: the one asked for, else the latest call that ended and reached someone."""
    name = account.debtor.name
    if interaction_id is not None:
        call = next((i for i in account.interactions if i.id == interaction_id), None)
        if call is None:
            raise InputError(f"{name} has no contact with id {interaction_id}.", field="interaction")
        if call.kind != "call":  # the summary thanks them for a phone conversation
            raise InputError(
                f"Contact {interaction_id} is a {call.kind}, not a call: only a call can be summed up.",
                field="interaction",
            )
        if call.ended_at is None:
            raise InputError(f"Contact {interaction_id} has not ended yet; end it before summing it up.")
        if call.outcome in NOT_REACHED:
            raise InputError(
                f"Contact {interaction_id} reached nobody ({call.outcome}): there is nothing to sum up."
            )
    else:
        calls = [
            i
            for i in account.interactions
            if i.kind == "call" and i.ended_at is not None and i.outcome not in NOT_REACHED
        ]
        if not calls:
            raise InputError(
                f"There is no ended call with {name} that reached someone, so there is no call to sum up.",
                problem="no_call",
            )
        call = max(calls, key=lambda i: (i.ended_at or i.started_at, i.id))
    agreed = tuple(e.text for e in account.entries if e.interaction_id == call.id and e.kind == "agreed")
    promise = next((p for p in account.promises if p.interaction_id == call.id), None)
    plan = next((p for p in account.plans if p.interaction_id == call.id), None)
    return SummedCall(call, account.person(call.person_id), agreed, promise, plan)


def _overdue_invoice(account: Account, statement: Statement, number: str | None) -> str:
    """The invoice an overdue notice is about: the one asked for (which must be overdue), else the oldest;
    overdue is what the claim claims (claims.claim_of), so a letter and a packet agree."""
    overdue = claim_of(statement).claimed_invoices
    if number is None:
        if not overdue:
            raise InputError(f"No invoice of {account.debtor.name} is overdue.", problem="none_overdue")
        return overdue[0]
    invoice = account.invoice(number)
    if invoice is None:
        raise InputError(
            f"{account.debtor.name} has no invoice {number}.", field="invoice", problem="unknown"
        )
    if number not in overdue:
        raise InputError(
            f"Invoice {number} is not overdue (due on {invoice.due_on.isoformat()}, or nothing is left to pay).",
            field="invoice",
            problem="not_overdue",
        )
    return number


def _recipient(account: Account, call: SummedCall | None) -> tuple[PersonInfo | None, str, str | None]:
    """Who is written to: the call's person (a summary), else the first current person with an e-mail,
    else the debtor; with the address to write to."""
    if call is not None and call.person is not None and call.person.email:
        return call.person, call.person.name, call.person.email
    person = next((p for p in account.current_people if p.email), None)
    if person is not None:
        return person, person.name, person.email
    if call is not None and call.person is not None:
        return call.person, call.person.name, account.debtor.email
    return None, account.debtor.name, account.debtor.email


def _signature(body: str, creditor: CreditorInput | None) -> str:
    """The lines that sign the letter (who signs, the business), unless the template signed already."""
    if creditor is None:
        return ""
    signer = creditor.contact_name.strip()
    last = "\n".join([line for line in body.splitlines() if line.strip()][-4:])
    if signer and signer in last:
        return ""
    return "\n".join(line for line in (signer, creditor.name) if line)


def with_reference(body: str, debtor_id: int, reference: str, line: str) -> str:
    """The body with the record reference in it: a reference of this debtor already there (an edited
    draft's) becomes the current one, else the reference's line is added at the end."""
    pattern = re.compile(rf"\b{debtor_id}-\d+-[0-9a-fA-F]{{{REFERENCE_HEX}}}\b")
    if pattern.search(body):
        return pattern.sub(reference, body)
    return f"{body.rstrip()}\n\n{line}"


def _prepare(session: Session, paths: AppPaths, request: LetterRequest, body: str | None) -> _Prepared:
    if request.kind not in DOCUMENT_KINDS:
        raise InputError(
            f"“{request.kind}” is not a kind of letter; choose one of {', '.join(DOCUMENT_KINDS)}.",
            field="kind",
            problem="choice",
        )
    account = read_account(session, request.debtor_id)
    debtor = account.debtor
    language = request.language or debtor.language
    if language not in LANGUAGES:
        raise InputError(
            f"Letters are written in {', '.join(LANGUAGES)}, not “{language}”.", field="language"
        )
    clock = clock_of(session)
    now, today = clock.now(), clock.today()
    statement = statement_of(account, today)
    creditor = creditor_profile(session)
    jurisdiction = (debtor.country or (creditor.country if creditor else None) or "").upper()
    call = _summed_call(account, request.interaction_id) if request.kind == "summary" else None
    invoice = _overdue_invoice(account, statement, request.invoice) if request.kind == "overdue" else None
    if request.kind in NOTHING_OWED_REFUSED and statement.balance_minor <= 0:
        raise InputError(f"{debtor.name} owes nothing on {today.isoformat()}: there is nothing to ask for.")
    person, recipient_name, recipient_email = _recipient(account, call)
    cited = current_head(session, debtor.id) or WitnessHead(debtor.id, 0, GENESIS_HASH)
    reference = short_reference(cited)
    w = Wording(language, locale_for(language, debtor.country), debtor.time_zone)
    facts = LetterFacts(
        request.kind,
        language,
        jurisdiction,
        today,
        account,
        statement,
        creditor,
        person,
        reference,
        interest_of(account, paths, today),
        call,
        invoice,
    )
    context, tables = letter_context(facts, w)
    rendered = render_letter(paths.templates, language, request.kind, jurisdiction, context)
    line = reference_line(w, reference)
    if body is None:
        signature = _signature(rendered.body, creditor)
        text = f"{rendered.body}\n\n{signature}" if signature else rendered.body
    else:
        text = body.replace("\r\n", "\n").strip("\n")
    text = with_reference(text, debtor.id, reference, line)
    resolved = replace(
        request,
        language=language,
        interaction_id=call.interaction.id if call else request.interaction_id,
        invoice=invoice or request.invoice,
    )
    draft = LetterDraft(
        resolved,
        language,
        rendered.subject,
        text,
        recipient_name,
        recipient_email,
        cited,
        reference,
        rendered.problems,
        tables,
        rendered.template,
    )
    files = _invoice_files(paths, account, statement, request.kind, invoice)
    document = LetterDocument(
        kind=request.kind,
        language=language,
        w=w,
        subject=rendered.subject,
        body=text,
        tables=tables,
        reference=reference,
        cited=cited,
        made_at=now,
        dated=today,
        creditor=_sender(creditor),
        recipient_name=recipient_name,
        recipient_email=recipient_email,
        debtor_name=debtor.name,
        debtor_address=debtor.address,
        debtor_tax_id=debtor.tax_id or "",
        person=person.name if person else "",
        stamp=stamp_for(w, request.kind),
        appendices=tuple(f.path for f in files if f.name.lower().endswith(".pdf"))
        if request.kind == "statement"
        else (),
    )
    return _Prepared(draft, document, files)


def _sender(creditor: CreditorInput | None) -> Sender | None:
    if creditor is None:
        return None
    return Sender(
        creditor.name,
        creditor.address,
        creditor.tax_id or "",
        creditor.email or "",
        creditor.phone or "",
        creditor.contact_name,
    )


def _invoice_files(
    paths: AppPaths, account: Account, statement: Statement, kind: str, invoice: str | None
) -> tuple[MailFile, ...]:
    """The invoices' own files, intact, that go with a statement (every open invoice's) or an overdue
    notice (its invoice's)."""
    if kind == "statement":
        wanted = {p.invoice.key for p in open_positions(statement)}
    elif kind == "overdue" and invoice is not None:
        found = account.invoice(invoice)
        wanted = {found.id} if found else set()
    else:
        return ()
    return tuple(
        MailFile(stored_path(paths, a.sha256), a.original_name)
        for a in account.attachments
        if a.invoice_id in wanted and stored_state(paths, a.sha256) == StoredState.OK
    )


def draft_letter(
    session: Session, paths: AppPaths, request: LetterRequest, body: str | None = None
) -> LetterDraft:
    """Draft a summary or letter from the record as it stands now (with `body`, the user's edited text
    instead of the template's; the record reference is kept in it either way)."""
    return _prepare(session, paths, request, body).draft


# --- writing --------------------------------------------------------------------------------------


def letter_format(path: Path) -> str:
    """The file's format by its suffix (.eml or .pdf); InputError for anything else."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(
            f"{path.name} must end in .pdf (a letter to print) or .eml (an e-mail draft).",
            field="path",
            problem="format",
        )
    return suffix


def write_letter(
    session: Session, paths: AppPaths, request: LetterRequest, path: Path, body: str | None = None
) -> WrittenLetter:
    """Write the document to `path` (.eml or .pdf by its suffix) and keep the full head it cites."""
    suffix = letter_format(path)
    target = check_output(path, what="letter")
    prepared = _prepare(session, paths, request, body)
    if suffix == ".eml":
        content = email_bytes(prepared.document, prepared.attachments)
    else:
        from callnotes.export.letter_pdf import letter_pdf  # reportlab only when a PDF is asked for

        content = letter_pdf(prepared.document)
    written = write_output(target, content, what="letter")
    sha = hashlib.sha256(content).hexdigest()
    draft = prepared.draft
    keep_cited_head(session, draft.cited, request.kind, draft.language, sha, clock_of(session).now())
    return WrittenLetter(written, sha, draft)


def addressee(account: Account, request: LetterRequest) -> PersonInfo | None:
    """The person a draft of `request` is written to (as `_prepare` chose them), if it is a person."""
    try:
        call = _summed_call(account, request.interaction_id) if request.kind == "summary" else None
    except InputError:  # the call can no longer be summed up (amended since): the rule without it
        call = None
    person, _, _ = _recipient(account, call)
    return person
