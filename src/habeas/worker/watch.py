"""The indexer's watch over unfinished batches: a daemon thread that hands out again the files of
batches whose tasks were lost (see ``habeas.services.queued.StallWatch``)."""

from __future__ import annotations

import threading

from celery import Celery

from habeas.config import Settings
from habeas.services import jobs
from habeas.services.queued import watch_stalled


def start_watch(app: Celery, settings: Settings) -> threading.Thread:
    """Start the watch, with its own store; it ends with the process."""
    thread = threading.Thread(
        target=watch_stalled,
        args=(
            settings,
            jobs.worker_sender(app, settings),
            lambda: jobs.waiting_tasks(app, jobs.INGEST_QUEUE),
        ),
        name="habeas-stall-watch",
        daemon=True,
    )
    thread.start()
    return thread
