"""A new user's first minutes, through the window only: set up the business and one's name, add a
debtor with a person, an agreement, two invoices and a part payment, then call them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from callnotes.services.backend import DeskProcess
from callnotes.store.access import Store
from callnotes.ui.contact_guard import GuardDialog
from callnotes.ui.entry.agreement_dialog import AgreementDialog
from callnotes.ui.entry.business_dialog import BusinessDialog
from callnotes.ui.entry.debtor_dialog import DebtorDialog
from callnotes.ui.entry.invoice_dialog import InvoiceDialog
from callnotes.ui.entry.payment_dialog import PaymentDialog
from callnotes.ui.entry.person_dialog import PersonDialog
from callnotes.ui.forms.form_dialog import FormDialog
from tests.gui.test_main_window import make_window
from tests.gui.test_workspace import type_text

TIMEOUT = 10_000


def _dialog(qtbot, kind: type[FormDialog] | type[GuardDialog]) -> QWidget:  # type: ignore[no-untyped-def]
    """The form of this kind that the window has just opened."""
    found: list[QWidget] = []

    def opened() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(opened, timeout=TIMEOUT)
    dialog = found[0]
    assert isinstance(dialog, kind)
    return dialog


def _type(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    type_text(widget, text)


def _save(qtbot, dialog: FormDialog) -> None:  # type: ignore[no-untyped-def]
    """Enter, as the user presses it, then wait until the form is saved and gone."""
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)


def test_a_new_user_sets_up_and_calls_their_first_debtor(
    qtbot, store: Store, desk_process: DeskProcess
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, desk_process)

    business = _dialog(qtbot, BusinessDialog)  # the welcome, on an empty data folder
    assert isinstance(business, BusinessDialog)
    _type(qtbot, business.name, "Ηλεκτρικά Ανδρέου Ο.Ε.")
    _type(qtbot, business.tax_id, "094014201")
    business.country.setCurrentIndex(business.country.findData("GR"))
    assert business.currency.code() == "EUR" and business.language.code() == "el"  # suggested by the country
    _type(qtbot, business.user_name, "Νίκος Ανδρέου")
    _save(qtbot, business)

    qtbot.mouseClick(window.debtor_list.add_first, Qt.MouseButton.LeftButton)
    debtor = _dialog(qtbot, DebtorDialog)
    assert isinstance(debtor, DebtorDialog)
    _type(qtbot, debtor.name, "Οικονόμου Ελένη ΙΚΕ")
    _type(qtbot, debtor.tax_id, "801234567")  # a wrong check digit: refused beside the field
    qtbot.keyClick(debtor.tax_id, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: debtor.save_button.isEnabled() and debtor.refused, timeout=TIMEOUT)
    assert debtor.isVisible() and debtor.focusWidget() is debtor.tax_id
    debtor.tax_id.clear()
    _type(qtbot, debtor.tax_id, "801234560")
    assert debtor.country.code() == "GR" and debtor.time_zone.zone() == "Europe/Athens"
    _save(qtbot, debtor)
    qtbot.waitUntil(lambda: window.detail.title.text() == "Οικονόμου Ελένη ΙΚΕ", timeout=TIMEOUT)

    window.entry.add_person.trigger()
    person = _dialog(qtbot, PersonDialog)
    assert isinstance(person, PersonDialog)
    _type(qtbot, person.name, "Ελένη Οικονόμου")
    _type(qtbot, person.phone, "210 123 4567")
    _save(qtbot, person)

    window.entry.add_agreement.trigger()
    agreement = _dialog(qtbot, AgreementDialog)
    assert isinstance(agreement, AgreementDialog)
    _type(qtbot, agreement.signed_on.line, "1/3/2026")  # typed the way the interface writes dates (es_ES)
    _type(qtbot, agreement.goods, "Συντήρηση κλιματιστικών")
    _save(qtbot, agreement)

    for number, issued, amount in (("ΤΠΥ-0311", "5/5/2026", "2.480,00"), ("ΤΠΥ-0330", "12/7/2026", "730,55")):
        qtbot.waitUntil(lambda: window.entry.add_invoice.isEnabled(), timeout=TIMEOUT)
        window.entry.add_invoice.trigger()
        invoice = _dialog(qtbot, InvoiceDialog)
        assert isinstance(invoice, InvoiceDialog)
        _type(qtbot, invoice.number, number)
        invoice.issued_on.line.clear()  # today, unless typed
        _type(qtbot, invoice.issued_on.line, issued)
        _type(qtbot, invoice.amount, amount)
        _save(qtbot, invoice)

    qtbot.waitUntil(lambda: window.detail.invoices.model.rowCount() == 2, timeout=TIMEOUT)
    window.entry.record_payment.trigger()
    payment = _dialog(qtbot, PaymentDialog)
    assert isinstance(payment, PaymentDialog)
    payment.paid_on.line.clear()
    _type(qtbot, payment.paid_on.line, "1/7/2026")
    _type(qtbot, payment.amount, "1.000,00")
    assert "ΤΠΥ-0311" in payment.plan.text()  # shown before saving: the oldest invoice first
    _save(qtbot, payment)

    qtbot.waitUntil(lambda: "2.210,55" in window.detail.balance.text(), timeout=TIMEOUT)
    window.start_call()
    guard = _dialog(qtbot, GuardDialog)  # a Sunday, and the Greek rule allows weekdays only
    assert isinstance(guard, GuardDialog) and len(guard.lines) == 1
    _type(qtbot, guard.reason, "Μου ζήτησε να τον καλέσω σήμερα")
    guard.go_ahead.click()
    qtbot.waitUntil(lambda: window.workspace.facts is not None, timeout=TIMEOUT)
    facts = window.workspace.facts
    assert facts is not None and facts.statement.balance_minor == 221055
    assert [(i.number, i.open_minor) for i in facts.open_invoices] == [
        ("ΤΠΥ-0311", 148000),
        ("ΤΠΥ-0330", 73055),
    ]
    assert "2.210,55" in window.workspace.facts_panel.amount.text()

    view = window.detail.view
    assert view is not None
    assert {item.entry.author for item in view.record} == {"Νίκος Ανδρέου"}
