"""The words of a summary or letter: its template rendered in Jinja's sandbox, and its tables.

Templates are `resources/templates/<language>/<name>.j2` (shipped) and the same names under the
user's data folder (`AppPaths.templates`), which win. A user's template that cannot be read or fails
while rendering is reported with its file and line, and the shipped one is rendered instead: a typo
in a copy never stops a letter. Each template has two blocks, `subject` and `body`; the body is
plain text in which `table(name)` leaves a marker line that the e-mail writes as aligned text and
the PDF as a real table. See docs/letters.md, the contract with the people who write templates.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from callnotes.errors import CallnotesError, InputError
from callnotes.resources import resource

if TYPE_CHECKING:  # Jinja loads when a template is rendered: a draft's tables travel without it
    from jinja2 import Template
    from jinja2.sandbox import SandboxedEnvironment

TABLES = ("invoices", "instalments", "interest")
BLOCKS = ("subject", "body")
_MARKER = re.compile(r"^\s*\[\[table:([a-z]+)\]\]\s*$")


def marker(name: str) -> str:
    """The line `table(name)` leaves in the body, where the table goes."""
    return f"[[table:{name}]]"


def table_marker(name: str) -> str:
    """`table(name)` in a template: its marker line; an unknown table is the template's mistake."""
    if name not in TABLES:
        raise ValueError(f"there is no table “{name}”; the tables are {', '.join(TABLES)}")
    return marker(name)


@dataclass(frozen=True)
class LetterTable:
    """A table of a letter: column titles, rows of text, and which columns are numbers (right-aligned)."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    aligns: str = ""  # one letter per column, L or R
    total: tuple[str, ...] | None = None  # a last row in bold, when the table adds up
    note: str = ""  # a line under the table, e.g. what an asterisk in it means

    def as_text(self) -> str:
        """The table as aligned plain text, for an e-mail (monospaced or not, it stays readable)."""
        rows = [self.headers, *self.rows, *((self.total,) if self.total else ())]
        widths = [max(len(row[i]) for row in rows) for i in range(len(self.headers))]

        def line(row: Sequence[str]) -> str:
            cells = [
                cell.rjust(width) if self.aligns[i : i + 1] == "R" else cell.ljust(width)
                for i, (cell, width) in enumerate(zip(row, widths, strict=True))
            ]
            return "  ".join(cells).rstrip()

        rule = "  ".join("-" * width for width in widths)
        lines = [line(self.headers), rule, *(line(row) for row in self.rows)]
        if self.total:
            lines += [rule, line(self.total)]
        if self.note:
            lines.append(self.note)
        return "\n".join(lines)


def pieces(body: str, tables: Mapping[str, LetterTable]) -> list[str | LetterTable]:
    """The body as paragraphs of text and the tables at their markers, in order (a marker naming a
    table the letter has none of is left out)."""
    out: list[str | LetterTable] = []
    paragraph: list[str] = []

    def close() -> None:
        if paragraph:
            out.append("\n".join(paragraph))
            paragraph.clear()

    for line in body.split("\n"):
        found = _MARKER.match(line)
        if found:
            close()
            table = tables.get(found.group(1))
            if table is not None and table.rows:
                out.append(table)
        elif not line.strip():
            close()
        else:
            paragraph.append(line.rstrip())
    close()
    return out


def expand_tables(body: str, tables: Mapping[str, LetterTable]) -> str:
    """The body with each table marker replaced by the table as aligned text (the e-mail's text)."""
    parts = [part.as_text() if isinstance(part, LetterTable) else part for part in pieces(body, tables)]
    return "\n\n".join(parts)


@dataclass(frozen=True)
class RenderedText:
    """A template's subject and body, and what went wrong with the user's own template, if anything."""

    subject: str
    body: str
    template: str  # the file rendered
    problems: tuple[str, ...] = ()


class TemplateMissing(InputError):
    """No template for this document in this language."""


def template_names(kind: str, jurisdiction: str) -> list[str]:
    """The files that can hold a document's template, the first found wins: a demand's jurisdiction's
    own (demand-ES.j2), then the general one."""
    if kind == "demand" and re.fullmatch(r"[A-Z]{2}", jurisdiction):
        return [f"demand-{jurisdiction}.j2", "demand.j2"]
    return [f"{kind}.j2"]


def _environment(folders: Sequence[Path]) -> SandboxedEnvironment:
    from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    return SandboxedEnvironment(
        loader=ChoiceLoader([FileSystemLoader(str(folder)) for folder in folders]),
        undefined=StrictUndefined,
        autoescape=False,  # plain text: an e-mail and the PDF escape for themselves
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        auto_reload=True,
    )


def _clean_body(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def _render(template: Template, context: Mapping[str, Any]) -> tuple[str, str]:
    for block in BLOCKS:
        if block not in template.blocks:
            raise _NoBlock(block)
    values = {**context, "table": table_marker}
    parts = []
    for block in BLOCKS:
        run = template.new_context(values)
        parts.append("".join(template.blocks[block](run)))
    subject, body = parts
    return " ".join(subject.split()), _clean_body(body)


class _NoBlock(Exception):
    def __init__(self, block: str) -> None:
        super().__init__(f"it has no {{% block {block} %}}")


def _line_of(exc: BaseException, path: Path, template: Template | None) -> int | None:
    """The template line an error came from: a syntax error says it; an error while rendering is
    found in the traceback, whose frames of the template's compiled code Jinja maps back to lines."""
    from jinja2 import TemplateSyntaxError

    if isinstance(exc, TemplateSyntaxError):
        return exc.lineno
    if template is None:
        return None
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if Path(f.filename) == path]
    if not frames or frames[-1].lineno is None:
        return None
    return template.get_corresponding_lineno(frames[-1].lineno)


def _problem(path: Path, exc: BaseException, line: int | None) -> str:
    from jinja2 import TemplateError

    message = exc.message if isinstance(exc, TemplateError) and exc.message else str(exc)
    where = f"{path}, line {line}" if line else f"{path}"
    return f"{where}: {' '.join(message.split())}; the shipped template was used"


def render_letter(
    user_folder: Path | None, language: str, kind: str, jurisdiction: str, context: Mapping[str, Any]
) -> RenderedText:
    """Render the document's template in `language` with `context`: the user's copy when there is one
    and it works, else the shipped one. TemplateMissing when there is neither."""
    from jinja2 import TemplateError, TemplateNotFound

    shipped = resource("templates", language)
    user = user_folder / language if user_folder is not None else None
    problems: list[str] = []
    for name in template_names(kind, jurisdiction):
        if user is not None and (user / name).is_file():
            path = user / name
            template = None
            try:
                template = _environment([user, shipped]).get_template(name)
                subject, body = _render(template, context)
                return RenderedText(subject, body, str(path))
            except Exception as exc:  # a syntax error, an unknown value, the sandbox refusing: the user's
                problems.append(_problem(path, exc, _line_of(exc, path, template)))
        if (shipped / name).is_file():
            template = None
            try:
                template = _environment([shipped]).get_template(name)
                subject, body = _render(template, context)
            except TemplateNotFound as exc:
                raise CallnotesError(f"The shipped template {shipped / name} is missing ({exc}).") from exc
            except (TemplateError, _NoBlock) as exc:  # a defect of callnotes itself: say where
                raise CallnotesError(
                    _problem(shipped / name, exc, _line_of(exc, shipped / name, template)).rsplit(";", 1)[0]
                ) from exc
            return RenderedText(subject, body, str(shipped / name), tuple(problems))
    names = " or ".join(template_names(kind, jurisdiction))
    raise TemplateMissing(f"There is no {kind} template in “{language}” ({names} in {shipped}).")
