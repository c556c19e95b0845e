"""The facts panel: the amount first and big, then invoices, terms, promises and last contacts.

Every fact that can go into the notes is numbered (Alt+1…9) and clickable.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

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


class AgeingBar(QWidget):
    """Open amounts by age as one proportional bar; the words are in the label below (not colour alone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parts: list[tuple[AgeBucket, int]] = []
        self.setMinimumHeight(12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_parts(self, parts: list[tuple[AgeBucket, int]]) -> None:
        self._parts = [(b, v) for b, v in parts if v > 0]
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(200, 12)

    def paintEvent(self, event: QPaintEvent) -> None:
        total = sum(v for _, v in self._parts)
        if not total:
            return
        painter = QPainter(self)
        x = 0.0
        for bucket, value in self._parts:
            width = self.width() * value / total
            painter.fillRect(int(x), 0, max(1, round(width)), self.height(), QColor(BUCKET_COLOURS[bucket]))
            x += width
        painter.end()


class FactLink(QLabel):
    """A wrapped line of facts that puts its sentence into the notes when clicked (or Enter/Space)."""

    chosen = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # user text is data, never markup
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setObjectName("factLink")  # styled by the panel's one style sheet

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.chosen.emit()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.chosen.emit()
            return
        super().keyPressEvent(event)


def _heading(text: str, parent: QWidget) -> QLabel:
    heading = QLabel(text, parent)
    heading.setObjectName("factHeading")
    return heading


def _plain(text: str, parent: QWidget, *, wrap: bool = True) -> QLabel:
    widget = QLabel(text, parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # user text is data, never markup
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


class FactsPanel(QScrollArea):
    """Shows CallFacts; emits the sentence of a fact when it is clicked or chosen with Alt+N."""

    factChosen = Signal(str)

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._formats = formats
        self.facts: list[Fact] = []
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(320)
        self.body = QWidget(self)
        # One style sheet for the whole panel: a sheet set on each of a hundred labels is parsed a
        # hundred times, every time the facts are shown.
        self.body.setStyleSheet(
            "#owedAmount { font-size: 20pt; font-weight: bold; }"
            "#factHeading { font-weight: bold; margin-top: 6px; }"
            "#factDetail { color: palette(mid); }"
            "#factLink:hover, #factLink:focus { background: palette(highlight); color: palette(highlighted-text); }"
        )
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setContentsMargins(8, 4, 8, 4)
        self.layout_.setSpacing(2)
        self.setWidget(self.body)
        self.amount = QLabel(self.body)
        self.amount.setObjectName("owedAmount")

    def _money(self, facts: CallFacts, minor: int) -> str:
        return self._formats.money(minor, facts.currency)

    def _day(self, day: date) -> str:
        return self._formats.day(day)

    def _fact_button(self, fact: Fact) -> FactLink:
        self.facts.append(fact)
        number = len(self.facts)
        caption = f"{number}  {fact.title}" if number <= 9 else fact.title
        button = FactLink(caption, self.body)
        shortcut = self.tr("Alt+%1").replace("%1", str(number)) if number <= 9 else ""
        button.setToolTip(
            plain_tooltip(
                self.tr("Put into the notes: %1").replace("%1", fact.sentence)
                + (f" ({shortcut})" if shortcut else "")
            )
        )
        button.chosen.connect(lambda: self.factChosen.emit(fact.sentence))
        return button

    def choose(self, number: int) -> None:
        """Put fact `number` (1-based) into the notes."""
        if 1 <= number <= len(self.facts):
            self.factChosen.emit(self.facts[number - 1].sentence)

    def show_facts(self, facts: CallFacts) -> None:
        """Rebuild the panel for these facts."""
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.amount:
                widget.deleteLater()
        self.facts = []
        s = facts.statement
        owed = self._money(facts, s.balance_minor)
        self.amount.setText(self.tr("OWED %1").replace("%1", owed))

        self.layout_.addWidget(self.amount)
        self.layout_.addWidget(_plain(escalation_text(facts.escalation, self._formats), self.body))
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
        self.layout_.addWidget(_plain(f"{as_of}\n{parts}", self.body))
        total_sentence = (
            self.tr("Total owed %1 as of %2 (%3)")
            .replace("%1", owed)
            .replace("%2", self._day(s.as_of))
            .replace("%3", parts)
        )
        self.layout_.addWidget(self._fact_button(Fact(self.tr("Total owed"), total_sentence)))

        bar = AgeingBar(self.body)
        buckets = [(b, s.ageing.get(b, 0)) for b in AgeBucket]
        bar.set_parts(buckets)
        self.layout_.addWidget(bar)
        self.layout_.addWidget(
            _plain(
                " · ".join(f"{label(b.value)} {self._money(facts, v)}" for b, v in buckets if v), self.body
            )
        )

        # Open disputes come before the invoices: what the debtor contests changes the whole call.
        if facts.disputes:
            self.layout_.addWidget(_heading(self.tr("⚠ DISPUTED"), self.body))
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
                shown = _plain(line, self.body)
                shown.setObjectName("factDispute")
                shown.setStyleSheet("font-weight: bold;")  # one or two lines: a sheet of their own is cheap
                self.layout_.addWidget(shown)

        self.layout_.addWidget(_heading(self.tr("OPEN INVOICES"), self.body))
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
            self.layout_.addWidget(self._fact_button(Fact(title, sentence)))
            delivered = (
                " " + self.tr("(delivered %1)").replace("%1", self._day(inv.delivered_on))
                if inv.delivered_on
                else ""
            )
            detail = _plain("      " + inv.goods_services + delivered, self.body)
            detail.setObjectName("factDetail")
            self.layout_.addWidget(detail)
        rest = facts.open_invoices[SHOWN_INVOICES:]
        if rest:
            more = self.tr("… and %1 more open invoices, %2 in all").replace("%1", str(len(rest)))
            self.layout_.addWidget(
                _plain(more.replace("%2", self._money(facts, sum(i.open_minor for i in rest))), self.body)
            )
        if not facts.open_invoices:
            self.layout_.addWidget(_plain(self.tr("No open invoices."), self.body))

        if facts.agreement is not None:
            a = facts.agreement
            self.layout_.addWidget(_heading(self.tr("AGREEMENT"), self.body))
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
            self.layout_.addWidget(self._fact_button(Fact(terms, sentence)))
            self.layout_.addWidget(_plain(a.goods_services, self.body))

        self._show_statutory(facts)

        self.layout_.addWidget(_heading(self.tr("PROMISES"), self.body))
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
            self.layout_.addWidget(self._fact_button(Fact(text, self.tr("Promise: %1").replace("%1", text))))
        for plan in facts.plans:
            self._show_plan(facts, plan)
        if not facts.promises and not facts.plans:
            self.layout_.addWidget(_plain(self.tr("No promises yet."), self.body))

        self.layout_.addWidget(_heading(self.tr("LAST CONTACTS"), self.body))
        for c in facts.contacts:
            when = self._formats.short_day(self._formats.local(c.started_at).date())
            line = f"{when} {label(c.kind)}: {label(c.outcome)}" + (f" — {c.summary}" if c.summary else "")
            self.layout_.addWidget(_plain(line, self.body))
        if not facts.contacts:
            self.layout_.addWidget(_plain(self.tr("No contacts yet."), self.body))

        self.layout_.addWidget(_heading(self.tr("HISTORY"), self.body))
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
        self.layout_.addWidget(_plain(rating, self.body))
        self.layout_.addStretch(1)

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
        self.layout_.addWidget(_heading(self.tr("STATUTORY LATE-PAYMENT INTEREST"), self.body))
        interest = facts.interest
        if interest is None:
            problem = facts.rates_problem
            said = (
                problem_text(problem, self._formats) if problem else self.tr("The rate table cannot be read.")
            )
            self.layout_.addWidget(_plain(said, self.body))
            return
        if not interest.invoices:
            self.layout_.addWidget(_plain(self.tr("No invoice is late."), self.body))
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
        self.layout_.addWidget(self._fact_button(Fact(title, sentence)))
        if not interest.statutory_claimed and interest.statutory_minor:
            self.layout_.addWidget(
                _plain(self.tr("The agreed rate governs: the statutory interest is not claimed."), self.body)
            )
        for invoice in interest.invoices[:SHOWN_INVOICES]:
            shown = _plain(
                "      "
                + self.tr("%1: interest %2 + compensation %3")
                .replace("%1", invoice.number)
                .replace("%2", self._money(facts, invoice.statutory_minor))
                .replace("%3", self._money(facts, invoice.compensation_minor)),
                self.body,
            )
            shown.setObjectName("factDetail")
            working = [self.working_line(facts, line) for line in invoice.statutory]
            shown.setToolTip("<qt>" + "<br>".join(html.escape(line) for line in working) + "</qt>")
            self.layout_.addWidget(shown)
        if interest.missing_rates:
            missing = ", ".join(self._formats.short_day(day) for day in interest.missing_rates)
            self.layout_.addWidget(
                _plain(
                    self.tr(
                        "No reference rate for the half-year from %1: the latest earlier one is used."
                    ).replace("%1", missing),
                    self.body,
                )
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
        self.layout_.addWidget(self._fact_button(Fact(title, sentence)))
        detail = _plain("      " + " · ".join(parts), self.body)
        detail.setObjectName("factDetail")
        self.layout_.addWidget(detail)

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
