"""Long documents analysed in bounded parts: whole pages grouped up to ``PART_CHARS``, a page longer
than that cut at paragraph or line breaks, each part analysed on its own (so memory and time are
bounded by the part, not the document) and the findings put back together with their offsets and
sentence numbers on the stored pages. Names are resolved within each part; across the parts of a
document they are joined later, with the case's other documents."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from habeas.analyse import tables as t
from habeas.analyse.engine import DocumentText, analyse_each, chunks
from habeas.analyse.model import ClaimFound, DateFound, DocumentAnalysis, Mention

PART_CHARS = 100_000
TOO_LARGE = "too large"  # how the error of a document whose analysis overran its limits begins

# Runs ``function(*args)`` within limits (a sandboxed child): a future of its result, which
# raises when the call overran.
Caller = Callable[..., Future[Any]]


@dataclass
class Part:
    """Some pages of a document, or a piece of one long page (``offset`` into it)."""

    document_id: str
    pages: list[tuple[int, str]]
    offsets: dict[int, int] = field(default_factory=dict)  # page number -> where the piece starts

    def as_text(self) -> DocumentText:
        return DocumentText(self.document_id, self.pages)


def parts_of(doc: DocumentText, size: int = PART_CHARS) -> list[Part]:
    """The document in parts of at most about ``size`` characters (one part when it is short)."""
    parts: list[Part] = []
    group: list[tuple[int, str]] = []
    held = 0
    for number, text in doc.pages:
        if len(text) > size:
            if group:
                parts.append(Part(doc.document_id, group))
                group, held = [], 0
            for offset, piece in chunks(text, size):
                parts.append(Part(doc.document_id, [(number, piece)], {number: offset}))
            continue
        if group and held + len(text) > size:
            parts.append(Part(doc.document_id, group))
            group, held = [], 0
        group.append((number, text))
        held += len(text)
    if group or not parts:
        parts.append(Part(doc.document_id, group))
    return parts


def merge(document_id: str, parts: list[Part], results: list[DocumentAnalysis]) -> DocumentAnalysis:
    """The findings of a document's parts (in order) as one document's findings."""
    merged = DocumentAnalysis(document_id)
    for part, result in zip(parts, results, strict=True):
        if result.error is not None:
            return DocumentAnalysis(document_id, error=result.error)
        seen = {page: len(merged.sentences.get(page, [])) for page in result.sentences}
        for page, spans in result.sentences.items():
            at = part.offsets.get(page, 0)
            merged.sentences.setdefault(page, []).extend((s + at, e + at) for s, e in spans)
        findings: list[Mention | ClaimFound | DateFound] = [*result.mentions, *result.claims, *result.dates]
        for found in findings:
            at = part.offsets.get(found.page, 0)
            found.start += at
            found.end += at
            found.sentence += seen.get(found.page, 0)
        _drop_repeated_dates(merged, result)
        merged.mentions.extend(result.mentions)
        merged.claims.extend(result.claims)
        merged.dates.extend(result.dates)
        merged.words += result.words
    return merged


def _drop_repeated_dates(merged: DocumentAnalysis, result: DocumentAnalysis) -> None:
    """A date in the same sentence as one an earlier part found is one event, as within a part."""
    seen = {(d.value, d.sentence_text) for d in merged.dates}
    repeated = [d for d in result.dates if d.value and (d.value, d.sentence_text) in seen]
    if not repeated:
        return
    spans = {(d.page, d.start, d.end) for d in repeated}
    result.dates = [d for d in result.dates if d not in repeated]
    result.mentions = [m for m in result.mentions if not (m.type == t.DATE and (m.page, m.start, m.end) in spans)]


def grouped(docs: list[DocumentText], size: int = PART_CHARS) -> Iterator[tuple[bool, list[Part]]]:
    """Short documents together, up to ``size`` characters a group, and each long one's parts
    apart: (whether the parts are one long document's, the parts)."""
    group: list[Part] = []
    held = 0
    for doc in docs:
        parts = parts_of(doc, size)
        if len(parts) > 1:
            yield True, parts
            continue
        chars = sum(len(t) for _n, t in parts[0].pages)
        if group and held + chars > size:
            yield False, group
            group, held = [], 0
        group.append(parts[0])
        held += chars
    if group:
        yield False, group


def run_here(function: Callable[..., Any], *args: Any) -> Future[Any]:
    """A ``Caller`` that runs the function in this process, at once."""
    future: Future[Any] = Future()
    try:
        future.set_result(function(*args))
    except Exception as exc:  # handed to whoever reads the future, as a sandbox's would be
        future.set_exception(exc)
    return future


def analyse_bounded(
    docs: list[DocumentText], known: dict[str, tuple[str, str]], call: Caller, size: int = PART_CHARS
) -> Iterator[DocumentAnalysis]:
    """Analyse documents part by part through ``call`` (so each part has the limits it runs
    under); a document one of whose parts overran comes back with an error that begins with
    ``TOO_LARGE``. Results come in the documents' order."""
    work: list[tuple[bool, list[Part], list[Future[Any]]]] = []
    for long, parts in grouped(docs, size):  # all sent at once: the pool takes them in turn
        batches = [[p] for p in parts] if long else [parts]
        work.append((long, parts, [call(analyse_each, [p.as_text() for p in b], known) for b in batches]))
    for long, parts, futures in work:
        if long:
            yield _whole(parts, futures)
            continue
        try:
            yield from futures[0].result()
        except Exception as exc:  # the group overran: find which document, alone
            if len(parts) == 1:
                yield DocumentAnalysis(parts[0].document_id, error=f"{TOO_LARGE}: {exc}")
                continue
            alone = [call(analyse_each, [p.as_text()], known) for p in parts]
            for part, future in zip(parts, alone, strict=True):
                yield _whole([part], [future])


def _whole(parts: list[Part], futures: list[Future[Any]]) -> DocumentAnalysis:
    """One document's findings from the futures of its parts."""
    document_id = parts[0].document_id
    results: list[DocumentAnalysis] = []
    for future in futures:
        try:
            results.extend(future.result())
        except Exception as exc:  # an overrun (time, memory, a dead child): the rest are not waited for
            for other in futures:
                other.cancel()
            return DocumentAnalysis(document_id, error=f"{TOO_LARGE}: {exc}")
    return merge(document_id, parts, results)
