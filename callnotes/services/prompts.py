"""The bank of open questions per language: shipped in resources/prompts, edited in the data folder.

A question may name the call's facts in braces: {invoice}, {balance}, {promise}. They are filled by
plain substitution, never by str.format, so whatever the user typed in the file (a stray brace, a
format spec asking for a billion spaces) is text and cannot stop a call from starting. A file that
cannot be read, or a brace that names no fact, is reported with the file and the line, and the
built-in bank is used until the file is fixed.

The bank also holds what to say when someone else answers (`third_party`): neutral questions that ask
only how and when the debtor can be reached and never mention the debt, so they may name no fact. A
user's file written before it existed gets the built-in one.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from callnotes.paths import AppPaths
from callnotes.resources import resource
from callnotes.services.validation import LANGUAGES

PLACEHOLDERS = ("invoice", "balance", "promise")  # the facts a question may name, filled per call
_PLACEHOLDER = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")
_BRACE = re.compile(r"[{}]")


def placeholders(text: str) -> set[str]:
    """The facts a question names ({invoice} -> "invoice")."""
    return set(_PLACEHOLDER.findall(text))


def fill(text: str, values: Mapping[str, str]) -> str:
    """`text` with each {name} of PLACEHOLDERS that has a value replaced by it; nothing else changes."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def stray_brace(text: str) -> str | None:
    """The first brace that is not part of a known {placeholder}, with what follows it, or None."""
    rest = _PLACEHOLDER.sub("", text)
    found = _BRACE.search(rest)
    return None if found is None else rest[found.start() : found.start() + 30]


class BankError(ValueError):
    """A question bank that cannot be used, and the line of its file where the trouble is."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class Stage:
    """A stage of the call and its questions."""

    id: str
    title: str
    questions: tuple[str, ...]


@dataclass(frozen=True)
class PromptBank:
    """Questions by stage, the calm reminder, the wait cue and the yes/no hint, in one language."""

    language: str
    reminder: str
    wait_cue: str
    closed_hint: str
    stages: tuple[Stage, ...]
    source: Path
    problem: str | None = None  # why the user's file was not used, when it was not
    third_party: Stage | None = None  # when someone else answers: never a word about the debt

    def filled(self, values: Mapping[str, str]) -> PromptBank:
        """The bank with {invoice}, {balance}, {promise} filled in; questions with no value are left out."""

        stages = tuple(
            Stage(
                s.id,
                s.title,
                tuple(fill(q, values) for q in s.questions if placeholders(q) <= values.keys()),
            )
            for s in self.stages
        )
        return replace(self, stages=stages)


def _line_of(source: str, text: str) -> int | None:
    """The line of the file where `text` (a value of the JSON) is written, when it can be found."""
    written = json.dumps(text, ensure_ascii=False)[1:-1]
    for candidate in (written, json.dumps(text)[1:-1]):
        at = source.find(candidate)
        if at >= 0:
            return source.count("\n", 0, at) + 1
    return None


def _parse(path: Path, language: str) -> PromptBank:
    """Read a question bank; BankError (with the line, where known) when it cannot be used."""
    source = path.read_text(encoding="utf-8")
    try:
        raw = json.loads(source)
    except json.JSONDecodeError as exc:
        raise BankError(f"it is not valid JSON: {exc.msg}", exc.lineno) from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("stages"), list):
        raise BankError("it has no list of “stages”")
    stages = []
    for number, stage in enumerate(raw["stages"], start=1):
        if not isinstance(stage, dict) or not isinstance(stage.get("questions"), list):
            raise BankError(f"stage {number} has no list of “questions”")
        questions = tuple(str(q) for q in stage["questions"] if str(q).strip())
        for question in questions:
            stray = stray_brace(question)
            if stray is not None:
                raise BankError(
                    f"the question “{question[:80]}” has a brace that names no fact (“{stray}”); "
                    f"write {{{'}, {'.join(PLACEHOLDERS)}}} or no braces at all",
                    _line_of(source, question),
                )
        stages.append(Stage(str(stage.get("id", number)), str(stage.get("title", "")), questions))
    if not stages:
        raise BankError("it has no stages")
    return PromptBank(
        language=language,
        reminder=str(raw.get("reminder", "")),
        wait_cue=str(raw.get("wait_cue", "")),
        closed_hint=str(raw.get("closed_hint", "")),
        stages=tuple(stages),
        source=path,
        third_party=_third_party(raw.get("third_party"), source),
    )


def _third_party(raw: object, source: str) -> Stage | None:
    """The questions for someone else on the line; BankError when one names a fact of the debt."""
    if raw is None:
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("questions"), list):
        raise BankError("“third_party” has no list of “questions”")
    questions = tuple(str(q) for q in raw["questions"] if str(q).strip())
    for question in questions:
        if _BRACE.search(question):
            raise BankError(
                f"the question for someone else on the line “{question[:80]}” has a brace: it may name "
                "no fact, since nobody but the debtor may hear about the debt",
                _line_of(source, question),
            )
    return Stage("third_party", str(raw.get("title", "")), questions) if questions else None


def shipped_prompts(language: str) -> Path:
    """The built-in question bank for a language."""
    return resource("prompts", f"{language}.json")


def user_prompts(paths: AppPaths, language: str) -> Path:
    """The user's editable copy, made from the built-in one the first time it is needed."""
    target = paths.prompts / f"{language}.json"
    if not target.exists():
        paths.prompts.mkdir(mode=0o700, parents=True, exist_ok=True)
        shutil.copyfile(shipped_prompts(language), target)
    return target


def load_prompts(paths: AppPaths, language: str) -> PromptBank:
    """The user's question bank; the built-in one (with the reason) when the user's file is broken."""
    language = language if language in LANGUAGES else "en"
    path = paths.prompts / f"{language}.json"
    try:
        bank = _parse(user_prompts(paths, language), language)
        if bank.third_party is None:  # a file copied before there were such questions
            bank = replace(bank, third_party=_parse(shipped_prompts(language), language).third_party)
        return bank
    except (OSError, ValueError) as exc:  # BankError, a file that is not UTF-8, a missing file
        where = f"{path}, line {exc.line}" if isinstance(exc, BankError) and exc.line else str(path)
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        problem = (
            f"Your question bank {where} could not be used: {reason}. The built-in questions are shown "
            "meanwhile. Fix the file, or delete it to get the built-in set back."
        )
        return replace(_parse(shipped_prompts(language), language), problem=problem)
