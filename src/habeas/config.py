"""Settings, in one place: command-line flags win over the environment, which wins over
the store's ``habeas.toml``, which wins over the defaults below."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

DEFAULT_STORE = "./habeas-data"
DEFAULT_CASE = "main"
LOCAL_OWNER = "owner"
CONFIG_FILE = "habeas.toml"


@dataclass(frozen=True)
class IngestLimits:
    """Limits that keep a hostile or broken file from hurting the ingest."""

    max_file_bytes: int = 512 * 1024 * 1024
    parse_timeout_s: float = 120.0
    parse_memory_bytes: int = 2 * 1024 * 1024 * 1024
    archive_max_depth: int = 5
    archive_max_members: int = 10_000
    archive_max_total_bytes: int = 2 * 1024 * 1024 * 1024
    archive_max_ratio: float = 200.0
    ocr_languages: str = "eng+chi_sim+uig"


@dataclass(frozen=True)
class QueueSettings:
    """Distributed ingest on Celery over Redis; used only when ``broker_url`` is set.

    Redis hands a task that was taken but never acknowledged (its worker was killed) to another
    worker only after ``visibility_timeout_s``; kombu's default is an hour. It must also exceed the
    longest task, or a task still running is handed out twice. So both follow ``task_time_limit_s``."""

    broker_url: str | None = None
    task_time_limit_s: float = 900.0  # the longest task: a file's parse limit, its analysis, its writes
    redelivery_margin_s: float = 30.0
    task_retries: int = 3  # for errors a retry may cure (database or broker gone for a moment)
    retry_backoff_s: float = 2.0
    worker_deaths: int = 3  # a file whose worker process dies this many times is marked failed

    @property
    def visibility_timeout_s(self) -> float:
        return self.task_time_limit_s + self.redelivery_margin_s

    @property
    def unacked_restore_interval_s(self) -> float:
        """How often a worker looks for tasks to hand out again: a small part of the timeout."""
        return max(1.0, min(60.0, self.visibility_timeout_s / 10))


@dataclass(frozen=True)
class Settings:
    """Where the case store lives and how it behaves."""

    store: Path = field(default_factory=lambda: Path(DEFAULT_STORE))
    database_url: str | None = None
    workers: int = field(default_factory=lambda: max(1, min(4, os.cpu_count() or 1)))
    limits: IngestLimits = field(default_factory=IngestLimits)
    queue: QueueSettings = field(default_factory=QueueSettings)

    @property
    def blob_dir(self) -> Path:
        return self.store / "blobs"

    @property
    def index_dir(self) -> Path:
        return self.store / "index"

    @property
    def tmp_dir(self) -> Path:
        return self.store / "tmp"

    @property
    def sqlalchemy_url(self) -> str:
        """The database URL: PostgreSQL when configured, else a SQLite file in the store."""
        return self.database_url or f"sqlite:///{(self.store / 'habeas.db').resolve()}"


_LIMIT_ENV = {f.name: "HABEAS_" + f.name.upper() for f in fields(IngestLimits)}
_QUEUE_ENV = {f.name: "HABEAS_" + f.name.upper() for f in fields(QueueSettings)}  # HABEAS_BROKER_URL, ...


def load_settings(store: str | Path | None = None, database_url: str | None = None) -> Settings:
    """Build settings from flags, then ``HABEAS_*`` environment variables, then the config file."""
    store_path = Path(store or os.environ.get("HABEAS_STORE") or DEFAULT_STORE)
    file_values = _read_config_file(store_path / CONFIG_FILE)
    url = database_url or os.environ.get("HABEAS_DATABASE_URL") or file_values.get("database_url")
    workers = os.environ.get("HABEAS_WORKERS") or file_values.get("workers")
    limits = _limits_from(file_values.get("limits", {}))
    queue = _queue_from(file_values.get("queue", {}))
    settings = Settings(store=store_path, database_url=url or None, limits=limits, queue=queue)
    if workers:
        settings = replace(settings, workers=max(1, int(workers)))
    return settings


def _limits_from(file_limits: dict[str, Any]) -> IngestLimits:
    values: dict[str, Any] = {}
    for f in fields(IngestLimits):
        raw = os.environ.get(_LIMIT_ENV[f.name], file_limits.get(f.name))
        if raw is not None:
            kind = type(getattr(IngestLimits(), f.name))
            values[f.name] = kind(raw)
    return IngestLimits(**values)


def _queue_from(file_queue: dict[str, Any]) -> QueueSettings:
    values: dict[str, Any] = {}
    for f in fields(QueueSettings):
        raw = os.environ.get(_QUEUE_ENV[f.name], file_queue.get(f.name))
        if raw not in (None, ""):
            default = getattr(QueueSettings(), f.name)
            values[f.name] = str(raw) if default is None else type(default)(raw)
    return QueueSettings(**values)


def _read_config_file(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)
