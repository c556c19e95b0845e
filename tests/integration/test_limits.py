"""Length limits and sane maxima through the services the window and the command line share, on a
real SQLite file: each refusal names the field and the rule (so the window can word it), writes
nothing, and what is just within the limit is kept."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from callnotes.domain.money import MAX_MINOR
from callnotes.errors import InputError
from callnotes.services.books import AgreementInput, InvoiceInput, PaymentInput
from callnotes.services.creditor import CreditorInput
from callnotes.services.debtors import DebtorInput
from callnotes.services.desk import Desk
from callnotes.services.interactions import Ending, PlanInput, PromiseInput
from callnotes.services.people import PersonInput
from callnotes.services.validation import ADDRESS_CHARS, NAME_CHARS, TEXT_CHARS
from callnotes.services.views import NoteLine
from tests.conftest import TODAY


@pytest.fixture
def debtor(desk: Desk) -> int:
    """A Spanish debtor with one invoice of 1,000.00 € and one payment of 100.00 €."""
    desk.set_creditor(CreditorInput("Reformas Díaz S.L.", country="ES", currency="EUR", language="es"))
    debtor_id = desk.add_debtor(DebtorInput("Construcciones Núñez Peña S.L.", country="ES"))
    desk.add_invoice(debtor_id, InvoiceInput("F-1", date(2026, 5, 5), 100000))
    desk.record_payment(debtor_id, PaymentInput(date(2026, 6, 1), 10000))
    return debtor_id


def _journal_length(desk: Desk, debtor_id: int) -> int:
    return len(desk.debtor(debtor_id).record)


def _refused(action: Callable[[], object], field: str, problem: str) -> InputError:
    with pytest.raises(InputError) as caught:
        action()
    assert (caught.value.field, caught.value.problem) == (field, problem), str(caught.value)
    assert len(str(caught.value)) < 300  # the refused text is never repeated in the message
    return caught.value


def test_over_long_text_is_refused_field_by_field_and_nothing_is_written(desk: Desk, debtor: int) -> None:
    before = _journal_length(desk, debtor)
    long_name, long_text = "N" * (NAME_CHARS + 1), "T" * (TEXT_CHARS + 1)
    cases: list[tuple[Callable[[], object], str]] = [
        (lambda: desk.add_debtor(DebtorInput(long_name)), "name"),
        (lambda: desk.add_debtor(DebtorInput("Ana", address="A" * (ADDRESS_CHARS + 1))), "address"),
        (lambda: desk.add_debtor(DebtorInput("Ana", notes=long_text)), "notes"),
        (lambda: desk.add_debtor(DebtorInput("Ana", email="a" * 400 + "@example.com")), "email"),
        (lambda: desk.add_person(debtor, PersonInput("Ana", role=long_name)), "role"),
        (lambda: desk.set_creditor(CreditorInput("Reformas Díaz S.L.", user_name=long_name)), "user_name"),
        (lambda: desk.add_agreement(debtor, AgreementInput(date(2026, 3, 1), terms=long_text)), "terms"),
        (lambda: desk.add_invoice(debtor, InvoiceInput(long_name, date(2026, 5, 5), 100)), "number"),
        (
            lambda: desk.add_invoice(
                debtor, InvoiceInput("F-2", date(2026, 5, 5), 1, goods_services=long_text)
            ),
            "goods_services",
        ),
        (
            lambda: desk.record_payment(debtor, PaymentInput(date(2026, 6, 2), 100, reference=long_name)),
            "reference",
        ),
        (lambda: desk.reverse_payment(1, long_text), "reason"),
        (lambda: desk.amend(debtor, 1, "corrected", long_text), "reason"),
        (lambda: desk.start_call(debtor, None, "9" * (ADDRESS_CHARS + 1)), "address_used"),
    ]
    for action, field in cases:
        error = _refused(action, field, "too_long")
        assert int(error.values["length"]) > int(error.values["limit"])
    assert _journal_length(desk, debtor) == before
    assert [d.name for d in desk.debtors()] == ["Construcciones Núñez Peña S.L."]


def test_text_just_within_the_limits_is_kept(desk: Desk, debtor: int) -> None:
    desk.reverse_payment(1, "R" * TEXT_CHARS)
    person = desk.add_person(debtor, PersonInput("P" * NAME_CHARS))
    view = desk.debtor(debtor)
    assert any(p.id == person and p.name == "P" * NAME_CHARS for p in view.people)


def test_a_call_with_an_over_long_summary_stays_open_with_its_lines(desk: Desk, debtor: int) -> None:
    call = desk.start_call(debtor, None, "+34912345678")
    interaction = call.interaction.id
    desk.save_lines(interaction, [NoteLine(None, desk.clock.now(), "note", "Dice que paga el viernes")])
    _refused(
        lambda: desk.end_call(interaction, Ending("reached", "S" * (TEXT_CHARS + 1))), "summary", "too_long"
    )
    reopened = desk.open_call(interaction)
    assert [line.text for line in reopened.lines] == ["Dice que paga el viernes"]
    desk.end_call(interaction, Ending("reached", "S" * TEXT_CHARS))


@pytest.mark.parametrize(
    ("ending", "field", "problem"),
    [
        (Ending("promise", promise=PromiseInput(MAX_MINOR + 1, TODAY)), "promise_amount", "too_large"),
        (Ending("promise", promise=PromiseInput(100, date(9999, 12, 31))), "promise_due_on", "date_range"),
        (Ending("plan", plan=PlanInput(((TODAY, MAX_MINOR), (TODAY, 2)))), "plan_total", "too_large"),
        (Ending("plan", plan=PlanInput(((date(2200, 1, 1), 100),))), "plan_first", "date_range"),
        (Ending("reached", next_action_on=date(1, 1, 1)), "next_action_on", "date_range"),
    ],
)
def test_what_a_call_agrees_is_kept_within_sane_amounts_and_years(
    desk: Desk, debtor: int, ending: Ending, field: str, problem: str
) -> None:
    interaction = desk.start_call(debtor, None, "+34912345678").interaction.id
    _refused(lambda: desk.end_call(interaction, ending), field, problem)
    assert desk.open_call(interaction).interaction.ended_at is None


def test_a_promise_above_what_the_debtor_owes_that_day_is_refused(desk: Desk, debtor: int) -> None:
    interaction = desk.start_call(debtor, None, "+34912345678").interaction.id
    above = Ending("promise", promise=PromiseInput(90_001, TODAY))  # 1,000.00 € less 100.00 € paid
    refused = _refused(lambda: desk.end_call(interaction, above), "promise_amount", "above_balance")
    assert refused.values == {"minor": 90_000, "currency": "EUR"} and "€900.00" in str(refused)
    desk.end_call(interaction, Ending("promise", promise=PromiseInput(90_000, TODAY)))  # all of it: fine


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (InvoiceInput("F-9", date(1899, 12, 31), 100), "issued_on"),
        (InvoiceInput("F-9", date(2026, 5, 5), 100, due_on=date(9999, 12, 31)), "due_on"),
        (InvoiceInput("F-9", date(2026, 5, 5), 100, delivered_on=date(1, 1, 1)), "delivered_on"),
    ],
)
def test_days_outside_the_years_kept_are_refused(
    desk: Desk, debtor: int, data: InvoiceInput, field: str
) -> None:
    error = _refused(lambda: desk.add_invoice(debtor, data), field, "date_range")
    assert error.values["first"] == 1900 and error.values["last"] == 2199


def test_amounts_above_the_maximum_are_refused_and_the_maximum_is_kept(desk: Desk, debtor: int) -> None:
    _refused(
        lambda: desk.add_invoice(debtor, InvoiceInput("F-9", date(2026, 5, 5), MAX_MINOR + 1)),
        "amount_minor",
        "too_large",
    )
    desk.add_invoice(debtor, InvoiceInput("F-9", date(2026, 5, 5), MAX_MINOR))
    assert desk.debtor(debtor).statement.balance_minor > MAX_MINOR  # with interest and the first invoice
    assert MAX_MINOR * 900_000 < 2**63 - 1  # sums of the largest amounts fit a database integer
