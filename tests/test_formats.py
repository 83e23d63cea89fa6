"""Every format Habeas reads, made on the spot, taken in by one ingest per backend."""

from __future__ import annotations

import gzip
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from conftest import Make, docs_by_name, ingest, module_store_fixture
from habeas.ingest.pipeline import IngestReport
from habeas.search.index import SearchFilters
from habeas.services import Caller, documents, search
from habeas.store.models import Record
from habeas.store.store import Store

RUSSIAN = (
    "Правозащитники сообщают о задержании журналистов в Москве. "
    "Суд приговорил активиста к длительному тюремному сроку за публикацию."
)
CHINESE = "乌鲁木齐市中级人民法院判处伊力哈木·土赫提无期徒刑。这是一份关于新疆拘留营的调查报告。"
UYGHUR = (
    "ئۇيغۇر تىلى تۈركىي تىللار سىستېمىسىغا مەنسۇپ بولۇپ، ئۇيغۇرلارنىڭ ئانا تىلى ھېسابلىنىدۇ. "
    "بۇ تىل شىنجاڭدا كەڭ قوللىنىلىدۇ ۋە ئەرەب ھەرپلىرى بىلەن يېزىلىدۇ."
)
ENGLISH = (
    "The court sentenced the economist to life in prison after a two-day trial, "
    "and his students were detained in the weeks that followed."
)
ARTICLE = " ".join(["The tribunal heard testimony from former detainees about conditions in the facility."] * 4)
HTML = f"""<!DOCTYPE html><html><head><title>Tribunal Hearing Report</title>
<script>var trackingscriptword = "analytics";</script><style>.x {{ color: red }}</style></head>
<body><nav><ul><li><a href="/">Navhomelink</a></li><li><a href="/about">Navaboutlink</a></li></ul></nav>
<article><h1>Tribunal Hearing Report</h1><p>{ARTICLE}</p>
<p>Witnesses described the Integrated Joint Operations Platform in detail. {ARTICLE}</p></article>
<footer>Footerboilerplate copyright 2024. All rights reserved.</footer>
<script>document.write("inlinescriptword")</script></body></html>"""


@dataclass
class Corpus:
    store: Store
    folder: Path
    report: IngestReport
    docs: dict[str, dict[str, Any]]

    def show(self, name: str) -> dict[str, Any]:
        return documents.show_document(Caller(self.store), self.docs[name]["id"])

    def children(self, name: str) -> dict[str, dict[str, Any]]:
        parent = self.docs[name]["id"]
        return {d["path_in_parent"]: d for d in self.docs.values() if d["parent_id"] == parent}


def fill(store: Store, folder: Path) -> Corpus:
    Make.text(folder / "plain.txt", "Plain UTF-8 text about Kashgar and its old city.\nSecond line.")
    Make.text(folder / "russian-cp1251.txt", RUSSIAN, encoding="cp1251")
    Make.text(folder / "chinese-gb18030.txt", CHINESE, encoding="gb18030")
    Make.text(folder / "english.txt", ENGLISH)
    Make.text(folder / "chinese.txt", CHINESE + "\n" + CHINESE[::-1])
    Make.text(folder / "uyghur.txt", UYGHUR)
    Make.text(folder / "notes.md", "# Field notes from Hotan\n\nSome *emphasised* words about Hotan markets.\n")
    Make.text(folder / "report.html", HTML)
    Make.pdf(
        folder / "two-pages.pdf",
        [
            "First page about apricots\nfrom the orchards of Turpan",
            "Second page about pomegranates",
            "Third page about walnuts",
        ],
        title="Orchard report",
    )
    Make.docx(
        folder / "statement.docx",
        ["Witness statement about Urumqi detention centre."],
        table=[["Name", "Facility"], ["Tursunay", "Dabancheng"]],
    )
    Make.xlsx(
        folder / "people.xlsx",
        {
            "Detainees": [["name", "city", "year"], ["Alim", "Hotan", 2018], ["Gulnar", "Aksu", 2019]],
            "Officials": [["official", "post"], ["Chen", "Secretary"]],
        },
    )
    Make.text(folder / "transfers.csv", "name,from,to\nAbdurehim,Kashgar,Korla\nMihray,Ghulja,Turpan\n")
    Make.eml(
        folder / "mail.eml",
        "Testimony about transfers",
        "The body of the e-mail mentions Yarkand.",
        {"note.txt": b"Attached note about Karamay oil fields."},
    )
    Make.zip(
        folder / "bundle.zip",
        {
            "top/level/member-zip.txt": b"Zip member about Qarqash county.",
            "readme.txt": b"Zip readme about Shache county.",
        },
    )
    Make.tar(folder / "bundle.tar", {"a/b/member-tar.txt": b"Tar member about Yining city."})
    Make.tar(folder / "bundle.tar.gz", {"c/d/e/member-tgz.txt": b"Tgz member about Altay prefecture."}, mode="w:gz")
    inner = Make.zip_bytes({"deep/inner-member.txt": b"Innermost member about Kuqa county."})
    Make.zip(folder / "outer.zip", {"sub/inner.zip": inner})
    Make.png(folder / "scan.png", "DETENTION ORDER")
    (folder / "notes.txt.gz").write_bytes(gzip.compress(b"Gzipped notes about the Aral settlement."))
    report = ingest(store, folder)
    return Corpus(store=store, folder=folder, report=report, docs=docs_by_name(store))


corpus = module_store_fixture()


def test_everything_goes_in_without_failures(corpus: Corpus) -> None:
    assert corpus.report.failed == []
    assert corpus.report.duplicates == 0
    assert corpus.report.needs_ocr == []
    top_level = {Path(d["path"]).name for d in corpus.report.new if "!/" not in d["path"]}
    assert top_level == {p.name for p in corpus.folder.iterdir()}
    assert all(d["status"] == "ok" for d in corpus.docs.values()), corpus.docs


def test_plain_text_utf8(corpus: Corpus) -> None:
    doc = corpus.show("plain.txt")
    assert doc["file_type"] == "text"
    assert doc["text"] == "Plain UTF-8 text about Kashgar and its old city.\nSecond line."
    assert doc["title"] == "Plain UTF-8 text about Kashgar and its old city."


def test_legacy_encodings_are_decoded(corpus: Corpus) -> None:
    assert corpus.show("russian-cp1251.txt")["text"] == RUSSIAN
    assert corpus.show("chinese-gb18030.txt")["text"] == CHINESE
    assert corpus.docs["russian-cp1251.txt"]["language"] == "ru"


def test_markdown(corpus: Corpus) -> None:
    doc = corpus.show("notes.md")
    assert doc["file_type"] == "markdown"
    assert doc["title"] == "Field notes from Hotan"
    assert "emphasised* words about Hotan markets" in doc["text"]


def test_html_main_text_without_scripts_or_boilerplate(corpus: Corpus) -> None:
    doc = corpus.show("report.html")
    assert doc["file_type"] == "html"
    assert doc["title"] == "Tribunal Hearing Report"
    assert "Integrated Joint Operations Platform" in doc["text"]
    assert "former detainees" in doc["text"]
    for junk in ("trackingscriptword", "inlinescriptword", "color: red", "Navhomelink", "Footerboilerplate"):
        assert junk not in doc["text"]


def test_pdf_text_per_page(corpus: Corpus) -> None:
    doc = corpus.show("two-pages.pdf")
    assert doc["file_type"] == "pdf"
    assert doc["paginated"] is True
    assert doc["title"] == "Orchard report"  # from the PDF's metadata
    assert [p["number"] for p in doc["pages"]] == [1, 2, 3]
    assert "apricots" in doc["pages"][0]["text"] and "Turpan" in doc["pages"][0]["text"]
    assert "pomegranates" in doc["pages"][1]["text"] and "apricots" not in doc["pages"][1]["text"]
    assert "walnuts" in doc["pages"][2]["text"]


def test_pdf_search_hits_carry_page_numbers(corpus: Corpus) -> None:
    for word, page in (("apricots", 1), ("pomegranates", 2), ("walnuts", 3)):
        total, hits = search.search(Caller(corpus.store), word, SearchFilters())
        assert total == 1
        assert hits[0].document_id == corpus.docs["two-pages.pdf"]["id"]
        assert hits[0].page == page
    _total, hits = search.search(Caller(corpus.store), "page", SearchFilters(file_types=["pdf"]))
    assert sorted(h.page for h in hits) == [1, 2, 3]


def test_text_hits_have_no_page_number(corpus: Corpus) -> None:
    _total, hits = search.search(Caller(corpus.store), "Kashgar", SearchFilters(file_types=["text"]))
    assert [h.page for h in hits] == [None]


def test_docx_paragraphs_and_table(corpus: Corpus) -> None:
    doc = corpus.show("statement.docx")
    assert doc["file_type"] == "docx"
    assert "Witness statement about Urumqi detention centre." in doc["text"]
    assert "Tursunay" in doc["text"] and "Dabancheng" in doc["text"]
    assert corpus.docs["statement.docx"]["id"] in {
        h.document_id for h in search.search(Caller(corpus.store), "Dabancheng", SearchFilters())[1]
    }


def _records(store: Store, doc_id: str) -> list[tuple[str, int, dict[str, Any]]]:
    with store.db.reading() as session:
        rows = session.scalars(
            select(Record).where(Record.document_id == doc_id).order_by(Record.sheet, Record.row_number)
        )
        return [(r.sheet, r.row_number, r.values) for r in rows]


def test_xlsx_rows_are_records_with_column_names(corpus: Corpus) -> None:
    doc = corpus.docs["people.xlsx"]
    assert doc["file_type"] == "xlsx"
    assert _records(corpus.store, doc["id"]) == [
        ("Detainees", 2, {"name": "Alim", "city": "Hotan", "year": "2018"}),
        ("Detainees", 3, {"name": "Gulnar", "city": "Aksu", "year": "2019"}),
        ("Officials", 2, {"official": "Chen", "post": "Secretary"}),
    ]
    shown = corpus.show("people.xlsx")
    assert len(shown["pages"]) == 2  # one page per sheet
    assert "Gulnar" in shown["pages"][0]["text"] and "Secretary" in shown["pages"][1]["text"]


def test_csv_rows_are_records_with_column_names(corpus: Corpus) -> None:
    doc = corpus.docs["transfers.csv"]
    assert doc["file_type"] == "csv"
    assert _records(corpus.store, doc["id"]) == [
        ("transfers", 2, {"name": "Abdurehim", "from": "Kashgar", "to": "Korla"}),
        ("transfers", 3, {"name": "Mihray", "from": "Ghulja", "to": "Turpan"}),
    ]
    assert "Mihray" in corpus.show("transfers.csv")["text"]


def test_eml_body_headers_and_attachment_as_child(corpus: Corpus) -> None:
    mail = corpus.show("mail.eml")
    assert mail["file_type"] == "eml"
    assert mail["title"] == "Testimony about transfers"
    assert "The body of the e-mail mentions Yarkand." in mail["text"]
    assert "witness@example.org" in mail["text"]
    assert mail["metadata"]["attachments"] == ["note.txt"]
    note = corpus.docs["note.txt"]
    assert note["parent_id"] == mail["id"]
    assert mail["children"] == [note["id"]]
    assert "Karamay" in corpus.show("note.txt")["text"]
    assert note["id"] in {h.document_id for h in search.search(Caller(corpus.store), "Karamay", SearchFilters())[1]}


def test_zip_members_keep_parent_and_path(corpus: Corpus) -> None:
    children = corpus.children("bundle.zip")
    assert set(children) == {"top/level/member-zip.txt", "readme.txt"}
    member = children["top/level/member-zip.txt"]
    assert member["file_name"] == "member-zip.txt"
    assert "Qarqash" in corpus.show("member-zip.txt")["text"]
    custody = corpus.show("member-zip.txt")["custody"][0]
    assert custody["original_path"].endswith("bundle.zip!/top/level/member-zip.txt")


def test_tar_and_tgz_members_keep_parent_and_path(corpus: Corpus) -> None:
    assert corpus.docs["bundle.tar"]["file_type"] == "tar"
    assert set(corpus.children("bundle.tar")) == {"a/b/member-tar.txt"}
    assert set(corpus.children("bundle.tar.gz")) == {"c/d/e/member-tgz.txt"}
    assert "Yining" in corpus.show("member-tar.txt")["text"]
    assert "Altay" in corpus.show("member-tgz.txt")["text"]


def test_zip_inside_zip(corpus: Corpus) -> None:
    inner = corpus.children("outer.zip")["sub/inner.zip"]
    assert inner["file_type"] == "zip"
    innermost = corpus.docs["inner-member.txt"]
    assert innermost["parent_id"] == inner["id"]
    assert innermost["path_in_parent"] == "deep/inner-member.txt"
    assert innermost["id"] in {h.document_id for h in search.search(Caller(corpus.store), "Kuqa", SearchFilters())[1]}


def test_lone_gzip_file(corpus: Corpus) -> None:
    assert set(corpus.children("notes.txt.gz")) == {"notes.txt"}
    assert "Aral settlement" in corpus.show("notes.txt")["text"]


def test_image_ocr(corpus: Corpus) -> None:
    doc = corpus.show("scan.png")
    assert doc["file_type"] == "image"
    assert doc["status"] == "ok"
    assert "DETENTION" in doc["text"].upper()
    assert doc["id"] in {h.document_id for h in search.search(Caller(corpus.store), "detention", SearchFilters())[1]}


def test_language_detection(corpus: Corpus) -> None:
    assert corpus.docs["english.txt"]["language"] == "en"
    assert corpus.docs["chinese.txt"]["language"] == "zh"
    assert corpus.docs["uyghur.txt"]["language"] == "ug"


def test_image_without_tesseract_is_stored_as_needs_ocr(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    image = Make.png(tmp_path / "in" / "scan.png", "DETENTION ORDER")
    Make.pdf(tmp_path / "in" / "scanned.pdf", [""])  # a page with no text layer
    # The parsers run in child processes started by the ingest; they inherit this PATH.
    monkeypatch.setenv("PATH", str(Path(sys.executable).parent))
    assert shutil.which("tesseract") is None
    report = ingest(store, tmp_path / "in")
    assert report.failed == []
    assert sorted(Path(p).name for p in report.needs_ocr) == ["scan.png", "scanned.pdf"]
    assert {Path(d["path"]).name for d in report.new} == {"scan.png", "scanned.pdf"}
    docs = docs_by_name(store)
    assert docs["scan.png"]["status"] == "needs_ocr" and "OCR" in docs["scan.png"]["error"]
    assert docs["scanned.pdf"]["status"] == "needs_ocr"
    assert store.blobs.path_for(docs["scan.png"]["sha256"]).read_bytes() == image.read_bytes()
    assert documents.list_documents(Caller(store), status="needs_ocr") == list(docs.values())
