"""The reliability grades a source can carry: the Admiralty (NATO) scale's letters, A (completely
reliable) to F (reliability cannot be judged), as intelligence and human-rights fact-finding use it.
The grade belongs to the source of a document (who supplied it), not to what a document says."""

from __future__ import annotations

SOURCE_GRADES: dict[str, str] = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
