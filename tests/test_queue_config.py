"""The queue's settings reach Celery and Redis as configured, and a queued ingest without a broker
or a shared database says what is missing."""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path

import pytest
from kombu.exceptions import OperationalError

from conftest import Cli
from habeas.config import load_settings
from habeas.errors import QueueNotConfigured
from habeas.queue.app import INDEX_QUEUE, INDEX_TASK, check_queue_settings, make_celery, worker_sender


def test_redelivery_follows_the_longest_task(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HABEAS_BROKER_URL", "redis://127.0.0.1:1/0")
    monkeypatch.setenv("HABEAS_TASK_TIME_LIMIT_S", "600")
    monkeypatch.setenv("HABEAS_REDELIVERY_MARGIN_S", "45")
    settings = load_settings(tmp_path)
    conf = make_celery(settings).conf
    assert conf.broker_transport_options["visibility_timeout"] == 645  # not kombu's hour
    assert conf.broker_transport_options["unacked_restore_interval"] == 60
    assert conf.task_acks_late and conf.task_reject_on_worker_lost
    assert conf.worker_prefetch_multiplier == 1
    assert conf.task_routes[INDEX_TASK] == {"queue": INDEX_QUEUE}


def test_a_worker_sending_while_the_broker_is_away_waits_for_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Celery's default gives up sending within a second, and a retry that cannot be sent drops
    the task it retries; so a worker waits ``broker_wait_s`` for the broker, then says so. A client
    says so at once."""
    monkeypatch.setenv("HABEAS_BROKER_URL", f"redis://127.0.0.1:{_closed_port()}/0")
    monkeypatch.setenv("HABEAS_BROKER_WAIT_S", "3")
    settings = load_settings(tmp_path)
    app = make_celery(settings)
    began = time.monotonic()
    with pytest.raises(OperationalError):
        worker_sender(app, settings)(INDEX_TASK, [])
    assert time.monotonic() - began >= 3
    began = time.monotonic()
    with pytest.raises(OperationalError):
        app.send_task(INDEX_TASK)
    assert time.monotonic() - began < 3


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_queue_settings_from_the_store_config_file(tmp_path: Path) -> None:
    (tmp_path / "habeas.toml").write_text('[queue]\nbroker_url = "redis://queue-host:6379/0"\ntask_time_limit_s = 60\n')
    settings = load_settings(tmp_path)
    assert settings.queue.broker_url == "redis://queue-host:6379/0"
    assert settings.queue.visibility_timeout_s == 90


def test_workers_need_a_broker_and_postgresql(tmp_path: Path) -> None:
    with pytest.raises(QueueNotConfigured, match="HABEAS_BROKER_URL"):
        check_queue_settings(load_settings(tmp_path))
    (tmp_path / "habeas.toml").write_text('[queue]\nbroker_url = "redis://127.0.0.1:1/0"\n')
    with pytest.raises(QueueNotConfigured, match="PostgreSQL"):
        check_queue_settings(load_settings(tmp_path))


def test_ingest_queue_without_a_broker_is_a_clear_error(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A witness statement.")
    result = cli("ingest", tmp_path / "a.txt", "--queue")
    assert result.returncode == 2
    assert "HABEAS_BROKER_URL" in result.stderr
    listed = json.loads(cli("jobs", "--json").stdout)
    assert listed == {"batches": []}
