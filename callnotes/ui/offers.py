"""The offers calculator: instalments, a discount for prompt payment or a settlement for less, with a
live preview of the dated amounts and the agreement's wording in the debtor's language.

`OfferCalculator` is the panel (also inside the end-call dialog); `OfferDialog` shows it on its own:
during a call each offer or counter-offer is noted in the call (the negotiation ledger), outside a
call the offer is saved as the debtor's plan.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callnotes.domain.dates import FIRST_DAY, LAST_DAY, example_day_ahead
from callnotes.domain.offers import (
    FREQUENCIES,
    IF_MISSED,
    MAX_INSTALMENTS,
    DiscountOffer,
    InstalmentOffer,
    NegotiationStep,
    Offer,
    OfferError,
    OfferTerms,
    SettlementOffer,
)
from callnotes.export.offer_text import agreement_text, for_debtor
from callnotes.services.backend import call
from callnotes.services.desk import Desk
from callnotes.services.plain import PlanInput
from callnotes.ui.formats import Formats
from callnotes.ui.forms.fields import AmountField, DateField, FieldError, PercentField
from callnotes.ui.forms.problems import error_text, said
from callnotes.ui.forms.sizing import grow_to_fit
from callnotes.ui.i18n import LANGUAGE_NAMES
from callnotes.ui.worker import Worker

ERROR_STYLE = "color: #b00020;"
DEADLINE_DAYS = 14  # a discount or a settlement is paid within two weeks unless agreed otherwise


def field_width(widget: QWidget, characters: int) -> None:
    """A field never narrower than `characters` average characters (Greek and Spanish words run long)."""
    widget.setMinimumWidth(widget.fontMetrics().averageCharWidth() * characters + 16)


class OfferCalculator(QWidget):
    """The figures of an offer and what they make: the schedule table and the agreement's wording.

    `terms()` reads the fields and says what is wrong beside them (in the interface's language);
    the preview follows every edit, and says nothing about a field left empty that was never typed in.
    The balance it starts from leaves out what open disputes cover (`disputed_minor`), and says so.
    """

    changed = Signal()

    def __init__(
        self,
        formats: Formats,
        currency: str,
        balance_minor: int,
        today: date,
        debtor_language: str,
        debtor_country: str | None,
        parent: QWidget | None = None,
        *,
        disputed_minor: int = 0,
    ) -> None:
        super().__init__(parent)
        balance_minor -= disputed_minor  # nothing disputed is offered on until the dispute is resolved
        self._formats, self._currency, self._balance, self._today = formats, currency, balance_minor, today
        self._words = for_debtor(debtor_language, debtor_country)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Instalments"), "instalments")
        self.kind.addItem(self.tr("Discount for prompt payment"), "discount")
        self.kind.addItem(self.tr("Settlement for less"), "settlement")
        self.balance = QLabel(formats.money(max(balance_minor, 0), currency), self)
        self.balance.setWordWrap(True)
        if disputed_minor > 0:
            self.balance.setText(
                self.tr("%1 (%2 disputed, left out)")
                .replace("%1", self.balance.text())
                .replace("%2", formats.money(disputed_minor, currency))
            )
        self.total = AmountField(formats, currency, self)
        self.total.set_minor(balance_minor if balance_minor > 0 else None)
        self.count = QSpinBox(self)
        self.count.setRange(1, MAX_INSTALMENTS)
        self.count.setValue(3)
        self.frequency = QComboBox(self)
        names = {
            "monthly": self.tr("monthly, on the same day"),
            "fortnightly": self.tr("every two weeks"),
            "weekly": self.tr("weekly"),
        }
        for code in FREQUENCIES:
            self.frequency.addItem(names[code], code)
        ahead = example_day_ahead(today)  # the days asked for here are to come
        self.first_on = DateField(formats, self, example=ahead)
        self.first_on.set_date(today)
        self.percent = PercentField(formats, self)
        self.percent.set_basis_points(500)
        self.settle_by = QComboBox(self)
        self.settle_by.addItem(self.tr("an amount"), "amount")
        self.settle_by.addItem(self.tr("a percentage of the balance"), "percent")
        self.settle_amount = AmountField(formats, currency, self)
        self.settle_percent = PercentField(formats, self)
        self.settle_percent.set_basis_points(7000)
        self.deadline = DateField(formats, self, example=ahead)
        self.deadline.set_date(today + timedelta(days=DEADLINE_DAYS))
        self.if_missed = QComboBox(self)
        self.if_missed.addItem(self.tr("the whole balance falls due again"), "balance_due")
        self.if_missed.addItem(
            self.tr("the whole balance falls due, and the claim may go to a lawyer or agency"), "legal_action"
        )
        assert tuple(self.if_missed.itemData(i) for i in range(self.if_missed.count())) == IF_MISSED
        for widget, characters in (
            (self.total, 16),
            (self.settle_amount, 16),
            (self.percent, 8),
            (self.settle_percent, 8),
            (self.first_on, 14),
            (self.deadline, 14),
        ):
            field_width(widget, characters)
        for box in (self.kind, self.frequency, self.settle_by, self.if_missed):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(18)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("Offer:"), self.kind)
        self.form.addRow(self.tr("Balance owed:"), self.balance)
        self.form.addRow(self.tr("Total:"), self.total)
        self.form.addRow(self.tr("Instalments:"), self.count)
        self.form.addRow(self.tr("How often:"), self.frequency)
        self.form.addRow(self.tr("First on:"), self.first_on)
        self.form.addRow(self.tr("Discount (%):"), self.percent)
        self.form.addRow(self.tr("Settle for:"), self.settle_by)
        self.form.addRow(self.tr("Amount:"), self.settle_amount)
        self.form.addRow(self.tr("Share of the balance (%):"), self.settle_percent)
        self.form.addRow(self.tr("Paid by:"), self.deadline)
        self.form.addRow(self.tr("If a payment is missed:"), self.if_missed)
        self.error = QLabel(self)
        self.error.setObjectName("offerError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()

        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Due on"), self.tr("Amount")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        metrics = self.fontMetrics()
        widest = formats.day(date(2026, 12, 28)) + formats.money(9_999_999, currency)  # a long row
        self.table.setMinimumWidth(metrics.horizontalAdvance(widest) + 8 * metrics.averageCharWidth())
        self.table.setMinimumHeight(metrics.lineSpacing() * 6)
        self.sum = QLabel(self)
        language = LANGUAGE_NAMES.get(self._words.language, self._words.language)
        caption = QLabel(
            self.tr("The agreement, in the debtor's language (%1):").replace("%1", language), self
        )
        caption.setWordWrap(True)
        self.wording = QLabel(self)
        self.wording.setObjectName("offerWording")
        self.wording.setWordWrap(True)
        self.wording.setTextFormat(Qt.TextFormat.PlainText)  # amounts and dates only, but never markup
        self.wording.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.wording.setStyleSheet("background: palette(alternate-base); padding: 6px; border-radius: 4px;")

        preview = QVBoxLayout()
        preview.addWidget(self.table, 1)
        preview.addWidget(self.sum)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addWidget(self.error)
        left.addStretch(1)
        top.addLayout(left, 3)
        top.addLayout(preview, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top, 1)
        layout.addWidget(caption)
        layout.addWidget(self.wording)

        self._typed_in: set[QWidget] = set()  # fields the user typed in: their refusals are said at once
        for line in (self.total, self.percent, self.settle_amount, self.settle_percent):
            line.textEdited.connect(lambda _text, field=line: self._typed(field))
        for date_field in (self.first_on, self.deadline):
            date_field.edited.connect(lambda field=date_field: self._typed(field))
        for box in (self.kind, self.frequency, self.settle_by, self.if_missed):
            box.currentIndexChanged.connect(self.refresh)
        self.count.valueChanged.connect(self.refresh)
        self.refresh()

    # --- reading ----------------------------------------------------------------------------------
    def _offer(self) -> Offer:
        """The offer the fields describe; FieldError or OfferError when they make none."""
        kind, if_missed = str(self.kind.currentData()), str(self.if_missed.currentData())
        if kind == "instalments":
            first = self._future_day(self.first_on)
            return InstalmentOffer(
                self._currency,
                self.total.minor(),
                self.count.value(),
                str(self.frequency.currentData()),
                first,
                if_missed,
                max(self._balance, 0) or None,
            )
        deadline = self._future_day(self.deadline)
        if kind == "discount":
            return DiscountOffer(
                self._currency, self._balance, self.percent.basis_points(), deadline, if_missed
            )
        if self.settle_by.currentData() == "amount":
            return SettlementOffer(
                self._currency,
                self._balance,
                deadline,
                amount_minor=self.settle_amount.minor(),
                if_missed=if_missed,
            )
        return SettlementOffer(
            self._currency,
            self._balance,
            deadline,
            percent_bp=self.settle_percent.basis_points(),
            if_missed=if_missed,
        )

    def _future_day(self, field: DateField) -> date:
        day = field.date()
        assert day is not None  # the field is not optional
        if day < self._today:
            raise FieldError(self.tr("A payment cannot fall due before today."))
        return day

    def _problem(self, error: OfferError) -> str:
        if error.problem == "count":
            return self.tr(
                "Too many instalments: at most %1, and each of at least the smallest coin."
            ).replace("%1", str(MAX_INSTALMENTS))
        if error.problem == "percent":
            return self.tr("Type a percentage above 0 and below 100.")
        if error.problem == "not_less":
            return self.tr("A discount or a settlement is for less than the balance owed.")
        if error.problem == "date_range":
            return (
                self.tr("Type a day in the years %1 to %2.")
                .replace("%1", str(FIRST_DAY.year))
                .replace("%2", str(LAST_DAY.year))
            )
        if error.problem == "not_positive":
            return said("not_positive")
        return said("choice")

    def _typed(self, field: QWidget) -> None:
        self._typed_in.add(field)
        self.refresh()

    def _untouched_empty(self) -> bool:
        """Whether a field the chosen offer needs is empty and was never typed in: nothing to refuse yet."""
        needed: dict[str, tuple[QLineEdit | DateField, ...]] = {
            "instalments": (self.total, self.first_on),
            "discount": (self.percent, self.deadline),
            "settlement": (self.settle_amount, self.settle_percent, self.deadline),
        }
        for field in needed[str(self.kind.currentData())]:
            line = field.line if isinstance(field, DateField) else field
            if self.form.isRowVisible(field) and not line.text().strip() and field not in self._typed_in:
                return True
        return False

    def terms(self, *, quiet_until_typed: bool = False) -> OfferTerms | None:
        """The offer's terms, or None after saying (beside the figures) why the fields make none.

        `quiet_until_typed` (the live preview) says nothing while a needed field is empty and untouched.
        """
        if quiet_until_typed and self._untouched_empty():
            self.error.clear()
            self.error.hide()
            return None
        try:
            terms = self._offer().terms()
        except FieldError as exc:
            self._show_error(str(exc))
            return None
        except OfferError as exc:
            self._show_error(self._problem(exc))
            return None
        self.error.clear()
        self.error.hide()
        return terms

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        grow_to_fit(self.window())  # a wrapped message takes new room, never the fields'

    # --- showing ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show only the fields of the chosen kind, and the schedule and wording they make (or why not)."""
        kind = self.kind.currentData()
        shown = {
            self.total: kind == "instalments",
            self.count: kind == "instalments",
            self.frequency: kind == "instalments",
            self.first_on: kind == "instalments",
            self.percent: kind == "discount",
            self.settle_by: kind == "settlement",
            self.settle_amount: kind == "settlement" and self.settle_by.currentData() == "amount",
            self.settle_percent: kind == "settlement" and self.settle_by.currentData() == "percent",
            self.deadline: kind != "instalments",
        }
        for widget, visible in shown.items():
            self.form.setRowVisible(widget, visible)
        terms = self.terms(quiet_until_typed=True)
        schedule = terms.schedule if terms else ()
        self.table.setRowCount(len(schedule))
        for row, (due_on, minor) in enumerate(schedule):
            for column, text in enumerate(
                (self._formats.day(due_on), self._formats.money(minor, self._currency))
            ):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if terms is None:
            self.sum.clear()
            self.wording.clear()
        else:
            total = self._formats.money(terms.total_minor, self._currency)
            self.sum.setText(self.tr("Total to be paid: %1").replace("%1", total))
            self.wording.setText(agreement_text(self._words, terms))
        self.changed.emit()

    def set_terms(self, terms: OfferTerms) -> None:
        """Show an offer's figures (one accepted in the call, to be made the plan)."""
        self.kind.setCurrentIndex(max(self.kind.findData(terms.kind), 0))
        self.if_missed.setCurrentIndex(max(self.if_missed.findData(terms.if_missed), 0))
        if terms.kind == "instalments":
            self.total.set_minor(terms.total_minor)
            self.count.setValue(len(terms.schedule))
            self.frequency.setCurrentIndex(max(self.frequency.findData(terms.frequency), 0))
            self.first_on.set_date(terms.schedule[0][0])
        else:
            self.deadline.set_date(terms.deadline)
            self.percent.set_basis_points(terms.percent_bp or 0)
            by_percent = terms.kind == "settlement" and terms.percent_bp is not None
            self.settle_by.setCurrentIndex(1 if by_percent else 0)
            self.settle_percent.set_basis_points(terms.percent_bp or 0)
            self.settle_amount.set_minor(terms.total_minor)
        self.refresh()


class OfferDialog(QDialog):
    """The calculator on its own. In a call (`in_call`), each offer is noted in the call with who made it
    and the answer (`offerNoted`); outside one, the offer is saved as the debtor's plan."""

    offerNoted = Signal(object)  # a NegotiationStep
    planSaved = Signal(int)  # the debtor whose plan was saved

    def __init__(
        self,
        worker: Worker,
        formats: Formats,
        debtor_id: int,
        debtor_name: str,
        currency: str,
        balance_minor: int,
        today: date,
        debtor_language: str,
        debtor_country: str | None,
        *,
        in_call: bool,
        parent: QWidget | None = None,
        disputed_minor: int = 0,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Offers: %1").replace("%1", debtor_name))
        self._worker, self._formats, self._debtor_id = worker, formats, debtor_id
        self.calculator = OfferCalculator(
            formats,
            currency,
            balance_minor,
            today,
            debtor_language,
            debtor_country,
            self,
            disputed_minor=disputed_minor,
        )
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calculator, 1)
        self.offered_by = QComboBox(self)
        self.answer = QComboBox(self)
        self.note_button = QPushButton(self.tr("&Note it in the call"), self)
        self.save_button = QPushButton(self.tr("&Save as the debtor's plan"), self)
        if in_call:
            self.offered_by.addItem(self.tr("we offer"), "we")
            self.offered_by.addItem(self.tr("the debtor offers (counter-offer)"), "debtor")
            self.answer.addItem(self.tr("no answer yet"), "open")
            self.answer.addItem(self.tr("accepted"), "accepted")
            self.answer.addItem(self.tr("declined"), "declined")
            row = QHBoxLayout()
            row.addWidget(QLabel(self.tr("Who:"), self))
            row.addWidget(self.offered_by)
            row.addWidget(QLabel(self.tr("Answer:"), self))
            row.addWidget(self.answer)
            row.addStretch(1)
            layout.addLayout(row)
            self.note_button.setToolTip(
                self.tr("Add the offer to the call's notes; an accepted offer becomes the call's plan")
            )
            self.note_button.clicked.connect(self.note)
            self.buttons.addButton(self.note_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.save_button.hide()
        else:  # outside a call nobody offers or answers: the choices are not laid out, so not shown
            self.offered_by.hide()
            self.answer.hide()
            self.save_button.clicked.connect(self.save)
            self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.note_button.hide()
        self.note_button.setDefault(in_call)
        self.save_button.setDefault(not in_call)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.calculator.changed.connect(self.status.clear)
        self.resize(max(self.sizeHint().width(), 760), self.sizeHint().height())

    def note(self) -> None:
        """Note the offer in the call, with who made it and the answer; the dialog stays for the next."""
        terms = self.calculator.terms()
        if terms is None:
            return
        step = NegotiationStep(str(self.offered_by.currentData()), str(self.answer.currentData()), terms)
        self.offerNoted.emit(step)
        self.status.setText(self.tr("✓ Noted in the call."))

    def save(self) -> None:
        """Save the offer as the debtor's plan, agreed today."""
        terms = self.calculator.terms()
        if terms is None:
            return
        self.save_button.setEnabled(False)
        self._worker.start(
            call(Desk.save_plan, self._debtor_id, PlanInput.of(terms)), self._saved, self._not_saved
        )

    def _saved(self, _plan_id: int) -> None:
        self.save_button.setEnabled(True)
        self.planSaved.emit(self._debtor_id)
        self.accept()

    def _not_saved(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        self.calculator._show_error(error_text(exc, self._formats) or str(exc))
