"""The hash-chained audit log: each entry holds the hash of the one before it, and the digest of
the rows it wrote that a court would rely on, so that a later edit of those rows is noticed too.

Three things make the record tamper-evident, and ``verify_with_anchor`` checks all three:

- **the chain**: each entry hashes what it says, its seal and its predecessor's hash;
- **seals**: every custody row, page text, document (its blob, case and name) and person's
  judgement (entity, link and sanctions decisions) that a transaction writes is digested into
  ``audit_seals`` under the entry that records the write, and that entry's ``seal`` digests those
  rows, so the chain binds them. Verification recomputes the digest of every current row and
  compares it with the newest seal of that row. Rows are tracked as the ORM writes them (mapper
  events, and bulk ``UPDATE``/``DELETE`` statements through a session) or as ``insert_sealed``
  inserts them (then digested from the values inserted, not read back), never by triggers: a row
  changed behind Habeas's back is never sealed by a later ordinary write;
- **anchors**: after every commit that appended, the head is written outside the database, to
  ``audit-head.json`` and, as a history, to the append-only ``audit-head.log`` beside it; evidence
  packages record it too. A cut-off or rewritten tail no longer matches them, and deleting the
  anchor file is itself reported (the log remembers it existed).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import groupby
from json.encoder import encode_basestring as _json_string  # what json.dumps writes for a str
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection, String, and_, cast, event, func, insert, inspect, select, text, tuple_
from sqlalchemy.orm import ORMExecuteState, Session, object_session
from sqlalchemy.sql.elements import ColumnElement

from habeas.store.analysis_models import EntityJudgement
from habeas.store.blobs import fsync_path
from habeas.store.correction_models import Correction
from habeas.store.interop_models import SanctionJudgement
from habeas.store.models import AuditEntry, AuditSeal, Base, Custody, Document, Page
from habeas.store.names_models import LinkJudgement

# The log's last sequence number: it grows with every write, so caches keyed on it stay right.
HEAD_SEQ = select(func.max(AuditEntry.seq))  # built once, so its cache key is computed once

GENESIS = "0" * 64
ANCHOR_FILE = "audit-head.json"
ANCHOR_LOG = "audit-head.log"  # every head the anchor file held, one JSON line each, appended only
_APPENDED = "habeas.audit_appended"  # set on a session that appended, until it commits
_PENDING_HEAD = "habeas.audit_head"  # the head it leaves, between its commit and the anchor's write
_ACTOR = "habeas.audit_actor"  # who appended last in the session (a late seal entry is theirs)
_TOUCHED = "habeas.seal_touched"  # sealed rows this session wrote, not yet sealed: {(kind, ref, key)}
_STALE = "habeas.seal_stale"  # rows that no longer matched their seal before this session changed them
# Rows this session inserted with ``insert_sealed``, not yet sealed: their digests, computed from the
# very values inserted, so sealing them reads nothing back ({(kind, ref, key): (digest, hint)}).
_INSERTED = "habeas.seal_inserted"
_BATCH = 400  # refs per query (well under every driver's limit on bound parameters)

Executor = Session | Connection
RowLike = Mapping[Any, Any]  # a row by column name: a result row's mapping, or a dict made from an object


def entry_hash(
    prev_hash: str,
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    case_name: str | None,
    target: str | None,
    details: dict[str, Any],
    seal: str | None = None,
) -> str:
    """The hash that seals an entry: everything it says plus its predecessor's hash (and the
    digest of the rows it sealed, when it sealed any; entries without keep their old hashes)."""
    parts: list[Any] = [prev_hash, seq, timestamp(at), actor, action, case_name, target, details]
    if seal is not None:
        parts.append(seal)
    body = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def timestamp(at: datetime) -> str:
    """An entry's time as the chain hashes it: UTC, ISO 8601, microseconds, no zone suffix."""
    # SQLite drops the zone on the way back; the chain must hash the same either way.
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds")


def append(
    session: Session,
    actor: str,
    action: str,
    *,
    case_name: str | None = None,
    target: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append an entry inside the caller's transaction, so it commits with the write it records.
    The sealed rows the transaction wrote so far are digested into it."""
    entry = _append(session, actor, action, case_name, target, details or {}, only_if_sealing=False)
    if entry is None:  # cannot happen: only_if_sealing=False always appends
        raise RuntimeError("no audit entry was appended")
    return entry


def _append(
    session: Session,
    actor: str,
    action: str,
    case_name: str | None,
    target: str | None,
    details: dict[str, Any],
    *,
    only_if_sealing: bool,
) -> AuditEntry | None:
    # One writer at a time extends the chain, from the head it reads next; the lock is released
    # when the transaction ends.
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(4242001)"))
    else:
        # SQLite begins a transaction at the first write only: a write statement that changes
        # nothing takes the database's write lock now, before the head is read, so two processes
        # cannot both read seq N and append N+1.
        session.execute(text("UPDATE audit_log SET seq = seq WHERE 0"))
    session.flush()  # the rows this entry records reach the database: their seals are read from there
    last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).first()
    seq = (last.seq + 1) if last else 1
    seal = _seal_written_rows(session, seq)
    if seal is None and only_if_sealing:
        return None
    prev = last.hash if last else GENESIS
    at = datetime.now(UTC)
    entry = AuditEntry(
        seq=seq,
        at=at,
        actor=actor,
        action=action,
        case_name=case_name,
        target=target,
        details=details,
        prev_hash=prev,
        seal=seal,
        hash=entry_hash(prev, seq, at, actor, action, case_name, target, details, seal),
    )
    session.add(entry)
    session.flush()
    session.info[_APPENDED] = True
    session.info[_ACTOR] = actor
    return entry


def verify_chain(session: Session, anchors: Sequence[Anchor] = ()) -> list[str]:
    """Every break in the chain, as sentences; empty when the log is intact. Each anchor (a head
    recorded outside the database) must still be in the chain, so a cut-off tail is noticed too.
    The same head recorded in several places is checked once; a cut is reported once, at the
    furthest head recorded; a place recording many heads that do not match is reported once, and
    not for an entry the chain itself already reports as broken (there, or at the next entry)."""
    problems: list[str] = []
    wanted: dict[int, list[Anchor]] = {}
    recorded: set[tuple[int, str]] = set()
    for anchor in anchors:
        if (anchor.seq, anchor.hash) not in recorded:
            recorded.add((anchor.seq, anchor.hash))
            wanted.setdefault(anchor.seq, []).append(anchor)
    mismatched: dict[str, list[int]] = {}
    broken: set[int] = set()
    prev = GENESIS
    expected_seq = 1
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(1000):
        if entry.seq != expected_seq:
            problems.append(f"audit log: entry {expected_seq} is missing (next is {entry.seq})")
            broken.add(expected_seq)
        if entry.prev_hash != prev:
            problems.append(f"audit log: entry {entry.seq} does not point to the entry before it")
            broken.add(entry.seq)
        recomputed = entry_hash(
            entry.prev_hash,
            entry.seq,
            entry.at,
            entry.actor,
            entry.action,
            entry.case_name,
            entry.target,
            entry.details,
            entry.seal,
        )
        if recomputed != entry.hash:
            problems.append(f"audit log: entry {entry.seq} has been altered")
            broken.add(entry.seq)
        for anchor in wanted.pop(entry.seq, []):
            if anchor.hash != entry.hash:
                mismatched.setdefault(anchor.where, []).append(entry.seq)
        prev = entry.hash
        expected_seq = entry.seq + 1
    for where, all_seqs in mismatched.items():
        seqs = [seq for seq in all_seqs if seq not in broken and seq + 1 not in broken]
        if not seqs:
            continue
        more = f" (nor are {len(seqs) - 1} later entries it records)" if len(seqs) > 1 else ""
        problems.append(f"audit log: entry {seqs[0]} is not the one {where} recorded{more}")
    beyond = [a for left in wanted.values() for a in left]
    if beyond:
        furthest = max(beyond, key=lambda a: a.seq)
        problems.append(
            f"audit log: the log ends at entry {expected_seq - 1}, but {furthest.where} records "
            f"entry {furthest.seq}: its tail has been cut off"
        )
    return problems


# -- seals: the rows a court would rely on, bound into the chain ------------------------------


@dataclass(frozen=True)
class SealKind:
    """A kind of row that is sealed: which columns name it (``ref``: the document or judgement it
    belongs to; ``key``: the row within it) and which columns its digest covers."""

    name: str
    model: type[Base]
    ref_columns: tuple[str, ...]
    key_columns: tuple[str, ...]
    fields: tuple[str, ...]
    label: Callable[[str, str], str]
    text_field: str | None = None  # digest: the SHA-256 of this text (a page's, as packages list it)

    @property
    def watched(self) -> tuple[str, ...]:
        """Every column whose change must be sealed: those that name the row and those digested."""
        return tuple(dict.fromkeys(self.ref_columns + self.key_columns + self.fields))

    def columns(self) -> list[Any]:
        table = self.model.__table__
        return [table.c[name].label(name) for name in self.watched]

    def ref_of(self, row: RowLike) -> str:
        return "~".join(str(row[c]) for c in self.ref_columns)

    def key_of(self, row: RowLike) -> str:
        return "~".join(str(row[c]) for c in self.key_columns)

    def identity(self, row: RowLike) -> tuple[str, str, str]:
        return (self.name, self.ref_of(row), self.key_of(row))

    def digest(self, row: RowLike, hint: bool = True) -> tuple[str, str]:
        """The row's digest and its hint (four hex digits per field, to name the field that changed;
        "" unless asked for)."""
        if self.text_field is not None:
            return hashlib.sha256(str(row[self.text_field]).encode("utf-8", "surrogatepass")).hexdigest(), ""
        parts = [_canonical(row[f]) for f in self.fields]  # the list's canonical JSON is theirs, joined
        hints = "".join(hashlib.sha256(p.encode()).hexdigest()[:4] for p in parts) if hint else ""
        return hashlib.sha256(("[" + ",".join(parts) + "]").encode()).hexdigest(), hints

    def changed_fields(self, sealed_hint: str, hint: str) -> str:
        if self.text_field is not None:
            return "its text"
        names = [f for i, f in enumerate(self.fields) if sealed_hint[4 * i : 4 * i + 4] != hint[4 * i : 4 * i + 4]]
        return ", ".join(names) if names else "a sealed field"


def _canonical(value: Any) -> str:
    """The value as canonical JSON (sorted keys, no spaces, not ASCII-escaped; times as
    ``timestamp`` writes them). Strings, integers, None, times and lists of them, what most sealed
    rows hold, are written directly, byte for byte as ``json.dumps`` writes them (with its own
    string encoder), without an encoder set up for each."""
    kind = type(value)
    if kind is str:
        return _json_string(value)
    if kind is int:
        return int.__repr__(value)
    if value is None:
        return "null"
    if kind is datetime:
        return _json_string(timestamp(value))
    if kind is list:
        return "[" + ",".join([_canonical(v) for v in value]) + "]"
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_plain)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return timestamp(value)
    raise TypeError(f"cannot digest a {type(value).__name__}")


DOCUMENT = SealKind(
    "document",
    Document,
    ("id",),
    (),
    ("case_id", "sha256", "size", "file_name", "parent_id", "path_in_parent"),
    lambda ref, _key: f"document {ref}",
)
PAGE = SealKind(
    "page",
    Page,
    ("document_id",),
    ("number",),
    ("text",),
    lambda ref, key: f"page {key} of document {ref}",
    text_field="text",
)
CUSTODY = SealKind(
    "custody",
    Custody,
    ("document_id",),
    ("id",),
    (
        "document_id",
        "source",
        "grade",
        "collector",
        "actor",
        "received_at",
        "method",
        "original_name",
        "original_path",
        "sha256",
        "size",
    ),
    lambda ref, key: f"custody row {key} of document {ref}",
)
ENTITY_JUDGEMENT = SealKind(
    "entity_judgement",
    EntityJudgement,
    ("id",),
    (),
    ("case_id", "decision", "forms_a", "forms_b", "actor", "at"),
    lambda ref, _key: f"entity judgement {ref}",
)
LINK_JUDGEMENT = SealKind(
    "link_judgement",
    LinkJudgement,
    ("left_record_id", "right_record_id"),
    (),
    ("decision", "actor", "decided_at"),
    lambda ref, _key: "link judgement record:" + ref.replace("~", "~record:"),
)
SANCTION_JUDGEMENT = SealKind(
    "sanction_judgement",
    SanctionJudgement,
    ("id",),
    (),
    ("case_id", "name_key", "ftm_id", "decision", "actor", "at"),
    lambda ref, _key: f"sanctions judgement {ref}",
)
CORRECTION = SealKind(
    "correction",
    Correction,
    ("id",),
    (),
    ("case_id", "kind", "decision", "ref", "document_id", "page", "start", "end", "forms", "name", "actor", "at"),
    lambda ref, _key: f"correction {ref}",
)
SEALED: dict[str, SealKind] = {
    k.name: k for k in (DOCUMENT, PAGE, CUSTODY, ENTITY_JUDGEMENT, LINK_JUDGEMENT, SANCTION_JUDGEMENT, CORRECTION)
}
_BY_TABLE: dict[str, SealKind] = {str(k.model.__tablename__): k for k in SEALED.values()}
# Each group is checked by walking its owner's table: documents own their pages and custody rows.
_GROUPS: tuple[tuple[SealKind, tuple[SealKind, ...]], ...] = (
    (DOCUMENT, (DOCUMENT, PAGE, CUSTODY)),
    (ENTITY_JUDGEMENT, (ENTITY_JUDGEMENT,)),
    (LINK_JUDGEMENT, (LINK_JUDGEMENT,)),
    (SANCTION_JUDGEMENT, (SANCTION_JUDGEMENT,)),
    (CORRECTION, (CORRECTION,)),
)

Identity = tuple[str, str, str]  # (kind, ref, key)
Sealed = tuple[int, str | None, str]  # (seq, digest or None for deleted, hint)


def _touched(session: Session) -> set[Identity]:
    touched: set[Identity] = session.info.setdefault(_TOUCHED, set())
    return touched


def _touch(session: Session, identities: Iterable[Identity]) -> None:
    """Note rows the session is changing, to seal with its next entry as the database then holds
    them: a row inserted with ``insert_sealed`` and changed since is read back, not taken as inserted."""
    touched = _touched(session)
    inserted: dict[Identity, tuple[str, str]] = session.info.get(_INSERTED, {})
    for identity in identities:
        touched.add(identity)
        inserted.pop(identity, None)


def _stale(session: Session) -> set[Identity]:
    stale: set[Identity] = session.info.setdefault(_STALE, set())
    return stale


def _row_of(kind: SealKind, obj: object, names: Sequence[str]) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in names}


def _on_insert_or_delete(kind: SealKind) -> Callable[..., None]:
    """A row the session inserts or deletes: sealed (or marked deleted) with its next entry."""

    def listener(_mapper: Any, _connection: Connection, target: object) -> None:
        session = object_session(target)
        if session is not None:
            _touch(session, [kind.identity(_row_of(kind, target, kind.ref_columns + kind.key_columns))])

    return listener


def _on_update(kind: SealKind) -> Callable[..., None]:
    """Before a sealed column changes: the row as the database holds it must still match its seal,
    else the change is not sealed (a row forged earlier stays reported, never laundered)."""

    def listener(mapper: Any, connection: Connection, target: object) -> None:
        state = inspect(target)
        if not any(state.attrs[name].history.has_changes() for name in kind.watched):
            return
        session = object_session(target)
        if session is None:
            return
        primary = [kind.model.__table__.c[c.key] for c in mapper.primary_key]
        identity = state.identity or ()
        before = connection.execute(
            select(*kind.columns()).where(and_(*(col == value for col, value in zip(primary, identity, strict=True))))
        ).first()
        after = kind.identity(_row_of(kind, target, kind.ref_columns + kind.key_columns))
        if before is not None:
            if _check_before_change(session, connection, kind, [before._mapping]):
                _stale(session).add(after)
            _touch(session, [kind.identity(before._mapping)])
        _touch(session, [after])

    return listener


def _check_before_change(session: Session, executor: Executor, kind: SealKind, rows: Sequence[RowLike]) -> bool:
    """Mark the rows that no longer match their newest seal (or have none) as stale; True if any.
    Rows this session wrote and has not sealed yet are its own, so they are fine."""
    touched, stale = _touched(session), _stale(session)
    rows = [r for r in rows if kind.identity(r) not in touched]
    if not rows:
        return False
    latest = _latest(executor, (kind,), sorted({kind.ref_of(r) for r in rows}))
    found = False
    for row in rows:
        identity = kind.identity(row)
        sealed = latest.get(identity)
        if sealed is None or sealed[1] != kind.digest(row)[0]:
            stale.add(identity)
            found = True
    return found


for _kind in SEALED.values():
    event.listen(_kind.model, "after_insert", _on_insert_or_delete(_kind))
    event.listen(_kind.model, "before_delete", _on_insert_or_delete(_kind))
    event.listen(_kind.model, "before_update", _on_update(_kind))


def _on_bulk(state: ORMExecuteState) -> None:
    """A bulk ``UPDATE`` or ``DELETE`` through a session on a sealed table: note the rows it reaches
    (checking, for an update, that they still match their seals) before it runs."""
    if not (state.is_update or state.is_delete or state.is_insert):
        return
    statement: Any = state.statement
    kind = _BY_TABLE.get(str(getattr(getattr(statement, "table", None), "name", "")))
    if kind is None:
        return
    if state.is_insert:
        raise RuntimeError(
            f"{kind.model.__tablename__}: its rows are sealed in the audit log as they are "
            "written; add them through the session (session.add) or audit.insert_sealed, not with "
            "a bulk INSERT"
        )
    if isinstance(state.parameters, list):
        raise RuntimeError(
            f"{kind.model.__tablename__}: a bulk update by primary key cannot be sealed; "
            "change the rows through the session"
        )
    if state.is_update:
        values = getattr(statement, "_values", None)
        names = {str(getattr(column, "key", column)) for column in values} if values else None
        if names is not None and not names & set(kind.watched):
            return  # bookkeeping columns only (indexed_at...): nothing sealed changes
        if names is None or names & set(kind.ref_columns + kind.key_columns):
            raise RuntimeError(
                f"{kind.model.__tablename__}: a bulk update of the columns that name a row "
                "cannot be sealed; change the rows through the session"
            )
    query = select(*kind.columns())
    if statement.whereclause is not None:
        query = query.where(statement.whereclause)
    rows = [row._mapping for row in state.session.execute(query)]
    if state.is_update:
        _check_before_change(state.session, state.session, kind, rows)
    _touch(state.session, [kind.identity(r) for r in rows])


def insert_sealed(session: Session, model: type[Base], rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` into a sealed table in one statement, in the session's transaction, without
    ORM objects, and note each row's digest for the session's next entry to seal, computed from
    the very values inserted (nothing is read back). When the rows leave a sealed column to the
    database (an autoincrement id), the INSERT returns the sealed columns of the rows it wrote, and
    those are digested: one statement still, whatever order the rows come back in."""
    if not rows:
        return
    kind = _BY_TABLE[str(model.__tablename__)]
    statement: Any = insert(model)
    assigned = any(name not in rows[0] for name in kind.watched)
    if assigned:
        statement = statement.returning(*kind.columns())
    # Through the connection: a bulk INSERT through the session is refused (``_on_bulk``), since
    # rows added that way would not be sealed.
    result = session.connection().execute(statement, list(rows))
    written: Iterable[RowLike] = [r._mapping for r in result] if assigned else rows
    inserted: dict[Identity, tuple[str, str]] = session.info.setdefault(_INSERTED, {})
    touched = _touched(session)
    for row in written:
        identity = kind.identity(row)
        touched.add(identity)
        inserted[identity] = kind.digest(row)


def _seal_written_rows(session: Session, seq: int) -> str | None:
    """Seal under entry ``seq`` every row this session wrote since its last seal (its digest as the
    database now holds it, or a deletion), skipping rows whose seal is already that; the digest of
    the entry's seal rows, or None when there are none."""
    touched: set[Identity] = session.info.pop(_TOUCHED, set())
    stale: set[Identity] = session.info.pop(_STALE, set())
    inserted: dict[Identity, tuple[str, str]] = session.info.pop(_INSERTED, {})
    if not touched:
        return None
    by_kind: dict[str, set[Identity]] = {}
    for identity in touched - stale:
        by_kind.setdefault(identity[0], set()).add(identity)
    rows: list[dict[str, Any]] = []
    for name, identities in sorted(by_kind.items()):
        kind = SEALED[name]
        refs = sorted({ref for _, ref, _ in identities})
        current = _current(session, (kind,), sorted({i[1] for i in identities if i not in inserted}))
        current.update((i, inserted[i]) for i in identities if i in inserted and i not in current)
        latest = _latest(session, (kind,), refs)
        for identity in sorted(identities):
            now, before = current.get(identity), latest.get(identity)
            if now is None:
                if before is not None and before[1] is not None:
                    rows.append(
                        {"seq": seq, "kind": name, "ref": identity[1], "key": identity[2], "digest": None, "hint": ""}
                    )
            elif before is None or (before[1], before[2]) != now:
                rows.append(
                    {"seq": seq, "kind": name, "ref": identity[1], "key": identity[2], "digest": now[0], "hint": now[1]}
                )
    if not rows:
        return None
    session.connection().execute(insert(AuditSeal), rows)  # plain rows: no ORM bulk insert to set up
    return seal_of(rows)


def seal_of(rows: Iterable[Mapping[str, Any]]) -> str:
    """The digest of an entry's seal rows, from the rows as they are inserted: ``_seal_digest``'s
    order (kind, ref, key), which is the database's bytewise order, UTF-8 keeping code point order."""
    ordered = sorted(rows, key=lambda r: (r["kind"], r["ref"], r["key"]))
    return _fold((r["kind"], r["ref"], r["key"], r["digest"], r["hint"]) for r in ordered)


def _seal_rows_ordered() -> Any:
    return select(AuditSeal.kind, AuditSeal.ref, AuditSeal.key, AuditSeal.digest, AuditSeal.hint)


def _seal_digest(executor: Executor, seq: int) -> str:
    """The digest of the rows sealed under entry ``seq``, in the database's order (the columns
    compare bytewise: SQLite's default, "C" collation on PostgreSQL), as verification reads them."""
    rows = executor.execute(
        _seal_rows_ordered().where(AuditSeal.seq == seq).order_by(AuditSeal.kind, AuditSeal.ref, AuditSeal.key)
    )
    return _fold(tuple(r) for r in rows)


def _fold(rows: Iterable[Sequence[Any]]) -> str:
    digest = hashlib.sha256()
    for row in rows:
        digest.update(_canonical(list(row)).encode("utf-8") + b"\n")
    return digest.hexdigest()


def _ref_values(kind: SealKind, refs: Iterable[str]) -> list[tuple[Any, ...]]:
    """The column values each ref names (refs that cannot name a row of this kind are left out)."""
    table = kind.model.__table__
    types = [table.c[c].type.python_type for c in kind.ref_columns]
    values: list[tuple[Any, ...]] = []
    for ref in refs:
        parts = ref.split("~")
        if len(parts) != len(types):
            continue
        try:
            values.append(tuple(t(p) for t, p in zip(types, parts, strict=True)))
        except ValueError:
            continue
    return values


def _ref_condition(kind: SealKind, values: list[tuple[Any, ...]]) -> ColumnElement[bool]:
    table = kind.model.__table__
    if len(kind.ref_columns) == 1:
        return table.c[kind.ref_columns[0]].in_([v[0] for v in values])
    return tuple_(*(table.c[c] for c in kind.ref_columns)).in_(values)


def _ref_sql(kind: SealKind) -> ColumnElement[Any]:
    """The ref of a row of ``kind`` as SQL computes it (to find refs in one table but not another)."""
    table = kind.model.__table__
    parts: list[ColumnElement[Any]] = [
        table.c[c] if isinstance(table.c[c].type, String) else cast(table.c[c], String) for c in kind.ref_columns
    ]
    expression = parts[0]
    for part in parts[1:]:
        expression = expression + "~" + part
    return expression


def _current(
    executor: Executor, kinds: Sequence[SealKind], refs: Sequence[str], hints: bool = True
) -> dict[Identity, tuple[str, str]]:
    """The digest and hint of every row of ``kinds`` under ``refs``, as the database holds it now."""
    current: dict[Identity, tuple[str, str]] = {}
    for kind in kinds:
        values = _ref_values(kind, refs)
        for start in range(0, len(values), _BATCH):
            query = select(*kind.columns()).where(_ref_condition(kind, values[start : start + _BATCH]))
            for row in executor.execute(query):
                current[kind.identity(row._mapping)] = kind.digest(row._mapping, hints)
    return current


def _latest(
    executor: Executor, kinds: Sequence[SealKind], refs: Sequence[str], up_to: int | None = None
) -> dict[Identity, Sealed]:
    """The newest seal (up to entry ``up_to``) of every row of ``kinds`` under ``refs``."""
    latest: dict[Identity, Sealed] = {}
    names = [k.name for k in kinds]
    for start in range(0, len(refs), _BATCH):
        query = (
            select(AuditSeal.seq, AuditSeal.kind, AuditSeal.ref, AuditSeal.key, AuditSeal.digest, AuditSeal.hint)
            .where(AuditSeal.kind.in_(names), AuditSeal.ref.in_(refs[start : start + _BATCH]))
            .order_by(AuditSeal.seq)
        )
        if up_to is not None:
            query = query.where(AuditSeal.seq <= up_to)
        for seq, kind, ref, key, digest, hint in executor.execute(query):
            latest[(kind, ref, key)] = (seq, digest, hint)
    return latest


def seal_baseline(conn: Connection) -> int:
    """Seal every sealed row as it stands now under one new ``audit.baseline`` entry (for a store
    whose rows were written before seals existed); how many rows were sealed (0: no entry)."""
    last = conn.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    seq = last.seq + 1 if last else 1
    total = 0
    for kind in SEALED.values():
        if not inspect(conn).has_table(str(kind.model.__tablename__)):
            continue  # made by a later migration: its rows are sealed as they are written
        # Streamed, a thousand rows at a time: page texts never sit in memory all at once.
        result = conn.execute(select(*kind.columns()).execution_options(stream_results=True, yield_per=1000))
        for part in result.partitions():
            pending = []
            for row in part:
                digest, hint = kind.digest(row._mapping)
                pending.append(
                    {
                        "seq": seq,
                        "kind": kind.name,
                        "ref": kind.ref_of(row._mapping),
                        "key": kind.key_of(row._mapping),
                        "digest": digest,
                        "hint": hint,
                    }
                )
            conn.execute(insert(AuditSeal), pending)
            total += len(pending)
    if not total:
        return 0
    seal = _seal_digest(conn, seq)
    prev = last.hash if last else GENESIS
    at = datetime.now(UTC)
    details: dict[str, Any] = {"rows": total}
    conn.execute(
        insert(AuditEntry),
        [
            {
                "seq": seq,
                "at": at,
                "actor": "habeas",
                "action": "audit.baseline",
                "case_name": None,
                "target": None,
                "details": details,
                "prev_hash": prev,
                "seal": seal,
                "hash": entry_hash(prev, seq, at, "habeas", "audit.baseline", None, None, details, seal),
            }
        ],
    )
    return total


def verify_seals(session: Session) -> list[str]:
    """Every sealed row that no longer matches its newest seal (changed, deleted, written outside
    Habeas), and every sign that the seals themselves were edited, as sentences; empty when intact.
    Streams the rows in batches, so it runs in bounded memory on any number of documents."""
    head = session.scalar(HEAD_SEQ) or 0
    problems = _check_seal_table(session, 0, head)
    found: dict[Identity, str] = {}
    for owner, kinds in _GROUPS:
        for refs in _refs_of(session, owner, kinds):
            found.update(_judge(session, kinds, refs, head))
    if found:  # a write that committed while this ran is no forgery: look at these rows once more
        now = session.scalar(HEAD_SEQ) or 0
        problems.extend(_check_seal_table(session, head, now))
        head = now
        again: dict[Identity, str] = {}
        for name in sorted({identity[0] for identity in found}):
            refs = sorted({identity[1] for identity in found if identity[0] == name})
            judged = _judge(session, (SEALED[name],), refs, head)
            again.update({i: p for i, p in judged.items() if i in found})
        found = again
    problems.extend(found[identity] for identity in sorted(found))
    for seq in session.scalars(select(AuditSeal.seq).distinct().where(AuditSeal.seq > head).order_by(AuditSeal.seq)):
        if seq > (session.scalar(HEAD_SEQ) or 0):
            problems.append(
                f"audit seals: rows are sealed under entry {seq}, which does not exist: the seal table was edited"
            )
    return problems


def _check_seal_table(session: Session, after: int, up_to: int) -> list[str]:
    """The seal rows of entries ``after`` < seq <= ``up_to`` against the digest each entry records."""
    problems: list[str] = []
    recorded: dict[int, str] = {
        seq: str(seal)
        for seq, seal in session.execute(
            select(AuditEntry.seq, AuditEntry.seal).where(
                AuditEntry.seal.is_not(None), AuditEntry.seq > after, AuditEntry.seq <= up_to
            )
        )
    }
    rows = session.execute(
        select(AuditSeal.seq, AuditSeal.kind, AuditSeal.ref, AuditSeal.key, AuditSeal.digest, AuditSeal.hint)
        .where(AuditSeal.seq > after, AuditSeal.seq <= up_to)
        .order_by(AuditSeal.seq, AuditSeal.kind, AuditSeal.ref, AuditSeal.key)
        .execution_options(yield_per=2000)
    )
    for seq, group in groupby(rows, key=lambda r: int(r[0])):
        folded = _fold(tuple(r)[1:] for r in group)
        expected = recorded.pop(seq, None)
        if expected is None:
            problems.append(
                f"audit seals: rows are sealed under entry {seq}, which records no seal: the seal table was edited"
            )
        elif expected != folded:
            problems.append(
                f"audit seals: the rows sealed under entry {seq} are not the ones it recorded: "
                "the seal table was edited"
            )
    for seq in sorted(recorded):
        problems.append(f"audit seals: the rows entry {seq} sealed are missing from the seal table")
    return problems


def _refs_of(session: Session, owner: SealKind, kinds: Sequence[SealKind]) -> Iterator[list[str]]:
    """Batches of refs to check: every row of the owner's table (in key order), then the refs that
    seals or member rows name but the owner's table no longer holds."""
    table = owner.model.__table__
    columns = [table.c[c] for c in owner.ref_columns]
    last: tuple[Any, ...] | None = None
    while True:
        query = select(*columns).order_by(*columns).limit(_BATCH)
        if last is not None:
            query = query.where(columns[0] > last[0] if len(columns) == 1 else tuple_(*columns) > last)
        batch = [tuple(row) for row in session.execute(query)]
        if not batch:
            break
        yield ["~".join(str(v) for v in row) for row in batch]
        last = batch[-1]
    owned = select(_ref_sql(owner))
    lost: set[str] = set(
        session.scalars(
            select(AuditSeal.ref)
            .distinct()
            .where(AuditSeal.kind.in_([k.name for k in kinds]), AuditSeal.ref.not_in(owned))
        )
    )
    for member in kinds:
        if member is not owner:
            ref = _ref_sql(member)
            lost.update(str(r) for r in session.scalars(select(ref).distinct().where(ref.not_in(owned))))
    ordered = sorted(lost)
    for start in range(0, len(ordered), _BATCH):
        yield ordered[start : start + _BATCH]


def _judge(session: Session, kinds: Sequence[SealKind], refs: Sequence[str], up_to: int) -> dict[Identity, str]:
    """What is wrong with the rows of ``kinds`` under ``refs``, against their newest seals."""
    current = _current(session, kinds, refs, hints=False)
    latest = _latest(session, kinds, refs, up_to)
    changed = {i for i, now in current.items() if i in latest and latest[i][1] not in (None, now[0])}
    if changed:  # name the fields that changed: their hints, computed for these rows only
        for name in {i[0] for i in changed}:
            hinted = _current(session, (SEALED[name],), sorted({i[1] for i in changed if i[0] == name}))
            current.update({i: d for i, d in hinted.items() if i in changed})
    found: dict[Identity, str] = {}
    for identity in current.keys() | latest.keys():
        kind = SEALED[identity[0]]
        where = kind.label(identity[1], identity[2])
        now, sealed = current.get(identity), latest.get(identity)
        if sealed is None:
            if now is not None:
                found[identity] = f"{where} is not sealed in the audit log: it was written outside Habeas"
        elif now is None:
            if sealed[1] is not None:
                found[identity] = (
                    f"{where} was sealed by audit entry {sealed[0]} but is gone: it was deleted outside Habeas"
                )
        elif sealed[1] is None:
            found[identity] = (
                f"{where} was deleted by audit entry {sealed[0]} but is there again: it was written outside Habeas"
            )
        elif sealed[1] != now[0]:
            found[identity] = (
                f"{where}: {kind.changed_fields(sealed[2], now[1])} changed after audit entry {sealed[0]} sealed it"
            )
    return found


# -- the head, anchored outside the database ----------------------------------------


@dataclass(frozen=True)
class Anchor:
    """The chain's head (sequence number and hash) as recorded somewhere outside the database."""

    seq: int
    hash: str
    where: str

    def as_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "hash": self.hash}


@dataclass
class AnchorHistory:
    """What the anchor log holds: every head the anchor file was given, oldest first."""

    path: Path
    exists: bool = False
    heads: list[Anchor] = field(default_factory=list)
    # The log was started when the chain already held this many entries and no anchor existed.
    unanchored: int | None = None
    problems: list[str] = field(default_factory=list)


class _Listens(Protocol):
    def listen(self, session_event: str, callback: Callable[..., None]) -> None: ...

    def reading(self) -> AbstractContextManager[Session]: ...


def anchor_log_path(anchor_path: Path) -> Path:
    """The anchor log beside an anchor file (``audit-head.log`` beside ``audit-head.json``)."""
    return anchor_path.with_suffix(".log")


def anchor_commits(db: _Listens, path: Path) -> None:
    """Seal what each transaction writes, and write the head to ``path`` (and its log) after every
    commit that appended to the log. The head is read inside the transaction just before it
    commits (entries of rolled-back savepoints excluded; on PostgreSQL the chain's lock is still
    held, so it is this transaction's last entry). Sealed rows written after the transaction's last
    entry are sealed under one more entry (``audit.seal``) then."""

    def head_now() -> Anchor | None:
        with db.reading() as session:
            return current_head(session)

    start_anchor_log(path, head_now)

    def before_commit(session: Session) -> None:
        if session.info.get(_APPENDED):
            session.flush()
            if session.info.get(_TOUCHED):
                _append(session, session.info.get(_ACTOR, "habeas"), "audit.seal", None, None, {}, only_if_sealing=True)
            session.info.pop(_APPENDED, None)
            session.info[_PENDING_HEAD] = current_head(session)

    def after_commit(session: Session) -> None:
        session.info.pop(_TOUCHED, None)  # a write that appended nothing: left unsealed, verify says so
        session.info.pop(_STALE, None)
        session.info.pop(_INSERTED, None)
        head = session.info.pop(_PENDING_HEAD, None)
        if head is not None:
            write_anchor(path, head)

    def after_rollback(session: Session) -> None:  # a savepoint's too
        session.info.pop(_PENDING_HEAD, None)  # a commit that failed after before_commit
        session.info.pop(_TOUCHED, None)
        session.info.pop(_STALE, None)
        session.info.pop(_INSERTED, None)
        session.info.pop(_APPENDED, None)

    db.listen("do_orm_execute", _on_bulk)
    db.listen("before_commit", before_commit)
    db.listen("after_commit", after_commit)
    db.listen("after_rollback", after_rollback)


def current_head(session: Session) -> Anchor | None:
    last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).first()
    return Anchor(last.seq, last.hash, "the database") if last else None


def head_mark(path: Path) -> bytes | None:
    """What the anchor file at ``path`` holds now, to tell whether the audit log moved on: it is
    rewritten (a new file, renamed over) after every commit that appended, by whichever process or
    host made it, so different bytes mean a write may have changed anything the store holds. None
    while there is no anchor; ``OSError`` when it cannot be read now. Read, not stat'ed: opening a
    file revalidates it on NFS, where attributes are cached, and the bytes hold the head's
    sequence number, which only grows, where an inode (reused by the next rename) and a coarse
    modification time may repeat. It costs a few microseconds, a query on the log a round trip."""
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except FileNotFoundError:
        return None


def read_anchor(path: Path) -> Anchor | None:
    """The head recorded in an anchor file, or None when there is none."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise ValueError(f"{path}: not a readable audit anchor ({exc})") from exc
    try:
        return Anchor(int(data["seq"]), str(data["hash"]), str(path))
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"{path}: not a readable audit anchor ({exc!r})") from exc


def read_anchor_log(path: Path) -> AnchorHistory:
    """Every head in the anchor log at ``path``. A last line without its newline is a write cut
    short by a crash and is left out; any other line that is not a head is a problem."""
    history = AnchorHistory(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return history
    except OSError as exc:
        history.exists = True
        history.problems.append(f"audit log: {path}: the anchor log cannot be read ({exc})")
        return history
    history.exists = True
    previous = 0
    for number, raw in enumerate(data.split(b"\n")[:-1], start=1):
        if not raw.strip():
            continue
        try:
            item = json.loads(raw)
            if "unanchored" in item and number == 1:
                history.unanchored = int(item["unanchored"])
                continue
            anchor = Anchor(int(item["seq"]), str(item["hash"]), str(path))
        except (ValueError, KeyError, TypeError):
            history.problems.append(f"audit log: line {number} of {path} is not a head anchor")
            continue
        if anchor.seq <= previous:
            history.problems.append(
                f"audit log: line {number} of {path} goes back to entry {anchor.seq}: the anchor log was edited"
            )
        previous = max(previous, anchor.seq)
        history.heads.append(anchor)
    return history


def _last_logged(path: Path) -> tuple[bool, Anchor | None]:
    """Whether the anchor log holds any head, and its last one (read from the end of the file)."""
    try:
        with path.open("rb") as fh:
            size = fh.seek(0, os.SEEK_END)
            fh.seek(max(0, size - 4096))
            tail = fh.read()
    except FileNotFoundError:
        return False, None
    lines = [line for line in tail.split(b"\n")[:-1] if line.strip()]
    if not lines:
        return size > len(tail), None
    try:
        item = json.loads(lines[-1])
        if "unanchored" in item:
            return False, None
        return True, Anchor(int(item["seq"]), str(item["hash"]), str(path))
    except (ValueError, KeyError, TypeError):
        return True, None  # a damaged log still shows heads were recorded: never start afresh


def _append_line(path: Path, item: dict[str, Any]) -> None:
    """Append one JSON line to the anchor log, made durable before returning."""
    created = not path.exists()
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        if os.fstat(fd).st_size:
            with path.open("rb") as fh:
                fh.seek(-1, os.SEEK_END)
                torn = fh.read(1) != b"\n"  # a line a crash cut short: start on a fresh one
        else:
            torn = False
        os.write(fd, (b"\n" if torn else b"") + json.dumps(item).encode() + b"\n")
        os.fsync(fd)
    finally:
        os.close(fd)
    if created:
        fsync_path(path.parent)


class _Locked:
    """The anchor's lock file, held exclusively while the anchor file or its log is written."""

    def __init__(self, path: Path) -> None:
        self.path = path.with_name(path.name + ".lock")
        self.fd = -1

    def __enter__(self) -> None:
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(self.fd, fcntl.LOCK_EX)

    def __exit__(self, *exc: object) -> None:
        os.close(self.fd)  # releases the lock


def start_anchor_log(path: Path, head_now: Callable[[], Anchor | None]) -> None:
    """Make the anchor log when a store has none: empty for a new store; starting from the anchor
    file's head for a store made before the log existed; for a store whose log already has entries
    but no anchor at all, a first line saying so, which verification reports (a cut before then
    cannot be ruled out). A folder that cannot be written is left alone (verification says so)."""
    log = anchor_log_path(path)
    if log.exists():
        return
    try:
        with _Locked(path):
            if log.exists():
                return
            try:
                known = read_anchor(path)
            except ValueError:
                known = None
            now = datetime.now(UTC).isoformat()
            if known is not None:
                line: dict[str, Any] | None = {**known.as_dict(), "at": now, "seeded_from": path.name}
            else:
                head = head_now()
                line = None if head is None else {"unanchored": head.seq, "at": now}
            partial = log.with_name(f".{log.name}-{os.getpid()}")
            with partial.open("w", encoding="utf-8") as fh:
                if line is not None:
                    fh.write(json.dumps(line) + "\n")
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(partial, log)
            fsync_path(log.parent)
    except OSError:
        return


def write_anchor(path: Path, head: Anchor) -> None:
    """Record ``head`` in the anchor file and append it to the anchor log, unless they already
    record a later entry. The file is written whole under another name and renamed over, under a
    lock, so concurrent committers never move it back and a crash never leaves half a file. Once
    the log holds heads, a missing (or unreadable) anchor file is left missing: it was deleted, and
    verification must keep saying so rather than start afresh from a possibly cut log."""
    log = anchor_log_path(path)
    with _Locked(path):
        try:
            known = read_anchor(path)
        except ValueError:
            known = None  # unreadable: replaced below unless the log vouches for earlier heads
        logged, last = _last_logged(log)
        latest = max((a.seq for a in (known, last) if a is not None), default=0)
        if latest >= head.seq:
            return
        if known is None and logged:
            _append_line(log, {**head.as_dict(), "at": datetime.now(UTC).isoformat()})
            return
        partial = path.with_name(f".{path.name}-{os.getpid()}")
        with partial.open("w", encoding="utf-8") as fh:
            json.dump({**head.as_dict(), "at": datetime.now(UTC).isoformat()}, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, path)
        fsync_path(path.parent)
        _append_line(log, {**head.as_dict(), "at": datetime.now(UTC).isoformat()})


def verify_with_anchor(session: Session, anchor_path: Path, extra: Sequence[Anchor] = ()) -> list[str]:
    """Everything that keeps the record honest: ``verify_chain`` against the store's anchor file,
    every head its anchor log recorded and any ``extra`` anchors (the heads that evidence packages
    recorded), then ``verify_seals``. A log with entries but no anchor file is a problem too
    (deleting the file would otherwise hide a cut-off tail), and so is a missing anchor log."""
    problems: list[str] = []
    try:
        anchor = read_anchor(anchor_path)
        readable = True
    except ValueError as exc:
        anchor, readable = None, False
        problems.append(f"audit log: {exc}")
    history = read_anchor_log(anchor_log_path(anchor_path))
    problems.extend(history.problems)
    head = current_head(session)
    if anchor is None and readable:
        if history.heads:
            problems.append(
                f"audit log: the head anchor {anchor_path} is missing, though {history.path} records "
                f"heads up to entry {history.heads[-1].seq}: it was deleted, so a cut-off tail "
                "cannot be ruled out by it"
            )
        elif head is not None:
            problems.append(
                f"audit log: the head anchor {anchor_path} is missing, so a cut-off tail cannot be ruled out"
            )
    if not history.exists and head is not None:
        problems.append(
            f"audit log: the anchor log {history.path} is missing, so the heads recorded before cannot be checked"
        )
    if history.unanchored is not None:
        problems.append(
            f"audit log: {history.path} was started when the log already held "
            f"{history.unanchored} entries and neither anchor existed (deleted, or a store older "
            f"than its anchors): a cut-off tail up to entry {history.unanchored} cannot be ruled out"
        )
    anchors = ([anchor] if anchor is not None else []) + list(extra) + history.heads
    problems.extend(verify_chain(session, anchors))
    problems.extend(verify_seals(session))
    return problems
