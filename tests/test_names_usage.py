"""What a `name:"..."` search adds from the case itself: the entities that are surely the person
(every part of the name paired, not one shared family name) and the rendering the documents write
whole, through a real store and the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from habeas.cli import app
from habeas.names import transcription

runner = CliRunner()

DOCS = {
    "right.txt": "2018年3月，吐尔贡·阿勒玛斯在乌鲁木齐的家中被警察带走。\n",
    "same_family.txt": "据家属介绍，图尔洪·阿勒玛斯于2017年5月在喀什被带走。\n",
    "other.txt": "据家属介绍，阿勒玛斯·库尔班于2017年5月在喀什被带走。\n",
}


def invoke(*args: str) -> dict[str, Any]:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    got: dict[str, Any] = json.loads(result.stdout)
    return got


def test_search_finds_the_person_not_one_sharing_a_part(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in DOCS.items():
        (docs / name).write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    invoke("--store", str(store), "ingest", str(docs), "--json")
    ids = {d["file_name"]: d["id"] for d in invoke("--store", str(store), "documents", "--json")["documents"]}
    hits = invoke("--store", str(store), "search", 'name:"Turghun Almas"', "--json")["results"]
    assert hits and hits[0]["document_id"] == ids["right.txt"], hits


def test_a_part_written_whole_counts_above_its_characters() -> None:
    """Single characters every transcription uses (古, 尼) count a quarter of a whole part: pages
    writing 吐尔洪 outweigh as many writing its rival's characters apart."""
    candidates = transcription.chinese_candidates("Turghun", 30)
    usage = {"吐尔洪": 3, "古": 3, "尼": 3}
    by_part = transcription.rank_by_usage(candidates, usage, transcription.USAGE_WEIGHT)
    assert by_part[0][0] == "吐尔洪"
