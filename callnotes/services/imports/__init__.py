"""Bringing the books in from the owner's accounting tool: CSV exports of Xero, QuickBooks Online,
Holded, or any spreadsheet with a column mapping.

`table` decodes the file and splits it into rows, `profiles` says which column holds what, `rows`
reads each row into invoice lines (with every problem found, by row and column), and `importer`
matches them against the books and adds what is new, all or nothing.
"""
