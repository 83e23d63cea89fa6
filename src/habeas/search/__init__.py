"""Search: a tantivy index derived from the database."""
