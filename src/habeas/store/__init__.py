"""The case store: database, blob store and audit log."""
