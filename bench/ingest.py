"""Ingest throughput on a generated corpus of mixed formats.

    .venv/bin/python bench/ingest.py               # 10,000 documents
    .venv/bin/python bench/ingest.py --quick       # 600 documents
    .venv/bin/python bench/ingest.py --docs 2000 --keep
    .venv/bin/python bench/ingest.py --intake      # intake apart from analysis, against the disk

``--intake`` measures, in one run: the disk's own floor (fsynced small-file writes per second and
sequential MB/s, in the folder the store is in), small text files taken in per second without
analysis (counted until every file is stored, extracted, chained in the audit log and searchable),
the cost of an ingest of one small file (what every ingest pays), MB/s for two large PDFs with a
text layer (typed pages dense with text, and scanned pages each under an OCR'd text layer, as leaks
mostly hold), OCR in pages per minute, the peak RSS of the ingest and of its parsers, and the
start-up cost of the ``habeas`` command.

The corpus (text, Markdown, HTML, CSV, DOCX, XLSX, PDF, e-mail with attachments, and ZIP
archives holding several files; some text in Chinese) is generated into a temporary folder from a
fixed seed, then taken in through ``habeas.services.ingest`` into a fresh SQLite case store. The
ingest runs in a child process of its own so that its peak memory is measured apart from the
generator's. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import os
import platform
import pstats
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from habeas.services import Caller, intake
from textgen import DOMAIN_WORDS, TextGenerator, words

SEED = 20240917
BATCH = 250  # items per generator task
FILES_PER_FOLDER = 500
DUPLICATE_SHARE = 0.01  # some files arrive twice, as they do in leaks

# share of the files of each kind (zip archives hold 3 to 6 files, e-mails 0 to 2 attachments)
KINDS = {
    "txt": 0.18,
    "md": 0.10,
    "html": 0.14,
    "csv": 0.09,
    "docx": 0.10,
    "xlsx": 0.07,
    "pdf": 0.12,
    "eml": 0.12,
    "zip": 0.08,
}
GIVEN = words(
    "Abdulla Ahmet Alim Aygul Buzeynep Dilnur Ekber Gulnar Hasan Ilham Kamil Mahire Memet Mihray "
    "Nurmemet Patigul Rahile Rozi Sadir Tursun Yusup Zulpiye Serik Nurlan Aigerim Gulzira Erlan "
    "Zeynep Abduweli Rizwangul Omer Perhat Nijat Gulbahar Ablikim Shirzat Dilmurat Mukaddes"
)
FAMILY = words(
    "Tohti Abdulla Memet Kadir Hashim Yusup Rozi Niyaz Osman Tursun Qurban Ablimit Eli Ismail "
    "Abdukerim Nurmemet Sawut Hoshur Jappar Ghopur Kurban Tokhti Ahmet Nurlan Serikbay"
)
COUNTIES = [w for w in DOMAIN_WORDS if w[:1].isupper()][-40:]
CATEGORIES = (
    "religious extremism",
    "relatives abroad",
    "passport holder",
    "unsafe person",
    "born after 1980s",
    "visited 26 countries",
    "wears veil",
    "prayed",
    "untrustworthy",
    "used WhatsApp",
    "illegal religious activity",
    "Strike Hard",
)
STATUSES = (
    "in camp",
    "released",
    "transferred to prison",
    "sentenced",
    "under surveillance",
    "graduated",
    "labour transfer",
    "unknown",
)

err = Console(stderr=True)


# -- generating the corpus -------------------------------------------------------


_gen: TextGenerator | None = None


def _text() -> TextGenerator:
    global _gen
    if _gen is None:
        _gen = TextGenerator(seed=SEED)
    return _gen


def plan(docs: int) -> list[tuple[int, str, int]]:
    """(number, kind, documents it makes) for each file, until the documents add up to ``docs``."""
    rng = random.Random(SEED)
    kinds, shares = list(KINDS), list(KINDS.values())
    items: list[tuple[int, str, int]] = []
    total = 0
    while total < docs:
        kind = rng.choices(kinds, shares)[0]
        number = len(items)
        makes = {"zip": 1 + 3 + number % 4, "eml": 1 + number % 3}.get(kind, 1)
        items.append((number, kind, makes))
        total += makes
    return items


def generate_batch(root: str, batch: list[tuple[int, str, int]]) -> tuple[int, int]:
    """Write one batch of files; returns (files, bytes)."""
    files = size = 0
    for number, kind, _makes in batch:
        folder = Path(root) / f"box-{number // FILES_PER_FOLDER:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        rng = random.Random(SEED * 1_000_003 + number)
        _text().reseed(SEED, number)
        data, suffix = MAKERS[kind](rng, number)
        path = folder / f"{kind}-{number:06d}{suffix}"
        path.write_bytes(data)
        files += 1
        size += len(data)
        if rng.random() < DUPLICATE_SHARE:  # the same bytes again, elsewhere
            (folder / f"copy-of-{number:06d}{suffix}").write_bytes(data)
            files += 1
            size += len(data)
    return files, size


def _chinese_share(rng: random.Random) -> float:
    return 0.9 if rng.random() < 0.1 else 0.02


def _title(rng: random.Random) -> str:
    return f"{rng.choice(COUNTIES)}: {_text().words_line(rng.randint(3, 7))}"


def make_txt(rng: random.Random, number: int) -> tuple[bytes, str]:
    text = _text().text(rng.randint(1500, 8000), chinese_share=_chinese_share(rng))
    if number % 37 == 0 and any("\u4e00" <= ch <= "\u9fff" for ch in text[:200]):
        return text.encode("gb18030"), ".txt"  # older Chinese files are often GB18030
    return text.encode("utf-8"), ".txt"


def make_md(rng: random.Random, number: int) -> tuple[bytes, str]:
    parts = [f"# {_title(rng)}", ""]
    for _ in range(rng.randint(2, 5)):
        parts += [
            f"## {_text().words_line(rng.randint(2, 5))}",
            "",
            _text().text(rng.randint(400, 1500), chinese_share=_chinese_share(rng)),
            "",
        ]
        parts += [f"- {_text().words_line(rng.randint(3, 8))}" for _ in range(rng.randint(0, 4))] + [""]
    return "\n".join(parts).encode("utf-8"), ".md"


def make_html(rng: random.Random, number: int) -> tuple[bytes, str]:
    title = _title(rng)
    body = "\n".join(
        f"<p>{p}</p>" for p in _text().text(rng.randint(1500, 7000), chinese_share=_chinese_share(rng)).split("\n\n")
    )
    nav = "".join(f'<li><a href="/section/{i}">{_text().words_line(2)}</a></li>' for i in range(8))
    page = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>'
        f'<body><header><div class="logo">Xinjiang Documentation Project</div><nav><ul>{nav}</ul></nav>'
        f'</header><main><article><h1>{title}</h1><p class="byline">Published '
        f"{_date(rng):%d %B %Y}</p>\n{body}</article></main><aside><h3>Related</h3><ul>{nav}</ul></aside>"
        f"<footer><p>Copyright 2024. All rights reserved.</p><p>Privacy | Terms | Contact</p></footer>"
        f"</body></html>"
    )
    return page.encode("utf-8"), ".html"


def _rows(rng: random.Random, count: int) -> tuple[list[str], list[list[Any]]]:
    header = [
        "No.",
        "Name",
        "Gender",
        "Age",
        "ID number",
        "County",
        "Village",
        "Category",
        "Reason",
        "Status",
        "Date detained",
        "Notes",
    ]
    rows = []
    for i in range(1, count + 1):
        rows.append(
            [
                i,
                f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
                rng.choice(("M", "F")),
                rng.randint(16, 80),
                f"6532{rng.randint(10**13, 10**14 - 1)}",
                rng.choice(COUNTIES),
                f"{rng.choice(FAMILY)} village",
                rng.choice(CATEGORIES),
                _text().words_line(rng.randint(2, 6)),
                rng.choice(STATUSES),
                f"{_date(rng):%Y-%m-%d}",
                _text().words_line(rng.randint(0, 8)),
            ]
        )
    return header, rows


def make_csv(rng: random.Random, number: int) -> tuple[bytes, str]:
    import csv

    header, rows = _rows(rng, rng.randint(20, 70))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8"), ".csv"


def make_xlsx(rng: random.Random, number: int) -> tuple[bytes, str]:
    from openpyxl import Workbook

    book = Workbook()
    for sheet_number in range(rng.choice((1, 1, 2))):
        sheet = book.active if sheet_number == 0 else book.create_sheet()
        sheet.title = f"{rng.choice(COUNTIES)} {sheet_number + 1}"
        header, rows = _rows(rng, rng.randint(20, 60))
        sheet.append(header)
        for row in rows:
            sheet.append(row)
    book.properties.created = book.properties.modified = datetime(2019, 1, 1)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue(), ".xlsx"


def make_docx(rng: random.Random, number: int) -> tuple[bytes, str]:
    import docx

    document = docx.Document()
    document.add_heading(_title(rng), level=1)
    for paragraph in _text().text(rng.randint(1500, 6000), chinese_share=_chinese_share(rng)).split("\n\n"):
        if rng.random() < 0.15:
            document.add_heading(_text().words_line(rng.randint(2, 5)), level=2)
        document.add_paragraph(paragraph)
    if rng.random() < 0.3:
        header, rows = _rows(rng, rng.randint(3, 10))
        table = document.add_table(rows=1, cols=4)
        for cell, value in zip(table.rows[0].cells, header[1:5], strict=True):
            cell.text = str(value)
        for row in rows:
            for cell, value in zip(table.add_row().cells, row[1:5], strict=True):
                cell.text = str(value)
    document.core_properties.created = document.core_properties.modified = datetime(2019, 1, 1)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), ".docx"


def make_pdf(rng: random.Random, number: int) -> tuple[bytes, str]:
    import textwrap

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=1)
    pdf.setTitle(_title(rng))
    lines = [_title(rng), ""]
    for paragraph in _text().text(rng.randint(2000, 9000), chinese_share=0.0).split("\n\n"):
        lines += [*textwrap.wrap(paragraph, 95), ""]
    for start in range(0, len(lines), 60):
        text = pdf.beginText(50, 800)
        text.setFont("Helvetica", 9)
        for line in lines[start : start + 60]:
            text.textLine(line)
        pdf.drawText(text)
        pdf.showPage()
    pdf.save()
    return out.getvalue(), ".pdf"


def make_eml(rng: random.Random, number: int) -> tuple[bytes, str]:
    message = EmailMessage()
    sender, recipient = (f"{rng.choice(GIVEN).lower()}.{rng.choice(FAMILY).lower()}@example.org" for _ in "ab")
    message["From"] = sender
    message["To"] = recipient
    message["Subject"] = _title(rng)
    message["Date"] = format_datetime(_date(rng).replace(tzinfo=UTC))
    message["Message-ID"] = f"<{number}.{rng.getrandbits(48):x}@example.org>"
    message.set_content(_text().text(rng.randint(600, 3000), chinese_share=_chinese_share(rng)))
    for attachment in range(number % 3):  # 0, 1 or 2 attachments: child documents
        if attachment == 0:
            data, _ = make_csv(rng, number)
            message.add_attachment(data, maintype="text", subtype="csv", filename=f"list-{number}.csv")
        else:
            data = _text().text(rng.randint(800, 3000)).encode("utf-8")
            message.add_attachment(data, maintype="text", subtype="plain", filename=f"notes-{number}.txt")
    return message.as_bytes(), ".eml"


def make_zip(rng: random.Random, number: int) -> tuple[bytes, str]:
    out = io.BytesIO()
    makers = (("txt", make_txt), ("md", make_md), ("html", make_html), ("csv", make_csv), ("docx", make_docx))
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for member in range(3 + number % 4):  # 3 to 6 members
            kind, maker = makers[(number + member) % len(makers)]
            data, suffix = maker(rng, number * 10 + member)
            info = zipfile.ZipInfo(f"folder-{member % 2}/{kind}-{member}{suffix}", date_time=(2019, 3, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return out.getvalue(), ".zip"


def _date(rng: random.Random) -> datetime:
    return datetime(2017, 1, 1) + timedelta(days=rng.randint(0, 3 * 365), seconds=rng.randint(0, 86399))


MAKERS = {
    "txt": make_txt,
    "md": make_md,
    "html": make_html,
    "csv": make_csv,
    "docx": make_docx,
    "xlsx": make_xlsx,
    "pdf": make_pdf,
    "eml": make_eml,
    "zip": make_zip,
}


def generate(root: Path, docs: int) -> dict[str, Any]:
    items = plan(docs)
    batches = [items[i : i + BATCH] for i in range(0, len(items), BATCH)]
    files = size = 0
    started = time.perf_counter()
    columns = (
        TextColumn("[bold]generating corpus"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    with (
        Progress(*columns, console=err, transient=True) as bar,
        ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool,
    ):
        task = bar.add_task("", total=len(items))
        futures = {pool.submit(generate_batch, str(root), batch): len(batch) for batch in batches}
        for future in as_completed(futures):
            batch_files, batch_size = future.result()
            files += batch_files
            size += batch_size
            bar.update(task, advance=futures[future])
    counts: dict[str, int] = {}
    for _n, kind, _m in items:
        counts[kind] = counts.get(kind, 0) + 1
    return {
        "files": files,
        "bytes": size,
        "expected_documents": sum(m for *_x, m in items),
        "by_kind": counts,
        "seconds": time.perf_counter() - started,
    }


# -- ingesting -------------------------------------------------------------------


class _Bar:
    """habeas's progress protocol, drawn with rich on stderr."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.task = progress.add_task("ingest", total=0)

    def add_total(self, n: int) -> None:
        self.progress.update(self.task, total=(self.progress.tasks[0].total or 0) + n)

    def advance(self, label: str) -> None:
        self.progress.update(self.task, advance=1)


def parser_startup(settings: Any, workdir: Path) -> float | None:
    """Seconds for a sandboxed parser process to start and parse one small text file."""
    from habeas.ingest.sandbox import ParseTask, Sandbox

    workdir.mkdir(parents=True, exist_ok=True)
    probe = workdir / "probe.txt"
    probe.write_text("A small file to time the parser's start-up.\n")
    started = time.perf_counter()
    try:
        with Sandbox(1, settings.limits) as sandbox:
            sandbox.submit(ParseTask(path=probe, name=probe.name, workdir=workdir)).result()
    except Exception:  # the sandbox's API is internal; the figure is a nicety
        return None
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return time.perf_counter() - started


def ingest_child(corpus: Path, store_dir: Path, result_file: Path, profile: Path | None) -> None:
    """Runs in a process of its own: ingest the corpus, write the figures as JSON."""
    from habeas import services
    from habeas.config import LOCAL_OWNER, load_settings

    phases: dict[str, float] = {}
    sync_index = services.sync_index

    def timed_sync(store: Any) -> int:
        t0 = time.perf_counter()
        written = sync_index(store)
        phases["index_s"] = time.perf_counter() - t0
        phases["pages_indexed"] = written
        return written

    services.sync_index = timed_sync  # services.ingest calls it by its module-level name
    t0 = time.perf_counter()
    settings = load_settings(store=store_dir)
    store = services.open_store(settings)
    phases["open_store_s"] = time.perf_counter() - t0
    phases["parser_startup_s"] = parser_startup(settings, store_dir.parent / "probe")
    options = intake.default_intake(None, "bench corpus", "C", "bench", LOCAL_OWNER)
    columns = (
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    profiler = cProfile.Profile() if profile else None
    with Progress(*columns, console=err, transient=True) as progress:
        bar = _Bar(progress)
        started = time.perf_counter()
        if profiler:
            profiler.enable()
        report = intake.ingest(Caller(store, options.actor), [corpus], options, bar)
        if profiler:
            profiler.disable()
        wall = time.perf_counter() - started
    store.close()
    if profiler and profile:
        profiler.dump_stats(profile)
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = {
        "wall_s": wall,
        **phases,
        "new": len(report.new),
        "duplicates": report.duplicates,
        "failed": report.failed,
        "needs_ocr": len(report.needs_ocr),
        "workers": settings.workers,
        "rss_self_mib": own.ru_maxrss / 1024,
        "rss_child_mib": children.ru_maxrss / 1024,
        "cpu_self_s": own.ru_utime + own.ru_stime,
        "cpu_children_s": children.ru_utime + children.ru_stime,
    }
    result_file.write_text(json.dumps(result))


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


# -- intake apart from analysis, against the disk's own floor ---------------------------------------


def disk_floor(folder: Path, files: int = 400, mb: int = 128) -> tuple[float, float]:
    """Fsynced small-file writes per second (write, fsync, rename, as the blob store does) and
    sequential write MB/s (fsynced at the end), in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    payload = b"x" * 200
    started = time.perf_counter()
    for n in range(files):
        part = folder / f".small-{n}"
        with part.open("wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        part.replace(folder / f"small-{n}")
    small = files / (time.perf_counter() - started)
    block = os.urandom(1 << 20)
    started = time.perf_counter()
    with (folder / "sequential").open("wb") as out:
        for _ in range(mb):
            out.write(block)
        out.flush()
        os.fsync(out.fileno())
    sequential = mb / (time.perf_counter() - started)
    shutil.rmtree(folder, ignore_errors=True)
    return small, sequential


def small_text_files(folder: Path, count: int) -> int:
    text = _text()
    text.reseed(SEED)
    folder.mkdir(parents=True, exist_ok=True)
    size = 0
    for n in range(count):
        data = f"Note {n}. {text.text(300)}\n".encode()
        (folder / f"note-{n:06}.txt").write_bytes(data)
        size += len(data)
    return size


def large_pdf(path: Path, mb: int) -> int:
    """A PDF with a text layer of about ``mb`` MB: pages of typed text, uncompressed."""
    from reportlab.pdfgen import canvas

    rng = random.Random(SEED)
    lines = [" ".join(rng.choice(DOMAIN_WORDS) for _ in range(12)) for _ in range(400)]
    pdf = canvas.Canvas(str(path), pageCompression=0)
    for _page in range(mb * 190):  # about 5 kB a page, uncompressed
        y = 800
        for line in rng.sample(lines, 48):
            pdf.drawString(40, y, line)
            y -= 16
        pdf.showPage()
    pdf.save()
    return path.stat().st_size


def scanned_text_pdf(path: Path, mb: int) -> int:
    """A PDF of about ``mb`` MB as leaks mostly hold them: each page a scan (a 200 dpi grayscale
    JPEG with paper grain, about 280 kB) under an invisible text layer of the same lines, as a
    scanner's OCR leaves it. Pages differ, so no image is stored once for all. Written page by page
    (``_PdfWriter``), so that making it does not swell this process's peak RSS, which is measured."""
    from PIL import Image, ImageDraw, ImageFont

    rng = random.Random(SEED)
    width, height, margin, leading = 1650, 2200, 120, 64  # pixels at 200 dpi, on an A4 page of points
    grain = Image.effect_noise((width, height), 8)
    font = ImageFont.load_default(size=30)
    with _PdfWriter(path) as pdf:
        font_ref = pdf.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        while pdf.size < mb * 1e6:
            lines = [" ".join(rng.choice(DOMAIN_WORDS) for _ in range(8)) for _ in range(30)]
            page = Image.new("L", (width, height), 255)
            draw = ImageDraw.Draw(page)
            for row, line in enumerate(lines):
                draw.text((margin, 150 + leading * row), line, font=font, fill=0)
            scan = io.BytesIO()
            Image.blend(page, grain, 0.12).save(scan, "JPEG", quality=60)
            image = pdf.add(
                f"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray "
                f"/BitsPerComponent 8 /Filter /DCTDecode /Length {scan.tell()} >>".encode(),
                scan.getvalue(),
            )
            # The scan fills the page; the text lies invisible (render mode 3) where its lines are.
            x, y, step = 595 * margin / width, 842 * (1 - 180 / height), 842 * leading / height
            shown = " Tj T* ".join(f"({_pdf_string(line)})" for line in lines)
            content = f"q 595 0 0 842 0 0 cm /Scan Do Q BT /F1 9.5 Tf 3 Tr {step:.2f} TL {x:.2f} {y:.2f} Td "
            content += f"{shown} Tj ET"
            contents = pdf.add(f"<< /Length {len(content)} >>".encode(), content.encode("latin-1"))
            pdf.page(
                f"/MediaBox [0 0 595 842] /Contents {contents} 0 R "
                f"/Resources << /XObject << /Scan {image} 0 R >> /Font << /F1 {font_ref} 0 R >> >>"
            )
    return path.stat().st_size


def _pdf_string(text: str) -> str:
    return text.encode("latin-1", "replace").decode("latin-1").translate({40: "\\(", 41: "\\)", 92: "\\\\"})


class _PdfWriter:
    """The least of a PDF writer: objects written as they come, then the page tree and the cross-
    reference table (object 1 is the catalogue, 2 the page tree)."""

    def __init__(self, path: Path) -> None:
        self.out = path.open("wb")
        self.out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        self.offsets: dict[int, int] = {}
        self.pages: list[int] = []

    @property
    def size(self) -> int:
        return self.out.tell()

    def add(self, head: bytes, stream: bytes | None = None, number: int | None = None) -> int:
        number = number or max([2, *self.offsets]) + 1
        self.offsets[number] = self.out.tell()
        self.out.write(f"{number} 0 obj\n".encode() + head)
        if stream is not None:
            self.out.write(b"\nstream\n" + stream + b"\nendstream")
        self.out.write(b"\nendobj\n")
        return number

    def page(self, entries: str) -> None:
        self.pages.append(self.add(f"<< /Type /Page /Parent 2 0 R {entries} >>".encode()))

    def __enter__(self) -> _PdfWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        kids = " ".join(f"{n} 0 R" for n in self.pages)
        self.add(f"<< /Type /Pages /Kids [{kids}] /Count {len(self.pages)} >>".encode(), number=2)
        self.add(b"<< /Type /Catalog /Pages 2 0 R >>", number=1)
        table = self.out.tell()
        count = max(self.offsets) + 1
        self.out.write(f"xref\n0 {count}\n0000000000 65535 f \n".encode())
        self.out.write(b"".join(f"{self.offsets[n]:010} 00000 n \n".encode() for n in range(1, count)))
        self.out.write(f"trailer\n<< /Size {count} /Root 1 0 R >>\nstartxref\n{table}\n%%EOF\n".encode())
        self.out.close()


def scanned_pdf(path: Path, pages: int) -> None:
    """A PDF of page images (200 dpi), as a scanner makes them."""
    from PIL import Image, ImageDraw, ImageFont

    rng = random.Random(SEED)
    images = []
    for _ in range(pages):
        image = Image.new("L", (1650, 2200), 255)
        draw = ImageDraw.Draw(image)
        font = ImageFont.load_default(size=30)
        for n in range(30):
            draw.text((120, 150 + 64 * n), " ".join(rng.choice(DOMAIN_WORDS) for _ in range(8)), font=font, fill=0)
        images.append(image)
    images[0].save(path, save_all=True, append_images=images[1:], resolution=200)


def _rss_mib() -> tuple[float, float]:
    return (
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    )


def timed_ingest(store_dir: Path, folder: Path) -> tuple[float, float, Any]:
    """Seconds to take ``folder`` in without analysis, until it is searchable, and the CPU seconds
    the main thread spent meanwhile (the parsers work in other processes)."""
    from habeas import services
    from habeas.config import LOCAL_OWNER, load_settings

    store = services.open_store(load_settings(store=store_dir))
    options = intake.default_intake(None, "bench", "C", "bench", LOCAL_OWNER)
    with _main_module_not_imported_by_parsers():
        started, cpu = time.perf_counter(), time.thread_time()
        report = intake.ingest(Caller(store, options.actor), [folder], options, analyse=False)  # indexes too
        seconds, cpu = time.perf_counter() - started, time.thread_time() - cpu
    store.close()
    _stop_parser_server()
    return seconds, cpu, report


@contextlib.contextmanager
def _main_module_not_imported_by_parsers() -> Iterator[None]:
    """Each parser process imports the main module again when it starts (Python 3.11's forkserver
    never preloads ``__main__``: it looks for a ``main_path`` its parent never sends). For the
    ``habeas`` command that is its 0.05 s entry script; for this bench script, 0.35 s a parser,
    which would be charged to every timed ingest and to each extra parser of a PDF read in parts.
    The parsers need nothing from this script, so while timing it is hidden from multiprocessing,
    as if the ingest ran from the command's own small entry point."""
    main = sys.modules["__main__"]
    path = main.__dict__.pop("__file__", None)
    try:
        yield
    finally:
        if path is not None:
            main.__file__ = path


def _stop_parser_server() -> None:
    """Stop the server the parsers fork from, as the end of a ``habeas ingest`` process does: each
    timed ingest then starts it cold, as the command would, and the parsers it served count in the
    peak RSS of this process's children. (A private API of multiprocessing, for the bench only.)"""
    import multiprocessing.forkserver

    server = getattr(multiprocessing.forkserver, "_forkserver", None)
    stop = getattr(server, "_stop", None)
    if callable(stop):
        stop()


def cli_startup(store_dir: Path) -> dict[str, float]:
    """The ``habeas`` command's cost before it does anything: the best of three runs each."""
    figures = {}
    for label, args in (
        ("--help", ["--help"]),
        ("documents --json", ["--store", str(store_dir), "documents", "--json"]),
    ):
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "habeas", *args], capture_output=True, check=False)
            runs.append(time.perf_counter() - started)
        figures[label] = min(runs)
    return figures


def intake_bench(root: Path, files: int, pdf_mb: int, scan_mb: int, ocr_pages: int) -> None:
    print(
        f"Intake apart from analysis: {files:,} small text files, a {pdf_mb} MB text-dense PDF, "
        f"a {scan_mb} MB PDF of scans with a text layer, {ocr_pages} scanned pages to OCR"
    )
    small_s, seq_mb = disk_floor(root / "floor")
    print(f"  disk floor               {small_s:>10,.0f} fsynced small-file writes/s   {seq_mb:,.0f} MB/s sequential")
    size = small_text_files(root / "small", files)
    seconds, cpu, report = timed_ingest(root / "store-small", root / "small")
    rate = len(report.new) / seconds
    print(
        f"  small text files         {rate:>10,.0f} files/s   ({len(report.new):,} in {seconds:.1f} s, "
        f"{size / 1e6 / seconds:.2f} MB/s; {rate / small_s:.0%} of the disk's fsynced writes/s; "
        f"main thread {cpu * 1000 / max(1, len(report.new)):.2f} ms CPU a file)"
    )
    small_text_files(root / "one", 1)
    fixed, _cpu, _report = timed_ingest(root / "store-one", root / "one")
    print(f"  one small file           {fixed:>10.2f} s   (what every ingest pays: parsers started cold, a batch)")
    # Both kinds of large PDF, against the same floor: typed pages dense with text (PDFium's text
    # extraction per page bounds it), and scanned pages under a text layer, as leaks mostly hold.
    _large_pdf_line("text-dense PDF", root / "large", large_pdf, pdf_mb, seq_mb)
    _large_pdf_line("scans + text layer PDF", root / "scans-text", scanned_text_pdf, scan_mb, seq_mb)
    scans = root / "scans" / "scanned.pdf"
    scans.parent.mkdir(parents=True)
    scanned_pdf(scans, ocr_pages)
    seconds, _cpu, report = timed_ingest(root / "store-ocr", scans.parent)
    print(
        f"  OCR                      {ocr_pages / seconds * 60:>10.1f} pages/minute   "
        f"({ocr_pages} pages in {seconds:.1f} s)"
    )
    own, children = _rss_mib()
    print(f"  peak RSS                 {own:>10.0f} MiB ingest process, {children:.0f} MiB largest parser")
    for label, cost in cli_startup(root / "store-small").items():
        print(f"  habeas {label:<17} {cost:>10.2f} s   (start-up, best of 3)")


def _large_pdf_line(label: str, folder: Path, make: Callable[[Path, int], int], mb: int, seq_mb: float) -> None:
    """Make one large PDF of about ``mb`` MB in ``folder``, take it in, and print its MB/s."""
    import pypdfium2

    folder.mkdir(parents=True)
    pdf = folder / "large.pdf"
    size = make(pdf, mb) / 1e6
    document = pypdfium2.PdfDocument(pdf)
    pages = len(document)
    document.close()
    os.sync()  # else the ingest's own sync of its blobs would write the generator's file out too
    seconds, _cpu, report = timed_ingest(folder.with_name(f"store-{folder.name}"), folder)
    failed = f"; FAILED: {report.failed}" if report.failed else ""
    print(
        f"  {label:<24} {size / seconds:>10.1f} MB/s   ({size:.1f} MB, {pages:,} pages of {size * 1e3 / pages:.0f} kB, "
        f"in {seconds:.1f} s; {size / seconds / seq_mb:.0%} of the disk's sequential MB/s){failed}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=10_000, help="documents to generate (10,000)")
    parser.add_argument("--quick", action="store_true", help="a small run: 600 documents")
    parser.add_argument("--keep", action="store_true", help="keep the corpus and the store afterwards")
    parser.add_argument(
        "--profile", action="store_true", help="profile the ingesting process and print where its time goes"
    )
    parser.add_argument("--intake", action="store_true", help="intake apart from analysis, against the disk")
    parser.add_argument("--files", type=int, default=2_000, help="small text files for --intake (2,000)")
    parser.add_argument("--pdf-mb", type=int, default=20, help="size of the text-dense PDF for --intake (20 MB)")
    parser.add_argument(
        "--scan-mb", type=int, default=40, help="size of the PDF of scans with a text layer for --intake (40 MB)"
    )
    parser.add_argument("--ocr-pages", type=int, default=4, help="scanned pages for --intake (4)")
    parser.add_argument("--child", nargs=3, metavar=("CORPUS", "STORE", "RESULT"), help=argparse.SUPPRESS)
    parser.add_argument("--child-profile", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        corpus, store, result = (Path(p) for p in args.child)
        ingest_child(corpus, store, result, Path(args.child_profile) if args.child_profile else None)
        return
    if args.intake:
        root = Path(tempfile.mkdtemp(prefix="habeas-bench-intake-"))
        print(f"Python {platform.python_version()}, {os.cpu_count()} CPUs, in {root}; load average {_load()}")
        try:
            intake_bench(root, args.files, args.pdf_mb, args.scan_mb, args.ocr_pages)
        finally:
            print(f"Load average after: {_load()} (other work on the machine skews the figures)")
            if not args.keep:
                shutil.rmtree(root, ignore_errors=True)
        return
    docs = 600 if args.quick else args.docs

    root = Path(tempfile.mkdtemp(prefix="habeas-bench-ingest-"))
    corpus, store, result_file = root / "corpus", root / "store", root / "result.json"
    profile = root / "ingest.prof" if args.profile else None
    print(
        f"Habeas ingest benchmark: {docs:,} documents, Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, corpus and store in {root}"
    )
    print(f"Load average before: {_load()}")
    try:
        made = generate(corpus, docs)
        kinds = ", ".join(f"{k} {v:,}" for k, v in sorted(made["by_kind"].items()))
        print(
            f"\nCorpus: {made['files']:,} files ({kinds}; about 1% of files twice), "
            f"{made['bytes'] / 1e6:.1f} MB, generated in {made['seconds']:.1f} s"
        )
        command = [sys.executable, __file__, "--child", str(corpus), str(store), str(result_file)]
        if profile:
            command += ["--child-profile", str(profile)]
        started = time.perf_counter()
        subprocess.run(command, check=True)
        process_s = time.perf_counter() - started
        r = json.loads(result_file.read_text())
        report(r, made, store, process_s)
        print(f"\nLoad average after: {_load()} (other work on the machine skews the figures)")
        if profile:
            print_profile(profile)
    finally:
        if args.keep:
            print(f"\nKept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


def report(r: dict[str, Any], made: dict[str, Any], store: Path, process_s: float) -> None:
    mb = made["bytes"] / 1e6
    wall = r["wall_s"]
    parse_s = wall - r.get("index_s", 0.0)
    print("\nIngest (habeas.services.ingest into a fresh SQLite store):")
    print(
        f"  documents ingested       {r['new']:>10,}   (duplicates {r['duplicates']:,}, failed "
        f"{len(r['failed']):,}, needs OCR {r['needs_ocr']:,}; files {made['files']:,})"
    )
    print(f"  total size               {mb:>10.1f} MB")
    print(
        f"  wall time                {wall:>10.1f} s   (store opened in {r['open_store_s']:.2f} s; "
        f"whole child process {process_s:.1f} s)"
    )
    print(f"  throughput               {r['new'] / wall:>10.1f} documents/s   {mb / wall:.2f} MB/s")
    print(
        f"  peak RSS                 {r['rss_self_mib']:>10.0f} MiB ingest process, "
        f"{r['rss_child_mib']:.0f} MiB largest parser process ({r['workers']} parser processes)"
    )
    print(
        f"  CPU time                 {r['cpu_self_s']:>10.1f} s ingest process, "
        f"{r['cpu_children_s']:.1f} s parser processes"
    )
    print("\nWhere the time goes:")
    if r.get("parser_startup_s") is not None:
        print(
            f"  parser start-up          {r['parser_startup_s']:>10.2f} s   (one sandboxed parser process "
            "started, a small file parsed; timed apart, before the ingest)"
        )
    print(f"  intake and parse         {parse_s:>10.1f} s   {r['new'] / parse_s:,.1f} documents/s")
    if "index_s" in r:
        print(
            f"  search indexing          {r['index_s']:>10.1f} s   {r['pages_indexed']:,} pages, "
            f"{r['pages_indexed'] / max(r['index_s'], 1e-9):,.0f} pages/s"
        )
    db = store / "habeas.db"
    print(
        f"\nStore: database {db.stat().st_size / 2**20:,.0f} MiB, blobs {du(store / 'blobs') / 2**20:,.0f} MiB, "
        f"index {du(store / 'index') / 2**20:,.0f} MiB"
    )
    if r["failed"]:
        print("\nFailures (a generated file should not fail):")
        for failure in r["failed"][:10]:
            print(f"  {failure['path']}: {failure['error']}")


def print_profile(profile: Path) -> None:
    out = io.StringIO()
    stats = pstats.Stats(str(profile), stream=out)
    stats.sort_stats("cumulative").print_stats(25)
    print("\nProfile of the ingesting process (top 25 by cumulative time):")
    print(out.getvalue())


if __name__ == "__main__":
    main()
