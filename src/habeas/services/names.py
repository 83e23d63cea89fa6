"""Names across scripts: forms of a name, matching it against the case, restricting table rows."""

from __future__ import annotations

from typing import Any

from habeas.services import Caller
from habeas.services.guard import guarded
from habeas.services.users import may_see_restricted, role_of


def name_forms(name: str) -> dict[str, Any]:
    """A name in every script (ULY, Arabic script, Cyrillic, pinyin, Chinese transcription) and its keys."""
    from habeas.names.forms import name_forms as forms

    return forms(name)


@guarded("read")
def match_names(ctx: Caller, query: str, *, limit: int = 10, columns: list[str] | None = None,
                only_columns: bool = False, case: str | None = None,
                min_score: float = 0.5) -> dict[str, Any]:
    """Rows (and, later, entities) whose name matches ``query`` across scripts, best first, with why."""
    from habeas.resolve.name_index import match_names as run

    return run(ctx.store, query, limit=limit, columns=columns or [], only_columns=only_columns, case=case,
               actor=ctx.actor, min_score=min_score, see_restricted=may_see_restricted(role_of(ctx), case))


@guarded("restricted")
def restrict_records(ctx: Caller, table: str, rows: list[int], *, reason: str = "",
                     lift: bool = False) -> dict[str, Any]:
    """Mark a table, or some of its rows, restricted (or lift the mark); for roles that may see them."""
    from habeas.protect import restricted

    return restricted.mark(ctx.store, table, rows, ctx.actor, reason=reason, lift=lift)
