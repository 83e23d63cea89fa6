"""Turn one file into an ``Extracted`` document. Runs inside a sandboxed child process."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from habeas.config import IngestLimits
from habeas.errors import ExtractionError
from habeas.ingest.archive import extract_archive
from habeas.ingest.detect import also_looks_like, detect_type
from habeas.ingest.email import extract_eml
from habeas.ingest.html import extract_html
from habeas.ingest.image import extract_image
from habeas.ingest.language import detect_language
from habeas.ingest.model import ERROR, Extracted
from habeas.ingest.office import extract_docx, extract_xlsx
from habeas.ingest.pdf import extract_pdf
from habeas.ingest.svg import extract_svg
from habeas.ingest.text import extract_csv, extract_text
from habeas.vocab import file_formats


def extract_file(path: Path, name: str, workdir: Path, limits: IngestLimits, room: int | None = None) -> Extracted:
    """Extract text, metadata, rows and children; a file that cannot be read gets an error state.
    ``room``: how many bytes an archive may still write out, from its top-level file's budget."""
    file_type = "unknown"
    try:
        if path.stat().st_size == 0:
            raise ExtractionError("the file is empty (0 bytes)")
        file_type = detect_type(path, name)
        extracted = _dispatch(path, name, file_type, workdir, limits, room)
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
            error=f"cannot read the {file_type} file: {type(exc).__name__}: {exc}",
        )
    extracted.language = detect_language(extracted.text)
    return extracted


# (path, name, file_type, workdir, limits, room) -> the document
Extractor = Callable[[Path, str, str, Path, IngestLimits, int | None], Extracted]

# The extractors by the name the table of formats (habeas.vocab, file_formats.json) gives them.
EXTRACTORS: dict[str, Extractor] = {
    "text": lambda path, name, file_type, workdir, limits, room: extract_text(path, name, file_type),
    "csv": lambda path, name, file_type, workdir, limits, room: extract_csv(path, name),
    "html": lambda path, name, file_type, workdir, limits, room: extract_html(path, name),
    "svg": lambda path, name, file_type, workdir, limits, room: extract_svg(path, name),
    "pdf": lambda path, name, file_type, workdir, limits, room: extract_pdf(path, name),
    "docx": lambda path, name, file_type, workdir, limits, room: extract_docx(path, name),
    "xlsx": lambda path, name, file_type, workdir, limits, room: extract_xlsx(path, name),
    "eml": lambda path, name, file_type, workdir, limits, room: extract_eml(path, name, workdir),
    "archive": lambda path, name, file_type, workdir, limits, room: extract_archive(
        path, name, file_type, workdir, limits, room
    ),
    "image": lambda path, name, file_type, workdir, limits, room: extract_image(
        path, name, limits.ocr_languages, limits.parse_timeout_s
    ),
}
# Each file_type detection gives, to the name of its extractor (None: no extractor reads it).
_EXTRACTOR_OF = {f.name: f.extractor for f in file_formats()}


def _dispatch(
    path: Path, name: str, file_type: str, workdir: Path, limits: IngestLimits, room: int | None
) -> Extracted:
    extractor = _EXTRACTOR_OF.get(file_type)
    if extractor is None:
        raise ExtractionError("unrecognised binary file: not a format Habeas can read")
    return EXTRACTORS[extractor](path, name, file_type, workdir, limits, room)
