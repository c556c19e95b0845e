"""Yes/no question hints in three languages."""

import pytest

from callnotes.domain.questions import fold, invites_yes_or_no


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Can you pay this week?", "en"),
        ("Will you send it on Friday?", "en"),
        ("¿Puede pagar esta semana?", "es"),
        ("¿Podría enviarlo el viernes?", "es"),
        ("¿Hay algún problema con la factura?", "es"),
        ("Μπορείτε να πληρώσετε αυτή την εβδομάδα;", "el"),
        ("Θα το στείλετε την Παρασκευή;", "el"),
        ("Έχετε λάβει το τιμολόγιο;", "el"),
    ],
)
def test_closed_questions_are_spotted(text: str, language: str) -> None:
    assert invites_yes_or_no(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("What amount could you pay this month?", "en"),
        ("When do you plan to pay?", "en"),
        ("¿Qué parte podría pagar este mes?", "es"),
        ("¿Cuándo piensa pagar?", "es"),
        ("Πότε σκοπεύετε να πληρώσετε;", "el"),
        ("Τι ποσό θα μπορούσατε να καταβάλετε;", "el"),
        ("Can you pay this week", "en"),  # not written as a question: no hint
        ("", "es"),
    ],
)
def test_open_questions_and_statements_are_left_alone(text: str, language: str) -> None:
    assert not invites_yes_or_no(text, language)


def test_fold_removes_accents_and_tonos() -> None:
    assert fold("Πότε") == "ποτε" and fold("Podría") == "podria"
