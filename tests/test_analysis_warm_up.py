"""An analysis worker builds what the rules read (the gazetteers, their compiled patterns, the Chinese
segmenter's dictionary) when it starts, so the first document it is given is not charged for them
under its time limit: a fresh interpreter, as a worker is."""

from __future__ import annotations

import json
import subprocess
import sys

CHILD = """
import functools, importlib, inspect, json, pkgutil
import habeas.analyse
from habeas.analyse.engine import DocumentText, analyse_batch, warm_analysis

warm_analysis()
tables = []
for info in pkgutil.iter_modules(habeas.analyse.__path__, "habeas.analyse."):
    module = importlib.import_module(info.name)
    for name, value in vars(module).items():
        wrapped = getattr(value, "__wrapped__", None)
        if hasattr(value, "cache_info") and wrapped is not None and not inspect.signature(wrapped).parameters:
            tables.append((info.name + "." + name, value))
before = {name: table.cache_info().misses for name, table in tables}
pages = [
    (1, "Gulbahar Jalilova was held in Urumqi from May 2017, the Uyghur Human Rights Project said."),
    (2, "2019年3月，和田地区公安局在墨玉县拘留了25名群众，其中8人被判刑。"),
    (3, "رەھىلە داۋۇت 2017-يىلى قەشقەردە تۇتۇلدى."),
]
result = analyse_batch([DocumentText("first", pages)])[0]
after = {name: table.cache_info().misses for name, table in tables}
print(json.dumps({"tables": len(tables), "built_later": sorted(n for n in before if after[n] != before[n]),
                  "mentions": len(result.mentions)}))
"""


def test_the_first_document_after_the_warm_up_builds_no_table() -> None:
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=300, check=True)
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["tables"] >= 10  # the gazetteers and patterns the rules build once
    assert report["mentions"] > 0
    assert report["built_later"] == []
