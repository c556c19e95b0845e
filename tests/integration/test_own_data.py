"""The user's own data through the window's services, on a real SQLite file: entering the business,
debtors, people, the agreement, invoices and payments, and every correction keeping its history."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from callnotes.domain.entries import ChangeDetails, CreditNoteDetails, InvoiceDetails, ReversalDetails
from callnotes.errors import InputError
from callnotes.services.books import AgreementInput, InvoiceInput, PaymentInput
from callnotes.services.creditor import CreditorInput
from callnotes.services.debtors import DebtorInput
from callnotes.services.desk import Desk
from callnotes.services.people import PersonInput
from callnotes.services.views import DebtorView


@pytest.fixture
def owner(desk: Desk) -> Desk:
    """A desk whose user has set up a Greek business and their own name."""
    desk.set_creditor(
        CreditorInput("Ηλεκτρικά Ανδρέου Ο.Ε.", "094014201", "GR", user_name="Νίκος Ανδρέου", language="el")
    )
    return desk


@pytest.fixture
def debtor_id(owner: Desk) -> int:
    """A Greek debtor with a person, an agreement and two invoices (2,480.00 and 730.55)."""
    debtor = owner.add_debtor(DebtorInput("Οικονόμου Ελένη ΙΚΕ", tax_id="801234560", country="GR"))
    owner.add_person(debtor, PersonInput("Ελένη Οικονόμου", "λογιστήριο", phone="210 123 4567"))
    owner.add_agreement(debtor, AgreementInput(date(2026, 3, 1), "Συντήρηση", payment_terms_days=30))
    owner.add_invoice(debtor, InvoiceInput("ΤΠΥ-0311", date(2026, 5, 5), 248000))
    owner.add_invoice(debtor, InvoiceInput("ΤΠΥ-0330", date(2026, 7, 12), 73055))
    return debtor


def _intact(desk: Desk, debtor: int) -> DebtorView:
    assert desk.check_record(debtor).report.ok
    return desk.debtor(debtor)


def _invoice(view: DebtorView, number: str) -> int:
    return next(i.id for i in view.invoices.values() if i.number == number)


def test_a_new_debtor_takes_the_countrys_defaults_and_every_entry_carries_the_users_name(
    owner: Desk, debtor_id: int
) -> None:
    view = _intact(owner, debtor_id)
    assert (view.debtor.language, view.debtor.currency, view.debtor.time_zone) == (
        "el",
        "EUR",
        "Europe/Athens",
    )
    assert view.people[0].phone == "+302101234567"
    invoice = view.invoices[_invoice(view, "ΤΠΥ-0311")]
    assert invoice.due_on == date(2026, 6, 4)  # 30 days from the agreement
    assert {item.entry.author for item in view.record} == {"Νίκος Ανδρέου"}
    assert [item.entry.kind for item in view.record] == ["debtor", "person", "terms", "invoice", "invoice"]


def test_a_payment_goes_to_the_oldest_invoice_and_the_rest_stays_as_credit(
    owner: Desk, debtor_id: int
) -> None:
    owner.record_payment(debtor_id, PaymentInput(date(2026, 7, 1), 1000_00, reference="TRF-1"))
    view = _intact(owner, debtor_id)
    assert [(i.number, i.open_minor) for i in view.open_invoices] == [
        ("ΤΠΥ-0311", 148000),
        ("ΤΠΥ-0330", 73055),
    ]
    owner.record_payment(debtor_id, PaymentInput(date(2026, 8, 1), 3000_00))
    view = _intact(owner, debtor_id)
    assert view.open_invoices == () and view.statement.credit_minor == 300000 - 148000 - 73055


def test_a_payment_pays_no_invoice_issued_after_it_and_no_day_after_today_is_taken(
    owner: Desk, debtor_id: int
) -> None:
    owner.record_payment(debtor_id, PaymentInput(date(2026, 7, 1), 3000_00))  # before ΤΠΥ-0330 was issued
    view = _intact(owner, debtor_id)
    assert [(i.number, i.open_minor) for i in view.open_invoices] == [("ΤΠΥ-0330", 73055)]
    assert view.statement.credit_minor == 300000 - 248000
    tomorrow = owner.today().replace(day=owner.today().day + 1)
    for attempt, field in (
        (lambda: owner.add_invoice(debtor_id, InvoiceInput("Ν-1", tomorrow, 100)), "issued_on"),
        (lambda: owner.record_payment(debtor_id, PaymentInput(tomorrow, 100)), "paid_on"),
        (lambda: owner.add_invoice(debtor_id, InvoiceInput("Ν-2", date(2026, 5, 5), 10**16)), "amount_minor"),
        (
            lambda: owner.add_agreement(debtor_id, AgreementInput(date(2026, 3, 1), payment_terms_days=9999)),
            None,
        ),
    ):
        with pytest.raises(InputError) as refused:
            attempt()
        assert field is None or refused.value.field == field


def test_a_payment_can_be_applied_to_the_invoice_the_user_picks(owner: Desk, debtor_id: int) -> None:
    owner.record_payment(
        debtor_id, PaymentInput(date(2026, 8, 1), 1000_00, allocations=(("ΤΠΥ-0330", None),))
    )
    view = owner.debtor(debtor_id)
    assert view.payments[0].allocations == ((_invoice(view, "ΤΠΥ-0330"), 73055),)
    assert view.statement.credit_minor == 100000 - 73055
    with pytest.raises(InputError) as refused:
        owner.record_payment(debtor_id, PaymentInput(date(2026, 8, 2), 100, allocations=(("ΤΠΥ-0330", 100),)))
    assert refused.value.problem == "allocation_not_open"


def test_correcting_an_invoice_keeps_the_original_in_the_record(owner: Desk, debtor_id: int) -> None:
    view = owner.debtor(debtor_id)
    invoice = _invoice(view, "ΤΠΥ-0330")
    fixed = InvoiceInput("ΤΠΥ-0330", date(2026, 7, 12), 70055, date(2026, 8, 11))
    with pytest.raises(InputError) as no_reason:
        owner.correct_invoice(invoice, fixed, "  ")
    assert no_reason.value.field == "reason"
    owner.correct_invoice(invoice, fixed, "Λάθος ποσό στην πληκτρολόγηση")
    view = _intact(owner, debtor_id)
    assert view.invoices[invoice].amount_minor == 70055
    history = view.history("invoice", invoice)
    assert history is not None
    original, (correction,) = history.entry, history.amendments
    assert isinstance(original.details, InvoiceDetails) and original.details.amount_minor == 73055
    assert isinstance(correction.details, ChangeDetails) and correction.kind == "correction"
    assert [(c.field, c.old, c.new) for c in correction.details.changes] == [("amount_minor", 73055, 70055)]
    assert correction.reason == "Λάθος ποσό στην πληκτρολόγηση" and correction.author == "Νίκος Ανδρέου"


def test_an_invoice_cannot_be_corrected_below_what_was_paid_on_it(owner: Desk, debtor_id: int) -> None:
    owner.record_payment(debtor_id, PaymentInput(date(2026, 7, 1), 2000_00))
    invoice = _invoice(owner.debtor(debtor_id), "ΤΠΥ-0311")
    with pytest.raises(InputError) as refused:
        owner.correct_invoice(invoice, InvoiceInput("ΤΠΥ-0311", date(2026, 5, 5), 1000_00), "λάθος")
    assert refused.value.problem == "below_settled" and refused.value.field == "amount_minor"
    assert owner.debtor(debtor_id).invoices[invoice].amount_minor == 248000


def test_reversing_a_payment_reopens_its_invoice_and_keeps_the_payment_in_the_record(
    owner: Desk, debtor_id: int
) -> None:
    payment = owner.record_payment(debtor_id, PaymentInput(date(2026, 7, 1), 248000))
    assert [i.number for i in owner.debtor(debtor_id).open_invoices] == ["ΤΠΥ-0330"]
    owner.reverse_payment(payment, "Καταχωρίστηκε κατά λάθος")
    view = _intact(owner, debtor_id)
    assert [i.number for i in view.open_invoices] == ["ΤΠΥ-0311", "ΤΠΥ-0330"]
    assert view.statement.paid_minor == 0 and view.payments[0].reversal is not None
    history = view.history("payment", payment)
    assert history is not None and isinstance(history.amendments[0].details, ReversalDetails)
    with pytest.raises(InputError) as twice:
        owner.reverse_payment(payment, "ξανά")
    assert twice.value.problem == "already_reversed"


def test_correcting_a_payment_reverses_it_and_records_the_right_one(owner: Desk, debtor_id: int) -> None:
    wrong = owner.record_payment(debtor_id, PaymentInput(date(2026, 7, 1), 10000))
    right = owner.correct_payment(wrong, PaymentInput(date(2026, 7, 1), 100000), "Λάθος ποσό")
    view = _intact(owner, debtor_id)
    assert [(p.id, p.amount_minor, p.counts) for p in view.payments] == [
        (wrong, 10000, False),
        (right, 100000, True),
    ]
    assert view.statement.paid_minor == 100000


def test_a_credit_note_reduces_the_invoice_and_never_exceeds_what_is_open(
    owner: Desk, debtor_id: int
) -> None:
    invoice = _invoice(owner.debtor(debtor_id), "ΤΠΥ-0330")
    with pytest.raises(InputError) as too_much:
        owner.credit_invoice(invoice, 80000, "Έκπτωση", date(2026, 11, 1))
    assert too_much.value.problem == "above_open"
    owner.credit_invoice(invoice, 3055, "Έκπτωση", date(2026, 11, 1))
    view = _intact(owner, debtor_id)
    position = next(p for p in view.statement.positions if p.invoice.key == invoice)
    assert (position.credited_minor, position.open_minor) == (3055, 70000)
    history = view.history("invoice", invoice)
    assert history is not None and isinstance(history.amendments[0].details, CreditNoteDetails)


def test_writing_off_and_disputing_an_invoice_are_recorded_with_the_reason(
    owner: Desk, debtor_id: int
) -> None:
    invoice = _invoice(owner.debtor(debtor_id), "ΤΠΥ-0330")
    before = owner.debtor(debtor_id).statement.balance_minor
    owner.set_invoice_status(invoice, "disputed", "Ο πελάτης αμφισβητεί την ποσότητα")
    assert owner.debtor(debtor_id).statement.balance_minor == before  # a disputed invoice is still claimed
    owner.set_invoice_status(invoice, "written_off", "Δεν αξίζει δικαστική διεκδίκηση")
    view = _intact(owner, debtor_id)
    assert view.statement.balance_minor < before
    history = view.history("invoice", invoice)
    assert history is not None
    assert [(a.kind, a.reason) for a in history.amendments] == [
        ("invoice_status", "Ο πελάτης αμφισβητεί την ποσότητα"),
        ("invoice_status", "Δεν αξίζει δικαστική διεκδίκηση"),
    ]


def test_correcting_the_agreement_keeps_the_old_terms(owner: Desk, debtor_id: int) -> None:
    view = owner.debtor(debtor_id)
    assert view.agreement is not None
    owner.correct_agreement(
        view.agreement.id,
        AgreementInput(date(2026, 3, 1), "Συντήρηση", payment_terms_days=30, annual_interest_bp=1015),
        "Ο τόκος της σύμβασης ήταν 10,15 %",
    )
    view = _intact(owner, debtor_id)
    assert view.agreement is not None and view.agreement.annual_interest_bp == 1015
    history = view.history("agreement", view.agreement.id)
    assert history is not None and history.entry.kind == "terms"
    (correction,) = history.amendments
    assert isinstance(correction.details, ChangeDetails)
    assert [(c.field, c.old, c.new) for c in correction.details.changes] == [("annual_interest_bp", 0, 1015)]


def test_changes_of_details_record_who_when_old_and_new(owner: Desk, debtor_id: int) -> None:
    old = owner.debtor(debtor_id).debtor
    owner.edit_debtor(
        debtor_id,
        DebtorInput(
            old.name,
            tax_id=old.tax_id,
            country="GR",
            address="Ερμού 1, Αθήνα",
            email="info@oikonomou.example",
        ),
    )
    person = owner.debtor(debtor_id).people[0]
    owner.edit_person(person.id, PersonInput(person.name, person.role, phone="+30 210 765 4321"))
    view = _intact(owner, debtor_id)
    debtor_history = view.history("debtor", debtor_id)
    person_history = view.history("person", person.id)
    assert debtor_history is not None and person_history is not None
    (details,) = debtor_history.amendments
    assert isinstance(details.details, ChangeDetails)
    assert [(c.field, c.old, c.new) for c in details.details.changes] == [
        ("address", "", "Ερμού 1, Αθήνα"),
        ("email", None, "info@oikonomou.example"),
    ]
    assert details.author == "Νίκος Ανδρέου" and details.recorded_at == owner.clock.now()
    (phone,) = person_history.amendments
    assert isinstance(phone.details, ChangeDetails)
    assert [(c.field, c.old, c.new) for c in phone.details.changes] == [
        ("phone", "+302101234567", "+302107654321")
    ]


def test_a_removed_person_is_no_longer_offered_but_stays_in_the_record(owner: Desk, debtor_id: int) -> None:
    person = owner.debtor(debtor_id).people[0]
    owner.remove_person(person.id)
    assert owner.people(debtor_id)[1] == () and owner.debtor(debtor_id).people == ()
    history = _intact(owner, debtor_id).history("person", person.id)
    assert history is not None and history.amendments[0].kind == "details"


def test_archiving_takes_a_debtor_off_the_live_list_and_back(owner: Desk, debtor_id: int) -> None:
    owner.archive_debtor(debtor_id, "agency", "Ανατέθηκε στην εταιρεία Χ")
    (summary,) = owner.debtors()
    assert summary.archived_on == owner.today() and summary.archive_reason == "agency"
    owner.archive_debtor(debtor_id, "", "Επέστρεψε", restore=True)
    assert owner.debtors()[0].archived_on is None
    history = _intact(owner, debtor_id).history("debtor", debtor_id)
    assert history is not None and [a.kind for a in history.amendments] == ["archive", "archive"]


def test_refused_input_names_its_field_and_writes_nothing(
    owner: Desk, debtor_id: int, tmp_path: Path
) -> None:
    before = owner.debtor(debtor_id).head_seq
    cases = [
        (lambda: owner.add_debtor(DebtorInput("Χ", tax_id="801234567", country="GR")), "tax_id", "tax_id"),
        (lambda: owner.add_debtor(DebtorInput("  ")), "name", "required"),
        (lambda: owner.add_person(debtor_id, PersonInput("Α", phone="12")), "phone", "phone"),
        (lambda: owner.add_person(debtor_id, PersonInput("Α", email="a@b")), "email", "email"),
        (
            lambda: owner.add_invoice(debtor_id, InvoiceInput("ΤΠΥ-0311", date(2026, 5, 5), 100)),
            "number",
            "invoice_taken",
        ),
        (
            lambda: owner.add_invoice(
                debtor_id, InvoiceInput("Ν-1", date(2026, 5, 5), 100, date(2026, 5, 1))
            ),
            "due_on",
            "due_before_issue",
        ),
        (
            lambda: owner.add_invoice(
                debtor_id, InvoiceInput("Ν-2", date(2026, 5, 5), 100), [tmp_path / "none.pdf"]
            ),
            "files",
            "file",
        ),
        (
            lambda: owner.record_payment(debtor_id, PaymentInput(date(2026, 7, 1), 0)),
            "amount_minor",
            "not_positive",
        ),
    ]
    for attempt, field, problem in cases:
        with pytest.raises(InputError) as refused:
            attempt()
        assert (refused.value.field, refused.value.problem) == (field, problem), refused.value
    assert owner.debtor(debtor_id).head_seq == before
    assert "Ν-2" not in {i.number for i in owner.debtor(debtor_id).invoices.values()}


def test_a_refused_file_leaves_no_copy_of_the_others(owner: Desk, debtor_id: int, tmp_path: Path) -> None:
    contract = tmp_path / "σύμβαση.pdf"
    contract.write_bytes(b"%PDF-1.4 signed")
    with pytest.raises(InputError) as refused:
        owner.add_agreement(debtor_id, AgreementInput(date(2026, 3, 2)), [contract, tmp_path / "missing.pdf"])
    assert refused.value.field == "files"
    assert not any(p.is_file() for p in owner.paths.attachments.rglob("*"))
