"""Parse files in child processes with memory and time limits, so a hostile file cannot hang
or kill the ingest. A child that overruns is killed and replaced; its file gets an error.

The same pool runs other bounded work (analysis) through ``Sandbox.call``: a module-level
function and its arguments, under the same limits; an overrun raises ``Overrun``."""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import queue
import resource
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from habeas.config import IngestLimits
from habeas.ingest.model import ERROR, Extracted

READY = "ready"
WORKING = "working"  # a child's word that it finished one more page of a long file (OCR)
PARSER_DIED = "the parser died on this file"  # how a crashed parser's error begins
STARTUP_TIMEOUT_S = 120.0  # importing the parsers and loading the language model, before any file
STOP_GRACE_S = 0.5  # how long an idle child asked to stop may take to exit before it is killed


@dataclass(frozen=True)
class ParseTask:
    path: Path
    name: str
    workdir: Path
    room: int | None = None  # bytes an archive may still write out, from its top-level file's budget


@dataclass(frozen=True)
class Call:
    """A module-level function (sent by name) and its arguments, to run in a child."""

    function: Callable[..., Any]
    args: tuple[Any, ...]


class Overrun(Exception):
    """A call ran past the sandbox's time limit, or its child died (out of memory)."""


def warm_parsers() -> None:
    """Import the parsers and load the language model, so a file's time limit counts its
    parsing, not the child's start-up."""
    from habeas.ingest.language import detect_language

    detect_language("warming up the language model before the first file")


def _child_main(conn: Connection, limits: IngestLimits, warm_up: Callable[[], Any]) -> None:
    """The child's loop: receive a task, run it, send the result back."""
    resource.setrlimit(resource.RLIMIT_AS, (limits.parse_memory_bytes, limits.parse_memory_bytes))
    from habeas.ingest.extract import extract_file  # imported here: only children parse
    from habeas.ingest.ocr import set_heartbeat

    set_heartbeat(lambda: conn.send(WORKING))  # each OCR'd page restarts its file's time limit
    warm_up()
    conn.send(READY)
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        if isinstance(task, Call):
            try:
                conn.send((True, task.function(*task.args)))
            except MemoryError:
                conn.send((False, f"needed more than {limits.parse_memory_bytes // 2**20} MiB of memory"))
            continue
        conn.send(extract_file(task.path, task.name, task.workdir, limits, task.room))


class _Child:
    """One child process and the pipe to it."""

    def __init__(self, limits: IngestLimits, warm_up: Callable[[], Any]) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child_conn = context.Pipe()
        self.process: BaseProcess = context.Process(target=_child_main, args=(child_conn, limits, warm_up), daemon=True)
        self.process.start()
        child_conn.close()
        try:  # start-up is not charged to the first file's parse time limit
            if not self.conn.poll(STARTUP_TIMEOUT_S) or self.conn.recv() != READY:
                self.kill()
        except (EOFError, OSError):
            pass  # a child that died starting is found out, and replaced, on its first task

    def stop(self) -> None:
        """Ask the idle child to end; one still tearing its interpreter down after a moment is
        killed (it holds nothing: every result it made has been read)."""
        self.ask_to_stop()
        self.process.join(timeout=STOP_GRACE_S)
        self.kill()

    def ask_to_stop(self) -> None:
        with contextlib.suppress(BrokenPipeError, OSError):
            self.conn.send(None)

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=5)
        self.conn.close()


class Sandbox:
    """A pool of sandboxed children; ``submit`` returns a future of a file's extraction, ``call``
    a future of a function's result. ``warm_up`` runs once in each child before its first task."""

    def __init__(self, workers: int, limits: IngestLimits, warm_up: Callable[[], Any] = warm_parsers) -> None:
        self.limits = limits
        self.warm_up = warm_up
        self._idle: queue.SimpleQueue[_Child | None] = queue.SimpleQueue()
        for _ in range(workers):
            self._idle.put(None)  # children start lazily, on first use
        self._threads = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="habeas-sandbox")
        self._children: list[_Child] = []

    def submit(self, task: ParseTask) -> Future[Extracted]:
        return self._threads.submit(self._parse, task)

    def call(self, function: Callable[..., Any], *args: Any) -> Future[Any]:
        """Run ``function(*args)`` in a child; the future raises ``Overrun`` past the limits."""
        return self._threads.submit(self._call, Call(function, args))

    def _parse(self, task: ParseTask) -> Extracted:
        try:
            result: Extracted = self._run(task)
        except Overrun as exc:
            message = str(exc)
            return _failed(message if message.startswith(PARSER_DIED) else f"parsing {message}")
        return result

    def _call(self, task: Call) -> Any:
        ok, value = self._run(task)
        if not ok:
            raise Overrun(value)
        return value

    def _run(self, task: ParseTask | Call) -> Any:
        child = self._idle.get() or self._start_child()
        try:
            child.conn.send(task)
            while True:  # the time limit holds for each page of a file read page by page
                if not child.conn.poll(self.limits.parse_timeout_s):
                    child.kill()
                    child = self._start_child()
                    raise Overrun(f"took longer than {self.limits.parse_timeout_s:g}s and was stopped")
                result = child.conn.recv()
                if result != WORKING:
                    return result
        except (EOFError, BrokenPipeError, ConnectionResetError, OSError) as exc:
            code = child.process.exitcode
            child.kill()
            child = self._start_child()
            raise Overrun(
                f"{PARSER_DIED} (exit code {code}); it may need more than "
                f"{self.limits.parse_memory_bytes // 2**20} MiB of memory"
            ) from exc
        finally:
            self._idle.put(child)

    def _start_child(self) -> _Child:
        child = _Child(self.limits, self.warm_up)
        self._children.append(child)
        return child

    def close(self) -> None:
        self._threads.shutdown(wait=True)
        for child in self._children:  # all at once: each child's exit takes a while
            child.ask_to_stop()
        for child in self._children:
            child.stop()

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_shared: dict[tuple[int, IngestLimits, Callable[[], Any]], Sandbox] = {}
_shared_lock = threading.Lock()


def shared_sandbox(workers: int, limits: IngestLimits, warm_up: Callable[[], Any]) -> Sandbox:
    """One pool per process for each kind of work (analysis), kept between calls so its children
    load their model once; closed when the process exits."""
    key = (workers, limits, warm_up)
    with _shared_lock:
        if key not in _shared:
            _shared[key] = Sandbox(workers, limits, warm_up)
        return _shared[key]


@atexit.register
def _close_shared() -> None:
    for sandbox in _shared.values():
        sandbox.close()


def _failed(message: str) -> Extracted:
    return Extracted(file_type="unknown", status=ERROR, error=message)
