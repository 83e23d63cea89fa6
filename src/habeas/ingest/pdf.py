"""PDF: text page by page with PDFium."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from habeas.errors import ExtractionError
from habeas.ingest.model import NEEDS_OCR, Extracted
from habeas.ingest.text import first_line_title


def extract_pdf(path: Path, name: str) -> Extracted:
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise ExtractionError(_explain(str(exc))) from exc
    try:
        pages = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n"))
            textpage.close()
            page.close()
        meta = {k: v for k, v in pdf.get_metadata_dict(skip_empty=True).items() if isinstance(v, str)}
    finally:
        pdf.close()
    if not pages:
        raise ExtractionError("the PDF has no pages")
    text = "\n".join(pages)
    extracted = Extracted(
        file_type="pdf",
        pages=pages,
        paginated=True,
        metadata=meta,
        title=(meta.get("Title") or "").strip() or first_line_title(text, name),
    )
    if not text.strip():
        extracted.status = NEEDS_OCR
        extracted.error = "the PDF has no text layer (scanned pages?): needs OCR"
    return extracted


def _explain(message: str) -> str:
    lowered = message.lower()
    if "password" in lowered:
        return "the PDF is encrypted and needs a password"
    if "format" in lowered or "data" in lowered:
        return f"damaged or truncated PDF ({message})"
    return f"cannot open the PDF: {message}"
