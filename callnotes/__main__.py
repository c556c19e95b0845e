"""`python -m callnotes` runs the command line."""

from callnotes.cli import main

raise SystemExit(main())
