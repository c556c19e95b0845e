"""The tabs of a debtor's view: invoices, payments and details, each showing the history of what is
selected (the value as first recorded, then every correction, with who, when and why)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from callnotes.domain.account import InvoiceInfo, PaymentInfo, PersonInfo
from callnotes.domain.entries import PlanDetails, PromiseDetails, RecordItem
from callnotes.domain.ledger import InvoicePosition
from callnotes.services.validation import display_phone
from callnotes.services.views import DebtorView
from callnotes.ui.formats import Formats
from callnotes.ui.forms.problems import country_name
from callnotes.ui.i18n import LANGUAGE_NAMES
from callnotes.ui.labels import label
from callnotes.ui.table_model import ROW_ROLE, SIZED_ROWS, Column, RowsTableModel

CONTEXT = "DebtorDetail"
CREDITED = 5  # the invoices' column shown only when a credit note was issued


@dataclass(frozen=True)
class InvoiceRow:
    """An invoice with where it stands today."""

    position: InvoicePosition
    invoice: InvoiceInfo

    @property
    def id(self) -> int:
        return self.invoice.id


def table_view(model: RowsTableModel, parent: QWidget) -> QTableView:
    """A read-only table of whole rows, sized to its contents, whose actions are its context menu."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)  # one line a row; the whole text is in the tooltip
    return view


class ActionBar(QToolBar):
    """A row of buttons, each showing one action (its text, its state, its shortcut in the tooltip).
    A toolbar: what does not fit a narrow pane (Greek and Spanish words are long) goes behind its »
    button instead of widening the whole detail panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setMovable(False)
        self.setFloatable(False)

    def add(self, actions: Sequence[QAction], table: QTableView | None = None) -> None:
        for action in actions:
            self.addAction(action)
            button = self.widgetForAction(action)
            if button is not None:
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable with Tab, as a button is
            if table is not None:
                table.addAction(action)


class HistoryBox(QPlainTextEdit):
    """The history of one thing of the account: first recorded, then each change, oldest first."""

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._formats = formats
        self.setReadOnly(True)
        self.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.setPlaceholderText(
            self.tr("Select a line to see its history: what was recorded, and every change.")
        )

    def show_item(self, item: RecordItem | None) -> None:
        if item is None:
            self.clear()
            return
        lines = []
        for entry in (item.entry, *item.amendments):
            when = self._formats.moment(entry.recorded_at, seconds=False)
            who = f" · {entry.author}" if entry.author else ""
            lines.append(f"{when}{who} — {self._formats.entry(entry)}")
        self.setPlainText("\n".join(lines))


class _Tab(QWidget):
    """A table with its action bar above and the history of its selected row below."""

    selectionChanged = Signal()

    def __init__(self, formats: Formats, model: RowsTableModel, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._formats = formats
        self.model = model
        self.view: DebtorView | None = None
        self.actions_bar = ActionBar(self)
        self.table = table_view(model, self)
        self.history = HistoryBox(formats, self)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.actions_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.history)

    def selected_row(self) -> object | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _selected(self) -> None:
        self.history.show_item(self._history(self.selected_row()))
        self.selectionChanged.emit()

    def _history(self, row: object | None) -> RecordItem | None:
        raise NotImplementedError

    def set_rows(self, view: DebtorView | None, rows: Sequence[object], keep: object | None = None) -> None:
        """Show the rows, keeping the selection on the row with the same id (`keep`)."""
        self.view = view
        self.model.set_rows(rows)
        position = self.model.position_of(lambda r: r.id == keep) if keep is not None else None
        if position is not None:
            self.table.selectRow(position)
        self._selected()


class InvoicesTab(_Tab):
    """Every invoice with what is paid, credited and open today."""

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        money = formats.money
        columns = [
            Column(QT_TRANSLATE_NOOP("DebtorDetail", "Number"), lambda r: r.invoice.number),
            Column(
                QT_TRANSLATE_NOOP("DebtorDetail", "Issued"),
                lambda r: formats.day(r.invoice.issued_on),
                lambda r: r.invoice.issued_on,
            ),
            Column(
                QT_TRANSLATE_NOOP("DebtorDetail", "Due"),
                lambda r: formats.day(r.invoice.due_on),
                lambda r: r.invoice.due_on,
            ),
            Column(
                QT_TRANSLATE_NOOP("DebtorDetail", "Days overdue"),
                lambda r: (
                    str(r.position.days_overdue)
                    if r.position.open_minor and r.position.days_overdue > 0
                    else ""
                ),
                lambda r: r.position.days_overdue,
                True,
            ),
            Column(
                QT_TRANSLATE_NOOP("DebtorDetail", "Amount"),
                lambda r: money(r.invoice.amount_minor, r.invoice.currency),
                lambda r: r.invoice.amount_minor,
                True,
            ),
            Column(
                QT_TRANSLATE_NOOP("DebtorDetail", "Credited"),
                lambda r: (
                    money(r.position.credited_minor, r.invoice.currency) if r.position.credited_minor else ""
                ),
                lambda r: r.position.credited_minor,
                True,
            ),
            Column(
                QT_TRANSLATE_NOOP("DebtorDetail", "Paid"),
                lambda r: money(r.position.paid_minor, r.invoice.currency),
                lambda r: r.position.paid_minor,
                True,
            ),
            Column(
                QT_TRANSLATE_NOOP("DebtorDetail", "Open"),
                lambda r: money(r.position.open_minor, r.invoice.currency),
                lambda r: r.position.open_minor,
                True,
            ),
            Column(QT_TRANSLATE_NOOP("DebtorDetail", "Status"), lambda r: label(r.position.state)),
            Column(
                QT_TRANSLATE_NOOP("DebtorDetail", "Goods or services"),
                lambda r: r.invoice.goods_services,
                tooltip=lambda r: r.invoice.goods_services,
            ),
        ]
        super().__init__(formats, RowsTableModel(CONTEXT, columns, None), parent)
        self.model.setParent(self)

    def show_view(self, view: DebtorView) -> None:
        selected = self.selected()
        rows = [InvoiceRow(p, view.invoices[p.invoice.key]) for p in view.statement.positions]
        self.table.setColumnHidden(CREDITED, not any(r.position.credited_minor for r in rows))
        self.set_rows(view, rows, selected.id if selected else None)

    def selected(self) -> InvoiceRow | None:
        row = self.selected_row()
        return row if isinstance(row, InvoiceRow) else None

    def _history(self, row: object | None) -> RecordItem | None:
        if self.view is None or not isinstance(row, InvoiceRow):
            return None
        return self.view.history("invoice", row.invoice.id)


class PaymentsTab(_Tab):
    """Every payment, with the invoices it paid; a reversed one is marked and counts nowhere."""

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        self._numbers: dict[int, str] = {}
        money = formats.money

        def applied(p: PaymentInfo) -> str:
            return ", ".join(f"{self._numbers.get(i, '?')} {money(a, p.currency)}" for i, a in p.allocations)

        columns = [
            Column(
                QT_TRANSLATE_NOOP("DebtorDetail", "Date"),
                lambda p: formats.day(p.paid_on),
                lambda p: p.paid_on,
            ),
            Column(
                QT_TRANSLATE_NOOP("DebtorDetail", "Amount"),
                lambda p: money(p.amount_minor, p.currency),
                None,
                True,
            ),
            Column(QT_TRANSLATE_NOOP("DebtorDetail", "Method"), lambda p: p.method),
            Column(QT_TRANSLATE_NOOP("DebtorDetail", "Reference"), lambda p: p.reference),
            Column(QT_TRANSLATE_NOOP("DebtorDetail", "Applied to"), applied, tooltip=applied),
            Column(
                QT_TRANSLATE_NOOP("DebtorDetail", "Counts"),
                lambda p: self.tr("yes") if p.counts else self.tr("no: reversed"),
                tooltip=lambda p: p.reversal.reason if p.reversal else "",
            ),
        ]
        super().__init__(formats, RowsTableModel(CONTEXT, columns, None), parent)
        self.model.setParent(self)

    def show_view(self, view: DebtorView) -> None:
        self._numbers = {i.id: i.number for i in view.invoices.values()}
        selected = self.selected()
        self.set_rows(view, view.payments, selected.id if selected else None)

    def selected(self) -> PaymentInfo | None:
        row = self.selected_row()
        return row if isinstance(row, PaymentInfo) else None

    def _history(self, row: object | None) -> RecordItem | None:
        if self.view is None or not isinstance(row, PaymentInfo):
            return None
        return self.view.history("payment", row.id)


class PeopleBox(_Tab):
    """The people to speak to at the debtor."""

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        def numbers(p: PersonInfo) -> str:
            return " · ".join(display_phone(n) for n in p.numbers)

        columns = [
            Column(QT_TRANSLATE_NOOP("DebtorDetail", "Name"), lambda p: p.name, tooltip=lambda p: p.name),
            Column(QT_TRANSLATE_NOOP("DebtorDetail", "Role"), lambda p: p.role, tooltip=lambda p: p.role),
            Column(QT_TRANSLATE_NOOP("DebtorDetail", "Phones"), numbers),
            Column(QT_TRANSLATE_NOOP("DebtorDetail", "E-mail"), lambda p: p.email or ""),
        ]
        super().__init__(formats, RowsTableModel(CONTEXT, columns, None), parent)
        self.model.setParent(self)

    def show_view(self, view: DebtorView) -> None:
        selected = self.selected()
        self.set_rows(view, view.people, selected.id if selected else None)

    def selected(self) -> PersonInfo | None:
        row = self.selected_row()
        return row if isinstance(row, PersonInfo) else None

    def _history(self, row: object | None) -> RecordItem | None:
        if self.view is None or not isinstance(row, PersonInfo):
            return None
        return self.view.history("person", row.id)


@dataclass(frozen=True)
class PromiseRow:
    """A line of the Promises tab: a promise, a plan, or one of a plan's instalments."""

    id: str  # what keeps the selection across reloads
    kind: str  # promise | plan | instalment
    made_on: date | None  # made or agreed (instalments: none)
    due_on: date | None  # plans: none
    amount_minor: int
    paid_minor: int
    state: str  # a PromiseState, PlanState or InstalmentState code
    number: int = 0  # instalments: which one
    of: int = 0  # instalments: of how many
    settlement: bool = False  # plans: a settlement for less


def promise_rows(view: DebtorView) -> list[PromiseRow]:
    """The promises, most recent first, then each plan followed by its instalments."""
    rows = [
        PromiseRow(
            f"promise:{p.made_on}:{p.due_on}:{p.amount_minor}",
            "promise",
            p.made_on,
            p.due_on,
            p.amount_minor,
            p.paid_minor,
            p.state.value,
        )
        for p in view.promises
    ]
    for plan in view.plans:
        paid = sum(i.paid_minor for i in plan.instalments)
        rows.append(
            PromiseRow(
                f"plan:{plan.id}",
                "plan",
                plan.agreed_on,
                None,
                plan.total_minor,
                paid,
                plan.state.value,
                settlement=plan.kind == "settlement",
            )
        )
        rows += [
            PromiseRow(
                f"plan:{plan.id}:{i.number}",
                "instalment",
                None,
                i.due_on,
                i.amount_minor,
                i.paid_minor,
                i.state.value,
                i.number,
                len(plan.instalments),
            )
            for i in plan.instalments
        ]
    return rows


class PromisesTab(_Tab):
    """Every promise to pay and plan, each with its state today (kept, part-kept, broken, pending; a
    plan on track, behind, completed or broken, with each instalment paid, part-paid, missed, due
    today or upcoming); the record entry of what is selected below."""

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        self._currency = "EUR"

        def what(r: PromiseRow) -> str:
            if r.kind == "promise":
                return self.tr("Promise to pay")
            if r.kind == "plan":
                return self.tr("Settlement for less") if r.settlement else self.tr("Payment plan")
            return "    " + self.tr("Instalment %1 of %2").replace("%1", str(r.number)).replace(
                "%2", str(r.of)
            )

        def day(d: date | None) -> str:
            return formats.day(d) if d else ""

        columns = [
            Column(QT_TRANSLATE_NOOP("DebtorDetail", "What"), what),
            Column(QT_TRANSLATE_NOOP("DebtorDetail", "Made"), lambda r: day(r.made_on)),
            Column(QT_TRANSLATE_NOOP("DebtorDetail", "Due"), lambda r: day(r.due_on)),
            Column(
                QT_TRANSLATE_NOOP("DebtorDetail", "Amount"),
                lambda r: formats.money(r.amount_minor, self._currency),
                None,
                True,
            ),
            Column(
                QT_TRANSLATE_NOOP("DebtorDetail", "Paid"),
                lambda r: formats.money(r.paid_minor, self._currency),
                None,
                True,
            ),
            Column(QT_TRANSLATE_NOOP("DebtorDetail", "Status"), lambda r: label(r.state)),
        ]
        super().__init__(formats, RowsTableModel(CONTEXT, columns, None), parent)
        self.model.setParent(self)

    def show_view(self, view: DebtorView) -> None:
        self._currency = view.debtor.currency
        row = self.selected_row()
        self.set_rows(view, promise_rows(view), row.id if isinstance(row, PromiseRow) else None)

    def _history(self, row: object | None) -> RecordItem | None:
        """The record entry that captured the promise or plan (an instalment shows its plan's)."""
        if self.view is None or not isinstance(row, PromiseRow):
            return None
        if row.kind == "promise":
            return next(
                (
                    item
                    for item in self.view.record
                    if isinstance(item.entry.details, PromiseDetails)
                    and (
                        item.entry.details.made_on,
                        item.entry.details.due_on,
                        item.entry.details.amount_minor,
                    )
                    == (row.made_on, row.due_on, row.amount_minor)
                ),
                None,
            )
        plan_id = int(row.id.split(":")[1])
        plan = next((p for p in self.view.plans if p.id == plan_id), None)
        return next(
            (
                item
                for item in self.view.record
                if plan is not None
                and isinstance(item.entry.details, PlanDetails)
                and (item.entry.details.agreed_on, item.entry.details.total_minor)
                == (plan.agreed_on, plan.total_minor)
            ),
            None,
        )


class DetailsTab(QWidget):
    """Who the debtor is, the agreement, and the people to speak to; each with its history."""

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._formats = formats
        self.details_bar = ActionBar(self)
        self.details = QLabel(self)
        self.agreement_bar = ActionBar(self)
        self.agreement = QLabel(self)
        for text in (self.details, self.agreement):
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes = HistoryBox(formats, self)
        self.agreement_changes = HistoryBox(formats, self)
        self.people = PeopleBox(formats, self)
        who = QGroupBox(self.tr("Debtor"), self)
        who_layout = QVBoxLayout(who)
        who_layout.addWidget(self.details_bar)
        who_layout.addWidget(self.details)
        who_layout.addWidget(self.changes)
        terms = QGroupBox(self.tr("Agreement"), self)
        terms_layout = QVBoxLayout(terms)
        terms_layout.addWidget(self.agreement_bar)
        terms_layout.addWidget(self.agreement)
        terms_layout.addWidget(self.agreement_changes)
        people = QGroupBox(self.tr("People to speak to"), self)
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.people)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(who)
        layout.addWidget(terms)
        layout.addWidget(people, 1)

    def show_view(self, view: DebtorView) -> None:
        d, f = view.debtor, self._formats
        lines = [
            self.tr("Tax ID: %1").replace("%1", d.tax_id or "—"),
            self.tr("Country: %1 · language of letters: %2 · currency: %3 · time zone: %4")
            .replace("%1", country_name(d.country, f) if d.country else "—")
            .replace("%2", LANGUAGE_NAMES.get(d.language, d.language))
            .replace("%3", d.currency)
            .replace("%4", d.time_zone),
            self.tr("Address: %1").replace("%1", d.address.replace("\n", ", ") or "—"),
            self.tr("Phone: %1 · e-mail: %2")
            .replace("%1", display_phone(d.phone) if d.phone else "—")
            .replace("%2", d.email or "—"),
        ]
        if d.notes:
            lines.append(self.tr("Notes: %1").replace("%1", d.notes))
        if d.archived_on:
            lines.append(
                self.tr("Archived on %1: %2")
                .replace("%1", f.day(d.archived_on))
                .replace("%2", f.wording.label("archive", d.archive_reason))
            )
        self.details.setText("\n".join(lines))
        history = view.history("debtor", d.id)
        self.changes.show_item(history)
        self.changes.setVisible(history is not None and bool(history.amendments))
        a = view.agreement
        corrected = view.history("agreement", a.id) if a is not None else None
        self.agreement_changes.show_item(corrected)
        self.agreement_changes.setVisible(corrected is not None and bool(corrected.amendments))
        if a is None:
            self.agreement.setText(self.tr("No agreement recorded yet."))
        else:
            text = (
                self.tr("Signed on %1: %2. Pay within %3 days; late interest %4 a year; %5 per late invoice.")
                .replace("%1", f.day(a.signed_on))
                .replace("%2", a.goods_services or "—")
                .replace("%3", str(a.payment_terms_days))
                .replace("%4", f.wording.percent(a.annual_interest_bp))
                .replace("%5", f.money(a.late_fee_minor, a.currency))
            )
            self.agreement.setText(text + (f"\n{a.terms}" if a.terms else ""))
        self.people.show_view(view)

    def clear(self) -> None:
        self.details.clear()
        self.agreement.clear()
        for history in (self.changes, self.agreement_changes):
            history.show_item(None)
            history.hide()
        self.people.set_rows(None, [])
