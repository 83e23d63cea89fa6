"""Settings, in one place: command-line flags win over the environment, which wins over
the store's ``habeas.toml``, which wins over the defaults below."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, TypeVar

from habeas.errors import BadSettings

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
    # One archive on its own: its members, its bytes written out, and how many times its own size
    # those may be (checked past 1 MiB); over any of them, the archive is an error document.
    archive_max_members: int = 1_000_000
    archive_max_total_bytes: int = 32 * 1024 * 1024 * 1024
    archive_max_ratio: float = 200.0
    # One budget per top-level file, shared by everything nested in it at every level (archive
    # members, attachments, members of attached archives...): their bytes together may reach
    # ``tree_max_ratio`` times the top-level file's size, or ``tree_allowance_bytes`` when that is
    # more, and never more than ``tree_max_bytes``. Parts past the budget are not taken in.
    tree_max_bytes: int = 32 * 1024 * 1024 * 1024
    tree_max_ratio: float = 100.0
    tree_allowance_bytes: int = 16 * 1024 * 1024
    ocr_languages: str = "eng+chi_sim+uig"
    # A document with more text than this is stored, extracted and indexed, but not analysed: its
    # analysis state is ``skipped`` (analysis holds a document's text and findings in memory).
    analysis_max_chars: int = 50_000_000
    # Analysis workers (each holds the language model, about 300 MB) that have had nothing to do for
    # this long are stopped; the next analysis starts them again (about 2 s).
    analysis_idle_s: float = 600.0

    def tree_budget(self, top_level_size: int) -> int:
        """The most bytes the parts nested in a top-level file of this size may add up to."""
        by_ratio = max(self.tree_allowance_bytes, int(self.tree_max_ratio * top_level_size))
        return min(self.tree_max_bytes, by_ratio)


@dataclass(frozen=True)
class KdfCost:
    """Argon2id cost for deriving a key from a passphrase (libsodium's "moderate" by default).
    The cost is stored with each protected key, so changing it never strands an old one."""

    opslimit: int = 3
    memlimit: int = 256 * 1024 * 1024
    # Derivations at once per process (each takes ``memlimit`` of memory): the rest wait their turn,
    # so parallel passphrase guesses cannot exhaust a server's memory.
    max_parallel: int = 2


@dataclass(frozen=True)
class WebSettings:
    """How the web app guards its sessions and logins."""

    secure_cookies: bool = True  # the session cookie is ``__Host-``, Secure; off only for plain HTTP off localhost
    idle_timeout_s: int = 30 * 60  # a session nobody has used for this long is logged out
    session_max_age_s: int = 12 * 3600  # and every session ends this long after login
    login_failures_per_name: int = 10  # failed logins allowed per user name ...
    login_failures_per_address: int = 30  # ... and per client address ...
    login_window_s: int = 600  # ... in this many seconds, before HTTP 429
    step_up_window_s: int = 5 * 60  # how long a one-time code entered for a step-up action counts
    unseal_failures_per_user: int = 5  # wrong passphrases allowed per user (web and CLI together) ...
    unseal_window_s: int = 900  # ... in this many seconds, before further attempts are refused
    # Reverse proxies whose X-Forwarded-For is believed (``HABEAS_TRUSTED_PROXIES``: comma-separated
    # addresses or CIDR networks). None by default: the login throttle counts the socket's peer.
    trusted_proxies: str = ""
    # Threads per server process that run the page handlers. Their work is database reads and
    # template rendering under one interpreter lock, so more threads only add switching.
    request_threads: int = 8


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
    broker_wait_s: float = 120.0  # how long a worker tries to send a task while the broker is away

    @property
    def visibility_timeout_s(self) -> float:
        return self.task_time_limit_s + self.redelivery_margin_s

    @property
    def unacked_restore_interval_s(self) -> float:
        """How often a worker looks for tasks to hand out again: a small part of the timeout."""
        return max(1.0, min(60.0, self.visibility_timeout_s / 10))

    @property
    def stalled_after_s(self) -> float:
        """A batch on which nothing moved for this long, while no task waits in the queue, lost its
        tasks: any task taken by a worker has finished, died or been handed out again by then."""
        return 2 * self.visibility_timeout_s


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
    kdf: KdfCost = field(default_factory=KdfCost)
    web: WebSettings = field(default_factory=WebSettings)
    queue: QueueSettings = field(default_factory=QueueSettings)
    # Open every store for reading only (a copy on read-only media, a reviewer's working copy), as
    # happens anyway when the store's folder or database is not writable.
    read_only: bool = False

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


def cache_dir() -> Path:
    """Where Habeas keeps what it can always make again from what is installed (an unpacked model):
    ``HABEAS_CACHE_DIR``, else ``$XDG_CACHE_HOME/habeas``, else ``~/.cache/habeas``. Read from the
    environment alone: the parser processes need it before any store is opened."""
    explicit = os.environ.get("HABEAS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "habeas"


def load_settings(store: str | Path | None = None, database_url: str | None = None) -> Settings:
    """Build settings from flags, then ``HABEAS_*`` environment variables, then the config file."""
    store_path = Path(store or os.environ.get("HABEAS_STORE") or DEFAULT_STORE)
    file_values = _read_config_file(store_path / CONFIG_FILE)
    url = database_url or os.environ.get("HABEAS_DATABASE_URL") or file_values.get("database_url")
    workers = os.environ.get("HABEAS_WORKERS") or file_values.get("workers")
    limits = _section_from(IngestLimits, file_values.get("limits", {}), "HABEAS_")
    web = _section_from(WebSettings, file_values.get("web", {}), "HABEAS_WEB_")
    queue = _section_from(QueueSettings, file_values.get("queue", {}), "HABEAS_")
    kdf = _section_from(KdfCost, file_values.get("kdf", {}), "HABEAS_KDF_")
    proxies = os.environ.get("HABEAS_TRUSTED_PROXIES")
    if proxies is not None:  # the documented name, outside the HABEAS_WEB_ prefix
        web = replace(web, trusted_proxies=proxies)
    settings = Settings(store=store_path, database_url=url or None, limits=limits, web=web, kdf=kdf, queue=queue)
    if workers:
        settings = replace(settings, workers=max(1, int(workers)))
    read_only = os.environ.get("HABEAS_READ_ONLY", file_values.get("read_only"))
    if read_only is not None:
        settings = replace(settings, read_only=yes_or_no("HABEAS_READ_ONLY", read_only))
    backend = os.environ.get("HABEAS_LINKAGE_BACKEND") or file_values.get("linkage_backend")
    if backend:
        settings = replace(settings, linkage_backend=str(backend).strip().lower())
    return settings


def yes_or_no(name: str, raw: object) -> bool:
    """A yes/no setting as people write it (1/0, true/false, yes/no, on/off)."""
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in {"", "0", "false", "no", "off"}:
        return False
    if text in {"1", "true", "yes", "on"}:
        return True
    raise BadSettings(f"{name}: not a yes/no setting: {text!r}")


_Section = TypeVar("_Section", IngestLimits, WebSettings, KdfCost, QueueSettings)


def _section_from(cls: type[_Section], file_section: dict[str, Any], env_prefix: str) -> _Section:
    """One section of settings: ``env_prefix + NAME`` in the environment, else the config file's value."""
    values: dict[str, Any] = {}
    defaults = cls()
    for f in fields(cls):
        raw = os.environ.get(env_prefix + f.name.upper(), file_section.get(f.name))
        if raw not in (None, ""):
            default = getattr(defaults, f.name)
            kind = str if default is None else type(default)
            values[f.name] = _parse_bool(raw) if kind is bool else kind(raw)
    return cls(**values)


def _parse_bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text not in {"1", "0", "true", "false", "yes", "no", "on", "off"}:
        raise ValueError(f"not a yes/no setting: {raw!r}")
    return text in {"1", "true", "yes", "on"}


def _read_config_file(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)
