"""Every form fits a laptop screen (1366×768) in its longest language and clips no text; it speaks the
interface's language, refusals included."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from callnotes.app import Shell
from callnotes.domain.disputes import Dispute
from callnotes.errors import InputError
from callnotes.services.views import DebtorView
from callnotes.ui.entry.agreement_dialog import AgreementDialog
from callnotes.ui.entry.business_dialog import BusinessDialog
from callnotes.ui.entry.debtor_dialog import DebtorDialog
from callnotes.ui.entry.dispute_dialogs import DeliveryDialog, DisputeDialog, ResolveDisputeDialog
from callnotes.ui.entry.invoice_dialog import InvoiceDialog
from callnotes.ui.entry.payment_dialog import PaymentDialog
from callnotes.ui.entry.person_dialog import PersonDialog
from callnotes.ui.entry.reason_dialogs import ArchiveDialog, CreditNoteDialog, ReverseDialog, StatusDialog
from callnotes.ui.formats import Formats
from callnotes.ui.forms.problems import problem_text
from callnotes.ui.i18n import PSEUDO_ENV, Translations
from callnotes.ui.log_dialog import LogDialog
from callnotes.ui.main_window import MainWindow
from callnotes.ui.offers import OfferDialog
from callnotes.ui.person_data import DeleteDebtorDialog
from callnotes.ui.worker import Worker
from callnotes.ui.workspace.end_call_dialog import EndCallDialog
from tests.gui.test_languages import no_clipping
from tests.gui.test_workspace import type_text

SCREEN = (1366, 740)  # a laptop's screen less the panel


def _forms(window: MainWindow) -> dict[str, Callable[[], QDialog]]:
    """Each form, as the window opens it for the Spanish example debtor."""
    view = window.detail.view
    assert view is not None and view.agreement is not None
    worker, formats, debtor = window.worker, window.formats, view.debtor
    invoice = next(iter(view.invoices.values()))
    payment = view.payments[0]
    return {
        "business": lambda: BusinessDialog(worker, formats, None, window, welcome=True),
        "debtor": lambda: DebtorDialog(worker, formats, None, debtor, window),
        "person": lambda: PersonDialog(worker, formats, debtor.id, debtor.country, view.people[0], window),
        "agreement": lambda: AgreementDialog(
            worker, formats, debtor.id, debtor.currency, view.agreement, window
        ),
        "invoice": lambda: InvoiceDialog(
            worker, formats, debtor.id, debtor.currency, 30, date(2026, 11, 22), invoice, window
        ),
        "payment": lambda: PaymentDialog(
            worker,
            formats,
            debtor.id,
            debtor.currency,
            view.open_invoices,
            date(2026, 11, 22),
            payment,
            window,
        ),
        "credit": lambda: CreditNoteDialog(worker, formats, invoice, 1000, date(2026, 11, 22), window),
        "status": lambda: StatusDialog(worker, formats, invoice, window),
        "reverse": lambda: ReverseDialog(worker, formats, payment, window),
        "archive": lambda: ArchiveDialog(
            worker, formats, debtor.id, debtor.name, restore=False, parent=window
        ),
        "delete": lambda: DeleteDebtorDialog(worker, formats, debtor.id, debtor.name, window),
        "dispute": lambda: DisputeDialog(
            worker, formats, debtor.id, debtor.currency, view.open_invoices, window
        ),
        "resolve": lambda: ResolveDisputeDialog(
            worker,
            formats,
            debtor.id,
            [Dispute(9, date(2026, 11, 2), "Dice que quedó mal", (), None, "EUR")],
            window,
        ),
        "delivery": lambda: DeliveryDialog(worker, formats, debtor.id, 1, date(2026, 11, 22), window),
        "offers": lambda: OfferDialog(
            worker,
            formats,
            debtor.id,
            debtor.name,
            debtor.currency,
            view.statement.balance_minor,
            date(2026, 11, 22),
            debtor.language,
            debtor.country,
            in_call=True,
            parent=window,
        ),
        "end call": lambda: _ending_a_plan(formats.locale, view.statement.balance_minor, window),
        "log contact": lambda: _logging_a_promise(worker, formats, view, window),
    }


def _ending_a_plan(locale: str, balance_minor: int, window: MainWindow) -> QDialog:
    dialog = EndCallDialog("EUR", locale, balance_minor, date(2026, 11, 22), window, debtor_language="es")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("plan"))
    return dialog


def _logging_a_promise(worker: Worker, formats: Formats, view: DebtorView, window: MainWindow) -> QDialog:
    dialog = LogDialog(
        worker,
        formats,
        view.debtor.id,
        view.people,
        datetime(2026, 11, 22, 12, 0, tzinfo=UTC),
        window,
        currency=view.debtor.currency,
        open_invoices=[(i.number, i.open_minor) for i in view.open_invoices],
    )
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("promise"))
    return dialog


def _window(qtbot, shell: Shell, language: str) -> MainWindow:  # type: ignore[no-untyped-def]
    window = shell.open(language)
    qtbot.addWidget(window)
    window.show()
    window.debtor_list.select(1)
    qtbot.waitUntil(
        lambda: window.detail.view is not None and window.detail.view.debtor.id == 1, timeout=10_000
    )
    return window


@pytest.mark.parametrize("language", ["pseudo", "el", "es"])
def test_every_form_fits_a_laptop_screen_and_clips_nothing(
    qtbot, monkeypatch, shell: Shell, language: str
) -> None:  # type: ignore[no-untyped-def]
    if language == "pseudo":
        monkeypatch.setenv(PSEUDO_ENV, "1")
    window = _window(qtbot, shell, "en" if language == "pseudo" else language)
    for name, make in _forms(window).items():
        dialog = make()
        dialog.show()
        if language == "pseudo":
            assert dialog.windowTitle().startswith("["), name
        assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1], (name, dialog.size())
        qtbot.waitUntil(lambda d=dialog: no_clipping(d), timeout=3000)
        dialog.done(QDialog.DialogCode.Rejected)


def test_a_refusal_is_shown_beside_its_field_in_greek(qtbot, shell: Shell) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, shell, "el")
    dialog = _forms(window)["invoice"]()
    assert isinstance(dialog, InvoiceDialog)
    dialog.show()
    dialog.issued_on.line.clear()
    type_text(dialog.issued_on.line, "31/02/2026")
    dialog.amount.clear()
    type_text(dialog.amount, "1,234.56")  # the English way, in a Spanish locale: refused, not misread
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    errors = {field: label.text() for field, label in dialog._errors.items() if label.isVisible()}
    assert set(errors) == {"issued_on", "amount_minor"}
    assert (
        "31/02/2026" in errors["issued_on"] and "22/11/2026" in errors["issued_on"]
    )  # what was typed, what is expected
    assert "es_ES" not in errors["amount_minor"] and "1.234,56" in errors["amount_minor"]
    assert dialog.isVisible() and dialog.issued_on.line.text() == "31/02/2026"  # nothing typed is lost
    refused = InputError(
        "x", field="tax_id", problem="tax_id", values={"value": "1", "country": "GR", "reason": "checksum"}
    )
    assert "Ελλάδα" in problem_text(refused, window.formats)


def test_a_two_line_greek_refusal_takes_new_room_and_names_every_refused_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    translations.install("el")
    try:
        dialog = EndCallDialog("EUR", "el_GR", 100_000, date(2026, 11, 22))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("promise"))
        qtbot.waitExposed(dialog)
        place, height = dialog.pos(), dialog.height()
        dialog.promise_amount.setText("1,234.56x")
        dialog.promise_date.line.setText("31/02/2027")
        dialog.next_action.line.setText("6/13/2026")
        dialog._accept()
        lines = dialog.error.text().split("\n")
        assert [line.split(":")[0] for line in lines] == ["Ποσό", "Έως", "Επόμενη ενέργεια στις"]  # every one
        assert "22/12/2026" in lines[1]  # the example is a day the field would take: one to come
        qtbot.waitUntil(lambda: dialog.height() > height)  # the dialog grows downward, the fields keep size
        assert dialog.pos() == place
        fields = [
            dialog.outcome,
            dialog.summary,
            dialog.promise_amount,
            dialog.promise_date,
            dialog.next_action,
        ]
        assert all(f.height() >= f.sizeHint().height() for f in fields), [f.height() for f in fields]
        assert dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width())
    finally:
        translations.uninstall()
