"""Names across scripts: forms of a name, matching it against the case, restricting table rows."""

from __future__ import annotations

from typing import Any, TypedDict, cast

from sqlalchemy import select

from habeas.errors import PermissionDenied
from habeas.progress import NoProgress, Progress
from habeas.protect import access
from habeas.protect.models import SealedLookup, Testimony
from habeas.protect.testimony import LOOKUP_FIELDS, lookup_digest
from habeas.services import Caller
from habeas.services.guard import guarded
from habeas.services.users import may_see_restricted, role_of
from habeas.store import audit
from habeas.store.models import Case


class EntityDocument(TypedDict):
    document_id: str
    title: str


class NameMatch(TypedDict, total=False):
    """An entity (``kind: entity``: its type, aliases and the documents naming it) or a table row
    (``kind: record``: where it is) whose name matches a query, how well, and why."""

    id: str
    name: str
    score: float
    kind: str
    why: str
    type: str
    aliases: list[str]
    documents: list[EntityDocument]
    document_id: str
    sheet: str
    row: int
    column: str


class NameMatches(TypedDict):
    """The matches of one query, best first (``habeas names match --json``)."""

    query: str
    matches: list[NameMatch]


class ScreenResults(TypedDict):
    """Every name of a list with its matches (``habeas names screen --json``)."""

    results: list[NameMatches]


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
def match_names(
    ctx: Caller,
    query: str,
    *,
    limit: int = 10,
    columns: list[str] | None = None,
    only_columns: bool = False,
    case: str | None = None,
    min_score: float = 0.5,
) -> NameMatches:
    """Rows (and, later, entities) whose name matches ``query`` across scripts, best first, with why."""
    from habeas.resolve.name_index import match_names as run

    return cast(
        NameMatches,
        run(
            ctx.store,
            query,
            limit=limit,
            columns=columns or [],
            only_columns=only_columns,
            case=case,
            actor=ctx.actor,
            min_score=min_score,
            see_restricted=may_see_restricted(role_of(ctx), case),
        ),
    )


@guarded("restricted")
def screen_names(
    ctx: Caller,
    queries: list[str],
    *,
    limit: int = 10,
    case: str | None = None,
    min_score: float = 0.5,
    progress: Progress | None = None,
) -> ScreenResults:
    """Match every name of a list (investigators and admins: a list of names is itself sensitive).
    The list is neither stored nor logged: one audit entry for the run (who, how many names, a keyed
    hash of each); matches say which entity or row and where, never other cells of the row."""
    from habeas.resolve.name_index import case_entities, query_hash
    from habeas.resolve.name_index import match_names as run

    progress = progress or NoProgress()
    progress.add_total(len(queries))
    entities = case_entities(ctx.store, case)
    see = may_see_restricted(role_of(ctx), case)
    results: list[NameMatches] = []
    for query in queries:
        if query.strip():
            got = run(
                ctx.store,
                query,
                limit=limit,
                case=case,
                actor=ctx.actor,
                min_score=min_score,
                see_restricted=see,
                audited=False,
                entities=entities,
            )
            results.append({"query": got["query"], "matches": got["matches"]})
        else:
            results.append({"query": query, "matches": []})
        progress.advance("")
    with ctx.store.db.transaction() as session:
        audit.append(
            session,
            ctx.actor,
            "names.screen",
            case_name=case,
            details={
                "count": len(queries),
                "query_hmacs": [query_hash(ctx.store, q) for q in queries],
                "matched": sum(1 for r in results if r["matches"]),
            },
        )
    return {"results": results}


@guarded("restricted")
def restrict_records(
    ctx: Caller, table: str, rows: list[int], *, reason: str = "", lift: bool = False
) -> RestrictResult:
    """Mark a table, or some of its rows, restricted (or lift the mark); for roles that may see them."""
    from habeas.protect import restricted

    return cast(RestrictResult, restricted.mark(ctx.store, table, rows, ctx.actor, reason=reason, lift=lift))


def sealed_name_records(ctx: Caller, name: str, case: str | None = None) -> list[str]:
    """The ids of the testimony records (of ``case``, or every case) whose sealed person or source
    name is exactly ``name`` (any case, any spacing), found through the keyed lookup without
    decrypting anything. Whether a named person is in the records is what sealing their name
    protects, so only the roles that may unseal may ask, and every lookup is audited
    (``testimony.lookup``: the fields looked in and the records found, never the name)."""
    with ctx.store.db.transaction() as session:
        role = access.role_of(session, ctx.actor)
        if role is None:
            raise PermissionDenied(f"{ctx.actor!r} is not an account of this store")
        if role not in access.OPERATIONS["unseal"]:
            raise PermissionDenied(f"a {role} may not look up sealed names")
        digests = [lookup_digest(ctx.store, f, name) for f in LOOKUP_FIELDS]
        query = (
            select(SealedLookup.record_id)
            .distinct()
            .where(SealedLookup.digest.in_(digests))
            .order_by(SealedLookup.record_id)
        )
        if case is not None:
            query = (
                query.join(Testimony, Testimony.id == SealedLookup.record_id)
                .join(Case, Case.id == Testimony.case_id)
                .where(Case.name == case)
            )
        records = list(session.scalars(query))
        audit.append(
            session,
            ctx.actor,
            "testimony.lookup",
            case_name=case,
            details={"fields": list(LOOKUP_FIELDS), "records": records},
        )
    return records
