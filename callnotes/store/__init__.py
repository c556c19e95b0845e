"""Persistence: tables, engine, migrations, the hash-chained journal. Only this package builds SQL."""
