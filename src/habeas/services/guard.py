"""The role check every protected operation makes before it runs, against the one table of who
may do what (``habeas.protect.access.OPERATIONS``).

The check here is the store role; the case dimension is the operation's own: whatever it reads or
writes of a case, it narrows to the caller's cases with ``habeas.services.cases.visible_case_ids``
(and its helpers), where a member's role in each case counts."""

from __future__ import annotations

import functools
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, TypeVar

from habeas.errors import PermissionDenied
from habeas.protect.access import OPERATIONS, authorize
from habeas.services import Caller

F = TypeVar("F", bound=Callable[..., Any])

# Every operation ``guarded`` marks, by "module.name": the role x operation test walks it.
GUARDED: dict[str, str] = {}

# The caller an operation in progress has already checked (store, actor, role): an operation that
# calls others (a dossier reads an entity, which cross-references sanctions) reads the account once.
_checked: ContextVar[tuple[int, str, str] | None] = ContextVar("checked", default=None)


def _role_checked_before(ctx: Caller) -> str | None:
    checked = _checked.get()
    if checked is not None and checked[0] == id(ctx.store) and checked[1] == ctx.actor:
        return checked[2]
    return None


def guarded(operation: str, refused: type[PermissionDenied] = PermissionDenied) -> Callable[[F], F]:
    """Check ``operation`` for the caller (the function's first argument) before it runs. A caller
    that is not a ``Caller`` is refused, so nobody reaches an operation without saying who asks. A
    refusal raises ``refused`` (a ``PermissionDenied``), for callers that tell refusals apart."""
    if operation not in OPERATIONS:
        raise ValueError(f"unknown operation {operation!r}")

    def wrap(function: F) -> F:
        @functools.wraps(function)
        def checked(ctx: Caller, *args: Any, **kwargs: Any) -> Any:
            if not isinstance(ctx, Caller) or not isinstance(ctx.actor, str):
                raise refused(f"{function.__name__} was called without saying who asks")
            role = _role_checked_before(ctx)
            try:
                if role is None:
                    role = authorize(ctx.store, ctx.actor, operation)
                elif role not in OPERATIONS[operation]:
                    raise PermissionDenied(f"a {role} may not {operation}")
            except PermissionDenied as exc:
                if refused is PermissionDenied:
                    raise
                raise refused(str(exc)) from exc
            token = _checked.set((id(ctx.store), ctx.actor, role))
            try:
                return function(ctx, *args, **kwargs)
            finally:
                _checked.reset(token)

        checked.operation = operation  # type: ignore[attr-defined]
        GUARDED[f"{function.__module__}.{function.__name__}"] = operation
        return checked  # type: ignore[return-value]

    return wrap
