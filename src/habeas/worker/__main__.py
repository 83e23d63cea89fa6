"""``python -m habeas.worker --queues ingest --name NAME [--store DIR]``: one Celery worker process
taking one task at a time (the ``solo`` pool), so that each runs its own sandboxed parser child,
which Celery's prefork pool, whose processes are daemonic, cannot start. ``habeas worker`` and
``habeas indexer`` start this."""

from __future__ import annotations

import argparse
import sys

from habeas.config import load_settings
from habeas.errors import QueueNotConfigured
from habeas.services import jobs
from habeas.worker.tasks import register_tasks
from habeas.worker.watch import start_watch


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m habeas.worker")
    parser.add_argument("--queues", default=jobs.INGEST_QUEUE)
    parser.add_argument("--name", required=True)
    parser.add_argument("--store", default=None)
    args = parser.parse_args(argv)
    settings = load_settings(args.store)
    try:
        jobs.check_queue_settings(settings)
    except QueueNotConfigured as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    app = jobs.celery_app(settings)
    register_tasks(app, settings)
    if jobs.INDEX_QUEUE in {q.strip() for q in args.queues.split(",")}:  # the indexer watches the batches
        start_watch(app, settings)
    print(
        f"habeas worker {args.name}: queues {args.queues}, store {settings.store}, parse limit "
        f"{settings.limits.parse_timeout_s:g}s, redelivery after {settings.queue.visibility_timeout_s:g}s",
        file=sys.stderr,
    )
    app.worker_main(
        [
            "worker",
            "--loglevel=WARNING",
            f"--queues={args.queues}",
            "--pool=solo",
            f"--hostname={args.name}",
            "--without-gossip",
            "--without-mingle",
        ]
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
