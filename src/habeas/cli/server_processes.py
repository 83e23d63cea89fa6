"""Several server processes for ``habeas serve --workers N``, each with a listening socket of its own.

uvicorn's own ``--workers`` shares one listening socket between its processes. Whichever process
wakes first takes every connection waiting to be accepted, so a burst of clients (a browser's
parallel connections, a proxy's connection pool, a load test) lands almost whole on one process:
with 50 connections, 45 went to one of two processes and 5 to the other, and that one process
answered nine requests in ten while the other core idled.

Here every process gets its own socket, bound to the same address with ``SO_REUSEPORT``, so the
kernel spreads new connections evenly across them. The supervisor keeps every socket open while it
runs: a process that dies is replaced on the same socket, and connections that arrive meanwhile wait
in that socket's queue instead of being refused. Linux only (elsewhere ``SO_REUSEPORT`` does not
balance); other systems keep uvicorn's shared socket.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import socket
import sys
import threading
import time
import traceback
from multiprocessing.connection import wait
from multiprocessing.process import BaseProcess
from types import FrameType
from typing import Any

RESTART_PAUSE_S = 1.0
STARTUP_FAILURE = 3  # a process's exit code when it never started serving (uvicorn's own)


def balanced_sockets_supported() -> bool:
    return sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


def listening_socket(host: str, port: int, backlog: int = 2048) -> socket.socket:
    """A listening TCP socket on ``host``:``port`` in the port's ``SO_REUSEPORT`` group."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(backlog)
    return sock  # handed to each process by multiprocessing, never inherited by other children


def _serve_one(sock: socket.socket, options: dict[str, Any]) -> None:
    """One server process: uvicorn over the socket it was given (runs in the child), until it is
    told to stop or the supervisor is gone."""
    import uvicorn

    threading.Thread(target=_stop_with_parent, daemon=True).start()
    server = uvicorn.Server(uvicorn.Config(**options))
    try:
        server.run(sockets=[sock])
    except BaseException as exc:
        if server.started:
            raise
        if not isinstance(exc, SystemExit):
            traceback.print_exc()  # why the app could not be built (uvicorn logs its own refusals)
    if not server.started:  # restarting it would fail the same way
        sys.exit(STARTUP_FAILURE)


def _stop_with_parent() -> None:
    """Stop (as on SIGTERM: the requests in flight are finished) once the supervisor has ended,
    whatever ended it, so that no server process outlives it."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        wait([parent.sentinel])
        os.kill(os.getpid(), signal.SIGTERM)


class ServerProcesses:
    """``count`` uvicorn processes, one per socket; each replaced if it dies, all stopped together
    on SIGINT or SIGTERM."""

    def __init__(self, options: dict[str, Any], host: str, port: int, count: int) -> None:
        self.options = options
        self.sockets = [listening_socket(host, port) for _ in range(count)]
        self.context = multiprocessing.get_context("spawn")
        self.processes: list[BaseProcess] = []
        self.stopping = False

    def _start(self, index: int) -> BaseProcess:
        process = self.context.Process(target=_serve_one, args=(self.sockets[index], self.options), daemon=False)
        process.start()
        return process

    def _stop(self, _signum: int, _frame: FrameType | None) -> None:
        self.stopping = True

    def run(self) -> None:
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, self._stop)
        try:
            self.processes = [self._start(index) for index in range(len(self.sockets))]
            while not self.stopping:
                wait([p.sentinel for p in self.processes], timeout=0.5)
                self._replace_dead()
        finally:
            self._stop_all()

    def _replace_dead(self) -> None:
        for index, process in enumerate(self.processes):
            if process.is_alive() or self.stopping:
                continue
            if process.exitcode == STARTUP_FAILURE:
                self.stopping = True
                raise SystemExit("a server process could not start; see above")
            print(f"server process {process.pid} ended ({process.exitcode}); starting another", file=sys.stderr)
            time.sleep(RESTART_PAUSE_S)
            self.processes[index] = self._start(index)

    def _stop_all(self) -> None:
        for process in self.processes:
            if process.is_alive():
                process.terminate()  # uvicorn finishes the requests in flight, then exits
        for process in self.processes:
            process.join(timeout=30)
            if process.is_alive():
                process.kill()
                process.join()
        for sock in self.sockets:
            sock.close()
