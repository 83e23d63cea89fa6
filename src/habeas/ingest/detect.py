"""Tell a file's type from its first bytes, falling back on its name only where bytes cannot tell.

A polyglot (a file that is two formats at once, such as a PDF that is also a ZIP archive, or a
JPEG that is also an HTML page) is typed by its first bytes, whatever its name, and the other
formats it carries are noted (``also_looks_like``). Nothing is ever served as an active type."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import puremagic

from habeas.ingest.links import LINK_SIGNATURE
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
PDF_SIGNATURE = b"%PDF"  # what a file typed as a PDF starts with


def detect_type(path: Path, name: str) -> str:
    """One of the names in the table of formats (habeas.vocab, file_formats.json)."""
    with path.open("rb") as fh:
        head = fh.read(8192)
    suffix = Path(name).suffix.lower()
    if head.startswith(PDF_SIGNATURE):
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_family(path, suffix)
    if head.startswith(_SPANNED_ZIP):  # the first volume of a spanned ZIP (x.z01)
        return "zip"
    if head.startswith(_OLE):
        return ole_kind(path)
    for signature, file_type in _SIGNATURES:
        if head.startswith(signature):
            return file_type
    if head[4:19] in (b"Standard Jet DB", b"Standard ACE DB"):
        return "mdb"
    if _is_tar(path, head):
        return "tar"
    media = _media_type(head)
    if media:
        return media
    if _is_jpeg2000(head) or _image_type(head):
        return "image"
    if suffix in _DBF_EXTENSIONS and head[:1] in _DBF_VERSIONS:
        return "dbf"
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "unknown"
    return _text_family(head, suffix)


# How the first volume of a spanned ZIP starts: the spanning marker, then the first member's header.
_SPANNED_ZIP = (b"PK\x07\x08PK\x03\x04", b"PK00PK\x03\x04")
# First bytes that tell a format by themselves.
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SIGNATURES = (
    (b"{\\rtf", "rtf"),
    (b"\xffWPC", "wpd"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!\x1a\x07", "rar"),
    (b"!BDN", "pst"),  # an Outlook mailbox (.pst or .ost)
    (b"SQLite format 3\x00", "sqlite"),
    (b"AT&TFORM", "djvu"),
    (LINK_SIGNATURE, "link"),  # a link member of an archive, as recorded (ingest/links.py)
)
_DBF_EXTENSIONS = set(file_format("dbf").extensions)
_DBF_VERSIONS = {bytes([v]) for v in (0x02, 0x03, 0x04, 0x05, 0x30, 0x31, 0x32, 0x43, 0x63, 0x83, 0x8B, 0xCB, 0xF5)}
_ZIP_MIMETYPES = {f.zip_mimetype: f.name for f in file_formats() if f.zip_mimetype}
_IWORK_EXTENSIONS = set(file_format("iwork").extensions)
# Streams of an OLE2 compound file that tell what it holds, tried in order (an encrypted OOXML
# file is an OLE2 file holding the encrypted package).
_OLE_STREAMS = (
    ("encryptedpackage", "encrypted"),
    ("__properties_version1.0", "msg"),
    ("worddocument", "doc"),
    ("workbook", "xls"),
    ("book", "xls"),
    ("powerpoint document", "ppt"),
    ("visiodocument", "vsd"),
    ("quill", "pub"),
)


def ole_kind(path: Path) -> str:
    """What an OLE2 compound file holds: an Outlook message, a legacy Office file... or "unknown"."""
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            streams = {"/".join(entry).lower() for entry in ole.listdir(streams=True, storages=True)}
    except (OSError, ValueError, IndexError):
        return "unknown"
    tops = {s.split("/", 1)[0] for s in streams}
    if any(s.startswith("__substg1.0_") for s in tops):
        return "msg"
    for stream, file_type in _OLE_STREAMS:
        if stream in tops:
            return file_type
    return "unknown"


def _zip_family(path: Path, suffix: str) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            mimetype = zf.read("mimetype")[:100].decode("ascii", "replace").strip() if "mimetype" in names else ""
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError):
        return "zip"  # the archive extractor reports what is wrong with it
    if mimetype in _ZIP_MIMETYPES:  # OpenDocument, EPUB
        return _ZIP_MIMETYPES[mimetype]
    for member, file_type in _ZIP_MEMBERS:  # docx, xlsx, pptx...
        if member in names:
            return file_type
    if suffix in _IWORK_EXTENSIONS:
        return "iwork"
    return "zip"


def _is_tar(path: Path, head: bytes) -> bool:
    if head.startswith(b"\x1f\x8b") or head.startswith(b"BZh") or head.startswith(b"\xfd7zXZ"):
        return True  # compressed: the archive extractor tells a tarball from a lone gzip file
    return len(head) > 262 and head[257:262] == b"ustar"


def _is_jpeg2000(head: bytes) -> bool:
    return head.startswith(b"\x00\x00\x00\x0cjP  \r\n\x87\n") or head.startswith(b"\xff\x4f\xff\x51")


# Audio and video containers by their first bytes; an ISO media file (MP4, MOV, M4A, 3GP) by its
# "ftyp" box, unless its brand is a still image (HEIF, AVIF).
_MEDIA = (b"ID3", b"OggS", b"fLaC", b"\x1a\x45\xdf\xa3", b"#!AMR", b"MThd", b".RMF", b"\x30\x26\xb2\x75\x8e\x66\xcf")
_STILL_BRANDS = (b"heic", b"heix", b"mif1", b"msf1", b"avif", b"avis")


def _media_type(head: bytes) -> str | None:
    if head.startswith(_MEDIA):
        return "media"
    if head.startswith(b"RIFF") and head[8:12] in (b"WAVE", b"AVI ", b"RMID"):
        return "media"
    if head[4:8] == b"ftyp" and head[8:12] not in _STILL_BRANDS:
        return "media"
    return None


# Bytes no text holds (C0 controls but tab, line feed, form feed and carriage return; escape too,
# which terminal captures hold) and the netpbm magic numbers, whose plain variants are text.
_BINARY = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_NETPBM = re.compile(rb"P[1-7]\s")


def _image_type(head: bytes) -> str | None:
    if not _BINARY.search(head) and not _NETPBM.match(head):
        return None  # text: every image format but netpbm's plain ones starts with binary bytes
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
    if sample.startswith(b"begin:vcard"):
        return "vcard"
    if sample.startswith(b"begin:vcalendar"):
        return "ical"
    if _MBOX_FROM.match(head) and _looks_like_email(head.split(b"\n", 1)[-1]):
        return "mbox"
    if _EMLX_COUNT.match(head) and _looks_like_email(head.split(b"\n", 1)[-1]):
        return "emlx"
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
_ZIP_BASED = {f.name for f in file_formats() if f.zip_member or f.zip_mimetype} | {"zip", "iwork"}
_MBOX_FROM = re.compile(rb"From \S+ ")  # the separator line that starts each message of an mbox
_EMLX_COUNT = re.compile(rb"\s*\d{1,12}\s*\n")  # an Apple Mail message: its length in bytes, then the message
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
    if file_type not in _ZIP_BASED and b"PK\x05\x06" in tail:
        found.append("zip")  # ZIP readers start from the end
    if _MARKUP.search(head):
        found.append("html")
    return found
