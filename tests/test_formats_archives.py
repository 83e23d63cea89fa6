"""7z and RAR archives, legacy-encoded member names and files, database files as records, multi-page
TIFF, JPEG 2000 and DjVu page by page, and audio kept with its metadata but never OCR'd. Samples are
written by bsdtar (libarchive), py7zr, Pillow, DjVuLibre, sqlite3 and wave, or shipped inside
packages (tests/data/SOURCES.md)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import wave
from pathlib import Path

import pytest

from habeas.ingest.model import ERROR, OK
from habeas.ingest.text import decode_text
from test_formats_samples import DATA, extract, needs

JAPANESE = {"報告書.txt": "報告書 about Hotan", "写真/証言一覧.txt": "証言 from Aksu"}


def _japanese_tree(folder: Path) -> Path:
    for name, text in JAPANESE.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_shift_jis_member_names_are_decoded(tmp_path: Path) -> None:
    needs("bsdtar")
    tree = _japanese_tree(tmp_path / "tree")
    archive = tmp_path / "sjis.zip"
    # A ZIP as Japanese Windows writes it: names in Shift-JIS (code page 932), no UTF-8 flag.
    subprocess.run(
        ["bsdtar", "--format", "zip", "--options", "zip:hdrcharset=CP932", "-cf", str(archive), *JAPANESE],
        cwd=tree,
        check=True,
    )
    assert "報告書".encode("shift_jis") in archive.read_bytes()
    extracted = extract(archive)
    assert sorted(c.name for c in extracted.children) == sorted(JAPANESE)


@pytest.mark.parametrize("writer", ["bsdtar", "py7zr"])
def test_7z_members_are_children(tmp_path: Path, writer: str) -> None:
    tree = _japanese_tree(tmp_path / "tree")
    archive = tmp_path / "bundle.7z"
    if writer == "bsdtar":
        needs("bsdtar")
        subprocess.run(["bsdtar", "--format", "7zip", "-cf", str(archive), *JAPANESE], cwd=tree, check=True)
    else:
        import py7zr

        with py7zr.SevenZipFile(archive, "w") as out:
            for name in JAPANESE:
                out.write(tree / name, name)
    extracted = extract(archive)
    assert extracted.file_type == "7z" and extracted.status == OK
    children = {c.name: Path(c.path).read_text(encoding="utf-8") for c in extracted.children}
    assert children == JAPANESE
    assert extracted.metadata["part_count"] == 2


def test_encrypted_7z_is_named_encrypted(tmp_path: Path) -> None:
    import py7zr

    (tmp_path / "secret.txt").write_text("Sealed list", encoding="utf-8")
    archive = tmp_path / "sealed.7z"
    with py7zr.SevenZipFile(archive, "w", password="pw", header_encryption=True) as out:
        out.write(tmp_path / "secret.txt", "secret.txt")
    extracted = extract(archive)
    assert extracted.status == ERROR and "encrypted 7z archive" in (extracted.error or "")


def test_rar_archives(tmp_path: Path) -> None:
    if not (shutil.which("unar") or shutil.which("bsdtar") or shutil.which("unrar")):
        pytest.skip("needs unar or bsdtar (scripts/system-deps.sh office)")
    plain = extract(_copy(DATA / "rar5-quick-open.rar", tmp_path))
    assert plain.file_type == "rar" and plain.status == OK
    assert [c.name for c in plain.children] == ["stest1.txt", "stest2.txt"]
    assert all(Path(c.path).stat().st_size == 2048 for c in plain.children)
    folders = extract(_copy(DATA / "rar3-subdirs.rar", tmp_path))
    assert "sub/üȵĩöḋè/file.txt" in {c.name for c in folders.children}
    locked = extract(_copy(DATA / "rar5-psw.rar", tmp_path))  # members encrypted: each a failure line
    assert locked.children == [] and [m for m, _ in locked.child_errors] == ["stest1.txt", "stest2.txt"]
    assert locked.metadata["part_count"] == 2
    hidden = extract(_copy(DATA / "rar5-hpsw.rar", tmp_path))  # even the member list is encrypted
    assert hidden.status == ERROR and "encrypted RAR archive" in (hidden.error or "")


def test_a_rar_cut_off_inside_its_headers_is_damaged_not_an_empty_archive(tmp_path: Path) -> None:
    whole = (DATA / "rar5-quick-open.rar").read_bytes()
    cut = tmp_path / "cut.rar"
    cut.write_bytes(whole[:60])  # the signature and the main header; no member's header
    extracted = extract(cut)
    assert extracted.status == ERROR and "damaged or truncated RAR archive" in (extracted.error or "")


def test_one_part_of_a_split_archive_is_named_as_such(tmp_path: Path) -> None:
    import py7zr

    (tmp_path / "report.txt").write_bytes(bytes(range(256)) * 400)
    whole = tmp_path / "whole.7z"
    with py7zr.SevenZipFile(whole, "w") as out:
        out.write(tmp_path / "report.txt", "report.txt")
    part = tmp_path / "leak.7z.001"  # as 7-Zip names the first of several volumes
    part.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    extracted = extract(part)  # cut before its closing header: its data recovered, its names lost
    assert extracted.status == OK and [c.name for c in extracted.children] == ["recovered data (member names lost)"]
    assert "one part of a split archive" in (extracted.error or "")
    assert "leak.7z.001" in (extracted.error or "")


def test_a_file_named_as_an_archive_whose_bytes_are_no_format_says_so(tmp_path: Path) -> None:
    import tarfile

    (tmp_path / "note.txt").write_text("Detained in Hotan in 2018.", encoding="utf-8")
    whole = tmp_path / "whole.tar"
    with tarfile.open(whole, "w") as out:
        out.add(tmp_path / "note.txt", "note.txt")
    cut = tmp_path / "leak.tar"
    cut.write_bytes(whole.read_bytes()[:100])  # cut inside the first member's header
    extracted = extract(cut)
    assert extracted.status == ERROR
    assert "named .tar" in (extracted.error or "") and "damaged, truncated or misnamed" in (extracted.error or "")
    nameless = tmp_path / "blob"
    nameless.write_bytes(whole.read_bytes()[:100])
    assert extract(nameless).error == "unrecognised binary file: not a format Habeas can read"


def _copy(source: Path, folder: Path) -> Path:
    target = folder / source.name
    shutil.copyfile(source, target)
    return target


def test_sqlite_tables_are_records(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("create table transfers(name text, origin text, year int)")
        connection.executemany(
            "insert into transfers values (?,?,?)", [("Abdurehim", "Kashgar", 2018), ("Mihray", "Ghulja", 2019)]
        )
    connection.close()
    extracted = extract(path)
    assert extracted.file_type == "sqlite" and extracted.status == OK
    first = extracted.rows[0]
    assert (first.sheet, first.values) == ("transfers", {"name": "Abdurehim", "origin": "Kashgar", "year": "2018"})


def test_dbf_table_is_records(tmp_path: Path) -> None:
    extracted = extract(_copy(DATA / "people.dbf", tmp_path))
    assert extracted.file_type == "dbf" and extracted.status == OK
    assert [r.values["NAME"] for r in extracted.rows] == ["Alice", "Bob"]


def _page_images(texts: list[str]) -> list[object]:
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.load_default(size=48)
    pages = []
    for text in texts:
        page = Image.new("L", (900, 200), 255)
        ImageDraw.Draw(page).text((30, 60), text, fill=0, font=font)
        pages.append(page)
    return pages


@pytest.fixture
def tesseract() -> None:
    needs("tesseract")


def test_multipage_tiff_page_by_page(tmp_path: Path, tesseract: None) -> None:
    first, second = _page_images(["FIRST PAGE HOTAN", "SECOND PAGE AKSU"])
    first.save(tmp_path / "scan.tiff", save_all=True, append_images=[second])  # type: ignore[attr-defined]
    extracted = extract(tmp_path / "scan.tiff")
    assert extracted.status == OK and extracted.paginated
    assert "HOTAN" in extracted.pages[0] and "AKSU" in extracted.pages[1]


def test_jpeg2000(tmp_path: Path, tesseract: None) -> None:
    (page,) = _page_images(["JPEG TWO THOUSAND KORLA"])
    page.save(tmp_path / "scan.jp2")  # type: ignore[attr-defined]
    extracted = extract(tmp_path / "scan.jp2")
    assert extracted.file_type == "image" and "KORLA" in extracted.text


def test_djvu_without_a_text_layer_is_ocrd(tmp_path: Path, tesseract: None) -> None:
    needs("cjb2", "djvused")
    (page,) = _page_images(["DJVU PAGE TURPAN"])
    page.convert("1").save(tmp_path / "page.pbm")  # type: ignore[attr-defined]
    subprocess.run(["cjb2", str(tmp_path / "page.pbm"), str(tmp_path / "page.djvu")], check=True)
    extracted = extract(tmp_path / "page.djvu")
    assert extracted.file_type == "djvu" and "TURPAN" in extracted.text


def test_audio_is_stored_with_metadata_and_never_ocrd(tmp_path: Path) -> None:
    with wave.open(str(tmp_path / "interview.wav"), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x00\x00" * 16000)
    extracted = extract(tmp_path / "interview.wav")
    assert extracted.file_type == "media" and extracted.status == OK
    assert extracted.metadata["length"] == 2.0 and extracted.metadata["transcription"] == "not transcribed"
    assert "ocr_languages" not in extracted.metadata


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("乌鲁木齐市中级人民法院判处伊力哈木·土赫提无期徒刑。这是一份关于新疆拘留营的调查报告。", "gb18030"),
        ("烏魯木齊市中級人民法院判處伊力哈木·土赫提無期徒刑。這是一份關於新疆拘留營的調查報告。", "big5"),
        ("新疆ウイグル自治区の強制収容所に関する報告書です。証言によると多くの人が拘束された。", "shift_jis"),
        ("تقرير عن المعتقلين في شينجيانغ. شهادات من كاشغر وخوتان.", "cp1256"),
        ("name,city\nMüller,Zürich\nJosé,São Paulo\nFrançois,Besançon\n", "mac_roman"),
        ("Le cœur de l'été à Besançon — «déjà» vu, à Zürich.", "cp1252"),
    ],
)
def test_legacy_encodings_detected_per_file(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / ("table.csv" if "," in text and "\n" in text else "note.txt")
    path.write_bytes(text.encode(encoding))
    extracted = extract(path)
    assert extracted.status == OK
    assert decode_text(text.encode(encoding)).text == text
    assert text.split("\n")[1 if "\n" in text else 0].split(",")[0] in extracted.text
    assert "encoding_problem" not in extracted.metadata


def test_mostly_utf8_is_kept_and_flagged(tmp_path: Path) -> None:
    good = "Уйгурская правозащитная организация сообщает о задержаниях. " * 10
    path = tmp_path / "damaged.txt"
    path.write_bytes(good.encode() + b"\xff\xfe broken " + "конец".encode())
    extracted = extract(path)
    assert extracted.status == OK
    assert extracted.text.startswith(good) and extracted.text.endswith("\ufffd\ufffd broken конец")
    assert extracted.metadata["encoding_problem"].startswith("2 bytes were not valid utf-8")
