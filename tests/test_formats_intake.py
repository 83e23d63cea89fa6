"""Nothing silent: every part of every container (archive members, attachments, forwarded messages,
mailbox messages, embedded objects) becomes a document or a failure line, and a part held by two
containers keeps a link from each. One mixed intake, on PostgreSQL."""

from __future__ import annotations

import io
import mailbox
import shutil
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from conftest import PostgresServer, StoreFactory, docs_by_name, ingest, require_backend
from habeas.ingest.pipeline import IngestReport
from habeas.services import Caller, documents
from habeas.store.store import Store
from test_formats_samples import DATA, docx_with_embedded, message, outlook_msg


@dataclass
class Intake:
    store: Store
    report: IngestReport
    docs: dict[str, dict[str, Any]]


def fill(store: Store, folder: Path) -> Intake:
    folder.mkdir(parents=True)
    inner = message("Original report from Hotan", "The forwarded body mentions Lop county.")
    inner.add_attachment(b"Inner attachment about Keriya.", maintype="text", subtype="plain", filename="inner.txt")
    outer = message("Fwd: report", "See the attached message.")
    outer.add_attachment(inner)
    (folder / "forward.eml").write_bytes(bytes(outer))
    for number in (1, 2):  # two e-mails holding the same attachment
        mail = message(f"Copy {number} of the list", f"Mail number {number} about the list.")
        mail.add_attachment(
            b"The shared list of names from Aksu.", maintype="text", subtype="plain", filename="list.txt"
        )
        (folder / f"copy-{number}.eml").write_bytes(bytes(mail))
    box = mailbox.mbox(str(folder / "archive.mbox"))
    for place in ("Kashgar", "Ghulja"):
        box.add(message(f"About {place}", f"Mailbox message about {place}."))
    box.flush()
    box.close()
    outlook_msg(folder / "testimony.msg")
    with zipfile.ZipFile(folder / "bundle.zip", "w") as archive:
        archive.writestr("ok/member.txt", "Zip member about Qarqash.")
        archive.writestr("../escape.txt", "A member that climbs out of the archive.")
    with tarfile.open(folder / "bundle.tar.gz", "w:gz") as archive:
        data = b"Tar member about Yining."
        info = tarfile.TarInfo("t/tar-member.txt")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("t/link")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        archive.addfile(link)
    shutil.copyfile(DATA / "rar5-psw.rar", folder / "locked.rar")
    workbook = openpyxl.Workbook()
    workbook.active.append(["embedded", "Karamay"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    docx_with_embedded(folder / "with-object.docx", ["Report with a workbook inside."], buffer.getvalue())
    report = ingest(store, folder)
    return Intake(store=store, report=report, docs=docs_by_name(store))


@pytest.fixture(scope="module")
def intake(tmp_path_factory: pytest.TempPathFactory, pg_server: PostgresServer | None) -> Iterator[Intake]:
    """The mixed intake, on PostgreSQL (the format tests read each file on its own, with no database)."""
    require_backend("postgres", pg_server)
    base = tmp_path_factory.mktemp("formats-intake")
    factory = StoreFactory("postgres", base, pg_server)
    try:
        yield fill(factory(workers=2), base / "in")
    finally:
        factory.close()


def test_every_part_is_a_document_or_a_failure(intake: Intake) -> None:
    caller = Caller(intake.store)
    paths = {d["id"]: d["path"] for d in intake.report.new}
    by_sha = {d["sha256"]: d for d in intake.docs.values()}
    containers = 0
    for doc in intake.docs.values():
        meta = documents.show_document(caller, doc["id"])["metadata"] or {}
        if "part_count" not in meta:
            continue
        containers += 1
        prefix = f"{paths[doc['id']]}!/"
        failures = [
            f for f in intake.report.failed if f["path"].startswith(prefix) and "!/" not in f["path"][len(prefix) :]
        ]
        assert all(p["sha256"] in by_sha for p in meta["parts"]), doc["file_name"]
        assert meta["part_count"] == len(meta["parts"]) + len(failures), (doc["file_name"], meta, failures)
    assert containers >= 10  # forward.eml and its message, two copies, mbox, both .msg, zip, tar, rar, docx


def test_what_failed_says_why(intake: Intake) -> None:
    reasons = {f["path"].rsplit("/", 1)[-1]: f["error"] for f in intake.report.failed}
    assert "climbs out" in reasons["escape.txt"]
    assert "encrypted" in reasons["stest1.txt"] and "encrypted" in reasons["stest2.txt"]
    assert len(intake.report.failed) == 3
    assert intake.docs["link"]["file_type"] == "link"  # a link member is its own document, not followed


def test_a_shared_attachment_keeps_a_link_from_every_parent(intake: Intake) -> None:
    caller = Caller(intake.store)
    shared = intake.docs["list.txt"]
    for name in ("copy-1.eml", "copy-2.eml"):
        shown = documents.show_document(caller, intake.docs[name]["id"])
        assert [p["sha256"] for p in shown["metadata"]["parts"]] == [shared["sha256"]]
        assert shown["children"] == [shared["id"]]  # each e-mail's page lists the attachment
    custody = documents.show_document(caller, shared["id"])["custody"]
    assert {Path(c["original_path"]).parent.name for c in custody} == {"copy-1.eml!", "copy-2.eml!"}


def test_children_of_every_kind_are_searchable_documents(intake: Intake) -> None:
    names = set(intake.docs)
    assert {"Original report from Hotan.eml", "inner.txt", "message-1.eml", "message-2.eml"} <= names
    assert {"note.txt", "Inner report.msg", "member.txt", "Microsoft_Excel_Worksheet.xlsx"} <= names
    assert intake.docs["Original report from Hotan.eml"]["file_type"] == "eml"
    assert intake.docs["Inner report.msg"]["file_type"] == "msg"
    assert intake.docs["Microsoft_Excel_Worksheet.xlsx"]["file_type"] == "xlsx"
