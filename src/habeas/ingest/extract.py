"""Turn one file into an ``Extracted`` document. Runs inside a sandboxed child process."""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Callable
from pathlib import Path

from habeas.config import IngestLimits
from habeas.errors import ExtractionError
from habeas.ingest.archive import extract_archive
from habeas.ingest.cards import extract_cards
from habeas.ingest.database import extract_database
from habeas.ingest.detect import also_looks_like, detect_type
from habeas.ingest.email import extract_eml, extract_mbox, extract_msg
from habeas.ingest.html import extract_html
from habeas.ingest.image import extract_image
from habeas.ingest.joining import tidy
from habeas.ingest.language import detect_language
from habeas.ingest.libreoffice import extract_with_libreoffice
from habeas.ingest.links import extract_link
from habeas.ingest.media import extract_media, refuse_encrypted
from habeas.ingest.model import ERROR, Extracted, Part
from habeas.ingest.office import extract_docx, extract_xlsb, extract_xlsx
from habeas.ingest.office_xml import extract_epub, extract_odf, extract_ooxml
from habeas.ingest.pdf import extract_pdf
from habeas.ingest.pst import extract_pst
from habeas.ingest.svg import extract_svg
from habeas.ingest.text import extract_csv, extract_text
from habeas.vocab import file_formats


def extract_file(
    path: Path, name: str, workdir: Path, limits: IngestLimits, room: int | None = None, part: Part | None = None
) -> Extracted:
    """Extract text, metadata, rows and children; a file that cannot be read gets an error state.
    ``room``: how many bytes an archive may still write out, from its top-level file's budget.
    ``part``: only that share of a PDF's pages (``pdf_parts``)."""
    file_type = "unknown"
    try:
        if path.stat().st_size == 0:
            raise ExtractionError("the file is empty (0 bytes)")
        file_type = detect_type(path, name)
        if part is None:
            extracted = _dispatch(path, name, file_type, workdir, limits, room)
        elif _EXTRACTOR_OF.get(file_type) == "pdf":
            extracted = extract_pdf(path, name, limits, part)
        else:
            raise ExtractionError(f"only a PDF is read in parts, not a {file_type} file")
        extracted = tidy(extracted, name)
        _list_parts(extracted)
        others = also_looks_like(path, file_type)
        if others:
            extracted.metadata["also_looks_like"] = others
    except ExtractionError as exc:
        return Extracted(file_type=file_type, title=name, status=ERROR, error=str(exc))
    except MemoryError:
        return Extracted(
            file_type=file_type,
            title=name,
            status=ERROR,
            error=f"parsing needed more than {limits.parse_memory_bytes // 2**20} MiB of memory",
        )
    except Exception as exc:  # a parser bug or a hostile file: record it, never crash the batch
        return Extracted(
            file_type=file_type,
            title=name,
            status=ERROR,
            # the message names the file as the user knows it, never its place in the blob store
            error=f"cannot read the {file_type} file: {type(exc).__name__}: {exc}".replace(str(path), name),
        )
    extracted.language = detect_language(extracted.text)
    return extracted


def _list_parts(extracted: Extracted) -> None:
    """Name every part of a container on its document, with each one's SHA-256 (so its document
    is known even when it is a duplicate held by other containers too), and count them: parts =
    children + parts that failed + parts left out by the budget."""
    if not (extracted.children or extracted.child_errors or extracted.not_expanded):
        return
    parts = []
    for child in extracted.children:
        digest = hashlib.sha256()
        with open(child.path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
        parts.append({"name": child.name, "sha256": digest.hexdigest()})
    extracted.metadata["parts"] = parts
    extracted.metadata["part_count"] = len(parts) + len(extracted.child_errors) + extracted.not_expanded


# (path, name, file_type, workdir, limits, room) -> the document
Extractor = Callable[[Path, str, str, Path, IngestLimits, int | None], Extracted]

# The extractors by the name the table of formats (habeas.vocab, file_formats.json) gives them.
EXTRACTORS: dict[str, Extractor] = {
    "text": lambda path, name, file_type, workdir, limits, room: extract_text(path, name, file_type),
    "csv": lambda path, name, file_type, workdir, limits, room: extract_csv(path, name),
    "html": lambda path, name, file_type, workdir, limits, room: extract_html(path, name),
    "svg": lambda path, name, file_type, workdir, limits, room: extract_svg(path, name),
    "pdf": lambda path, name, file_type, workdir, limits, room: extract_pdf(path, name, limits),
    "docx": lambda path, name, file_type, workdir, limits, room: extract_docx(path, name, workdir),
    "xlsx": lambda path, name, file_type, workdir, limits, room: extract_xlsx(path, name, workdir),
    "xlsb": lambda path, name, file_type, workdir, limits, room: extract_xlsb(path, name),
    "ooxml": lambda path, name, file_type, workdir, limits, room: extract_ooxml(path, name, file_type, workdir),
    "odf": lambda path, name, file_type, workdir, limits, room: extract_odf(path, name, file_type),
    "epub": lambda path, name, file_type, workdir, limits, room: extract_epub(path, name),
    "libreoffice": lambda path, name, file_type, workdir, limits, room: extract_with_libreoffice(
        path, name, file_type, workdir, limits.parse_timeout_s
    ),
    "eml": lambda path, name, file_type, workdir, limits, room: extract_eml(path, name, workdir, file_type),
    "mbox": lambda path, name, file_type, workdir, limits, room: extract_mbox(path, name, workdir),
    "msg": lambda path, name, file_type, workdir, limits, room: extract_msg(path, name, workdir),
    "pst": lambda path, name, file_type, workdir, limits, room: extract_pst(path, name, workdir, room),
    "cards": lambda path, name, file_type, workdir, limits, room: extract_cards(path, name, file_type),
    "database": lambda path, name, file_type, workdir, limits, room: extract_database(path, name, file_type, workdir),
    "media": lambda path, name, file_type, workdir, limits, room: extract_media(path, name),
    "encrypted": lambda path, name, file_type, workdir, limits, room: refuse_encrypted(path, name),
    "link": lambda path, name, file_type, workdir, limits, room: extract_link(path, name),
    "archive": lambda path, name, file_type, workdir, limits, room: extract_archive(
        path, name, file_type, workdir, limits, room
    ),
    "image": lambda path, name, file_type, workdir, limits, room: extract_image(
        path, name, limits.ocr_languages, limits.parse_timeout_s, file_type
    ),
}
# The extractors that never write a part out: their file's workdir is never made.
_NO_PARTS = frozenset(
    {"text", "csv", "html", "svg", "pdf", "xlsb", "odf", "epub", "cards", "media", "encrypted", "image", "link"}
)
# Each file_type detection gives, to the name of its extractor (None: no extractor reads it).
_EXTRACTOR_OF = {f.name: f.extractor for f in file_formats()}


def unrecognised(name: str) -> str:
    """Why a file whose bytes match no format is refused; its name's kind, where the name has one
    (a ".tar" whose header was cut off is damaged, not of an unknown kind)."""
    suffix = Path(name).suffix.lower()
    kind, _encoding = mimetypes.guess_type(f"file{suffix}") if suffix else (None, None)
    if kind is None:
        return "unrecognised binary file: not a format Habeas can read"
    return (
        f"unrecognised binary file: named {suffix} ({kind}), but its bytes are not that or any format "
        "Habeas can read: damaged, truncated or misnamed"
    )


def _dispatch(
    path: Path, name: str, file_type: str, workdir: Path, limits: IngestLimits, room: int | None
) -> Extracted:
    extractor = _EXTRACTOR_OF.get(file_type)
    if extractor is None:
        raise ExtractionError(unrecognised(name))
    if extractor not in _NO_PARTS:  # the intake names the folder; it is made here, when needed
        workdir.mkdir(parents=True, exist_ok=True)
    return EXTRACTORS[extractor](path, name, file_type, workdir, limits, room)
