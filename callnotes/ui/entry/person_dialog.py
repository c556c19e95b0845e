"""Add someone to speak to at a debtor, or change their details (every change is recorded)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from callnotes.domain.account import PersonInfo
from callnotes.services.backend import Call, call
from callnotes.services.desk import Desk
from callnotes.services.plain import PersonInput
from callnotes.services.validation import display_phone, phone_example
from callnotes.ui.formats import Formats
from callnotes.ui.forms.form_dialog import FormDialog
from callnotes.ui.worker import Worker


class PersonDialog(FormDialog):
    """Name, role, phone and mobile (national or international form), e-mail."""

    def __init__(
        self,
        worker: Worker,
        formats: Formats,
        debtor_id: int,
        country: str | None,
        person: PersonInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New person to speak to") if person is None else self.tr("Person's details")
        super().__init__(worker, formats, title, parent)
        self._debtor_id, self._person = debtor_id, person
        self.name = QLineEdit(self)
        self.role = QLineEdit(self)
        self.role.setPlaceholderText(self.tr("e.g. approves payments"))
        self.phone = QLineEdit(self)
        self.mobile = QLineEdit(self)
        for number in (self.phone, self.mobile):
            number.setPlaceholderText(phone_example(country))
        self.email = QLineEdit(self)
        self.add_row(self.tr("Name:"), self.name, "name")
        self.add_row(self.tr("Role:"), self.role, "role")
        self.add_row(self.tr("Phone:"), self.phone, "phone")
        self.add_row(self.tr("Mobile:"), self.mobile, "mobile")
        self.add_row(self.tr("E-mail:"), self.email, "email")
        if person is not None:
            self.name.setText(person.name)
            self.role.setText(person.role)
            self.phone.setText(display_phone(person.phone) if person.phone else "")
            self.mobile.setText(display_phone(person.mobile) if person.mobile else "")
            self.email.setText(person.email or "")
        self.resize(480, self.sizeHint().height())

    def job(self) -> Call[int] | Call[None]:
        entered = PersonInput(
            self.name.text(), self.role.text(), self.phone.text(), self.mobile.text(), self.email.text()
        )
        if self._person is None:
            return call(Desk.add_person, self._debtor_id, entered)
        return call(Desk.edit_person, self._person.id, entered)
