"""Turn one file into an ``Extracted`` document. Runs inside a sandboxed child process."""

from __future__ import annotations

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


def extract_file(path: Path, name: str, workdir: Path, limits: IngestLimits) -> Extracted:
    """Extract text, metadata, rows and children; a file that cannot be read gets an error state."""
    file_type = "unknown"
    try:
        if path.stat().st_size == 0:
            raise ExtractionError("the file is empty (0 bytes)")
        file_type = detect_type(path, name)
        extracted = _dispatch(path, name, file_type, workdir, limits)
        others = also_looks_like(path, file_type)
        if others:
            extracted.metadata["also_looks_like"] = others
    except ExtractionError as exc:
        return Extracted(file_type=file_type, title=name, status=ERROR, error=str(exc))
    except MemoryError:
        return Extracted(file_type=file_type, title=name, status=ERROR,
                         error=f"parsing needed more than {limits.parse_memory_bytes // 2**20} MiB of memory")
    except Exception as exc:  # a parser bug or a hostile file: record it, never crash the batch
        return Extracted(file_type=file_type, title=name, status=ERROR,
                         error=f"cannot read the {file_type} file: {type(exc).__name__}: {exc}")
    extracted.language = detect_language(extracted.text)
    return extracted


def _dispatch(path: Path, name: str, file_type: str, workdir: Path, limits: IngestLimits) -> Extracted:
    if file_type in ("text", "markdown"):
        return extract_text(path, name, file_type)
    if file_type == "csv":
        return extract_csv(path, name)
    if file_type == "html":
        return extract_html(path, name)
    if file_type == "svg":
        return extract_svg(path, name)
    if file_type == "pdf":
        return extract_pdf(path, name)
    if file_type == "docx":
        return extract_docx(path, name)
    if file_type == "xlsx":
        return extract_xlsx(path, name)
    if file_type == "eml":
        return extract_eml(path, name, workdir)
    if file_type in ("zip", "tar"):
        return extract_archive(path, name, file_type, workdir, limits)
    if file_type == "image":
        return extract_image(path, name, limits.ocr_languages, limits.parse_timeout_s)
    raise ExtractionError("unrecognised binary file: not a format Habeas can read")
