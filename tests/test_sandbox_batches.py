"""Several files to a parser in one message: each file's result comes back in its place, and a file
that kills its parser or overruns the time limit gets the failure alone while the files after it
in the same batch are parsed again in a fresh parser (real child processes, a real store)."""

from __future__ import annotations

import functools
import os
import signal
import time
from pathlib import Path

import pytest

from conftest import ACTOR, Make, docs_by_name, failure_for, hit_ids, intake_options
from habeas.config import IngestLimits
from habeas.ingest import pipeline
from habeas.ingest.extract import extract_file
from habeas.ingest.model import ERROR, OK, Extracted
from habeas.ingest.pipeline import PARSE_BATCH_FILE_BYTES, PARSE_BATCH_FILES, Item, Pending, parse_batches
from habeas.ingest.sandbox import PARSER_DIED, ParseTask, Sandbox
from habeas.services import Caller, intake
from habeas.store.store import Store

PLACES = ("Hotan", "Aksu", "Kashgar", "Korla", "Turpan", "Ghulja", "Urumqi", "Karamay", "Yarkand", "Kucha")


def read_or_misbehave(path: Path, name: str, workdir: Path, limits: IngestLimits, room: int | None) -> Extracted:
    """The real parser, except that a file named crash-* kills its parser process (as a parser bug
    in native code would) and one named slow-* hangs it."""
    if name.startswith("crash"):
        os.kill(os.getpid(), signal.SIGSEGV)
    if name.startswith("slow"):
        time.sleep(60)
    return extract_file(path, name, workdir, limits, room)


def _notes(folder: Path, names: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, name in enumerate(names):
        path = folder / name
        Make.text(path, f"Note {n} about the {PLACES[n % len(PLACES)]} facility.")
        paths.append(path)
    return paths


def _tasks(paths: list[Path], workdir: Path) -> list[ParseTask]:
    return [ParseTask(path=p, name=p.name, workdir=workdir) for p in paths]


def test_a_file_that_kills_its_parser_fails_alone_and_the_rest_of_its_batch_is_read(tmp_path: Path) -> None:
    names = ["a.txt", "b.txt", "crash-c.txt", "d.txt", "e.txt"]
    paths = _notes(tmp_path / "in", names)
    with Sandbox(1, IngestLimits(), parse=read_or_misbehave) as sandbox:
        results = sandbox.submit_batch(_tasks(paths, tmp_path / "work")).result()
        again = sandbox.submit(_tasks(paths[:1], tmp_path / "work")[0]).result()  # the new parser works
    assert len(results) == len(names)
    crashed = results[2]
    assert crashed.status == ERROR and crashed.error is not None and crashed.error.startswith(PARSER_DIED)
    for n, result in enumerate(results):
        if n != 2:  # each result is its own file's, in its place
            assert result.status == OK and f"Note {n} about the {PLACES[n]} facility." in result.text
    assert again.status == OK and "Hotan" in again.text


def test_a_file_that_overruns_fails_alone_with_the_time_limit_named(tmp_path: Path) -> None:
    paths = _notes(tmp_path / "in", ["slow-a.txt", "b.txt", "c.txt"])
    with Sandbox(1, IngestLimits(parse_timeout_s=1.0), parse=read_or_misbehave) as sandbox:
        results = sandbox.submit_batch(_tasks(paths, tmp_path / "work")).result()
    assert [r.status for r in results] == [ERROR, OK, OK]
    assert results[0].error == "parsing took longer than 1s and was stopped"
    assert "Aksu" in results[1].text and "Kashgar" in results[2].text


def test_the_ingest_records_a_crash_inside_a_batch_as_that_files_failure_line(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "Sandbox", functools.partial(Sandbox, parse=read_or_misbehave))
    names = [f"note-{n:02}.txt" for n in range(9)]
    in_order = [*names[:5], "crash-me.txt", *names[5:]]  # one batch: the store has one parser
    _notes(tmp_path / "in", in_order)
    report = intake.ingest(Caller(store, ACTOR), [tmp_path / "in"], intake_options(), analyse=False)
    assert failure_for(report, "crash-me.txt").startswith(PARSER_DIED)
    assert len(report.failed) == 1 and len(report.new) == len(names)
    docs = docs_by_name(store)
    assert docs["crash-me.txt"]["status"] == ERROR
    assert all(docs[name]["status"] == OK for name in names)
    last = in_order[-1]  # after the crash: read and searchable
    assert hit_ids(store, PLACES[len(in_order) - 1]) == {docs[last]["id"]}


def _pending(size: int, n: int) -> Pending:
    item = Item(path=Path(f"f{n}"), display=f"f{n}", name=f"f{n}", original_path=f"f{n}", source="s")
    return Pending(item=item, sha256=f"{n:064x}", size=size, workdir=Path("w"))


def test_files_are_batched_in_order_with_a_share_for_each_parser_and_large_files_alone() -> None:
    small = [_pending(100, n) for n in range(6)]
    assert [len(b) for b in parse_batches(small, 2)] == [3, 3]  # few files: both parsers get some
    many = [_pending(100, n) for n in range(PARSE_BATCH_FILES * 2 + 1)]
    batches = parse_batches(many, 2)
    assert [len(b) for b in batches] == [PARSE_BATCH_FILES, PARSE_BATCH_FILES, 1]
    assert [p for b in batches for p in b] == many
    large = _pending(PARSE_BATCH_FILE_BYTES + 1, 99)
    mixed = parse_batches([*small[:2], large, *small[2:4]], 1)
    assert [[p.item.name for p in b] for b in mixed] == [["f99"], ["f0", "f1", "f2", "f3"]]


def report_surroundings(path: Path, name: str, workdir: Path, limits: IngestLimits, room: int | None) -> Extracted:
    """What the parser process sees of its surroundings, as the text of the file's document."""
    return Extracted(file_type="text", pages=[f"{os.environ.get('HABEAS_TEST_MARK')}|{os.getcwd()}"])


def test_each_parser_has_the_environment_and_folder_of_the_ingest_that_started_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [path] = _notes(tmp_path / "in", ["a.txt"])
    task = _tasks([path], tmp_path / "work")[0]
    with Sandbox(1, IngestLimits(), parse=report_surroundings) as sandbox:
        first = sandbox.submit(task).result()
    # The server the parsers fork from is running by now; what changes after must still reach them.
    monkeypatch.setenv("HABEAS_TEST_MARK", "second")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    with Sandbox(1, IngestLimits(), parse=report_surroundings) as sandbox:
        second = sandbox.submit(task).result()
    assert first.text.split("|")[0] != "second"
    assert second.text == f"second|{tmp_path / 'elsewhere'}"
