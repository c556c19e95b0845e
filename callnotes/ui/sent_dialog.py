"""Mark as sent…: how a summary or letter went out, when, its certified or bailiff's reference, what
became of it if known, and the receipts; saved through the worker with `Desk.record_sent`.

The file that went out is attached to the contact: the e-mail (.eml) when it went by e-mail, else the
PDF. When the user has not written that file yet it is written first, from the text as it stands.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from callnotes.services.backend import Call, call
from callnotes.services.desk import Desk
from callnotes.services.plain import LetterRequest, SentInput
from callnotes.ui.formats import Formats
from callnotes.ui.forms.fields import DateField, DateTimeField, FileList
from callnotes.ui.forms.form_dialog import FormDialog
from callnotes.ui.labels import marked
from callnotes.ui.worker import Worker

# Writes the document for a way of sending (".eml" or ".pdf"), then calls back with its path, or with
# what went wrong.
LetterWriter = Callable[[str, Callable[[Path], None], Callable[[Exception], None]], None]

VIAS = {
    "email": QT_TRANSLATE_NOOP("SentDialog", "e-mail"),
    "post": QT_TRANSLATE_NOOP("SentDialog", "post"),
    "certified": QT_TRANSLATE_NOOP("SentDialog", "certified post"),
    "burofax": QT_TRANSLATE_NOOP("SentDialog", "burofax"),
    "bailiff": QT_TRANSLATE_NOOP("SentDialog", "served by a bailiff"),
    "hand": QT_TRANSLATE_NOOP("SentDialog", "by hand"),
}
# A formal demand goes the way that proves it was delivered where the debtor is: a burofax in Spain, a
# bailiff (δικαστικός επιμελητής) in Greece, certified post elsewhere.
_DEMAND_VIAS = {
    "ES": ("burofax", "certified", "bailiff", "email", "hand"),
    "GR": ("bailiff", "certified", "post", "email", "hand"),
}
_LANGUAGE_COUNTRY = {"es": "ES", "el": "GR"}


def delivery_choices(kind: str, country: str | None, language: str) -> tuple[str, ...]:
    """The ways a document of `kind` may go out to a debtor in `country`, the usual one first."""
    if kind == "summary":
        return ("email", "post", "hand")
    if kind == "demand":
        place = country or _LANGUAGE_COUNTRY.get(language, "")
        return _DEMAND_VIAS.get(place, ("certified", "post", "email", "hand"))
    return ("email", "post", "certified", "hand")


class SentDialog(FormDialog):
    """How, when, reference, delivery and receipts; `saved` carries the new contact's id."""

    def __init__(
        self,
        worker: Worker,
        formats: Formats,
        debtor_id: int,
        request: LetterRequest,
        vias: tuple[str, ...],
        now: datetime,
        addresses: dict[str, str],  # "email" / "post": the address each way of sending would use
        write: LetterWriter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, formats, QCoreApplication.translate("SentDialog", "Mark as sent"), parent)
        self._debtor_id, self._request, self._write, self._addresses = debtor_id, request, write, addresses
        self._zone = ZoneInfo(formats.zone)
        self.letter: Path | None = None  # the file attached to the contact, once written
        self.via = QComboBox(self)
        for code in vias:
            self.via.addItem(marked("SentDialog", VIAS[code]), code)
        self.when = DateTimeField(formats, self)
        self.when.set_moment(now.astimezone(self._zone))
        self.address = QLineEdit(self)
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("certified mail, burofax or bailiff's number"))
        self.delivery = QComboBox(self)
        self.delivery.addItem(self.tr("not known yet"), None)
        self.delivery.addItem(self.tr("delivered on"), "delivered")
        self.delivery.addItem(self.tr("returned on"), "returned")
        self.delivered_on = DateField(formats, self, optional=True)
        delivery_row = QWidget(self)
        row = QHBoxLayout(delivery_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.delivery)
        row.addWidget(self.delivered_on, 1)
        self.receipts = FileList(self)
        self.add_row(self.tr("Sent by:"), self.via, "via")
        self.add_row(self.tr("When:"), self.when, "at")
        self.add_row(self.tr("Address used:"), self.address, "address_used")
        self.add_row(self.tr("Reference:"), self.reference, "certified_reference")
        self.add_row(self.tr("Delivery:"), delivery_row, "delivered_on", also=("returned",))
        self.add_row(self.tr("Receipts:"), self.receipts, "receipts")
        self.save_button.setText(self.tr("Mark as sent"))
        self.via.currentIndexChanged.connect(self._via_changed)
        self.delivery.currentIndexChanged.connect(self._delivery_changed)
        self._via_changed()
        self._delivery_changed()
        self.resize(560, self.sizeHint().height())

    @property
    def suffix(self) -> str:
        """The file that goes with the chosen way: the e-mail itself, or the PDF that was posted."""
        return ".eml" if self.via.currentData() == "email" else ".pdf"

    def _via_changed(self) -> None:
        via = self.via.currentData()
        self.address.setText(self._addresses.get("email" if via == "email" else "post", ""))
        needs_reference = via in ("certified", "burofax", "bailiff")
        self.reference.setEnabled(needs_reference)
        holder = self.reference.parentWidget()
        assert holder is not None
        self.form.setRowVisible(holder, needs_reference)

    def _delivery_changed(self) -> None:
        self.delivered_on.setEnabled(self.delivery.currentData() is not None)
        self.clear_refusal("delivered_on")  # it was about the choice before

    def accept(self) -> None:
        """Write the file that went out if it is not written yet, then save."""
        if not self.save_button.isEnabled():
            return  # being written or saved
        if self.letter is not None and self.letter.suffix == self.suffix:
            super().accept()
            return
        self.clear_refusals()
        self.save_button.setEnabled(False)
        self.save_button.setText(self.tr("Writing the letter…"))

        def written(path: Path) -> None:
            self.letter = path
            self.save_button.setEnabled(True)
            self.save_button.setText(self.tr("Mark as sent"))
            super(SentDialog, self).accept()

        def failed(exc: Exception) -> None:
            self._not_saved(exc)  # said beside the buttons, in the interface's language
            self.save_button.setText(self.tr("Mark as sent"))

        self._write(self.suffix, written, failed)

    def job(self) -> Call[int] | None:
        at = self.read("at", lambda: self.when.moment(self._zone))
        outcome = self.delivery.currentData()
        delivered_on = self.read("delivered_on", self.delivered_on.date) if outcome else None
        if outcome and delivered_on is None and not self.refused:
            self.refuse("delivered_on", self.tr("Type the day it was delivered or came back."))
        if self.refused or at is None or self.letter is None:
            return None
        via = str(self.via.currentData())
        sent = SentInput(
            letter=self.letter,
            request=self._request,
            via=via,
            at=at,
            address_used=self.address.text().strip(),
            certified_reference=self.reference.text().strip() if self.reference.isEnabled() else "",
            delivered_on=delivered_on,
            returned=outcome == "returned",
            receipts=tuple(self.receipts.paths()),
        )
        return call(Desk.record_sent, self._debtor_id, sent)
