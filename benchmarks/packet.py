"""Time a 5,000-entry packet against bare reportlab tables of the same rows.

    python benchmarks/packet.py [--entries 5000] [--runs 2] [--keep DIR]

Fills a synthetic debtor through the services in a temporary data folder (not timed), on one fixed
clock, then times `export_packet` of the filing copy without exhibits (the synthetic debtor has no
attached files) end to end (reading the database, checking the chain, layout, merging, making it
PDF/A-2b and validating it, writing) and the yardstick: the
record's rows drawn by plain platypus in tables of a hundred rows (Paragraph cells, the column titles
repeated at the top of every page, "page X of Y" by a numbered canvas). One 5,000-row table slows
down as it grows and would flatter the packet. They run interleaved (yardstick, packet, yardstick…);
it prints the median of each and their ratio. benchmarks/run.py measures it the same way. The packet
should take at most 1.2 times the yardstick.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.flowables import SetTopFlowables

from benchmarks.kit.figures import interleaved
from callnotes.clock import FixedClock
from callnotes.export import PacketTargets, export_packet
from callnotes.export.fonts import BOLD, FONT, register_fonts
from callnotes.export.packet_model import PacketOptions
from callnotes.export.render.flowables import widths
from callnotes.export.render.theme import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X
from callnotes.export.wording import Wording
from callnotes.services.books import (
    AgreementInput,
    InvoiceInput,
    PaymentInput,
    add_agreement,
    add_invoice,
    record_payment,
)
from callnotes.services.debtors import DebtorInput, create_debtor
from callnotes.services.interactions import Ending, add_line, end_interaction, start_interaction
from callnotes.store.access import Store, open_store
from callnotes.store.account import read_account
from callnotes.store.engine import transaction

AS_OF = date(2026, 11, 22)
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)  # the one clock: every "now" of the filling and the packet
ZONE = "Europe/Madrid"
TABLE_ROWS = 100  # rows per yardstick table
SENTENCE = (
    "el cliente dice que pagará la factura cuando cobre de su obra en la calle mayor; pide otra semana "
    "de plazo y confirma por correo el importe pendiente, con transferencia al banco antes del viernes"
)
KINDS = ("note", "question", "said", "agreed")


def fill(store: Store, entries: int) -> int:
    """A debtor with invoices, payments and calls adding up to `entries` journal entries."""
    rng, words = random.Random(5000), SENTENCE.split()
    with transaction(store.sessions) as session:
        debtor = create_debtor(
            session,
            DebtorInput(
                name="Distribuciones Benchmark S.L.",
                country="ES",
                language="es",
                currency="EUR",
                time_zone="Europe/Madrid",
                address="Calle Mayor 1\n28013 Madrid",
            ),
        )
        debtor_id = debtor.id or 0
        add_agreement(
            session,
            debtor_id,
            AgreementInput(
                AS_OF - timedelta(days=900), "Condiciones generales.", "Suministros", 30, 800, 4000
            ),
        )
        for n in range(50):
            issued = AS_OF - timedelta(days=800 - 15 * n)
            add_invoice(
                session,
                debtor_id,
                InvoiceInput(f"B-{n:04d}", issued, 50_000 + 1_000 * n, due_on=issued + timedelta(days=30)),
            )
        for n in range(20):
            record_payment(
                session,
                debtor_id,
                PaymentInput(
                    AS_OF - timedelta(days=700 - 30 * n), 30_000, method="transferencia", reference=f"TRF {n}"
                ),
            )
        written = len(read_account(session, debtor_id).entries)
        start = datetime(2024, 6, 3, 9, 0, tzinfo=UTC)
        while written < entries:
            lines = min(4, entries - written - 1)
            call = start_interaction(
                session, debtor_id, "call", address_used="+34912345678", started_at=start
            )
            for n in range(lines):
                text = " ".join(rng.choice(words) for _ in range(rng.randint(6, 45)))
                add_line(
                    session, call.id or 0, KINDS[n % 4], text, typed_at=start + timedelta(seconds=30 * n)
                )
            end_interaction(
                session,
                call.id or 0,
                Ending("call_back", summary="Volver a llamar."),
                ended_at=start + timedelta(minutes=3),
            )
            written += lines + 1
            start += timedelta(hours=7)
    return debtor_id


class NumberedCanvas(Canvas):
    """The usual "page X of Y", laid out once with reportlab's public API (as the packet does): each
    page draws the total as a form, defined when the canvas is saved and the total is known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pages = 0

    def showPage(self) -> None:
        self.pages += 1
        super().showPage()

    def save(self) -> None:
        self.beginForm("total")
        self.setFont(FONT, 8)
        self.drawString(0, 0, str(self.pages))
        self.endForm()
        super().save()


def page_number(canvas: Canvas, _doc: Any) -> None:
    """The foot of every page: "Página X de " and the total's form."""
    before = f"Página {canvas.getPageNumber()} de "
    canvas.saveState()
    canvas.setFont(FONT, 8)
    canvas.drawString(MARGIN_X, 24, before)
    canvas.translate(MARGIN_X + canvas.stringWidth(before, FONT, 8), 24)
    canvas.doForm("total")
    canvas.restoreState()


def bare_tables(rows: list[list[str]], out: Path) -> None:
    """The same rows as plain platypus tables of TABLE_ROWS rows, under column titles on every page,
    on the packet's page size and margins."""
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=7.6, leading=9.6)
    head = ParagraphStyle("head", cell, fontName=BOLD)
    columns = widths(A4[0] - 2 * MARGIN_X, (0.42, 1.3, 0.95, 5.1))  # the packet's record columns
    style = TableStyle(
        [("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.lightgrey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    )
    titles = Table([[Paragraph(text, head) for text in ("N.º", "Escrito", "Tipo", "Contenido")]], columns)
    titles.setStyle(style)
    story: list[Flowable] = [SetTopFlowables([titles], show=True)]
    for first in range(0, len(rows), TABLE_ROWS):
        table = Table(
            [[Paragraph(escape(text), cell) for text in row] for row in rows[first : first + TABLE_ROWS]],
            columns,
        )
        table.setStyle(style)
        story.append(table)
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        initialFontName=FONT,
        invariant=True,  # as the packet's canvas: reportlab reads no clock of its own
    )
    doc.build(story, onFirstPage=page_number, onLaterPages=page_number, canvasmaker=NumberedCanvas)


@dataclass
class PacketBench:
    """A filled data folder and the record's rows: the packet and its yardstick, each timed on call."""

    folder: Path
    store: Store
    debtor_id: int
    rows: list[list[str]]
    pages: int = 0

    def packet(self) -> float:
        """Seconds to export the filing copy (PDF/A-2b, validated) of the debtor's packet."""
        started = time.perf_counter()
        targets = PacketTargets(filing=self.folder / "packet.pdf")
        options = PacketOptions(language="es", as_of=AS_OF)
        self.pages = export_packet(
            self.store.sessions, self.store.paths, self.debtor_id, targets, options
        ).pages
        return time.perf_counter() - started

    def yardstick(self) -> float:
        """Seconds to draw the same rows as bare tables of TABLE_ROWS rows."""
        started = time.perf_counter()
        bare_tables(self.rows, self.folder / "table.pdf")
        return time.perf_counter() - started

    def close(self) -> None:
        self.store.database.engine.dispose()


def prepare(folder: Path, entries: int) -> PacketBench:
    """Fill a debtor with `entries` entries in a new data folder under `folder` (not timed)."""
    store = open_store(str(folder / "data"), None, FixedClock(NOW, ZONE))
    debtor_id = fill(store, entries)
    register_fonts()
    wording = Wording("es", "es_ES", ZONE)
    with store.sessions() as session:
        rows = [
            [str(e.seq), wording.moment(e.occurred_at), wording.label("kind", e.kind), e.text]
            for e in read_account(session, debtor_id).entries
        ]
    return PacketBench(folder, store, debtor_id, rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=2, help="runs of each, interleaved (medians)")
    parser.add_argument("--keep", type=Path, help="keep the data folder and both PDFs here")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="callnotes-bench-"))
    try:
        filling = time.perf_counter()
        bench = prepare(folder, args.entries)
        print(f"filled {args.entries} entries through the services in {time.perf_counter() - filling:.1f} s")
        tables, packets = interleaved(bench.yardstick, bench.packet, args.runs, warm_up=False)
        packet_time, table_time = statistics.median(packets), statistics.median(tables)
        packet_pdf, table_pdf = folder / "packet.pdf", folder / "table.pdf"
        print(
            f"packet      {packet_time:6.2f} s  {bench.pages} pages, {packet_pdf.stat().st_size / 1e6:.1f} MB"
        )
        print(
            f"bare tables {table_time:6.2f} s  {len(bench.rows)} rows in tables of {TABLE_ROWS}, "
            f"{table_pdf.stat().st_size / 1e6:.1f} MB"
        )
        print(f"ratio {packet_time / table_time:.2f} (packet / bare tables; target at most 1.20)")
        bench.close()
        if args.keep:
            shutil.copytree(folder, args.keep, dirs_exist_ok=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
