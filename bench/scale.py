"""Ingest throughput: the in-process pool, then one and two Celery workers, on the same corpus.

    .venv/bin/python bench/scale.py              # 32 scanned pages (OCR), in one run
    .venv/bin/python bench/scale.py --files 64

The corpus is CPU-bound on purpose: PNG images of typed pages that Tesseract reads (one OCR
thread per file, OMP_THREAD_LIMIT=1, so a worker is one core). Each run gets a fresh PostgreSQL
database (scripts/postgres.sh) and store folder; the queued runs get a fresh Redis on a free
loopback port, one ``habeas indexer`` and N ``habeas worker --concurrency 1``. Workers are
warmed up on one file first (their parser child and language models load once per process), and
the clock runs from ``habeas ingest --queue`` to the batch being finished, indexed and resolved.
The in-process run is ``habeas ingest`` with HABEAS_WORKERS=2, start-up included. Figures are
printed with the machine's load, never asserted."""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import psycopg
import redis
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
LINES = 12  # typed lines per page: about a second of Tesseract each on an idle core
WORDS = [
    "detention",
    "facility",
    "transfer",
    "order",
    "county",
    "police",
    "bureau",
    "camp",
    "register",
    "guard",
    "shift",
    "report",
    "vocational",
    "training",
    "centre",
    "re-education",
    "Urumqi",
    "Kashgar",
    "Hotan",
    "Aksu",
    "Yarkand",
    "Turpan",
    "record",
    "family",
    "visit",
    "denied",
    "released",
    "sentenced",
    "years",
    "prison",
    "security",
    "level",
    "cell",
    "block",
]


def make_corpus(folder: Path, files: int, seed: int = 7) -> None:
    """Typed pages as PNG, each with different text, so none is a duplicate of another."""
    from PIL import Image, ImageDraw, ImageFont

    folder.mkdir(parents=True)
    rng = random.Random(seed)
    font = ImageFont.load_default(size=26)
    for n in range(files):
        image = Image.new("L", (1400, 600), "white")
        draw = ImageDraw.Draw(image)
        for line in range(LINES):
            text = f"{n}.{line} " + " ".join(rng.choice(WORDS) for _ in range(11))
            draw.text((40, 30 + 42 * line), text, fill="black", font=font)
        image.save(folder / f"page-{n:03}.png")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


CREATED: list[str] = []  # databases this run made, dropped at its end


def _admin(admin_url: str) -> psycopg.Connection[Any]:
    url = make_url(admin_url).set(drivername="postgresql")
    return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)


def fresh_database(admin_url: str) -> str:
    name = f"habeas_scale_{uuid.uuid4().hex[:10]}"
    with _admin(admin_url) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    CREATED.append(name)
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_databases(admin_url: str) -> None:
    with _admin(admin_url) as conn:
        for name in CREATED:
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


def habeas(*args: str) -> list[str]:
    return [sys.executable, "-m", "habeas", *args]


def run_in_process(corpus: Path, work: Path, admin_url: str, env: dict[str, str]) -> float:
    env = {
        **env,
        "HABEAS_STORE": str(work / "in-process"),
        "HABEAS_DATABASE_URL": fresh_database(admin_url),
        "HABEAS_WORKERS": "2",
    }
    began = time.perf_counter()
    done = subprocess.run(habeas("ingest", str(corpus), "--json"), env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - began
    check(done, corpus)
    return seconds


def commits(database_url: str) -> int:
    """Transactions PostgreSQL has committed in this database so far."""
    url = make_url(database_url)
    with psycopg.connect(url.set(drivername="postgresql").render_as_string(hide_password=False)) as conn:
        conn.execute("SELECT pg_stat_clear_snapshot()")
        row = conn.execute("SELECT xact_commit FROM pg_stat_database WHERE datname = %s", (url.database,)).fetchone()
    return int(row[0]) if row else 0


COST: dict[str, float] = {}  # what the shared services did per document, in the last queued run


def run_queued(corpus: Path, warmup: Path, work: Path, admin_url: str, env: dict[str, str], workers: int) -> float:
    port = free_port()
    redis_dir = work / f"redis-{workers}"
    redis_dir.mkdir()
    broker = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--dir",
            str(redis_dir),
            "--save",
            "",
            "--appendonly",
            "yes",
        ],
        stdout=subprocess.DEVNULL,
    )
    env = {
        **env,
        "HABEAS_STORE": str(work / f"queued-{workers}"),
        "HABEAS_DATABASE_URL": fresh_database(admin_url),
        "HABEAS_BROKER_URL": f"redis://127.0.0.1:{port}/0",
    }
    processes: list[subprocess.Popen[bytes]] = []
    try:
        wait_for_redis(port)
        subprocess.run(habeas("cases"), env=env, check=True, capture_output=True)  # migrate once
        logs = (work / f"logs-{workers}").open("wb")
        processes.append(
            subprocess.Popen(habeas("indexer"), env=env, stdout=logs, stderr=subprocess.STDOUT, start_new_session=True)
        )
        for n in range(workers):
            processes.append(
                subprocess.Popen(
                    habeas("worker", "--concurrency", "1", "--name", f"bench{n}"),
                    env=env,
                    stdout=logs,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            )
        for n in range(workers):  # one warm-up file per worker: each takes one task at a time
            check(
                subprocess.run(
                    habeas("ingest", str(warmup / f"w{n}"), "--queue", "--json", "--case", "warmup"),
                    env=env,
                    capture_output=True,
                    text=True,
                ),
                warmup / f"w{n}",
            )
        broker_client = redis.Redis(port=port)
        commands_before = int(broker_client.info("stats")["total_commands_processed"])
        commits_before = commits(env["HABEAS_DATABASE_URL"])
        began = time.perf_counter()
        done = subprocess.run(
            habeas("ingest", str(corpus), "--queue", "--json"), env=env, capture_output=True, text=True
        )
        seconds = time.perf_counter() - began
        time.sleep(1)  # PostgreSQL's statistics arrive a moment late
        files = sum(1 for p in corpus.rglob("*") if p.is_file())
        COST["commits"] = (commits(env["HABEAS_DATABASE_URL"]) - commits_before) / files
        COST["redis"] = (int(broker_client.info("stats")["total_commands_processed"]) - commands_before) / files
        check(done, corpus)
        return seconds
    finally:
        for process in processes:
            os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        broker.terminate()
        broker.wait(timeout=20)


def wait_for_redis(port: int) -> None:
    client = redis.Redis(port=port)
    for _ in range(200):
        try:
            client.ping()
            return
        except redis.ConnectionError:
            time.sleep(0.05)
    raise RuntimeError("redis-server did not start")


def check(done: subprocess.CompletedProcess[str], corpus: Path) -> None:
    if done.returncode != 0:
        raise SystemExit(
            f"ingest of {corpus} failed ({done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
        )
    report: dict[str, Any] = json.loads(done.stdout)
    expected = sum(1 for p in corpus.rglob("*") if p.is_file())
    if report["new"] != expected:
        raise SystemExit(f"expected {expected} new documents from {corpus}, got {report['new']}")


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=32, help="scanned pages to take in (default 32)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()
    if not shutil.which("tesseract") or not shutil.which("redis-server"):
        raise SystemExit("needs Tesseract and Redis: scripts/system-deps.sh ocr redis")
    admin_url = subprocess.run(
        [str(ROOT / "scripts" / "postgres.sh"), "start"], capture_output=True, text=True, check=True
    ).stdout.strip()
    work = Path(tempfile.mkdtemp(prefix="habeas-scale-"))
    env = {**os.environ, "OMP_THREAD_LIMIT": "1", "HABEAS_OCR_LANGUAGES": "eng", "HABEAS_TASK_TIME_LIMIT_S": "300"}
    env.pop("HABEAS_STORE", None)
    try:
        corpus = work / "corpus"
        make_corpus(corpus, args.files)
        warmup = work / "warmup"
        for n in range(2):
            make_corpus(warmup / f"w{n}", 1, seed=100 + n)
        print(f"corpus: {args.files} PNG pages for OCR; {os.cpu_count()} CPUs; load before: {load()}")
        results: list[tuple[str, float]] = []
        for label, run in (
            ("in-process pool (2 parsers)", lambda: run_in_process(corpus, work, admin_url, env)),
            ("1 Celery worker", lambda: run_queued(corpus, warmup, work, admin_url, env, 1)),
            ("2 Celery workers", lambda: run_queued(corpus, warmup, work, admin_url, env, 2)),
        ):
            seconds = run()
            results.append((label, seconds))
            print(f"  {label:<30} {seconds:7.1f} s  {args.files / seconds:6.2f} documents/s   (load {load()})")
        one, two = results[1][1], results[2][1]
        print(
            f"speed-up, 2 workers over 1: {one / two:.2f}x   (in-process pool over 1 worker: "
            f"{one / results[0][1]:.2f}x)"
        )
        print(
            f"per document, queued: {COST['commits']:.1f} PostgreSQL transactions (all processes, polling "
            f"included), {COST['redis']:.1f} Redis commands"
        )
    finally:
        drop_databases(admin_url)
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
