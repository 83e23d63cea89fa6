"""Analysis within bounds: long texts in bounded parts whose findings land where the whole
document's would, and a document whose analysis overruns the sandbox's limits skipped as too
large while the others are done, so an ingest always finishes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from conftest import ACTOR, intake_options
from habeas import services
from habeas.analyse.chunked import TOO_LARGE, analyse_bounded, parts_of, run_here
from habeas.analyse.engine import DocumentText, analyse_each
from habeas.analyse.model import ClaimFound, DateFound, Mention
from habeas.services import Caller, analysis, intake
from habeas.store.models import ANALYSIS_DONE, ANALYSIS_SKIPPED, Document
from habeas.store.store import Store

PARAGRAPH = (
    "Ilham Tohti was detained in Urumqi on 15 January 2014 by the Public Security Bureau. "
    "The camp in Kashgar held 1,200 people in March 2018.\n\n"
)


def test_a_long_page_is_analysed_in_parts_with_its_findings_on_the_stored_page() -> None:
    page = PARAGRAPH * 40  # about 6,000 characters, cut into parts of 1,000
    doc = DocumentText("d", [(1, "A short first page about Hotan prefecture."), (2, page)])
    parts = parts_of(doc, size=1_000)
    assert len(parts) > 5 and all(sum(len(t) for _n, t in p.pages) <= 1_000 for p in parts)
    [whole] = analyse_each([doc])
    [bounded] = list(analyse_bounded([doc], {}, run_here, size=1_000))
    assert bounded.error is None and bounded.words == whole.words
    assert bounded.sentences == whole.sentences  # the same sentences, at the same offsets
    texts = {1: doc.pages[0][1], 2: page}
    spans = {(m.page, m.start, m.end, m.type) for m in bounded.mentions}
    assert spans == {(m.page, m.start, m.end, m.type) for m in whole.mentions}  # a repeated date once, too
    findings: list[Mention | ClaimFound | DateFound] = [*bounded.mentions, *bounded.claims, *bounded.dates]
    for found in findings:
        start, end = bounded.sentences[found.page][found.sentence]
        assert start <= found.start < end  # its sentence number points at its sentence
    for m in bounded.mentions:
        assert texts[m.page][m.start : m.end] == m.text
    assert [(d.start, d.value) for d in bounded.dates] == [(d.start, d.value) for d in whole.dates]
    assert len(bounded.claims) == len(whole.claims)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_document_whose_analysis_overruns_is_skipped_as_too_large_and_the_rest_are_done(
    store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "huge.txt").write_text(PARAGRAPH * 1_800)  # about 250,000 characters
    (folder / "note.txt").write_text("A note: Ilham Tohti was detained in Urumqi in 2014.")
    report = intake.ingest(Caller(store, ACTOR), [folder], intake_options(), analyse=False)
    assert report.failed == [] and len(report.new) == 2
    # The same store, with a time limit the huge text (some 10 s of analysis) overruns and the note (a tenth of a
    # second) keeps within even on a loaded machine.
    strict = services.open_store(replace(store.settings, limits=replace(store.settings.limits, parse_timeout_s=2.0)))
    try:
        summary = analysis.analyse(Caller(strict, ACTOR), None, states=analysis.UNFINISHED)
        assert summary["skipped"] == 1 and summary["documents"] == 1 and summary["failed"] == []
        with strict.db.reading() as session:
            states = dict(session.query(Document.file_name, Document.analysis).all())
        assert states == {"huge.txt": ANALYSIS_SKIPPED, "note.txt": ANALYSIS_DONE}
    finally:
        strict.close()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_short_document_is_analysed_under_the_same_limits_not_in_the_calling_process(
    store: Store, tmp_path: Path
) -> None:
    note = tmp_path / "note.txt"
    note.write_text("A note: Ilham Tohti was detained in Urumqi in 2014.")
    intake.ingest(Caller(store, ACTOR), [note], intake_options(), analyse=False)
    # No analysis can answer within a tenth of a millisecond: run anywhere but in a sandboxed
    # child with this limit, the note would be analysed.
    limits = replace(store.settings.limits, parse_timeout_s=0.0001)
    strict = services.open_store(replace(store.settings, limits=limits))
    try:
        summary = analysis.analyse(Caller(strict, ACTOR), None, states=analysis.UNFINISHED)
        assert summary["skipped"] == 1 and summary["documents"] == 0
        with strict.db.reading() as session:
            assert session.query(Document.analysis).scalar() == ANALYSIS_SKIPPED
    finally:
        strict.close()


def test_overrun_results_name_the_limit() -> None:
    from concurrent.futures import Future

    def overrun(function: object, *args: object) -> Future[object]:
        future: Future[object] = Future()
        future.set_exception(RuntimeError("took longer than 1s and was stopped"))
        return future

    [result] = list(analyse_bounded([DocumentText("d", [(1, PARAGRAPH)])], {}, overrun))
    assert result.error == f"{TOO_LARGE}: took longer than 1s and was stopped"
