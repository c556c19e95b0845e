"""What the journal says every row of the account must hold, and the findings where the rows disagree.

Pure: the store reads a debtor's entries and rows; `account_findings` replays the entries in order
(each decoded with `decode_details`) into the rows they imply, then compares them with the rows as
stored. A finding names the table, the row and the entry that recorded what the row should hold, so
a person can look both up. Each has a stable `kind` code for programs (`callnotes verify --json`).

Which entry records which row:
- `invoice` creates an invoice (its id in the data), `terms` an agreement, `payment` a payment and
  its allocations, `credit_note` a credit note, `promise` a promise, `plan` a plan and its
  instalments, `attachment` a document, `interaction` the ended interaction the entry belongs to;
- `debtor` and `person` open a debtor's and a person's details; `details`, `correction`,
  `invoice_status` and `archive` change fields of a debtor, person, invoice or agreement, each
  change carrying the field's old and new value;
- `reversal` records a payment's reversal: it carries the payment's id, not the reversal's, so the
  reversal row is matched by its payment (a payment is reversed at most once).
Allocations and instalments carry no row ids either: they are matched as a whole per payment and per
plan, by (invoice, amount) and (due date, amount).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from callnotes.domain.entries import (
    CHANGE_KINDS,
    AttachmentDetails,
    ChangeDetails,
    ContactDetails,
    CreditNoteDetails,
    InvoiceDetails,
    PaymentDetails,
    PlanDetails,
    PromiseDetails,
    ReversalDetails,
    TermsDetails,
    UnreadableDetails,
    decode_details,
)
from callnotes.domain.record import ChainReport, utc_iso

# The kinds of finding. They are codes for programs: never rename one.
CHAIN_BROKEN = "chain_broken"  # an entry does not hold: edited, removed, renumbered
HEAD_MISMATCH = "head_mismatch"  # the stored head (count or hash) is not the end of the chain
HEAD_NOT_EXPECTED = "head_not_expected"  # the chain ends elsewhere than the head given to compare
JOURNAL_MISSING = "journal_missing"  # a debtor (or rows of one) without a journal
ENTRY_UNREADABLE = "entry_unreadable"  # an entry's data lacks what its kind needs: nothing to replay
ENTRY_CONFLICT = "entry_conflict"  # two entries first record the same row
ROW_MISMATCH = "row_mismatch"  # a row holds other values than the journal recorded
ROW_MISSING = "row_missing"  # the journal records a row that is not there
ROW_UNRECORDED = "row_unrecorded"  # a row that no entry records
TRIGGER_MISSING = "trigger_missing"  # a protection trigger is not in the database
TRIGGER_ALTERED = "trigger_altered"  # a protection trigger has its name but not its text
ATTACHMENT_CHANGED = "attachment_changed"  # the stored file's SHA-256 is not the recorded one
ATTACHMENT_MISSING = "attachment_missing"  # the stored file is gone
TOMBSTONE = "tombstone"  # a debtor deleted on request: information, not a failure
TOMBSTONE_CONFLICT = "tombstone_conflict"  # a tombstone for a debtor that still has data
WITNESS_MISMATCH = "witness_mismatch"  # the journal does not continue a head witnessed outside the file
WITNESS_DELETED = "witness_deleted"  # a witnessed debtor was deleted since, as its tombstone says

ERROR = "error"
INFO = "info"

UNSET = (None, "", "unknown")  # what a field of something new holds when nothing was typed in it


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing `verify` found: what kind, where (debtor, table, row, entry) and, in words, what."""

    kind: str
    message: str
    debtor_id: int | None = None
    table: str | None = None
    row_id: int | None = None
    seq: int | None = None
    severity: str = ERROR

    @property
    def failure(self) -> bool:
        """Whether it means the record cannot be trusted as it is (information is not)."""
        return self.severity == ERROR

    def as_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "severity": self.severity,
            "debtor_id": self.debtor_id,
            "table": self.table,
            "row_id": self.row_id,
            "seq": self.seq,
            "message": self.message,
        }

    def describe(self) -> str:
        """One line for people: the kind, where, and what."""
        where = []
        if self.debtor_id is not None:
            where.append(f"debtor {self.debtor_id}")
        if self.row_id is not None:
            where.append(f"{self.table} {self.row_id}")
        elif self.table is not None and self.seq is None:
            where.append(self.table)
        if self.seq is not None:
            where.append(f"entry {self.seq}")
        place = f" [{', '.join(where)}]" if where else ""
        return f"{self.kind}{place}: {self.message}"


@dataclass(frozen=True, slots=True)
class ReplayEntry:
    """What the replay needs of one entry: its kind, decoded data, text, reason and interaction."""

    seq: int
    kind: str
    data: Mapping[str, Any]
    text: str = ""
    reason: str | None = None
    interaction_id: int | None = None
    encoding: int = 2


# The kinds of entry the replay reads (the others, such as the lines of a call, record no row).
REPLAYED_KINDS = frozenset(
    {
        "invoice",
        "terms",
        "payment",
        "credit_note",
        "reversal",
        "promise",
        "plan",
        "attachment",
        "interaction",
        *CHANGE_KINDS,
    }
)

Row = Mapping[str, Any]
# A debtor's rows as stored, by table name; allocations, instalments and reversals carry a `debtor_id`
# (of their payment or plan) like the others.
Rows = Mapping[str, Sequence[Row]]


def chain_findings(
    report: ChainReport, stored_head: tuple[int, str] | None, last_hash: str, expect_head: str | None = None
) -> list[Finding]:
    """What recomputing a chain found: the first entry that does not hold, and whether the stored
    head (count and hash) is the chain's end. `last_hash` is the stored hash of the last entry."""
    debtor, count = report.debtor, report.entries
    findings = []
    if not report.ok and report.reason and report.reason.startswith("head differs from the expected"):
        findings.append(Finding(HEAD_NOT_EXPECTED, report.reason, debtor, "entry", None, report.bad_seq))
    elif not report.ok:
        findings.append(
            Finding(
                CHAIN_BROKEN,
                report.reason or "the chain does not hold",
                debtor,
                "entry",
                None,
                report.bad_seq,
            )
        )
    if stored_head is None:
        if count:
            findings.append(
                Finding(
                    HEAD_MISMATCH, f"{count} entries but no head is recorded", debtor, "journalhead", debtor
                )
            )
        return findings
    seq, head = stored_head
    if seq != count:
        findings.append(
            Finding(
                HEAD_MISMATCH,
                f"the recorded head counts {seq} entries but the journal has {count}"
                + (" (entries were removed)" if seq > count else ""),
                debtor,
                "journalhead",
                debtor,
                min(seq, count) + 1 if seq > count else count,
            )
        )
    elif head != last_hash:
        findings.append(
            Finding(
                HEAD_MISMATCH,
                f"the recorded head hash {head} is not the hash of entry {count} ({last_hash})",
                debtor,
                "journalhead",
                debtor,
                count or None,
            )
        )
    return findings


@dataclass
class _Expected:
    """A row as the journal says it must be: each field with the entry that last set it."""

    table: str
    row_id: int
    seq: int  # the entry that first recorded it (or first changed it, when nothing recorded it)
    fields: dict[str, Any] = field(default_factory=dict)
    set_by: dict[str, int] = field(default_factory=dict)

    def put(self, seq: int, **values: Any) -> None:
        self.fields.update(values)  # as they are: `_compare_rows` says when a row holds the same
        self.set_by.update(dict.fromkeys(values, seq))


_AS_IS = frozenset({str, int, bool, type(None)})  # most values: looked up once, not tested in turn


def _plain(value: Any) -> Any:
    """A value as it is compared: days and moments as the text the journal writes."""
    if type(value) in _AS_IS:
        return value
    if isinstance(value, datetime):
        return utc_iso(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


class _Unset:
    """A field of something new that was left empty: the row may hold None, "" or "unknown"."""

    def __repr__(self) -> str:
        return "(empty)"


EMPTY = _Unset()

# The fields a `debtor` or `person` entry opens with: those it leaves out were empty.
OPENING_FIELDS = {
    "debtor": (
        "name",
        "kind",
        "tax_id",
        "country",
        "language",
        "currency",
        "time_zone",
        "address",
        "phone",
        "email",
        "notes",
        "payment_rating",
        "archived_on",
        "archive_reason",
    ),
    "person": ("name", "role", "phone", "mobile", "email"),
}
# The fields a change entry may change, per subject; any other name in a change is not a column.
CHANGEABLE = {
    **OPENING_FIELDS,
    # recorded when switched on (a new debtor's entry names it only when on) and on every change
    "debtor": (*OPENING_FIELDS["debtor"], "statutory_interest"),
    "person": (*OPENING_FIELDS["person"], "removed"),
    "invoice": ("number", "issued_on", "due_on", "amount_minor", "goods_services", "delivered_on", "status"),
    "agreement": (
        "signed_on",
        "terms",
        "goods_services",
        "payment_terms_days",
        "annual_interest_bp",
        "late_fee_minor",
    ),
}
# Rows that must each be recorded by an entry (persons are not: callnotes 0.1 did not journal them).
RECORDED_TABLES = ("agreement", "invoice", "creditnote", "payment", "promise", "plan", "attachment")


class _Replay:
    """The rows a debtor's journal implies, built entry by entry."""

    def __init__(self, debtor_id: int) -> None:
        self.debtor_id = debtor_id
        self.rows: dict[tuple[str, int], _Expected] = {}
        self.allocations: dict[int, tuple[int, Counter[tuple[int, int]]]] = {}  # payment -> (seq, parts)
        self.instalments: dict[int, tuple[int, Counter[tuple[str, int]]]] = {}  # plan -> (seq, parts)
        self.reversals: dict[int, _Expected] = {}  # by payment id
        self.findings: list[Finding] = []

    def finding(
        self, kind: str, message: str, table: str | None, row_id: int | None, seq: int | None
    ) -> None:
        self.findings.append(Finding(kind, message, self.debtor_id, table, row_id, seq))

    def create(self, table: str, row_id: Any, seq: int) -> _Expected | None:
        """A row first recorded by entry `seq`; None (and a finding) when the id is unusable or taken."""
        if not isinstance(row_id, int) or isinstance(row_id, bool):
            self.finding(ENTRY_UNREADABLE, f"the entry names no {table} id ({row_id!r})", table, None, seq)
            return None
        known = self.rows.get((table, row_id))
        if known is not None and known.seq != seq:
            self.finding(
                ENTRY_CONFLICT,
                f"{table} {row_id} is recorded again; entry {known.seq} recorded it first",
                table,
                row_id,
                seq,
            )
            return None
        expected = _Expected(table, row_id, seq)
        self.rows[(table, row_id)] = expected
        return expected

    def number_to_id(self, number: str) -> int | None:
        """The invoice that carries this number now (for allocations recorded by number only)."""
        for (table, row_id), expected in self.rows.items():
            if table == "invoice" and expected.fields.get("number") == number:
                return row_id
        return None

    def apply(self, entry: ReplayEntry) -> None:
        if entry.kind not in REPLAYED_KINDS:
            return
        details = decode_details(entry.kind, entry.data)
        if isinstance(details, UnreadableDetails):
            self.finding(
                ENTRY_UNREADABLE,
                f"its data does not have the shape a {entry.kind} entry needs; the rows it records cannot "
                "be checked",
                None,
                None,
                entry.seq,
            )
            return
        handler = _HANDLERS.get(type(details))
        if handler is not None:
            handler(self, entry, details)

    # --- one handler per kind of details ---------------------------------------------------------
    def _invoice(self, entry: ReplayEntry, d: InvoiceDetails) -> None:
        row = self.create("invoice", entry.data.get("invoice"), entry.seq)
        if row is not None:
            row.put(
                entry.seq,
                debtor_id=self.debtor_id,
                number=d.number,
                issued_on=d.issued_on,
                due_on=d.due_on,
                delivered_on=d.delivered_on,
                amount_minor=d.amount_minor,
                currency=d.currency,
                goods_services=entry.text,
                status="open",
            )

    def _terms(self, entry: ReplayEntry, d: TermsDetails) -> None:
        row = self.create("agreement", entry.data.get("agreement"), entry.seq)
        if row is not None:
            row.put(
                entry.seq,
                debtor_id=self.debtor_id,
                signed_on=d.signed_on,
                terms=entry.text,
                goods_services=d.goods_services,
                payment_terms_days=d.payment_terms_days,
                annual_interest_bp=d.annual_interest_bp,
                late_fee_minor=d.late_fee_minor,
                currency=d.currency,
            )

    def _payment(self, entry: ReplayEntry, d: PaymentDetails) -> None:
        row = self.create("payment", entry.data.get("payment"), entry.seq)
        if row is None:
            return
        row.put(
            entry.seq,
            debtor_id=self.debtor_id,
            paid_on=d.paid_on,
            amount_minor=d.amount_minor,
            currency=d.currency,
            method=d.method,
            reference=entry.text,
        )
        parts: Counter[tuple[int, int]] = Counter()
        raw = entry.data.get("allocations") or ()
        for (number, amount), item in zip(d.allocations, raw, strict=False):
            invoice = item.get("invoice") if isinstance(item, Mapping) else None
            # every version recorded the invoice's id; the number is the fallback for one that did not
            invoice_id = invoice if isinstance(invoice, int) else self.number_to_id(number)
            parts[(invoice_id if invoice_id is not None else -1, amount)] += 1
        self.allocations[row.row_id] = (entry.seq, parts)

    def _credit_note(self, entry: ReplayEntry, d: CreditNoteDetails) -> None:
        row = self.create("creditnote", entry.data.get("credit_note"), entry.seq)
        if row is not None:
            row.put(
                entry.seq,
                debtor_id=self.debtor_id,
                invoice_id=entry.data.get("invoice"),
                issued_on=d.issued_on,
                amount_minor=d.amount_minor,
                currency=d.currency,
                reason=entry.reason,
            )

    def _reversal(self, entry: ReplayEntry, d: ReversalDetails) -> None:
        payment_id = entry.data.get("payment")
        if not isinstance(payment_id, int):
            self.finding(
                ENTRY_UNREADABLE, "the reversal names no payment", "paymentreversal", None, entry.seq
            )
            return
        if payment_id in self.reversals:
            first = self.reversals[payment_id].seq
            message = f"payment {payment_id} is reversed again; entry {first} reversed it first"
            self.finding(ENTRY_CONFLICT, message, "paymentreversal", None, entry.seq)
            return
        expected = _Expected("paymentreversal", payment_id, entry.seq)
        expected.put(entry.seq, payment_id=payment_id, reason=entry.reason)
        self.reversals[payment_id] = expected
        paid = self.rows.get(("payment", payment_id))
        if paid is None:
            message = f"it reverses payment {payment_id}, which this debtor's journal does not record"
            self.finding(ROW_MISMATCH, message, "paymentreversal", None, entry.seq)
        elif paid.fields.get("amount_minor") != d.amount_minor:
            recorded = paid.fields.get("amount_minor")
            message = f"it reverses {d.amount_minor} but entry {paid.seq} recorded a payment of {recorded}"
            self.finding(ENTRY_CONFLICT, message, "payment", payment_id, entry.seq)

    def _promise(self, entry: ReplayEntry, d: PromiseDetails) -> None:
        row = self.create("promise", entry.data.get("promise"), entry.seq)
        if row is not None:
            row.put(
                entry.seq,
                debtor_id=self.debtor_id,
                interaction_id=entry.interaction_id,
                amount_minor=d.amount_minor,
                currency=d.currency,
                made_on=d.made_on,
                due_on=d.due_on,
            )

    def _plan(self, entry: ReplayEntry, d: PlanDetails) -> None:
        row = self.create("plan", entry.data.get("plan"), entry.seq)
        if row is None:
            return
        row.put(
            entry.seq,
            debtor_id=self.debtor_id,
            interaction_id=entry.interaction_id,
            kind=d.kind,
            total_minor=d.total_minor,
            currency=d.currency,
            agreed_on=d.agreed_on,
            # Since offers, the entry's text is the agreement's wording and its data keeps the conditions.
            conditions=entry.data.get("conditions", entry.text),
        )
        parts = Counter((due.isoformat(), amount) for due, amount in d.instalments)
        self.instalments[row.row_id] = (entry.seq, parts)

    def _attachment(self, entry: ReplayEntry, d: AttachmentDetails) -> None:
        row = self.create("attachment", entry.data.get("attachment"), entry.seq)
        if row is None:
            return
        row.put(
            entry.seq,
            debtor_id=self.debtor_id,
            interaction_id=entry.interaction_id,
            sha256=d.sha256,
            original_name=d.original_name,
            media_type=d.media_type,
            size_bytes=d.size_bytes,
        )
        if entry.encoding >= 2:
            # callnotes 0.1 (encoding 1) did not record which invoice a document belonged to; every
            # later version names the invoice or agreement when there is one, and nothing otherwise
            row.put(entry.seq, invoice_id=entry.data.get("invoice"), agreement_id=entry.data.get("agreement"))

    def _contact(self, entry: ReplayEntry, d: ContactDetails) -> None:
        row = self.create("interaction", entry.interaction_id, entry.seq)
        if row is not None:
            row.put(
                entry.seq,
                debtor_id=self.debtor_id,
                kind=d.kind,
                direction=d.direction,
                started_at=d.started_at,
                ended_at=d.ended_at,
                address_used=d.address_used,
                reference=d.reference,
                outcome=d.outcome,
                next_action_on=d.next_action_on,
                summary=entry.text,
            )

    def _change(self, entry: ReplayEntry, d: ChangeDetails) -> None:
        subject = d.subject
        if subject not in CHANGEABLE:
            return
        row_id = entry.data.get(subject)
        key = (subject, row_id) if isinstance(row_id, int) else None
        if entry.kind in OPENING_FIELDS:  # `debtor` or `person`: opens the thing's details
            row = self.create(subject, row_id, entry.seq)
            if row is None:
                return
            row.put(entry.seq, **dict.fromkeys(OPENING_FIELDS[subject], EMPTY))
            if subject == "person":
                row.put(entry.seq, removed=False)
            if subject == "debtor" and row_id != self.debtor_id:
                message = f"it opens the details of debtor {row_id} in the journal of debtor {self.debtor_id}"
                self.finding(ENTRY_CONFLICT, message, "debtor", row_id, entry.seq)
        elif key is None:
            self.finding(ENTRY_UNREADABLE, f"the change names no {subject} id", subject, None, entry.seq)
            return
        else:
            # a thing whose opening entry is not in the journal (callnotes 0.1 journalled no debtor
            # or person details) is checked for the fields its changes name
            row = self.rows.get(key) or self.rows.setdefault(key, _Expected(subject, key[1], entry.seq))
        allowed = CHANGEABLE[subject]
        row.put(entry.seq, **{c.field: c.new for c in d.changes if c.field in allowed})


_HANDLERS: dict[type, Any] = {
    InvoiceDetails: _Replay._invoice,
    TermsDetails: _Replay._terms,
    PaymentDetails: _Replay._payment,
    CreditNoteDetails: _Replay._credit_note,
    ReversalDetails: _Replay._reversal,
    PromiseDetails: _Replay._promise,
    PlanDetails: _Replay._plan,
    AttachmentDetails: _Replay._attachment,
    ContactDetails: _Replay._contact,
    ChangeDetails: _Replay._change,
}


def replay(debtor_id: int, entries: Iterable[ReplayEntry]) -> _Replay:
    """Every row a debtor's entries record, as they must be now."""
    state = _Replay(debtor_id)
    for entry in entries:
        state.apply(entry)
    return state


def _by_id(rows: Sequence[Row]) -> dict[int, Row]:
    return {row["id"]: row for row in rows}


def _compare_rows(state: _Replay, rows: Rows) -> None:
    tables = {
        table: _by_id(rows.get(table, ())) for table in {t for t, _ in state.rows} | set(RECORDED_TABLES)
    }
    tables.setdefault("interaction", _by_id(rows.get("interaction", ())))
    for (table, row_id), expected in state.rows.items():
        row = tables[table].get(row_id)
        if row is None:
            message = f"the journal records {table} {row_id} but there is no such row"
            state.finding(ROW_MISSING, message, table, row_id, expected.seq)
            continue
        removable = table == "person"
        for name, value in expected.fields.items():
            found = row.get("removed_at") is not None if removable and name == "removed" else row.get(name)
            # an empty field: None, "" or unknown; else the same value, or the same text (a day the
            # journal wrote as text, a moment in UTC)
            same = found in UNSET if value is EMPTY else value == found or _plain(value) == _plain(found)
            if not same:
                message = f"{name} is {_plain(found)!r} but the journal says {_plain(value)!r}"
                state.finding(ROW_MISMATCH, message, table, row_id, expected.set_by[name])
    for table in RECORDED_TABLES:
        for row_id in tables[table].keys() - {key for t, key in state.rows if t == table}:
            state.finding(ROW_UNRECORDED, f"no entry records this {table}", table, row_id, None)
    for row_id, row in tables["interaction"].items():
        if row.get("ended_at") is not None and ("interaction", row_id) not in state.rows:
            message = "this interaction ended but no entry records it"
            state.finding(ROW_UNRECORDED, message, "interaction", row_id, None)


def _compare_parts(
    state: _Replay,
    table: str,
    owner: str,
    expected: Mapping[int, tuple[int, Counter[Any]]],
    rows: Sequence[Row],
    part: Any,
) -> None:
    """Allocations of each payment, or instalments of each plan, against what their entry listed."""
    grouped: dict[int, list[Row]] = defaultdict(list)
    for row in rows:
        grouped[row[f"{owner}_id"]].append(row)
    for owner_id, (seq, parts) in expected.items():
        left = Counter(parts)
        for row in sorted(grouped.pop(owner_id, []), key=lambda r: r["id"]):
            key = part(row)
            if left[key] > 0:
                left[key] -= 1
            else:
                message = f"{owner} {owner_id}: {_part_words(table, key)}, which its entry does not list"
                state.finding(ROW_MISMATCH, message, table, row["id"], seq)
        for key, count in left.items():
            for _ in range(count):
                message = f"{owner} {owner_id}: the entry lists {_part_words(table, key)} but no row holds it"
                state.finding(ROW_MISSING, message, table, None, seq)
    for owner_id, extra in grouped.items():
        for row in extra:
            message = f"no entry records this part of {owner} {owner_id}"
            state.finding(ROW_UNRECORDED, message, table, row["id"], None)


def _part_words(table: str, key: tuple[Any, Any]) -> str:
    if table == "paymentallocation":
        return f"{key[1]} applied to invoice {key[0]}"
    return f"{key[1]} due on {key[0]}"


def _compare_reversals(state: _Replay, rows: Sequence[Row]) -> None:
    found = {row["payment_id"]: row for row in rows}
    for payment_id, expected in state.reversals.items():
        row = found.pop(payment_id, None)
        if row is None:
            message = f"the journal reverses payment {payment_id} but no reversal row is there"
            state.finding(ROW_MISSING, message, "paymentreversal", None, expected.seq)
        elif row["reason"] != expected.fields["reason"]:
            message = f"reason is {row['reason']!r} but the journal says {expected.fields['reason']!r}"
            state.finding(ROW_MISMATCH, message, "paymentreversal", row["id"], expected.seq)
    for payment_id, row in found.items():
        message = f"payment {payment_id} is reversed but no entry records the reversal"
        state.finding(ROW_UNRECORDED, message, "paymentreversal", row["id"], None)


def account_findings(debtor_id: int, entries: Iterable[ReplayEntry], rows: Rows) -> list[Finding]:
    """Replay a debtor's journal and compare what it records with the debtor's rows as stored."""
    state = replay(debtor_id, entries)
    _compare_rows(state, rows)
    _compare_parts(
        state,
        "paymentallocation",
        "payment",
        state.allocations,
        rows.get("paymentallocation", ()),
        lambda row: (row["invoice_id"], row["amount_minor"]),
    )
    _compare_parts(
        state,
        "instalment",
        "plan",
        state.instalments,
        rows.get("instalment", ()),
        lambda row: (_plain(row["due_on"]), row["amount_minor"]),
    )
    _compare_reversals(state, rows.get("paymentreversal", ()))
    return state.findings
