"""Parse files in child processes with memory and time limits, so a hostile file cannot hang
or kill the ingest. A child that overruns is killed and replaced; its file gets an error.

A long PDF can be read by several parsers at once, each a range of its pages (``submit_in_parts``),
its parts joined in order when the last is in; each part has the time limit of its own.

Small files go to a parser several at a time (``submit_batch``): one message out, each file's
result back as soon as it is parsed, so the pipe and the threads are paid once per batch, not once
per file. The time limit holds for each file of a batch on its own; a file that overruns it or
kills its parser gets the error alone, and the files after it in its batch are parsed again in a
fresh parser.

The same pool runs other bounded work (analysis) through ``Sandbox.call``: a module-level
function and its arguments, under the same limits; an overrun raises ``Overrun``."""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import os
import queue
import resource
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from multiprocessing import spawn
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerContext, SpawnContext
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from habeas.config import IngestLimits
from habeas.ingest.model import ERROR, Extracted, Part

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
    part: Part | None = None  # only this share of a PDF's pages (``submit_in_parts``)


@dataclass(frozen=True)
class ParseBatch:
    """Files to parse one after the other in one child; it sends each result back as it is made."""

    tasks: tuple[ParseTask, ...]


@dataclass(frozen=True)
class Call:
    """A module-level function (sent by name) and its arguments, to run in a child."""

    function: Callable[..., Any]
    args: tuple[Any, ...]


class Overrun(Exception):
    """A call ran past the sandbox's time limit, or its child died (out of memory). ``done``: the
    results its child sent before (of the files of a batch before the one that overran)."""

    def __init__(self, message: str, done: list[Any] | None = None) -> None:
        super().__init__(message)
        self.done = done or []


def warm_parsers() -> None:
    """Import the parsers and load the language model, so a file's time limit counts its
    parsing, not the child's start-up."""
    from habeas.ingest.language import detect_language

    detect_language("warming up the language model before the first file")


# (path, name, workdir, limits, room) -> the document: what a child runs on each file; a task with
# a part of a PDF passes the part as well, a sixth argument
Parser = Callable[..., Extracted]


@dataclass(frozen=True)
class Surroundings:
    """What a child takes from the process that asked for it, as a spawned child would: its
    environment (PATH finds Tesseract and LibreOffice) and working folder, as they are now, not as
    they were when the server it forks from started."""

    environ: dict[str, str]
    cwd: str | None

    @classmethod
    def here(cls) -> Surroundings:
        try:
            cwd: str | None = os.getcwd()
        except OSError:  # the working folder was removed
            cwd = None
        return cls(dict(os.environ), cwd)

    def enter(self) -> None:
        os.environ.clear()
        os.environ.update(self.environ)
        if self.cwd is not None:
            with contextlib.suppress(OSError):
                os.chdir(self.cwd)


def _child_main(
    conn: Connection,
    limits: IngestLimits,
    warm_up: Callable[[], Any],
    parse: Parser | None,
    surroundings: Surroundings,
) -> None:
    """The child's loop: receive a task (or a batch of files), run it, send each result back."""
    surroundings.enter()
    resource.setrlimit(resource.RLIMIT_AS, (limits.parse_memory_bytes, limits.parse_memory_bytes))
    from habeas.ingest.ocr import set_heartbeat

    if parse is None:
        from habeas.ingest.extract import extract_file  # imported here: only children parse

        parse = extract_file
    set_heartbeat(lambda: conn.send(WORKING))  # each OCR'd page restarts its file's time limit
    warm_up()
    conn.send(READY)
    while True:
        try:
            task = conn.recv()
        except EOFError:
            os._exit(0)
        if task is None:  # every result has been read: nothing to flush or tear down
            os._exit(0)
        if isinstance(task, Call):
            try:
                conn.send((True, task.function(*task.args)))
            except MemoryError:
                conn.send((False, f"needed more than {limits.parse_memory_bytes // 2**20} MiB of memory"))
            continue
        for one in task.tasks if isinstance(task, ParseBatch) else (task,):
            args = (one.path, one.name, one.workdir, limits, one.room)
            conn.send(parse(*args) if one.part is None else parse(*args, one.part))


# What the server that children fork from imports once: the main module (as spawn would import it
# in every child: see ``_name_main_for_server``) and the parsers with their language model.
PRELOAD = ["habeas.ingest.preload"]
# The environment variable that names that main module's file to the server
MAIN_PATH_VARIABLE = "HABEAS_FORKSERVER_MAIN"


def _context() -> SpawnContext | ForkServerContext:
    """Children fork from a server process started once (forkserver): it imports the parsers and
    loads the language model, so a new child (the first ones, or one replacing a child that was
    killed) starts in milliseconds instead of importing everything again. The server is a fresh,
    single-threaded process, never this one, so nothing of the caller's (threads, open files,
    database connections) is forked. Where there is no forkserver, each child is spawned."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    _name_main_for_server()
    return context


def _name_main_for_server() -> None:
    """Name the main module each child would import (a script run by its path: spawn's preparation
    says so) to the server, which imports it once (``habeas.ingest.preload``), so that a child forked
    from it finds it imported and does not run it again. The forkserver's own way, "__main__" among
    the modules it preloads, does nothing on Python 3.11: the server asks spawn's preparation for a
    "main_path" that spawn names "init_main_from_path", so every child ran the main module's imports
    itself (seconds each, for a script that imports the analysis)."""
    main_path = spawn.get_preparation_data("forkserver").get("init_main_from_path")
    if main_path:
        os.environ[MAIN_PATH_VARIABLE] = main_path


class _Child:
    """One child process and the pipe to it."""

    def __init__(self, limits: IngestLimits, warm_up: Callable[[], Any], parse: Parser | None = None) -> None:
        context = _context()
        self.conn, child_conn = context.Pipe()
        self.process: BaseProcess = context.Process(
            target=_child_main, args=(child_conn, limits, warm_up, parse, Surroundings.here()), daemon=True
        )
        self.process.start()
        child_conn.close()
        self.idle_since = time.monotonic()
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
    """A pool of sandboxed children; ``submit`` returns a future of a file's extraction,
    ``submit_batch`` one of several files' (in their order), ``call`` a future of a function's
    result. ``warm_up`` runs once in each child before its first task; ``parse`` (a module-level
    function) reads each file, ``extract_file`` unless given. With ``idle_s``, a child that has had
    nothing to do for that many seconds is stopped (a long-lived process, such as the web server,
    does not keep analysis workers and their language model for good); its place starts a child
    again when next needed."""

    def __init__(
        self,
        workers: int,
        limits: IngestLimits,
        warm_up: Callable[[], Any] = warm_parsers,
        parse: Parser | None = None,
        idle_s: float | None = None,
    ) -> None:
        self.workers = workers
        self.limits = limits
        self.warm_up = warm_up
        self.parse = parse
        self._idle: queue.SimpleQueue[_Child | None] = queue.SimpleQueue()
        for _ in range(workers):
            self._idle.put(None)  # children start lazily, on first use
        self._threads = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="habeas-sandbox")
        self._children: list[_Child] = []
        self._children_lock = threading.Lock()
        self._closing = threading.Event()
        if idle_s is not None:
            threading.Thread(
                target=self._stop_idle_children, args=(idle_s,), name="habeas-sandbox-idle", daemon=True
            ).start()

    def submit(self, task: ParseTask) -> Future[Extracted]:
        return self._threads.submit(lambda: self._parse([task])[0])

    def submit_batch(self, tasks: list[ParseTask]) -> Future[list[Extracted]]:
        """Parse ``tasks`` one after the other in one child; each file has the time limit of its own."""
        return self._threads.submit(self._parse, list(tasks))

    def submit_in_parts(
        self, task: ParseTask, count: int, join: Callable[[list[Extracted]], Extracted]
    ) -> Future[list[Extracted]]:
        """Parse ``task`` as ``count`` parts, each in a child of its own (each with the time limit of
        its own), then ``join`` their results, in order, into the file's one (a list of one, as
        ``submit_batch`` gives for one file)."""
        parts = [self.submit(replace(task, part=Part(index, count))) for index in range(count)]
        return _joined(parts, lambda results: [join(results)])

    def call(self, function: Callable[..., Any], *args: Any) -> Future[Any]:
        """Run ``function(*args)`` in a child; the future raises ``Overrun`` past the limits."""
        return self._threads.submit(self._call, Call(function, args))

    def _parse(self, tasks: list[ParseTask]) -> list[Extracted]:
        """Each file's extraction, in order. The file a child overran on or died on gets the error;
        the files after it are sent again, to a fresh child."""
        results: list[Extracted] = []
        while len(results) < len(tasks):
            rest = tasks[len(results) :]
            try:
                results.extend(self._run(ParseBatch(tuple(rest)) if len(rest) > 1 else rest[0], len(rest)))
            except Overrun as exc:
                results.extend(exc.done)
                message = str(exc)
                results.append(_failed(message if message.startswith(PARSER_DIED) else f"parsing {message}"))
        return results

    def _call(self, task: Call) -> Any:
        ok, value = self._run(task, 1)[0]
        if not ok:
            raise Overrun(value)
        return value

    def _run(self, task: ParseTask | ParseBatch | Call, expected: int) -> list[Any]:
        """Send ``task`` to an idle child and read its ``expected`` results; ``Overrun`` (with the
        results read so far) when one takes longer than the time limit or the child dies."""
        child = self._idle.get() or self._start_child()
        results: list[Any] = []
        try:
            child.conn.send(task)
            while len(results) < expected:  # the time limit holds for each file, and each page of a long one
                if not child.conn.poll(self.limits.parse_timeout_s):
                    child.kill()
                    child = self._start_child()
                    raise Overrun(f"took longer than {self.limits.parse_timeout_s:g}s and was stopped", results)
                result = child.conn.recv()
                if result != WORKING:
                    results.append(result)
            return results
        except (EOFError, BrokenPipeError, ConnectionResetError, OSError) as exc:
            code = child.process.exitcode
            child.kill()
            child = self._start_child()
            raise Overrun(
                f"{PARSER_DIED} (exit code {code}); it may need more than "
                f"{self.limits.parse_memory_bytes // 2**20} MiB of memory",
                results,
            ) from exc
        finally:
            child.idle_since = time.monotonic()
            self._idle.put(child)

    def _start_child(self) -> _Child:
        child = _Child(self.limits, self.warm_up, self.parse)
        with self._children_lock:
            self._children = [one for one in self._children if one.process.is_alive()] + [child]
        return child

    def stop_idle(self, idle_s: float) -> int:
        """Stop the children that have been idle for ``idle_s`` seconds or more; how many."""
        waiting: list[_Child | None] = []
        with contextlib.suppress(queue.Empty):
            while True:
                waiting.append(self._idle.get_nowait())
        now = time.monotonic()
        retired = [child for child in waiting if child is not None and now - child.idle_since >= idle_s]
        for child in waiting:  # back first, so a task never waits for a child's exit
            self._idle.put(None if child in retired else child)
        for child in retired:
            child.stop()
        return len(retired)

    def _stop_idle_children(self, idle_s: float) -> None:
        while not self._closing.wait(max(idle_s / 4, 0.05)):
            self.stop_idle(idle_s)

    def close(self) -> None:
        self._closing.set()
        self._threads.shutdown(wait=True)
        with self._children_lock:
            children = list(self._children)
        for child in children:  # all at once: each child's exit takes a while
            child.ask_to_stop()
        for child in children:
            child.stop()

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_shared: dict[tuple[int, IngestLimits, Callable[[], Any], float | None], Sandbox] = {}
_shared_lock = threading.Lock()


def shared_sandbox(
    workers: int, limits: IngestLimits, warm_up: Callable[[], Any], idle_s: float | None = None
) -> Sandbox:
    """One pool per process for each kind of work (analysis), kept between calls so its children
    load their model once (children idle for ``idle_s`` are stopped); closed when the process exits."""
    key = (workers, limits, warm_up, idle_s)
    with _shared_lock:
        if key not in _shared:
            _shared[key] = Sandbox(workers, limits, warm_up, idle_s=idle_s)
        return _shared[key]


@atexit.register
def _close_shared() -> None:
    for sandbox in _shared.values():
        sandbox.close()


def _joined(parts: list[Future[Extracted]], join: Callable[[list[Extracted]], Any]) -> Future[Any]:
    """A future of ``join`` over the parts' results, once the last is in (no thread waits for them)."""
    joined: Future[Any] = Future()
    left = [len(parts)]
    lock = threading.Lock()

    def one_done(_part: Future[Extracted]) -> None:
        with lock:
            left[0] -= 1
            if left[0]:
                return
        try:
            joined.set_result(join([part.result() for part in parts]))
        except Exception as exc:  # a bug in the join: the ingest sees it, as it would a parser's
            joined.set_exception(exc)

    for part in parts:
        part.add_done_callback(one_done)
    return joined


def _failed(message: str) -> Extracted:
    return Extracted(file_type="unknown", status=ERROR, error=message)
