"""The agenda: every reason a debtor is on it, what pauses what, and the order, on fixed days."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest

from callnotes.domain.account import (
    DebtorProfile,
    InteractionInfo,
    InvoiceInfo,
    PaymentInfo,
    PlanInfo,
    PromiseInfo,
)
from callnotes.domain.agenda import (
    NO_CONTACT_DAYS,
    AgendaItem,
    DebtorFigures,
    Reason,
    agenda,
    debtor_rows,
    done_until,
    hidden_by_done,
)
from callnotes.domain.disputes import Dispute

TODAY = date(2026, 11, 22)


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def debtor(debtor_id: int = 1, name: str = "Núñez", **changes: object) -> DebtorProfile:
    profile = DebtorProfile(
        debtor_id, "business", name, None, "ES", "es", "EUR", "Europe/Madrid", "", "", "late"
    )
    return replace(profile, **changes)  # type: ignore[arg-type]


def invoice(number: str, due: int, amount: int = 100_000, status: str = "open", key: int = 0) -> InvoiceInfo:
    return InvoiceInfo(
        key or 100 + sum(map(ord, number)), number, day(due - 30), day(due), amount, "EUR", "", None, status
    )


def payment(paid: int, amount: int, invoice_key: int, key: int = 1) -> PaymentInfo:
    return PaymentInfo(key, day(paid), amount, "EUR", "transfer", "", ((invoice_key, amount),))


def contact(
    on: int,
    kind: str = "call",
    outcome: str | None = "reached",
    direction: str = "outbound",
    next_on: int | None = None,
) -> InteractionInfo:
    start = datetime.combine(day(on), time(10), UTC)
    return InteractionInfo(
        on + 1000,
        None,
        kind,
        direction,
        start,
        start + timedelta(minutes=5),
        "",
        "",
        outcome,
        "",
        day(next_on) if next_on is not None else None,
    )


def promise(made: int, due: int, amount: int, key: int = 1) -> PromiseInfo:
    return PromiseInfo(key, None, amount, "EUR", day(made), day(due))


def plan(agreed: int, instalments: list[tuple[int, int]], key: int = 1) -> PlanInfo:
    dated = tuple((day(due), amount) for due, amount in instalments)
    return PlanInfo(key, None, "instalments", sum(a for _, a in dated), "EUR", day(agreed), "", dated)


def dispute(invoices: tuple[str, ...] = ()) -> Dispute:
    return Dispute(7, day(-3), "not delivered", invoices, None, "EUR")


F1 = invoice("F1", -40, key=11)
F2 = invoice("F2", -10, amount=50_000, key=12)


def figures(**changes: object) -> DebtorFigures:
    """A debtor owing two overdue invoices, talked to and reminded yesterday: nothing due by default."""
    base = DebtorFigures(
        debtor(),
        invoices=(F1, F2),
        payments=(),
        credit_notes=(),
        agreement=None,
        promises=(),
        plans=(),
        interactions=(contact(-1, "letter", "reached"), contact(-1)),
        disputes=(),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def reasons(f: DebtorFigures, today: date = TODAY) -> list[Reason]:
    return [row.reason for row in debtor_rows(f, today)]


def row(f: DebtorFigures, reason: Reason, today: date = TODAY) -> AgendaItem:
    return next(r for r in debtor_rows(f, today) if r.reason is reason)


def test_a_debtor_recently_talked_to_and_reminded_is_not_on_the_agenda() -> None:
    assert reasons(figures()) == []


def test_promise_broken_when_its_date_passed_with_nothing_paid() -> None:
    f = figures(promises=(promise(-20, -5, 30_000),))
    broken = row(f, Reason.PROMISE_BROKEN)
    assert (broken.on, broken.amount_minor, broken.promised_minor, broken.days) == (
        day(-5),
        30_000,
        30_000,
        5,
    )
    assert "nothing was paid" in broken.detail and "€300.00" in broken.detail
    assert broken.urgency == 1 and broken.balance_minor == 150_000


def test_a_part_kept_promise_is_on_the_agenda_for_what_is_missing() -> None:
    f = figures(promises=(promise(-20, -5, 30_000),), payments=(payment(-6, 10_000, 11),))
    broken = row(f, Reason.PROMISE_BROKEN)
    assert broken.amount_minor == 20_000 and "part-kept" in broken.detail


def test_a_kept_promise_gives_no_row() -> None:
    f = figures(promises=(promise(-20, -5, 30_000),), payments=(payment(-6, 30_000, 11),))
    assert Reason.PROMISE_BROKEN not in reasons(f)


def test_a_broken_promise_stays_until_a_new_promise_or_plan_is_made_after_it_broke() -> None:
    old = promise(-40, -30, 30_000)
    assert Reason.PROMISE_BROKEN in reasons(figures(promises=(old,)), day(300))
    renewed = figures(promises=(old, promise(-29, 20, 10_000, key=2)))
    assert Reason.PROMISE_BROKEN not in reasons(renewed)
    replanned = figures(promises=(old,), plans=(plan(-10, [(20, 50_000)]),))
    assert Reason.PROMISE_BROKEN not in reasons(replanned)


def test_only_the_latest_unkept_promise_is_listed() -> None:
    f = figures(promises=(promise(-60, -50, 10_000), promise(-40, -30, 20_000, key=2)))
    assert [r.on for r in debtor_rows(f, TODAY) if r.reason is Reason.PROMISE_BROKEN] == [day(-30)]


def test_a_newer_promise_supersedes_the_older_ones_even_made_before_they_fell_due() -> None:
    big = promise(-7, -1, 999_900)  # broken yesterday, but a smaller promise was made the next day
    f = figures(promises=(big, promise(-6, 0, 150_000, key=2)))
    assert [(r.reason, r.promised_minor) for r in debtor_rows(f, TODAY)] == [(Reason.PROMISE_DUE, 150_000)]
    due_soon = figures(promises=(promise(-7, 1, 30_000), promise(-6, 20, 20_000, key=2)), interactions=())
    assert reasons(due_soon) == []  # the older one neither falls due nor ends the newer one's pause


@pytest.mark.parametrize(("due", "listed"), [(-1, False), (0, True), (1, True), (2, False)])
def test_promise_due_today_or_tomorrow(due: int, listed: bool) -> None:
    f = figures(promises=(promise(-3, due, 30_000),))
    assert (Reason.PROMISE_DUE in reasons(f)) is listed
    if listed:
        assert ("today" if due == 0 else "tomorrow") in row(f, Reason.PROMISE_DUE).detail


def test_a_promise_already_paid_is_not_due() -> None:
    f = figures(promises=(promise(-3, 0, 30_000),), payments=(payment(-1, 30_000, 11),))
    assert Reason.PROMISE_DUE not in reasons(f)


def test_instalment_missed_with_the_arrears_and_the_first_missed_date() -> None:
    f = figures(
        plans=(plan(-60, [(-30, 20_000), (-1, 20_000), (29, 20_000)]),), payments=(payment(-29, 5_000, 11),)
    )
    missed = row(f, Reason.INSTALMENT_MISSED)
    assert (missed.on, missed.amount_minor, missed.instalments_missed) == (day(-30), 35_000, 2)
    assert "plan is broken" in missed.detail and missed.urgency == 1


def test_one_instalment_missed_leaves_the_plan_behind() -> None:
    f = figures(plans=(plan(-60, [(-1, 20_000), (29, 20_000)]),))
    missed = row(f, Reason.INSTALMENT_MISSED)
    assert missed.instalments_missed == 1 and "Instalment 1 of 2 missed" in missed.detail
    assert "broken" not in missed.detail


def test_a_plan_on_track_gives_no_instalment_row_and_a_new_promise_supersedes_a_missed_one() -> None:
    on_track = figures(
        plans=(plan(-60, [(-30, 20_000), (29, 20_000)]),), payments=(payment(-31, 20_000, 11),)
    )
    assert Reason.INSTALMENT_MISSED not in reasons(on_track)
    missed = figures(plans=(plan(-60, [(-30, 20_000)]),), promises=(promise(-10, 10, 20_000),))
    assert Reason.INSTALMENT_MISSED not in reasons(missed)


def test_follow_up_due_once_the_last_interactions_date_is_reached() -> None:
    assert Reason.FOLLOW_UP_DUE not in reasons(figures(interactions=(contact(-1, next_on=1),)))
    due = row(figures(interactions=(contact(-9, next_on=0),)), Reason.FOLLOW_UP_DUE)
    assert due.on == TODAY and "today" in due.detail and due.amount_minor == due.balance_minor
    late = row(figures(interactions=(contact(-9, next_on=-2),)), Reason.FOLLOW_UP_DUE)
    assert "2 days ago" in late.detail
    # a later interaction without a next action replaces the earlier one's
    assert Reason.FOLLOW_UP_DUE not in reasons(figures(interactions=(contact(-9, next_on=-2), contact(-1))))


def test_no_recent_contact_after_the_interval_without_a_conversation() -> None:
    quiet = NO_CONTACT_DAYS
    reminded = contact(-1, "letter")
    assert Reason.NO_RECENT_CONTACT not in reasons(figures(interactions=(contact(-quiet + 1), reminded)))
    silent = row(figures(interactions=(contact(-quiet), reminded)), Reason.NO_RECENT_CONTACT)
    assert silent.on == day(-quiet) and silent.days == quiet and silent.amount_minor == 150_000
    assert silent.last_conversation == day(-quiet)


def test_unanswered_calls_and_letters_are_not_conversations_but_a_call_from_the_debtor_is() -> None:
    tries = (
        contact(-30),
        contact(-3, outcome="no_answer"),
        contact(-2, outcome="voicemail"),
        contact(-2, "visit", "nobody_there"),  # the contact guard's reading of a conversation, shared
        contact(-1, "letter"),
    )
    assert row(figures(interactions=tries), Reason.NO_RECENT_CONTACT).on == day(-30)
    called_us = (*tries, contact(-1, "call", "reached", direction="inbound"))
    assert Reason.NO_RECENT_CONTACT not in reasons(figures(interactions=called_us))


def test_no_conversation_ever_counts_from_the_oldest_overdue_invoice() -> None:
    silent = row(figures(interactions=(contact(-1, "letter"),)), Reason.NO_RECENT_CONTACT)
    assert silent.on == F1.due_on and "No conversation yet" in silent.detail
    recent = figures(invoices=(invoice("F9", -5),), interactions=(contact(-1, "letter"),))
    assert Reason.NO_RECENT_CONTACT not in reasons(recent)


def test_reminder_due_thirty_days_after_the_last_email_or_letter() -> None:
    talked = contact(-1)
    assert Reason.REMINDER_DUE not in reasons(figures(interactions=(contact(-29, "email"), talked)))
    due = row(figures(interactions=(contact(-30, "letter"), talked)), Reason.REMINDER_DUE)
    assert due.on == TODAY and due.last_reminder == day(-30) and due.amount_minor == 150_000
    # a letter from the debtor is no reminder of ours
    assert Reason.REMINDER_DUE in reasons(figures(interactions=(contact(-2, "letter", direction="inbound"),)))


def test_the_first_reminder_is_due_the_day_after_an_invoice_falls_overdue() -> None:
    never = figures(invoices=(invoice("F9", -1),), interactions=(contact(-1),))
    assert row(never, Reason.REMINDER_DUE).on == TODAY
    not_yet = figures(invoices=(invoice("F9", 0),), interactions=(contact(-1),))
    assert reasons(not_yet) == []


def test_a_pending_promise_pauses_reminders_and_the_silence_until_its_date() -> None:
    quiet = figures(interactions=())
    assert {Reason.NO_RECENT_CONTACT, Reason.REMINDER_DUE} <= set(reasons(quiet))
    waiting = replace(quiet, promises=(promise(-2, 10, 30_000),))
    assert reasons(waiting) == []
    assert reasons(waiting, day(10)) == [Reason.PROMISE_DUE]  # still pending on its day
    after = set(reasons(waiting, day(11)))
    assert {Reason.PROMISE_BROKEN, Reason.NO_RECENT_CONTACT, Reason.REMINDER_DUE} <= after


def test_a_plan_on_track_pauses_reminders_and_the_silence_and_a_missed_instalment_ends_the_pause() -> None:
    quiet = figures(interactions=(), plans=(plan(-20, [(-5, 10_000), (25, 10_000)]),))
    assert reasons(replace(quiet, payments=(payment(-6, 10_000, 11),))) == []
    assert {Reason.INSTALMENT_MISSED, Reason.REMINDER_DUE, Reason.NO_RECENT_CONTACT} <= set(reasons(quiet))
    completed = replace(quiet, payments=(payment(-6, 20_000, 11),))  # the plan paid; F1 and F2 still owed
    assert Reason.REMINDER_DUE in reasons(completed)


def test_an_open_dispute_pauses_reminders_for_the_invoices_it_covers() -> None:
    base = figures(interactions=(contact(-1),))
    assert row(base, Reason.REMINDER_DUE).amount_minor == 150_000
    part = row(replace(base, disputes=(dispute(("F1",)),)), Reason.REMINDER_DUE)
    assert part.amount_minor == 50_000 and part.disputes == (dispute(("F1",)),)
    assert Reason.REMINDER_DUE not in reasons(replace(base, disputes=(dispute(("F1", "F2")),)))
    assert Reason.REMINDER_DUE not in reasons(replace(base, disputes=(dispute(),)))  # the whole debt
    marked = replace(base, invoices=(replace(F1, status="disputed"), F2))
    assert row(marked, Reason.REMINDER_DUE).amount_minor == 50_000


def test_no_recent_contact_counts_the_overdue_amount_no_dispute_covers_as_the_reminder_does() -> None:
    part = figures(interactions=(), disputes=(dispute(("F1",)),))
    silent, reminder = row(part, Reason.NO_RECENT_CONTACT), row(part, Reason.REMINDER_DUE)
    assert silent.amount_minor == reminder.amount_minor == 50_000 and "€500.00 overdue" in silent.detail
    whole = row(replace(part, disputes=(dispute(),)), Reason.NO_RECENT_CONTACT)  # still worth a call
    assert whole.amount_minor == 0 and "all that is overdue is disputed" in whole.detail


def test_a_dispute_covering_the_whole_debt_pauses_promise_and_instalment_reasons_but_not_the_rest() -> None:
    f = figures(
        promises=(promise(-20, -5, 30_000),),
        plans=(plan(-30, [(-10, 10_000)], key=2),),
        interactions=(contact(-20, next_on=-1),),
    )
    f = replace(f, promises=(promise(-40, -35, 30_000),))  # broken before the plan was made
    assert Reason.INSTALMENT_MISSED in reasons(f)
    whole = replace(f, disputes=(dispute(),))
    left = reasons(whole)
    assert Reason.INSTALMENT_MISSED not in left and Reason.PROMISE_BROKEN not in left
    assert Reason.FOLLOW_UP_DUE in left and Reason.NO_RECENT_CONTACT in left
    assert all(r.disputes == (dispute(),) for r in debtor_rows(whole, TODAY))
    one_invoice = replace(f, disputes=(dispute(("F1",)),))
    assert Reason.INSTALMENT_MISSED in reasons(one_invoice)


def test_archived_debtors_and_debtors_owing_nothing_are_not_listed() -> None:
    quiet = figures(interactions=())
    assert reasons(quiet)
    assert reasons(replace(quiet, debtor=debtor(archived_on=day(-1)))) == []
    paid = replace(quiet, payments=(payment(-50, 100_000, 11), payment(-5, 50_000, 12, key=2)))
    assert reasons(paid) == []


def test_rows_are_ordered_by_urgency_then_the_biggest_then_the_oldest_debt() -> None:
    small_broken = figures(
        debtor=debtor(1, "Small"), invoices=(invoice("S1", -5, 1_000),), promises=(promise(-9, -2, 500),)
    )
    big_quiet = figures(debtor=debtor(2, "Big"), invoices=(invoice("B1", -40, 900_000),), interactions=())
    old_quiet = figures(debtor=debtor(3, "Old"), invoices=(invoice("O1", -400, 900_000),), interactions=())
    rows = agenda([big_quiet, old_quiet, small_broken], TODAY)
    assert [(r.debtor_name, r.reason) for r in rows] == [
        ("Small", Reason.PROMISE_BROKEN),
        ("Old", Reason.NO_RECENT_CONTACT),
        ("Big", Reason.NO_RECENT_CONTACT),
        ("Old", Reason.REMINDER_DUE),
        ("Big", Reason.REMINDER_DUE),
    ]


def test_done_hides_a_dated_event_until_a_later_one_and_a_cycle_until_it_comes_round() -> None:
    broken = row(figures(promises=(promise(-20, -5, 30_000),)), Reason.PROMISE_BROKEN)
    until = done_until(broken, TODAY)
    assert hidden_by_done(broken, until, day(365))
    later = row(figures(promises=(promise(-4, -2, 30_000),)), Reason.PROMISE_BROKEN)
    assert not hidden_by_done(later, until, TODAY)
    reminder = row(figures(interactions=(contact(-1),)), Reason.REMINDER_DUE)
    until = done_until(reminder, TODAY)
    assert hidden_by_done(reminder, until, day(29)) and not hidden_by_done(reminder, until, day(30))
