"""The search index keeps up with what other processes write, without a database query per search
(issue 12).

A search first catches the index up (``habeas.search.sync.catch_up``), then searches
(``SearchIndex.search``): what ``services.search`` does. Whether the index may be behind is told by
the audit log's head anchor, a file in the store folder that every commit which appended to the log
rewrites, read at most once per ``RECHECK_S``; and whether the index has a newer commit, by its
``meta.json``, read at most once per ``RELOAD_CHECK_S``. So another process's ingest is searchable
here within about a second, and a search on an index that is up to date asks the database nothing.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from conftest import ACTOR, StoreFactory
from habeas.ingest.model import OK
from habeas.search.index import RELOAD_CHECK_S, PageEntry, Recheck, SearchFilters
from habeas.search.sync import RECHECK_S, catch_up, index_of
from habeas.store import audit
from habeas.store.models import Document, Page
from habeas.store.store import Store, ensure_case

# What "within about a second" allows: the wait for the next look, then indexing the document,
# on a busy two-core machine.
WITHIN_S = 1.5

# Another process ingests the files named on its command line and stops before indexing them, like
# an ingest that crashed there (or a queued worker, which leaves indexing to the indexer).
INGEST_ELSEWHERE = textwrap.dedent("""
    import sys
    from pathlib import Path

    from habeas.config import Settings
    from habeas.ingest.pipeline import Ingestion, IntakeOptions
    from habeas.store.store import Store

    store = Store(Settings(store=Path(sys.argv[1]), database_url=sys.argv[2] or None, workers=1))
    options = IntakeOptions(case="main", source="elsewhere", grade="F", collector="c", actor="owner")
    report = Ingestion(store, options).run([Path(p) for p in sys.argv[3:]])
    store.close()
    if report.failed or not report.new:
        sys.exit(f"ingest failed: {report}")
""")


def search_ids(store: Store, query: str) -> set[str]:
    """The documents a search finds, the way ``services.search`` searches: catch up, then search."""
    catch_up(store)
    _total, hits = index_of(store).search(query, SearchFilters(), limit=100)
    return {h.document_id for h in hits}


def seconds_until_found(store: Store, query: str, wanted: str, timeout: float = 10.0) -> float:
    """Search again and again, as a user would, until ``wanted`` is among the hits."""
    start = time.monotonic()
    while wanted not in search_ids(store, query):
        if time.monotonic() - start > timeout:
            pytest.fail(f"{query!r} did not find {wanted} within {timeout} s")
        time.sleep(0.01)
    return time.monotonic() - start


def write_unindexed(store: Store, name: str, text: str) -> str:
    """What every ingest writes before indexing: a document marked unindexed, with its audit
    entry in the same transaction. Returns the document's id."""
    sha = hashlib.sha256(text.encode()).hexdigest()
    doc_id = sha[:16]
    with store.db.transaction() as session:
        case = ensure_case(session, "main", ACTOR)
        session.add(
            Document(
                id=doc_id,
                case_id=case.id,
                sha256=sha,
                size=len(text),
                file_name=name,
                file_type="txt",
                title=name,
                status=OK,
                indexed_at=None,
            )
        )
        session.flush()
        session.add(Page(document_id=doc_id, number=1, text=text))
        audit.append(session, ACTOR, "document.ingest", case_name="main", target=doc_id)
    return doc_id


@contextmanager
def statements(store: Store) -> Iterator[list[str]]:
    """Every SQL statement sent to the store's database while the block runs."""
    sent: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append(statement)

    event.listen(store.db.engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(store.db.engine, "before_cursor_execute", record)


def test_a_document_another_process_ingests_is_searchable_within_a_second(
    make_store: StoreFactory, tmp_path: Path
) -> None:
    store = make_store()
    assert search_ids(store, "Turpan") == set()  # this process has searched: its index is caught up
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "grapes.txt").write_text("Grapes are dried in Turpan.", encoding="utf-8")
    subprocess.run(
        [
            sys.executable,
            "-c",
            INGEST_ELSEWHERE,
            str(store.settings.store),
            store.settings.database_url or "",
            str(tmp_path / "in" / "grapes.txt"),
        ],
        check=True,
        timeout=120,
    )
    with store.db.reading() as session:
        (doc_id,) = session.query(Document.id).all()[0]
    assert seconds_until_found(store, "Turpan", doc_id) < WITHIN_S


def test_a_document_another_store_writes_is_searchable_within_a_second(make_store: StoreFactory) -> None:
    store = make_store()
    assert search_ids(store, "Ghulja") == set()
    other = Store(store.settings)  # another process's store, on the same folder and database
    try:
        doc_id = write_unindexed(other, "ghulja.txt", "Ghulja lies in the Ili valley.")
    finally:
        other.close()
    assert seconds_until_found(store, "Ghulja", doc_id) < WITHIN_S


def test_this_process_finds_its_own_writes_at_once(make_store: StoreFactory) -> None:
    store = make_store()
    assert search_ids(store, "Kashgar") == set()
    doc_id = write_unindexed(store, "kashgar.txt", "The old town of Kashgar.")
    assert search_ids(store, "Kashgar") == {doc_id}  # no wait: a commit here is looked at next search


def test_an_index_commit_by_another_process_is_searched_within_a_second(make_store: StoreFactory) -> None:
    store = make_store()
    assert index_of(store).search("Aksu", SearchFilters()) == (0, [])
    other = Store(store.settings)
    try:
        index_of(other).write(
            [
                (
                    "aksu",
                    [
                        PageEntry(
                            doc_id="aksu",
                            case="main",
                            title="Aksu",
                            page=None,
                            text="Cotton fields near Aksu.",
                            sources=["s"],
                            language="en",
                            file_type="txt",
                        )
                    ],
                )
            ]
        )
    finally:
        other.close()
    start = time.monotonic()
    while index_of(store).search("Aksu", SearchFilters())[0] == 0:
        assert time.monotonic() - start < RELOAD_CHECK_S + 0.5, "the index's new commit was not searched"
        time.sleep(0.01)


def test_a_search_on_an_up_to_date_index_asks_the_database_nothing(make_store: StoreFactory) -> None:
    store = make_store()
    doc_id = write_unindexed(store, "hotan.txt", "Jade from Hotan.")
    assert search_ids(store, "Hotan") == {doc_id}
    assert search_ids(store, "jade") == {doc_id}  # after the catch-up's own commit, one more look
    with statements(store) as sent:
        for _ in range(50):
            assert search_ids(store, "Hotan") == {doc_id}
        time.sleep(max(RECHECK_S, RELOAD_CHECK_S) + 0.1)  # past the interval: both files read again
        for _ in range(50):
            assert search_ids(store, "Hotan OR jade") == {doc_id}
    assert sent == []
    # The count sees statements: a write by another store is caught up with a query.
    other = Store(store.settings)
    try:
        second = write_unindexed(other, "hotan-2.txt", "More jade from Hotan.")
    finally:
        other.close()
    with statements(store) as sent:
        seconds_until_found(store, "Hotan", second)
    assert sent


def test_a_look_is_trusted_until_its_interval_ends_or_this_process_changes_something() -> None:
    recheck = Recheck(every=0.2)
    assert not recheck.trusted()  # never looked
    recheck.looked(recheck.begin())
    assert recheck.trusted()
    begun = recheck.begin()
    recheck.changed()  # a commit here while the look is under way
    recheck.looked(begun)
    assert not recheck.trusted()
    recheck.looked(recheck.begin())
    time.sleep(0.25)
    assert not recheck.trusted()
    recheck.looked(recheck.begin())
    recheck.forget()
    assert not recheck.trusted()
