"""Hostile files through the real ingest (sandboxed parser processes, a real SQLite store): XML
entity bombs and external entities in every format that carries XML or HTML, polyglots, HTML and
SVG dressed up as images, and photos with a GPS position. Each hostile file is refused, or read
without harm, with an error naming it; the batch goes on and the process survives. Their originals
are only ever served as downloads, and image copies made to show or export carry no location."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from conftest import ACTOR, Make, docs_by_name, failure_for, ingest
from habeas import services
from habeas.config import IngestLimits, Settings
from habeas.ingest.detect import detect_type
from habeas.ingest.exif import ImageCopyError, location_tags, stripped_image_copy
from habeas.ingest.pipeline import IngestReport
from habeas.search.index import SearchFilters
from habeas.services import Caller, documents, search, users
from habeas.store.store import Store
from habeas.web.app import create_app

LOL_LEVELS = 9  # 10^9 "lol"s, some 3 GB, if anything expanded them
PASSWORD = "ada's long password"


def bomb_dtd(root: str) -> str:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, LOL_LEVELS + 1)
    ]
    return f"<!DOCTYPE {root} [{''.join(entities)}]>"


XXE_DTD = '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
BOMB = f"&lol{LOL_LEVELS};"


def with_dtd(office_file: bytes, part: str, dtd: str, use: str) -> bytes:
    """An Office file whose ``part`` gets ``dtd`` after its XML declaration and ``use`` in its first text."""
    source = zipfile.ZipFile(io.BytesIO(office_file))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == part:
                xml = data.decode()
                declaration_end = xml.index("?>") + 2 if xml.startswith("<?xml") else 0
                xml = xml[:declaration_end] + dtd + xml[declaration_end:]
                xml = re.sub(r"(<(?:w:t|t)(?: [^>]*)?>)", lambda m: m.group(1) + use, xml, count=1)
                data = xml.encode()
            target.writestr(item, data)
    return out.getvalue()


def jpeg_bytes(exif: Image.Exif | None = None, comment: bytes = b"") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "navy").save(buffer, format="JPEG", exif=exif.tobytes() if exif else b"")
    data = buffer.getvalue()
    if comment:  # a COM segment right after the start marker, where JPEG+HTML polyglots hide their markup
        data = data[:2] + b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment + data[2:]
    return data


def gps_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "Witness phone"
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (39.0, 28.0, 12.5), 3: "E", 4: (75.0, 59.0, 1.0)})
    return exif


def write_hostile_files(folder: Path, scratch: Path) -> None:
    docx = Make.docx(scratch / "plain.docx", ["An ordinary paragraph."]).read_bytes()
    xlsx = Make.xlsx(scratch / "plain.xlsx", {"Detainees": [["name", "place"], ["A. B.", "Kashgar"]]}).read_bytes()
    svg_head = '<?xml version="1.0"?>'
    svg_body = '<svg xmlns="http://www.w3.org/2000/svg"><text x="1" y="9">{}</text></svg>'
    files: dict[str, bytes] = {
        "bomb.docx": with_dtd(docx, "word/document.xml", bomb_dtd("w:document"), BOMB),
        "xxe.docx": with_dtd(docx, "word/document.xml", XXE_DTD, "&xxe;"),
        "bomb.xlsx": with_dtd(xlsx, "xl/workbook.xml", bomb_dtd("workbook"), ""),
        "xxe.xlsx": with_dtd(xlsx, "xl/worksheets/sheet1.xml", XXE_DTD, ""),
        "bomb.svg": (svg_head + bomb_dtd("svg") + svg_body.format(BOMB)).encode(),
        "xxe.svg": (svg_head + XXE_DTD.replace(" r ", " svg ") + svg_body.format("&xxe;")).encode(),
        "bomb.html": (bomb_dtd("html") + f"<html><body><p>hello {BOMB}</p></body></html>").encode(),
        "svg-script.jpg": (
            svg_head + '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
            "<title>Harmless cat</title><script>alert(2)</script></svg>"
        ).encode(),
        "page-as.png": b"<!doctype html><html><body><script>alert(3)</script><p>Not a picture</p></body></html>",
        "polyglot-1.pdf": Make.pdf(scratch / "p1.pdf", ["Polyglot one"]).read_bytes()
        + Make.zip_bytes({"inside.txt": b"hidden"}),
        "polyglot-2.zip": Make.pdf(scratch / "p2.pdf", ["Polyglot two"]).read_bytes()
        + Make.zip_bytes({"inside.txt": b"hidden"}),
        "polyglot-3.html": Make.pdf(scratch / "p3.pdf", ["Polyglot three"]).read_bytes()
        + Make.zip_bytes({"inside.txt": b"hidden"}),
        "jpeg-html.html": jpeg_bytes(comment=b"<html><body><script>alert(4)</script></body></html>"),
        "located.jpg": jpeg_bytes(gps_exif()),
        "note.txt": b"An ordinary note about the camps, after all the hostile files.",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    Make.eml(folder / "bomb-body.eml", "Greetings", "plain part", {})
    message = (folder / "bomb-body.eml").read_text()
    html_body = bomb_dtd("html") + f"<html><body>{BOMB}</body></html>"
    message = message.replace("Content-Type: text/plain", "Content-Type: text/html").replace("plain part", html_body)
    (folder / "bomb-body.eml").write_text(message)
    Make.eml(
        folder / "bomb-attached.eml",
        "See the attachment",
        "The report is attached.",
        {
            "attached-bomb.docx": with_dtd(
                Make.docx(scratch / "other.docx", ["Another one."]).read_bytes(),
                "word/document.xml",
                bomb_dtd("w:document"),
                BOMB,
            )
        },
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, IngestReport, Path]]:
    base = tmp_path_factory.mktemp("hostile")
    folder = base / "in"
    folder.mkdir()
    write_hostile_files(folder, base / "scratch")
    limits = IngestLimits(parse_timeout_s=60, parse_memory_bytes=1024 * 1024 * 1024)
    store = services.open_store(Settings(store=base / "store", workers=1, limits=limits))
    report = ingest(store, folder)
    yield store, report, folder
    store.close()


REFUSED = ["bomb.docx", "xxe.docx", "bomb.xlsx", "xxe.xlsx", "bomb.svg", "xxe.svg", "bomb.html", "bomb-body.eml"]


@pytest.mark.parametrize("name", REFUSED)
def test_an_entity_attack_is_refused_with_its_name(hostile: tuple[Store, IngestReport, Path], name: str) -> None:
    store, report, _ = hostile
    error = failure_for(report, "/" + name)
    assert "refused" in error and "entit" in error.lower(), error
    assert "longer than" not in error and "memory" not in error, "refused at once, not by the limits"
    document = docs_by_name(store)[name]
    assert document["status"] == "error"
    assert documents.original_file(Caller(store), document["id"])[0].exists(), "the original is kept as evidence"


def test_nothing_was_expanded_or_read_from_disk(hostile: tuple[Store, IngestReport, Path]) -> None:
    store, _, _ = hostile
    for document in documents.list_documents(Caller(store)):
        text = "\n".join(p["text"] for p in documents.show_document(Caller(store), document["id"])["pages"])
        assert "lollol" not in text and "root:" not in text, document["file_name"]


def test_an_attachment_bomb_fails_alone(hostile: tuple[Store, IngestReport, Path]) -> None:
    store, report, _ = hostile
    assert "refused" in failure_for(report, "attached-bomb.docx")
    message = docs_by_name(store)["bomb-attached.eml"]
    assert message["status"] == "ok"


def test_the_batch_goes_on_past_every_hostile_file(hostile: tuple[Store, IngestReport, Path]) -> None:
    store, report, _ = hostile
    assert docs_by_name(store)["note.txt"]["status"] == "ok"
    assert search.search(Caller(store), "camps", SearchFilters())[0] >= 1
    assert len(report.failed) == len(REFUSED) + 1  # and the attachment


@pytest.mark.parametrize("name,expected", [("svg-script.jpg", "svg"), ("page-as.png", "html")])
def test_markup_named_as_an_image_is_typed_by_its_content(
    hostile: tuple[Store, IngestReport, Path], name: str, expected: str
) -> None:
    store, _, folder = hostile
    document = docs_by_name(store)[name]
    assert document["file_type"] == expected and document["status"] == "ok"
    assert detect_type(folder / name, name) == detect_type(folder / name, "renamed.gif") == expected


def test_an_svg_with_scripts_is_read_as_text_and_marked(hostile: tuple[Store, IngestReport, Path]) -> None:
    store, _, _ = hostile
    shown = documents.show_document(Caller(store), docs_by_name(store)["svg-script.jpg"]["id"])
    assert shown["title"] == "Harmless cat" and shown["metadata"]["active_content"] is True


@pytest.mark.parametrize("name", ["polyglot-1.pdf", "polyglot-2.zip", "polyglot-3.html"])
def test_a_pdf_that_is_also_a_zip_is_a_pdf_whatever_its_name(
    hostile: tuple[Store, IngestReport, Path], name: str
) -> None:
    store, _, folder = hostile
    document = documents.show_document(Caller(store), docs_by_name(store)[name]["id"])
    assert document["file_type"] == "pdf" and document["status"] == "ok"
    assert document["metadata"]["also_looks_like"] == ["zip"]
    assert not document["children"], "the ZIP inside is not unpacked as if it were the file"
    assert {detect_type(folder / name, other) for other in ("a.pdf", "a.zip", "a.html", "a.jpg")} == {"pdf"}


def test_a_jpeg_that_is_also_html_is_an_image(hostile: tuple[Store, IngestReport, Path]) -> None:
    store, _, _ = hostile
    document = documents.show_document(Caller(store), docs_by_name(store)["jpeg-html.html"]["id"])
    assert document["file_type"] == "image" and document["metadata"]["also_looks_like"] == ["html"]


@pytest.fixture(scope="module")
def web(hostile: tuple[Store, IngestReport, Path]) -> Iterator[TestClient]:
    store = hostile[0]
    users.add_user(Caller(store, ACTOR), "ada", "investigator", PASSWORD)
    with TestClient(create_app(store.settings), base_url="https://testserver") as client:
        assert client.post("/api/login", json={"username": "ada", "password": PASSWORD}).status_code == 200
        yield client


@pytest.mark.parametrize("name", ["svg-script.jpg", "page-as.png", "polyglot-3.html", "jpeg-html.html", "bomb.svg"])
def test_originals_are_only_ever_downloads(
    hostile: tuple[Store, IngestReport, Path], web: TestClient, name: str
) -> None:
    store, _, folder = hostile
    r = web.get(f"/documents/{docs_by_name(store)[name]['id']}/original")
    assert r.status_code == 200 and r.content == (folder / name).read_bytes()
    assert r.headers["content-type"] == "application/octet-stream"
    assert r.headers["content-disposition"].startswith("attachment")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in r.headers.get_list("content-security-policy")[-1]


def test_a_photo_copy_loses_its_position_and_the_original_keeps_it(
    hostile: tuple[Store, IngestReport, Path], tmp_path: Path
) -> None:
    store, _, _ = hostile
    document = docs_by_name(store)["located.jpg"]
    original, _name = documents.original_file(Caller(store), document["id"])
    before = original.read_bytes()
    assert location_tags(original), "the stored original keeps its GPS position"
    copy = stripped_image_copy(original, tmp_path / "shown.jpg")
    assert location_tags(copy) == {}
    with Image.open(copy) as image:
        assert image.getexif()[0x010F] == "Witness phone" and image.size == (40, 30)
    assert original.read_bytes() == before
    shown = documents.show_document(Caller(store), document["id"])
    assert "39" not in str(shown["metadata"]) and "GPS" not in str(shown), "no position shown with the document"


@pytest.mark.parametrize("kind", ["PNG", "WEBP", "TIFF"])
def test_every_image_format_loses_its_position(tmp_path: Path, kind: str) -> None:
    source = tmp_path / f"photo.{kind.lower()}"
    Image.new("RGB", (20, 10), "green").save(source, format=kind, exif=gps_exif().tobytes())
    assert location_tags(source)
    copy = stripped_image_copy(source, tmp_path / f"copy.{kind.lower()}")
    assert location_tags(copy) == {} and Image.open(copy).format == kind


def test_a_non_image_cannot_be_copied_as_one(hostile: tuple[Store, IngestReport, Path], tmp_path: Path) -> None:
    _, _, folder = hostile
    with pytest.raises(ImageCopyError, match=r"svg-script\.jpg"):
        stripped_image_copy(folder / "svg-script.jpg", tmp_path / "copy.jpg")
    assert not list(tmp_path.iterdir()), "no half-written copy is left"


def test_a_huge_image_is_refused(tmp_path: Path, monkeypatch: Any) -> None:
    source = tmp_path / "wide.png"
    Image.new("L", (400, 400)).save(source)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)  # 400x400 is then a decompression bomb
    with pytest.raises(ImageCopyError, match=r"wide\.png"):
        stripped_image_copy(source, tmp_path / "copy.png")
