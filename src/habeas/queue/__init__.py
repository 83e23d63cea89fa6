"""Distributed ingest: the same per-file steps as the in-process pool, run as Celery tasks over Redis."""
