"""Evidence packages after the Berkeley Protocol: the untouched originals, their derived texts and a
manifest of every file's hash, provenance and custody, signed with the case signing key (Ed25519).

A package is a ZIP file::

    manifest.json          what the package holds (see ``manifest``); signed byte for byte
    manifest.sig           the Ed25519 signature of manifest.json, base64, one line
    README.txt             how to verify it
    originals/SHA256/NAME  each original file once, byte for byte
    texts/DOC_ID/page-0001.txt   the text Habeas read from each page

Anyone holding the case's public key checks a package with ``verify_package``: the signature
first (with the key given from outside; a key inside a package would prove nothing), then every
file's SHA-256 and size, then that no file is missing or extra. Files are streamed both ways, so
a package of large originals never sits in memory.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from habeas import __version__
from habeas.errors import ExportFailed
from habeas.progress import Progress
from habeas.store import audit
from habeas.store.analysis_models import AnalysisRun
from habeas.store.blobs import CHUNK
from habeas.store.models import Case, Custody, Document, Page
from habeas.store.store import Store
from habeas.store.workbench_models import document_annotations

FORMAT = "habeas-evidence-package/1"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
README = "README.txt"
ZIP64_ABOVE = 1 << 31
_SIGNATURE_TEXT = re.compile(r"[A-Za-z0-9+/]{86}==\n?")

README_TEXT = """\
Evidence package made by Habeas {version}.

manifest.json lists every other file of this package with its SHA-256 and size, where each
original came from (source, reliability grade, collector, collection time, method and tool
version), every custody event, and the text read from each page with the analyser's version.
manifest.sig is the Ed25519 signature of the bytes of manifest.json, base64-encoded.

To check it, obtain the case's public signing key from its holder through a channel you trust
(never from this package), then run:

    habeas verify-package THIS.zip --key case-signing.pub

or by hand: verify manifest.sig over manifest.json with the Ed25519 public key, then compare the
SHA-256 and size of every file listed in manifest.json, and check that no other file is present.
"""


# -- export ----------------------------------------------------------------------------------


@dataclass
class Writer:
    """Writes members into the package and remembers each one's hash and size for the manifest."""

    archive: zipfile.ZipFile
    files: list[dict[str, Any]] = field(default_factory=list)
    written_at: tuple[int, int, int, int, int, int] = field(default_factory=lambda: datetime.now(UTC).timetuple()[:6])

    def _open(self, name: str, size: int, compress: bool) -> IO[bytes]:
        info = zipfile.ZipInfo(name, date_time=self.written_at)
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        info.external_attr = 0o444 << 16
        return self.archive.open(info, "w", force_zip64=size >= ZIP64_ABOVE)

    def add_bytes(self, name: str, data: bytes, kind: str) -> dict[str, Any]:
        with self._open(name, len(data), compress=True) as out:
            out.write(data)
        entry = {"path": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data), "kind": kind}
        self.files.append(entry)
        return entry

    def add_original(self, name: str, source: Path, sha256: str, size: int) -> dict[str, Any]:
        """Copy a blob in, streamed, and refuse it unless it still hashes to what was ingested."""
        digest = hashlib.sha256()
        copied = 0
        try:
            with source.open("rb") as fh, self._open(name, size, compress=False) as out:
                while chunk := fh.read(CHUNK):
                    digest.update(chunk)
                    copied += len(chunk)
                    out.write(chunk)
        except FileNotFoundError as exc:
            raise ExportFailed(f"the original {sha256} is missing from the blob store; run habeas verify") from exc
        if digest.hexdigest() != sha256 or copied != size:
            raise ExportFailed(
                f"the original {sha256} has changed in the blob store (it now hashes to "
                f"{digest.hexdigest()}); run habeas verify"
            )
        entry = {"path": name, "sha256": sha256, "size": size, "kind": "original"}
        self.files.append(entry)
        return entry


@dataclass(frozen=True)
class SealedRequest:
    """An unsealing user's explicit request to put sealed fields in a package: each record is
    unsealed as ``unseal`` does it (grant, passphrase, one audit entry with the reason each)."""

    reason: str
    passphrase: str


def write_plain(
    archive: zipfile.ZipFile, name: str, data: bytes, written_at: tuple[int, int, int, int, int, int]
) -> None:
    info = zipfile.ZipInfo(name, date_time=written_at)
    info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, data)


def package_cases(session: Session, name: str | None) -> dict[int, str]:
    query = select(Case.id, Case.name).order_by(Case.name)
    if name is not None:
        query = query.where(Case.name == name)
    cases = {case_id: case_name for case_id, case_name in session.execute(query)}
    if name is not None and not cases:
        raise ValueError(f"no case called {name!r}")
    return cases


def write_documents(
    store: Store, session: Session, writer: Writer, cases: dict[int, str], progress: Progress
) -> Iterator[dict[str, Any]]:
    """Each document's manifest entry, writing its original (once per hash) and page texts."""
    ids = list(
        session.scalars(
            select(Document.id).where(Document.case_id.in_(cases)).order_by(Document.created_at, Document.id)
        )
    )
    progress.add_total(len(ids))
    written: dict[str, str] = {}  # sha256 -> path of the original in the package
    for batch_start in range(0, len(ids), 200):
        batch = ids[batch_start : batch_start + 200]
        docs = session.scalars(
            select(Document).where(Document.id.in_(batch)).order_by(Document.created_at, Document.id)
        ).all()
        custody: dict[str, list[Custody]] = {d: [] for d in batch}
        for row in session.scalars(select(Custody).where(Custody.document_id.in_(batch)).order_by(Custody.id)):
            custody[row.document_id].append(row)
        versions: dict[str, str] = {
            doc_id: version
            for doc_id, version in session.execute(
                select(AnalysisRun.document_id, AnalysisRun.analyser_version).where(AnalysisRun.document_id.in_(batch))
            )
        }
        notes = document_annotations(session, batch)  # documents' tags and notes; never an entity's
        for doc in docs:
            if doc.sha256 not in written:
                name = f"originals/{doc.sha256}/{_safe_name(doc.file_name)}"
                writer.add_original(name, store.blobs.path_for(doc.sha256), doc.sha256, doc.size)
                written[doc.sha256] = name
            texts = []
            for number, text in session.execute(
                select(Page.number, Page.text).where(Page.document_id == doc.id).order_by(Page.number)
            ):
                entry = writer.add_bytes(f"texts/{doc.id}/page-{number:04d}.txt", text.encode("utf-8"), "text")
                texts.append({"page": number, "path": entry["path"]})
            yield _document_entry(
                doc, cases[doc.case_id], written[doc.sha256], custody[doc.id], texts, versions.get(doc.id)
            ) | {"tags": notes.get(doc.id, {}).get("tags", []), "notes": notes.get(doc.id, {}).get("notes", [])}
            progress.advance(doc.file_name)


def custody_record(c: Custody) -> dict[str, Any]:
    """One hand a file passed through, as packages and the document view show it."""
    return {
        "source": c.source,
        "grade": c.grade,
        "collector": c.collector,
        "actor": c.actor,
        "received_at": c.received_at.isoformat(),
        "method": c.method,
        "original_name": c.original_name,
        "original_path": c.original_path,
        "sha256": c.sha256,
        "size": c.size,
    }


def _document_entry(
    doc: Document,
    case_name: str,
    original: str,
    custody: list[Custody],
    texts: list[dict[str, Any]],
    analyser_version: str | None,
) -> dict[str, Any]:
    first = custody[0] if custody else None
    return {
        "id": doc.id,
        "case": case_name,
        "title": doc.title,
        "file_name": doc.file_name,
        "file_type": doc.file_type,
        "language": doc.language,
        "status": doc.status,
        "error": doc.error,
        "sha256": doc.sha256,
        "size": doc.size,
        "original": original,
        "parent_id": doc.parent_id,
        "path_in_parent": doc.path_in_parent,
        # provenance of the first arrival; every later one is in "custody"
        "source": first.source if first else None,
        "grade": first.grade if first else None,
        "collector": first.collector if first else None,
        "collected_at": first.received_at.isoformat() if first else None,
        "method": first.method if first else None,
        "tool_version": first.method.rsplit(" ", 1)[-1] if first else None,
        "custody": [custody_record(c) for c in custody],
        "texts": texts,
        "extracted_by": first.method if first else None,
        "analyser_version": analyser_version,
    }


def build_manifest(
    cases: dict[int, str],
    case: str | None,
    actor: str,
    head: audit.Anchor | None,
    documents: list[dict[str, Any]],
    testimonies: list[dict[str, Any]],
    files: list[dict[str, Any]],
    signing_key: SigningKey,
    sealed_included: bool,
) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "tool": f"habeas {__version__}",
        "created_at": datetime.now(UTC).isoformat(),
        "created_by": actor,
        "scope": {"case": case} if case is not None else {"case": None, "whole_store": True},
        "cases": sorted(cases.values()),
        "audit_head": head.as_dict() if head else None,
        "signing_key_sha256": hashlib.sha256(bytes(signing_key.verify_key)).hexdigest(),
        "sealed_fields": "included at the request of an unsealing user" if sealed_included else "not included",
        "files": files,
        "documents": documents,
        "testimonies": testimonies,
    }


def _safe_name(name: str) -> str:
    """A file name reduced to one harmless path component inside the package."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].replace("\x00", "").strip()
    return base if base not in ("", ".", "..") else "original"


# -- verification --------------------------------------------------------------------------


def verify_package(package: Path, key: VerifyKey) -> dict[str, Any]:
    """Check a package with the public key given from outside it: its signature, then each file's
    SHA-256 and size, then that nothing is missing or extra. ``ok`` only when all holds."""
    problems: list[str] = []
    result: dict[str, Any] = {
        "package": str(package),
        "ok": False,
        "problems": problems,
        "files_checked": 0,
        "manifest_sha256": None,
        "case": None,
        "audit_head": None,
    }
    try:
        archive = zipfile.ZipFile(package)
    except (OSError, zipfile.BadZipFile) as exc:
        problems.append(f"{package}: not a readable ZIP file ({exc})")
        return result
    with archive:
        names = archive.namelist()
        duplicates = sorted({n for n in names if names.count(n) > 1})
        problems.extend(f"{n}: appears more than once in the package" for n in duplicates)
        manifest_bytes = _read_member(archive, MANIFEST, problems)
        signature_bytes = _read_member(archive, SIGNATURE, problems)
        if manifest_bytes is None or signature_bytes is None:
            return result
        result["manifest_sha256"] = hashlib.sha256(manifest_bytes).hexdigest()
        problems.extend(_signature_problems(manifest_bytes, signature_bytes, key))
        try:
            manifest = json.loads(manifest_bytes)
            listed = {f["path"]: f for f in manifest["files"]}
        except (ValueError, KeyError, TypeError) as exc:
            problems.append(f"{MANIFEST}: not a manifest Habeas can read ({exc})")
            return result
        result["case"] = manifest.get("scope", {}).get("case")
        result["audit_head"] = manifest.get("audit_head")
        present = set(names)
        for path, entry in listed.items():
            if path not in present:
                problems.append(f"{path}: listed in the manifest but missing from the package")
                continue
            problem = _file_problem(archive, path, entry)
            if problem:
                problems.append(problem)
            result["files_checked"] += 1
        for extra in sorted(present - set(listed) - {MANIFEST, SIGNATURE}):
            problems.append(f"{extra}: in the package but not in the manifest")
    result["ok"] = not problems
    return result


def _read_member(archive: zipfile.ZipFile, name: str, problems: list[str]) -> bytes | None:
    try:
        return archive.read(name)
    except KeyError:
        problems.append(f"{name}: missing from the package")
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        problems.append(f"{name}: damaged ({exc})")
    return None


def _signature_problems(manifest: bytes, signature_file: bytes, key: VerifyKey) -> list[str]:
    try:
        text = signature_file.decode("ascii")
        if not _SIGNATURE_TEXT.fullmatch(text):
            raise ValueError("not 64 bytes in base64 on one line")
        signature = base64.b64decode(text.removesuffix("\n"), validate=True)
        # Only the canonical spelling counts: base64 ignores the low bits of its last character.
        if base64.b64encode(signature).decode() != text.removesuffix("\n"):
            raise ValueError("not in canonical base64")
    except (UnicodeDecodeError, binascii.Error, ValueError) as exc:
        return [f"{SIGNATURE}: not an Ed25519 signature ({exc})"]
    try:
        key.verify(manifest, signature)
    except BadSignatureError:
        return [
            f"{SIGNATURE}: the signature does not match {MANIFEST} under the key given: the manifest "
            "was changed, or the package was signed with another key"
        ]
    return []


def _file_problem(archive: zipfile.ZipFile, path: str, entry: dict[str, Any]) -> str | None:
    digest = hashlib.sha256()
    size = 0
    try:
        with archive.open(path) as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        return f"{path}: damaged ({exc})"
    if size != entry.get("size"):
        return f"{path}: {size} bytes, the manifest says {entry.get('size')}"
    if digest.hexdigest() != entry.get("sha256"):
        return f"{path}: its SHA-256 is {digest.hexdigest()}, the manifest says {entry.get('sha256')}"
    return None
