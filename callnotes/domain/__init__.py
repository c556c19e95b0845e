"""Pure rules of callnotes: money, ledger, promises. No I/O, no Qt."""
