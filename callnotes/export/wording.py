"""The packet's words in the packet's language, and its numbers, dates and times in its locale.

The words are gettext messages whose ids are the English texts: `w("Contents")`, or
`w.p("column", "Open")` where one English word needs different translations in different places.
Spanish and Greek come from the catalogues in resources/locale (the .po files translators edit and
the .mo files compiled from them with Babel by `make translations`); English needs none. Words for
codes stored in the database are marked in LABELS below, so `pybabel extract` finds every message.
Texts are plain (never markup); `{placeholders}` are filled with str.format. No Qt, and independent
of the interface language.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import cache
from zoneinfo import ZoneInfo

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

from callnotes.domain.dates import format_day
from callnotes.domain.money import Money, format_money
from callnotes.resources import resource

LANGUAGES = ("es", "el", "en")
DESTINATIONS = ("general", "monitorio", "payment-order", "small-claims")
DOMAIN = "callnotes"  # resources/locale/<language>/LC_MESSAGES/callnotes.mo
SOURCE_LANGUAGE = "en"  # the language of the message ids


def N_(message: str) -> str:
    """Mark `message` for extraction where it is translated later, by `Wording.__call__`."""
    return message


def NP_(context: str, message: str) -> tuple[str, str]:
    """Mark `message` in `context` for extraction where it is translated later, by `Wording.label`."""
    return context, message


LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "language": {
        "es": NP_("language name", "Spanish"),
        "el": NP_("language name", "Greek"),
        "en": NP_("language name", "English"),
    },
    "subtitle": {
        "general": NP_("packet subtitle", "For the lawyer or collection agency"),
        "monitorio": NP_(
            "packet subtitle", "Documents for a Spanish order-for-payment procedure (proceso monitorio)"
        ),
        "payment-order": NP_("packet subtitle", "Documents for a Greek payment order (διαταγή πληρωμής)"),
        "small-claims": NP_("packet subtitle", "Documents for small claims court"),
    },
    "contact": {
        "call": NP_("contact kind", "Call"),
        "email": NP_("contact kind", "E-mail"),
        "letter": NP_("contact kind", "Letter"),
        "visit": NP_("contact kind", "Visit"),
        "message": NP_("contact kind", "Message"),
    },
    "direction": {
        "outbound": NP_("contact direction", "to the debtor"),
        "inbound": NP_("contact direction", "from the debtor"),
    },
    "outcome": {
        "reached": NP_("contact outcome", "reached"),
        "no_answer": NP_("contact outcome", "no answer"),
        "voicemail": NP_("contact outcome", "voicemail"),
        "wrong_number": NP_("contact outcome", "wrong number"),
        "refused": NP_("contact outcome", "refused to pay"),
        "dispute": NP_("contact outcome", "disputes the debt"),
        "promise": NP_("contact outcome", "promise to pay"),
        "plan": NP_("contact outcome", "payment plan agreed"),
        "call_back": NP_("contact outcome", "call back later"),
        "sent": NP_("contact outcome", "sent"),
        "delivered": NP_("contact outcome", "delivered"),
        "returned": NP_("contact outcome", "returned to the sender"),
        "delivery_refused": NP_("contact outcome", "refused by the addressee"),
        "received": NP_("contact outcome", "received from the debtor"),
        "met": NP_("contact outcome", "met the debtor"),
        "nobody_there": NP_("contact outcome", "nobody there"),
        "replied": NP_("contact outcome", "they replied"),
        "bounced": NP_("contact outcome", "not delivered"),
    },
    "kind": {
        "note": NP_("record entry kind", "note"),
        "question": NP_("record entry kind", "question asked"),
        "said": NP_("record entry kind", "debtor said"),
        "agreed": NP_("record entry kind", "agreed"),
        "third_party": NP_("record entry kind", "third party answered"),
        "interaction": NP_("record entry kind", "outcome"),
        "promise": NP_("record entry kind", "promise"),
        "plan": NP_("record entry kind", "payment plan"),
        "payment": NP_("record entry kind", "payment"),
        "invoice": NP_("record entry kind", "invoice"),
        "terms": NP_("record entry kind", "terms"),
        "attachment": NP_("record entry kind", "document"),
        "amendment": NP_("record entry kind", "correction"),
        "offer": NP_("record entry kind", "offer"),
        "debtor": NP_("record entry kind", "debtor"),
        "person": NP_("record entry kind", "person"),
        "details": NP_("record entry kind", "details changed"),
        "correction": NP_("record entry kind", "figures corrected"),
        "invoice_status": NP_("record entry kind", "invoice status"),
        "credit_note": NP_("record entry kind", "credit note"),
        "reversal": NP_("record entry kind", "payment reversed"),
        "archive": NP_("record entry kind", "archive"),
        "import": NP_("record entry kind", "import"),
        "dispute": NP_("record entry kind", "dispute"),
        "dispute_resolved": NP_("record entry kind", "dispute resolved"),
        "delivery": NP_("record entry kind", "letter delivery"),
        "reply": NP_("record entry kind", "reply to what we sent"),
        "guard_override": NP_("record entry kind", "went ahead despite a warning"),
    },
    "resolution": {
        "withdrawn": NP_("dispute resolution", "withdrawn by the debtor"),
        "upheld": NP_("dispute resolution", "upheld: the debtor was right"),
        "settled": NP_("dispute resolution", "settled by agreement"),
    },
    "delivery": {
        "delivered": NP_("letter delivery", "delivered"),
        "returned": NP_("letter delivery", "returned to the sender"),
        "refused": NP_("letter delivery", "refused by the addressee"),
    },
    "subject": {
        "debtor": NP_("thing corrected", "Debtor"),
        "person": NP_("thing corrected", "Person"),
        "invoice": NP_("thing corrected", "Invoice"),
        "agreement": NP_("thing corrected", "Agreement of"),
    },
    "field": {
        "name": NP_("field", "name"),
        "kind": NP_("field", "business or person"),
        "tax_id": NP_("field", "tax ID"),
        "country": NP_("field", "country"),
        "language": NP_("field", "language"),
        "currency": NP_("field", "currency"),
        "time_zone": NP_("field", "time zone"),
        "address": NP_("field", "address"),
        "phone": NP_("field", "phone"),
        "mobile": NP_("field", "mobile"),
        "email": NP_("field", "e-mail"),
        "notes": NP_("field", "notes"),
        "payment_rating": NP_("field", "payment record"),
        "statutory_interest": NP_("field", "statutory late-payment interest"),
        "role": NP_("field", "role"),
        "number": NP_("field", "number"),
        "issued_on": NP_("field", "issue date"),
        "due_on": NP_("field", "due date"),
        "amount_minor": NP_("field", "amount"),
        "goods_services": NP_("field", "goods or services"),
        "delivered_on": NP_("field", "delivered on"),
        "status": NP_("field", "status"),
        "signed_on": NP_("field", "signed on"),
        "terms": NP_("field", "terms"),
        "payment_terms_days": NP_("field", "days to pay"),
        "annual_interest_bp": NP_("field", "interest a year"),
        "late_fee_minor": NP_("field", "fee per late invoice"),
        "archived_on": NP_("field", "archived on"),
        "archive_reason": NP_("field", "archived because"),
        "removed": NP_("field", "removed"),
    },
    "archive": {
        "paid": NP_("archive reason", "paid in full"),
        "written_off": NP_("archive reason", "written off"),
        "agency": NP_("archive reason", "handed to a collection agency"),
        "lawyer": NP_("archive reason", "handed to a lawyer"),
        "other": NP_("archive reason", "other reason"),
    },
    "debtor kind": {
        "business": NP_("debtor kind", "business"),
        "person": NP_("debtor kind", "private person"),
    },
    "rating": {
        "good": NP_("payment record", "pays on time"),
        "fair": NP_("payment record", "sometimes late"),
        "late": NP_("payment record", "usually late"),
        "unknown": NP_("payment record", "not known yet"),
    },
    "status": {
        "open": NP_("invoice status", "open"),
        "disputed": NP_("invoice status", "disputed"),
        "paid": NP_("invoice status", "paid"),
        "written_off": NP_("invoice status", "written off"),
    },
    "bucket": {
        "not_due": NP_("days overdue", "not yet due"),
        "1-30": NP_("days overdue", "1 to 30 days"),
        "31-60": NP_("days overdue", "31 to 60 days"),
        "61-90": NP_("days overdue", "61 to 90 days"),
        "90+": NP_("days overdue", "over 90 days"),
    },
    "state": {
        "kept": NP_("promise or instalment state", "kept"),
        "broken": NP_("promise or instalment state", "broken"),
        "pending": NP_("promise or instalment state", "pending"),
        "part_kept": NP_("promise or instalment state", "part-kept"),
        "paid": NP_("promise or instalment state", "paid"),
        "part_paid": NP_("promise or instalment state", "part-paid"),
        "missed": NP_("promise or instalment state", "missed"),
        "due_today": NP_("promise or instalment state", "due today"),
        "upcoming": NP_("promise or instalment state", "upcoming"),
    },
    "plan state": {
        "on_track": NP_("plan state", "on track"),
        "behind": NP_("plan state", "behind"),
        "completed": NP_("plan state", "completed"),
        "broken": NP_("plan state", "broken"),
    },
    "plan": {
        "instalments": NP_("plan kind", "Instalment plan"),
        "settlement": NP_("plan kind", "Settlement for less"),
        "discount": NP_("plan kind", "Discount for prompt payment"),
    },
    "answer": {
        "accepted": NP_("answer to an offer", "Accepted."),
        "declined": NP_("answer to an offer", "Declined."),
        "open": NP_("answer to an offer", "No answer yet."),
    },
    "stored": {
        "ok": NP_("stored file", "matches"),
        "missing": NP_("stored file", "missing"),
        "changed": NP_("stored file", "DOES NOT match"),
    },
    "mail": {
        "from": NP_("e-mail header", "From"),
        "to": NP_("e-mail header", "To"),
        "cc": NP_("e-mail header", "Cc"),
        "date": NP_("e-mail header", "Date"),
        "subject": NP_("e-mail header", "Subject"),
    },
}
"""The words for the codes the packet's data carries, group by group (see `Wording.label`)."""


@cache
def catalogue(language: str) -> gettext.NullTranslations:
    """The compiled messages of `language`; the source language needs none (its ids are its texts)."""
    if language == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    with resource("locale", language, "LC_MESSAGES", f"{DOMAIN}.mo").open("rb") as compiled:
        return gettext.GNUTranslations(compiled)


class Wording:
    """The words, numbers, dates and times of one packet: its language, locale and time zone."""

    def __init__(self, language: str, locale: str, zone: str) -> None:
        self.language = language
        self.locale = locale
        self.zone = ZoneInfo(zone)
        self._messages = catalogue(language)
        self._days: dict[date, str] = {}

    def __call__(self, message: str, **values: object) -> str:
        """`message` (its English text) in the packet's language, with `values` put in its
        placeholders (as data, never re-read)."""
        text = self._messages.gettext(message)
        return text.format(**values) if values else text

    def p(self, context: str, message: str, **values: object) -> str:
        """A message whose translation depends on `context` (pgettext): the same English word may need
        different words in different places, such as a short column title."""
        text = self._messages.pgettext(context, message)
        return text.format(**values) if values else text

    def label(self, group: str, code: object) -> str:
        """The word for a stored code (an outcome, a kind, a status); the code itself when there is none."""
        marked = LABELS[group].get(f"{code}")
        return self._messages.pgettext(*marked) if marked else str(code)

    def join(self, items: Iterable[str]) -> str:
        """Items that may hold commas themselves (amounts, dates), one after the other."""
        # Translators: between list items that may hold commas; never ";" in Greek (its question mark).
        return self.p("list separator", "; ").join(items)

    def money(self, minor: int, currency: str) -> str:
        """An amount in minor units, as the locale writes it with its currency."""
        return format_money(Money(minor, currency), self.locale)

    def day(self, day: date) -> str:
        """A day as the locale writes it."""
        if day not in self._days:
            self._days[day] = format_day(day, self.locale)
        return self._days[day]

    def long_day(self, day: date) -> str:
        """A day written out as a letter writes it ("29 de noviembre de 2026", "November 29, 2026")."""
        return format_date(day, "long", locale=self.locale)

    def weekday(self, day: date) -> str:
        """The day's name in the language ("Saturday", "sábado")."""
        return format_date(day, "EEEE", locale=self.locale)

    def quote(self, text: str) -> str:
        """`text` between the language's quotation marks: «…» in Spanish and Greek, “…” in English."""
        # Translators: the quotation marks of the language around {text}; «{text}» in Spanish and Greek.
        return self.p("quotation marks", "“{text}”", text=text)

    def moment(self, moment: datetime) -> str:
        """A moment in the packet's time zone, to the second, with the zone and its offset from UTC as they
        were then, so summer time shows ("12/7/2026 10:32:05 CEST (UTC+02:00)")."""
        local = moment.astimezone(self.zone)
        return f"{self.day(local.date())} {local:%H:%M:%S} {self.zone_at(local)}"

    def span(self, start: datetime, end: datetime) -> str:
        """From one moment to another; the day and the zone said once when both fall on the same day
        with the same offset ("27/10/2026 12:20:00 – 12:23:10 EET (UTC+02:00)")."""
        first, last = start.astimezone(self.zone), end.astimezone(self.zone)
        if first.date() != last.date() or first.utcoffset() != last.utcoffset():
            return f"{self.moment(start)} – {self.moment(end)}"
        return f"{self.day(first.date())} {first:%H:%M:%S} – {last:%H:%M:%S} {self.zone_at(last)}"

    def zone_at(self, moment: datetime) -> str:
        """The packet's time zone at a moment: its abbreviation then (CET or CEST, EST or EDT) and its offset
        from UTC ("CEST (UTC+02:00)"); the offset alone where the zone has no abbreviation of letters."""
        local = moment.astimezone(self.zone)
        offset = utc_offset(local.utcoffset() or timedelta())
        name = local.tzname() or ""
        if name == "UTC" and offset == "UTC+00:00":
            return name
        return f"{name} ({offset})" if name.isalpha() else offset

    def seasons(self, year: int) -> tuple[str, str | None]:
        """The zone in winter and in summer time of `year` ("CET (UTC+01:00)", "CEST (UTC+02:00)"); None for
        summer where the zone keeps one time all year (read from the time-zone database, at mid-January
        and mid-July, so the southern hemisphere's summer is found too)."""
        moments = [datetime.combine(date(year, month, 15), time(12), self.zone) for month in (1, 7)]
        summer = next((m for m in moments if m.dst()), None)
        if summer is None:
            return self.zone_at(moments[0]), None
        winter = next(m for m in moments if m is not summer)
        return self.zone_at(winter), self.zone_at(summer)

    def local_day(self, moment: datetime) -> date:
        """The day a moment falls on in the packet's time zone."""
        return moment.astimezone(self.zone).date()

    def percent(self, basis_points: int) -> str:
        """A yearly rate in basis points as the locale writes it (800 → "8 %" in Spanish)."""
        rate = Decimal(basis_points) / 10_000
        return format_percent(rate, locale=self.locale, decimal_quantization=False)

    def size(self, size_bytes: int) -> str:
        """A file size in decimal kB or MB (`size_text`), with the locale's decimal mark, never broken
        across lines."""
        return size_text(size_bytes, self.locale, "\u00a0")


def size_text(size_bytes: int, locale: str = "en_US", space: str = " ") -> str:
    """A file size in decimal units, as court portals state their limits (portals.MB): B, kB (1,000
    bytes) or MB (1,000,000), so that 10.4 MB reads as more than a 10 MB limit."""
    if size_bytes < 1000:
        return f"{size_bytes}{space}B"
    # 999,999 bytes would round to "1,000.0 kB": from where kB rounds to 1,000, say MB
    value, unit = (size_bytes / 1000, "kB") if size_bytes < 999_950 else (size_bytes / 1_000_000, "MB")
    return f"{format_decimal(value, '#,##0.0', locale=locale)}{space}{unit}"


def utc_offset(offset: timedelta) -> str:
    """An offset from UTC as "UTC+02:00" or "UTC-04:00"."""
    minutes = round(offset.total_seconds() / 60)
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"
