"""A summary or letter as an e-mail draft (.eml) the user's own mail program opens ready to send.

The .eml is marked unsent (`X-Unsent: 1`: Outlook and others open it as a draft) and carries the
record head it cites in `X-Callnotes-Heads` (the JSON of packets and backups), so the copy in the
debtor's mailbox can later be checked with `callnotes verify --against`.
"""

from __future__ import annotations

import json
import mimetypes
import secrets
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime
from pathlib import Path

from callnotes.domain.witness import MAIL_HEADS_HEADER, heads_document
from callnotes.export.letter_document import LetterDocument

# Headers are not folded: Python folds a header that mixes plain and encoded words with a space too
# many ("Instalaciones y  Rótulos"), and a line up to 998 characters is within the standard.
POLICY = default_policy.clone(max_line_length=998)
UNSENT_HEADER = "X-Unsent"


@dataclass(frozen=True)
class MailFile:
    """A file attached to an e-mail under its own name."""

    path: Path
    name: str


def _address(name: str, email: str) -> Address:
    local, _, domain = email.strip().rpartition("@")
    return Address(display_name=" ".join(name.split()), username=local, domain=domain)


def _message_id(letter: LetterDocument, domain: str) -> str:
    cited = letter.cited
    moment = f"{letter.made_at:%Y%m%d%H%M%S}"
    return f"<callnotes.{cited.debtor_id}.{cited.entries}.{moment}.{secrets.token_hex(6)}@{domain}>"


def email_message(letter: LetterDocument, attachments: tuple[MailFile, ...] = ()) -> EmailMessage:
    """The e-mail draft: To the recipient (when an address is known), From the creditor's address
    when set, the subject, the date and a Message-ID, unsent, the cited head, the body as UTF-8 text."""
    message = EmailMessage(policy=POLICY)
    if letter.recipient_email:
        message["To"] = _address(letter.recipient_name, letter.recipient_email)
    sender = letter.creditor
    if sender is not None and sender.email:
        message["From"] = _address(sender.signer or sender.name, sender.email)
    message["Subject"] = letter.subject
    message["Date"] = format_datetime(letter.made_at)
    domain = sender.email.rpartition("@")[2] if sender is not None and sender.email else "callnotes.invalid"
    message["Message-ID"] = _message_id(letter, domain)
    message[UNSENT_HEADER] = "1"
    # JSON with spaces, so the header folds at them and stays readable text (no encoded words)
    message[MAIL_HEADS_HEADER] = json.dumps(heads_document([letter.cited]))
    text = letter.text()
    # 8bit keeps the text (and its record reference) readable in the raw file; quoted-printable only
    # when a line is too long for 8bit's limit
    long_line = any(len(line.encode("utf-8")) > 900 for line in text.splitlines())
    message.set_content(text, charset="utf-8", cte="quoted-printable" if long_line else "8bit")
    for file in attachments:
        kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        maintype, _, subtype = kind.partition("/")
        message.add_attachment(file.path.read_bytes(), maintype=maintype, subtype=subtype, filename=file.name)
    return message


def email_bytes(letter: LetterDocument, attachments: tuple[MailFile, ...] = ()) -> bytes:
    """The e-mail draft as the bytes of an .eml file."""
    return email_message(letter, attachments).as_bytes(policy=POLICY)
