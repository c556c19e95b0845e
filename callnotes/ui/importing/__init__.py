"""File → Import…: bringing the books in from an accounting export, step by step."""
