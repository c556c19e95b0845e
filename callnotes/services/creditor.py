"""The user's own business (named on letters and packets) and the user's own name (on every entry)."""

from __future__ import annotations

from sqlmodel import Session

from callnotes.domain.confirmations import MAX_REPLY_WAIT_DAYS
from callnotes.domain.contact_rules import CALLING_HOURS
from callnotes.errors import InputError
from callnotes.services import validation
from callnotes.services.plain import MAX_GAP_DAYS as MAX_GAP_DAYS
from callnotes.services.plain import CreditorInput as CreditorInput
from callnotes.store import queries
from callnotes.store.models import Creditor


def get_creditor(session: Session) -> Creditor | None:
    """The creditor profile, or None when it has not been filled in yet."""
    return queries.creditor(session)


def creditor_profile(session: Session) -> CreditorInput | None:
    """The creditor profile as plain data (phones in E.164), or None when it was never set up."""
    creditor = get_creditor(session)
    if creditor is None:
        return None
    return CreditorInput(
        name=creditor.name,
        tax_id=creditor.tax_id,
        country=creditor.country,
        address=creditor.address,
        phone=creditor.phone,
        email=creditor.email,
        contact_name=creditor.contact_name,
        user_name=creditor.user_name,
        currency=creditor.currency,
        language=creditor.language,
        calling_hours=creditor.calling_hours,
        contact_gap_days=creditor.contact_gap_days,
        reply_wait_days=creditor.reply_wait_days,
    )


def set_creditor(session: Session, data: CreditorInput) -> Creditor:
    """Validate and save the creditor profile (there is one)."""
    name = validation.required(data.name, "name", "Your business's name (printed on letters and packets)")
    country = validation.country(data.country)
    for field, value in (("tax_id", data.tax_id), ("phone", data.phone), ("email", data.email)):
        validation.optional_limited(value, validation.CONTACT_CHARS, field, f"The {field.replace('_', ' ')}")
    if data.calling_hours not in CALLING_HOURS:
        raise InputError(
            f"Calling hours “{data.calling_hours}” are unknown; choose one of {', '.join(CALLING_HOURS)}.",
            field="calling_hours",
            problem="choice",
        )
    if data.contact_gap_days < 0:
        raise InputError(
            "The days between conversations cannot be negative.", field="contact_gap_days", problem="negative"
        )
    if data.contact_gap_days > MAX_GAP_DAYS:
        raise InputError(
            f"The days between conversations are at most {MAX_GAP_DAYS}.",
            field="contact_gap_days",
            problem="too_many_days",
            values={"value": MAX_GAP_DAYS},
        )
    if not 1 <= data.reply_wait_days <= MAX_REPLY_WAIT_DAYS:  # the window's box allows only these
        raise InputError(
            f"A summary waits between 1 and {MAX_REPLY_WAIT_DAYS} days for a reply, not {data.reply_wait_days}.",
            field="reply_wait_days",
            problem="too_many_days" if data.reply_wait_days > MAX_REPLY_WAIT_DAYS else None,
            values={"value": MAX_REPLY_WAIT_DAYS},
        )
    creditor = get_creditor(session) or Creditor(name=name)
    creditor.name = name
    creditor.tax_id = validation.tax_id(data.tax_id, country)
    creditor.country = country
    creditor.address = validation.limited(
        data.address.strip(), validation.ADDRESS_CHARS, "address", "The address"
    )
    creditor.phone = validation.phone(data.phone, country)
    creditor.email = validation.email(data.email)
    creditor.contact_name = validation.limited(
        data.contact_name.strip(), validation.NAME_CHARS, "contact_name", "The name of who signs letters"
    )
    creditor.user_name = validation.limited(
        data.user_name.strip(), validation.NAME_CHARS, "user_name", "Your name"
    )
    creditor.currency = validation.currency(data.currency)
    creditor.language = validation.language(data.language)
    creditor.calling_hours = data.calling_hours
    creditor.contact_gap_days = data.contact_gap_days
    creditor.reply_wait_days = data.reply_wait_days
    session.add(creditor)
    session.flush()
    return creditor


def author_name(session: Session, login: str) -> str:
    """Who writes the entries made on this computer: the user's name, else who signs letters, else the
    computer's login."""
    creditor = get_creditor(session)
    if creditor is None:
        return login
    return creditor.user_name.strip() or creditor.contact_name.strip() or login
