"""The bank of open questions per language: shipped in resources/prompts, edited in the data folder."""

from __future__ import annotations

import json
import shutil
import string
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from callnotes.paths import AppPaths
from callnotes.resources import resource
from callnotes.services.validation import LANGUAGES


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

    def filled(self, values: Mapping[str, str]) -> PromptBank:
        """The bank with {invoice}, {balance}, {promise} filled in; questions with no value are left out."""

        def fields(text: str) -> set[str]:
            return {name for _, name, _, _ in string.Formatter().parse(text) if name}

        stages = tuple(
            Stage(
                s.id, s.title, tuple(q.format_map(values) for q in s.questions if fields(q) <= values.keys())
            )
            for s in self.stages
        )
        return PromptBank(
            self.language, self.reminder, self.wait_cue, self.closed_hint, stages, self.source, self.problem
        )


def _parse(path: Path, language: str) -> PromptBank:
    raw = json.loads(path.read_text(encoding="utf-8"))
    stages = tuple(
        Stage(str(s["id"]), str(s["title"]), tuple(str(q) for q in s["questions"] if str(q).strip()))
        for s in raw["stages"]
    )
    if not stages:
        raise ValueError("it has no stages")
    return PromptBank(
        language=language,
        reminder=str(raw.get("reminder", "")),
        wait_cue=str(raw.get("wait_cue", "")),
        closed_hint=str(raw.get("closed_hint", "")),
        stages=stages,
        source=path,
    )


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
    path = user_prompts(paths, language)
    try:
        return _parse(path, language)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        problem = (
            f"Your question bank {path} could not be read ({exc}); the built-in questions are shown. "
            "Fix the file, or delete it to get the built-in set back."
        )
        bank = _parse(shipped_prompts(language), language)
        return PromptBank(
            bank.language, bank.reminder, bank.wait_cue, bank.closed_hint, bank.stages, bank.source, problem
        )
