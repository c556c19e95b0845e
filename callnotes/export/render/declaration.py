"""The declaration of the keeper of the records: a page to sign, in the form the packet's destination
knows, stating how the record is kept and the head of its chain.

Three forms, each in the packet's language: for a US court a certification of records of regularly
conducted activity (the kind Federal Rule of Evidence 902(11) describes) closed by an unsworn
declaration under penalty of perjury (28 U.S.C. § 1746); for Spain a declaración responsable; for
Greece a υπεύθυνη δήλωση (article 8 of law 1599/1986). The words are callnotes' own, not the text of a
statute or an official form, and the page says it is not legal advice. What is not known (the
declarant's name or role, the place and the date) is left as a line to fill in by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, KeepTogether, Spacer

from callnotes.export.fonts import BOLD
from callnotes.export.render.cover import period_text
from callnotes.export.render.flowables import Look, widths
from callnotes.export.render.theme import AMEND_SHADE, BLOCK_SHADE, INK
from callnotes.export.wording import N_

if TYPE_CHECKING:
    from callnotes.export.render.document import PacketRenderer

FORM_BY_DESTINATION = {"small-claims": "us", "monitorio": "es", "payment-order": "gr"}
FORM_BY_LANGUAGE = {"en": "us", "es": "es", "el": "gr"}
FORM_TITLES = {
    "us": N_("Certification of records of regularly conducted activity"),
    "es": N_("Responsible declaration (declaración responsable)"),
    "gr": N_("Solemn declaration (υπεύθυνη δήλωση)"),
}
NOT_ADVICE = N_(
    "Prepared by callnotes from the record as a draft for the declarant. It is not legal advice: have a "
    "lawyer check it, and whether this form suits the court, before filling in the blank lines and signing."
)
BLANK = "_" * 22  # a gap in a sentence, to fill in by hand

_TEXT = Look(size=8.4, leading=11.2, pad=1.8, rule=None)  # one page, with the form's details, in Greek too
_FIELD = Look(size=8.8, leading=12, pad=4, rule=INK)  # the rule under the row is the line to write on
_SIGN = Look(size=8.8, leading=12, pad=14, rule=INK)  # room for a signature


def declaration_form(destination: str, language: str) -> str:
    """Which form the declaration takes: us, es or gr — the destination's, else the language's."""
    return FORM_BY_DESTINATION.get(destination) or FORM_BY_LANGUAGE.get(language, "us")


def declarant_name(r: PacketRenderer) -> str:
    """Who keeps the record: the person who uses callnotes, else who signs the letters, else ""."""
    creditor = r.packet.creditor
    if creditor is None:
        return ""
    return creditor.user_name.strip() or creditor.contact.strip()


def declaration_section(r: PacketRenderer) -> list[Flowable]:
    """The declaration's page: its title and basis, the declarant, the statements, where to sign."""
    w = r.w
    form = declaration_form(r.packet.options.destination, r.packet.language)
    basis = {
        "us": w(
            "A certification by the keeper of the records, of the kind Federal Rule of Evidence 902(11) "
            "describes for records of a regularly conducted activity (Rule 803(6)), ending in an unsworn "
            "declaration under penalty of perjury as 28 U.S.C. § 1746 allows."
        ),
        "es": w(
            "A declaration made under the declarant's own responsibility: whoever signs it answers for "
            "the truth of what it states."
        ),
        "gr": w(
            "A solemn declaration under article 8 of law 1599/1986: the declarant confirms the facts "
            "below knowing that a false declaration is punishable under that law. Where the official "
            "form of the declaration is asked for, the statements below can be its text."
        ),
    }[form]
    flow: list[Flowable] = [
        r.heading("declaration"),
        r.line(w(FORM_TITLES[form]), Look(font=BOLD, size=11.5, leading=15, rule=None, pad=0)),
        r.para(basis, "small"),
        Spacer(1, 4),
        *_declarant(r, form),
        Spacer(1, 8),
        r.line(_opening(r, form), Look(font=BOLD, size=8.8, leading=12, pad=2.4, rule=None)),
        *_statements(r),
        Spacer(1, 6),
        KeepTogether(_closing(r, form)),
        Spacer(1, 10),
        # whole, on the next page if it must (a declaration that names what was left out runs longer)
        KeepTogether(
            [r.line(_not_advice(r, form), Look(size=7.4, leading=9.6, pad=5, rule=None, shade=BLOCK_SHADE))]
        ),
    ]
    return flow


def _field_rows(r: PacketRenderer, fields: list[tuple[str, str]], look: Look = _FIELD) -> list[Flowable]:
    """Label and value rows, each ruled underneath: an empty value is a line to write on."""
    column_widths = widths(r.content_width, (1.6, 4))
    return [r.row([label, value], column_widths, look) for label, value in fields]


def _on_behalf_of(r: PacketRenderer) -> str:
    creditor = r.packet.creditor
    if creditor is None:
        return ""
    return creditor.name + (f", {r.w('Tax ID')} {creditor.tax_id}" if creditor.tax_id else "")


def _declarant(r: PacketRenderer, form: str) -> list[Flowable]:
    """Who declares: the name callnotes knows (or a line), and what each form asks about the declarant."""
    w, name, role = r.w, declarant_name(r), r.packet.options.declarant_role
    if form == "us":
        fields = [
            (w("Name of the declarant"), name),
            (w("Title or role"), role),
            (w("Business whose records these are"), _on_behalf_of(r)),
        ]
    elif form == "es":
        fields = [
            (w("Name and surnames"), name),
            (w("DNI, NIE or passport number"), ""),
            (w("Title or role"), role),
            (w("On behalf of"), _on_behalf_of(r)),
        ]
    else:
        fields = [
            (w("Name and surname"), name),
            (w("Father's name and surname"), ""),
            (w("Identity card number"), ""),
            (w("Address"), ""),
            (w("Title or role"), role),
            (w("On behalf of"), _on_behalf_of(r)),
        ]
    return _field_rows(r, fields)


def _opening(r: PacketRenderer, form: str) -> str:
    w = r.w
    if form == "us":
        return w("I, the declarant named above, certify that:")
    if form == "es":
        return w("I, the declarant named above, declare under my own responsibility that:")
    return w("I, the declarant named above, aware of the penalties for a false declaration, declare that:")


def _statements(r: PacketRenderer) -> list[Flowable]:
    """What the declarant states: whose record, how it is made and kept, and its head."""
    w, packet, integrity = r.w, r.packet, r.packet.integrity
    creditor = packet.creditor.name if packet.creditor else w("the creditor")
    kept = [
        w(
            "Each line written during a contact (a call, a visit, a message) is stamped with the moment it is typed."
        ),
        w(
            "When the contact ends, its lines are locked into the record and can no longer be changed or "
            "deleted."
        ),
        w(
            "A later correction is added as a new entry, an amendment that gives its reason, and the original "
            "entry stays as it was."
        ),
        w(
            "Every entry carries a SHA-256 fingerprint computed over its content and the fingerprint of the "
            "entry before it, so the entries form a chain: changing, removing or reordering any entry changes "
            "every fingerprint after it."
        ),
    ]
    numbered = [
        w(
            "I keep the record of the dealings of {creditor} with {debtor} about the debt, or supervise its "
            "keeping, and I know how it is made and kept.",
            creditor=creditor,
            debtor=packet.debtor.name,
        ),
        w(
            "The chronological record of contacts in packet {packet_id} is a true copy of that record for the "
            "period it covers ({period}), but for the negotiation left out as confidential (offers: {offers}, "
            "contact summaries: {summaries}, documents: {exhibits}), whose fingerprints are in the section "
            "{section}.",
            packet_id=packet.packet_id,
            period=period_text(r),
            offers=packet.offers_left_out,
            summaries=packet.summaries_left_out,
            exhibits=packet.exhibits_left_out,
            section=w.quote(r.section_title("integrity")),
        )
        if packet.negotiation_left_out
        else w(
            "The chronological record of contacts in packet {packet_id} is a true copy of that record for the "
            "period it covers ({period}).",
            packet_id=packet.packet_id,
            period=period_text(r),
        ),
        w(
            "Its entries were made at or near the time of the acts and events they record, by a person who "
            "knew of them or from information given by such a person."
        ),
        w(
            "The record is kept in the course of the regularly conducted business of {creditor}, and keeping "
            "it is a regular practice of that business.",
            creditor=creditor,
        ),
        w("The record is kept as follows:"),
    ]
    number_widths = widths(r.content_width, (0.3, 7))
    bullet_widths = widths(r.content_width, (0.3, 0.3, 6.7))
    flow: list[Flowable] = [
        r.row([f"{n}.", text], number_widths, _TEXT) for n, text in enumerate(numbered, 1)
    ]
    flow += [r.row(["", "•", text], bullet_widths, _TEXT) for text in kept]
    n = len(numbered) + 1
    flow.append(
        r.row(
            [
                f"{n}.",
                w(
                    "When this packet was generated, on {moment}, the record held {count} entries, and the "
                    "head of the chain (the fingerprint of its last entry) was:",
                    moment=w.moment(packet.generated_at),
                    count=integrity.entries,
                ),
            ],
            number_widths,
            _TEXT,
        )
    )
    flow.append(r.row(["", integrity.head], number_widths, Look(font=BOLD, size=8.8, leading=12, rule=None)))
    flow.append(
        r.row(
            [
                f"{n + 1}.",
                w(
                    "The head and every entry's fingerprint can be checked independently: the section "
                    "{section} of this packet lists them and says how, and the evidence copy of packet "
                    "{packet_id} carries the whole journal and a checker that recomputes the head.",
                    section=w.quote(r.section_title("integrity")),
                    packet_id=packet.packet_id,
                ),
            ],
            number_widths,
            _TEXT,
        )
    )
    if not integrity.ok:
        warning = w(
            "WARNING: the check failed at entry {seq} ({reason}). Do not sign this declaration before the "
            "failure is explained.",
            seq=integrity.bad_seq,
            reason=integrity.reason,
        )
        flow.append(
            r.line(warning, Look(font=BOLD, size=8.8, leading=12, pad=5, rule=None, shade=AMEND_SHADE))
        )
    return flow


def _closing(r: PacketRenderer, form: str) -> list[Flowable]:
    """The closing words of the form and the lines for the place, the date and the signature."""
    w = r.w
    if form == "us":
        return [
            r.line(
                w(
                    "I declare under penalty of perjury under the laws of the United States of America that "
                    "the foregoing is true and correct."
                ),
                Look(font=BOLD, size=8.8, leading=12, pad=2.4, rule=None),
            ),
            Spacer(1, 6),
            r.line(w("Executed on {date} at {place}.", date=BLANK, place=BLANK + BLANK), _TEXT),
            Spacer(1, 14),
            *_field_rows(r, [(w("Signature"), "")], _SIGN),
            *_field_rows(r, [(w("Printed name"), declarant_name(r))]),
        ]
    if form == "es":
        return [
            r.line(w("I sign this declaration under my own responsibility."), _TEXT),
            Spacer(1, 6),
            *_field_rows(r, [(w("Place"), ""), (w("Date"), "")]),
            *_field_rows(r, [(w("Signature"), "")], _SIGN),
        ]
    return [
        *_field_rows(r, [(w("Date"), "")]),
        *_field_rows(r, [(w("The declarant (signature)"), "")], _SIGN),
    ]


def _not_advice(r: PacketRenderer, form: str) -> str:
    w = r.w
    said = w(NOT_ADVICE)
    if form == "gr":
        said += " " + w(
            "Ask the lawyer too whether the signature must be certified as genuine (for example at a KEP) or "
            "the declaration made through gov.gr."
        )
    return said
