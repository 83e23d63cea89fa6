"""The ``habeas`` command in a subprocess: JSON shapes, exit codes, global options (SQLite)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from conftest import Cli, Make
from tamper import lift_sqlite_guard

CLI_ENV = {"HABEAS_WORKERS": "1"}


@dataclass
class Ingested:
    cli: Cli
    folder: Path
    result: Any
    returncode: int


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Ingested:
    base = tmp_path_factory.mktemp("cli")
    folder = base / "Leak 2024"
    Make.text(folder / "ijop.txt", "The Integrated Joint Operations Platform sent people to the camps.")
    Make.pdf(folder / "hearing.pdf", ["Hearing, page one: the witness spoke.", "Page two: the camps in Hotan."])
    Make.text(folder / "empty.txt", "")
    cli = Cli(base / "store")
    result = cli("ingest", folder, "--grade", "B", "--json", env=Cli.env(**CLI_ENV))
    return Ingested(cli=cli, folder=folder, result=json.loads(result.stdout), returncode=result.returncode)


def test_ingest_json_shape_and_exit_1_on_failure(ingested: Ingested) -> None:
    out = ingested.result
    assert ingested.returncode == 1
    assert {"new", "duplicates", "failed", "documents"} <= set(out)
    assert out["new"] == 2 and out["duplicates"] == 0
    assert out["failed"] == [{"path": str(ingested.folder / "empty.txt"), "error": "the file is empty (0 bytes)"}]
    assert len(out["documents"]) == 2
    for doc in out["documents"]:
        assert set(doc) == {"id", "sha256", "title", "path"}
        assert all(isinstance(v, str) and v for v in doc.values())
        assert len(doc["sha256"]) == 64
    assert {Path(d["path"]).name for d in out["documents"]} == {"ijop.txt", "hearing.pdf"}


def test_ingest_exit_0_when_all_went_in(ingested: Ingested) -> None:
    out = ingested.cli.json(
        "ingest", ingested.folder / "ijop.txt", ingested.folder / "hearing.pdf", env=Cli.env(**CLI_ENV)
    )
    assert out["new"] == 0 and out["duplicates"] == 2 and out["failed"] == [] and out["documents"] == []


def test_search_json_shape(ingested: Ingested) -> None:
    result = ingested.cli("search", "camps", "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)  # the whole of stdout is the JSON
    assert set(out) == {"total", "results"}
    assert out["total"] == len(out["results"]) == 2
    for hit in out["results"]:
        assert set(hit) == {"document_id", "title", "page", "snippet", "score"}
        assert isinstance(hit["score"], float) and "<b>camps</b>" in hit["snippet"]
    ids = {Path(d["path"]).name: d["id"] for d in ingested.result["documents"]}
    pages = {h["document_id"]: h["page"] for h in out["results"]}
    assert pages == {ids["hearing.pdf"]: 2, ids["ijop.txt"]: None}
    titles = {h["document_id"]: h["title"] for h in out["results"]}
    assert titles[ids["hearing.pdf"]] == "Hearing, page one: the witness spoke."


def test_search_json_with_filters_and_no_hits(ingested: Ingested) -> None:
    out = ingested.cli.json("search", "camps", "--type", "pdf", "--source", "Leak 2024")
    assert [h["page"] for h in out["results"]] == [2]
    assert ingested.cli.json("search", "camps", "--language", "zh") == {"total": 0, "results": []}


def test_search_table(ingested: Ingested) -> None:
    result = ingested.cli("search", "witness")
    assert result.returncode == 0
    assert "Hearing, page one: the witness spoke." in result.stdout


def test_invalid_query_exits_2_with_a_message(ingested: Ingested) -> None:
    result = ingested.cli("search", '"unclosed', "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "cannot parse the query" in result.stderr


def test_show_json(ingested: Ingested) -> None:
    pdf = next(d for d in ingested.result["documents"] if d["path"].endswith("hearing.pdf"))
    out = ingested.cli.json("show", pdf["id"])
    assert out["id"] == pdf["id"] and out["sha256"] == pdf["sha256"]
    assert [p["number"] for p in out["pages"]] == [1, 2]
    assert "Hotan" in out["pages"][1]["text"] and "Hotan" in out["text"]
    custody = next(c for c in out["custody"] if c["source"] == "Leak 2024")  # the folder's name
    assert custody["grade"] == "B"
    assert custody["original_path"] == str((ingested.folder / "hearing.pdf").resolve())
    assert custody["sha256"] == pdf["sha256"] and custody["method"].startswith("habeas ingest")


def test_show_unknown_document_exits_2(ingested: Ingested) -> None:
    result = ingested.cli("show", "0000000000000000", "--json")
    assert result.returncode == 2 and "no document" in result.stderr and result.stdout == ""


def test_documents_json(ingested: Ingested) -> None:
    docs = ingested.cli.json("documents")["documents"]
    assert {d["file_name"]: d["status"] for d in docs} == {"ijop.txt": "ok", "hearing.pdf": "ok", "empty.txt": "error"}
    errors = ingested.cli.json("documents", "--status", "error")["documents"]
    assert [d["file_name"] for d in errors] == ["empty.txt"]
    assert errors[0]["error"] == "the file is empty (0 bytes)"


def test_verify_json_ok(ingested: Ingested) -> None:
    out = ingested.cli.json("verify")
    assert out["ok"] is True and out["problems"] == [] and out["blobs_checked"] == 3


def test_verify_exit_1_when_the_audit_log_is_broken(cli: Cli) -> None:
    cli.json("case", "create", "alpha")
    with sqlite3.connect(cli.store_dir / "habeas.db") as db:
        lift_sqlite_guard(db)  # as someone with the database file could
        db.execute("UPDATE audit_log SET target = 'gamma' WHERE seq = 1")
    out = cli.json("verify", expect_rc=1)
    assert out["ok"] is False and out["problems"] == ["audit log: entry 1 has been altered"]
    result = cli("verify")
    assert result.returncode == 1 and "entry 1 has been altered" in result.stdout


def test_cases_and_ingest_into_a_case(cli: Cli, tmp_path: Path) -> None:
    created = cli.json("--as", "alice", "case", "create", "uyghur-tribunal")  # global options first
    assert created["name"] == "uyghur-tribunal" and created["documents"] == 0
    assert created["created_by"] == "alice"
    again = cli("case", "create", "uyghur-tribunal")
    assert again.returncode == 2 and "already exists" in again.stderr
    path = Make.text(tmp_path / "w.txt", "Testimony heard by the tribunal in London.")
    out = cli.json("ingest", path, "--case", "uyghur-tribunal", env=Cli.env(**CLI_ENV))
    assert out["new"] == 1
    cases = {c["name"]: c for c in cli.json("cases")["cases"]}
    assert cases["uyghur-tribunal"]["documents"] == 1
    assert "main" not in cases  # the default case is made on first use only
    assert cases["uyghur-tribunal"]["created_by"] == "alice"
    assert cli.json("search", "tribunal", "--case", "uyghur-tribunal")["total"] == 1


def test_store_from_environment(ingested: Ingested) -> None:
    result = ingested.cli("documents", "--json", store=False, env=Cli.env(HABEAS_STORE=str(ingested.cli.store_dir)))
    assert result.returncode == 0
    assert len(json.loads(result.stdout)["documents"]) == 3


def test_store_is_a_global_option(cli: Cli) -> None:
    result = cli("cases", "--store", str(cli.store_dir), store=False)
    assert result.returncode == 2
    assert not cli.store_dir.exists()


def test_the_command_line_loads_no_database_code() -> None:
    """`habeas --help` and `--version` start fast: building the commands loads the services' package and
    nothing heavy; each command imports the service module it calls."""
    heavy = (
        "sqlalchemy",
        "alembic",
        "celery",
        "fastapi",
        "uvicorn",
        "nacl",
        "spacy",
        "followthemoney",
        "tantivy",
        "rich.progress",
        "habeas.store",
        "habeas.web",
        "habeas.worker",
        "habeas.services.search",
    )
    code = f"import sys, habeas.cli; print([m for m in sys.modules if m.startswith({heavy!r})])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_values_written_out_in_the_cli_agree_with_the_services() -> None:
    from habeas.cli import officials, queue
    from habeas.services import exports, jobs

    assert (queue.INGEST_QUEUE, queue.INDEX_QUEUE) == (jobs.INGEST_QUEUE, jobs.INDEX_QUEUE)
    assert officials.REVIEW_THRESHOLD == exports.REVIEW_THRESHOLD
