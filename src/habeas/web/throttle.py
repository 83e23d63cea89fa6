"""Login throttling: at most so many failed logins per user name, and per client address."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable

from habeas.config import WebSettings


class LoginThrottle:
    """At most so many failed logins per user name, and per client address, in a sliding window.
    Kept in memory: each server process counts its own."""

    def __init__(self, web: WebSettings, clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = {"name": web.login_failures_per_name, "address": web.login_failures_per_address}
        self.window = float(web.login_window_s)
        self.clock = clock
        self._failures: dict[tuple[str, str], deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def retry_after(self, name: str, address: str) -> int | None:
        """Seconds until ``name`` may try again from ``address``; None when it may now."""
        with self._lock:
            waits = []
            for key in (("name", name), ("address", address)):
                failures = self._failures[key]
                while failures and failures[0] <= self.clock() - self.window:
                    failures.popleft()
                if len(failures) >= self.limits[key[0]]:
                    waits.append(failures[0] + self.window - self.clock())
            return max(1, int(max(waits)) + 1) if waits else None

    def failed(self, name: str, address: str) -> None:
        with self._lock:
            self._failures[("name", name)].append(self.clock())
            self._failures[("address", address)].append(self.clock())

    def succeeded(self, name: str) -> None:
        """A right password clears its name's failures; the address's count stays."""
        with self._lock:
            self._failures.pop(("name", name), None)
