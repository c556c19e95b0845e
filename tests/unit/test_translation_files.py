"""The translation files are complete, in step with the code, and built into current .qm files."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TOOLS = Path(sys.executable).parent
LANGUAGES = ("es", "el")


def messages(ts: Path) -> dict[tuple[str, str], tuple[str | None, str]]:
    """(context, source) -> (translation type, translation text)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            text = "".join(translation.itertext()) if translation is not None else ""
            found[(name, message.findtext("source") or "")] = (kind, text)
    return found


@pytest.fixture(scope="module")
def in_code(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """Every translatable string in the code, extracted afresh with lupdate."""
    ts = tmp_path_factory.mktemp("extract") / "fresh_es.ts"
    sources = sorted(
        str(p) for p in [*(ROOT / "callnotes" / "ui").rglob("*.py"), ROOT / "callnotes" / "app.py"]
    )
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(ts)], check=True, capture_output=True
    )
    return set(messages(ts))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_code_is_translated(in_code: set[tuple[str, str]], language: str) -> None:
    ours = messages(TRANSLATIONS / f"callnotes_{language}.ts")
    missing = sorted(in_code - ours.keys())
    assert not missing, f"not in callnotes_{language}.ts (run make translations): {missing[:10]}"
    unfinished = sorted(key for key, (kind, text) in ours.items() if kind or not text.strip())
    assert not unfinished, f"unfinished, vanished or empty in callnotes_{language}.ts: {unfinished[:10]}"
    vanished = sorted(ours.keys() - in_code)
    assert not vanished, f"in callnotes_{language}.ts but no longer in the code: {vanished[:10]}"


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda p: p.name)
def test_placeholders_and_shortcut_markers_survive_translation(ts: Path) -> None:
    for (context, source), (_kind, text) in messages(ts).items():
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), (context, source, text)
        if re.search(r"&[^&\s]", source):
            assert len(re.findall(r"&[^&\s]", text)) == 1, (context, source, text)


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda p: p.name)
def test_the_built_qm_files_match_their_sources(ts: Path, tmp_path: Path) -> None:
    built = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(built)], check=True)
    shipped = ts.with_suffix(".qm")
    assert shipped.exists() and shipped.read_bytes() == built.read_bytes(), (
        f"run make translations: {shipped.name}"
    )


# The places that translate texts marked with QT_TRANSLATE_NOOP where they are defined.
MARKED_ELSEWHERE = {("labels.py", "label"), ("labels.py", "marked"), ("table_model.py", "header_text")}


def _hidden_from_lupdate(path: Path) -> list[str]:
    """Calls of tr/translate/QT_TRANSLATE_NOOP whose text is not a literal: lupdate cannot see them."""
    import ast

    hidden = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    sanctioned = {
        id(inner)
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef) and (path.name, function.name) in MARKED_ELSEWHERE
        for inner in ast.walk(function)
    }
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or id(node) in sanctioned:
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        text_at = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
        if text_at is None or len(node.args) <= text_at:
            continue
        arguments = node.args[: text_at + 1]
        if not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in arguments):
            hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return hidden


def test_every_translated_text_is_a_literal_that_lupdate_can_extract() -> None:
    """A text passed through a variable is never extracted, so it is never translated (and no test notices)."""
    sources = [*(ROOT / "callnotes" / "ui").rglob("*.py"), ROOT / "callnotes" / "app.py"]
    hidden = [where for path in sorted(sources) for where in _hidden_from_lupdate(path)]
    assert hidden == []


def test_no_base_class_translates_with_self_tr() -> None:
    """PySide's self.tr() looks a text up under the object's own class: in a class that others extend,
    the text is extracted under the base class's name and never found when a subclass shows it."""
    import ast

    sources = sorted((ROOT / "callnotes" / "ui").rglob("*.py"))
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sources}
    extended = {
        base.id
        for tree in trees.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        for base in node.bases
        if isinstance(base, ast.Name)
    }
    offending = [
        f"{path.relative_to(ROOT)}:{call.lineno}"
        for path, tree in trees.items()
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef) and node.name in extended
        for call in ast.walk(node)
        if isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "tr"
        and isinstance(call.func.value, ast.Name)
        and call.func.value.id == "self"
    ]
    assert offending == []
