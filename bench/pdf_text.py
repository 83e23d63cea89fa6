"""Ways to read a PDF's text layer, side by side on the same files, in one run.

    .venv/bin/python bench/pdf_text.py                 # the --intake bench's 5 MB text-dense PDF
    .venv/bin/python bench/pdf_text.py --pdf-mb 2 --also some.pdf other.pdf

For each way, the CPU seconds a page (this process's, plus its subprocesses' for ``pdftotext``;
the best of ``--repeat`` runs, so other work on the machine counts as little as it can) over one
half of the bench's text-dense PDF (the share one of two parsers reads), and whether each page's
words, in order, are those Habeas keeps today (PDFium's text page, ``get_text_range``, its hyphen
marks read and broken words joined). Then the steps of Habeas's own around each page (the check
whether the layer needs OCR, the joins) and the cost of sending a parser's part back (one pickled
message). Then the words of small PDFs made here, each with what tells text extractors apart (a
hyphen at a line's end before a lower-case and before a capitalised word, Chinese in a font that is
not embedded, two columns, Uyghur in Arabic script where a Noto Arabic font is installed, and the
--intake bench's scans under an invisible text layer), and of any PDFs given with ``--also``.

The ways: PDFium's page alone (content parsed, no text), its text page, its text by
``get_text_range`` (what Habeas calls) and by ``get_text_bounded`` (the page's box); ``pdftotext``
from poppler-utils over the page range in one subprocess, in its default reading order and with
``-raw`` (content-stream order, as PDFium's), its crop box widened to keep text past the page's
edge as PDFium does. PDFium's text page takes no options: ``FPDFText_LoadPage`` has none.
Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import functools
import multiprocessing
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium

from habeas.config import IngestLimits
from habeas.ingest.extract import extract_file
from habeas.ingest.joining import join_broken_words, pdfium_hyphens
from habeas.ingest.model import Part
from habeas.ingest.ocr import text_layer_problem

sys.path.insert(0, str(Path(__file__).parent))
from ingest import large_pdf, scanned_text_pdf  # the --intake bench's own PDFs, made the same way

# Text past the page's edge is kept, as PDFium keeps it: a crop box far larger than any page.
WIDE_CROP = ["-x", "-1000000", "-y", "-1000000", "-W", "2000000", "-H", "2000000"]


def cpu_s() -> float:
    """CPU seconds of this process and of its finished subprocesses."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def best_of(repeat: int, run: Callable[[], Any]) -> tuple[float, Any]:
    """The least CPU seconds of ``repeat`` runs, and the last run's result."""
    times, result = [], None
    for _ in range(repeat):
        started = cpu_s()
        result = run()
        times.append(cpu_s() - started)
    return min(times), result


def kept(text: str) -> str:
    """A page's text as Habeas keeps PDFium's: line breaks, hyphen marks, broken words joined."""
    return join_broken_words(pdfium_hyphens(text.replace("\r\n", "\n")))


def pdfium_pages(path: Path, start: int, stop: int, read: Callable[[Any], str] | None) -> list[str]:
    """Each page's text (``read`` over its text page); with ``read`` None, the page alone is loaded."""
    pdf = pdfium.PdfDocument(str(path))
    pages = []
    for index in range(start, stop):
        page = pdf[index]
        if read is not None:
            textpage = page.get_textpage()
            pages.append(read(textpage))
            textpage.close()
        page.close()
    pdf.close()
    return pages


def poppler_pages(path: Path, start: int, stop: int, *options: str) -> list[str]:
    """The pages ``start`` to ``stop`` as one ``pdftotext`` run gives them (a form feed after each)."""
    done = subprocess.run(
        ["pdftotext", *options, *WIDE_CROP, "-enc", "UTF-8", "-f", str(start + 1), "-l", str(stop), str(path), "-"],
        capture_output=True,
        check=True,
    )
    return done.stdout.decode("utf-8", "replace").split("\f")[: stop - start]


def ways(pdftotext: bool) -> dict[str, Callable[[Path, int, int], list[str]] | None]:
    found: dict[str, Callable[[Path, int, int], list[str]] | None] = {
        "PDFium: page only (content parsed)": lambda p, a, b: pdfium_pages(p, a, b, None),
        "PDFium: + text page": lambda p, a, b: pdfium_pages(p, a, b, lambda _t: ""),
        "PDFium: + get_text_range (Habeas)": lambda p, a, b: pdfium_pages(p, a, b, lambda t: t.get_text_range()),
        "PDFium: + get_text_bounded": lambda p, a, b: pdfium_pages(p, a, b, lambda t: t.get_text_bounded()),
    }
    if pdftotext:
        found["pdftotext (default order)"] = lambda p, a, b: poppler_pages(p, a, b)
        found["pdftotext -raw"] = lambda p, a, b: poppler_pages(p, a, b, "-raw")
    else:
        found["pdftotext: not installed"] = None
    return found


def same_words(ours: list[str], theirs: list[str]) -> int:
    """How many pages have the same words, in the same order."""
    return sum(kept(a).split() == kept(b).split() for a, b in zip(ours, theirs, strict=False))


def compare_ways(path: Path, repeat: int, pdftotext: bool) -> None:
    total = len(pdfium.PdfDocument(str(path)))
    start, stop = 0, total // 2
    pages = stop - start
    print(f"{path.name}: {path.stat().st_size / 1e6:.1f} MB, {total} pages; pages {start + 1}-{stop} timed")
    reference = pdfium_pages(path, start, stop, lambda t: t.get_text_range())
    for label, way in ways(pdftotext).items():
        if way is None:
            print(f"  {label}")
            continue
        seconds, text = best_of(repeat, functools.partial(way, path, start, stop))
        words = f"same words {same_words(reference, text)}/{pages} pages" if text and text[0] else ""
        print(f"  {label:<38} {seconds * 1000 / pages:6.3f} ms CPU a page   {words}")
    texts = [kept(t) for t in reference]
    seconds, _ = best_of(repeat, lambda: [text_layer_problem(t) for t in texts])
    print(f"  {'Habeas: OCR check of each page':<38} {seconds * 1000 / pages:6.3f} ms CPU a page")
    seconds, _ = best_of(repeat, lambda: [kept(t) for t in reference])
    print(f"  {'Habeas: hyphen marks, broken words':<38} {seconds * 1000 / pages:6.3f} ms CPU a page")
    seconds, part = best_of(
        repeat, lambda: extract_file(path, path.name, Path(tempfile.gettempdir()), IngestLimits(), None, Part(0, 2))
    )
    print(f"  {'Habeas: a parser part, all of it':<38} {seconds * 1000 / pages:6.3f} ms CPU a page")
    print(f"  {'Habeas: sending the part back':<38} {_sent_s(part) * 1000:6.1f} ms wall, one message")


def _sent_s(result: Any, repeat: int = 5) -> float:
    """Wall seconds to send ``result`` through a pipe to a parser-like child and have it read
    (the child says so): the best of ``repeat`` sends."""
    ours, theirs = multiprocessing.Pipe()
    child = multiprocessing.get_context("fork").Process(target=_read_each, args=(theirs, repeat))
    child.start()
    ours.recv()  # the child is up
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        ours.send(result)
        ours.recv()
        times.append(time.perf_counter() - started)
    child.join()
    return min(times)


def _read_each(conn: Any, repeat: int) -> None:
    conn.send(True)
    for _ in range(repeat):
        conn.recv()
        conn.send(True)


def compare_words(paths: list[Path], pdftotext: bool) -> None:
    """Each file's pages by every way that reads text, against Habeas's."""
    for path in paths:
        total = len(pdfium.PdfDocument(str(path)))
        reference = pdfium_pages(path, 0, total, lambda t: t.get_text_range())
        found = []
        for label, way in ways(pdftotext).items():
            if way is None or "text page" in label or "page only" in label or "Habeas" in label:
                continue
            found.append(f"{label.split(': ')[-1]} {same_words(reference, way(path, 0, total))}/{total}")
        print(f"  {path.name:<28} same words: " + "; ".join(found))


def samples(folder: Path) -> list[Path]:
    """Small PDFs that tell text extractors apart (see the module's docstring)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    hyphens = ["The police ordered the detain-", "ment of 120 people in Uyghur-", "language schools."]
    chinese = ["乌鲁木齐市公安局关于职业技能教育培训中心的通知", "一、加强管理 2017年4月"]
    left = [f"Left column line {n} about Hotan camp" for n in range(10)]
    right = [f"Right column line {n} about Aksu court" for n in range(10)]
    made = [
        _lines(folder / "hyphens.pdf", hyphens),
        _lines(folder / "chinese.pdf", chinese, "STSong-Light"),
        _lines(folder / "columns.pdf", left, right=right),
    ]
    arabic = sorted(Path("/usr/share/fonts").glob("**/NotoNaskhArabic-Regular.ttf"))
    if arabic:
        pdfmetrics.registerFont(TTFont("Arabic", str(arabic[0])))
        made.append(_lines(folder / "uyghur.pdf", ["ئۈرۈمچى شەھەرلىك ساقچى ئىدارىسى", "Urumqi police 2017"], "Arabic"))
    scans = folder / "scans-text.pdf"
    scanned_text_pdf(scans, 3)
    return [*made, scans]


def _lines(path: Path, lines: list[str], font: str = "Helvetica", right: list[str] | None = None) -> Path:
    """One page of ``lines``, 14 points apart, and a second column of ``right`` beside them, written
    row by row across the columns (as a table or a form is)."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    pdf.setFont(font, 12)
    for row, line in enumerate(lines):
        pdf.drawString(50, 780 - 14 * row, line)
        if right:
            pdf.drawString(320, 780 - 14 * row, right[row])
    pdf.save()
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pdf-mb", type=int, default=5, help="size of the text-dense PDF (5 MB)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each way; the least CPU counts (3)")
    parser.add_argument("--also", nargs="*", type=Path, default=[], help="other PDFs to compare the words of")
    args = parser.parse_args()
    pdftotext = shutil.which("pdftotext") is not None
    with tempfile.TemporaryDirectory(prefix="habeas-pdf-text-") as tmp:
        path = Path(tmp) / "large.pdf"
        large_pdf(path, args.pdf_mb)
        compare_ways(path, args.repeat, pdftotext)
        print("Words of small PDFs, each way against Habeas's (pages with the same words, in order):")
        compare_words([*samples(Path(tmp)), *args.also], pdftotext)


if __name__ == "__main__":
    main()
