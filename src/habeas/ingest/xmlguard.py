"""Refuse XML entity tricks before any parser sees them: entity bombs ("billion laughs", quadratic
blow-up) and external entities (which read local files or call out to the network).

Office files, SVG images, HTML pages and HTML e-mail bodies have no honest use for entity
declarations, so a file that declares any is refused with a clear error; its original is still
stored. XML is checked with defusedxml; only the prolog is read, because entities can only be
declared there, before the root element."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import IO

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, iterparse

from habeas.errors import ExtractionError

XML_MEMBERS = (".xml", ".rels", ".vml")
# A DOCTYPE with an internal subset that declares an entity, in HTML (which lxml reads without
# expanding, but which no honest page carries).
_HTML_ENTITY = re.compile(r"<!DOCTYPE[^>\[]*\[[^\]]*<!ENTITY", re.IGNORECASE)


def refuse_xml_entities(stream: IO[bytes], label: str, *, allow_dtd: bool = False) -> None:
    """Raise ``ExtractionError`` if the XML in ``stream`` declares entities (or, unless
    ``allow_dtd``, has a DTD at all). Reads only up to the root element."""
    try:
        for _event, _element in iterparse(
            stream, events=("start",), forbid_dtd=not allow_dtd, forbid_entities=True, forbid_external=True
        ):
            return  # the root element: the prolog, where entities live, held none
    except DefusedXmlException as exc:
        raise ExtractionError(
            f"refused: {label} declares XML entities or a DTD ({type(exc).__name__}); "
            "that is how entity bombs and external-entity attacks work"
        ) from exc
    except ParseError:
        return  # not well-formed: the format's own parser reports what is wrong


def refuse_office_entities(path: Path, kind: str) -> None:
    """Check every XML part of a Word document or Excel workbook before python-docx or openpyxl opens it."""
    try:
        with zipfile.ZipFile(path) as archive:
            for member in archive.infolist():
                if member.filename.lower().endswith(XML_MEMBERS):
                    with archive.open(member) as stream:
                        refuse_xml_entities(stream, f"the {kind}'s part {member.filename}")
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise ExtractionError(f"damaged {kind}: {exc}") from exc


def refuse_html_entities(markup: str, label: str) -> None:
    if _HTML_ENTITY.search(markup):
        raise ExtractionError(
            f"refused: {label} declares XML entities in its DOCTYPE; "
            "that is how entity bombs work, and no honest page needs them"
        )
