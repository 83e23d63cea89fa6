"""Search: query syntax, filters, cases, Chinese and Uyghur, snippets, pages, rebuilding."""

from __future__ import annotations

import html
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from conftest import ACTOR, Make, docs_by_name, hit_ids, ingest, module_store_fixture
from habeas import services
from habeas.config import Settings
from habeas.errors import InvalidQuery
from habeas.search.index import SearchFilters, snippet_parts
from habeas.services import Caller, custody, search
from habeas.services import cases as cases_service
from habeas.store.store import Store

CHINESE = "乌鲁木齐市中级人民法院判处伊力哈木·土赫提无期徒刑。"
UYGHUR = (
    "ئۇيغۇر تىلى تۈركىي تىللار سىستېمىسىغا مەنسۇپ بولۇپ، ئۇيغۇرلارنىڭ ئانا تىلى ھېسابلىنىدۇ. "
    "بۇ تىل شىنجاڭدا كەڭ قوللىنىلىدۇ ۋە ئەرەب ھەرپلىرى بىلەن يېزىلىدۇ."
)
MARKUP_TEXT = "Markup like <b>bold</b> & such, amplified beside the word Korla."
LEDGER_PAGES = 620  # more than one batch of the streaming search


@dataclass
class Searchable:
    store: Store
    ids: dict[str, str]

    def hits(self, query: str, **filters: Any) -> set[str]:
        """Names of the documents the query finds."""
        names = {v: k for k, v in self.ids.items()}
        return {names[i] for i in hit_ids(self.store, query, **filters)}


def fill(store: Store, folder: Path) -> Searchable:
    one = folder / "one"
    Make.text(
        one / "ijop.txt",
        "The Integrated Joint Operations Platform flagged people sent to the camps "
        "in Kashgar prefecture. Police collected the data.",
    )
    Make.text(
        one / "scrambled.txt",
        "A platform for joint operations: integrated police work in Aksu, not a camp report at all.",
    )
    Make.text(
        one / "tohti.txt",
        "Ilham Tohti, the economist, was awarded the Sakharov Prize in 2019 while serving a life sentence.",
    )
    Make.text(
        one / "sakharov.txt",
        "The Sakharov Prize for Freedom of Thought is awarded by the European Parliament every year.",
    )
    Make.text(one / "turpan.txt", "Grapes are dried in Turpan, deep in the Turpan depression.")
    Make.text(one / "ghulja.txt", "Ghulja lies in the Ili valley near the border with Kazakhstan.")
    Make.text(one / "kashgaria.txt", "Kashgaria is the old name of the southern Tarim basin.")
    Make.text(one / "chinese.txt", CHINESE)
    Make.text(one / "uyghur.txt", UYGHUR)
    Make.text(one / "html-escape.txt", MARKUP_TEXT)
    ingest(store, one, source="Source One")
    two = folder / "two"
    Make.pdf(
        two / "hearing.pdf",
        [
            "Hearing transcript, first page: the witness spoke of Aksu.",
            "Second page: the witness described the camps in Hotan.",
        ],
    )
    Make.pdf(two / "ledger.pdf", [f"Ledger entry {n} for the Yarkand office." for n in range(LEDGER_PAGES)])
    ingest(store, two, source="Source Two", grade="B")
    cases_service.create_case(Caller(store, ACTOR), "beta")
    Make.text(folder / "beta" / "beta-camps.txt", "A second case also mentions camps and Kashgar prefecture.")
    ingest(store, folder / "beta", case="beta", source="Source One")
    return Searchable(store=store, ids={name: d["id"] for name, d in docs_by_name(store).items()})


corpus = module_store_fixture(workers=1)  # few files, three ingests


def test_single_word_and_stemming(corpus: Searchable) -> None:
    assert corpus.hits("Ghulja") == {"ghulja.txt"}
    assert corpus.hits("camp") == {"ijop.txt", "scrambled.txt", "hearing.pdf", "beta-camps.txt"}


def test_phrase(corpus: Searchable) -> None:
    assert corpus.hits("integrated AND joint AND operations AND platform") == {"ijop.txt", "scrambled.txt"}
    assert corpus.hits('"Integrated Joint Operations Platform"') == {"ijop.txt"}


def test_and(corpus: Searchable) -> None:
    assert corpus.hits("Sakharov") == {"tohti.txt", "sakharov.txt"}
    assert corpus.hits("Tohti AND Sakharov") == {"tohti.txt"}
    assert corpus.hits('"Integrated Joint Operations Platform" AND camps') == {"ijop.txt"}


def test_or(corpus: Searchable) -> None:
    assert corpus.hits("Turpan OR Ghulja") == {"turpan.txt", "ghulja.txt"}


def test_not(corpus: Searchable) -> None:
    assert corpus.hits("Sakharov AND NOT Tohti") == {"sakharov.txt"}
    assert corpus.hits("camps AND NOT Kashgar") == {"scrambled.txt", "hearing.pdf"}
    assert corpus.hits('camps AND NOT "Kashgar prefecture"') == {"scrambled.txt", "hearing.pdf"}
    assert corpus.hits("camps AND NOT Kashg* AND NOT Hotan") == {"scrambled.txt"}
    assert corpus.hits("Sakharov NOT Tohti") == {"sakharov.txt"}
    assert corpus.hits("伊力哈木 AND NOT 北京") == {"chinese.txt"}
    assert corpus.hits("伊力哈木 AND NOT 法院") == set()


def test_prefix(corpus: Searchable) -> None:
    assert corpus.hits("Kashg*") == {"ijop.txt", "kashgaria.txt", "beta-camps.txt"}
    assert corpus.hits("kashgari*") == {"kashgaria.txt"}
    _total, hits = search.search(Caller(corpus.store), "Kashg*", SearchFilters(case="main"))
    assert {h.snippet.count("<b>Kashg") for h in hits} == {1}


def test_case_filter(corpus: Searchable) -> None:
    assert corpus.hits("Kashgar", case="beta") == {"beta-camps.txt"}
    assert corpus.hits("Kashgar", case="main") == {"ijop.txt"}
    assert corpus.hits("Ghulja", case="beta") == set()
    cases = {c["name"]: c["documents"] for c in cases_service.list_cases(Caller(corpus.store))}
    assert cases == {"main": 12, "beta": 1}


def test_source_filter(corpus: Searchable) -> None:
    assert corpus.hits("camps", sources=["Source Two"]) == {"hearing.pdf"}
    assert corpus.hits("camps", sources=["Source One"]) == {"ijop.txt", "scrambled.txt", "beta-camps.txt"}
    assert corpus.hits("camps", sources=["Source One", "Source Two"]) == corpus.hits("camps")
    assert corpus.hits("camps", sources=["Nobody"]) == set()


def test_language_filter(corpus: Searchable) -> None:
    assert corpus.hits("伊力哈木", languages=["zh"]) == {"chinese.txt"}
    assert corpus.hits("伊力哈木", languages=["en"]) == set()
    assert corpus.hits("Sakharov", languages=["en"]) == {"tohti.txt", "sakharov.txt"}


def test_type_filter(corpus: Searchable) -> None:
    assert corpus.hits("Aksu", file_types=["pdf"]) == {"hearing.pdf"}
    assert corpus.hits("Aksu", file_types=["text"]) == {"scrambled.txt"}
    assert corpus.hits("Aksu", file_types=["docx"]) == set()


def test_chinese_query_finds_chinese_text(corpus: Searchable) -> None:
    assert corpus.hits("伊力哈木") == {"chinese.txt"}
    assert corpus.hits("木齐") == {"chinese.txt"}  # the middle of a longer word
    assert corpus.hits("伊") == {"chinese.txt"}  # a single character
    assert corpus.hits("北京") == set()
    assert corpus.hits("木伊") == set()  # both characters are there, but not next to each other
    _total, [hit] = search.search(Caller(corpus.store), "伊力哈木", SearchFilters())
    assert "<b>伊力哈木</b>" in hit.snippet


def test_uyghur_query_finds_uyghur_text(corpus: Searchable) -> None:
    assert corpus.hits("شىنجاڭدا") == {"uyghur.txt"}
    assert corpus.hits("ئۇيغۇر") == {"uyghur.txt"}


def test_snippets_are_highlighted_and_escaped(corpus: Searchable) -> None:
    _total, [hit] = search.search(Caller(corpus.store), "Korla", SearchFilters())
    assert "<b>Korla</b>" in hit.snippet
    assert "<b>bold</b>" not in hit.snippet and "&lt;b&gt;bold" in hit.snippet
    _total, hits = search.search(Caller(corpus.store), "Tohti AND Sakharov", SearchFilters())
    assert "<b>Tohti</b>" in hits[0].snippet and "<b>Sakharov</b>" in hits[0].snippet
    assert hits[0].title.startswith("Ilham Tohti")
    assert hits[0].score > 0


@pytest.mark.parametrize("query", ["Korla", "amp*", "Korla AND b*", "Korla AND (b* OR amp*)"])
def test_highlighting_never_breaks_the_snippet_markup(corpus: Searchable, query: str) -> None:
    _total, [hit] = search.search(Caller(corpus.store), query, SearchFilters())
    assert "<b>" in hit.snippet
    plain = hit.snippet.replace("<b>", "").replace("</b>", "")
    assert "<" not in plain and ">" not in plain  # every other angle bracket is escaped
    assert re.fullmatch(r"([^&]|&(amp|lt|gt|quot|#x27);)*", hit.snippet), hit.snippet  # entities whole
    assert html.unescape(plain).strip(" .") in MARKUP_TEXT


def test_pdf_hits_carry_page_numbers(corpus: Searchable) -> None:
    _total, hits = search.search(Caller(corpus.store), "witness", SearchFilters())
    assert sorted(h.page for h in hits) == [1, 2]
    _total, [hit] = search.search(Caller(corpus.store), "Hotan", SearchFilters())
    assert hit.page == 2 and "<b>Hotan</b>" in hit.snippet
    _total, [hit] = search.search(Caller(corpus.store), '"Ledger entry 437"', SearchFilters())
    assert hit.page == 438


def test_ranking_puts_the_denser_match_first(corpus: Searchable) -> None:
    _total, hits = search.search(Caller(corpus.store), "Turpan OR Ghulja OR grapes", SearchFilters())
    assert hits[0].document_id == corpus.ids["turpan.txt"]
    assert hits[0].score > hits[1].score


def test_limit_offset_and_unlimited_streaming(corpus: Searchable) -> None:
    total, page = search.search(Caller(corpus.store), "Yarkand", SearchFilters(), limit=10)
    assert total == LEDGER_PAGES and len(page) == 10
    _total, later = search.search(Caller(corpus.store), "Yarkand", SearchFilters(), limit=10, offset=10)
    assert not {h.page for h in page} & {h.page for h in later}
    total, stream = search.search_all(Caller(corpus.store), "Yarkand", SearchFilters())
    pages = [h.page for h in stream]
    assert total == LEDGER_PAGES
    assert sorted(pages) == list(range(1, LEDGER_PAGES + 1))  # every page once, no cap


@pytest.mark.parametrize("query", ['"unclosed phrase', "(Kashgar", "Kashgar AND", "nosuchfield:x", "NOT"])
def test_invalid_query_syntax(corpus: Searchable, query: str) -> None:
    with pytest.raises(InvalidQuery):
        search.search(Caller(corpus.store), query, SearchFilters())


def test_reindex_rebuilds_a_deleted_index(store: Store, tmp_path: Path) -> None:
    Make.text(tmp_path / "in" / "a.txt", "Grapes are dried in Turpan.")
    Make.text(tmp_path / "in" / "b.txt", "Ghulja lies in the Ili valley.")
    Make.pdf(tmp_path / "in" / "c.pdf", ["Cover page", "Grapes again, on page two, from Turpan"])
    Make.text(tmp_path / "in" / "d.txt", "伊力哈木·土赫提")
    ingest(store, tmp_path / "in")
    queries = ["Turpan", "Ghulja OR grapes", "伊力哈木", "Tur*"]

    def results(s: Store) -> list[list[tuple[str, int | None, str]]]:
        return [
            sorted((h.document_id, h.page, h.snippet) for h in search.search(Caller(s), q, SearchFilters())[1])
            for q in queries
        ]

    before = results(store)
    assert [len(r) for r in before] == [2, 3, 1, 2]
    settings: Settings = store.settings
    store.close()
    shutil.rmtree(settings.index_dir)
    reopened = services.open_store(settings)
    try:
        pages = search.reindex(Caller(reopened, ACTOR))
        assert pages == 5
        assert settings.index_dir.is_dir()
        assert results(reopened) == before
        assert custody.verify(Caller(reopened))["ok"]
    finally:
        reopened.close()


def test_a_snippet_splits_into_plain_text_and_matches() -> None:
    """One reading of a hit's snippet serves the CLI, the pages and CSV: entities decoded, the
    query's matches told apart, nothing of the markup left in the text."""
    assert snippet_parts("Kashgar &amp; <b>Hotan</b>: <b>camps</b> &lt;b&gt;") == [
        ("Kashgar & ", False),
        ("Hotan", True),
        (": ", False),
        ("camps", True),
        (" <b>", False),
    ]
    assert snippet_parts("") == []
