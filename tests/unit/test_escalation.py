"""The escalation stage and next step, worked out from a debtor's history on an injected day."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from callnotes.domain.account import (
    Account,
    DebtorProfile,
    InteractionInfo,
    InvoiceInfo,
    PaymentInfo,
    PlanInfo,
    PromiseInfo,
)
from callnotes.domain.escalation import Escalation, Stage, Step, escalation

TODAY = date(2026, 11, 22)
DEBTOR = DebtorProfile(
    1, "business", "Núñez S.L.", None, "ES", "es", "EUR", "Europe/Madrid", "", "", "unknown"
)


def account(
    *,
    due: date = date(2026, 10, 1),
    amount: int = 1_000_00,
    contacts: tuple[InteractionInfo, ...] = (),
    payments: tuple[PaymentInfo, ...] = (),
    promises: tuple[PromiseInfo, ...] = (),
    plans: tuple[PlanInfo, ...] = (),
    debtor: DebtorProfile = DEBTOR,
) -> Account:
    invoice = InvoiceInfo(1, "F-1", due - timedelta(days=30), due, amount, "EUR", "", None, "open")
    return Account(debtor, (), (), (invoice,), payments, (), promises, plans, contacts, (), ())


def sent(day: date, kind: str = "letter", outcome: str = "reached", reference: str = "") -> InteractionInfo:
    at = datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC)
    return InteractionInfo(1, None, kind, "outbound", at, at, "", reference, outcome, "", None)


def paid(day: date, minor: int) -> PaymentInfo:
    return PaymentInfo(1, day, minor, "EUR", "transfer", "", ((1, minor),))


def test_nothing_owed_and_nothing_due_yet() -> None:
    assert escalation(account(payments=(paid(date(2026, 10, 2), 1_000_00),)), TODAY) == Escalation(
        Stage.REMINDER, Step.NONE, None, "nothing_owed"
    )
    assert escalation(account(due=date(2026, 12, 15)), TODAY) == Escalation(
        Stage.REMINDER, Step.WAIT, date(2026, 12, 16), "not_due_yet"
    )


def test_reminders_first_then_one_every_30_days_then_a_call() -> None:
    assert escalation(account(), TODAY) == Escalation(
        Stage.REMINDER, Step.SEND_REMINDER, TODAY, "overdue_no_reminder"
    )
    one = (sent(date(2026, 11, 2), "email"),)
    assert escalation(account(contacts=one), TODAY) == Escalation(
        Stage.REMINDER, Step.SEND_REMINDER, date(2026, 12, 2), "reminder_interval"
    )
    two = (*one, sent(date(2026, 11, 20)))
    assert escalation(account(contacts=two), TODAY) == Escalation(
        Stage.REMINDER, Step.CALL, date(2026, 11, 27), "reminders_unanswered"
    )
    before_due = (sent(date(2026, 9, 20)),)  # a letter before the invoice fell due is not a reminder
    assert escalation(account(contacts=before_due), TODAY).because == "overdue_no_reminder"


def test_calls_follow_up_a_week_later_never_daily() -> None:
    called = (sent(date(2026, 11, 20), "call", "no_answer"),)
    assert escalation(account(contacts=called), TODAY) == Escalation(
        Stage.CALL, Step.CALL, date(2026, 11, 27), "follow_up"
    )
    long_ago = (sent(date(2026, 10, 20), "visit", "reached"),)
    assert escalation(account(contacts=long_ago), TODAY).on == TODAY  # overdue: today, not in the past


def test_an_old_debt_gets_a_settlement_offer_at_the_next_call() -> None:
    called = (sent(date(2026, 11, 20), "call", "reached"),)
    old = account(due=date(2026, 7, 1), contacts=called)  # 144 days overdue
    assert escalation(old, TODAY) == Escalation(
        Stage.CALL, Step.OFFER_SETTLEMENT, date(2026, 11, 27), "old_debt"
    )
    settlement = PlanInfo(
        1, None, "settlement", 600_00, "EUR", date(2026, 8, 1), "", ((date(2026, 8, 15), 600_00),)
    )
    with_offer = replace(old, plans=(settlement,), payments=(paid(date(2026, 8, 10), 600_00),))
    assert escalation(with_offer, TODAY).next_step is Step.CALL  # settled for less once: calls go on


def test_a_refusal_leads_to_a_formal_demand() -> None:
    refused = (sent(date(2026, 11, 18), "call", "refused"), sent(date(2026, 11, 20), "call", "no_answer"))
    assert escalation(account(contacts=refused), TODAY) == Escalation(
        Stage.CALL, Step.SEND_FORMAL_DEMAND, TODAY, "refused"
    )


def test_a_pending_promise_is_checked_the_day_after_it_falls_due() -> None:
    promise = PromiseInfo(1, None, 500_00, "EUR", date(2026, 11, 20), date(2026, 11, 30))
    assert escalation(account(promises=(promise,)), TODAY) == Escalation(
        Stage.AGREEMENT, Step.CHECK_PAYMENT, date(2026, 12, 1), "promise_pending"
    )


def test_a_broken_promise_leads_to_a_formal_demand_then_to_an_agency() -> None:
    promise = PromiseInfo(1, None, 500_00, "EUR", date(2026, 11, 2), date(2026, 11, 10))
    broken = account(promises=(promise,), contacts=(sent(date(2026, 11, 2), "call", "promise"),))
    assert escalation(broken, TODAY) == Escalation(
        Stage.AGREEMENT, Step.SEND_FORMAL_DEMAND, TODAY, "promise_broken"
    )
    demanded = replace(
        broken, interactions=(*broken.interactions, sent(date(2026, 11, 16), reference="CD123456789ES"))
    )
    assert escalation(demanded, TODAY) == Escalation(
        Stage.FORMAL_DEMAND, Step.HAND_TO_AGENCY, date(2026, 12, 1), "demand_unanswered"
    )
    big = replace(demanded, invoices=(replace(demanded.invoices[0], amount_minor=12_000_00),))
    assert escalation(big, TODAY).next_step is Step.CONSULT_LAWYER


def test_a_kept_promise_goes_back_to_calling() -> None:
    promise = PromiseInfo(1, None, 500_00, "EUR", date(2026, 11, 2), date(2026, 11, 10))
    kept = account(
        promises=(promise,),
        payments=(paid(date(2026, 11, 9), 500_00),),
        contacts=(sent(date(2026, 11, 2), "call", "promise"),),
    )
    assert escalation(kept, TODAY) == Escalation(Stage.CALL, Step.CALL, TODAY, "follow_up")


def test_a_plan_runs_until_an_instalment_is_missed() -> None:
    plan = PlanInfo(
        1,
        None,
        "instalments",
        900_00,
        "EUR",
        date(2026, 10, 15),
        "",
        ((date(2026, 10, 31), 300_00), (date(2026, 11, 30), 300_00), (date(2026, 12, 31), 300_00)),
    )
    running = account(plans=(plan,), payments=(paid(date(2026, 10, 30), 300_00),))
    assert escalation(running, TODAY) == Escalation(
        Stage.AGREEMENT, Step.CHECK_PAYMENT, date(2026, 12, 1), "plan_running"
    )
    missed = account(plans=(plan,))
    assert escalation(missed, TODAY) == Escalation(
        Stage.AGREEMENT, Step.SEND_FORMAL_DEMAND, TODAY, "instalment_missed"
    )


def test_handed_to_an_agency_or_lawyer_court_is_next() -> None:
    handed = replace(DEBTOR, archived_on=date(2026, 11, 1), archive_reason="lawyer")
    assert escalation(account(debtor=handed), TODAY) == Escalation(
        Stage.AGENCY_OR_LAWYER, Step.GO_TO_COURT, date(2026, 12, 31), "handed_over"
    )
    written_off = replace(DEBTOR, archived_on=date(2026, 11, 1), archive_reason="written_off")
    assert escalation(account(debtor=written_off), TODAY).stage is Stage.REMINDER
