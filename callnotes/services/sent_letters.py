"""A written summary or letter the user says went out: logged as a contact naming the document and
the head it cited, with the file and any receipts attached."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

from sqlmodel import Session

from callnotes.domain.documents import SentDocument
from callnotes.domain.record import WitnessHead
from callnotes.errors import InputError
from callnotes.paths import AppPaths
from callnotes.services.attachments import attach_files, check_files, file_sha256
from callnotes.services.interactions import ContactInput, Ending, log_interaction
from callnotes.services.letters import addressee
from callnotes.services.plain import SentInput as SentInput
from callnotes.store.account import read_account
from callnotes.store.cited import cited_by_sha256

SENT_VIA = ("email", "post", "certified", "burofax", "bailiff", "hand")


def _subject_of(path: Path) -> str:
    """The subject a written letter carries (the e-mail's Subject, the PDF's title), for the record."""
    try:
        if path.suffix.lower() == ".eml":
            message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            return str(message.get("Subject", "") or "")
        from pypdf import PdfReader

        info = PdfReader(path).metadata
        return str(info.title or "") if info is not None else ""
    except Exception:  # the subject is only a convenience; the file itself is attached
        return ""


def record_sent(session: Session, paths: AppPaths, debtor_id: int, sent: SentInput, author: str = "") -> int:
    """Log a written document as sent: an e-mail (via email) or a letter contact, with the document it
    sent and the head it cited, the file and the receipts attached; returns the contact's id."""
    if sent.via not in SENT_VIA:
        raise InputError(
            f"“{sent.via}” is not a way of sending; choose one of {', '.join(SENT_VIA)}.",
            field="via",
            problem="choice",
        )
    check_files([sent.letter, *sent.receipts])
    account = read_account(session, debtor_id)
    cited_row = cited_by_sha256(session, file_sha256(sent.letter), debtor_id)
    if cited_row is None:
        raise InputError(
            f"{sent.letter.name} is not a letter callnotes wrote for {account.debtor.name} "
            "(or it was changed since); write it again and send that one.",
            field="letter",
            problem="unknown_letter",
        )
    document = SentDocument(
        cited_row.document,
        cited_row.language,
        WitnessHead(cited_row.debtor_id, cited_row.entries, cited_row.head),
    )
    by_email = sent.via == "email"
    delivery = "returned" if sent.returned else "delivered" if sent.delivered_on else "sent"
    outcome = "sent" if by_email else delivery
    address = sent.address_used.strip()
    person = next((p for p in account.current_people if address and p.email == address), None)
    if person is None:  # posted, or mailed to the debtor's own address: the person the letter was written to
        person = addressee(account, sent.request)
    contact = ContactInput(
        "email" if by_email else "letter",
        sent.at,
        Ending(outcome, _subject_of(sent.letter), document=document),
        person_id=person.id if person else None,
        address_used=address,
        reference=sent.certified_reference.strip(),
        delivered_on=None if by_email else sent.delivered_on,
    )
    logged = log_interaction(session, debtor_id, contact, author)
    attach_files(
        session, paths, debtor_id, [sent.letter, *sent.receipts], interaction_id=logged.id, author=author
    )
    return logged.id or 0
