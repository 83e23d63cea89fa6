"""E-mail (.eml): headers, body, and attachments as child documents."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage, MIMEPart
from pathlib import Path

from habeas.errors import ExtractionError
from habeas.ingest.model import ChildFile, Extracted
from habeas.ingest.text import decode
from habeas.ingest.xmlguard import refuse_html_entities

HEADERS = ("From", "To", "Cc", "Date", "Subject", "Message-ID")


def extract_eml(path: Path, name: str, workdir: Path) -> Extracted:
    data = path.read_bytes()
    if not data.strip():
        raise ExtractionError("the file is empty (0 bytes)")
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not message.keys():
        raise ExtractionError("not an e-mail message: no headers found")
    meta = {h.lower(): str(message[h]) for h in HEADERS if message[h]}
    body_part = message.get_body(preferencelist=("plain", "html"))
    body = _part_text(body_part) if body_part is not None else ""
    header_text = "\n".join(f"{h}: {meta[h.lower()]}" for h in HEADERS if h.lower() in meta)
    children = []
    for number, part in enumerate(message.iter_attachments(), start=1):
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        filename = Path(part.get_filename() or f"attachment-{number}").name or f"attachment-{number}"
        target = workdir / f"attachment-{number}"
        target.write_bytes(payload)
        children.append(ChildFile(name=filename, path=str(target)))
    meta["attachments"] = [c.name for c in children]  # type: ignore[assignment]
    return Extracted(
        file_type="eml",
        pages=[f"{header_text}\n\n{body}"],
        metadata=meta,
        title=meta.get("subject") or name,
        children=children,
    )


def _part_text(part: MIMEPart) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset()
    try:
        text = payload.decode(charset) if charset else decode(payload, "body")
    except (LookupError, UnicodeDecodeError, ExtractionError):
        text = payload.decode("utf-8", errors="replace")
    if part.get_content_type() == "text/html":
        import lxml.html

        refuse_html_entities(text, "the message's HTML body")
        text = lxml.html.fromstring(text).text_content() if text.strip() else ""
    return text
