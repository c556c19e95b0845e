"""Use cases of callnotes; each takes a database session and returns plain objects. No Qt."""
