"""Imported once by the server process that sandboxed parsers fork from: the parsers imported and
the language model loaded there are shared by every parser, instead of each loading its own."""

from __future__ import annotations

from habeas.ingest import extract as _extract  # noqa: F401  (imported for its side effect: loaded once)
from habeas.ingest.sandbox import warm_parsers

warm_parsers()
