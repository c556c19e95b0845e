"""Refusals in the interface's language: what the core refused (by its problem code) worded for people.

The core says which rule a value broke and with which values (`InputError.problem`, `.values`); the
words are chosen here, so a Greek user reads Greek beside the field and never a code such as "el_GR".
"""

from __future__ import annotations

from datetime import date

from babel import Locale
from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from callnotes.errors import CallnotesError, InputError, StorageError
from callnotes.files import OutputError
from callnotes.ui.formats import Formats
from callnotes.ui.labels import filled, marked

CONTEXT = "Problems"

_TEMPLATES = {
    "required": QT_TRANSLATE_NOOP("Problems", "Fill this in."),
    "tax_id": QT_TRANSLATE_NOOP("Problems", "“%1” is not a valid tax ID in %2: %3."),
    "phone": QT_TRANSLATE_NOOP("Problems", "“%1” is not a number that can be dialled. Type it like %2."),
    "email": QT_TRANSLATE_NOOP("Problems", "“%1” is not an e-mail address. Type it like ana@example.com."),
    "country": QT_TRANSLATE_NOOP("Problems", "Choose a country from the list."),
    "currency": QT_TRANSLATE_NOOP("Problems", "“%1” is not a currency code such as EUR or USD."),
    "time_zone": QT_TRANSLATE_NOOP("Problems", "“%1” is not a time zone; choose one such as Europe/Athens."),
    "language": QT_TRANSLATE_NOOP("Problems", "Choose a language from the list."),
    "choice": QT_TRANSLATE_NOOP("Problems", "Choose one of the options."),
    "currency_in_use": QT_TRANSLATE_NOOP(
        "Problems", "This debtor already has invoices in %1, so the currency cannot change."
    ),
    "not_positive": QT_TRANSLATE_NOOP("Problems", "The amount must be more than zero."),
    "too_large": QT_TRANSLATE_NOOP("Problems", "This is more than callnotes keeps; check the amount."),
    "future": QT_TRANSLATE_NOOP("Problems", "This day has not come yet; type a day up to today."),
    "future_moment": QT_TRANSLATE_NOOP(
        "Problems", "This moment has not come yet; give the moment it happened."
    ),
    "promise_before_made": QT_TRANSLATE_NOOP(
        "Problems", "The promise was made on %1; it cannot fall due before that day."
    ),
    "date_range": QT_TRANSLATE_NOOP("Problems", "Type a day in the years %1 to %2."),
    "too_long": QT_TRANSLATE_NOOP(
        "Problems", "This is too long: at most %1 characters are kept (it has %2)."
    ),
    "too_many_days": QT_TRANSLATE_NOOP("Problems", "At most %1 days."),
    "file": QT_TRANSLATE_NOOP("Problems", "“%1” cannot be read; choose an existing file."),
    "file_too_big": QT_TRANSLATE_NOOP(
        "Problems",
        "“%1” is %2; callnotes keeps files of up to %3. Attach a smaller copy, such as a scan "
        "at a lower resolution.",
    ),
    "document_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "The stored copy of “%1” is missing from the data folder; restore the folder from a backup.",
    ),
    "document_changed": QT_TRANSLATE_NOOP(
        "Problems",
        "The stored copy of “%1” no longer matches the file that was added, so it is not opened; restore "
        "the data folder from a backup.",
    ),
    "negative": QT_TRANSLATE_NOOP("Problems", "This cannot be negative."),
    "due_before_issue": QT_TRANSLATE_NOOP("Problems", "The due date is before the issue date."),
    "invoice_taken": QT_TRANSLATE_NOOP("Problems", "This debtor already has an invoice %1."),
    "below_settled": QT_TRANSLATE_NOOP(
        "Problems", "%1 has already been paid or credited on this invoice; the amount cannot be less."
    ),
    "above_open": QT_TRANSLATE_NOOP("Problems", "Only %1 is open on this invoice."),
    "above_balance": QT_TRANSLATE_NOOP("Problems", "The debtor owes %1; a promise cannot be for more."),
    "no_change": QT_TRANSLATE_NOOP("Problems", "Nothing was changed."),
    "removed": QT_TRANSLATE_NOOP("Problems", "This person was removed; add them again instead."),
    "already_reversed": QT_TRANSLATE_NOOP("Problems", "This payment was already reversed."),
    "allocation_not_open": QT_TRANSLATE_NOOP("Problems", "Invoice %1 has nothing open to pay."),
    "allocation_above_open": QT_TRANSLATE_NOOP("Problems", "Only %2 is open on invoice %1."),
    "allocation_above_payment": QT_TRANSLATE_NOOP("Problems", "The payment has only %2 left for invoice %1."),
    "allocation_not_positive": QT_TRANSLATE_NOOP(
        "Problems", "The share of invoice %1 must be more than zero."
    ),
    # statutory late-payment interest and its rate table
    "statutory_currency": QT_TRANSLATE_NOOP(
        "Problems", "Statutory late-payment interest applies only to debts in euros; this debtor's are in %1."
    ),
    "statutory_business": QT_TRANSLATE_NOOP(
        "Problems", "Statutory late-payment interest applies only to debts between businesses."
    ),
    "rate_file": QT_TRANSLATE_NOOP(
        "Problems",
        "The reference-rate table %1 cannot be read (line %2): fix it, or delete it to use the table "
        "callnotes ships.",
    ),
    # disputes and letters
    "unknown_invoice": QT_TRANSLATE_NOOP("Problems", "This debtor has no invoice %1."),
    "invoice_not_open": QT_TRANSLATE_NOOP("Problems", "Invoice %1 has nothing open on it to dispute."),
    "above_disputed": QT_TRANSLATE_NOOP(
        "Problems", "Only %1 is owed on what is disputed; the disputed amount cannot be more."
    ),
    "unknown_dispute": QT_TRANSLATE_NOOP("Problems", "This is not one of the debtor's disputes."),
    "dispute_resolved": QT_TRANSLATE_NOOP("Problems", "This dispute was already resolved."),
    "not_a_letter": QT_TRANSLATE_NOOP("Problems", "Choose a letter in the record."),
    "not_email": QT_TRANSLATE_NOOP(
        "Problems", "“%1” is not an e-mail. Save the reply from your mail program as an .eml file."
    ),
    "reply_before_sent": QT_TRANSLATE_NOOP(
        "Problems", "The reply is dated before the document it answers was sent; choose the right document."
    ),
    "before_sent": QT_TRANSLATE_NOOP(
        "Problems", "The letter was sent on %1; choose that day or a later one."
    ),
    # deleting a debtor's data on request
    "confirm_name": QT_TRANSLATE_NOOP("Problems", "Type the debtor's name exactly as it is shown above."),
    "call_open": QT_TRANSLATE_NOOP("Problems", "A call with this debtor is still open; end it first."),
    # importing a file
    "not_utf8": QT_TRANSLATE_NOOP(
        "Problems",
        "The file is not UTF-8. If an older spreadsheet saved it, choose its encoding: Windows-1252 for "
        "Western Europe, Windows-1253 or ISO-8859-7 for Greek.",
    ),
    "not_encoding": QT_TRANSLATE_NOOP("Problems", "The file is not in this encoding; choose another one."),
    "import_too_big": QT_TRANSLATE_NOOP(
        "Problems", "The file is larger than %1 MB; export a shorter period."
    ),
    "not_csv": QT_TRANSLATE_NOOP("Problems", "This is not a CSV file; export the invoices as CSV."),
    "not_csv_row": QT_TRANSLATE_NOOP("Problems", "Row %1 cannot be read as CSV."),
    "empty_file": QT_TRANSLATE_NOOP("Problems", "The file is empty."),
    "column_missing": QT_TRANSLATE_NOOP("Problems", "The file has no column for this."),
    "import_date": QT_TRANSLATE_NOOP("Problems", "A date that exists, written %1 with a four-digit year."),
    "import_number": QT_TRANSLATE_NOOP("Problems", "A number written like %1."),
    "import_inconsistent": QT_TRANSLATE_NOOP("Problems", "The same value as row %1 of invoice %2."),
    "import_total": QT_TRANSLATE_NOOP("Problems", "The sum of the invoice's lines: %1 with tax, %2 without."),
    # where an exported packet goes (export._checked)
    "same_file": QT_TRANSLATE_NOOP(
        "Problems", "The evidence copy needs a name of its own, not the filing copy's."
    ),
    "not_folder": QT_TRANSLATE_NOOP(
        "Problems", "%1 is a file; choose a folder for the files of each document."
    ),
    "folder_not_empty": QT_TRANSLATE_NOOP(
        "Problems",
        "The folder %1 already holds files; choose an empty or a new folder for the files of each document, "
        "so that none is overwritten or mixed with another packet's.",
    ),
    "no_parent": QT_TRANSLATE_NOOP("Problems", "The folder %1 does not exist; choose another place."),
}

# A write the disk refused, said anywhere but the call workspace (which keeps the lines and says so itself).
_STORAGE = {
    StorageError.FULL: QT_TRANSLATE_NOOP(
        "Problems", "The disk is full, so this was not saved. Free some space on the disk and try again."
    ),
    StorageError.READ_ONLY: QT_TRANSLATE_NOOP(
        "Problems",
        "The data folder cannot be written (the disk or the folder is read-only), so this was not saved.",
    ),
    StorageError.FAILING: QT_TRANSLATE_NOOP(
        "Problems",
        "The disk could not be written (an input/output error), so this was not saved. Check the disk "
        "and try again.",
    ),
}

_TAX_ID_REASONS = {
    "checksum": QT_TRANSLATE_NOOP("Problems", "the check digit does not match"),
    "length": QT_TRANSLATE_NOOP("Problems", "it has the wrong number of characters"),
    "format": QT_TRANSLATE_NOOP("Problems", "it is not written the way this country writes it"),
    "component": QT_TRANSLATE_NOOP("Problems", "a part of it is not valid"),
}


def translated(source: object) -> str:
    """A text marked above, in the interface's language."""
    return marked(CONTEXT, source)


def said(problem: str) -> str:
    """A refusal that needs no values, in the interface's language."""
    return translated(_TEMPLATES[problem])


def country_name(code: str, formats: Formats) -> str:
    """A country's name in the interface's language (Ελλάδα, Grecia, Greece)."""
    return str(Locale.parse(formats.locale).territories.get(code, code))


def data_size(size_bytes: int, formats: Formats, precision: int = 1) -> str:
    """A file's size as the interface's locale writes it, in decimal SI units (1 MB = 1,000,000 bytes)
    as the packet and the portals' limits are stated: 2,5 MB."""
    return QLocale(formats.locale).formattedDataSize(
        size_bytes, precision, QLocale.DataSizeFormat.DataSizeSIFormat
    )


def problem_text(error: InputError, formats: Formats) -> str:
    """The refusal in the interface's language; the core's English sentence when its rule is not known
    here (a newer core), which still says what is wrong."""
    template = _TEMPLATES.get(error.problem or "")
    if template is None:
        return str(error)
    values = error.values

    def money() -> str:
        return formats.money(int(values.get("minor", 0)), str(values.get("currency", "EUR")))

    if error.problem == "tax_id":
        reason = translated(_TAX_ID_REASONS.get(str(values.get("reason")), _TAX_ID_REASONS["format"]))
        arguments = [
            str(values.get("value", "")),
            country_name(str(values.get("country", "")), formats),
            reason,
        ]
    elif error.problem == "phone":
        arguments = [str(values.get("value", "")), str(values.get("example", ""))]
    elif error.problem == "rate_file":
        arguments = [str(values.get("file", "")), str(values.get("line", ""))]
    elif error.problem in ("currency_in_use", "statutory_currency"):
        arguments = [str(values.get("currency", ""))]
    elif error.problem == "import_date":
        arguments = [str(values.get("format", ""))]
    elif error.problem == "import_number":
        arguments = [str(values.get("example", ""))]
    elif error.problem == "import_inconsistent":
        arguments = [str(values.get("row", "")), str(values.get("number", ""))]
    elif error.problem == "import_total":
        arguments = [str(values.get("with_tax", "")), str(values.get("without_tax", ""))]
    elif error.problem in ("import_too_big", "not_csv_row"):
        arguments = [str(values.get("limit", values.get("row", "")))]
    elif error.problem == "date_range":
        arguments = [str(values.get("first", "")), str(values.get("last", ""))]
    elif error.problem == "too_long":
        arguments = [
            formats.number(int(values.get("limit", 0))),
            formats.number(int(values.get("length", 0))),
        ]
    elif error.problem in ("unknown_invoice", "invoice_not_open"):
        arguments = [str(values.get("number", ""))]
    elif error.problem == "above_disputed":
        arguments = [money()]
    elif error.problem in ("before_sent", "promise_before_made"):
        arguments = [formats.day(date.fromisoformat(str(values.get("value", ""))))]
    elif error.problem == "invoice_taken":
        arguments = [str(values.get("number", ""))]
    elif error.problem == "file_too_big":
        arguments = [
            str(values.get("name", "")),
            data_size(int(values.get("size", 0)), formats),
            data_size(int(values.get("limit", 0)), formats, 0),
        ]
    elif error.problem in ("not_folder", "folder_not_empty", "no_parent"):
        arguments = [str(values.get("path", ""))]
    elif error.problem in ("below_settled", "above_open", "above_balance"):
        arguments = [money()]
    elif error.problem and error.problem.startswith("allocation_"):
        arguments = [str(values.get("number", "")), money()]
    else:
        arguments = [str(values.get("value", ""))]
    text = translated(template)
    for number, argument in enumerate(arguments, start=1):
        text = text.replace(f"%{number}", argument)
    return text


def storage_text(error: StorageError) -> str:
    """A write the disk refused, in the interface's language."""
    template = _STORAGE.get(error.reason)
    return str(error) if template is None else translated(template)


def error_text(error: Exception, formats: Formats) -> str | None:
    """What went wrong, in the interface's language, when the user or the environment can act on it: a
    refusal, a write the disk refused, another CallnotesError's own sentence. None for a bug, which
    each window words with what it did not do."""
    if isinstance(error, InputError):
        return problem_text(error, formats)
    if isinstance(error, StorageError):
        return storage_text(error)
    if isinstance(error, OutputError) and error.problem in _TEMPLATES:  # a place the core refused to write
        return filled(marked("Problems", _TEMPLATES[error.problem]), error.values.get("path", ""))
    if isinstance(error, CallnotesError):
        return str(error)
    return None
