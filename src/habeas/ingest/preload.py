"""Imported once by the server process that sandboxed parsers fork from: the parsers imported and
the language model loaded there are shared by every parser, instead of each loading its own."""

from __future__ import annotations

import contextlib
import os
from multiprocessing import spawn

from habeas.ingest import extract as _extract  # noqa: F401  (imported for its side effect: loaded once)
from habeas.ingest.sandbox import MAIN_PATH_VARIABLE, warm_parsers


def import_main() -> None:
    """The main module of the process the children work for, imported as spawn imports it in each
    child (``__mp_main__``), so that the children find it here (see ``habeas.ingest.sandbox``)."""
    main_path = os.environ.get(MAIN_PATH_VARIABLE)
    if not main_path:
        return
    with contextlib.suppress(Exception):  # then each child imports it itself, as without the server
        spawn.import_main_path(main_path)


import_main()
warm_parsers()
