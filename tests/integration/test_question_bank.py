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
    fill,
    load_prompts,
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
