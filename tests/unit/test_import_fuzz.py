"""The import's readers driven with arbitrary input: nothing but the app's own refusal ever escapes,
and a row that is read is whole (an invoice above zero, dates that exist)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from callnotes.errors import InputError
from callnotes.services.imports.profiles import FIELDS, PROFILE_NAMES, PROFILES, Profile, profile_for
from callnotes.services.imports.rows import read_rows
from callnotes.services.imports.table import Table, read_table

# Cells that look like what exports hold (numbers in both styles, dates, tax ids) and anything else.
CELL = st.one_of(
    st.text(max_size=12),
    st.from_regex(r"-?[0-9]{1,7}([.,][0-9]{1,4})?", fullmatch=True),
    st.from_regex(r"[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{2,4}", fullmatch=True),
    st.sampled_from(
        ["", "ES", "GR", "Spain", "Ελλάδα", "B87654323", "EL094259216", "EUR", "XXX", "1.000,00"]
    ),
)
GENERIC = profile_for("generic", {"columns": {name: name for name in FIELDS}})


def _profile(name: str) -> Profile:
    return GENERIC if name == "generic" else PROFILES[name]


def _header(profile: Profile) -> tuple[str, ...]:
    # each field under the first header the profile knows it by (folded headers read the same)
    return tuple(aliases[0] for aliases in profile.columns.values() if aliases)


@pytest.mark.parametrize("name", PROFILE_NAMES)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_rows_of_every_profile_are_read_or_refused_with_a_problem(name: str, data: st.DataObject) -> None:
    profile = _profile(name)
    header = _header(profile)
    rows = data.draw(
        st.lists(st.lists(CELL, min_size=0, max_size=len(header) + 2).map(tuple), min_size=1, max_size=6)
    )
    table = Table(header, tuple((n + 2, cells) for n, cells in enumerate(rows)), ";", "utf-8", "0" * 64)
    read = read_rows(table, profile, data.draw(st.sampled_from([None, "ES", "GR", "US"])), "EUR")
    for invoice in read.invoices:
        assert invoice.amount_minor > 0 and invoice.number and invoice.issued_on.year >= 1900
    for problem in read.problems:
        assert problem.expected and (problem.row is None or problem.row >= 1)


@settings(max_examples=400, deadline=None)
@given(
    data=st.one_of(
        st.binary(max_size=400),
        st.text(alphabet='ab1;,"\r\n\tñΣ\x00', max_size=80).map(str.encode),  # CSV-like: quotes, breaks
    ),
    encoding=st.sampled_from([None, "cp1252", "cp1253", "iso8859-7"]),
)
def test_any_bytes_are_a_table_or_a_refusal(data: bytes, encoding: str | None) -> None:
    try:
        table = read_table(data, encoding)
    except InputError as refusal:
        assert refusal.problem
    else:
        assert table.delimiter in ";,\t" and all(number > 1 for number, _ in table.rows)
