"""The queue's workers: a face like the CLI and the web app. The Celery app and its tasks, each a
call to ``habeas.services.queued``; started by ``habeas worker`` / ``habeas indexer`` as
``python -m habeas.worker``. Services enqueue work by task name through the broker and never
import this package."""
