"""A summary or letter ready to be written out: its words, its parties and the record head it cites.
The e-mail (letter_email) and the PDF (letter_pdf) are two ways of writing the same document."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from callnotes.domain.record import WitnessHead
from callnotes.export.letter_text import LetterTable, expand_tables
from callnotes.export.wording import Wording


@dataclass(frozen=True)
class Sender:
    """The creditor as a letter names it."""

    name: str
    address: str
    tax_id: str
    email: str
    phone: str
    signer: str


@dataclass(frozen=True)
class LetterDocument:
    """Everything a letter's file shows; `body` is plain text with table markers and ends with the
    record reference."""

    kind: str
    language: str
    w: Wording
    subject: str
    body: str
    tables: Mapping[str, LetterTable]
    reference: str
    cited: WitnessHead
    made_at: datetime
    dated: date  # the day in the writer's own calendar, as the letter's values give it
    creditor: Sender | None
    recipient_name: str  # the person written to, else the debtor
    recipient_email: str | None
    debtor_name: str
    debtor_address: str
    debtor_tax_id: str
    person: str = ""  # the person written to, at the debtor
    stamp: str = ""  # a banner across the first page: the overdue notice's "OVERDUE"
    appendices: tuple[Path, ...] = field(default=())  # PDF files appended after the letter

    def text(self) -> str:
        """The body as an e-mail says it: each table written out as aligned text."""
        return expand_tables(self.body, self.tables)
