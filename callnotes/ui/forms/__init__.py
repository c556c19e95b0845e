"""Forms for entering and correcting data: fields that check what is typed, dialogs that save through
the worker and show every refusal beside its field."""
