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
class Settings:
    """Where the case store lives and how it behaves."""

    store: Path = field(default_factory=lambda: Path(DEFAULT_STORE))
    database_url: str | None = None
    workers: int = field(default_factory=lambda: max(1, min(4, os.cpu_count() or 1)))
    limits: IngestLimits = field(default_factory=IngestLimits)
    # Record linkage runs its SQL on DuckDB, in process; "spark" for jobs larger than one machine
    # (needs pyspark, not installed by default).
    linkage_backend: str = "duckdb"

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


def load_settings(store: str | Path | None = None, database_url: str | None = None) -> Settings:
    """Build settings from flags, then ``HABEAS_*`` environment variables, then the config file."""
    store_path = Path(store or os.environ.get("HABEAS_STORE") or DEFAULT_STORE)
    file_values = _read_config_file(store_path / CONFIG_FILE)
    url = database_url or os.environ.get("HABEAS_DATABASE_URL") or file_values.get("database_url")
    workers = os.environ.get("HABEAS_WORKERS") or file_values.get("workers")
    limits = _limits_from(file_values.get("limits", {}))
    settings = Settings(store=store_path, database_url=url or None, limits=limits)
    if workers:
        settings = replace(settings, workers=max(1, int(workers)))
    backend = os.environ.get("HABEAS_LINKAGE_BACKEND") or file_values.get("linkage_backend")
    if backend:
        settings = replace(settings, linkage_backend=str(backend).strip().lower())
    return settings


def _limits_from(file_limits: dict[str, Any]) -> IngestLimits:
    values: dict[str, Any] = {}
    for f in fields(IngestLimits):
        raw = os.environ.get(_LIMIT_ENV[f.name], file_limits.get(f.name))
        if raw is not None:
            kind = type(getattr(IngestLimits(), f.name))
            values[f.name] = kind(raw)
    return IngestLimits(**values)


def _read_config_file(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)
