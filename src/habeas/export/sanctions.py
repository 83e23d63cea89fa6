"""Sanctions cross-reference: officials the case's documents name, against the sanctions lists imported
in FtM form (``habeas import ftm``), matched by name in any script with the names stage's matcher.

Officials are the people the documents name with an office ("Party Secretary Chen Quanguo"); with
``everyone`` every person the documents name. A listed entity is a sanctions entry when an imported
``Sanction`` names it, or its ``topics`` include a sanction topic. A name match is only ever a candidate:
it waits for a person's decision (``habeas officials decide``), and only a ``same`` decision makes an
official "sanctioned" here. Nothing is scored about anyone except how alike two names are.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from habeas.names.pairwise import similarity
from habeas.store.interop_models import FtmEntityRow

REVIEW_THRESHOLD = 0.88  # name similarity from which a listed entity is put to a person for review
KEY_CANDIDATES = 25  # listed names kept per official by the fast key filter, before full scoring
DECISIONS = ("same", "different", "unsure")
LISTED_SCHEMATA = ("Person", "LegalEntity")


@dataclass
class Listing:
    """An entity on an imported sanctions list, with the sanctions that name it."""

    id: str
    name: str
    names: list[str]
    datasets: list[str]
    topics: list[str]
    sanctions: list[dict[str, Any]] = field(default_factory=list)


def _props(data: dict[str, Any], prop: str) -> list[str]:
    return [str(v) for v in (data.get("properties") or {}).get(prop, []) if v]


def listings(session: Session, case_id: int) -> list[Listing]:
    """The sanctioned people imported into the case (plain rows, in batches: lists run to millions)."""

    def rows(schemata: tuple[str, ...]) -> Any:
        return session.execute(
            select(FtmEntityRow.id, FtmEntityRow.data)
            .where(FtmEntityRow.case_id == case_id, FtmEntityRow.schema.in_(schemata))
            .execution_options(yield_per=2000)
        )

    sanctions_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row_id, d in rows(("Sanction",)):
        for target in _props(d, "entity"):
            sanctions_of[target].append(
                {
                    "id": row_id,
                    "authority": "; ".join(_props(d, "authority")),
                    "program": "; ".join(_props(d, "program")),
                    "country": "; ".join(_props(d, "country")),
                    "since": min(_props(d, "listingDate") + _props(d, "startDate") or [""]),
                    "source_url": "; ".join(_props(d, "sourceUrl")),
                    "datasets": list(d.get("datasets") or []),
                }
            )
    out = []
    for row_id, d in rows(LISTED_SCHEMATA):
        topics = _props(d, "topics")
        if not sanctions_of.get(row_id) and not any(x.startswith("sanction") for x in topics):
            continue
        names = list(dict.fromkeys(_props(d, "name") + _props(d, "alias")))
        if names:
            out.append(
                Listing(row_id, names[0], names, list(d.get("datasets") or []), topics, sanctions_of.get(row_id, []))
            )
    return out


def name_similarity(ours: str, listed: str) -> float:
    """How alike a name in the case and a listed name are: the names stage's pairwise comparison (strict
    within one script, lenient across scripts), also against the listed name's parts rotated, since lists
    write family names first or last ("Hailun Zhu")."""
    best = similarity(ours, listed)
    parts = listed.split()
    if 2 <= len(parts) <= 3:
        best = max(
            best, similarity(ours, " ".join(parts[-1:] + parts[:-1])), similarity(ours, " ".join(parts[1:] + parts[:1]))
        )
    return best


def pair_id(name_key: str, ftm_id: str) -> str:
    """A short, stable handle for an (official, listed entity) pair, for ``officials decide``."""
    return hashlib.sha256(f"{name_key}|{ftm_id}".encode()).hexdigest()[:12]
