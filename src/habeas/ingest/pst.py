"""Outlook mailboxes (.pst, .ost) through libpff (libpff-python): each message is written out as an
e-mail (its transport headers where it kept them, its body and its attachments) and becomes a child
document, named by its folder path; a message that cannot be read is a failure line.

Tested on the Outlook.com offline mailbox (.ost) that the pst-extractor npm package ships
(tests/data/SOURCES.md); a .pst is read by the same code."""

from __future__ import annotations

import email.message
import email.parser
import email.policy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from habeas.errors import ExtractionError
from habeas.ingest.model import ChildFile, Extracted

NAME_MAX = 120


def extract_pst(path: Path, name: str, workdir: Path, room: int | None) -> Extracted:
    try:
        import pypff
    except ImportError as exc:
        raise ExtractionError("cannot read the Outlook mailbox: libpff-python is not installed") from exc
    mailbox = pypff.file()
    try:
        mailbox.open(str(path))
    except OSError as exc:
        raise ExtractionError(f"cannot read the Outlook mailbox: {exc}") from exc
    extracted = Extracted(file_type="pst", title=name)
    listing: list[str] = []
    written = 0
    try:
        for number, (folder, message) in enumerate(_messages(mailbox.get_root_folder(), ""), start=1):
            child_name = f"{folder or 'mailbox'}/{number:06d}.eml"[-NAME_MAX:]
            if extracted.not_expanded:
                extracted.not_expanded += 1
                continue
            try:
                data = _as_eml(message)
            except (OSError, ValueError, TypeError) as exc:
                extracted.child_errors.append((child_name, f"message unreadable: {exc}"))
                continue
            if room is not None and written + len(data) > room:
                extracted.not_expanded = 1
                continue
            written += len(data)
            target = workdir / f"message-{number}.eml"
            target.write_bytes(data)
            extracted.children.append(ChildFile(name=child_name, path=str(target)))
            listing.append(f"{child_name}: {_text(message, 'subject')}")
    finally:
        mailbox.close()
    extracted.pages = ["\n".join(listing)]
    extracted.metadata = {"messages": len(listing)}
    return extracted


def _messages(folder: Any, prefix: str) -> Iterator[tuple[str, Any]]:
    for index in range(folder.get_number_of_sub_messages()):
        yield prefix, folder.get_sub_message(index)
    for index in range(folder.get_number_of_sub_folders()):
        sub = folder.get_sub_folder(index)
        yield from _messages(sub, f"{prefix}/{_text(sub, 'name') or index}".lstrip("/"))


def _text(item: Any, attribute: str) -> str:
    value = getattr(item, attribute, None)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value or "")


def _as_eml(message: Any) -> bytes:
    headers = _text(message, "transport_headers")
    out = email.message.EmailMessage()
    if headers.strip():
        parsed = email.parser.HeaderParser(policy=email.policy.compat32).parsestr(headers)
        for key in ("From", "To", "Cc", "Date", "Subject", "Message-ID"):
            if parsed[key]:
                out[key] = str(parsed[key]).replace("\n", " ").replace("\r", " ")
    if not out["Subject"] and _text(message, "subject"):
        out["Subject"] = _text(message, "subject")
    if not out["From"] and _text(message, "sender_name"):
        out["From"] = _text(message, "sender_name")
    body = _text(message, "plain_text_body")
    html = _text(message, "html_body")
    out.set_content(body or "")
    if html and not body:
        out.add_alternative(html, subtype="html")
    for index in range(message.get_number_of_attachments()):
        attachment = message.get_attachment(index)
        size = attachment.get_size() or 0
        data = attachment.read_buffer(size) if size else b""
        filename = Path(_text(attachment, "long_filename") or f"attachment-{index + 1}").name
        out.add_attachment(data, maintype="application", subtype="octet-stream", filename=filename)
    return bytes(out)
