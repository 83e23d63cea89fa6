"""The Celery application, configured from ``Settings.queue`` and nowhere else."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from celery import Celery

from habeas.config import Settings
from habeas.errors import QueueNotConfigured

INGEST_QUEUE = "ingest"  # any number of workers on any number of hosts
INDEX_QUEUE = "index"  # one consumer: the search index has a single writer
INGEST_TASK = "habeas.ingest_item"
INDEX_TASK = "habeas.index"
FINISH_TASK = "habeas.finish_batch"


def check_queue_settings(settings: Settings) -> None:
    """Workers on several hosts share one PostgreSQL database and a broker; say which is missing."""
    if not settings.queue.broker_url:
        raise QueueNotConfigured(
            "no broker: set HABEAS_BROKER_URL=redis://HOST:6379/0 (or broker_url in the [queue] table of habeas.toml)"
        )
    if not (settings.database_url or "").startswith("postgresql"):
        raise QueueNotConfigured(
            "queued ingest needs the PostgreSQL database every host shares: set "
            "HABEAS_DATABASE_URL=postgresql+psycopg://USER@HOST/DB"
        )


def worker_sender(app: Celery, settings: Settings) -> Callable[[str, list[Any]], None]:
    """How a worker sends a task (an archive's member, a retry's next try, the index and finish
    tasks): tried again each second for ``broker_wait_s`` while the broker is away. Celery's default
    gives up within a second, and a retry that cannot be sent drops the task it retries. A client
    (the CLI, the web app) keeps the default and says at once that the broker is away."""
    wait_s = settings.queue.broker_wait_s
    policy = {"max_retries": math.ceil(wait_s) + 1, "interval_start": 0, "interval_step": 1, "interval_max": 1}

    def send(name: str, args: list[Any]) -> None:
        app.send_task(name, args=args, retry=True, retry_policy=policy)

    return send


def waiting_tasks(app: Celery, queue: str) -> int:
    """How many tasks wait in ``queue`` (taken ones, not yet acknowledged, are not counted)."""
    with app.connection_for_read() as connection:
        declared = connection.default_channel.queue_declare(queue=queue, durable=True, auto_delete=False)
        return int(declared.message_count)


def make_celery(settings: Settings) -> Celery:
    """A Celery app whose tasks are acknowledged only once done, and given to another worker
    soon after their worker dies: Redis's visibility timeout follows the longest task."""
    q = settings.queue
    app = Celery("habeas", broker=q.broker_url, set_as_current=False)
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_ignore_result=True,
        task_serializer="json",
        accept_content=["json"],
        task_time_limit=q.task_time_limit_s,
        task_default_queue=INGEST_QUEUE,
        task_routes={INDEX_TASK: {"queue": INDEX_QUEUE}, FINISH_TASK: {"queue": INDEX_QUEUE}},
        worker_prefetch_multiplier=1,  # a worker holds one task at a time, so a dead one holds back little
        broker_connection_retry_on_startup=True,
        broker_connection_max_retries=None,  # a broker that is away for a while is waited for
        broker_transport_options={
            "visibility_timeout": q.visibility_timeout_s,
            "unacked_restore_interval": q.unacked_restore_interval_s,
            "unacked_restore_throttle": 1,  # so the interval alone decides how soon
        },
        worker_hijack_root_logger=False,
    )
    return app
