"""``habeas serve --workers N``: N processes, each with a listening socket of its own, so the kernel
spreads connections across them; a process that dies is replaced on its socket; SIGTERM stops all."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SO_REUSEPORT balances on Linux only")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def answers(port: int, deadline_s: float = 60) -> None:
    deadline = time.monotonic() + deadline_s
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=5) as response:
                assert response.status == 200
                return
        except OSError:
            assert time.monotonic() < deadline, "the server did not answer"
            time.sleep(0.3)


def server_processes(supervisor: int, port: int) -> list[int]:
    """The processes that serve: the supervisor's children that hold a socket listening on ``port``."""
    children = Path(f"/proc/{supervisor}/task/{supervisor}/children").read_text().split()
    return [int(c) for c in children if _listening_inodes(int(c), port)]


def _listening_inodes(pid: int, port: int) -> set[str]:
    inodes = set()
    try:
        fds = list(Path(f"/proc/{pid}/fd").iterdir())
    except FileNotFoundError:  # a child listed a moment ago that has since ended (a killed one, reaped)
        return set()
    for fd in fds:
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    return inodes & _listening_on(port)


def _listening_on(port: int) -> set[str]:
    """Inodes of the TCP sockets listening on ``port`` (state 0A in /proc/net/tcp)."""
    found = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:
            found.add(fields[9])
    return found


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("HABEAS_")}
    command = [sys.executable, "-m", "habeas", "--store", str(tmp_path / "store"), "serve", "--port", str(port)]
    server = subprocess.Popen([*command, "--workers", "2"], env=env, stderr=subprocess.PIPE)
    try:
        answers(port)
        yield server, port
    finally:
        if server.poll() is None:
            server.terminate()
            server.wait(timeout=60)


def test_each_server_process_listens_on_a_socket_of_its_own(served: tuple[subprocess.Popen[bytes], int]) -> None:
    server, port = served
    deadline = time.monotonic() + 30
    while len(server_processes(server.pid, port)) < 2:  # the second may still be starting
        assert time.monotonic() < deadline, "two server processes never listened"
        time.sleep(0.3)
    processes = server_processes(server.pid, port)
    sockets = [_listening_inodes(pid, port) for pid in processes]
    assert len(processes) == 2 and len(_listening_on(port)) == 2
    assert sockets[0].isdisjoint(sockets[1])  # not one socket shared, as uvicorn's own workers do


def test_a_server_process_that_dies_is_replaced_and_sigterm_stops_them_all(
    served: tuple[subprocess.Popen[bytes], int],
) -> None:
    server, port = served
    deadline = time.monotonic() + 30
    while len(server_processes(server.pid, port)) < 2:
        assert time.monotonic() < deadline, "two server processes never listened"
        time.sleep(0.3)
    victim = server_processes(server.pid, port)[0]
    os.kill(victim, signal.SIGKILL)
    deadline = time.monotonic() + 60
    while True:  # a new process takes the dead one's socket
        serving = server_processes(server.pid, port)
        if len(serving) == 2 and victim not in serving:
            break
        assert time.monotonic() < deadline, "the dead server process was not replaced"
        time.sleep(0.3)
    for _ in range(20):  # every connection is answered, whichever socket the kernel gives it to
        answers(port, deadline_s=30)
    server.send_signal(signal.SIGTERM)
    assert server.wait(timeout=60) == 0
    assert not _listening_on(port)
    for pid in serving:
        assert not _running(pid)


def test_no_server_process_outlives_its_supervisor(served: tuple[subprocess.Popen[bytes], int]) -> None:
    server, port = served
    deadline = time.monotonic() + 30
    while len(server_processes(server.pid, port)) < 2:
        assert time.monotonic() < deadline, "two server processes never listened"
        time.sleep(0.3)
    serving = server_processes(server.pid, port)
    server.kill()  # the supervisor, killed outright: it cannot stop its processes itself
    server.wait(timeout=30)
    deadline = time.monotonic() + 30
    while any(_running(pid) for pid in serving):
        assert time.monotonic() < deadline, "a server process outlived its supervisor"
        time.sleep(0.3)
    assert not _listening_on(port)


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_a_server_that_cannot_start_stops_with_a_clear_error_instead_of_restarting(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HABEAS_")}
    env["HABEAS_TRUSTED_PROXIES"] = "not a network"  # the app refuses to start with it
    command = [sys.executable, "-m", "habeas", "--store", str(tmp_path / "store"), "serve", "--port", str(free_port())]
    run = subprocess.run([*command, "--workers", "2"], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode != 0
    assert "could not start" in run.stderr and "not a network" in run.stderr
