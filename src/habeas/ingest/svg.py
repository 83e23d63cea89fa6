"""SVG images: the words they show (text, title, description), read with defusedxml.
An SVG can carry scripts; Habeas never renders one, and notes when it does carry any."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree.ElementTree import Element  # nosec B405  # the type only; defusedxml parses

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, parse

from habeas.errors import ExtractionError
from habeas.ingest.model import Extracted
from habeas.ingest.xmlguard import refuse_xml_entities

TEXT_ELEMENTS = {"text", "title", "desc"}
_EVENT_ATTRIBUTE = re.compile(r"^on[a-z]+$", re.IGNORECASE)


def extract_svg(path: Path, name: str) -> Extracted:
    with path.open("rb") as fh:
        refuse_xml_entities(fh, "the SVG image", allow_dtd=True)  # a DOCTYPE naming the SVG DTD is common
    try:
        root = parse(str(path)).getroot()
    except (ParseError, DefusedXmlException) as exc:
        raise ExtractionError(f"not a readable SVG image: {exc}") from exc
    texts: list[str] = []
    title = ""
    scripted = False
    for element in root.iter():
        tag = _local(element)
        if tag in TEXT_ELEMENTS:
            words = " ".join("".join(element.itertext()).split())
            if words:
                texts.append(words)
                title = title or (words if tag == "title" else "")
        scripted = (
            scripted
            or tag in {"script", "foreignObject"}
            or any(_EVENT_ATTRIBUTE.match(attribute.split("}")[-1]) for attribute in element.attrib)
        )
    return Extracted(
        file_type="svg", pages=["\n".join(texts)], title=(title or name)[:200], metadata={"active_content": scripted}
    )


def _local(element: Element) -> str:
    return str(element.tag).split("}")[-1]
