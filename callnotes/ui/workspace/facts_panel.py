"""The facts panel: the amount first and big, then invoices, terms, promises and last contacts.

Every fact that can go into the notes is numbered (Alt+1…9) and is a link: clicked, or reached with
Tab and chosen with Enter or Space. The facts are one rich-text document built in one pass (a
widget and a style sheet per invoice made showing a long account slow); every text from the user
or the books is escaped into it: data, never markup.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QTextCursor
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QVBoxLayout, QWidget

from callnotes.domain.interest import InterestLine
from callnotes.domain.ledger import AgeBucket
from callnotes.domain.plans import InstalmentState, PlanState
from callnotes.domain.promises import PromiseState
from callnotes.services.facts import CallFacts, PlanFact
from callnotes.ui.escalation_text import escalation_text
from callnotes.ui.formats import Formats
from callnotes.ui.forms.problems import problem_text
from callnotes.ui.labels import label, plain_tooltip

BUCKET_COLOURS = {
    AgeBucket.NOT_DUE: "#9e9e9e",
    AgeBucket.D1_30: "#f2c14e",
    AgeBucket.D31_60: "#f28c28",
    AgeBucket.D61_90: "#d9534f",
    AgeBucket.OVER_90: "#8e2b2b",
}


# Signs beside the words of a state (never colour alone): done ✓, failed ✗, partly ◐, waiting ….
PROMISE_MARKS = {
    PromiseState.KEPT: "✓",
    PromiseState.PART_KEPT: "◐",
    PromiseState.BROKEN: "✗",
    PromiseState.PENDING: "…",
}
PLAN_MARKS = {PlanState.COMPLETED: "✓", PlanState.ON_TRACK: "…", PlanState.BEHIND: "◐", PlanState.BROKEN: "✗"}
INSTALMENT_MARKS = {
    InstalmentState.PAID: "✓",
    InstalmentState.PART_PAID: "◐",
    InstalmentState.MISSED: "✗",
    InstalmentState.DUE_TODAY: "!",
    InstalmentState.UPCOMING: "…",
}

# The oldest open invoices are listed one by one; the rest are summed up, so the panel stays a glance.
SHOWN_INVOICES = 10


@dataclass(frozen=True)
class Fact:
    """A fact as a sentence that can be put into the notes."""

    title: str
    sentence: str


FACT_SCHEME = "fact"  # a fact's link: fact:N, N counted from 1


def _escaped(text: str) -> str:
    return html.escape(text, quote=True)


class FactsView(QTextBrowser):
    """The document of facts; Space chooses the link reached with Tab, as Enter does."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space:
            cursor = self.textCursor()
            href = cursor.charFormat().anchorHref() if cursor.hasSelection() else ""
            if href:
                self.anchorClicked.emit(QUrl(href))
                return
        super().keyPressEvent(event)


class FactsPanel(QWidget):
    """Shows CallFacts; emits the sentence of a fact when it is clicked or chosen with Alt+N."""

    factChosen = Signal(str)

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._formats = formats
        self.facts: list[Fact] = []
        self._html: list[str] = []
        self.setMinimumWidth(320)
        self.amount = QLabel(self)
        self.amount.setObjectName("owedAmount")
        self.amount.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.amount.setContentsMargins(8, 4, 8, 0)
        self.view = FactsView(self)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setOpenLinks(False)  # a fact goes into the notes; the document never navigates
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.viewport().setAutoFillBackground(False)  # the panel's own background, as before
        self.view.anchorClicked.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.amount)
        layout.addWidget(self.view, 1)

    def _style(self) -> str:
        """The document's one style sheet, in the colours of the window's palette."""
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText).name()
        mid = palette.color(QPalette.ColorRole.Mid).name()
        return (
            f"body {{ color: {text}; }}"
            "p { margin: 0px; margin-bottom: 2px; white-space: pre-wrap; }"
            "p.heading { font-weight: bold; margin-top: 6px; }"
            f"p.detail {{ color: {mid}; margin-left: 24px; }}"
            "p.dispute { font-weight: bold; }"
            "p.legend { margin-top: 4px; }"
            f"a {{ color: {text}; text-decoration: none; }}"
        )

    # --- building the document ------------------------------------------------------------------
    def _line(self, text: str, css: str = "", tooltip: str = "") -> None:
        title = f' title="{_escaped(tooltip)}"' if tooltip else ""
        cls = f' class="{css}"' if css else ""
        self._html.append(f"<p{cls}><span{title}>{_escaped(text)}</span></p>")

    def _heading(self, text: str) -> None:
        self._line(text, "heading")

    def _fact(self, fact: Fact) -> None:
        self.facts.append(fact)
        number = len(self.facts)
        caption = f"{number}\u00a0\u00a0{fact.title}" if number <= 9 else fact.title
        shortcut = self.tr("Alt+%1").replace("%1", str(number)) if number <= 9 else ""
        tooltip = plain_tooltip(
            self.tr("Put into the notes: %1").replace("%1", fact.sentence)
            + (f" ({shortcut})" if shortcut else "")
        )
        self._html.append(
            f'<p><a href="{FACT_SCHEME}:{number}" title="{_escaped(tooltip)}">{_escaped(caption)}</a></p>'
        )

    def _ageing(self, parts: list[tuple[AgeBucket, int]]) -> None:
        """Open amounts by age as one proportional bar (the words are on the line below: not colour alone)."""
        shown = [(b, v) for b, v in parts if v > 0]
        total = sum(v for _, v in shown)
        if not total:
            return
        cells = "".join(
            f'<td width="{max(1, round(100 * v / total))}%" bgcolor="{BUCKET_COLOURS[b]}">'
            '<span style="font-size: 7pt;">\u00a0</span></td>'
            for b, v in shown
        )
        self._html.append(
            '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 2px;">'
            f"<tr>{cells}</tr></table>"
        )

    def _chosen(self, url: QUrl) -> None:
        if url.scheme() == FACT_SCHEME and url.path().isdigit():
            self.choose(int(url.path()))

    def texts(self) -> list[str]:
        """The lines the panel shows, each as plain text (the amount first)."""
        lines = [self.amount.text()]
        block = self.view.document().begin()
        while block.isValid():
            if block.text():
                lines.append(block.text())
            block = block.next()
        return lines

    def tooltip(self, text: str) -> str:
        """The tooltip of the first line that starts with `text` (after its indentation)."""
        block = self.view.document().begin()
        while block.isValid():
            if block.text().strip().startswith(text):
                cursor = QTextCursor(block)
                cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
                return cursor.charFormat().toolTip()
            block = block.next()
        return ""

    def _money(self, facts: CallFacts, minor: int) -> str:
        return self._formats.money(minor, facts.currency)

    def _day(self, day: date) -> str:
        return self._formats.day(day)

    def choose(self, number: int) -> None:
        """Put fact `number` (1-based) into the notes."""
        if 1 <= number <= len(self.facts):
            self.factChosen.emit(self.facts[number - 1].sentence)

    def show_facts(self, facts: CallFacts) -> None:
        """Show these facts: the document is built in one pass and set at once."""
        self.facts = []
        self._html = []
        s = facts.statement
        owed = self._money(facts, s.balance_minor)
        self.amount.setText(self.tr("OWED %1").replace("%1", owed))

        self._line(escalation_text(facts.escalation, self._formats))
        as_of = self.tr("as of %1").replace("%1", self._day(s.as_of))
        open_principal = sum(p.open_minor for p in s.positions)
        parts = (
            self.tr("invoices %1 · interest %2 · fees %3")
            .replace("%1", self._money(facts, open_principal))
            .replace("%2", self._money(facts, s.interest_minor))
            .replace("%3", self._money(facts, s.fees_minor))
        )
        if s.credit_minor:
            parts += " · " + self.tr("credit −%1").replace("%1", self._money(facts, s.credit_minor))
        self._line(as_of)
        self._line(parts)
        total_sentence = (
            self.tr("Total owed %1 as of %2 (%3)")
            .replace("%1", owed)
            .replace("%2", self._day(s.as_of))
            .replace("%3", parts)
        )
        self._fact(Fact(self.tr("Total owed"), total_sentence))

        buckets = [(b, s.ageing.get(b, 0)) for b in AgeBucket]
        self._ageing(buckets)
        self._line(" · ".join(f"{label(b.value)} {self._money(facts, v)}" for b, v in buckets if v), "legend")

        # Open disputes come before the invoices: what the debtor contests changes the whole call.
        if facts.disputes:
            self._heading(self.tr("⚠ DISPUTED"))
            for dispute in facts.disputes:
                what = (
                    self.tr("invoices %1").replace("%1", ", ".join(dispute.invoices))
                    if dispute.invoices
                    else self.tr("the whole debt")
                )
                if dispute.amount_minor is not None:
                    what += " · " + self._money(facts, dispute.amount_minor)
                line = (
                    self.tr("since %1: %2 — %3")
                    .replace("%1", self._day(dispute.opened_on))
                    .replace("%2", what)
                    .replace("%3", dispute.reason)
                )
                self._line(line, "dispute")

        self._heading(self.tr("OPEN INVOICES"))
        for inv in facts.open_invoices[:SHOWN_INVOICES]:
            overdue = (
                self.tr("%1 days overdue").replace("%1", str(inv.days_overdue))
                if inv.days_overdue > 0
                else self.tr("not yet due")
            )
            title = (
                f"{inv.number}  {self._formats.short_day(inv.issued_on)} → "
                + self.tr("due %1").replace("%1", self._formats.short_day(inv.due_on))
                + f"  {overdue}  {self._money(facts, inv.open_minor)}"
            )
            sentence = (
                self.tr("Invoice %1, %2, issued %3, due %4 (%5)")
                .replace("%1", inv.number)
                .replace("%2", self._money(facts, inv.open_minor))
                .replace("%3", self._day(inv.issued_on))
                .replace("%4", self._day(inv.due_on))
                .replace("%5", overdue)
            )
            if inv.goods_services:
                sentence += ": " + inv.goods_services
            self._fact(Fact(title, sentence))
            delivered = (
                " " + self.tr("(delivered %1)").replace("%1", self._day(inv.delivered_on))
                if inv.delivered_on
                else ""
            )
            if inv.goods_services or delivered:
                self._line(inv.goods_services + delivered, "detail")
        rest = facts.open_invoices[SHOWN_INVOICES:]
        if rest:
            more = self.tr("… and %1 more open invoices, %2 in all").replace("%1", str(len(rest)))
            self._line(more.replace("%2", self._money(facts, sum(i.open_minor for i in rest))))
        if not facts.open_invoices:
            self._line(self.tr("No open invoices."))

        if facts.agreement is not None:
            a = facts.agreement
            self._heading(self.tr("AGREEMENT"))
            terms = (
                self.tr("%1 · %2 days · %3 % a year")
                .replace("%1", self._day(a.signed_on))
                .replace("%2", str(a.payment_terms_days))
                .replace("%3", f"{a.annual_interest_bp / 100:g}")
            )
            if a.late_fee_minor:
                terms += " · " + self.tr("fee %1 per late invoice").replace(
                    "%1", self._money(facts, a.late_fee_minor)
                )
            sentence = (
                self.tr("Agreement of %1: %2").replace("%1", self._day(a.signed_on)).replace("%2", a.terms)
            )
            self._fact(Fact(terms, sentence))
            self._line(a.goods_services)

        self._show_statutory(facts)

        self._heading(self.tr("PROMISES"))
        for p in facts.promises:
            text = (
                self.tr("%1 %2 by %3 (%4)")
                .replace("%1", PROMISE_MARKS[p.state])
                .replace("%2", self._money(facts, p.amount_minor))
                .replace("%3", self._day(p.due_on))
                .replace("%4", self._promise_word(p.state))
            )
            if p.state is PromiseState.PART_KEPT:
                text += " · " + self.tr("%1 paid").replace("%1", self._money(facts, p.paid_minor))
            self._fact(Fact(text, self.tr("Promise: %1").replace("%1", text)))
        for plan in facts.plans:
            self._show_plan(facts, plan)
        if not facts.promises and not facts.plans:
            self._line(self.tr("No promises yet."))

        self._heading(self.tr("LAST CONTACTS"))
        for c in facts.contacts:
            when = self._formats.short_day(self._formats.local(c.started_at).date())
            self._line(
                f"{when} {label(c.kind)}: {label(c.outcome)}" + (f" — {c.summary}" if c.summary else "")
            )
        if not facts.contacts:
            self._line(self.tr("No contacts yet."))

        self._heading(self.tr("HISTORY"))
        rating = {
            "good": self.tr("usually pays on time"),
            "fair": self.tr("sometimes pays late"),
            "late": self.tr("habitually pays late"),
            "unknown": self.tr("no payment history yet"),
        }.get(facts.debtor.payment_rating, facts.debtor.payment_rating)
        if facts.usual_delay_days is not None:
            rating += " · " + self.tr("paid invoices settled %1 days after due").replace(
                "%1", str(facts.usual_delay_days)
            )
        self._line(rating)
        self.view.document().setDefaultStyleSheet(self._style())
        self.view.setHtml("<body>" + "".join(self._html) + "</body>")
        self._html = []

    def working_line(self, facts: CallFacts, line: InterestLine) -> str:
        """One line of the working: 1.200,00 € × 45 days × 10,15 % / 365 = 15,02 €."""
        text = (
            self.tr("%1 × %2 days × %3 / 365 = %4")
            .replace("%1", self._money(facts, line.principal_minor))
            .replace("%2", str(line.days))
            .replace("%3", self._formats.wording.percent(line.rate_bp))
            .replace("%4", self._money(facts, line.amount_minor))
        )
        span = f"{self._formats.short_day(line.first_day)}–{self._formats.short_day(line.last_day)}"
        assumed = " " + self.tr("(rate assumed: not in the table)") if line.rate_assumed else ""
        return f"{span}: {text}{assumed}"

    def _show_statutory(self, facts: CallFacts) -> None:
        """When the debtor's switch is on: the statutory interest and compensation, one fact, then a line
        per late invoice whose tooltip holds its computation."""
        if not facts.debtor.statutory_interest:
            return
        self._heading(self.tr("STATUTORY LATE-PAYMENT INTEREST"))
        interest = facts.interest
        if interest is None:
            problem = facts.rates_problem
            said = (
                problem_text(problem, self._formats) if problem else self.tr("The rate table cannot be read.")
            )
            self._line(said)
            return
        if not interest.invoices:
            self._line(self.tr("No invoice is late."))
            return
        statutory = self._money(facts, interest.statutory_minor)
        compensation = self._money(facts, interest.compensation_minor)
        title = (
            self.tr("interest %1 · compensation %2 (late invoices: %3)")
            .replace("%1", statutory)
            .replace("%2", compensation)
            .replace("%3", str(interest.late_invoices))
        )
        if interest.statutory_claimed:
            sentence = (
                self.tr(
                    "Statutory late-payment interest %1 and compensation %2 (late invoices: %3), as of %4"
                )
                .replace("%1", statutory)
                .replace("%2", compensation)
                .replace("%3", str(interest.late_invoices))
                .replace("%4", self._day(interest.as_of))
            )
        else:
            sentence = (
                self.tr("Compensation %1 (late invoices: %2), as of %3")
                .replace("%1", compensation)
                .replace("%2", str(interest.late_invoices))
                .replace("%3", self._day(interest.as_of))
            )
        self._fact(Fact(title, sentence))
        if not interest.statutory_claimed and interest.statutory_minor:
            self._line(self.tr("The agreed rate governs: the statutory interest is not claimed."))
        for invoice in interest.invoices[:SHOWN_INVOICES]:
            working = [self.working_line(facts, line) for line in invoice.statutory]
            self._line(
                self.tr("%1: interest %2 + compensation %3")
                .replace("%1", invoice.number)
                .replace("%2", self._money(facts, invoice.statutory_minor))
                .replace("%3", self._money(facts, invoice.compensation_minor)),
                "detail",
                "<qt>" + "<br>".join(html.escape(line) for line in working) + "</qt>",
            )
        if interest.missing_rates:
            missing = ", ".join(self._formats.short_day(day) for day in interest.missing_rates)
            self._line(
                self.tr(
                    "No reference rate for the half-year from %1: the latest earlier one is used."
                ).replace("%1", missing)
            )

    def _promise_word(self, state: PromiseState) -> str:
        return {
            PromiseState.KEPT: self.tr("kept"),
            PromiseState.PART_KEPT: self.tr("part-kept"),
            PromiseState.BROKEN: self.tr("broken"),
            PromiseState.PENDING: self.tr("pending"),
        }[state]

    def _show_plan(self, facts: CallFacts, plan: PlanFact) -> None:
        """A plan as one fact (kind, total, day agreed, state), then its instalments on one wrapped line."""
        kind = self.tr("Settlement") if plan.kind == "settlement" else self.tr("Plan")
        title = (
            self.tr("%1 %2 of %3, agreed %4 (%5)")
            .replace("%1", PLAN_MARKS[plan.state])
            .replace("%2", kind)
            .replace("%3", self._money(facts, plan.total_minor))
            .replace("%4", self._day(plan.agreed_on))
            .replace("%5", self._plan_word(plan.state))
        )
        parts = [
            f"{INSTALMENT_MARKS[i.state]} {self._formats.short_day(i.due_on)} "
            f"{self._money(facts, i.amount_minor)} {self._instalment_word(i.state)}"
            for i in plan.instalments
        ]
        sentence = self.tr("Plan: %1: %2").replace("%1", title).replace("%2", "; ".join(parts))
        self._fact(Fact(title, sentence))
        self._line(" · ".join(parts), "detail")

    def _plan_word(self, state: PlanState) -> str:
        return {
            PlanState.ON_TRACK: self.tr("on track"),
            PlanState.BEHIND: self.tr("behind"),
            PlanState.COMPLETED: self.tr("completed"),
            PlanState.BROKEN: self.tr("broken"),
        }[state]

    def _instalment_word(self, state: InstalmentState) -> str:
        return {
            InstalmentState.PAID: self.tr("paid"),
            InstalmentState.PART_PAID: self.tr("part-paid"),
            InstalmentState.MISSED: self.tr("missed"),
            InstalmentState.DUE_TODAY: self.tr("due today"),
            InstalmentState.UPCOMING: self.tr("upcoming"),
        }[state]
