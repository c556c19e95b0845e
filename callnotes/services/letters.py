"""Summaries and letters to a debtor: drafted from the record, written as .eml or PDF, logged when sent.

CONTRACT (issue 14): the types and signatures below are what the window and the command line use;
the implementation lands with the letters branch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from callnotes.domain.record import WitnessHead


@dataclass(frozen=True)
class LetterRequest:
    """Which document to draft, for whom, in which language."""

    debtor_id: int
    kind: str  # one of domain.documents.DOCUMENT_KINDS
    language: str | None = None  # es | el | en; None: the debtor's language
    interaction_id: int | None = None  # summary: the call it sums up; None: the latest call that ended
    invoice: str | None = None  # overdue: the invoice's number; None: the oldest overdue one


@dataclass(frozen=True)
class LetterDraft:
    """A document as drafted: what the e-mail says and the PDF prints, before it is written out."""

    request: LetterRequest  # with language, interaction_id and invoice resolved
    language: str
    subject: str
    body: str  # plain text; the record reference is in it
    recipient_name: str
    recipient_email: str | None  # the person's address, else the debtor's; None when neither has one
    cited: WitnessHead  # the record as it stood when the draft was made
    reference: str  # domain.documents.short_reference(cited)
    template_problems: tuple[str, ...] = ()  # "<file>, line N: <what>; the shipped template was used"


@dataclass(frozen=True)
class WrittenLetter:
    """A document written to a file (.eml or .pdf), and its SHA-256 (kept with the cited head)."""

    path: Path
    sha256: str
    draft: LetterDraft


@dataclass(frozen=True)
class SentInput:
    """A written document the user says went out: how, when, and what is known of its delivery."""

    letter: Path  # the .eml or PDF written (attached to the contact)
    request: LetterRequest
    via: str  # email | post | certified | burofax | bailiff | hand
    at: datetime
    address_used: str = ""
    certified_reference: str = ""  # the certified mail, burofax or bailiff's number
    delivered_on: date | None = None
    returned: bool = False  # the post returned it (delivered_on is then the day it came back)
    receipts: Sequence[Path] = ()  # proof of delivery, the bailiff's report: attached as well


# Desk methods (services/desk.py) the window uses, all through the worker:
#   draft_letter(request: LetterRequest, body: str | None = None) -> LetterDraft        (read)
#   write_letter(request: LetterRequest, path: Path, body: str | None = None) -> WrittenLetter
#       (@writes: writes .eml or .pdf by the suffix, keeps the cited head in CitedHead; `body` is the
#        user's edited text, else the template's; the record reference is always kept in it)
#   record_sent(debtor_id: int, sent: SentInput) -> int   (@writes: logs an e-mail (via email) or a
#       letter contact with Ending.document set, the file and receipts attached; returns its id)
#   letters_folder() -> Path   (where drafts are written by default: <data folder>/letters)
