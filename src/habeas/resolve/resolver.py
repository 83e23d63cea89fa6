"""One entity per real thing across a case's documents.

Mentions are joined by their resolution keys: a mention's name with its document-level canonical
name where the link is safe everywhere (an acronym and its expansion, a country and its common
names, "UN Human Rights Council" and "Human Rights Council"), and the same key in any document.
A lone surname or acronym that no document expands joins the one entity whose short form it is.
People's judgements come last and win: "different" cuts a name out, "same" joins two entities,
"distinct" keeps a proposed pair from being proposed again (see ``candidates``).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from habeas import vocab
from habeas.analyse import tables as t
from habeas.names import scripts
from habeas.resolve import crossscript
from habeas.resolve.candidates import Candidate, Named, propose
from habeas.resolve.name_index import key_entities
from habeas.store.analysis_models import EntityCandidate, EntityJudgement, EntityKey, EntityRow, MentionRow
from habeas.store.correction_models import DISMISS, ENTITY, RENAME, Correction
from habeas.store.models import Case
from habeas.store.names_models import EntityNameKey

# The types by resolution rank (habeas.vocab's table), the strongest first: an entity whose mentions
# are typed differently equally often takes the strongest type.
TYPE_ORDER = list(vocab.resolution_order())


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def add(self, x: str) -> None:
        self.parent.setdefault(x, x)

    def find(self, x: str) -> str:
        self.add(x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if ra > rb:
                ra, rb = rb, ra
            self.parent[rb] = ra


@dataclass
class _M:
    id: int
    document_id: str
    type: str
    name: str
    canonical: str
    strong: bool
    short_forms: list[str]
    text: str = ""  # as written: a name spaced out ("王　刚") keeps that form as an alias
    node: str = ""


@dataclass
class Resolved:
    id: str
    type: str
    name: str
    aliases: list[str]
    keys: list[str]
    mention_ids: list[int] = field(default_factory=list)
    documents: set[str] = field(default_factory=set)


def entity_id(case_id: int, type_: str, name: str) -> str:
    return hashlib.sha256(f"{case_id}|{type_}|{t.key(name)}".encode()).hexdigest()[:16]


def resolve(case_id: int, mentions: list[_M], judgements: list[tuple[str, list[str], list[str]]]) -> list[Resolved]:
    """Group mentions into entities. ``judgements`` are (decision, forms_a, forms_b) oldest first."""
    return resolve_all(case_id, mentions, judgements)[0]


def resolve_all(
    case_id: int, mentions: list[_M], judgements: list[tuple[str, list[str], list[str]]]
) -> tuple[list[Resolved], list[Candidate]]:
    """The entities, and the pairs of them that may name one person in two scripts but were not
    joined (for the review queue; see ``crossscript``)."""
    cut: set[str] = set()
    merges: list[tuple[list[str], list[str]]] = []
    for decision, forms_a, forms_b in judgements:
        if decision == "different":  # a later decision wins over an earlier merge of the same name
            cut.update(forms_b)
            merges = [([f for f in a if f not in forms_b], [f for f in b if f not in forms_b]) for a, b in merges]
        elif decision == "same":
            cut.difference_update(forms_a + forms_b)
            merges.append((forms_a, forms_b))
    uf = UnionFind()
    for m in mentions:
        name_key, canon_key = t.key(m.name), t.key(m.canonical)
        if name_key in cut or canon_key in cut:
            m.node = name_key
        else:
            m.node = canon_key
            if m.strong and name_key != canon_key:
                uf.union(name_key, canon_key)
        uf.add(m.node)
    # a lone short form (surname, acronym, "Rome Statute") joins the one entity it abbreviates
    short_owner: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        for short in m.short_forms:
            short_owner[t.key(short)].add(uf.find(m.node))
    for short_key, owners in short_owner.items():
        if short_key in cut or short_key not in uf.parent:
            continue
        roots = {uf.find(o) for o in owners}
        if len(roots) == 1 and uf.find(short_key) not in roots:
            uf.union(short_key, next(iter(roots)))
    cross = _cross_script(mentions, uf, judgements)
    for j in cross.joins:
        uf.union(j.a, j.b)
    for forms_a, forms_b in merges:
        present = [f for f in forms_a + forms_b if f in uf.parent]
        for f in present[1:]:
            uf.union(present[0], f)
    groups: dict[str, list[_M]] = defaultdict(list)
    for m in mentions:
        groups[uf.find(m.node)].append(m)
    extra_aliases: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        # a law's short title; a person's full name in another order ("Zhou, Mengyao" cited: "Zhou Mengyao")
        for short in m.short_forms:
            if m.type == vocab.LAW or (m.type == vocab.PERSON and " " in short):
                extra_aliases[uf.find(m.node)].add(short)
    out = []
    by_root: dict[str, Resolved] = {}
    for root, members in groups.items():
        types = Counter(m.type for m in members)
        best = max(types.items(), key=lambda kv: (kv[1], -TYPE_ORDER.index(kv[0]) if kv[0] in TYPE_ORDER else -99))
        type_ = best[0]
        # a Han name spaced out in a byline is named as written together ("王　刚": 王刚)
        names = Counter(
            scripts.han_spaces_closed(m.canonical if t.key(m.canonical) == m.node else m.name) for m in members
        )
        name = max(names.items(), key=lambda kv: (kv[1], len(kv[0]) if not kv[0].isupper() else 0, kv[0]))[0]
        forms: dict[str, str] = {}
        for m in members:
            for form in (
                m.name,
                m.canonical if uf.find(t.key(m.canonical)) == root else m.name,
                _spaced_out(m),
            ):
                forms.setdefault(t.fold(form), t.fold(form))
        for form in extra_aliases.get(root, ()):
            forms.setdefault(t.fold(form), t.fold(form))
        aliases = sorted(f for f in forms if f != t.fold(name))
        keys = sorted({t.key(f) for f in [name, *aliases]} | {m.node for m in members})
        by_root[root] = Resolved(
            id=entity_id(case_id, type_, name),
            type=type_,
            name=t.fold(name),
            aliases=aliases,
            keys=keys,
            mention_ids=[m.id for m in members],
            documents={m.document_id for m in members},
        )
        out.append(by_root[root])
    # two groups can land on the same id (same name, same type) only after a split; keep them apart
    seen: dict[str, int] = {}
    for r in out:
        if r.id in seen:
            seen[r.id] += 1
            r.id = hashlib.sha256(f"{r.id}|{seen[r.id]}".encode()).hexdigest()[:16]
        else:
            seen[r.id] = 0
    proposals: dict[frozenset[str], Candidate] = {}
    for p in cross.proposals:
        ea, eb = by_root[uf.find(p.a)], by_root[uf.find(p.b)]
        pair = frozenset((ea.id, eb.id))
        if ea.id != eb.id and pair not in proposals:
            a, b = sorted(pair)
            proposals[pair] = Candidate(a, b, f"same name in another script: {p.why}", round(p.score, 3))
    return out, list(proposals.values())


def _spaced_out(m: _M) -> str:
    """The mention as written when that is its name with spaces between Han characters ("刘　强" for
    刘强, "陈  静" for 陈静): a form the entity is found by. Otherwise its name (a text with a title,
    an article or a possessive the name leaves out is no alias)."""
    written = t.fold(m.text)
    if written != t.fold(m.name) and scripts.han_spaces_closed(written) == scripts.han_spaces_closed(t.fold(m.name)):
        return written
    return m.name


def _cross_script(
    mentions: list[_M], uf: UnionFind, judgements: list[tuple[str, list[str], list[str]]]
) -> crossscript.Decisions:
    """Join (or propose) the person groups that name one person in different scripts."""
    members: dict[str, list[_M]] = defaultdict(list)
    roots_in: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        root = uf.find(m.node)
        members[root].append(m)
        roots_in[m.document_id].add(root)
    groups: dict[str, crossscript.Group] = {}
    for root, ms in members.items():
        types = Counter(m.type for m in ms)
        if types.most_common(1)[0][0] != vocab.PERSON:
            continue
        forms = Counter(f for m in ms for f in (t.fold(m.name), t.fold(m.canonical)))
        groups[root] = crossscript.Group(root, [f for f, _ in forms.most_common()], {m.document_id for m in ms})
    if len(groups) < 2:
        return crossscript.Decisions()

    def co_mentioned(root: str) -> set[str]:
        return {r for d in groups[root].documents for r in roots_in[d]}

    return crossscript.link(groups, co_mentioned, _judged_apart(uf, judgements))


def _judged_apart(uf: UnionFind, judgements: list[tuple[str, list[str], list[str]]]) -> set[frozenset[str]]:
    """Pairs of group roots a person has kept apart: judged distinct, or one split out of the other."""

    def roots(forms: list[str]) -> set[str]:
        return {uf.find(f) for f in forms if f in uf.parent}

    pairs: set[frozenset[str]] = set()
    for decision, forms_a, forms_b in judgements:
        if decision == "distinct":
            side_a, side_b = roots(forms_a), roots(forms_b)
        elif decision == "different":
            side_a, side_b = roots([f for f in forms_a if f not in forms_b]), roots(forms_b)
        else:
            continue
        pairs.update(frozenset((a, b)) for a in side_a for b in side_b if a != b)
    return pairs


def lock_case(session: Session, case_id: int) -> None:
    """Take the case for this transaction before reading or replacing its mentions, so two
    processes resolving (or analysing into) one case take turns instead of one writing from what
    the other is replacing (a row lock on PostgreSQL; on SQLite the write lock, taken now rather
    than at the first delete)."""
    session.execute(update(Case).where(Case.id == case_id).values(id=Case.id))


def resolve_case(session: Session, case_id: int) -> int:
    """Rebuild the case's entities from its mentions and judgements; returns how many there are.
    The case is locked first (see ``lock_case``)."""
    lock_case(session, case_id)
    rows = session.execute(
        select(
            MentionRow.id,
            MentionRow.document_id,
            MentionRow.type,
            MentionRow.name,
            MentionRow.canonical,
            MentionRow.strong,
            MentionRow.short_forms,
            MentionRow.text,
        ).where(MentionRow.case_id == case_id, MentionRow.type.in_(vocab.ENTITY_TYPES))
    ).all()
    mentions = [
        _M(r.id, r.document_id, r.type, r.name, r.canonical, bool(r.strong), list(r.short_forms or []), r.text or "")
        for r in rows
    ]
    judgements = [
        (j.decision, list(j.forms_a), list(j.forms_b))
        for j in session.scalars(
            select(EntityJudgement).where(EntityJudgement.case_id == case_id).order_by(EntityJudgement.id)
        )
    ]
    entities, cross = resolve_all(case_id, mentions, judgements)
    entities, unlinked = corrected(session, case_id, entities)
    for table in (EntityRow, EntityKey, EntityCandidate, EntityNameKey):
        session.execute(delete(table).where(table.case_id == case_id))  # type: ignore[attr-defined]
    for i in range(0, len(unlinked), 5000):  # the mentions of dismissed entities name nothing
        session.execute(update(MentionRow), [{"id": mid, "entity_id": None} for mid in unlinked[i : i + 5000]])
    if entities:
        session.execute(
            insert(EntityRow),
            [
                {
                    "id": e.id,
                    "case_id": case_id,
                    "type": e.type,
                    "name": e.name,
                    "name_key": t.key(e.name),
                    "aliases": e.aliases,
                    "keys": e.keys,
                    "mention_count": len(e.mention_ids),
                    "document_count": len(e.documents),
                }
                for e in entities
            ],
        )
        updates: list[dict[str, Any]] = [{"id": mid, "entity_id": e.id} for e in entities for mid in e.mention_ids]
        for i in range(0, len(updates), 5000):
            session.execute(update(MentionRow), updates[i : i + 5000])
        session.execute(
            insert(EntityKey), [{"case_id": case_id, "entity_id": e.id, "key": k} for e in entities for k in e.keys]
        )
        key_entities(session, case_id, ((e.id, e.type, e.name, e.aliases) for e in entities))
        kept_apart = _kept_apart(entities, judgements)
        candidates = propose([Named(e.id, e.type, e.name, tuple(e.aliases)) for e in entities], kept_apart)
        proposed = {frozenset((c.a, c.b)) for c in candidates}
        candidates += [c for c in cross if frozenset((c.a, c.b)) not in kept_apart | proposed]
        if candidates:
            session.execute(
                insert(EntityCandidate),
                [
                    {"case_id": case_id, "entity_a": c.a, "entity_b": c.b, "reason": c.reason, "overlap": c.overlap}
                    for c in candidates
                ],
            )
    return len(entities)


def _kept_apart(entities: list[Resolved], judgements: list[tuple[str, list[str], list[str]]]) -> set[frozenset[str]]:
    """Pairs of today's entities that a person has judged distinct (by the names they had then)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for e in entities:
        for k in e.keys:
            owners[k].add(e.id)
    pairs: set[frozenset[str]] = set()
    for decision, forms_a, forms_b in judgements:
        if decision != "distinct":
            continue
        side_a = {eid for f in forms_a for eid in owners.get(f, ())}
        side_b = {eid for f in forms_b for eid in owners.get(f, ())}
        pairs.update(frozenset((a, b)) for a in side_a for b in side_b if a != b)
    return pairs


def corrected(session: Session, case_id: int, entities: list[Resolved]) -> tuple[list[Resolved], list[int]]:
    """People's corrections, applied after every judgement: an entity whose name was one of a
    dismissed entity's names is left out (its mentions, returned, then name nothing); one whose name
    was one of a renamed entity's names takes the new name (the old one stays an alias)."""
    rows = session.scalars(
        select(Correction).where(Correction.case_id == case_id, Correction.kind == ENTITY).order_by(Correction.id)
    ).all()
    if not rows:
        return entities, []
    dismissed = {f for r in rows if r.decision == DISMISS for f in r.forms or []}
    renamed = {f: r.name for r in rows if r.decision == RENAME and r.name for f in r.forms or []}
    kept: list[Resolved] = []
    unlinked: list[int] = []
    for e in entities:
        key = t.key(e.name)
        if key in dismissed:
            unlinked.extend(e.mention_ids)
            continue
        new = renamed.get(key)
        if new is not None and new != e.name:
            e.aliases = [e.name, *[a for a in e.aliases if a != new]]
            e.name = new
            e.keys = list(dict.fromkeys([t.key(new), *e.keys]))
        kept.append(e)
    return kept, unlinked
