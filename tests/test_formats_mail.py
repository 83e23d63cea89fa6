"""E-mail: forwarded and attached messages as children, every MIME part kept, mailboxes (mbox) split
into messages, Apple Mail .emlx, Outlook .msg with an embedded message, and vCard/iCalendar decoded.
Messages are written by Python's email and mailbox modules, .msg files by extract-msg's OLE writer."""

from __future__ import annotations

import email.message
import mailbox
from pathlib import Path

import pytest

from habeas.ingest.model import ERROR, OK
from test_formats_samples import extract, message, outlook_msg


def test_forwarded_message_and_inline_parts_are_children(tmp_path: Path) -> None:
    inner = message("Original report from Hotan", "The forwarded body mentions Lop county.")
    inner.add_attachment(b"Inner attachment about Keriya.", maintype="text", subtype="plain", filename="inner.txt")
    outer = message("Fwd: report", "See the attached message.")
    outer.add_attachment(inner)  # message/rfc822
    outer.add_attachment(b"\x89PNG\r\n\x1a\n" + bytes(64), maintype="image", subtype="png", filename="logo.png")
    path = tmp_path / "forward.eml"
    path.write_bytes(bytes(outer))
    extracted = extract(path)
    assert extracted.status == OK
    assert [c.name for c in extracted.children] == ["Original report from Hotan.eml", "logo.png"]
    assert extracted.metadata["part_count"] == 2
    forwarded = extract(Path(extracted.children[0].path))
    assert forwarded.file_type == "eml"
    assert "Lop county" in forwarded.text
    assert [c.name for c in forwarded.children] == ["inner.txt"]


def test_later_text_parts_of_a_multipart_message_are_kept(tmp_path: Path) -> None:
    mixed = email.message.EmailMessage()
    mixed["From"], mixed["To"], mixed["Subject"] = "a@example.org", "b@example.org", "Two parts"
    mixed.make_mixed()
    for body in ("First part about Aksu.", "Second part about Korla."):
        part = email.message.EmailMessage()
        part.set_content(body)
        mixed.attach(part)
    path = tmp_path / "parts.eml"
    path.write_bytes(bytes(mixed))
    extracted = extract(path)
    assert "First part about Aksu." in extracted.text and "Second part about Korla." in extracted.text


def test_mbox_is_split_into_messages(tmp_path: Path) -> None:
    box = mailbox.mbox(str(tmp_path / "archive.mbox"))
    for number, place in enumerate(["Kashgar", "Ghulja", "Turpan"]):
        box.add(message(f"Message {number} about {place}", f"Body of message {number} names {place}."))
    box.flush()
    box.close()
    extracted = extract(tmp_path / "archive.mbox")
    assert extracted.file_type == "mbox" and extracted.status == OK
    assert [c.name for c in extracted.children] == ["message-1.eml", "message-2.eml", "message-3.eml"]
    second = extract(Path(extracted.children[1].path))
    assert second.title == "Message 1 about Ghulja" and "names Ghulja" in second.text


def test_apple_mail_emlx(tmp_path: Path) -> None:
    raw = bytes(message("Apple Mail message", "Body about Altay written in Apple Mail."))
    plist = (
        b'<?xml version="1.0"?><plist version="1.0"><dict><key>flags</key><integer>8590195713</integer></dict></plist>'
    )
    path = tmp_path / "12345.emlx"
    path.write_bytes(f"{len(raw)}\n".encode() + raw + plist)
    extracted = extract(path)
    assert extracted.file_type == "emlx" and extracted.status == OK
    assert extracted.title == "Apple Mail message"
    assert "Body about Altay" in extracted.text and "plist" not in extracted.text


def test_outlook_msg_with_an_embedded_message(tmp_path: Path) -> None:
    extracted = extract(outlook_msg(tmp_path / "testimony.msg"))
    assert extracted.file_type == "msg" and extracted.status == OK, extracted.error
    assert extracted.title == "Outlook testimony"
    assert "Body of the Outlook message about Kashgar camps." in extracted.text
    assert [c.name for c in extracted.children] == ["note.txt", "Inner report.msg"]
    assert Path(extracted.children[0].path).read_bytes() == b"Attached note about Yarkand."
    inner = extract(Path(extracted.children[1].path))
    assert inner.file_type == "msg" and "Kuqa county" in inner.text
    assert [c.name for c in inner.children] == ["bay.txt"]


def test_vcard_decoded(tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
        b"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E4=B9=8C=E9=B2=81=E6=9C=A8=E9=BD=90 =\r\nAhmet\r\n"
        b"TEL;CELL:+86 991 555 0100\r\nNOTE:Met in Urumqi\\, 2017\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Gulnar\r\n  Tursun\r\n"
        b"PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRg==\r\nEND:VCARD\r\n"
    )
    extracted = extract(path)
    assert extracted.file_type == "vcard" and extracted.status == OK
    assert [r.values["fn"] for r in extracted.rows] == ["乌鲁木齐 Ahmet", "Gulnar Tursun"]
    assert extracted.rows[0].values["note"] == "Met in Urumqi, 2017"
    assert "=E4" not in extracted.text and "/9j/" not in extracted.text


def test_icalendar_decoded(tmp_path: Path) -> None:
    path = tmp_path / "hearings.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:1@example.org\r\n"
        b"DTSTART:20240101T100000Z\r\nSUMMARY:Hearing at the\r\n  tribunal about Hotan\r\nLOCATION:London\\, UK\r\n"
        b"DESCRIPTION:Witnesses from Kashgar\\nand Aksu\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    extracted = extract(path)
    assert extracted.file_type == "ical" and extracted.status == OK
    event = extracted.rows[0].values
    assert event["summary"] == "Hearing at the tribunal about Hotan"
    assert event["location"] == "London, UK"
    assert event["description"] == "Witnesses from Kashgar\nand Aksu"
    assert event["dtstart"] == "20240101T100000Z"


def test_unreadable_outlook_mailbox_says_why(tmp_path: Path) -> None:
    """No tool here writes a .pst, so only its detection and its failure are tested."""
    pytest.importorskip("pypff")
    path = tmp_path / "damaged.pst"
    path.write_bytes(b"!BDN" + bytes(2048))
    extracted = extract(path)
    assert extracted.file_type == "pst" and extracted.status == ERROR
    assert (extracted.error or "").startswith("cannot read the Outlook mailbox")
    assert str(path.parent / f"{path.name}-work") not in (extracted.error or "")
