"""The user's question bank, a real file in the data folder: a broken one is reported with its file
and line while the built-in one is used, and nothing a user writes in it can stop a call starting."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from callnotes.services.debtors import DebtorInput
from callnotes.services.desk import Desk
from callnotes.services.prompts import (
    PLACEHOLDERS,
    Stage,
    fill,
    load_prompts,
    placeholders,
    shipped_prompts,
    user_prompts,
)
from callnotes.store.access import Store


def _users_bank(store: Store, edit: str) -> Path:
    """The user's English bank, with the first question of its second stage replaced by `edit`."""
    path = user_prompts(store.paths, "en")
    bank = json.loads(path.read_text(encoding="utf-8"))
    bank["stages"][1]["questions"][0] = edit
    path.write_text(json.dumps(bank, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def _line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if text in line)


@pytest.mark.parametrize(
    "question",
    [
        "What about invoice {invoice?",
        "When will the {balance} be paid} in full?",
        "How much can you pay {now}?",
        "What is {balance:>999999999}?",
        "Who approves {0} payments?",
    ],
)
def test_a_stray_brace_is_reported_with_file_and_line_and_the_built_in_bank_is_used(
    store: Store, question: str
) -> None:
    path = _users_bank(store, question)
    bank = load_prompts(store.paths, "en")
    assert bank.problem is not None
    assert f"{path}, line {_line_of(path, question[:12])}" in bank.problem
    assert bank.source == shipped_prompts("en")
    assert question not in [q for stage in bank.stages for q in stage.questions]
    # the built-in questions are filled as usual
    filled = bank.filled({"invoice": "F-7", "balance": "€1,000.00"})
    assert any("F-7" in q for stage in filled.stages for q in stage.questions)


def test_a_file_that_is_not_json_is_reported_with_the_line_of_the_mistake(store: Store) -> None:
    path = user_prompts(store.paths, "en")
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[4] = lines[4] + ",,"
    path.write_text("\n".join(lines), encoding="utf-8")
    bank = load_prompts(store.paths, "en")
    assert bank.problem is not None and f"{path}, line 5" in bank.problem and "not valid JSON" in bank.problem
    assert bank.stages and bank.source == shipped_prompts("en")


def test_a_good_edit_is_used_and_its_facts_filled(store: Store) -> None:
    _users_bank(store, "Which part of {balance} can you pay by Friday for {invoice}?")
    bank = load_prompts(store.paths, "en")
    assert bank.problem is None
    filled = bank.filled({"invoice": "{promise}", "balance": "€10.00", "promise": "never used"})
    assert "Which part of €10.00 can you pay by Friday for {promise}?" in filled.stages[1].questions


def test_a_call_starts_with_a_broken_bank_and_says_why(desk: Desk, store: Store) -> None:
    path = _users_bank(store, "What about invoice {invoice?")
    debtor = desk.add_debtor(DebtorInput("Hartley Print & Sign LLC", country="US", language="en"))
    call = desk.start_call(debtor, None, "+12125550100")
    assert call.prompts.stages and call.prompts.problem is not None
    assert str(path) in call.prompts.problem and "line" in call.prompts.problem


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("{}:!>0123456789abx .[]" + "".join(PLACEHOLDERS)), max_size=40))
def test_filling_never_raises_on_anything_a_user_writes(text: str) -> None:
    filled = fill(text, {"invoice": "F-1", "balance": "€1.00"})
    assert isinstance(filled, str) and len(filled) <= len(text) * 3 + 10


# Words that would tell a third party about the debt, per language (folded: no accents, lower case).
DEBT_WORDS = (
    "invoice", "debt", "owe", "pay", "balance", "amount", "overdue",
    "factura", "deuda", "debe", "pag", "importe", "saldo",
    "τιμολογ", "οφειλ", "χρεο", "πληρω", "ποσο", "υπολοιπ",
)  # fmt: skip


@pytest.mark.parametrize("language", ["en", "es", "el"])
def test_the_questions_for_someone_else_on_the_line_never_mention_the_debt(
    store: Store, language: str
) -> None:
    from callnotes.domain.questions import fold

    neutral = load_prompts(store.paths, language).third_party
    assert neutral is not None and neutral.title and len(neutral.questions) >= 3
    for question in neutral.questions:
        assert not placeholders(question), question
        assert not [word for word in DEBT_WORDS if word in fold(question)], question


def test_a_bank_copied_before_the_neutral_questions_gets_the_built_in_ones_and_one_naming_a_fact_is_refused(
    store: Store,
) -> None:
    path = user_prompts(store.paths, "en")
    bank = json.loads(path.read_text(encoding="utf-8"))
    del bank["third_party"]  # as copied by an earlier version
    bank["stages"][0]["questions"][0] = "How was the trade fair?"
    path.write_text(json.dumps(bank, ensure_ascii=False, indent=2), encoding="utf-8")
    loaded = load_prompts(store.paths, "en")
    assert loaded.problem is None and loaded.stages[0].questions[0] == "How was the trade fair?"
    assert loaded.third_party == Stage("third_party", *_shipped_third_party("en"))

    bank["third_party"] = {"title": "Someone else", "questions": ["Could you tell them about {balance}?"]}
    path.write_text(json.dumps(bank, ensure_ascii=False, indent=2), encoding="utf-8")
    refused = load_prompts(store.paths, "en")
    assert refused.problem is not None and "may name no fact" in refused.problem
    assert f"{path}, line {_line_of(path, 'Could you tell them')}" in refused.problem
    assert refused.third_party is not None and "{balance}" not in " ".join(refused.third_party.questions)


def _shipped_third_party(language: str) -> tuple[str, tuple[str, ...]]:
    raw = json.loads(shipped_prompts(language).read_text(encoding="utf-8"))["third_party"]
    return raw["title"], tuple(raw["questions"])
