"""The parts of a case file that may leave Habeas, read the same way by every export.

The red line (DESIGN.md): people as the case's documents name them, each statement cited; no rows of
leaked tables; no sealed fields. So exports read only the tables named here. A document that holds
a table (its rows are ``records``) is cited as a document, but what the analysis found in its rows
(names of detainees in a leaked spreadsheet, say) never leaves: its mentions are left out, and an
entity named only there is left out with them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from habeas import vocab
from habeas.analyse import tables as t
from habeas.protect.testimony import public_records
from habeas.store.analysis_models import ClaimRow, EntityRow, EventRow, MentionRow
from habeas.store.correction_models import CLAIM, EVENT, kept
from habeas.store.models import Case, Custody, Document, Record
from habeas.store.partial import partial_path, remove_stale_partials

# The entity types that leave Habeas: the table's exported ones (habeas.vocab; laws stay: FtM has no
# schema for them, and they name no one).
EXPORTED_TYPES = vocab.exported_types()
_Cited = TypeVar("_Cited", bound=Mapping[str, Any])

# Titles that say a person holds an office; honorifics (Mr, Dr, Professor) and roles such as scholar
# or detainee are not offices.
_HONORIFICS = {
    "Prof.",
    "Professor",
    "Dr.",
    "Dr",
    "Mr.",
    "Mr",
    "Mrs.",
    "Mrs",
    "Ms.",
    "Ms",
    "Miss",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Imam",
    "Sheikh",
}
OFFICE_TITLES = sorted((w for w in t.TITLE_WORDS if w not in _HONORIFICS), key=len, reverse=True)
_OFFICE_RE = re.compile(
    r"((?:(?:[A-Z][\w\-’']*|\([A-Z]{2,}\)|of|the|and)\s+){0,6}?(?:"
    + "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in OFFICE_TITLES)
    + r"))[\s,]*$"
)
# Chinese offices are written straight before the name, after the body: 自治区党委书记陈全国.
CHINESE_OFFICES = (
    "党委书记",
    "副书记",
    "书记",
    "主席",
    "副主席",
    "省长",
    "副省长",
    "市长",
    "部长",
    "厅长",
    "局长",
    "主任",
    "司令员",
    "政委",
    "总理",
    "委员",
    "县长",
    "所长",
)
_CHINESE_OFFICE_RE = re.compile(
    r"([^\s，。、；：“”‘’（）()《》,.;:!?！？0-9A-Za-z]{0,16}(?:" + "|".join(CHINESE_OFFICES) + r"))\s*$"
)


@dataclass
class CitedEntity:
    """An entity with the mentions that may be cited for it (none from table rows)."""

    entity: EntityRow
    mentions: list[MentionRow]


def tabular_documents(session: Session, case_id: int | None = None) -> set[str]:
    """Documents that hold table rows: cited, but what their rows name does not leave."""
    query = select(Record.document_id).distinct()
    if case_id is not None:
        query = query.join(Document, Document.id == Record.document_id).where(Document.case_id == case_id)
    return set(session.scalars(query))


class CaseFile:
    """One case (or every case, with ``case_id`` None) as an export may read it: the red line's
    allow-list, in one place. Every format (FtM, CSV, dossiers) reads entities, claims, events and
    testimony through this, so none of them has to remember the rule:

    - entities only as documents name them, each mention citable: what the analysis found in the
      rows of a leaked table is left out, and an entity named only there with it;
    - claims and events only from documents, never from table rows;
    - testimony only from records whose source consented to publication, public fields only, the
      source a pseudonym;
    - the workbench's tags and notes never: they organise evidence inside the app. Only evidence
      packages carry a document's own tags and notes (``store.workbench_models.document_annotations``,
      which reads documents' alone); an entity's, a person's above all, never leave.
    """

    def __init__(self, session: Session, case_id: int | None) -> None:
        self.session = session
        self.case_id = case_id
        self.tables = tabular_documents(session, case_id)

    def citable(self, document_id: str) -> bool:
        """Whether what the analysis found in this document may leave (it holds no table rows)."""
        return document_id not in self.tables

    def keep(self, found: Iterable[_Cited]) -> list[_Cited]:
        """Of some mentions, claims or events (as data, each with its ``document_id``), the citable ones."""
        return [f for f in found if self.citable(f["document_id"])]

    def entities(self, types: tuple[str, ...] = EXPORTED_TYPES, batch: int = 2000) -> Iterator[CitedEntity]:
        """Each entity of these types with its citable mentions, streamed in id order; entities
        named only in table rows are left out."""
        query = select(EntityRow.id).where(EntityRow.type.in_(types))
        if self.case_id is not None:
            query = query.where(EntityRow.case_id == self.case_id)
        entity_ids = list(self.session.scalars(query.order_by(EntityRow.id)))
        for start in range(0, len(entity_ids), batch):
            chunk = entity_ids[start : start + batch]
            rows = {e.id: e for e in self.session.scalars(select(EntityRow).where(EntityRow.id.in_(chunk)))}
            found: dict[str, list[MentionRow]] = {eid: [] for eid in chunk}
            for m in self.session.scalars(
                select(MentionRow)
                .where(MentionRow.entity_id.in_(chunk))
                .order_by(MentionRow.document_id, MentionRow.page, MentionRow.start)
            ):
                if self.citable(m.document_id) and m.entity_id is not None:
                    found[m.entity_id].append(m)
            for eid in chunk:
                if found[eid]:
                    yield CitedEntity(rows[eid], found[eid])

    def claims(self) -> Iterator[tuple[ClaimRow, str]]:
        """Every citable claim with its document's SHA-256, in document order."""
        query = select(ClaimRow, Document.sha256).join(Document, Document.id == ClaimRow.document_id)
        query = query.where(kept(CLAIM, ClaimRow))  # not dismissed by a person
        if self.case_id is not None:
            query = query.where(ClaimRow.case_id == self.case_id)
        for claim, sha in self.session.execute(
            query.order_by(ClaimRow.document_id, ClaimRow.page, ClaimRow.start).execution_options(yield_per=1000)
        ):
            if self.citable(claim.document_id):
                yield claim, sha

    def dated_events(self) -> Iterator[EventRow]:
        """Every citable event with a date, in document order."""
        query = select(EventRow).where(EventRow.date.is_not(None), kept(EVENT, EventRow))
        if self.case_id is not None:
            query = query.where(EventRow.case_id == self.case_id)
        for event in self.session.scalars(query.order_by(EventRow.document_id, EventRow.page, EventRow.start)):
            if self.citable(event.document_id):
                yield event

    def testimony(self) -> Iterator[dict[str, Any]]:
        """Testimony records whose source consented to publication, with public fields only."""
        cases = select(Case.id, Case.name)
        if self.case_id is not None:
            cases = cases.where(Case.id == self.case_id)
        for record in public_records(self.session, {cid: name for cid, name in self.session.execute(cases)}):
            if record["source"].get("consent_publish") is True:
                yield record


def documents(session: Session, case_id: int | None = None) -> dict[str, Document]:
    query = select(Document)
    if case_id is not None:
        query = query.where(Document.case_id == case_id)
    return {d.id: d for d in session.scalars(query.order_by(Document.id))}


def first_custody(session: Session, doc_ids: Iterable[str]) -> dict[str, Custody]:
    """Each document's first custody record: where it came from, as it first came in."""
    wanted = sorted(set(doc_ids))
    first: dict[str, Custody] = {}
    for start in range(0, len(wanted), 500):
        for record in session.scalars(
            select(Custody).where(Custody.document_id.in_(wanted[start : start + 500])).order_by(Custody.id)
        ):
            first.setdefault(record.document_id, record)
    return first


def office_before(page_text: str, start: int) -> str | None:
    """The office a document gives a person right before naming them ("Party Secretary Chen
    Quanguo" → "Party Secretary"), or None."""
    before = re.sub(r"\s+", " ", page_text[max(0, start - 120) : start])
    found = _OFFICE_RE.search(before)
    if not found:
        chinese = _CHINESE_OFFICE_RE.search(before)
        return chinese.group(1) if chinese else None
    title = found.group(1).strip()
    words = title.split(" ")
    while words and words[0] in ("of", "the", "and"):
        words = words[1:]
    return " ".join(words) or None


def positions(session: Session, mentions: list[MentionRow]) -> list[dict[str, Any]]:
    """Offices the documents give a person, each with its citations (document, page, span)."""
    from habeas.store.models import Page

    keys = {(m.document_id, m.page) for m in mentions}
    texts: dict[tuple[str, int], str] = {}
    docs = sorted({k[0] for k in keys})
    for start in range(0, len(docs), 500):
        for d, n, text in session.execute(
            select(Page.document_id, Page.number, Page.text).where(Page.document_id.in_(docs[start : start + 500]))
        ):
            if (d, n) in keys:
                texts[(d, n)] = text
    out: dict[str, dict[str, Any]] = {}
    for m in mentions:
        title = office_before(texts.get((m.document_id, m.page), ""), m.start)
        if title:
            entry = out.setdefault(title.lower(), {"title": title, "citations": []})
            entry["citations"].append({"document_id": m.document_id, "page": m.page, "start": m.start, "end": m.end})
    return sorted(out.values(), key=lambda p: (-len(p["citations"]), p["title"]))


def write_whole(out: Path, chunks: Iterable[str] | Iterable[bytes]) -> int:
    """Write ``chunks`` (text as UTF-8, or bytes) to ``out`` through a hidden partial file beside it
    (``habeas.store.partial``), so the file appears whole or not at all; how many chunks were
    written. The partial file goes on any error, and those of killed exports at the next one."""
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(out.parent)
    part = partial_path(out)
    count = 0
    try:
        with part.open("wb") as fh:
            for chunk in chunks:
                fh.write(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)
                count += 1
        os.replace(part, out)
    finally:
        part.unlink(missing_ok=True)
    return count
