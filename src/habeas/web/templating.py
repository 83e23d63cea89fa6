"""The pages' templates: their Jinja environment and the few helpers that turn service text into
safe HTML (every part escaped; only our own marks and links added)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from habeas import vocab
from habeas.services.search import snippet_parts

TEMPLATES = Path(__file__).parent / "templates"


class PageEnvironment(jinja2.Environment):
    """The pages' templates read service dicts: ``e.name`` looks the key up first. Jinja's own order
    (attribute, then key) fails an attribute lookup on every dict first, a tenth of a dossier's time."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)


def page_templates() -> Jinja2Templates:
    templates = Jinja2Templates(
        env=PageEnvironment(
            loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=jinja2.select_autoescape(), auto_reload=False
        )
    )  # they ship with the package
    templates.env.filters["snippet"] = snippet_html
    templates.env.globals["page_html"] = page_html
    return templates


def snippet_html(snippet: str) -> Markup:
    """A search snippet made safe: text escaped again, only the match marks kept."""
    marked = "".join(
        f"<mark>{escape(text)}</mark>" if hit else str(escape(text)) for text, hit in snippet_parts(snippet)
    )
    return Markup(marked)  # nosec B704  # every part escaped; only our <mark> added


def page_html(text: str, mentions: list[dict[str, Any]] | None = None) -> Markup:
    """A page's text, trimmed, with each entity mention a link to its dossier, marked by type."""
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    out: list[str] = []
    at = 0
    for m in mentions or []:
        start, end = m["start"] - lead, m["end"] - lead
        if start < at or end > len(text):
            continue
        out.append(str(escape(text[at:start])))
        label = vocab.TYPE_LABELS.get(m["type"], m["type"])
        out.append(
            f'<a class="ent t-{escape(m["type"])}" href="/entities/{escape(m["entity_id"])}" '
            f'title="{escape(label)}: {escape(m["name"])}">{escape(text[start:end])}</a>'
        )
        at = end
    out.append(str(escape(text[at:])))
    linked = "".join(out)
    return Markup(linked)  # nosec B704  # every part escaped; only our links added


def mention_snippet(snippet: str) -> Markup:
    """A dossier snippet, where the mention is in [brackets], with the mention marked."""
    left, _, rest = snippet.partition("[")
    inside, _, right = rest.rpartition("]")
    if not _:
        return escape(snippet)
    marked = f"{escape(left)}<mark>{escape(inside)}</mark>{escape(right)}"
    return Markup(marked)  # nosec B704  # every part escaped
