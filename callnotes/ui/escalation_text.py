"""The escalation stage and the suggested next step, in one line of the interface's language (the
debtor panel's header and the call's facts panel show it)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from callnotes.domain.escalation import Escalation, Step
from callnotes.ui.formats import Formats
from callnotes.ui.labels import marked

CONTEXT = "Escalation"

_STAGES = {
    "reminder": QT_TRANSLATE_NOOP("Escalation", "reminders"),
    "call": QT_TRANSLATE_NOOP("Escalation", "calls"),
    "agreement": QT_TRANSLATE_NOOP("Escalation", "agreement"),
    "formal_demand": QT_TRANSLATE_NOOP("Escalation", "formal demand"),
    "agency_or_lawyer": QT_TRANSLATE_NOOP("Escalation", "agency or lawyer"),
    "court": QT_TRANSLATE_NOOP("Escalation", "court"),
}
_STEPS = {
    "wait": QT_TRANSLATE_NOOP("Escalation", "wait"),
    "send_reminder": QT_TRANSLATE_NOOP("Escalation", "send a reminder"),
    "call": QT_TRANSLATE_NOOP("Escalation", "call"),
    "offer_settlement": QT_TRANSLATE_NOOP("Escalation", "offer to settle for less"),
    "check_payment": QT_TRANSLATE_NOOP("Escalation", "check that the payment came"),
    "send_formal_demand": QT_TRANSLATE_NOOP("Escalation", "send a formal demand"),
    "hand_to_agency": QT_TRANSLATE_NOOP("Escalation", "hand it to a collection agency"),
    "consult_lawyer": QT_TRANSLATE_NOOP("Escalation", "consult a lawyer"),
    "go_to_court": QT_TRANSLATE_NOOP("Escalation", "consider a claim at court"),
}
_BECAUSE = {
    "not_due_yet": QT_TRANSLATE_NOOP("Escalation", "nothing is overdue yet"),
    "overdue_no_reminder": QT_TRANSLATE_NOOP("Escalation", "overdue and no reminder sent"),
    "reminder_interval": QT_TRANSLATE_NOOP("Escalation", "30 days after the last reminder"),
    "reminders_unanswered": QT_TRANSLATE_NOOP("Escalation", "reminders went unanswered"),
    "follow_up": QT_TRANSLATE_NOOP("Escalation", "a week after the last call or visit"),
    "old_debt": QT_TRANSLATE_NOOP("Escalation", "overdue more than 120 days"),
    "refused": QT_TRANSLATE_NOOP("Escalation", "they refused to pay"),
    "promise_pending": QT_TRANSLATE_NOOP("Escalation", "the day after the promised date"),
    "plan_running": QT_TRANSLATE_NOOP("Escalation", "the day after the next instalment"),
    "promise_broken": QT_TRANSLATE_NOOP("Escalation", "a promise was broken"),
    "instalment_missed": QT_TRANSLATE_NOOP("Escalation", "an instalment was missed"),
    "demand_unanswered": QT_TRANSLATE_NOOP("Escalation", "15 days after the formal demand"),
    "handed_over": QT_TRANSLATE_NOOP("Escalation", "if the agency or lawyer recovers nothing"),
}


def _word(table: dict[str, object], code: str) -> str:
    return marked(CONTEXT, table[code]) if code in table else code


def escalation_text(escalation: Escalation, formats: Formats) -> str:
    """ "Stage: calls · next: call on 27/11/2026 (a week after the last call or visit)"."""
    stage = _word(_STAGES, escalation.stage.value)
    if escalation.next_step is Step.NONE:
        return marked(CONTEXT, QT_TRANSLATE_NOOP("Escalation", "Stage: %1 · nothing is owed")).replace(
            "%1", stage
        )
    return (
        marked(CONTEXT, QT_TRANSLATE_NOOP("Escalation", "Stage: %1 · next: %2 on %3 (%4)"))
        .replace("%1", stage)
        .replace("%2", _word(_STEPS, escalation.next_step.value))
        .replace("%3", formats.day(escalation.on) if escalation.on else "—")
        .replace("%4", _word(_BECAUSE, escalation.because))
    )


def next_step_text(escalation: Escalation | None, formats: Formats) -> str:
    """ "send a formal demand on 29/11/2026": the suggested step alone, for a column of a list."""
    if escalation is None or escalation.next_step is Step.NONE:
        return ""
    step = _word(_STEPS, escalation.next_step.value)
    if escalation.on is None:
        return step
    return (
        marked(CONTEXT, QT_TRANSLATE_NOOP("Escalation", "%1 on %2"))
        .replace("%1", step)
        .replace("%2", formats.day(escalation.on))
    )
