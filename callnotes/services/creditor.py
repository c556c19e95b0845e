"""The creditor profile: the user's own business, named on letters and packets."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from callnotes.errors import InputError
from callnotes.services import validation
from callnotes.store import queries
from callnotes.store.models import Creditor


@dataclass(frozen=True)
class CreditorInput:
    """What the user types about their own business."""

    name: str
    tax_id: str | None = None
    country: str | None = None
    address: str = ""
    phone: str | None = None
    email: str | None = None
    contact_name: str = ""


def get_creditor(session: Session) -> Creditor | None:
    """The creditor profile, or None when it has not been filled in yet."""
    return queries.creditor(session)


def set_creditor(session: Session, data: CreditorInput) -> Creditor:
    """Validate and save the creditor profile (there is one)."""
    name = data.name.strip()
    if not name:
        raise InputError("Your business needs a name: it is printed on letters and packets.")
    if data.email and "@" not in data.email:
        raise InputError(f"“{data.email}” is not an e-mail address; expected something like ana@example.com.")
    country = data.country.strip().upper() if data.country else None
    creditor = get_creditor(session) or Creditor(name=name)
    creditor.name = name
    creditor.tax_id = validation.tax_id(data.tax_id, country)
    creditor.country = country
    creditor.address = data.address.strip()
    creditor.phone = validation.phone(data.phone, country)
    creditor.email = data.email.strip() if data.email else None
    creditor.contact_name = data.contact_name.strip()
    session.add(creditor)
    session.flush()
    return creditor


def author_name(session: Session, login: str) -> str:
    """Who writes the entries made on this computer: the person named in the profile, else the login."""
    creditor = get_creditor(session)
    return (creditor.contact_name.strip() if creditor else "") or login
