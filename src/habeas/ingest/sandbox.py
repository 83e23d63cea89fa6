"""Parse files in child processes with memory and time limits, so a hostile file cannot hang
or kill the ingest. A child that overruns is killed and replaced; its file gets an error."""

from __future__ import annotations

import contextlib
import multiprocessing
import queue
import resource
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from habeas.config import IngestLimits
from habeas.ingest.model import ERROR, Extracted

READY = "ready"
PARSER_DIED = "the parser died on this file"  # how a crashed parser's error begins
STARTUP_TIMEOUT_S = 120.0  # importing the parsers and loading the language model, before any file


@dataclass(frozen=True)
class ParseTask:
    path: Path
    name: str
    workdir: Path
    room: int | None = None  # bytes an archive may still write out, from its top-level file's budget


def _child_main(conn: Connection, limits: IngestLimits) -> None:
    """The child's loop: receive a task, extract, send the result back."""
    resource.setrlimit(resource.RLIMIT_AS, (limits.parse_memory_bytes, limits.parse_memory_bytes))
    from habeas.ingest.extract import extract_file  # imported here: only children parse
    from habeas.ingest.language import detect_language

    # Load the language model now, so a file's time limit counts its parsing, not our start-up.
    detect_language("warming up the language model before the first file")
    conn.send(READY)
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        conn.send(extract_file(task.path, task.name, task.workdir, limits, task.room))


class _Child:
    """One child process and the pipe to it."""

    def __init__(self, limits: IngestLimits) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child_conn = context.Pipe()
        self.process: BaseProcess = context.Process(target=_child_main, args=(child_conn, limits), daemon=True)
        self.process.start()
        child_conn.close()
        try:  # start-up is not charged to the first file's parse time limit
            if not self.conn.poll(STARTUP_TIMEOUT_S) or self.conn.recv() != READY:
                self.kill()
        except (EOFError, OSError):
            pass  # a child that died starting is found out, and replaced, on its first task

    def stop(self) -> None:
        with contextlib.suppress(BrokenPipeError, OSError):
            self.conn.send(None)
        self.process.join(timeout=2)
        self.kill()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=5)
        self.conn.close()


class Sandbox:
    """A pool of sandboxed parsers; ``submit`` returns a future of the extraction."""

    def __init__(self, workers: int, limits: IngestLimits) -> None:
        self.limits = limits
        self._idle: queue.SimpleQueue[_Child | None] = queue.SimpleQueue()
        for _ in range(workers):
            self._idle.put(None)  # children start lazily, on first use
        self._threads = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="habeas-parse")
        self._children: list[_Child] = []

    def submit(self, task: ParseTask) -> Future[Extracted]:
        return self._threads.submit(self._run, task)

    def _run(self, task: ParseTask) -> Extracted:
        child = self._idle.get() or self._start_child()
        try:
            child.conn.send(task)
            if not child.conn.poll(self.limits.parse_timeout_s):
                child.kill()
                child = self._start_child()
                return _failed(f"parsing took longer than {self.limits.parse_timeout_s:g}s and was stopped")
            result: Extracted = child.conn.recv()
            return result
        except (EOFError, BrokenPipeError, ConnectionResetError, OSError):
            code = child.process.exitcode
            child.kill()
            child = self._start_child()
            return _failed(
                f"{PARSER_DIED} (exit code {code}); it may need more than "
                f"{self.limits.parse_memory_bytes // 2**20} MiB of memory"
            )
        finally:
            self._idle.put(child)

    def _start_child(self) -> _Child:
        child = _Child(self.limits)
        self._children.append(child)
        return child

    def close(self) -> None:
        self._threads.shutdown(wait=True)
        for child in self._children:
            child.stop()

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _failed(message: str) -> Extracted:
    return Extracted(file_type="unknown", status=ERROR, error=message)
