"""`python -m callnotes` runs the command line."""

from callnotes.cli import main

if __name__ == "__main__":  # not when the desk process imports this module to start (multiprocessing)
    raise SystemExit(main())
