"""Search across traditional and simplified Chinese characters: a query in either form finds a page
written in the other, in the services, the CLI and the web app (SQLite and PostgreSQL), with the hit
marked in the page's own characters; Latin and other scripts are searched as before."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from conftest import ACTOR, Cli, Make, docs_by_name, hit_ids, ingest, module_store_fixture
from habeas.names.chinese_script import either_form, simplified
from habeas.search.index import SCHEMA_VERSION, SearchFilters, cjk_bigrams
from habeas.search.sync import index_of
from habeas.services import Caller, documents, search
from habeas.services import users as users_service
from habeas.store.models import AuditEntry
from habeas.store.store import Store
from webclient import api_login, in_process_client

DOCS = {
    # Hong Kong and overseas media write traditional characters, mainland records simplified ones.
    "hk_report.txt": "香港媒體報道，新疆黨委書記陳全國下令擴建拘留設施。",
    "mainland_notice.txt": "自治区党委常委会议由张春贤主持，会议研究了维稳工作。",
    "en_note.txt": "Chen Quanguo ordered the expansion of detention facilities.",
    "ug_note.txt": "بۇ تىل شىنجاڭدا كەڭ قوللىنىلىدۇ.",
}
READER = ("rex", "rex's long password")


@dataclass
class Scripts:
    store: Store
    ids: dict[str, str]

    def hits(self, query: str) -> set[str]:
        names = {v: k for k, v in self.ids.items()}
        return {names[i] for i in hit_ids(self.store, query)}

    def snippet(self, query: str) -> str:
        _total, [hit] = search.search(Caller(self.store), query, SearchFilters())
        return hit.snippet


def write_docs(folder: Path) -> Path:
    for name, text in DOCS.items():
        Make.text(folder / name, text)
    return folder


def fill(store: Store, folder: Path) -> Scripts:
    ingest(store, write_docs(folder))
    users_service.add_user(Caller(store, ACTOR), READER[0], "reader", READER[1])
    return Scripts(store=store, ids={name: d["id"] for name, d in docs_by_name(store).items()})


corpus = module_store_fixture(workers=1)


def test_a_simplified_query_finds_a_page_in_traditional_characters(corpus: Scripts) -> None:
    assert corpus.hits("陈全国") == {"hk_report.txt"}
    assert corpus.hits('"扩建拘留"') == {"hk_report.txt"}
    assert corpus.hits("陈") == {"hk_report.txt"}  # a single character
    assert corpus.hits("陈全国 AND 拘留") == {"hk_report.txt"}


def test_a_traditional_query_finds_a_page_in_simplified_characters(corpus: Scripts) -> None:
    assert corpus.hits("張春賢") == {"mainland_notice.txt"}
    assert corpus.hits('"維穩工作"') == {"mainland_notice.txt"}
    assert corpus.hits("陳全国") == {"hk_report.txt"}  # both forms in one query
    assert corpus.hits("黨委") == {"hk_report.txt", "mainland_notice.txt"}
    assert corpus.hits("張春賢 AND 陳全國") == set()  # on different pages


def test_the_hit_is_marked_in_the_pages_own_characters(corpus: Scripts) -> None:
    assert "<b>陳全國</b>" in corpus.snippet("陈全国")
    assert "<b>张春贤</b>" in corpus.snippet("張春賢")
    text = DOCS["hk_report.txt"]
    [(start, end)] = documents.term_spans(text, "陈全国")
    assert text[start:end] == "陳全國"


def test_a_name_search_finds_both_forms_and_the_pinyin(corpus: Scripts) -> None:
    """The index alone, without the names of the case's entities that the search service adds."""
    names = {v: k for k, v in corpus.ids.items()}
    index = index_of(corpus.store)

    def found(query: str) -> set[str]:
        return {names[h.document_id] for h in index.search(query, SearchFilters(), limit=10)[1]}

    assert found('name:"陈全国"') == {"hk_report.txt", "en_note.txt"}
    assert found('name:"張春賢"') == {"mainland_notice.txt"}


def test_latin_and_other_scripts_beside_the_fold_are_searched_as_before(corpus: Scripts) -> None:
    assert corpus.hits("陈全国 OR Quanguo") == {"hk_report.txt", "en_note.txt"}
    assert corpus.hits("張春賢 OR شىنجاڭدا") == {"mainland_notice.txt", "ug_note.txt"}
    assert corpus.hits("Quanguo") == {"en_note.txt"}
    assert corpus.hits("Quan*") == {"en_note.txt"}
    assert corpus.hits("شىنجاڭدا") == {"ug_note.txt"}
    assert corpus.hits("北京") == set()
    assert corpus.hits("全陈") == set()  # the characters are there, not in this order
    assert "<b>Quanguo</b>" in corpus.snippet("Quanguo")


@pytest.fixture(scope="module")
def web(corpus: Scripts) -> Iterator[TestClient]:
    with in_process_client(corpus.store.settings) as client:
        api_login(client, *READER)
        yield client


def test_the_search_page_finds_and_marks_the_other_form(web: TestClient, corpus: Scripts) -> None:
    page = web.get("/search", params={"q": "陈全国"})
    assert page.status_code == 200
    assert "<mark>陳全國</mark>" in page.text
    assert int(re.search(r'<strong id="total">([\d,]+)</strong>', page.text).group(1)) == 1  # type: ignore[union-attr]
    found = web.get("/api/search", params={"q": "張春賢"}).json()
    assert [r["document_id"] for r in found["results"]] == [corpus.ids["mainland_notice.txt"]]
    assert "<b>张春贤</b>" in found["results"][0]["snippet"]


def test_the_document_page_marks_the_other_form(web: TestClient, corpus: Scripts) -> None:
    page = web.get(f"/documents/{corpus.ids['hk_report.txt']}", params={"q": "陈全国"})
    assert page.status_code == 200
    assert '<mark class="hit first">陳全國</mark>' in page.text


def test_the_cli_finds_the_other_form(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "store")
    cli.json("ingest", write_docs(tmp_path / "in"), env=Cli.env(HABEAS_WORKERS="1"))
    out = cli.json("search", "陈全国")
    assert out["total"] == 1 and "<b>陳全國</b>" in out["results"][0]["snippet"]
    assert cli.json("search", "張春賢")["total"] == 1
    table = cli("search", "張春賢")
    assert table.returncode == 0 and "张春贤" in table.stdout


def test_an_index_written_before_the_fold_is_rebuilt(store: Store, tmp_path: Path) -> None:
    ingest(store, write_docs(tmp_path / "in"))
    (store.settings.index_dir / "schema-version").write_text("3\n")  # the version before the fold
    reopened = Store(store.settings)
    try:
        index_of(reopened)  # the old index thrown away, every document marked for indexing again
        with reopened.db.reading() as session:
            last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
        assert (last.action, last.details) == ("index.rebuild", {"reason": "new index schema"})
        assert len(hit_ids(reopened, "陈全国")) == 1
        assert (reopened.settings.index_dir / "schema-version").read_text().strip() == SCHEMA_VERSION
    finally:
        reopened.close()


def test_the_fold_is_one_character_for_one_and_leaves_other_scripts() -> None:
    assert simplified("陳全國、張春賢、熊選國") == "陈全国、张春贤、熊选国"
    for text in ("Chen Quanguo", "ئىلھام توختى", "Илһам Тохти", "陈全国"):
        assert simplified(text) == text
    assert simplified(simplified("薴")) == simplified("薴")  # read to the end: reading twice changes nothing
    assert cjk_bigrams("陳全國") == cjk_bigrams("陈全国") and cjk_bigrams("Chen Quanguo") == ""
    pattern = re.compile(either_form("陈全国"))
    assert all(pattern.fullmatch(t) for t in ("陳全國", "陈全国", "陳全国"))
    assert not pattern.search("陈全 国")
