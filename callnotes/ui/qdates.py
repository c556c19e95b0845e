"""Dates between Python and Qt's date widgets (whose own conversion is typed as returning `object`)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def to_qdate(day: date) -> QDate:
    """A Python date for a Qt date widget."""
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    """The Python date a Qt date widget holds."""
    return date(value.year(), value.month(), value.day())
