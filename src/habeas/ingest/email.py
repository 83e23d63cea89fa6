"""E-mail: a message (.eml, Apple Mail .emlx, Outlook .msg) gives its headers and body text; every
other MIME part (attachments, inline images, forwarded or attached messages) becomes a child
document, and a part that cannot be written out is a failure line, never dropped. A mailbox (mbox)
is split into its messages, each a child document."""

from __future__ import annotations

import email
import email.policy
import mailbox
from collections.abc import Iterator
from email.message import EmailMessage, Message
from pathlib import Path
from typing import Any

from habeas.errors import ExtractionError
from habeas.ingest.model import ChildFile, Extracted
from habeas.ingest.text import decode
from habeas.ingest.xmlguard import refuse_html_entities

HEADERS = ("From", "To", "Cc", "Date", "Subject", "Message-ID")
NAME_MAX = 120


def extract_eml(path: Path, name: str, workdir: Path, file_type: str = "eml") -> Extracted:
    data = path.read_bytes()
    if file_type == "emlx":
        data = _emlx_message(data)
    if not data.strip():
        raise ExtractionError("the file is empty (0 bytes)")
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not message.keys():
        raise ExtractionError("not an e-mail message: no headers found")
    return _message(message, name, workdir, file_type)


def _emlx_message(data: bytes) -> bytes:
    """An Apple Mail .emlx: the message's length in bytes on the first line, the message, then a
    property list of Apple Mail's own flags."""
    first, _, rest = data.partition(b"\n")
    try:
        length = int(first.strip())
    except ValueError as exc:
        raise ExtractionError("not an Apple Mail message: the first line is not the message's length") from exc
    return rest[:length]


def _message(message: EmailMessage, name: str, workdir: Path, file_type: str) -> Extracted:
    meta: dict[str, Any] = {h.lower(): _header(message, h) for h in HEADERS if message[h]}
    body: list[str] = []
    children: list[ChildFile] = []
    child_errors: list[tuple[str, str]] = []
    for number, part in enumerate(_parts(message, body_taken=[False]), start=1):
        kind, value = part
        if kind == "text":
            body.append(value)
            continue
        child, error = _write_part(value, number, workdir)
        if child is not None:
            children.append(child)
        elif error is not None:
            child_errors.append(error)
    header_text = "\n".join(f"{h}: {meta[h.lower()]}" for h in HEADERS if h.lower() in meta)
    meta["attachments"] = [c.name for c in children]
    return Extracted(
        file_type=file_type,
        pages=[f"{header_text}\n\n" + "\n\n".join(t for t in body if t.strip())],
        metadata=meta,
        title=meta.get("subject") or name,
        children=children,
        child_errors=child_errors,
    )


def _header(message: Message, header: str) -> str:
    try:
        return str(message[header])
    except (ValueError, IndexError, TypeError):  # a malformed header the policy cannot parse
        raw = message.get_all(header) or []
        return " ".join(str(v) for v in raw)


def _parts(part: Message, body_taken: list[bool]) -> Iterator[tuple[str, Any]]:
    """Walk a message: ("text", str) for body text, ("part", Message) for each part that becomes a
    child. Of a multipart/alternative, one text version is the body; the others add nothing."""
    content_type = part.get_content_type()
    if part.is_multipart() and content_type != "message/rfc822":
        subparts = part.get_payload()
        if not isinstance(subparts, list):
            return
        messages = [sub for sub in subparts if isinstance(sub, Message)]
        if content_type == "multipart/alternative":
            yield from _alternative(messages, body_taken)
            return
        for sub in messages:
            yield from _parts(sub, body_taken)
        return
    if content_type in ("text/plain", "text/html") and not _is_attachment(part):
        body_taken[0] = True
        yield "text", _part_text(part)
        return
    yield "part", part


def _alternative(subparts: list[Message], body_taken: list[bool]) -> Iterator[tuple[str, Any]]:
    texts = [p for p in subparts if p.get_content_type() in ("text/plain", "text/html")]
    chosen = next((p for p in texts if p.get_content_type() == "text/plain"), texts[0] if texts else None)
    for sub in subparts:
        if sub is chosen:
            body_taken[0] = True
            yield "text", _part_text(sub)
        elif sub in texts:
            continue  # the same text in another form
        else:
            yield from _parts(sub, body_taken)


def _is_attachment(part: Message) -> bool:
    return part.get_content_disposition() == "attachment" or bool(part.get_filename())


def _write_part(part: Message, number: int, workdir: Path) -> tuple[ChildFile | None, tuple[str, str] | None]:
    name = _part_name(part, number)
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        inner_message = inner[0] if isinstance(inner, list) and inner else inner
        if not isinstance(inner_message, Message):
            return None, (name, "attached message is empty or unreadable")
        payload: bytes | None = inner_message.as_bytes(policy=email.policy.compat32)
    else:
        decoded = part.get_payload(decode=True)
        payload = decoded if isinstance(decoded, bytes) else None
    if not payload:
        return None, (name, "MIME part is empty")
    target = workdir / f"part-{number}"
    target.write_bytes(payload)
    return ChildFile(name=name, path=str(target)), None


def _part_name(part: Message, number: int) -> str:
    filename = Path(part.get_filename() or "").name
    if filename:
        return filename[:NAME_MAX]
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        inner_message = inner[0] if isinstance(inner, list) and inner else inner
        subject = str(inner_message.get("Subject", "") or "") if isinstance(inner_message, Message) else ""
        cleaned = "".join(c for c in subject if c.isalnum() or c in " -_.").strip()[:80]
        return f"{cleaned or f'message-{number}'}.eml"
    subtype = part.get_content_subtype() or "bin"
    return f"part-{number}.{subtype[:10]}"


def _part_text(part: Message) -> str:
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


# -- mailboxes -----------------------------------------------------------------------------------


def extract_mbox(path: Path, name: str, workdir: Path) -> Extracted:
    """A Unix mailbox: each message a child document (``message-N.eml``); the mailbox's own text is
    the list of its messages."""
    box = mailbox.mbox(str(path), create=False)
    lines: list[str] = []
    children: list[ChildFile] = []
    try:
        for number, key in enumerate(box.iterkeys(), start=1):
            data = box.get_bytes(key)
            headers = email.message_from_bytes(data.split(b"\n\n", 1)[0], policy=email.policy.compat32)
            summary = " | ".join(str(headers.get(h, "")) for h in ("Date", "From", "Subject"))
            lines.append(f"{number}. {summary}")
            target = workdir / f"message-{number}.eml"
            target.write_bytes(data)
            children.append(ChildFile(name=f"message-{number}.eml", path=str(target)))
    finally:
        box.close()
    if not children:
        raise ExtractionError("the mailbox holds no messages")
    return Extracted(
        file_type="mbox",
        pages=["\n".join(lines)],
        title=name,
        metadata={"messages": len(children)},
        children=children,
    )


# -- Outlook .msg ---------------------------------------------------------------------------------


def extract_msg(path: Path, name: str, workdir: Path) -> Extracted:
    """An Outlook message (OLE2): headers, body, and its attachments, an attached message written
    out as a .msg file of its own."""
    import extract_msg as outlook

    try:
        msg = outlook.openMsg(str(path), delayAttachments=False, errorBehavior=outlook.enums.ErrorBehavior.SUPPRESS_ALL)
    except Exception as exc:  # the library's many errors all mean: not readable
        raise ExtractionError(f"cannot read the Outlook message: {type(exc).__name__}: {exc}") from exc
    try:
        return _outlook(msg, name, workdir)
    finally:
        msg.close()


def _outlook(msg: Any, name: str, workdir: Path) -> Extracted:
    fields = {
        "from": getattr(msg, "sender", None),
        "to": getattr(msg, "to", None),
        "cc": getattr(msg, "cc", None),
        "date": getattr(msg, "date", None),
        "subject": getattr(msg, "subject", None),
        "message-id": getattr(msg, "messageId", None),
    }
    meta: dict[str, Any] = {k: str(v) for k, v in fields.items() if v}
    body = getattr(msg, "body", None) or ""
    if not body.strip():
        html = getattr(msg, "htmlBody", None)
        if html:
            import lxml.html

            text = html.decode("utf-8", "replace") if isinstance(html, bytes) else str(html)
            refuse_html_entities(text, "the message's HTML body")
            body = lxml.html.fromstring(text).text_content() if text.strip() else ""
    children: list[ChildFile] = []
    child_errors: list[tuple[str, str]] = []
    for number, attachment in enumerate(getattr(msg, "attachments", []) or [], start=1):
        child, error = _outlook_attachment(attachment, number, workdir)
        if child is not None:
            children.append(child)
        else:
            child_errors.append(error)
    header_text = "\n".join(f"{h}: {meta[h.lower()]}" for h in HEADERS if h.lower() in meta)
    meta["attachments"] = [c.name for c in children]
    return Extracted(
        file_type="msg",
        pages=[f"{header_text}\n\n{body}"],
        metadata=meta,
        title=meta.get("subject") or name,
        children=children,
        child_errors=child_errors,
    )


def _outlook_attachment(attachment: Any, number: int, workdir: Path) -> tuple[ChildFile | None, tuple[str, str]]:
    filename = ""
    for attribute in ("longFilename", "shortFilename", "displayName", "name"):
        value = getattr(attachment, attribute, None)
        if value:
            filename = Path(str(value)).name
            break
    filename = filename[:NAME_MAX] or f"attachment-{number}"
    try:
        data = attachment.data
    except Exception as exc:  # a damaged attachment: a failure line of its own
        return None, (filename, f"attachment unreadable: {type(exc).__name__}: {exc}")
    if data is not None and not isinstance(data, bytes) and hasattr(data, "exportBytes"):
        data = data.exportBytes()  # an attached Outlook message
        if not filename.lower().endswith(".msg"):
            filename += ".msg"
    if not isinstance(data, bytes) or not data:
        return None, (filename, "attachment holds no data (a link or an empty file)")
    target = workdir / f"attachment-{number}"
    target.write_bytes(data)
    return ChildFile(name=filename, path=str(target)), ("", "")
