"""People correct the machine: dismiss (and restore) a claim, a dated event or an entity, rename an
entity. Each correction is stored (``store.correction_models``), audited with field names, and kept
through every later analysis: claims and events are named by document, page and span, entities by
the resolution keys of their names, and resolution applies the entity corrections last."""

from __future__ import annotations

from typing import Any, TypedDict

from sqlalchemy import select
from sqlalchemy.orm import Session

from habeas.analyse import tables as t
from habeas.errors import InvalidInput, NotFound
from habeas.resolve.resolver import resolve_case
from habeas.services import Caller
from habeas.services.analysis import find_entity
from habeas.services.cases import case_named, in_visible_cases, require_visible, visible_case_ids
from habeas.services.guard import guarded
from habeas.store import audit
from habeas.store.analysis_models import ClaimRow, EntityRow, EventRow
from habeas.store.correction_models import CLAIM, DISMISS, ENTITY, EVENT, KINDS, RENAME, Correction, parse_ref
from habeas.store.models import Case

_SPAN_MODELS: dict[str, Any] = {CLAIM: ClaimRow, EVENT: EventRow}
MAX_NAME = 300


class CorrectionItem(TypedDict):
    """A standing correction: what it corrects (kind and ref), how, by whom and when."""

    id: int
    case: str | None
    kind: str
    decision: str
    ref: str
    text: str
    name: str | None
    actor: str
    at: str


class CorrectionResult(TypedDict):
    """What a correction did: ``decision`` dismiss, restore or rename, of a ``kind`` named ``ref``."""

    kind: str
    decision: str
    ref: str
    text: str
    name: str | None


def _kind(kind: str) -> str:
    if kind not in KINDS:
        raise InvalidInput(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    return kind


def _case_name(session: Session, case_id: int) -> str | None:
    return session.scalar(select(Case.name).where(Case.id == case_id))


def _record(session: Session, ctx: Caller, row: Correction, action: str) -> None:
    audit.append(
        session,
        ctx.actor,
        f"{row.kind}.{action}",
        case_name=_case_name(session, row.case_id),
        target=row.ref,
        details={
            "kind": row.kind,
            "decision": action,
            "ref": row.ref,
            "document_id": row.document_id,
            "page": row.page,
            "start": row.start,
            "end": row.end,
            "forms": list(row.forms or []),
            "name": row.name,
        },
    )


def _span_row(ctx: Caller, session: Session, kind: str, ref: str) -> Any:
    """The claim or event ``ref`` names, in a case where the caller may correct."""
    parts = parse_ref(ref)
    missing = f"no {kind} {ref!r} (a {kind} is named DOCUMENT:PAGE:START-END, as the listings show it)"
    if parts is None:
        raise NotFound(missing)
    model = _SPAN_MODELS[kind]
    doc, page, start, end = parts
    row = session.scalars(
        select(model).where(model.document_id == doc, model.page == page, model.start == start, model.end == end)
    ).first()
    require_visible(ctx, row.case_id if row is not None else None, missing, "correct")
    return row


def _result(row: Correction, decision: str) -> CorrectionResult:
    return {"kind": row.kind, "decision": decision, "ref": row.ref, "text": row.text, "name": row.name}


def _entity_correction(ctx: Caller, entity: EntityRow, decision: str, name: str | None = None) -> Correction:
    """A judgement on an entity, kept with the name and name keys it had, so that it finds the
    entity again after a later analysis rebuilds it."""
    return Correction(
        case_id=entity.case_id,
        kind=ENTITY,
        decision=decision,
        ref=entity.id,
        text=entity.name,
        forms=list(entity.keys),
        name=name,
        actor=ctx.actor,
    )


@guarded("correct")
def dismiss(ctx: Caller, kind: str, ref: str) -> CorrectionResult:
    """Dismiss a claim or an event (``ref``: DOCUMENT:PAGE:START-END) or an entity (id or name): it
    leaves the listings, timelines, charts, dossiers and exports, and stays dismissed through every
    later analysis until restored."""
    kind = _kind(kind)
    with ctx.store.db.transaction() as session:
        if kind == ENTITY:
            row = _entity_correction(ctx, _entity(ctx, session, ref), DISMISS)
        else:
            found = _span_row(ctx, session, kind, ref)
            ref = ref.strip()
            if _standing(session, kind, DISMISS, ref, found.case_id):
                raise InvalidInput(f"the {kind} {ref!r} is dismissed already")
            row = Correction(
                case_id=found.case_id,
                kind=kind,
                decision=DISMISS,
                ref=ref,
                document_id=found.document_id,
                page=found.page,
                start=found.start,
                end=found.end,
                text=found.text,
                forms=[],
                actor=ctx.actor,
            )
        session.add(row)
        session.flush()
        _record(session, ctx, row, DISMISS)
        if kind == ENTITY:
            resolve_case(session, row.case_id)
        return _result(row, DISMISS)


@guarded("correct")
def restore(ctx: Caller, kind: str, ref: str) -> CorrectionResult:
    """Undo a dismissal (and, for an entity, a rename): the item comes back at once and after every
    later analysis. ``ref`` as ``dismiss`` takes it, or for an entity its id or its name then."""
    kind = _kind(kind)
    with ctx.store.db.transaction() as session:
        rows = [r for r in _corrections_of(ctx, session, kind, ref.strip()) if kind == ENTITY or r.decision == DISMISS]
        if not rows:
            raise NotFound(f"no dismissed {kind} {ref!r} (`habeas correct list` shows them)")
        for row in rows:
            _record(session, ctx, row, "restore")
            session.delete(row)
        session.flush()
        if kind == ENTITY:
            resolve_case(session, rows[0].case_id)
        return _result(rows[0], "restore")


@guarded("correct")
def rename_entity(ctx: Caller, entity: str, name: str) -> CorrectionResult:
    """Give an entity the name a person knows it by; the old name stays one of its aliases, and the
    new name is kept through every later analysis."""
    name = " ".join(name.split())
    if not name or len(name) > MAX_NAME:
        raise InvalidInput(f"a new name must have 1 to {MAX_NAME} characters")
    with ctx.store.db.transaction() as session:
        found = _entity(ctx, session, entity)
        if name == found.name:
            raise InvalidInput(f"the entity is called {name!r} already")
        for old in _corrections_of(ctx, session, ENTITY, found.id):
            if old.decision == RENAME:
                session.delete(old)
        row = _entity_correction(ctx, found, RENAME, name=name)
        session.add(row)
        session.flush()
        _record(session, ctx, row, RENAME)
        resolve_case(session, row.case_id)
        return _result(row, RENAME)


@guarded("read")
def list_corrections(ctx: Caller, case: str | None = None, kind: str | None = None) -> list[CorrectionItem]:
    """The standing corrections, newest first: what was dismissed (to restore it) or renamed."""
    with ctx.store.db.reading() as session:
        query = select(Correction, Case.name).join(Case, Case.id == Correction.case_id)
        query = query.where(in_visible_cases(ctx, Correction.case_id))
        case_id = case_named(ctx, session, case)
        if case_id is not None:
            query = query.where(Correction.case_id == case_id)
        if kind:
            query = query.where(Correction.kind == _kind(kind))
        return [
            {
                "id": row.id,
                "case": case_name,
                "kind": row.kind,
                "decision": row.decision,
                "ref": row.ref,
                "text": row.text,
                "name": row.name,
                "actor": row.actor,
                "at": row.at.isoformat(),
            }
            for row, case_name in session.execute(query.order_by(Correction.id.desc())).all()
        ]


def _entity(ctx: Caller, session: Session, name_or_id: str) -> EntityRow:
    entity = find_entity(session, name_or_id, visible=visible_case_ids(ctx))
    require_visible(ctx, entity.case_id, f"no entity called {name_or_id!r}", "correct")
    return entity


def _standing(session: Session, kind: str, decision: str, ref: str, case_id: int) -> bool:
    query = select(Correction.id).where(
        Correction.case_id == case_id, Correction.kind == kind, Correction.decision == decision, Correction.ref == ref
    )
    return session.scalar(query.limit(1)) is not None


def _corrections_of(ctx: Caller, session: Session, kind: str, ref: str) -> list[Correction]:
    """The corrections of ``kind`` naming ``ref`` (an entity: by its id, its name then or its new
    name) in cases where the caller may correct."""
    where = [Correction.kind == kind, in_visible_cases(ctx, Correction.case_id, "correct")]
    rows = list(session.scalars(select(Correction).where(*where, Correction.ref == ref).order_by(Correction.id)))
    if not rows and kind == ENTITY:
        key = t.key(ref)
        candidates = session.scalars(select(Correction).where(*where).order_by(Correction.id))
        rows = [r for r in candidates if key in (r.forms or []) or (r.name is not None and t.key(r.name) == key)]
    return rows
