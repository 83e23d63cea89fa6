"""How long work reports its progress: a protocol the faces implement (a terminal bar, a web
job's counters, a queued batch's rows) and the stages call. A leaf module."""

from typing import Protocol


class Progress(Protocol):
    def add_total(self, n: int) -> None: ...

    def advance(self, label: str) -> None: ...


class NoProgress:
    """Progress that nobody watches."""

    def add_total(self, n: int) -> None:
        pass

    def advance(self, label: str) -> None:
        pass
