"""What open disputes take out of the balance an offer starts from, and the example day of a field that
asks for a day to come."""

from __future__ import annotations

from datetime import date

from callnotes.domain.dates import example_day_ahead
from callnotes.domain.disputes import Dispute, disputed_minor
from callnotes.domain.ledger import InvoiceFacts, InvoiceStatus, Terms, statement

TODAY = date(2026, 11, 29)


def _positions(*status: InvoiceStatus):  # type: ignore[no-untyped-def]
    """Three overdue invoices, 2.860,00, 1.425,00 and 360,00 € open, with interest at 8 %."""
    amounts = (("ΤΠΥ-118", 286_000), ("ΤΠΥ-131", 142_500), ("ΤΠΥ-140", 36_000))
    invoices = [
        InvoiceFacts(
            key,
            number,
            date(2026, 6, 1),
            date(2026, 7, 1),
            minor,
            status[key] if status else InvoiceStatus.OPEN,
        )
        for key, (number, minor) in enumerate(amounts)
    ]
    return statement(invoices, [], Terms(800), TODAY, "EUR")


def _dispute(invoices: tuple[str, ...], amount: int | None = None, resolved: bool = False) -> Dispute:
    return Dispute(5, TODAY, "wrong parts", invoices, amount, "EUR", TODAY if resolved else None)


def test_an_open_dispute_takes_out_what_is_open_on_its_invoices_and_only_that() -> None:
    owed = _positions()
    assert owed.interest_minor > 0  # interest stays claimed: only the disputed principal is left out
    assert disputed_minor(owed.positions, [_dispute(("ΤΠΥ-131",))]) == 142_500
    assert disputed_minor(owed.positions, [_dispute(("ΤΠΥ-131",), resolved=True)]) == 0
    assert disputed_minor(owed.positions, [_dispute(("ΤΠΥ-131",), 50_000)]) == 50_000  # a named amount
    assert (
        disputed_minor(owed.positions, [_dispute(("ΤΠΥ-131",), 900_000)]) == 142_500
    )  # at most what is open
    # Two disputes over the same invoice count it once; one naming no invoice is about the whole debt.
    assert (
        disputed_minor(owed.positions, [_dispute(("ΤΠΥ-131",)), _dispute(("ΤΠΥ-131", "ΤΠΥ-140"))]) == 178_500
    )
    assert disputed_minor(owed.positions, [_dispute(())]) == 464_500
    marked = _positions(InvoiceStatus.DISPUTED, InvoiceStatus.OPEN, InvoiceStatus.WRITTEN_OFF)
    assert disputed_minor(marked.positions, [_dispute(("ΤΠΥ-140",))]) == 286_000  # written off: not claimed


def test_the_example_of_a_day_to_come_is_ahead_and_shows_which_number_is_the_day() -> None:
    for today in (date(2026, 11, 22), date(2026, 11, 30), date(2026, 12, 31), date(2027, 1, 1)):
        example = example_day_ahead(today)
        assert example > today and example.day > 12
    assert example_day_ahead(date(2026, 12, 31)) == date(2027, 1, 22)
