"""The tasks, registered on a Celery app: each one calls the queued-work service."""

from __future__ import annotations

from typing import Any

from celery import Celery, Task

from habeas.config import Settings
from habeas.services import jobs
from habeas.services.queued import RETRIED_ERRORS, QueueWorker


def register_tasks(app: Celery, settings: Settings) -> QueueWorker:
    """Add the tasks to ``app``; retries with backoff for what a retry can cure (the database or
    the broker away for a moment, two copies of one file racing to be written first)."""
    q = settings.queue
    retry: dict[str, Any] = {
        "autoretry_for": RETRIED_ERRORS,
        "retry_backoff": q.retry_backoff_s,
        "retry_jitter": True,
        "max_retries": q.task_retries,
        "acks_late": True,
        "reject_on_worker_lost": True,
    }
    worker = QueueWorker(settings, jobs.worker_sender(app, settings))

    def ingest_item(task: Task, item_id: int) -> None:
        worker.ingest_item(item_id, task.request.retries)

    def index() -> None:
        worker.index()

    def finish(batch_id: str) -> None:
        worker.finish(batch_id)

    app.task(name=jobs.INGEST_TASK, bind=True, **retry)(ingest_item)
    app.task(name=jobs.INDEX_TASK, **retry)(index)
    app.task(name=jobs.FINISH_TASK, **retry)(finish)
    return worker
