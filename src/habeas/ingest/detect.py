"""Tell a file's type from its first bytes, falling back on its name only where bytes cannot tell.

A polyglot (a file that is two formats at once, such as a PDF that is also a ZIP archive, or a
JPEG that is also an HTML page) is typed by its first bytes, whatever its name, and the other
formats it carries are noted (``also_looks_like``). Nothing is ever served as an active type."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import puremagic

from habeas.vocab import binary_formats, file_format, file_formats

# What the table of formats (habeas.vocab, file_formats.json) says detection reads: the names it may
# give, file-name endings, the image signature's MIME type, the ZIP members of office formats.
_IMAGE = file_format("image")
IMAGE_EXTENSIONS = set(_IMAGE.extensions)
HTML_EXTENSIONS = set(file_format("html").extensions)
_EML_EXTENSIONS = file_format("eml").extensions
_CSV_EXTENSIONS = file_format("csv").extensions
_MARKDOWN_EXTENSIONS = file_format("markdown").extensions
_ZIP_MEMBERS = tuple((f.zip_member, f.name) for f in file_formats() if f.zip_member)  # in the table's order
# An XML declaration, comments and a DOCTYPE (with any internal subset), then an <svg> root element.
_SVG = re.compile(
    rb"\s*(?:<\?xml[^>]*>\s*|<!--.*?-->\s*|<!doctype[^\[>]*(?:\[.*?\])?\s*>\s*)*<svg[\s>]", re.IGNORECASE | re.DOTALL
)


def detect_type(path: Path, name: str) -> str:
    """One of the names in the table of formats: text, markdown, html, svg, pdf, docx, xlsx, csv, eml, zip,
    tar, image, unknown."""
    with path.open("rb") as fh:
        head = fh.read(8192)
    suffix = Path(name).suffix.lower()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_family(path)
    if _is_tar(path, head):
        return "tar"
    image = _image_type(head)
    if image:
        return "image"
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "unknown"
    return _text_family(head, suffix)


def _zip_family(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError):
        return "zip"  # the archive extractor reports what is wrong with it
    for member, file_type in _ZIP_MEMBERS:  # docx, xlsx
        if member in names:
            return file_type
    return "zip"


def _is_tar(path: Path, head: bytes) -> bool:
    if head.startswith(b"\x1f\x8b") or head.startswith(b"BZh") or head.startswith(b"\xfd7zXZ"):
        return True  # compressed: the archive extractor tells a tarball from a lone gzip file
    return len(head) > 262 and head[257:262] == b"ustar"


def _image_type(head: bytes) -> str | None:
    try:
        matches = puremagic.magic_string(head)
    except (puremagic.PureError, ValueError):
        return None
    for match in matches:
        mime_ok = _IMAGE.mime_prefix is None or match.mime_type.startswith(_IMAGE.mime_prefix)
        if mime_ok and match.extension in IMAGE_EXTENSIONS:
            return str(match.extension)
    return None


def _text_family(head: bytes, suffix: str) -> str:
    sample = head.lstrip()[:1024].lower()
    if _SVG.match(head):
        return "svg"  # by content, whatever the name says (an SVG named photo.jpg is still an SVG)
    if suffix in HTML_EXTENSIONS or sample.startswith((b"<!doctype html", b"<html")):
        return "html"
    if suffix in _EML_EXTENSIONS or _looks_like_email(head):
        return "eml"
    if suffix in _CSV_EXTENSIONS:
        return "csv"
    if suffix in _MARKDOWN_EXTENSIONS:
        return "markdown"
    return "text"


def _looks_like_email(head: bytes) -> bool:
    lines = head.split(b"\n", 30)[:30]
    keys = {line.split(b":", 1)[0].strip().lower() for line in lines if b":" in line}
    return {b"from", b"subject"} <= keys and bool(keys & {b"date", b"to", b"message-id"})


BINARY_TYPES = set(binary_formats())
_MARKUP = re.compile(rb"<(?:!doctype html|html|head|body|script|svg|iframe|object)[\s>/]", re.IGNORECASE)
_TAIL = 65_557  # where a ZIP's end-of-directory record must start: within its last 64 KiB + 22 bytes


def also_looks_like(path: Path, file_type: str) -> list[str]:
    """The other formats a binary file of ``file_type`` also carries the signature of (a polyglot)."""
    if file_type not in BINARY_TYPES:
        return []
    with path.open("rb") as fh:
        head = fh.read(8192)
        fh.seek(max(0, path.stat().st_size - _TAIL))
        tail = fh.read()
    found = []
    if file_type != "pdf" and b"%PDF-" in head[:1024]:
        found.append("pdf")  # PDF readers accept the header anywhere in the first kilobyte
    if file_type not in {"zip", "docx", "xlsx"} and b"PK\x05\x06" in tail:
        found.append("zip")  # ZIP readers start from the end
    if _MARKUP.search(head):
        found.append("html")
    return found
