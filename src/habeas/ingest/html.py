"""HTML: the main text without navigation and boilerplate."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from habeas.errors import ExtractionError
from habeas.ingest.model import Extracted
from habeas.ingest.text import decode, first_line_title
from habeas.ingest.xmlguard import refuse_html_entities


def extract_html(path: Path, name: str) -> Extracted:
    import trafilatura  # here, not at the top: it takes a fifth of a second, paid only where there is HTML

    markup = decode(path.read_bytes(), name)
    refuse_html_entities(markup, "the page")
    text = trafilatura.extract(markup, include_comments=False, include_tables=True, favor_recall=True)
    try:
        tree = lxml.html.fromstring(markup)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise ExtractionError(f"not parseable as HTML: {exc}") from exc
    if not text:
        # Short pages have no "main" part for trafilatura to find; take all visible text.
        for bad in tree.xpath("//script|//style|//noscript"):
            bad.drop_tree()
        text = "\n".join(t.strip() for t in tree.itertext() if t.strip())
    if not text.strip():
        raise ExtractionError("the HTML page holds no visible text")
    title = (tree.findtext(".//title") or "").strip() or first_line_title(text, name)
    return Extracted(file_type="html", pages=[text], title=title[:200])
