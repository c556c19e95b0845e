"""Words the interface shows: translated names for the core's codes (outcomes, kinds, statuses,
ageing buckets), and user text made safe for a tooltip."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_LABELS = {
    # interaction kinds
    "call": QT_TRANSLATE_NOOP("Labels", "call"),
    "email": QT_TRANSLATE_NOOP("Labels", "e-mail"),
    "letter": QT_TRANSLATE_NOOP("Labels", "letter"),
    "visit": QT_TRANSLATE_NOOP("Labels", "visit"),
    "message": QT_TRANSLATE_NOOP("Labels", "message"),
    # outcomes
    "reached": QT_TRANSLATE_NOOP("Labels", "reached"),
    "no_answer": QT_TRANSLATE_NOOP("Labels", "no answer"),
    "voicemail": QT_TRANSLATE_NOOP("Labels", "voicemail"),
    "wrong_number": QT_TRANSLATE_NOOP("Labels", "wrong number"),
    "refused": QT_TRANSLATE_NOOP("Labels", "refused to pay"),
    "dispute": QT_TRANSLATE_NOOP("Labels", "disputes the debt"),
    "promise": QT_TRANSLATE_NOOP("Labels", "promise to pay"),
    "plan": QT_TRANSLATE_NOOP("Labels", "plan agreed"),
    "call_back": QT_TRANSLATE_NOOP("Labels", "call back later"),
    # outcomes of letters, visits, e-mails and messages
    "sent": QT_TRANSLATE_NOOP("Labels", "sent"),
    "delivered": QT_TRANSLATE_NOOP("Labels", "delivered"),
    "returned": QT_TRANSLATE_NOOP("Labels", "returned to the sender"),
    "delivery_refused": QT_TRANSLATE_NOOP("Labels", "refused by the addressee"),
    "received": QT_TRANSLATE_NOOP("Labels", "received from the debtor"),
    "met": QT_TRANSLATE_NOOP("Labels", "met the debtor"),
    "nobody_there": QT_TRANSLATE_NOOP("Labels", "nobody there"),
    "replied": QT_TRANSLATE_NOOP("Labels", "they replied"),
    "bounced": QT_TRANSLATE_NOOP("Labels", "not delivered"),
    # journal entry kinds
    "note": QT_TRANSLATE_NOOP("Labels", "note"),
    "question": QT_TRANSLATE_NOOP("Labels", "question asked"),
    "said": QT_TRANSLATE_NOOP("Labels", "debtor said"),
    "agreed": QT_TRANSLATE_NOOP("Labels", "agreement"),
    "third_party": QT_TRANSLATE_NOOP("Labels", "third party"),
    "interaction": QT_TRANSLATE_NOOP("Labels", "contact"),
    "payment": QT_TRANSLATE_NOOP("Labels", "payment"),
    "invoice": QT_TRANSLATE_NOOP("Labels", "invoice"),
    "terms": QT_TRANSLATE_NOOP("Labels", "agreed terms"),
    "attachment": QT_TRANSLATE_NOOP("Labels", "attachment"),
    "amendment": QT_TRANSLATE_NOOP("Labels", "amendment"),
    "dispute_resolved": QT_TRANSLATE_NOOP("Labels", "dispute resolved"),
    "delivery": QT_TRANSLATE_NOOP("Labels", "letter delivery"),
    "reply": QT_TRANSLATE_NOOP("Labels", "reply"),
    "offer": QT_TRANSLATE_NOOP("Labels", "offer"),
    "guard_override": QT_TRANSLATE_NOOP("Labels", "went ahead despite a warning"),
    # invoice statuses
    "open": QT_TRANSLATE_NOOP("Labels", "open"),
    "disputed": QT_TRANSLATE_NOOP("Labels", "disputed"),
    "paid": QT_TRANSLATE_NOOP("Labels", "paid"),
    "written_off": QT_TRANSLATE_NOOP("Labels", "written off"),
    # ageing buckets
    "not_due": QT_TRANSLATE_NOOP("Labels", "not yet due"),
    "1-30": QT_TRANSLATE_NOOP("Labels", "1–30 days"),
    "31-60": QT_TRANSLATE_NOOP("Labels", "31–60 days"),
    "61-90": QT_TRANSLATE_NOOP("Labels", "61–90 days"),
    "90+": QT_TRANSLATE_NOOP("Labels", "over 90 days"),
    # promise, plan and instalment states ("broken" serves promises and plans; "paid" is above)
    "kept": QT_TRANSLATE_NOOP("Labels", "kept"),
    "part_kept": QT_TRANSLATE_NOOP("Labels", "part-kept"),
    "broken": QT_TRANSLATE_NOOP("Labels", "broken"),
    "pending": QT_TRANSLATE_NOOP("Labels", "pending"),
    "on_track": QT_TRANSLATE_NOOP("Labels", "on track"),
    "behind": QT_TRANSLATE_NOOP("Labels", "behind"),
    "completed": QT_TRANSLATE_NOOP("Labels", "completed"),
    "part_paid": QT_TRANSLATE_NOOP("Labels", "part-paid"),
    "missed": QT_TRANSLATE_NOOP("Labels", "missed"),
    "due_today": QT_TRANSLATE_NOOP("Labels", "due today"),
    "upcoming": QT_TRANSLATE_NOOP("Labels", "upcoming"),
    # why a debtor is on the agenda
    "promise_broken": QT_TRANSLATE_NOOP("Labels", "Promise broken"),
    "instalment_missed": QT_TRANSLATE_NOOP("Labels", "Instalment missed"),
    "promise_due": QT_TRANSLATE_NOOP("Labels", "Promise due"),
    "follow_up_due": QT_TRANSLATE_NOOP("Labels", "Follow-up due"),
    "no_recent_contact": QT_TRANSLATE_NOOP("Labels", "No recent conversation"),
    "reminder_due": QT_TRANSLATE_NOOP("Labels", "Reminder due"),
    "summary_unconfirmed": QT_TRANSLATE_NOOP("Labels", "Summary not confirmed"),
}


def marked(context: str, source: object) -> str:
    """A text marked with QT_TRANSLATE_NOOP(context, …) where it is defined, translated now
    (QT_TRANSLATE_NOOP types it as object)."""
    return QCoreApplication.translate(context, str(source))


def filled(template: str, *values: str) -> str:
    """`template` with %1, %2… replaced in one pass (a value that contains "%2" stays as it is)."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if 0 < number <= len(values) else match.group()

    return re.sub(r"%(\d)", value, template)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as it is: Qt reads a tooltip that looks like HTML as HTML."""
    return f"<qt>{html.escape(text)}</qt>" if text else ""


def label(code: str | None) -> str:
    """The translated word for a code; the code itself if it has none."""
    if not code:
        return ""
    source = _LABELS.get(str(code))
    return QCoreApplication.translate("Labels", str(source)) if source else str(code)
