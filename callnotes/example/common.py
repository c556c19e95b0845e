"""What the example debtors share: their calendar, the example business, past calls and documents."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from io import BytesIO
from zoneinfo import ZoneInfo

from sqlmodel import Session

from callnotes.services.creditor import CreditorInput
from callnotes.services.interactions import Ending, PromiseInput, add_line, end_interaction, start_interaction

CREDITOR = CreditorInput(
    name="Ribera Instalaciones y Rótulos S.L.",
    tax_id="B46285193",
    country="ES",
    address="Calle de Cuba 17, bajo\n46006 Valencia",
    phone="+34 963 123 456",
    email="cobros@riberainstalaciones.example",
    contact_name="Marta Ribera Soler",
    user_name="Marta Ribera Soler",  # she makes the calls too: the author of the example's entries
)


@dataclass(frozen=True)
class Calendar:
    """Turns "N days ago at HH:MM, the debtor's time" into aware datetimes and dates."""

    today: date
    zone: ZoneInfo

    def day(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def at(self, offset: int, hour: int, minute: int, second: int = 0) -> datetime:
        return datetime.combine(self.day(offset), time(hour, minute, second), self.zone)


@dataclass(frozen=True)
class ExampleFile:
    """An example document to attach, made when the example data is loaded."""

    debtor_id: int
    name: str
    content: Callable[[], bytes]
    invoice_id: int | None = None
    interaction_id: int | None = None


def past_call(
    session: Session,
    debtor_id: int,
    person_id: int,
    number: str,
    start: datetime,
    lines: list[tuple[int, str, str]],
    ending: Ending,
    author: str = "",
) -> None:
    """A call that happened at `start`, written by `author`: lines are (seconds into the call, kind, text)."""
    call = start_interaction(
        session, debtor_id, "call", person_id=person_id, address_used=number, started_at=start
    )
    last = 0
    for seconds, kind, text in lines:
        add_line(session, call.id or 0, kind, text, typed_at=start + timedelta(seconds=seconds))
        last = seconds
    end_interaction(
        session, call.id or 0, ending, ended_at=start + timedelta(seconds=last + 40), author=author
    )


def promised(outcome_summary: str, amount_minor: int, due_on: date) -> Ending:
    """The ending of a call in which the debtor promised to pay."""
    return Ending("promise", outcome_summary, promise=PromiseInput(amount_minor, due_on))


def printed_document(pages: list[list[str]], letter: bool = False) -> bytes:
    """A plain printed document (a delivery note, a receipt): lines of text, the first one bold."""
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.pdfgen.canvas import Canvas

    from callnotes.export.fonts import BOLD, FONT, register_fonts

    register_fonts()
    buffer = BytesIO()
    size = LETTER if letter else A4
    # The initial font must be the embedded one (a court's PDF/A allows no other); the stub calls it a float.
    canvas = Canvas(buffer, pagesize=size, initialFontName=FONT, invariant=True)  # type: ignore[arg-type]
    for lines in pages:
        canvas.setFont(BOLD, 16)
        canvas.drawString(60, size[1] - 80, lines[0])
        canvas.setFont(FONT, 10.5)
        for n, line in enumerate(lines[1:]):
            canvas.drawString(60, size[1] - 120 - 17 * n, line)
        canvas.line(60, 130, 260, 130)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
