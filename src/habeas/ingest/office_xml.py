"""Office files that are ZIPs of XML, read as documents: OpenDocument (text, spreadsheets with their
sheet names, presentations and drawings page by page), PowerPoint and Visio (slides and pages,
speaker notes), EPUB (chapters in reading order), Word files python-docx refuses (macro-enabled,
templates), and the objects embedded in OOXML files (as child documents).

Every XML part is checked for entity tricks first (``refuse_office_entities``), and parsed with
entities and the network off."""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lxml import etree

from habeas.errors import ExtractionError
from habeas.ingest.model import ChildFile, Extracted, TableRow
from habeas.ingest.text import first_line_title, records_text, rows_to_records, table_header
from habeas.ingest.xmlguard import refuse_office_entities

ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
ODF_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
ODF_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
ODF_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
ODF_PRESENTATION = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"
DRAWINGML = "http://schemas.openxmlformats.org/drawingml/2006/main"
WORDML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DC = "http://purl.org/dc/elements/1.1/"
MAX_REPEAT = 1000  # a repeated row or cell with content is written out at most this many times
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
_NUMBER = re.compile(r"(\d+)")
KIND = {"odt": "text document", "ods": "spreadsheet", "odp": "presentation", "odg": "drawing"}


def _open(path: Path, kind: str) -> zipfile.ZipFile:
    refuse_office_entities(path, kind)
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ExtractionError(f"damaged {kind}: {exc}") from exc


def _xml(archive: zipfile.ZipFile, member: str, kind: str) -> Any:
    try:
        return etree.fromstring(archive.read(member), _PARSER)
    except KeyError as exc:
        raise ExtractionError(f"damaged {kind}: it has no {member}") from exc
    except etree.XMLSyntaxError as exc:
        raise ExtractionError(f"damaged {kind}: {member} is not well-formed XML ({exc})") from exc


def _q(namespace: str, tag: str) -> str:
    return f"{{{namespace}}}{tag}"


def _by_number(name: str) -> tuple[int, str]:
    found = _NUMBER.findall(posixpath.basename(name))
    return (int(found[-1]) if found else 0, name)


# -- OpenDocument ---------------------------------------------------------------------------------


def extract_odf(path: Path, name: str, file_type: str) -> Extracted:
    kind = KIND.get(file_type, "OpenDocument file")
    with _open(path, kind) as archive:
        content = _xml(archive, "content.xml", kind)
        meta = _odf_meta(archive)
    body = content.find(_q(ODF_OFFICE, "body"))
    if body is None:
        raise ExtractionError(f"damaged {kind}: content.xml has no body")
    if file_type == "ods":
        extracted = _odf_sheets(body, name)
    elif file_type in ("odp", "odg"):
        extracted = _odf_pages(body, name, file_type)
    else:
        text = "\n".join(_odf_paragraphs(body))
        extracted = Extracted(file_type=file_type, pages=[text], title=first_line_title(text, name))
    if not any(p.strip() for p in extracted.pages) and not extracted.rows:
        raise ExtractionError(f"the {kind} holds no text")
    extracted.file_type = file_type
    extracted.metadata.update(meta)
    if meta.get("title"):
        extracted.title = str(meta["title"])
    return extracted


def _odf_meta(archive: zipfile.ZipFile) -> dict[str, str]:
    if "meta.xml" not in archive.namelist():
        return {}
    root = _xml(archive, "meta.xml", "OpenDocument metadata")
    found = {
        "title": root.findtext(f".//{_q(DC, 'title')}"),
        "author": root.findtext(f".//{_q(DC, 'creator')}"),
        "created": root.findtext(".//{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}creation-date"),
        "modified": root.findtext(f".//{_q(DC, 'date')}"),
    }
    return {k: v.strip() for k, v in found.items() if v and v.strip()}


def _odf_text(element: Any) -> str:
    """A paragraph's text, with ODF's space, tab and line-break elements."""
    parts: list[str] = []
    if element.text:
        parts.append(element.text)
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == _q(ODF_TEXT, "s"):
            parts.append(" " * int(child.get(_q(ODF_TEXT, "c"), "1") or 1))
        elif tag == _q(ODF_TEXT, "tab"):
            parts.append("\t")
        elif tag == _q(ODF_TEXT, "line-break"):
            parts.append("\n")
        elif tag not in (_q(ODF_TEXT, "p"), _q(ODF_TEXT, "h")):
            parts.append(_odf_text(child))
        if child.tail:
            parts.append(child.tail)
    return "".join(parts)


def _odf_paragraphs(element: Any, skip: str = "") -> Iterator[str]:
    """Each paragraph and heading under ``element`` in document order, a table row as its cells
    joined by tabs (a frame or note inside a paragraph gives its own paragraphs after it);
    elements tagged ``skip`` (a slide's notes) are left out."""
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == skip:
            continue
        if tag in (_q(ODF_TEXT, "p"), _q(ODF_TEXT, "h")):
            text = _odf_text(child)
            if text.strip() != "<number>":  # a page-number field's placeholder
                yield text
            yield from _odf_paragraphs(child, skip)
        elif tag == _q(ODF_TABLE, "table-row"):
            yield "\t".join(" ".join(_odf_paragraphs(cell, skip)) for cell in child)
        else:
            yield from _odf_paragraphs(child, skip)


def _odf_sheets(body: Any, name: str) -> Extracted:
    pages: list[str] = []
    records: list[TableRow] = []
    sheets: list[dict[str, Any]] = []
    for table in body.iter(_q(ODF_TABLE, "table")):
        sheet = table.get(_q(ODF_TABLE, "name")) or f"Sheet{len(sheets) + 1}"
        rows = list(_odf_rows(table))
        header, rest = table_header(rows)
        sheet_records = rows_to_records(sheet, header, rest)
        records.extend(sheet_records)
        pages.append(f"{sheet}\n{records_text(header, rest)}")
        sheets.append({"name": sheet, "columns": header, "rows": len(sheet_records)})
    return Extracted(
        file_type="ods", pages=pages, paginated=len(pages) > 1, rows=records, metadata={"sheets": sheets}, title=name
    )


def _odf_rows(table: Any) -> Iterator[list[str]]:
    for row in table.iter(_q(ODF_TABLE, "table-row")):
        cells: list[str] = []
        for cell in row:
            if cell.tag not in (_q(ODF_TABLE, "table-cell"), _q(ODF_TABLE, "covered-table-cell")):
                continue
            value = "\n".join(_odf_text(p) for p in cell.iter(_q(ODF_TEXT, "p")))
            repeat = int(cell.get(_q(ODF_TABLE, "number-columns-repeated"), "1") or 1)
            cells.extend([value] * (min(repeat, MAX_REPEAT) if value else min(repeat, 1)))
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            continue
        repeat = int(row.get(_q(ODF_TABLE, "number-rows-repeated"), "1") or 1)
        for _ in range(min(repeat, MAX_REPEAT)):
            yield cells


def _odf_pages(body: Any, name: str, file_type: str) -> Extracted:
    pages: list[str] = []
    names: list[str] = []
    notes_tag = _q(ODF_PRESENTATION, "notes")
    for page in body.iter(_q(ODF_DRAW, "page")):
        notes = page.find(notes_tag)
        lines = [t for t in _odf_paragraphs(page, skip=notes_tag) if t.strip()]
        if notes is not None:
            said = [t for t in _odf_paragraphs(notes) if t.strip()]
            if said:
                lines.append("Notes: " + "\n".join(said))
        pages.append("\n".join(lines))
        names.append(page.get(_q(ODF_DRAW, "name")) or f"page{len(names) + 1}")
    text = "\n".join(pages)
    return Extracted(
        file_type=file_type,
        pages=pages,
        paginated=True,
        metadata={"pages": names},
        title=first_line_title(text, name),
    )


# -- PowerPoint, Visio, and Word files python-docx refuses ----------------------------------------


def extract_ooxml(path: Path, name: str, file_type: str, workdir: Path) -> Extracted:
    kind = {"pptx": "presentation", "vsdx": "Visio drawing", "docx": "Word document"}.get(file_type, "Office file")
    with _open(path, kind) as archive:
        if file_type == "pptx":
            pages, labels = _slides(archive)
        elif file_type == "vsdx":
            pages, labels = _visio_pages(archive)
        else:
            pages, labels = [_word_text(archive)], []
        children = list(embedded_objects(archive, workdir))
    if not any(p.strip() for p in pages):
        raise ExtractionError(f"the {kind} holds no text")
    text = "\n".join(pages)
    return Extracted(
        file_type=file_type,
        pages=pages,
        paginated=len(pages) > 1,
        metadata={"pages": labels} if labels else {},
        title=first_line_title(text, name),
        children=children,
    )


def _paragraphs(root: Any, namespace: str) -> list[str]:
    lines = []
    for paragraph in root.iter(_q(namespace, "p")):
        pieces = []
        for node in paragraph.iter(_q(namespace, "t"), _q(namespace, "tab"), _q(namespace, "br")):
            if node.tag == _q(namespace, "t"):
                pieces.append(node.text or "")
            else:
                pieces.append("\t" if node.tag == _q(namespace, "tab") else "\n")
        lines.append("".join(pieces))
    return lines


def _rels(archive: zipfile.ZipFile, part: str) -> dict[str, str]:
    """A part's relationships: their targets by type's last word (slide, notesSlide...)."""
    folder, base = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", f"{base}.rels")
    if rels not in archive.namelist():
        return {}
    root = _xml(archive, rels, "presentation")
    found = {}
    for rel in root.iter(_q(RELS, "Relationship")):
        kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
        found[kind] = posixpath.normpath(posixpath.join(folder, rel.get("Target") or ""))
    return found


def _slides(archive: zipfile.ZipFile) -> tuple[list[str], list[str]]:
    names = sorted(
        (n for n in archive.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=_by_number,
    )
    pages = []
    for slide in names:
        lines = [t for t in _paragraphs(_xml(archive, slide, "presentation"), DRAWINGML) if t.strip()]
        notes = _rels(archive, slide).get("notesSlide")
        if notes and notes in archive.namelist():
            said = [t for t in _paragraphs(_xml(archive, notes, "presentation"), DRAWINGML) if t.strip()]
            said = [t for t in said if not t.strip().isdigit()]  # the slide number placeholder
            if said:
                lines.append("Notes: " + "\n".join(said))
        pages.append("\n".join(lines))
    return pages, [posixpath.basename(n) for n in names]


VISIO = "http://schemas.microsoft.com/office/visio/2012/main"


def _visio_pages(archive: zipfile.ZipFile) -> tuple[list[str], list[str]]:
    names = sorted(
        (n for n in archive.namelist() if re.fullmatch(r"visio/pages/page\d+\.xml", n)),
        key=_by_number,
    )
    labels = []
    if "visio/pages/pages.xml" in archive.namelist():
        index = _xml(archive, "visio/pages/pages.xml", "Visio drawing")
        labels = [p.get("Name") or p.get("NameU") or "" for p in index.iter(_q(VISIO, "Page"))]
    pages = []
    for page in names:
        root = _xml(archive, page, "Visio drawing")
        pages.append("\n".join("".join(t.itertext()).strip() for t in root.iter(_q(VISIO, "Text"))))
    return pages, labels if len(labels) == len(pages) else [posixpath.basename(n) for n in names]


def _word_text(archive: zipfile.ZipFile) -> str:
    return "\n".join(_paragraphs(_xml(archive, "word/document.xml", "Word document"), WORDML))


EMBEDDED_MAX_RATIO = 100  # embedded objects may add up to this many times their file's size (or 16 MiB)


def embedded_objects(archive: zipfile.ZipFile, workdir: Path) -> Iterator[ChildFile]:
    """The files embedded in an OOXML file (word/embeddings/, xl/embeddings/, ppt/embeddings/),
    written to ``workdir`` as children, as long as their declared sizes (which reading never
    exceeds) stay within a bomb's bounds; past them, the file is refused as an archive would be."""
    folder = workdir / "embedded"
    size = sum(i.compress_size for i in archive.infolist())
    allowed, total = max(16 * 1024 * 1024, EMBEDDED_MAX_RATIO * size), 0
    for number, info in enumerate(archive.infolist(), start=1):
        parts = info.filename.split("/")
        if len(parts) != 3 or parts[1] != "embeddings" or info.is_dir():
            continue
        total += info.file_size
        if total > allowed:
            raise ExtractionError(f"embedded objects unpack to more than {allowed} bytes (zip bomb?)")
        folder.mkdir(exist_ok=True)
        target = folder / f"object-{number}"
        with archive.open(info) as source, target.open("wb") as out:
            while chunk := source.read(1 << 20):
                out.write(chunk)
        yield ChildFile(name=info.filename, path=str(target))


# -- EPUB -----------------------------------------------------------------------------------------

OPF = "http://www.idpf.org/2007/opf"
_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br", "td", "th", "blockquote", "pre")
CONTAINER = "urn:oasis:names:tc:opendocument:xmlns:container"


def extract_epub(path: Path, name: str) -> Extracted:
    import lxml.html

    with _open(path, "e-book") as archive:
        container = _xml(archive, "META-INF/container.xml", "e-book")
        rootfile = container.find(f".//{_q(CONTAINER, 'rootfile')}")
        opf_path = rootfile.get("full-path") if rootfile is not None else None
        if not opf_path:
            raise ExtractionError("damaged e-book: META-INF/container.xml names no package file")
        opf = _xml(archive, opf_path, "e-book")
        folder = posixpath.dirname(opf_path)
        manifest = {
            item.get("id"): posixpath.normpath(posixpath.join(folder, item.get("href") or ""))
            for item in opf.iter(_q(OPF, "item"))
        }
        pages = []
        for ref in opf.iter(_q(OPF, "itemref")):
            member = manifest.get(ref.get("idref"))
            if member is None or member not in archive.namelist():
                continue
            markup = archive.read(member)
            if not markup.strip():
                continue
            tree = lxml.html.document_fromstring(markup)
            for bad in tree.xpath("//script|//style"):
                bad.drop_tree()
            for block in tree.iter(*_BLOCKS):  # a line break after each block, as a browser shows it
                block.tail = "\n" + (block.tail or "")
            text = "\n".join(line.strip() for line in tree.text_content().splitlines() if line.strip())
            if text:
                pages.append(text)
        title = (opf.findtext(f".//{_q(DC, 'title')}") or "").strip()
        author = (opf.findtext(f".//{_q(DC, 'creator')}") or "").strip()
    if not pages:
        raise ExtractionError("the e-book holds no text")
    return Extracted(
        file_type="epub",
        pages=pages,
        paginated=len(pages) > 1,
        title=title or first_line_title(pages[0], name),
        metadata={"author": author} if author else {},
    )
