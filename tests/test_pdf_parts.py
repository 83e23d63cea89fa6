"""A long PDF read by several parsers at once, by page ranges: the parts join into the very document
one parser makes (every page in order, the same text, title and state), a part that fails fails the
file with its pages named and nothing of the file kept, and pages needing OCR are still read (real
PDFs made here, real parser processes, a real store)."""

from __future__ import annotations

import functools
import os
import shutil
import signal
import time
from pathlib import Path

import pytest

from conftest import ACTOR, Make, StoreFactory, docs_by_name, failure_for, hit_ids, intake_options
from habeas.config import IngestLimits
from habeas.ingest import pdf_parts, pipeline
from habeas.ingest.extract import extract_file
from habeas.ingest.model import ERROR, OK, Extracted, Part
from habeas.ingest.pdf_parts import MIN_PART_PAGES, join_parts, parts_for
from habeas.ingest.sandbox import PARSER_DIED, ParseTask, Sandbox
from habeas.services import Caller, documents, intake
from scans import scan

PLACES = ("Hotan", "Aksu", "Kashgar", "Korla", "Turpan", "Ghulja", "Urumqi", "Karamay", "Yarkand", "Kucha")
LIMITS = IngestLimits()


def long_pdf(path: Path, pages: int, blank: int = 0, scanned: int | None = None) -> Path:
    """``pages`` typed pages, each naming its number and a place, after ``blank`` empty pages; page
    ``scanned`` (from 1) a scan with no text layer instead."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    pdf.setTitle("")  # else reportlab writes "untitled"
    for _ in range(blank):
        pdf.showPage()
    for n in range(1, pages + 1):
        if n + blank == scanned:
            image = scan([f"Scanned transfer order {n}", "for the Aksu county camp"]).image
            pdf.drawImage(ImageReader(image), 0, 0, 595, 842)
        else:
            place = PLACES[n % len(PLACES)]
            lines = [f"Report page {n} on the {place} facility", f"The guards recorded {n * 7} detentions."]
            for row, line in enumerate(lines):
                pdf.drawString(72, 780 - 16 * row, line)
        pdf.showPage()
    pdf.save()
    return path


def _same_document(joined: Extracted, whole: Extracted) -> None:
    assert joined.part is None
    for field in ("file_type", "pages", "title", "paginated", "metadata", "status", "error", "language"):
        assert getattr(joined, field) == getattr(whole, field), field


def _parts(path: Path, count: int, workdir: Path) -> list[Extracted]:
    return [extract_file(path, path.name, workdir, LIMITS, None, Part(i, count)) for i in range(count)]


def test_the_parts_of_a_pdf_join_into_the_document_one_parser_makes(tmp_path: Path) -> None:
    path = long_pdf(tmp_path / "report.pdf", 3 * MIN_PART_PAGES + 2)
    whole = extract_file(path, path.name, tmp_path, LIMITS)
    assert whole.status == OK and len(whole.pages) == 3 * MIN_PART_PAGES + 2
    assert whole.pages[-1] == "Report page 50 on the Hotan facility\nThe guards recorded 350 detentions."
    for count in (2, 3, 5):
        parts = _parts(path, count, tmp_path)
        _same_document(join_parts(parts, path.name), whole)
        sizes = [len(p.pages) for p in parts]
        shares = min(count, 3)  # no part has fewer than MIN_PART_PAGES pages: the rest read none
        assert sizes[shares:] == [0] * (count - shares) and min(sizes[:shares]) >= MIN_PART_PAGES
    assert [len(p.pages) for p in _parts(path, 3, tmp_path)] == [16, 17, 17]


def test_only_a_large_pdf_is_split_and_only_when_there_are_parsers_to_share_it(tmp_path: Path) -> None:
    pdf = long_pdf(tmp_path / "report.pdf", 2)
    other = Make.text(tmp_path / "notes.pdf", "%PDX not a PDF, whatever its name says")
    large = pdf_parts.SPLIT_BYTES
    assert parts_for(pdf, large, 3) == 3  # typed by its first bytes, as its parser types it
    assert parts_for(pdf, large - 1, 3) == 1  # too small to be worth it
    assert parts_for(pdf, large, 1) == 1  # one parser: nothing to share
    assert parts_for(other, large, 3) == 1
    assert parts_for(tmp_path / "gone.pdf", large, 3) == 1  # its parser says why it cannot be read


def test_a_pdf_whose_first_part_has_no_text_takes_its_title_from_the_next(tmp_path: Path) -> None:
    path = long_pdf(tmp_path / "late.pdf", MIN_PART_PAGES, blank=MIN_PART_PAGES + 4)
    whole = extract_file(path, path.name, tmp_path, LIMITS)
    parts = _parts(path, 2, tmp_path)
    assert "".join(parts[0].pages).strip() == ""  # the first part is all blank pages
    joined = join_parts(parts, path.name)
    _same_document(joined, whole)
    assert joined.title == "Report page 1 on the Aksu facility"


def test_a_pdf_that_cannot_be_opened_fails_in_its_parts_as_it_does_whole(tmp_path: Path) -> None:
    path = Make.pdf(tmp_path / "locked.pdf", ["Hotan"] * (2 * MIN_PART_PAGES), encrypt="secret")
    whole = extract_file(path, path.name, tmp_path, LIMITS)
    assert whole.status == ERROR and whole.error == "the PDF is encrypted and needs a password"
    _same_document(join_parts(_parts(path, 2, tmp_path), path.name), whole)


def test_a_long_pdf_is_read_by_two_parser_processes_and_comes_back_whole(tmp_path: Path) -> None:
    path = long_pdf(tmp_path / "report.pdf", 2 * MIN_PART_PAGES + 5)
    task = ParseTask(path=path, name=path.name, workdir=tmp_path / "work")
    with Sandbox(2, LIMITS) as sandbox:
        [joined] = sandbox.submit_in_parts(task, 2, functools.partial(join_parts, name=path.name)).result()
    _same_document(joined, extract_file(path, path.name, tmp_path, LIMITS))


def misbehave_in_part_two(
    path: Path, name: str, workdir: Path, limits: IngestLimits, room: int | None, part: Part | None = None
) -> Extracted:
    """The real parser, except that reading the second part of a PDF named slow-* hangs its parser
    and of one named crash-* kills it (as a bug in native code would)."""
    if part is not None and part.index == 1:
        if name.startswith("slow"):
            time.sleep(60)
        if name.startswith("crash"):
            os.kill(os.getpid(), signal.SIGSEGV)
    return extract_file(path, name, workdir, limits, room, part)


def test_a_part_that_overruns_fails_the_pdf_with_its_pages_named_and_no_page_kept(tmp_path: Path) -> None:
    path = long_pdf(tmp_path / "slow-report.pdf", 2 * MIN_PART_PAGES)
    task = ParseTask(path=path, name=path.name, workdir=tmp_path / "work")
    limits = IngestLimits(parse_timeout_s=1.0)
    with Sandbox(2, limits, parse=misbehave_in_part_two) as sandbox:
        [joined] = sandbox.submit_in_parts(task, 2, functools.partial(join_parts, name=path.name)).result()
    assert joined.status == ERROR and joined.pages == [] and joined.file_type == "pdf"
    assert joined.error == (
        f"parsing took longer than 1s and was stopped (pages {MIN_PART_PAGES + 1}–{2 * MIN_PART_PAGES} "
        f"of {2 * MIN_PART_PAGES}, read by a parser of their own)"
    )


def test_the_ingest_stores_a_large_pdf_read_in_parts_page_by_page_in_order(
    make_store: StoreFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_parts, "SPLIT_BYTES", 0)  # the test's PDF is small: split it all the same
    path = long_pdf(tmp_path / "in" / "report.pdf", 2 * MIN_PART_PAGES + 3)
    store = make_store(workers=2)
    report = intake.ingest(Caller(store, ACTOR), [path.parent], intake_options(), analyse=False)
    assert report.failed == [] and len(report.new) == 1
    doc = documents.show_document(Caller(store), report.new[0]["id"])
    whole = extract_file(path, path.name, tmp_path, LIMITS)
    assert [p["text"] for p in doc["pages"]] == whole.pages
    assert doc["title"] == whole.title and doc["status"] == OK
    assert hit_ids(store, "Korla") == {report.new[0]["id"]}  # a word of the last part's pages


def test_the_ingest_fails_a_pdf_whose_part_killed_its_parser_and_keeps_none_of_its_pages(
    make_store: StoreFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_parts, "SPLIT_BYTES", 0)
    monkeypatch.setattr(pipeline, "Sandbox", functools.partial(Sandbox, parse=misbehave_in_part_two))
    long_pdf(tmp_path / "in" / "crash-report.pdf", 2 * MIN_PART_PAGES)
    long_pdf(tmp_path / "in" / "fine.pdf", 2 * MIN_PART_PAGES)
    store = make_store(workers=2)
    report = intake.ingest(Caller(store, ACTOR), [tmp_path / "in"], intake_options(), analyse=False)
    error = failure_for(report, "crash-report.pdf")
    assert error.startswith(PARSER_DIED)
    pages = f"pages {MIN_PART_PAGES + 1}–{2 * MIN_PART_PAGES} of {2 * MIN_PART_PAGES}"
    assert error.endswith(f"({pages}, read by a parser of their own)")
    docs = docs_by_name(store)
    assert docs["crash-report.pdf"]["status"] == ERROR and docs["fine.pdf"]["status"] == OK
    assert documents.show_document(Caller(store), docs["crash-report.pdf"]["id"])["pages"] == []
    assert len(documents.show_document(Caller(store), docs["fine.pdf"]["id"])["pages"]) == 2 * MIN_PART_PAGES


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_scanned_page_in_a_later_part_is_still_read_by_ocr(
    make_store: StoreFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if shutil.which("tesseract") is None:
        pytest.fail("Tesseract is part of the test setup (scripts/system-deps.sh ocr)")
    monkeypatch.setattr(pdf_parts, "SPLIT_BYTES", 0)
    pages = 2 * MIN_PART_PAGES + 2
    path = long_pdf(tmp_path / "in" / "mixed.pdf", pages, scanned=pages - 1)
    store = make_store(workers=2)
    report = intake.ingest(Caller(store, ACTOR), [path.parent], intake_options(), analyse=False)
    assert report.failed == [] and report.needs_ocr == []
    doc = documents.show_document(Caller(store), report.new[0]["id"])
    texts = [p["text"] for p in doc["pages"]]
    assert len(texts) == pages
    assert "Scanned transfer order" in texts[pages - 2] and "Aksu county camp" in texts[pages - 2]
    assert texts[pages - 1].startswith(f"Report page {pages} on the")  # the pages after it keep their place
    assert set(doc["metadata"]["ocr"]["pages"]) == {str(pages - 1)}  # numbered in the whole file
    assert doc["metadata"]["ocr"]["pages"][str(pages - 1)]["reason"] == "no text layer"


def test_pages_left_for_ocr_in_several_parts_are_counted_over_the_whole_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = 2 * MIN_PART_PAGES + 2
    path = tmp_path / "mixed.pdf"
    long_pdf(path, pages, scanned=3)
    later = tmp_path / "later.pdf"
    long_pdf(later, pages, scanned=pages)
    task = ParseTask(path=path, name=path.name, workdir=tmp_path / "work")
    monkeypatch.setenv("PATH", str(tmp_path / "no-tesseract-here"))  # the parsers inherit this PATH
    with Sandbox(2, LIMITS) as sandbox:
        [whole] = sandbox.submit_batch([task]).result()
        [joined] = sandbox.submit_in_parts(task, 2, functools.partial(join_parts, name=path.name)).result()
        [one_late] = sandbox.submit_in_parts(
            ParseTask(path=later, name=later.name, workdir=tmp_path / "work"),
            2,
            functools.partial(join_parts, name=later.name),
        ).result()
    _same_document(joined, whole)
    assert joined.status == "needs_ocr"
    assert joined.error is not None and joined.error.startswith(
        f"needs OCR: 1 of {pages} pages have no usable text (page 3:"
    )
    assert one_late.error is not None and f"(page {pages}:" in one_late.error  # numbered in the whole file
