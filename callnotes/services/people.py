"""The people to speak to at a debtor: added, changed and removed, every change journalled.

A removed person stays in the database (past calls name them) but is no longer offered to call.
"""

from __future__ import annotations

from sqlmodel import Session

from callnotes.errors import InputError, NotFoundError
from callnotes.services import validation
from callnotes.services.debtors import dialling_region, get_debtor
from callnotes.services.history import added, apply_fields, record_change
from callnotes.services.plain import PersonInput as PersonInput
from callnotes.store.engine import clock_of
from callnotes.store.models import Person


def _checked(data: PersonInput, country: str | None) -> dict[str, str | None]:
    for field, value in (("phone", data.phone), ("mobile", data.mobile), ("email", data.email)):
        validation.optional_limited(value, validation.CONTACT_CHARS, field, f"The {field}")
    return {
        "name": validation.required(data.name, "name", "A person's name"),
        "role": validation.limited(data.role.strip(), validation.NAME_CHARS, "role", "The role"),
        "phone": validation.phone(data.phone, country, "phone"),
        "mobile": validation.phone(data.mobile, country, "mobile"),
        "email": validation.email(data.email),
    }


def add_person(session: Session, debtor_id: int, data: PersonInput, *, author: str = "") -> Person:
    """Add someone to speak to at the debtor; phone numbers are stored in E.164."""
    fields = _checked(data, dialling_region(session, get_debtor(session, debtor_id)))
    person = Person(debtor_id=debtor_id, **fields)  # type: ignore[arg-type]
    session.add(person)
    session.flush()
    person_id = person.id or 0
    record_change(
        session, debtor_id, "person", ("person", person_id, person.name), added(fields), author=author
    )
    return person


def get_person(session: Session, person_id: int) -> Person:
    """The person with this id, or NotFoundError."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(f"There is no person with id {person_id}.")
    return person


def edit_person(session: Session, person_id: int, data: PersonInput, *, author: str = "") -> Person:
    """Change someone's details; each changed field is journalled with its old and new value."""
    person = get_person(session, person_id)
    if person.removed_at is not None:
        raise InputError(f"{person.name} was removed; add them again instead.", problem="removed")
    fields = _checked(data, dialling_region(session, get_debtor(session, person.debtor_id)))
    changes = apply_fields(session, person, fields)
    if changes:
        record_change(
            session,
            person.debtor_id,
            "details",
            ("person", person_id, person.name),
            changes,
            author=author,
            first_kinds=("person",),
        )
    return person


def remove_person(session: Session, person_id: int, *, author: str = "") -> Person:
    """Stop offering someone to call (they left, or the number was wrong); journalled, and kept for the
    calls that name them."""
    person = get_person(session, person_id)
    if person.removed_at is None:
        person.removed_at = clock_of(session).now()
        session.add(person)
        session.flush()
        record_change(
            session,
            person.debtor_id,
            "details",
            ("person", person_id, person.name),
            [("removed", False, True)],
            author=author,
            first_kinds=("person",),
        )
    return person
