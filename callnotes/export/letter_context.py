"""The values a letter's template sees (docs/letters.md lists them), every one already written in the
letter's language, and the tables it can place. Plain data in, plain data out: no session, no files.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from callnotes.domain.account import Account, InteractionInfo, PersonInfo, PlanInfo, PromiseInfo
from callnotes.domain.claims import claim_of, open_positions
from callnotes.domain.interest import DebtorInterest
from callnotes.domain.ledger import InvoicePosition, Statement
from callnotes.export.letter_text import LetterTable
from callnotes.export.wording import Wording
from callnotes.services.creditor import CreditorInput

DEADLINE_DAYS = {"demand": 10}  # days to pay a demand; 7 for everything else (a reminder)
DEFAULT_DEADLINE_DAYS = 7


@dataclass(frozen=True)
class SummedCall:
    """The call a summary sums up: who was spoken to, what was agreed, promised or planned on it."""

    interaction: InteractionInfo
    person: PersonInfo | None
    agreed: tuple[str, ...]
    promise: PromiseInfo | None
    plan: PlanInfo | None


@dataclass(frozen=True)
class LetterFacts:
    """Everything a letter is drafted from, read from the record beforehand."""

    kind: str
    language: str
    jurisdiction: str
    today: date
    account: Account
    statement: Statement
    creditor: CreditorInput | None
    person: PersonInfo | None  # the person written to
    reference: str
    interest: DebtorInterest  # the interest service's figures, with their working
    call: SummedCall | None = None  # summary only
    invoice: str | None = None  # overdue only: the invoice's number


@dataclass(frozen=True)
class InterestFigures:
    """The statutory interest and compensation a letter states, and the table of the interest's working."""

    statutory: bool
    statutory_minor: int
    compensation_minor: int
    late_invoices: int
    table: LetterTable


def reference_line(w: Wording, reference: str) -> str:
    """The line that ends every summary and letter, and every page's footer of a PDF letter."""
    return w("Record reference: {reference}", reference=reference)


def stamp_for(w: Wording, kind: str) -> str:
    """The banner across a letter's first page: the overdue notice's, in the letter's language."""
    # Translators: a stamp across the overdue notice, in capitals like a rubber stamp.
    return w.p("letter stamp", "OVERDUE") if kind == "overdue" else ""


def _invoice(w: Wording, currency: str, p: InvoicePosition, goods: str) -> dict[str, Any]:
    return {
        "number": p.invoice.number,
        "issued": w.long_day(p.invoice.issue_date),
        "due": w.long_day(p.invoice.due_date),
        "amount": w.money(p.claimed_minor, currency),
        "open": w.money(p.open_minor, currency),
        "days_overdue": max(p.days_overdue, 0),
        "goods": goods,
    }


def invoices_table(w: Wording, currency: str, positions: Sequence[InvoicePosition]) -> LetterTable:
    """The open invoices: number, dates, days overdue, amount and what is still open, with the total."""
    headers = (
        w.p("letter table", "Invoice"),
        w.p("letter table", "Issued"),
        w.p("letter table", "Due"),
        w.p("letter table", "Days overdue"),
        w.p("letter table", "Amount"),
        w.p("letter table", "Open"),
    )
    rows = tuple(
        (
            p.invoice.number,
            w.day(p.invoice.issue_date),
            w.day(p.invoice.due_date),
            str(max(p.days_overdue, 0)),
            w.money(p.claimed_minor, currency),
            w.money(p.open_minor, currency),
        )
        for p in positions
    )
    total = (
        w.p("letter table", "Total"),
        "",
        "",
        "",
        "",
        w.money(sum(p.open_minor for p in positions), currency),
    )
    return LetterTable("invoices", headers, rows, "LLLRRR", total)


def instalments_table(w: Wording, plan: PlanInfo | None) -> LetterTable:
    """The instalments of the plan agreed on the call (none without a plan)."""
    headers = (w.p("letter table", "Instalment"), w.p("letter table", "Due"), w.p("letter table", "Amount"))
    if plan is None:
        return LetterTable("instalments", headers, ())
    rows = tuple(
        (str(n), w.long_day(due), w.money(amount, plan.currency))
        for n, (due, amount) in enumerate(plan.instalments, start=1)
    )
    total = (w.p("letter table", "Total"), "", w.money(plan.total_minor, plan.currency))
    return LetterTable("instalments", headers, rows, "LLR", total)


def interest_figures(w: Wording, interest: DebtorInterest) -> InterestFigures:
    """The interest a letter states, and its working as a table: each step of the contractual and,
    when the debtor's switch is on, the statutory interest is a row (principal, days, rate, result),
    and each late invoice's compensation. The statutory interest a letter claims is the one the
    interest service says is claimed (none where the agreement sets its own rate)."""
    currency = interest.currency
    headers = (
        w.p("letter table", "Invoice"),
        w.p("letter table", "Interest"),
        w.p("letter table", "Period"),
        w.p("letter table", "Days"),
        w.p("letter table", "Principal"),
        w.p("letter table", "Rate"),
        w.p("letter table", "Result"),
    )
    statutory_on = interest.statutory_on
    rows: list[tuple[str, ...]] = []
    for invoice in interest.invoices:
        for label, lines in (
            (w.p("interest kind", "contractual"), invoice.contractual),
            (w.p("interest kind", "statutory"), invoice.statutory if invoice.statutory_claimed else ()),
        ):
            for line in lines:
                rows.append(
                    (
                        invoice.number,
                        label + (" *" if line.rate_assumed else ""),
                        f"{w.day(line.first_day)} – {w.day(line.last_day)}",
                        str(line.days),
                        w.money(line.principal_minor, currency),
                        w.percent(line.rate_bp),
                        w.money(line.amount_minor, currency),
                    )
                )
        if invoice.compensation_minor and statutory_on:
            rows.append(
                (
                    invoice.number,
                    w.p("interest kind", "compensation"),
                    *([""] * 4),
                    w.money(invoice.compensation_minor, currency),
                )
            )
    total_minor = interest.contractual_minor + (interest.claimed_extra_minor if statutory_on else 0)
    # Only the claimed statutory lines are in the table: only then can one of them be starred.
    note = (
        w(
            "* The reference rate of that half-year is not in callnotes' table yet: the latest known rate was used."
        )
        if statutory_on and interest.statutory_claimed and interest.missing_rates
        else ""
    )
    table = LetterTable(
        "interest", headers, tuple(rows), "LLLRRRR", _total(w, len(headers), total_minor, currency), note
    )
    return InterestFigures(
        statutory_on,
        interest.statutory_claimed_minor if statutory_on else 0,
        interest.compensation_minor if statutory_on else 0,
        interest.late_invoices if statutory_on else 0,
        table,
    )


def _total(w: Wording, columns: int, minor: int, currency: str) -> tuple[str, ...]:
    return (w.p("letter table", "Total"), *([""] * (columns - 2)), w.money(minor, currency))


def letter_context(facts: LetterFacts, w: Wording) -> tuple[dict[str, Any], dict[str, LetterTable]]:
    """The template's values (docs/letters.md) and the letter's tables, by name."""
    account, statement = facts.account, facts.statement
    debtor, currency = account.debtor, statement.currency

    def money(minor: int) -> str:
        return w.money(minor, currency)

    positions = open_positions(statement)
    goods = {i.id: i.goods_services for i in account.invoices}
    invoices = [_invoice(w, currency, p, goods.get(p.invoice.key, "")) for p in positions]
    creditor = facts.creditor
    agreement = account.agreement
    figures = interest_figures(w, facts.interest)
    # What is due and payable now: a demand never asks for an invoice before its due date.
    claim = claim_of(statement, figures.statutory_minor + figures.compensation_minor)
    not_due, claimed = claim.not_claimed_minor, claim.claimed_minor
    person_name = facts.person.name if facts.person else ""
    call = facts.call
    context: dict[str, Any] = {
        "kind": facts.kind,
        "language": facts.language,
        "jurisdiction": facts.jurisdiction,
        "today": w.long_day(facts.today),
        "creditor": {
            "name": creditor.name if creditor else "",
            "address": creditor.address if creditor else "",
            "tax_id": (creditor.tax_id or "") if creditor else "",
            "email": (creditor.email or "") if creditor else "",
            "phone": (creditor.phone or "") if creditor else "",
            "signer": (creditor.contact_name or creditor.name) if creditor else "",
        },
        "debtor": {
            "name": debtor.name,
            "address": debtor.address,
            "tax_id": debtor.tax_id or "",
            "email": debtor.email or "",
            "is_business": debtor.kind == "business",
        },
        "person": person_name,
        "greeting_name": person_name or debtor.name,
        "currency": currency,
        "balance": money(statement.balance_minor),
        "principal": money(sum(p.open_minor for p in positions)),
        "overdue": money(sum(p.open_minor for p in positions if p.days_overdue > 0)),
        "not_due": money(not_due) if not_due else "",
        "interest": money(statement.interest_minor) if statement.interest_minor else "",
        "fees": money(statement.fees_minor) if statement.fees_minor else "",
        "credit": money(statement.credit_minor) if statement.credit_minor else "",
        "invoices": invoices,
        "invoice": next((i for i in invoices if i["number"] == facts.invoice), None),
        "agreement": {
            "signed": w.long_day(agreement.signed_on),
            "goods": agreement.goods_services,
            "payment_days": agreement.payment_terms_days,
            "interest_rate": w.percent(agreement.annual_interest_bp) if agreement.annual_interest_bp else "",
            "late_fee": w.money(agreement.late_fee_minor, agreement.currency)
            if agreement.late_fee_minor
            else "",
        }
        if agreement
        else None,
        "call": _call(w, call.interaction, call.person) if call else None,
        "agreed": list(call.agreed) if call else [],
        "promise": {
            "amount": w.money(call.promise.amount_minor, call.promise.currency),
            "due": w.long_day(call.promise.due_on),
        }
        if call and call.promise
        else None,
        "plan": _plan(w, call.plan) if call and call.plan else None,
        "next_step": w.long_day(call.interaction.next_action_on)
        if call and call.interaction.next_action_on
        else "",
        "statutory": figures.statutory,
        "statutory_interest": money(figures.statutory_minor) if figures.statutory_minor else "",
        "compensation": money(figures.compensation_minor) if figures.compensation_minor else "",
        "late_invoices": figures.late_invoices,
        "claimed": money(claimed),
        "deadline": w.long_day(
            facts.today + timedelta(days=DEADLINE_DAYS.get(facts.kind, DEFAULT_DEADLINE_DAYS))
        ),
        "reference": facts.reference,
    }
    tables = {
        "invoices": invoices_table(w, currency, positions),
        "instalments": instalments_table(w, call.plan if call else None),
        "interest": figures.table,
    }
    return context, tables


def _call(w: Wording, call: InteractionInfo, person: PersonInfo | None) -> dict[str, Any]:
    started: datetime = call.started_at.astimezone(w.zone)
    return {
        "date": w.long_day(started.date()),
        "time": f"{started:%H:%M}",
        "person": person.name if person else "",
    }


def _plan(w: Wording, plan: PlanInfo) -> dict[str, Any]:
    dues = [due for due, _ in plan.instalments]
    return {
        "total": w.money(plan.total_minor, plan.currency),
        "count": len(plan.instalments),
        "first_due": w.long_day(min(dues)) if dues else "",
        "last_due": w.long_day(max(dues)) if dues else "",
        "instalments": [
            {"due": w.long_day(due), "amount": w.money(amount, plan.currency)}
            for due, amount in plan.instalments
        ],
    }
