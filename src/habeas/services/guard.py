"""The role check every protected operation makes before it runs, against the one table of who
may do what (``habeas.protect.access.OPERATIONS``)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from habeas.errors import PermissionDenied
from habeas.protect.access import OPERATIONS, authorize
from habeas.services import Caller

F = TypeVar("F", bound=Callable[..., Any])

# Every operation ``guarded`` marks, by "module.name": the role x operation test walks it.
GUARDED: dict[str, str] = {}


def guarded(operation: str, refused: type[PermissionDenied] = PermissionDenied) -> Callable[[F], F]:
    """Check ``operation`` for the caller (the function's first argument) before it runs. A caller
    that is not a ``Caller`` is refused, so nobody reaches an operation without saying who asks. A
    refusal raises ``refused`` (a ``PermissionDenied``), for callers that tell refusals apart."""
    if operation not in OPERATIONS:
        raise ValueError(f"unknown operation {operation!r}")

    def wrap(function: F) -> F:
        @functools.wraps(function)
        def checked(ctx: Caller, *args: Any, **kwargs: Any) -> Any:
            if not isinstance(ctx, Caller):
                raise refused(f"{function.__name__} was called without saying who asks")
            try:
                authorize(ctx.store, ctx.actor, operation)
            except PermissionDenied as exc:
                if refused is PermissionDenied:
                    raise
                raise refused(str(exc)) from exc
            return function(ctx, *args, **kwargs)

        checked.operation = operation  # type: ignore[attr-defined]
        GUARDED[f"{function.__module__}.{function.__name__}"] = operation
        return checked  # type: ignore[return-value]

    return wrap
