"""Evidence packages: what goes in, that a package verifies with the public key alone, and that one
flipped byte anywhere (any file, the manifest, the signature) or another key makes it fail."""

from __future__ import annotations

import hashlib
import io
import json
import tracemalloc
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nacl.signing import SigningKey
from sqlalchemy import delete

from conftest import ACTOR, COLLECTOR, Make, docs_by_name, ingest, module_store_fixture
from habeas import __version__
from habeas.config import LOCAL_OWNER as OWNER
from habeas.custody import package as evidence
from habeas.errors import ExportFailed, ExportRefused
from habeas.services import Caller, cases, documents, users
from habeas.services import custody as custody_service
from habeas.services.custody import audit_trail
from habeas.store import audit
from habeas.store.models import AuditEntry
from habeas.store.store import Store
from tamper import lift_audit_guard

KEY = SigningKey(bytes(range(32)))  # a fixed test key; real ones come from ``habeas keys init``
OTHER_KEY = SigningKey(bytes(range(1, 33)))
PAGES = ["First page: the Integrated Joint Operations Platform.", "Second page: camps near Aksu."]


@dataclass
class Packed:
    store: Store
    folder: Path
    package: Path
    result: dict[str, Any]
    manifest: dict[str, Any]
    docs: dict[str, dict[str, Any]]


def fill(store: Store, folder: Path) -> Packed:
    Make.pdf(folder / "leak" / "hearing.pdf", PAGES, title="Hearing")
    Make.text(folder / "leak" / "memo.txt", "Memo about the Hotan facility.")
    Make.zip(folder / "leak" / "bundle.zip", {"inner/c.txt": b"Words about the Korla region."})
    ingest(store, folder / "leak", source="ICIJ China Cables", grade="B")
    Make.text(folder / "other" / "elsewhere.txt", "A file of another case.")
    ingest(store, folder / "other", case="second")
    package = folder / "package.zip"
    result = custody_service.export_evidence(Caller(store, OWNER), package, KEY, case="main")
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    return Packed(store, folder, package, result, manifest, docs_by_name(store))


packed = module_store_fixture(workers=1)


def _members(package: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(package) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _rewrite(package: Path, target: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


def test_an_intact_package_verifies(packed: Packed) -> None:
    result = evidence.verify_package(packed.package, KEY.verify_key)
    assert result["ok"] is True and result["problems"] == []
    assert result["files_checked"] == len(packed.manifest["files"])
    assert result["manifest_sha256"] == packed.result["manifest_sha256"]
    assert result["case"] == "main"


def test_the_package_holds_the_untouched_originals(packed: Packed) -> None:
    members = _members(packed.package)
    for name in ("hearing.pdf", "memo.txt", "bundle.zip", "c.txt"):
        doc = packed.docs[name]
        path = f"originals/{doc['sha256']}/{name}"
        assert members[path] == packed.store.blobs.path_for(doc["sha256"]).read_bytes()
        assert hashlib.sha256(members[path]).hexdigest() == doc["sha256"]
    assert (packed.folder / "leak" / "memo.txt").read_bytes() in members.values()
    assert not any("elsewhere" in name for name in members)  # only the case asked for


def test_the_manifest_lists_provenance_custody_and_texts(packed: Packed) -> None:
    manifest = packed.manifest
    assert manifest["format"] == "habeas-evidence-package/1" and manifest["tool"] == f"habeas {__version__}"
    assert manifest["scope"] == {"case": "main"} and manifest["created_by"] == OWNER
    by_name = {d["file_name"]: d for d in manifest["documents"]}
    assert set(by_name) == {"hearing.pdf", "memo.txt", "bundle.zip", "c.txt"}
    pdf = by_name["hearing.pdf"]
    assert (pdf["source"], pdf["grade"], pdf["collector"]) == ("ICIJ China Cables", "B", COLLECTOR)
    assert pdf["method"] == f"habeas ingest {__version__}" and pdf["tool_version"] == __version__
    assert pdf["collected_at"] and pdf["sha256"] == packed.docs["hearing.pdf"]["sha256"]
    [custody] = pdf["custody"]
    assert custody["original_path"].endswith("hearing.pdf") and custody["actor"] == ACTOR
    assert [t["page"] for t in pdf["texts"]] == [1, 2]
    members = _members(packed.package)
    assert [members[t["path"]].decode() for t in pdf["texts"]] == [
        p["text"] for p in documents.show_document(Caller(packed.store), pdf["id"])["pages"]
    ]
    assert PAGES[1].split(":")[0] in members[pdf["texts"][1]["path"]].decode()
    assert pdf["analyser_version"] and pdf["analyser_version"].startswith("habeas-analyse")
    assert by_name["c.txt"]["parent_id"] == by_name["bundle.zip"]["id"]
    # every member but the manifest and its signature is listed, with its hash and size
    listed = {f["path"]: f for f in manifest["files"]}
    assert set(listed) == set(members) - {"manifest.json", "manifest.sig"}
    for path, entry in listed.items():
        assert entry["sha256"] == hashlib.sha256(members[path]).hexdigest()
        assert entry["size"] == len(members[path])


def test_the_export_is_audited_and_the_package_anchors_the_head(packed: Packed) -> None:
    trail = audit_trail(Caller(packed.store), limit=0)
    exports = [e for e in trail["entries"] if e["action"] == "export.evidence"]
    assert len(exports) == 1 and exports[0]["actor"] == OWNER and exports[0]["target"] == "package.zip"
    head = packed.manifest["audit_head"]
    assert head["seq"] == exports[0]["seq"] - 1  # the head when the package was made
    with packed.store.db.reading() as session:
        export_entry = session.get(AuditEntry, exports[0]["seq"])
        anchored = session.get(AuditEntry, head["seq"])
    assert export_entry is not None and export_entry.details["manifest_sha256"] == packed.result["manifest_sha256"]
    assert anchored is not None and anchored.hash == head["hash"]
    assert audit_trail(Caller(packed.store), packages=[packed.package])["ok"]


def test_manifest_and_signature_can_be_checked_by_hand(packed: Packed) -> None:
    members = _members(packed.package)
    import base64

    KEY.verify_key.verify(members["manifest.json"], base64.b64decode(members["manifest.sig"]))
    assert b"habeas verify-package" in members["README.txt"]


# -- what makes verification fail ------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_one_flipped_byte_anywhere_fails(packed: Packed, tmp_path: Path, data: st.DataObject) -> None:
    members = _members(packed.package)
    names = sorted(n for n, b in members.items() if b)
    name = data.draw(st.sampled_from(names), label="member")
    position = data.draw(st.integers(0, len(members[name]) - 1), label="position")
    bit = data.draw(st.integers(0, 7), label="bit")
    flipped = bytearray(members[name])
    flipped[position] ^= 1 << bit
    bad = _rewrite(packed.package, tmp_path / "bad.zip", {**members, name: bytes(flipped)})
    result = evidence.verify_package(bad, KEY.verify_key)
    assert result["ok"] is False and result["problems"]


@pytest.mark.parametrize("name", ["manifest.json", "manifest.sig", "README.txt"])
def test_the_first_byte_of_each_special_file(packed: Packed, tmp_path: Path, name: str) -> None:
    members = _members(packed.package)
    data = members[name]
    bad = _rewrite(packed.package, tmp_path / "bad.zip", {**members, name: bytes([data[0] ^ 1]) + data[1:]})
    assert evidence.verify_package(bad, KEY.verify_key)["ok"] is False


def test_every_last_signature_character_counts(packed: Packed, tmp_path: Path) -> None:
    """Base64 ignores the low bits of the last character before ``==``; the check does not."""
    members = _members(packed.package)
    sig = members["manifest.sig"].decode()
    last = sig.index("=") - 1
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    for replacement in alphabet:
        if replacement == sig[last]:
            continue
        forged = sig[:last] + replacement + sig[last + 1 :]
        bad = _rewrite(packed.package, tmp_path / "bad.zip", {**members, "manifest.sig": forged.encode()})
        assert evidence.verify_package(bad, KEY.verify_key)["ok"] is False, replacement


def test_another_key_fails(packed: Packed) -> None:
    result = evidence.verify_package(packed.package, OTHER_KEY.verify_key)
    assert result["ok"] is False
    assert result["problems"] == [
        "manifest.sig: the signature does not match manifest.json under the key given: "
        "the manifest was changed, or the package was signed with another key"
    ]


def test_a_package_re_signed_by_another_key_fails(packed: Packed, tmp_path: Path) -> None:
    """Someone who alters a file and re-signs the manifest with their own key is caught by the key given."""
    import base64

    members = _members(packed.package)
    manifest = json.loads(members["manifest.json"])
    memo = next(f for f in manifest["files"] if f["path"].endswith("memo.txt"))
    forged = b"Memo about nothing at all."
    memo.update(sha256=hashlib.sha256(forged).hexdigest(), size=len(forged))
    manifest_bytes = json.dumps(manifest).encode()
    bad = _rewrite(
        packed.package,
        tmp_path / "bad.zip",
        {
            **members,
            memo["path"]: forged,
            "manifest.json": manifest_bytes,
            "manifest.sig": base64.b64encode(OTHER_KEY.sign(manifest_bytes).signature) + b"\n",
        },
    )
    assert evidence.verify_package(bad, OTHER_KEY.verify_key)["ok"] is True  # internally consistent...
    assert evidence.verify_package(bad, KEY.verify_key)["ok"] is False  # ...but not the case's


def test_a_missing_or_extra_file_fails(packed: Packed, tmp_path: Path) -> None:
    members = _members(packed.package)
    text = next(n for n in members if n.startswith("texts/"))
    missing = {k: v for k, v in members.items() if k != text}
    result = evidence.verify_package(_rewrite(packed.package, tmp_path / "a.zip", missing), KEY.verify_key)
    assert result["problems"] == [f"{text}: listed in the manifest but missing from the package"]
    extra = {**members, "originals/planted.txt": b"planted"}
    result = evidence.verify_package(_rewrite(packed.package, tmp_path / "b.zip", extra), KEY.verify_key)
    assert result["problems"] == ["originals/planted.txt: in the package but not in the manifest"]


def test_not_a_package(tmp_path: Path) -> None:
    junk = Make.text(tmp_path / "junk.zip", "not a zip at all")
    result = evidence.verify_package(junk, KEY.verify_key)
    assert result["ok"] is False and "not a readable ZIP file" in result["problems"][0]
    empty = _rewrite(junk, tmp_path / "empty.zip", {})
    assert evidence.verify_package(empty, KEY.verify_key)["problems"] == [
        "manifest.json: missing from the package",
        "manifest.sig: missing from the package",
    ]


# -- exporting ----------------------------------------------------------------------------------


def test_whole_store_and_who_may_export(store: Store, tmp_path: Path) -> None:
    ingest(store, Make.text(tmp_path / "in" / "a.txt", "Words about the Hotan region."))
    ingest(store, Make.text(tmp_path / "in2" / "b.txt", "Words about the Aksu region."), case="other")
    users.add_user(Caller(store, ACTOR), "rita", "reader", "a long password")
    users.add_user(Caller(store, ACTOR), "ivan", "investigator", "a long password")
    with pytest.raises(ExportRefused):
        custody_service.export_evidence(Caller(store, "rita"), tmp_path / "r.zip", KEY)
    with pytest.raises(ExportRefused):
        custody_service.export_evidence(Caller(store, "nobody"), tmp_path / "n.zip", KEY)
    assert not (tmp_path / "r.zip").exists()
    result = custody_service.export_evidence(Caller(store, "ivan"), tmp_path / "all.zip", KEY)
    assert result["documents"] == 2 and result["case"] is None
    manifest = json.loads(_members(tmp_path / "all.zip")["manifest.json"])
    assert manifest["scope"] == {"case": None, "whole_store": True}
    assert {d["case"] for d in manifest["documents"]} == {"main", "other"}
    assert evidence.verify_package(tmp_path / "all.zip", KEY.verify_key)["ok"]
    with pytest.raises(ValueError, match="no case called"):
        custody_service.export_evidence(Caller(store, OWNER), tmp_path / "x.zip", KEY, case="absent")
    with pytest.raises(ValueError, match="never written over"):
        custody_service.export_evidence(Caller(store, OWNER), tmp_path / "all.zip", KEY)
    with pytest.raises(ValueError, match="not a folder"):
        custody_service.export_evidence(Caller(store, OWNER), tmp_path / "absent" / "p.zip", KEY)
    assert not list(tmp_path.glob(".*partial*")) and not (tmp_path / "x.zip").exists()


def test_a_changed_original_is_never_exported(store: Store, tmp_path: Path) -> None:
    ingest(store, Make.text(tmp_path / "in" / "a.txt", "Words about the Hotan region."))
    [doc] = documents.list_documents(Caller(store))
    blob = store.blobs.path_for(doc["sha256"])
    blob.chmod(0o644)
    blob.write_bytes(b"Words about the Hotan region!")
    entries = audit_trail(Caller(store))["total"]
    with pytest.raises(ExportFailed, match="has changed"):
        custody_service.export_evidence(Caller(store, OWNER), tmp_path / "p.zip", KEY)
    assert not list(tmp_path.glob("*p.zip*"))  # no package, no partial file
    assert audit_trail(Caller(store))["total"] == entries  # and no export in the log


def test_a_package_remembers_the_head_after_the_log_is_cut(store: Store, tmp_path: Path) -> None:
    """Someone with file access cuts the log and rewrites the anchor file: a package handed out
    earlier still holds the old head."""
    for name in ("alpha", "beta", "gamma"):
        cases.create_case(Caller(store, ACTOR), name)
    package = tmp_path / "p.zip"
    custody_service.export_evidence(Caller(store, OWNER), package, KEY)
    lift_audit_guard(store)
    with store.db.transaction() as session:
        session.execute(delete(AuditEntry).where(AuditEntry.seq >= 3))
    store.audit_anchor.unlink()
    with store.db.transaction() as session:
        audit.append(session, "forger", "case.create", target="cover")
    assert not custody_service.verify(Caller(store))["ok"]  # the anchor log remembers (issue 13)
    trail = audit_trail(Caller(store), packages=[package])
    assert trail["ok"] is False
    assert "audit log: entry 3 is not the one the evidence package p.zip recorded" in trail["problems"]


def test_originals_stream_through_export_and_verification(tmp_path: Path) -> None:
    """A large original is copied and checked in chunks, never read whole into memory."""
    big = tmp_path / "big.bin"
    size = 48 * 1024 * 1024
    with big.open("wb") as fh:
        for i in range(size // (1024 * 1024)):
            fh.write(bytes([i % 251]) * (1024 * 1024))
    sha = hashlib.sha256(big.read_bytes()).hexdigest()
    package = tmp_path / "p.zip"
    tracemalloc.start()
    try:
        with zipfile.ZipFile(package, "w", allowZip64=True) as archive:
            evidence.Writer(archive).add_original("originals/big.bin", big, sha, size)
        _, peak_export = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        with zipfile.ZipFile(package) as archive:
            problem = evidence._file_problem(archive, "originals/big.bin", {"sha256": sha, "size": size})
        _, peak_verify = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert problem is None
    assert peak_export < 8 * 1024 * 1024 and peak_verify < 8 * 1024 * 1024, (peak_export, peak_verify)


def test_written_package_is_one_file(packed: Packed) -> None:
    assert not list(packed.folder.glob(".package.zip.partial-*"))
    with zipfile.ZipFile(packed.package) as archive:
        assert archive.testzip() is None
    assert io.BytesIO(packed.package.read_bytes()).getbuffer().nbytes == packed.result["bytes"]
