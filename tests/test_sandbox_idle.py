"""A long-lived process (the web server) does not keep its sandboxed workers for good: a child that
has had nothing to do for the pool's idle time is stopped, and the next task starts one again (real
child processes)."""

from __future__ import annotations

import os
import time

from habeas.config import IngestLimits
from habeas.ingest.sandbox import Sandbox


def nothing_to_load() -> None:
    """A warm-up with no model, so the children start fast."""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _gone_within(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.05)
    return False


def test_an_idle_child_is_stopped_and_the_next_task_starts_another() -> None:
    with Sandbox(1, IngestLimits(), warm_up=nothing_to_load, idle_s=0.5) as sandbox:
        first = sandbox.call(os.getpid).result(timeout=60)
        assert _gone_within(first, 10), "the idle child was not stopped"
        second = sandbox.call(os.getpid).result(timeout=60)
    assert second != first


def test_a_working_child_and_one_used_again_in_time_are_kept() -> None:
    with Sandbox(1, IngestLimits(), warm_up=nothing_to_load, idle_s=1.0) as sandbox:
        pid = sandbox.call(os.getpid).result(timeout=60)
        sandbox.call(time.sleep, 2.5).result(timeout=60)  # busy for longer than the idle time
        pids = [sandbox.call(os.getpid).result(timeout=60)]
        for _ in range(3):
            time.sleep(0.3)
            pids.append(sandbox.call(os.getpid).result(timeout=60))
    assert pids == [pid] * 4


def test_without_an_idle_time_children_are_kept_until_the_pool_closes() -> None:
    with Sandbox(1, IngestLimits(), warm_up=nothing_to_load) as sandbox:
        pid = sandbox.call(os.getpid).result(timeout=60)
        time.sleep(1.5)
        assert _alive(pid)
        assert sandbox.call(os.getpid).result(timeout=60) == pid
    assert _gone_within(pid, 10)
