"""Documents: listing and browsing them (by source, folder and type, sorted and paged), one with its
pages and custody, its original bytes, and its pages as pictures with search hits marked.

Every query here narrows by the cases the caller may see (``cases.in_visible_cases``), in one
place per operation."""

from __future__ import annotations

import base64
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypedDict, cast

from sqlalchemy import ColumnElement, bindparam, func, literal, select, tuple_
from sqlalchemy.orm import Session

from habeas.custody.package import custody_record
from habeas.errors import ExtractionError, InvalidInput, NotFound
from habeas.ingest.ocr import hit_boxes_from_words, ocr_words
from habeas.ingest.page_images import hit_boxes, keep, read_cached, render_image, render_pdf_page
from habeas.search.highlight import query_needles
from habeas.search.index import parse_date_bound
from habeas.services import Caller
from habeas.services.cases import case_named, in_visible_cases, require_visible, visible_case_ids
from habeas.services.guard import guarded
from habeas.services.remembered import remembered
from habeas.store.analysis_models import MentionRow
from habeas.store.models import Case, Custody, Document, Page, Record

PICTURED = ("pdf", "image")  # the file types whose pages the viewer shows as pictures
PAGE_CACHE = "page-images"  # the store's folder of page pictures, drawn once each


class DocumentSummary(TypedDict):
    """A document as ``habeas documents --json`` lists it."""

    id: str
    case: str
    title: str
    file_name: str
    file_type: str
    language: str | None
    status: str
    error: str | None
    sha256: str
    size: int
    parent_id: str | None
    path_in_parent: str | None


class CustodyRecord(TypedDict):
    """One hand a file passed through: where it came from, who brought it, how reliable the source is."""

    source: str
    grade: str
    collector: str
    actor: str
    received_at: str
    method: str
    original_name: str
    original_path: str | None
    sha256: str
    size: int


class PageText(TypedDict):
    number: int
    text: str


class DocumentDetail(DocumentSummary):
    """A document with its text by page, its custody record and its family."""

    paginated: bool
    metadata: dict[str, Any] | None
    created_at: str
    text: str
    pages: list[PageText]
    children: list[str]
    custody: list[CustodyRecord]


@guarded("read")
def list_documents(ctx: Caller, case: str | None = None, status: str | None = None) -> list[DocumentSummary]:
    with ctx.store.db.reading() as session:
        query = (
            select(Document, Case.name)
            .join(Case, Case.id == Document.case_id)
            .where(in_visible_cases(ctx, Document.case_id))
            .order_by(Document.created_at)
        )
        if case:
            query = query.where(Case.name == case)
        if status:
            query = query.where(Document.status == status)
        return [_document_summary(d, case_name) for d, case_name in session.execute(query)]


def _document_summary(document: Document, case_name: str) -> DocumentSummary:
    return {
        "id": document.id,
        "case": case_name,
        "title": document.title,
        "file_name": document.file_name,
        "file_type": document.file_type,
        "language": document.language,
        "status": document.status,
        "error": document.error,
        "sha256": document.sha256,
        "size": document.size,
        "parent_id": document.parent_id,
        "path_in_parent": document.path_in_parent,
    }


@guarded("read")
def show_document(ctx: Caller, doc_id: str) -> DocumentDetail:
    """A document with its text by page, custody record and family."""
    with ctx.store.db.reading() as session:
        document = session.get(Document, doc_id)
        if document is None:
            raise NotFound(f"no document {doc_id!r}")
        require_visible(ctx, document.case_id, f"no document {doc_id!r}")
        case_name = session.scalar(select(Case.name).where(Case.id == document.case_id)) or ""
        children = _children(session, document)
        pages: list[PageText] = [
            {"number": number, "text": text}
            for number, text in session.execute(
                select(Page.number, Page.text).where(Page.document_id == doc_id).order_by(Page.number)
            )
        ]
        text = "\n\n".join(p["text"] for p in pages)
        return DocumentDetail(
            **_document_summary(document, case_name),
            paginated=document.paginated,
            metadata=document.meta,
            created_at=document.created_at.isoformat(),
            text=text,
            pages=pages,
            children=list(children),
            custody=[_custody_dict(c) for c in document.custody],
        )


def _children(session: Session, document: Document) -> list[str]:
    """The documents a container holds: those first stored from it, then the parts it lists that
    were already present from another container (a duplicate attachment keeps every parent)."""
    first = list(session.scalars(select(Document.id).where(Document.parent_id == document.id).order_by(Document.id)))
    parts = (document.meta or {}).get("parts") or []
    hashes = [p["sha256"] for p in parts if isinstance(p, dict) and isinstance(p.get("sha256"), str)]
    if not hashes:
        return first
    held: set[str] = set()
    for i in range(0, len(hashes), 500):  # a large archive lists many parts: bounded IN lists
        held.update(
            session.scalars(
                select(Document.id).where(
                    Document.case_id == document.case_id,
                    Document.sha256.in_(hashes[i : i + 500]),
                    Document.id != document.id,
                )
            )
        )
    return first + sorted(held - set(first))


def _custody_dict(c: Custody) -> CustodyRecord:
    return cast(CustodyRecord, custody_record(c))


@guarded("read")
def original_file(ctx: Caller, doc_id: str) -> tuple[Path, str]:
    """Where a document's original bytes are, and the file name to offer them under."""
    with ctx.store.db.reading() as session:
        document = session.get(Document, doc_id)
        if document is None:
            raise NotFound(f"no document {doc_id!r}")
        require_visible(ctx, document.case_id, f"no document {doc_id!r}")
        sha, name = document.sha256, document.file_name
    path = ctx.store.blobs.path_for(sha)
    if not path.is_file():
        raise NotFound(f"the original of {doc_id!r} is missing from the blob store")
    return path, name


def document_family(ctx: Caller, doc_ids: Sequence[str]) -> dict[str, str]:
    """Titles of some documents by id (for links to a parent archive and children)."""
    if not doc_ids:
        return {}
    visible = visible_case_ids(ctx)
    with ctx.store.db.connection() as conn:
        rows = conn.execute(_TITLES, {"ids": list(doc_ids)})
        return {d: t or d for d, t, case_id in rows if visible is None or case_id in visible}


# Found by key, each row's case checked here: with the case in the WHERE clause too, SQLite walks
# every document of the case by its case index instead (ten times the work at 3,000 documents).
_TITLES = select(Document.id, Document.title, Document.case_id).where(Document.id.in_(bindparam("ids", expanding=True)))


# -- the document browser ---------------------------------------------------------------------

SORTS = {"date": Document.created_at, "title": Document.title, "size": Document.size, "name": Document.file_name}
BROWSE_PAGE = 50


@dataclass(frozen=True)
class BrowseFilters:
    """What the document browser narrows by: the search page's filters (source, language, file type,
    entity type, dates, which here are when a file was taken in) and a folder of the files' original
    paths."""

    case: str | None = None
    sources: Sequence[str] = ()
    languages: Sequence[str] = ()
    file_types: Sequence[str] = ()
    entity_types: Sequence[str] = ()
    folder: str = ""
    status: str | None = None
    date_from: str | None = None
    date_to: str | None = None


class FolderCount(TypedDict):
    path: str
    name: str
    documents: int


class DocumentRow(DocumentSummary):
    created_at: str
    source: str


class DocumentPage(TypedDict):
    """One page of the document browser: its rows, how many match in all, and the cursors of the
    next and previous pages (keyset paging: a page is as fast at the 100,000th row as at the first)."""

    total: int
    documents: list[DocumentRow]
    next: str | None
    previous: str | None
    folders: list[FolderCount]


@guarded("read")
def browse_documents(
    ctx: Caller,
    filters: BrowseFilters,
    sort: str = "date",
    descending: bool = True,
    after: str | None = None,
    before: str | None = None,
    limit: int = BROWSE_PAGE,
) -> DocumentPage:
    """A page of documents, sorted by ``sort`` (date taken in, title, size or name), from the cursor
    ``after`` (or back from ``before``), with the folders just below ``filters.folder``."""
    if sort not in SORTS:
        raise InvalidInput(f"sort by one of {', '.join(SORTS)}, not {sort!r}")
    column = SORTS[sort]
    backwards = before is not None
    with ctx.store.db.reading() as session:
        where = _browse_where(ctx, session, filters)
        # A count over the whole store, kept until the next audited write (a count by entity type
        # catches up with a running analysis when it ends, as the facets do).
        counted = select(func.count()).select_from(Document).where(*where)
        asked = ("browse", json.dumps(asdict(filters), sort_keys=True))
        total = remembered(ctx, asked, lambda: session.scalar(counted) or 0)
        query = select(Document, Case.name).join(Case, Case.id == Document.case_id).where(*where)
        cursor = before if backwards else after
        if cursor:
            value, doc_id = _read_cursor(cursor, sort)
            later = descending == backwards  # the rows after the cursor in the walking direction
            key, bound = tuple_(column, Document.id), tuple_(literal(value), literal(doc_id))
            query = query.where(key > bound if later else key < bound)
        walk_desc = descending != backwards
        order = (column.desc(), Document.id.desc()) if walk_desc else (column.asc(), Document.id.asc())
        rows = list(session.execute(query.order_by(*order).limit(limit + 1)).all())
        more = len(rows) > limit
        rows = rows[:limit]
        if backwards:
            rows.reverse()
        sources = _first_sources(session, [d.id for d, _ in rows])
        documents = [
            DocumentRow(
                **_document_summary(d, case_name), created_at=d.created_at.isoformat(), source=sources.get(d.id, "")
            )
            for d, case_name in rows
        ]
        folders = _subfolders(ctx, session, filters.folder)
    first, last = (documents[0], documents[-1]) if documents else (None, None)
    has_next = more if not backwards else True
    has_previous = (more if backwards else bool(cursor)) and first is not None
    return {
        "total": total,
        "documents": documents,
        "next": _cursor(last, sort) if has_next and last else None,
        "previous": _cursor(first, sort) if has_previous and first else None,
        "folders": folders,
    }


def _browse_where(ctx: Caller, session: Session, f: BrowseFilters) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [in_visible_cases(ctx, Document.case_id)]
    if f.case:
        where.append(Document.case_id == (case_named(ctx, session, f.case) or -1))
    if f.file_types:
        where.append(Document.file_type.in_(list(f.file_types)))
    if f.languages:
        where.append(Document.language.in_(list(f.languages)))
    if f.status:
        where.append(Document.status == f.status)
    if f.sources:
        where.append(_custody_where(Custody.source.in_(list(f.sources))))
    if f.entity_types:
        named = select(MentionRow.document_id).where(MentionRow.type.in_(list(f.entity_types)))
        where.append(Document.id.in_(named))
    if f.folder:
        prefix = _folder_prefix(f.folder)
        where.append(_custody_where(Custody.original_path.startswith(prefix, autoescape=True)))
    if f.date_from:
        where.append(Document.created_at >= _day(f.date_from, first=True))
    if f.date_to:
        where.append(Document.created_at < _day(f.date_to, first=False))
    return where


def _custody_where(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """Documents with a custody record meeting ``condition``."""
    return Document.id.in_(select(Custody.document_id).where(condition))


def _day(value: str, first: bool) -> datetime:
    """The start of a date given as YYYY, YYYY-MM or YYYY-MM-DD, or the start of the day after it."""
    from datetime import timedelta

    parts = [int(p) for p in parse_date_bound(value).split("-")]
    year, month, day = [*parts, 1, 1][:3]
    start = datetime(year, month, day, tzinfo=UTC)
    if first:
        return start
    if len(parts) == 1:
        return start.replace(year=year + 1)
    if len(parts) == 2:
        return start.replace(year=year + month // 12, month=month % 12 + 1)
    return start + timedelta(days=1)


def _cursor(row: DocumentRow, sort: str) -> str:
    value = {"date": row["created_at"], "title": row["title"], "size": row["size"], "name": row["file_name"]}[sort]
    raw = json.dumps([value, row["id"]], ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _read_cursor(cursor: str, sort: str) -> tuple[Any, str]:
    try:
        value, doc_id = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if sort == "date":
            value = datetime.fromisoformat(value)
        elif sort == "size":
            value = int(value)
        return value, str(doc_id)
    except (ValueError, TypeError) as exc:
        raise InvalidInput(f"not a page of this list: {cursor!r}") from exc


def _first_sources(session: Session, doc_ids: list[str]) -> dict[str, str]:
    sources: dict[str, str] = {}
    if doc_ids:
        rows = session.execute(
            select(Custody.document_id, Custody.source).where(Custody.document_id.in_(doc_ids)).order_by(Custody.id)
        )
        for doc_id, source in rows:
            sources.setdefault(doc_id, source)
    return sources


# The folders of the files' original paths are counted once per store and kept until the audit log
# moves on (every ingest is audited), and then for at least FOLDERS_RECOUNT_S, so a running ingest
# does not recount on every page.
FOLDERS_RECOUNT_S = 10.0


def _folder_prefix(folder: str) -> str:
    return folder.rstrip("/") + "/"


def _parent_folders(path: str) -> list[str]:
    """Every folder a file's original path lies in, outermost first ("a.zip!" is a folder too)."""
    parts = path.split("/")
    out = []
    for i in range(1, len(parts)):
        out.append("/".join(parts[:i]) or "/")
    return out


def _subfolders(ctx: Caller, session: Session, folder: str) -> list[FolderCount]:
    """The folders just below ``folder``, each with how many files came from it (its custody
    records), from a tree of every folder counted once per store and kept until the audit log moves
    on (and then for at least ``FOLDERS_RECOUNT_S``, so a running ingest does not recount on every page)."""
    tree = remembered(ctx, "folders", lambda: _folder_tree(ctx, session), FOLDERS_RECOUNT_S)
    level = _skip_single(tree, folder, tree.get(folder.rstrip("/") if folder not in ("", "/") else folder, Counter()))
    return [
        {"path": path, "name": path.rsplit("/", 1)[-1].rstrip("!") or "/", "documents": n}
        for path, n in sorted(level.items())
    ]


def _folder_tree(ctx: Caller, session: Session) -> dict[str, Counter[str]]:
    """Every folder of the files' original paths (the cases the caller sees), with how many files
    came from each folder below it."""
    query = select(Custody.original_path)
    if visible_case_ids(ctx) is not None:
        query = query.join(Document, Document.id == Custody.document_id).where(in_visible_cases(ctx, Document.case_id))
    files_in: Counter[str] = Counter()
    for (path,) in session.execute(query):
        cut = path.rfind("/")
        if cut >= 0:
            files_in[path[:cut] or "/"] += 1
    tree: dict[str, Counter[str]] = {}
    for directory, files in files_in.items():
        parents = _parent_folders(directory.rstrip("/") + "/")
        for parent, child in zip(["", *parents], parents, strict=False):
            tree.setdefault(parent, Counter())[child] += files
    return tree


def _skip_single(tree: dict[str, Counter[str]], folder: str, level: Counter[str]) -> Counter[str]:
    """At the top, a chain of folders holding one folder each and no file (``/home/user/cases/...``)
    is walked down to the first that branches or holds files, so the tree opens where the files are."""
    while not folder and len(level) == 1:
        (only,) = level
        below = tree.get(only)
        if not below or sum(below.values()) != level[only]:
            break
        level = below
    return level


# -- pages as pictures, with search hits marked ------------------------------------------------


class PageHits(TypedDict):
    """Where a query's words stand on one page's picture: boxes as fractions of the page (left, top,
    right, bottom, from its top left)."""

    page: int
    boxes: list[list[float]]


class DocumentHit(TypedDict):
    page: int
    start: int
    end: int


@guarded("read")
def page_image(ctx: Caller, doc_id: str, number: int) -> bytes:
    """Page ``number`` of a PDF or of an image (a multi-page TIFF has many), drawn as a PNG by the
    server; made once and kept in the store (a read-only store draws it each time)."""
    sha, file_type = _original_kind(ctx, doc_id)
    if file_type not in PICTURED:
        raise NotFound(f"{doc_id!r} is a {file_type} file: it has no page pictures, only its text")
    cache = None if ctx.store.read_only else ctx.store.settings.store / PAGE_CACHE
    name = f"{sha[:2]}/{sha}/{number}.png"
    data = read_cached(cache, name)
    if data is None:
        path = ctx.store.blobs.path_for(sha)
        if not path.is_file():
            raise NotFound(f"the original of {doc_id!r} is missing from the blob store")
        try:
            data = render_pdf_page(path, number) if file_type == "pdf" else render_image(path, number)
        except ExtractionError as exc:
            raise NotFound(f"{doc_id!r} cannot be drawn: {exc}") from exc
        keep(cache, name, data)
    return data


@guarded("read")
def page_hits(ctx: Caller, doc_id: str, number: int, query: str) -> PageHits:
    """Where the words of ``query`` stand on page ``number`` of a PDF or an image: from the word
    boxes OCR kept for a scanned page, else from the PDF's text layer."""
    sha, file_type = _original_kind(ctx, doc_id)
    if file_type not in PICTURED or not query.strip():
        return {"page": number, "boxes": []}
    with ctx.store.db.reading() as session:
        text = session.scalar(select(Page.text).where(Page.document_id == doc_id, Page.number == number)) or ""
        meta = session.scalar(select(Document.meta).where(Document.id == doc_id)) or {}
    words = ocr_words(meta, number)
    if words is not None:
        return {"page": number, "boxes": hit_boxes_from_words(text, words, term_spans(text, query))}
    if file_type != "pdf":
        return {"page": number, "boxes": []}
    found = {text[start:end] for start, end in term_spans(text, query)}
    try:
        boxes = hit_boxes(ctx.store.blobs.path_for(sha), number, found)
    except ExtractionError as exc:
        raise NotFound(f"{doc_id!r} cannot be read: {exc}") from exc
    return {"page": number, "boxes": [[b.left, b.top, b.right, b.bottom] for b in boxes]}


def document_hits(pages: Sequence[PageText], query: str) -> list[DocumentHit]:
    """Every place the words of ``query`` stand in a document's pages, in reading order."""
    return [
        {"page": p["number"], "start": start, "end": end} for p in pages for start, end in term_spans(p["text"], query)
    ]


def term_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the words and phrases of a search query stand in ``text``, matched as the index matches
    them (ignoring case, any ending of a word's stem: "camps" marks "camp" and "camped")."""
    needles = query_needles(query)
    if not needles:
        return []
    spans = sorted((m.start(), m.end()) for needle in needles for m in needle.finditer(text) if m.end() > m.start())
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _original_kind(ctx: Caller, doc_id: str) -> tuple[str, str]:
    with ctx.store.db.reading() as session:
        row = session.execute(
            select(Document.sha256, Document.file_type, Document.case_id).where(Document.id == doc_id)
        ).first()
    if row is None:
        raise NotFound(f"no document {doc_id!r}")
    require_visible(ctx, row[2], f"no document {doc_id!r}")
    return str(row[0]), str(row[1])


# -- what is around a document: its spreadsheet rows, its e-mail thread --------------------------


class SheetTable(TypedDict):
    sheet: str
    columns: list[str]
    rows: list[list[str]]
    more: bool


class ThreadMessage(TypedDict):
    id: str
    title: str
    date: str
    sender: str


@guarded("read")
def document_tables(ctx: Caller, doc_id: str, limit: int = 200) -> list[SheetTable]:
    """A spreadsheet's or CSV's rows as tables, sheet by sheet, the first ``limit`` rows of each."""
    tables: dict[str, SheetTable] = {}
    with ctx.store.db.reading() as session:
        document = session.get(Document, doc_id)
        require_visible(ctx, document.case_id if document is not None else None, f"no document {doc_id!r}")
        sheets = session.scalars(select(Record.sheet).where(Record.document_id == doc_id).distinct()).all()
        for sheet in sheets:
            rows = session.scalars(
                select(Record.values)
                .where(Record.document_id == doc_id, Record.sheet == sheet)
                .order_by(Record.row_number)
                .limit(limit + 1)
            ).all()
            columns: list[str] = []
            for values in rows[:limit]:
                columns.extend(c for c in values if c not in columns)
            tables[sheet] = {
                "sheet": sheet,
                "columns": columns,
                "rows": [["" if v.get(c) is None else str(v.get(c)) for c in columns] for v in rows[:limit]],
                "more": len(rows) > limit,
            }
    return list(tables.values())


_REPLY = re.compile(r"^\s*((re|fwd?|aw|wg|tr)\s*:\s*)+", re.IGNORECASE)


@guarded("read")
def email_thread(ctx: Caller, doc_id: str, limit: int = 50) -> list[ThreadMessage]:
    """The e-mails of the document's case with the same subject (replies and forwards included),
    oldest first."""
    with ctx.store.db.reading() as session:
        document = session.get(Document, doc_id)
        require_visible(ctx, document.case_id if document is not None else None, f"no document {doc_id!r}")
        if document is None or document.file_type != "eml":
            return []
        subject = _REPLY.sub("", document.title).strip().lower()
        if not subject:
            return []
        candidates = session.scalars(
            select(Document)
            .where(
                Document.case_id == document.case_id,
                Document.file_type == "eml",
                func.lower(Document.title).contains(subject),
            )
            .limit(limit * 4)
        ).all()
        thread = [d for d in candidates if _REPLY.sub("", d.title).strip().lower() == subject]
        messages: list[ThreadMessage] = [
            {
                "id": d.id,
                "title": d.title,
                "date": str((d.meta or {}).get("date", "")),
                "sender": str((d.meta or {}).get("from", "")),
            }
            for d in thread
        ]
    return sorted(messages, key=lambda m: _mail_time(m["date"]))[:limit]


def _mail_time(value: str) -> datetime:
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
        return when if when.tzinfo else when.replace(tzinfo=UTC)
    except (TypeError, ValueError, IndexError):
        return datetime.min.replace(tzinfo=UTC)


def document_files(ctx: Caller, doc_ids: Sequence[str]) -> dict[str, str]:
    """File names of some documents by id (an e-mail's attachments are known by them)."""
    if not doc_ids:
        return {}
    with ctx.store.db.reading() as session:
        query = select(Document.id, Document.file_name).where(
            Document.id.in_(list(doc_ids)), in_visible_cases(ctx, Document.case_id)
        )
        return {d: n for d, n in session.execute(query)}
