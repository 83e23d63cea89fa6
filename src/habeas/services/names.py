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
from habeas.services.cases import case_names_in_reach, in_visible_cases
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
    """Rows (and, later, entities) whose name matches ``query`` across scripts, best first, with why;
    only in the cases the caller is a member of."""
    from habeas.resolve.name_index import match_names as run
    from habeas.resolve.name_index import query_hash

    options: dict[str, Any] = {
        "limit": limit,
        "columns": columns or [],
        "only_columns": only_columns,
        "actor": ctx.actor,
        "min_score": min_score,
        "see_restricted": may_see_restricted(role_of(ctx), case),
    }
    reach = _cases_to_match(ctx, case)
    if len(reach) == 1:  # one case, or every case at once
        return cast(NameMatches, run(ctx.store, query, case=reach[0], **options))
    found = [run(ctx.store, query, case=name, audited=False, **options) for name in reach]
    matches = _best_first([m for f in found for m in f["matches"]], limit)
    with ctx.store.db.transaction() as session:
        audit.append(
            session,
            ctx.actor,
            "names.lookup",
            details={
                "query_hmac": query_hash(ctx.store, query),
                "results": len(matches),
                "columns": sorted(columns or []),
            },
        )
    return {"query": found[0]["query"] if found else query.strip(), "matches": matches}


def _cases_to_match(ctx: Caller, case: str | None) -> list[str | None]:
    """The cases a name is matched in, one at a time: ``[None]`` for every case at once."""
    with ctx.store.db.reading() as session:
        return case_names_in_reach(ctx, session, case)


def _best_first(matches: list[Any], limit: int) -> list[NameMatch]:
    """Matches from several cases, merged as one case's are (a row before an entity of equal score)."""
    matches.sort(key=lambda m: (-m["score"], m["kind"] == "entity"))
    return matches[:limit] if limit > 0 else matches


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
    from habeas.resolve.name_index import match_names as run
    from habeas.resolve.name_index import query_hash, sync_name_keys

    progress = progress or NoProgress()
    progress.add_total(len(queries))
    sync_name_keys(ctx.store)
    reach = _cases_to_match(ctx, case)
    see = may_see_restricted(role_of(ctx), case)
    results: list[NameMatches] = []
    done: dict[str, NameMatches] = {}  # a name listed twice is matched once
    memo: dict[str, Any] = {}  # what every name of the list reads alike (the case's columns, its size)
    for query in queries:
        if query.strip() in done:
            again = done[query.strip()]
            results.append({"query": again["query"], "matches": list(again["matches"])})
        elif query.strip():
            found = [
                run(
                    ctx.store,
                    query,
                    limit=limit,
                    case=name,
                    actor=ctx.actor,
                    min_score=min_score,
                    see_restricted=see,
                    audited=False,
                    synced=True,
                    screening=True,
                    memo=memo,
                )
                for name in reach
            ]
            matches = _best_first([m for f in found for m in f["matches"]], limit)
            results.append({"query": found[0]["query"] if found else query.strip(), "matches": matches})
            done[query.strip()] = results[-1]
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


def read_name_list(data: bytes, file_name: str, column: str) -> list[str]:
    """The names in one column of a CSV or XLSX list, read in memory (``InvalidInput`` naming the
    file when it cannot be read or has no such column)."""
    from habeas.names.lists import read_name_list as read

    return read(data, file_name, column)


SCREEN_CSV_HEADER = ["query", "kind", "id", "name", "score", "where", "why"]


def where_of(m: Any) -> str:
    """Where a match is: an entity's documents, or a row's table, sheet and row."""
    if m.get("kind") == "entity":
        docs = m.get("documents") or []
        shown = ", ".join(d["title"] or d["document_id"] for d in docs[:3])
        return f"{m.get('type', '')}: {shown}" + (f" and {len(docs) - 3} more" if len(docs) > 3 else "")
    return f"{m['document_id']} {m['sheet']} row {m['row']}"


def screen_rows(result: ScreenResults) -> tuple[list[str], list[list[Any]]]:
    """The results of a screening as CSV rows: one per match (a name without any: one empty row),
    each saying which entity or row matched, where, how well and why; never other cells of a row."""
    rows: list[list[Any]] = []
    for r in result["results"]:
        for m in r["matches"] or [cast(NameMatch, {})]:
            rows.append(
                [
                    r["query"],
                    m.get("kind", ""),
                    m.get("id", ""),
                    m.get("name", ""),
                    m.get("score", ""),
                    where_of(m) if m else "",
                    m.get("why", ""),
                ]
            )
    return SCREEN_CSV_HEADER, rows


def screen_list_csv(
    ctx: Caller,
    data: bytes,
    file_name: str,
    *,
    name_column: str = "name",
    case: str | None = None,
    limit: int = 5,
    min_score: float = 0.5,
) -> tuple[ScreenResults, str]:
    """Screen an uploaded list (CSV or XLSX bytes, read in memory and never stored) and give the
    results with their CSV text. The run is audited as ``names screen`` is (``names.screen``), and
    the results leaving as a file as an export is (``export.names_screen``: counts, never names)."""
    import csv
    import io

    queries = read_name_list(data, file_name, name_column)
    result = screen_names(ctx, queries, limit=limit, case=case, min_score=min_score)
    header, rows = screen_rows(result)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    with ctx.store.db.transaction() as session:
        audit.append(
            session,
            ctx.actor,
            "export.names_screen",
            case_name=case,
            details={"names": len(queries), "rows": len(rows)},
        )
    return result, buffer.getvalue()


class ScriptForm(TypedDict):
    """One way of writing a name: the script, the form, and whether the case's documents write it so."""

    script: str
    form: str
    written: bool


class EntityForms(TypedDict):
    """An entity's names as its documents write them, by script, and a person's name in every script."""

    id: str
    name: str
    type: str
    forms: list[ScriptForm]


SCRIPT_LABELS = {
    "latin": "Latin",
    "arabic": "Uyghur Arabic script",
    "cyrillic": "Cyrillic",
    "han": "Chinese characters",
}


@guarded("read")
def entity_forms(ctx: Caller, entity: str) -> EntityForms:
    """An entity's forms in every script: the names and aliases its documents write (``written``), and
    for a person the same name in the scripts they do not (ULY, Arabic script, Cyrillic, pinyin, the
    Chinese-character renderings the case's own documents use first)."""
    from habeas.names import scripts
    from habeas.names.forms import name_forms as forms_of
    from habeas.resolve.name_index import used_transcriptions
    from habeas.services.analysis import find_entity
    from habeas.services.cases import visible_case_ids

    with ctx.store.db.reading() as session:
        row = find_entity(session, entity, visible=visible_case_ids(ctx))
        case = session.scalar(select(Case.name).where(Case.id == row.case_id))
        names = [row.name, *(str(a) for a in row.aliases or [])]
        out: EntityForms = {"id": row.id, "name": row.name, "type": row.type, "forms": []}
    seen: set[str] = set()

    def add(script: str, form: str, written: bool) -> None:
        if form and form not in seen:
            seen.add(form)
            out["forms"].append({"script": script, "form": form, "written": written})

    for name in names:
        add(scripts.script_of(name), name, True)
    if row.type != "person":
        return out
    source = next((n for n in names if scripts.script_of(n) != "han"), names[0])
    got = forms_of(source)
    for key, script in (("uly", "latin"), ("uey", "arabic"), ("usy", "cyrillic"), ("pinyin", "latin")):
        add(script, str(got.get(key) or ""), False)
    used = [t for t, _ in used_transcriptions(ctx.store, source, case=case)]
    for han in [*used, *(got.get("chinese_candidates") or [])][:4]:
        add("han", han, False)
    out["forms"].sort(key=lambda f: (list(SCRIPT_LABELS).index(f["script"]), not f["written"]))
    return out


@guarded("read")
def case_name_forms(ctx: Caller, name: str, case: str | None = None) -> dict[str, Any]:
    """``name_forms``, with the Chinese-character renderings re-ranked by how often the case's own
    documents use them (those they use first; ``chinese_transcription`` is then the first of them)."""
    from habeas.resolve.name_index import used_transcriptions

    out = name_forms(name)
    if out.get("chinese_candidates"):
        used = [t for t, _ in used_transcriptions(ctx.store, name, case=case)]
        if used:
            out["chinese_candidates"] = list(dict.fromkeys([*used, *out["chinese_candidates"]]))[: len(used) + 8]
            out["chinese_transcription"] = out["chinese_candidates"][0]
            out["used_in_case"] = used
    return out


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
        query = query.join(Testimony, Testimony.id == SealedLookup.record_id).where(
            in_visible_cases(ctx, Testimony.case_id, "unseal")
        )
        if case is not None:
            query = query.join(Case, Case.id == Testimony.case_id).where(Case.name == case)
        records = list(session.scalars(query))
        audit.append(
            session,
            ctx.actor,
            "testimony.lookup",
            case_name=case,
            details={"fields": list(LOOKUP_FIELDS), "records": records},
        )
    return records
