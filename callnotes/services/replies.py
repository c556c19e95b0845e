"""The debtor's reply to a summary or letter we sent: read from an `.eml`, or typed, or "no reply came".

`peek_reply` reads a saved e-mail (From, Date, Subject, the text body without the quoted part for a
preview, and the record references in it with the documents they match), so the window can show it
before anything is recorded. `record_reply` records a reply that came as an inbound e-mail contact
(outcome "replied", the whole message attached) with a `reply` entry naming the document it answers
and the debtor's stance; a note that no reply came is a `reply` entry alone (stance "silent").
"""

from __future__ import annotations

import email
import email.policy
import re
from datetime import UTC, datetime
from email.message import EmailMessage, Message
from html.parser import HTMLParser
from pathlib import Path

from sqlmodel import Session

from callnotes.domain.confirmations import STANCES, SentItem, matching_documents, sent_documents
from callnotes.domain.documents import find_references
from callnotes.errors import InputError, NotFoundError
from callnotes.paths import AppPaths
from callnotes.services import validation
from callnotes.services.attachments import add_attachment, check_files
from callnotes.services.interactions import CLOCK_TOLERANCE, ContactInput, Ending, log_interaction
from callnotes.services.plain import ReplyInput as ReplyInput
from callnotes.services.plain import ReplyMatch as ReplyMatch
from callnotes.services.plain import ReplyPeek as ReplyPeek
from callnotes.store.account import read_account
from callnotes.store.engine import clock_of
from callnotes.store.journal import NewEntry, append_entry

PREVIEW_CHARS = validation.TEXT_CHARS  # what the record keeps as the reply's words; the file keeps all
# A reply's own words end where the message it answers begins: a line of quotes ("> …"), an
# attribution ("On … wrote:", "El … escribió:", "Ο/Η … έγραψε:") or a forwarded-message rule.
_ATTRIBUTION = re.compile(r"(wrote|escribió|έγραψε)\s*:\s*$", re.IGNORECASE)
_ORIGINAL = re.compile(
    r"^\s*-{2,}\s*(original message|mensaje original|αρχικό μήνυμα|forwarded message)", re.IGNORECASE
)


class _TextOfHtml(HTMLParser):
    """The readable text of an HTML body: its words, a line break for each block."""

    BLOCKS = frozenset({"br", "p", "div", "li", "tr", "blockquote", "h1", "h2", "h3", "h4"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script", "head"):
            self._skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "head"):
            self._skipping = max(0, self._skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_text(html: str) -> str:
    """The words of an HTML body as plain text, one line a block."""
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _content(part: Message) -> str:
    """A text part decoded by its declared charset; bytes that charset cannot read become �."""
    try:
        content = part.get_content() if isinstance(part, EmailMessage) else part.get_payload()
        return str(content)
    except (LookupError, UnicodeError):  # an unknown or lying charset: show what can be read
        payload = part.get_payload(decode=True)
        return payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""


def message_text(message: EmailMessage) -> str:
    """The message's text body: the plain-text part when there is one, else the HTML part's words."""
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        return ""
    text = _content(body)
    return html_text(text) if body.get_content_subtype() == "html" else text.strip()


def without_quotes(text: str) -> str:
    """The reply's own words: the text up to the message it quotes (see _ATTRIBUTION, _ORIGINAL)."""
    kept: list[str] = []
    for line in text.splitlines():
        if _ORIGINAL.match(line):
            break
        if line.lstrip().startswith(">"):
            continue
        kept.append(line)
    while kept and (not kept[-1].strip() or _ATTRIBUTION.search(kept[-1])):
        kept.pop()  # the attribution line ("On … wrote:") and blank lines before the quote
    return "\n".join(kept).strip()


def read_message(path: Path) -> EmailMessage:
    """A saved e-mail, parsed; InputError when the file cannot be read or is not an e-mail."""
    check_files([path])
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(
            f"“{path.name}” could not be read ({exc.strerror}).", field="eml", problem="file"
        ) from exc
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)  # the default policy makes EmailMessage objects
    headers = ("From", "Date", "Subject", "Message-ID")
    if b"\x00" in raw[:4096] or not any(message.get(h) for h in headers):
        raise InputError(
            f"“{path.name}” is not an e-mail: it has no From, Date or Subject. Save the reply from your "
            "mail program as an .eml file.",
            field="eml",
            problem="not_email",
            values={"value": path.name},
        )
    return message


def _header(message: EmailMessage, name: str) -> str:
    try:
        return str(message.get(name) or "").strip()
    except (ValueError, TypeError, IndexError):  # a malformed header: the raw form
        return str(message.get_all(name, [""])[0]).strip()


def _date(message: EmailMessage) -> datetime | None:
    try:
        header = message.get("Date")
        moment = getattr(header, "datetime", None)
    except (ValueError, TypeError, IndexError):
        return None
    if not isinstance(moment, datetime):
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)


def _address(message: EmailMessage) -> str:
    try:
        header = message.get("From")
        addresses = getattr(header, "addresses", ())
        return str(addresses[0].addr_spec) if addresses else ""
    except (ValueError, TypeError, IndexError):
        return ""


def peek_reply(session: Session, path: Path) -> ReplyPeek:
    """Read a saved e-mail: who sent it and when, the subject, the reply's own words, and the record
    references in it with the documents we sent that carried them (of whichever debtor)."""
    message = read_message(path)
    subject = _header(message, "Subject")
    whole = message_text(message)
    references = tuple(find_references(f"{subject}\n{whole}"))
    matches: list[ReplyMatch] = []
    for debtor_id in dict.fromkeys(r.debtor_id for r in references):
        try:
            account = read_account(session, debtor_id)
        except NotFoundError:
            continue  # a reference of another callnotes, or a number that only looks like one
        for item in matching_documents(references, sent_documents(account.entries)):
            matches.append(
                ReplyMatch(
                    debtor_id, account.debtor.name, item.interaction_id, item.document.kind, item.sent_at
                )
            )
    return ReplyPeek(
        path,
        _header(message, "From"),
        _address(message),
        _date(message),
        subject,
        without_quotes(whole)[:PREVIEW_CHARS],
        references,
        tuple(matches),
    )


def sent_to(session: Session, debtor_id: int) -> tuple[SentItem, ...]:
    """The summaries and letters sent to the debtor, newest first: what a reply may answer."""
    items = sent_documents(read_account(session, debtor_id).entries)
    return tuple(sorted(items, key=lambda i: (i.sent_at, i.seq), reverse=True))


def record_reply(
    session: Session, debtor_id: int, reply: ReplyInput, *, paths: AppPaths | None = None, author: str = ""
) -> int:
    """Record the debtor's reply to a document we sent; returns the `reply` entry's sequence number.

    A reply that came is logged as an inbound e-mail (outcome "replied") with the saved message
    attached (`paths` is needed then); "silent" is the reply entry alone, naming the document. The
    reply must be one of the debtor's sent documents, and it cannot come before it was sent.
    """
    if reply.stance not in STANCES:
        raise InputError(
            f"“{reply.stance}” is not how a debtor answers; expected one of {', '.join(STANCES)}.",
            field="stance",
            problem="choice",
        )
    answered = next((i for i in sent_to(session, debtor_id) if i.interaction_id == reply.to), None)
    if answered is None:
        raise InputError(
            f"Interaction {reply.to} did not send this debtor a summary or letter.",
            field="to",
            problem="choice",
        )
    text = validation.limited(reply.text.strip(), validation.TEXT_CHARS, "text", "The reply")
    data = {"to": reply.to, "stance": reply.stance}
    clock = clock_of(session)
    if reply.stance == "silent":
        if reply.eml is not None:
            raise InputError("A reply that came is confirming or disputing, not silent.", field="stance")
        silent = NewEntry("reply", text, data, reply.to, author=author)
        return append_entry(session, debtor_id, silent).seq
    at = reply.at or clock.now()
    if at < answered.sent_at:
        raise InputError(
            f"The reply is dated {at:%Y-%m-%d %H:%M} UTC, before the document was sent "
            f"({answered.sent_at:%Y-%m-%d %H:%M} UTC); check the document it answers.",
            field="to",
            problem="reply_before_sent",
        )
    if at > clock.now() + CLOCK_TOLERANCE:
        at = clock.now()  # a sender's clock ahead of ours: it came at the latest now
    if reply.eml is not None:
        if paths is None:
            raise InputError("The saved message cannot be kept without the data folder.")
        read_message(reply.eml)  # refuse anything that is not an e-mail before recording anything
    contact = ContactInput(
        kind="email",
        at=at,
        ending=Ending("replied", validation.limited(reply.subject.strip(), 500, "subject", "The subject")),
        direction="inbound",
        address_used=validation.limited(reply.address.strip(), validation.CONTACT_CHARS, "address", "It"),
    )
    came = log_interaction(session, debtor_id, contact, author)
    entry = append_entry(session, debtor_id, NewEntry("reply", text, data, came.id, at, author=author))
    if reply.eml is not None and paths is not None:
        add_attachment(session, paths, debtor_id, reply.eml, interaction_id=came.id, author=author)
    return entry.seq
