"""Names across scripts: forms of a name, matching it against the case, restricting table rows."""

from __future__ import annotations

from typing import Any, TypedDict, cast

from habeas.services import Caller
from habeas.services.guard import guarded
from habeas.services.users import may_see_restricted, role_of


class NameMatch(TypedDict):
    """A row (or entity) whose name matches a query, how well, and why."""

    id: str
    name: str
    score: float
    kind: str
    why: str
    document_id: str
    sheet: str
    row: int
    column: str


class NameMatches(TypedDict):
    """The matches of one query, best first (``habeas names match --json``)."""

    query: str
    matches: list[NameMatch]


class RestrictResult(TypedDict):
    """A table and the rows of it now marked restricted (``restricted``) or no longer (lifted)."""

    table: str
    rows: list[int]
    restricted: bool


def name_forms(name: str) -> dict[str, Any]:
    """A name in every script (ULY, Arabic script, Cyrillic, pinyin, Chinese transcription) and its keys."""
    from habeas.names.forms import name_forms as forms

    return forms(name)


@guarded("read")
def match_names(ctx: Caller, query: str, *, limit: int = 10, columns: list[str] | None = None,
                only_columns: bool = False, case: str | None = None,
                min_score: float = 0.5) -> NameMatches:
    """Rows (and, later, entities) whose name matches ``query`` across scripts, best first, with why."""
    from habeas.resolve.name_index import match_names as run

    return cast(NameMatches, run(ctx.store, query, limit=limit, columns=columns or [], only_columns=only_columns,
                                 case=case, actor=ctx.actor, min_score=min_score,
                                 see_restricted=may_see_restricted(role_of(ctx), case)))


@guarded("restricted")
def restrict_records(ctx: Caller, table: str, rows: list[int], *, reason: str = "",
                     lift: bool = False) -> RestrictResult:
    """Mark a table, or some of its rows, restricted (or lift the mark); for roles that may see them."""
    from habeas.protect import restricted

    return cast(RestrictResult, restricted.mark(ctx.store, table, rows, ctx.actor, reason=reason, lift=lift))
