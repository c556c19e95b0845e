"""Dialogs that enter and correct the user's own data, and the actions that open them."""
