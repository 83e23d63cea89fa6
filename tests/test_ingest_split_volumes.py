"""Archives split into volumes, taken in on a real SQLite store: every volume of a set in one ingest
(a folder, or a ZIP holding them) is read as one archive whose members are the first volume's
children, each later volume a document of its own linked to it; a set that misses a volume fails
with a line naming it; running the ingest again adds nothing.

7z, ZIP and TAR volumes are cut here from archives py7zr, zipfile and tarfile write, as 7-Zip's
``-v`` option cuts them; ZIP spanned archives are written by Info-ZIP's ``zip -s``; RAR volumes are
rarfile's samples (stored) and unrardll's (compressed) (tests/data/SOURCES.md), since no tool here
writes RAR."""

from __future__ import annotations

import hashlib
import io
import lzma
import os
import subprocess
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import docs_by_name, failure_for, hit_ids
from conftest import ingest_unanalysed as ingest
from habeas.ingest.model import ERROR, OK
from habeas.ingest.volumes import gather_sets, volume_sets
from habeas.services import Caller, documents
from habeas.store.store import Store
from test_formats_samples import DATA, extract, needs

STATEMENT = "".join(f"Line {n}: the witness was held at the Yarkand facility for questioning.\n" for n in range(500))
TOKEN = "Qizilsu7731"  # one word, found only at the end of the statement, after the first volume
VOLUME_BYTES = 20_000

# The SHA-256 of each RAR volume as rarfile 4.5 and unrardll 0.1.7 ship it (kept xz-compressed here).
RAR_SHIPPED = {
    "example_split_archive.part1.rar": "0abfcfba6e3be860aba67c8b3751928fff5bdc55457171f9b8f658be3b0b3a27",
    "example_split_archive.part2.rar": "0febdf4bc9706d98fb8524a403f0cbb507328b9ffe1aad6451a8b1d0e583d62c",
    "example_split_archive.part3.rar": "428e0dd03c860040bd543d443acddaeca8c46a4bc5639946c0c0a24c489c485e",
    "rar5-vols.part1.rar": "c997e965ad319646e3bead59b372a9bd87459aa471c8bc8ad02267d43e328c2f",
    "rar5-vols.part2.rar": "484343c1ca19e1eac8103946f1c0e7746d6df5d995f8f55395f03786ad34e709",
    "rar5-vols.part3.rar": "0b117cf1cb7b46877124d5f07ebc45580b4a5feadc24f5578196036a32c9eadc",
    "rar3-old.rar": "57f57c2d61f4a6b437cbb38fbabecb42e6f826b5d3ce952d6e74cbbc7d5dcd71",
    "rar3-old.r00": "f0741e5cba62f81280136d841318af1a448c1d446d931c34039d0b4c834dab42",
    "rar3-old.r01": "c0bd5bf9d02916b2aa23661e1448833bab3e96cc244189ae3ffdba9909d6d9a5",
}


def members() -> dict[str, bytes]:
    """Text that hardly compresses, then a statement, which so lies in a later volume than the first."""
    return {
        "scans/noise.txt": os.urandom(100_000).hex().encode(),
        "statements/witness.txt": (STATEMENT + f"Signed at {TOKEN}.\n").encode(),
    }


def cut(archive: bytes, folder: Path, base: str) -> list[Path]:
    """The archive cut into volumes of VOLUME_BYTES, named base.001, base.002... as 7-Zip names them."""
    folder.mkdir(parents=True, exist_ok=True)
    volumes = []
    for number, start in enumerate(range(0, len(archive), VOLUME_BYTES), start=1):
        volume = folder / f"{base}.{number:03d}"
        volume.write_bytes(archive[start : start + VOLUME_BYTES])
        volumes.append(volume)
    return volumes


def seven_zip(folder: Path) -> list[Path]:
    import py7zr

    buffer = io.BytesIO()
    with py7zr.SevenZipFile(buffer, "w") as out:
        for name, data in members().items():
            out.writestr(data, name)
    return cut(buffer.getvalue(), folder, "leak.7z")


def zip_cut(folder: Path) -> list[Path]:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in members().items():
            out.writestr(name, data)
    return cut(buffer.getvalue(), folder, "leak.zip")


def tar_cut(folder: Path) -> list[Path]:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as out:
        for name, data in members().items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            out.addfile(info, io.BytesIO(data))
    return cut(buffer.getvalue(), folder, "leak.tar")


def zip_spanned(folder: Path) -> list[Path]:
    """A spanned ZIP as Info-ZIP writes it: leak.z01, leak.z02... and leak.zip last."""
    needs("zip")
    source = folder.parent / "spanned-source"
    for name, data in members().items():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_bytes(data)
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["zip", "-q", "-r", "-s", "64k", str(folder / "leak.zip"), "."], cwd=source, check=True)
    volumes = [*sorted(folder.glob("leak.z[0-9]*")), folder / "leak.zip"]
    assert len(volumes) >= 2
    return volumes


def rar_sample(names: list[str]) -> Callable[[Path], list[Path]]:
    def make(folder: Path) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        volumes = []
        for name in names:
            volume = folder / name
            volume.write_bytes(lzma.decompress((DATA / f"{name}.xz").read_bytes()))
            assert hashlib.sha256(volume.read_bytes()).hexdigest() == RAR_SHIPPED[name]
            volumes.append(volume)
        return volumes

    return make


SETS: dict[str, tuple[Callable[[Path], list[Path]], str, str]] = {
    # kind: (how its volumes are made, a member's name, a word found only in that member's end)
    "7z": (seven_zip, "witness.txt", TOKEN),
    "zip": (zip_cut, "witness.txt", TOKEN),
    "tar": (tar_cut, "witness.txt", TOKEN),
    "zip-spanned": (zip_spanned, "witness.txt", TOKEN),
    # rarfile's sample: a 205,000-byte file of numbered lines (1 to 5000) split over the volumes.
    "rar-parts": (
        rar_sample([f"rar5-vols.part{n}.rar" for n in (1, 2, 3)]),
        "bigfile.txt",
        "5000",
    ),
    "rar-old": (rar_sample(["rar3-old.rar", "rar3-old.r00", "rar3-old.r01"]), "bigfile.txt", "5000"),
}


# unrardll's sample: one compressed member (a 20-page PDF of 5,332,269 bytes, whose pages are
# pictures) over three volumes; the PDF's SHA-256 as unar unpacks it.
COMPRESSED_RAR = [f"example_split_archive.part{n}.rar" for n in (1, 2, 3)]
COMPRESSED_MEMBER = ("Fifteen_Feet_of_Time.pdf", "5d88e6c35425d50e4521aaf1e88e63f832586b306ed18186af8447a1092a8992")
RAR_SETS = {
    "rar-compressed": COMPRESSED_RAR,
    "rar-parts": [f"rar5-vols.part{n}.rar" for n in (1, 2, 3)],
    "rar-old": ["rar3-old.rar", "rar3-old.r00", "rar3-old.r01"],
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def shown(store: Store, doc_id: str) -> dict[str, Any]:
    return documents.show_document(Caller(store), doc_id)


@pytest.mark.parametrize("kind", list(SETS))
def test_every_volume_in_a_folder_is_read_as_one_archive(sqlite_store: Store, tmp_path: Path, kind: str) -> None:
    make, member, word = SETS[kind]
    volumes = make(tmp_path / "leak")
    report = ingest(sqlite_store, tmp_path / "leak")
    assert report.failed == []
    docs = docs_by_name(sqlite_store)
    first = docs[volumes[0].name]
    assert first["status"] == OK
    child = docs[member]
    assert child["parent_id"] == first["id"] and child["status"] == OK
    assert child["id"] in hit_ids(sqlite_store, word)  # the member's end, past the first volume, is searchable
    read = shown(sqlite_store, first["id"])["metadata"]["volumes"]
    assert [v["name"] for v in read] == [v.name for v in volumes]
    assert [v["sha256"] for v in read] == [sha256(v) for v in volumes]
    for position, (volume, listed) in enumerate(zip(volumes[1:], read[1:], strict=True), start=2):
        later = docs[volume.name]
        assert later["status"] == OK and listed["document"] == later["id"]
        linked = shown(sqlite_store, later["id"])["metadata"]["volume_of"]
        assert linked["document"] == first["id"] and linked["volume"] == listed["volume"] == position
        assert [c["sha256"] for c in shown(sqlite_store, later["id"])["custody"]] == [sha256(volume)]


def test_running_the_ingest_again_adds_nothing(sqlite_store: Store, tmp_path: Path) -> None:
    volumes = seven_zip(tmp_path / "leak")
    first = ingest(sqlite_store, tmp_path / "leak")
    count = len(docs_by_name(sqlite_store))
    again = ingest(sqlite_store, tmp_path / "leak")
    assert again.failed == [] and again.new == [] and again.duplicates == len(volumes)
    assert len(docs_by_name(sqlite_store)) == count == len(first.new)


def test_a_missing_volume_is_named_on_each_volume_present(sqlite_store: Store, tmp_path: Path) -> None:
    volumes = seven_zip(tmp_path / "leak")
    assert len(volumes) >= 3
    kept = volumes[1].read_bytes()
    volumes[1].unlink()
    report = ingest(sqlite_store, tmp_path / "leak")
    docs = docs_by_name(sqlite_store)
    for number, volume in ((1, volumes[0]), (3, volumes[2])):
        error = failure_for(report, volume.name)
        assert error.startswith(f"volume {number} of a split 7z archive; leak.7z.002 is not in this ingest")
        assert docs[volume.name]["status"] == ERROR and docs[volume.name]["error"] == error
    assert "witness.txt" not in docs
    # The missing volume arrives: the folder ingested again reads the set, the stored volumes included.
    volumes[1].write_bytes(kept)
    again = ingest(sqlite_store, tmp_path / "leak")
    assert again.failed == []
    docs = docs_by_name(sqlite_store)
    assert all(docs[v.name]["status"] == OK for v in volumes)
    assert docs["witness.txt"]["parent_id"] == docs["leak.7z.001"]["id"]


def test_a_missing_last_volume_is_suspected_when_the_set_cannot_be_read(sqlite_store: Store, tmp_path: Path) -> None:
    volumes = seven_zip(tmp_path / "leak")
    volumes[-1].unlink()  # nothing in the names says a volume came after the last one present
    report = ingest(sqlite_store, tmp_path / "leak")
    error = failure_for(report, volumes[0].name)
    assert error.startswith("damaged or truncated 7z archive")
    assert f"its {len(volumes) - 1} volumes, leak.7z.001 to {volumes[-2].name}, read together" in error
    assert "a volume after the last is missing" in error
    assert [f["path"] for f in report.failed] == [str(volumes[0])]  # the later volumes are stored, linked


def test_a_missing_last_volume_of_a_spanned_zip_is_named(sqlite_store: Store, tmp_path: Path) -> None:
    volumes = zip_spanned(tmp_path / "leak")
    volumes[-1].unlink()  # leak.zip, which holds the archive's directory
    report = ingest(sqlite_store, tmp_path / "leak")
    error = failure_for(report, "leak.z01")
    assert error.startswith("volume 1 of a split zip archive; leak.zip is not in this ingest")


def test_volumes_inside_a_zip_are_read_together(sqlite_store: Store, tmp_path: Path) -> None:
    volumes = seven_zip(tmp_path / "parts")
    bundle = tmp_path / "in" / "shipment.zip"
    bundle.parent.mkdir()
    with zipfile.ZipFile(bundle, "w") as out:
        for volume in volumes:
            out.write(volume, f"upload/{volume.name}")
    report = ingest(sqlite_store, bundle)
    assert report.failed == []
    docs = docs_by_name(sqlite_store)
    assert docs["leak.7z.001"]["parent_id"] == docs["shipment.zip"]["id"]
    assert docs["witness.txt"]["parent_id"] == docs["leak.7z.001"]["id"]
    assert docs["witness.txt"]["id"] in hit_ids(sqlite_store, TOKEN)
    container = shown(sqlite_store, docs["shipment.zip"]["id"])
    assert container["status"] == OK  # every part in: no volume left waiting
    assert {d["id"] for d in documents.list_documents(Caller(sqlite_store)) if d["parent_id"] == container["id"]} == {
        docs[v.name]["id"] for v in volumes
    }


@pytest.mark.parametrize(
    ("kind", "says"),
    [
        ("7z", "looks like one part of a split archive"),
        ("rar-parts", "rar5-vols.part2.rar, the volume after rar5-vols.part1.rar, is not here"),
    ],
)
def test_a_first_volume_alone_still_says_it_is_one_part(
    sqlite_store: Store, tmp_path: Path, kind: str, says: str
) -> None:
    make, _member, _word = SETS[kind]
    volumes = make(tmp_path / "leak")
    report = ingest(sqlite_store, volumes[0])
    error = failure_for(report, volumes[0].name)
    assert says in error
    assert "blobs" not in error and str(sqlite_store.settings.store) not in error  # no path inside the store


def test_a_compressed_rar_set_is_read_as_one_archive(tmp_path: Path) -> None:
    """Read at the format's level: taken into a store, the PDF would be OCR'd page by page."""
    import rarfile

    volumes = rar_sample(COMPRESSED_RAR)(tmp_path / "leak")
    with rarfile.RarFile(volumes[0]) as archive:
        (info,) = archive.infolist()
    assert info.compress_type != rarfile.RAR_M0 and info.compress_size > 2 * volumes[0].stat().st_size
    extracted = extract(volumes[0])
    assert extracted.status == OK and extracted.child_errors == [] and extracted.metadata["volumes_read"] == 3
    assert [(child.name, sha256(Path(child.path))) for child in extracted.children] == [COMPRESSED_MEMBER]


def test_a_compressed_rar_set_missing_its_middle_volume_names_it(sqlite_store: Store, tmp_path: Path) -> None:
    volumes = rar_sample(COMPRESSED_RAR)(tmp_path / "leak")
    volumes[1].unlink()
    report = ingest(sqlite_store, tmp_path / "leak")
    for number, volume in ((1, volumes[0]), (3, volumes[2])):
        error = failure_for(report, volume.name)
        assert error.startswith(f"volume {number} of a split rar archive; {COMPRESSED_RAR[1]} is not in this ingest")
    assert len(report.failed) == 2 and COMPRESSED_MEMBER[0] not in docs_by_name(sqlite_store)


@pytest.mark.parametrize("kind", list(RAR_SETS))
def test_a_rar_set_missing_its_last_volume_names_it(sqlite_store: Store, tmp_path: Path, kind: str) -> None:
    """Nothing in the names says a volume comes after the last one here; the RAR's own headers do."""
    names = RAR_SETS[kind]
    volumes = rar_sample(names)(tmp_path / "leak")
    volumes[-1].unlink()
    report = ingest(sqlite_store, tmp_path / "leak")
    assert [f["path"] for f in report.failed] == [str(volumes[0])]  # the second volume is stored, linked
    assert failure_for(report, names[0]) == (
        f"volume 1 of a split rar archive; {names[2]}, the volume after {names[1]}, is not here, "
        "so its members cannot be read (ingest every volume together)"
    )


@pytest.mark.parametrize(
    ("names", "missing"),
    [
        (["x.7z.001", "x.7z.002", "x.7z.003"], []),
        (["x.7z.001", "x.7z.003"], ["x.7z.002"]),
        (["x.7z.002"], ["x.7z.001"]),
        (["x.part01.rar", "x.part03.rar"], ["x.part02.rar"]),
        (["x.rar", "x.r01"], ["x.r00"]),
        (["x.z01", "x.z02"], ["x.zip"]),
        (["x.z01"], ["x.zip"]),
        (["x.z02", "x.zip"], ["x.z01"]),
        (["X.7Z.001", "x.7z.002"], []),
    ],
)
def test_sets_and_their_missing_volumes_by_name(names: list[str], missing: list[str]) -> None:
    (found,) = volume_sets(names, str, lambda name: "")
    assert found.missing == missing
    assert [name for _volume, name in found.volumes] == names


@pytest.mark.parametrize("names", [["x.7z.001"], ["x.zip"], ["x.rar"], ["x.part1.rar"], ["notes.txt", "x.zip"]])
def test_a_whole_archive_or_a_first_volume_alone_is_no_set(names: list[str]) -> None:
    assert volume_sets(names, str, lambda name: "") == []


def test_volumes_in_different_folders_are_different_sets() -> None:
    sets = volume_sets(["a/x.7z.001", "b/x.7z.002"], lambda path: path.split("/")[1], lambda path: path.split("/")[0])
    assert [s.missing for s in sets] == [["x.7z.001"]]


def test_a_complete_set_is_carried_by_its_first_volume_and_an_incomplete_one_noted() -> None:
    names = ["notes.txt", "a.7z.001", "a.7z.002", "b.7z.001", "b.7z.003"]
    gathered = gather_sets(
        names,
        str,
        lambda name: "",
        lambda first, later: "+".join((first, *later)),
        lambda name, note: f"{name}: {note}",
    )
    assert gathered[:2] == ["notes.txt", "a.7z.001+a.7z.002"]  # the later volume leaves the list
    assert [line.split(": ")[0] for line in gathered[2:]] == ["b.7z.001", "b.7z.003"]
    assert all("b.7z.002 is not in this ingest" in line for line in gathered[2:])
