"""Testimony records after the HURIDOCS event standard: a person, what was done to them, who told
us, how credible it is and how far it is verified, and the documents that support it.

Every field has a class. Public fields are stored as they are; restricted ones are stored as they
are but shown only to investigators and admins; sealed ones (anything that identifies or reaches
a witness or a victim, and the free-text testimony) are encrypted here, before the database sees
them, under a random data key per record, which is wrapped to each user holding an unseal grant
on the case and to the store's offline recovery key. Exact lookups on sealed names go through a
keyed digest. Nothing in this module writes a sealed value anywhere except as ciphertext: not to
the audit log (field names only), not to an error message, not to the search index."""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from nacl.public import PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from habeas.errors import MissingKeys
from habeas.protect import access, crypto, keys
from habeas.protect.models import KeyPair, SealedField, Testimony
from habeas.store.keys import store_secret
from habeas.store.store import Store

PUBLIC, RESTRICTED, SEALED = "public", "restricted", "sealed"
SEALED_MARK, RESTRICTED_MARK = "[sealed]", "[restricted]"
KEY_VERSION = 1
LOOKUP_KEY_FILE = "sealed-lookup-key"
RECOVERY_RECIPIENT = "(recovery)"

STATUSES = ("detained", "sentenced", "released", "died", "unknown")
CONNECTIONS = ("victim", "relative", "witness", "document")
VERIFICATION = ("reported", "corroborated", "documented")
# Admiralty information credibility, 1 (confirmed) to 6 (truth cannot be judged).
GRADES = {
    1: "confirmed",
    2: "probably true",
    3: "possibly true",
    4: "doubtfully true",
    5: "improbable",
    6: "truth cannot be judged",
}
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")  # the precision is the length: year, month or day


@dataclass(frozen=True)
class FieldSpec:
    """One field of the JSON ``testimony add`` reads: where it is, its class, what it holds."""

    path: str
    cls: str
    kind: str  # text, names, year, date, flag, choice, people
    meaning: str
    choices: tuple[str, ...] = ()


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("person.names", SEALED, "names", "the person's names, in any script (a list)"),
    FieldSpec("person.birth_year", RESTRICTED, "year", "year of birth"),
    FieldSpec("person.birth_date", RESTRICTED, "date", "birth date, YYYY, YYYY-MM or YYYY-MM-DD (the precision)"),
    FieldSpec("person.sex", RESTRICTED, "text", "sex as the source gave it"),
    FieldSpec("person.ethnicity", RESTRICTED, "text", "ethnicity as the source gave it"),
    FieldSpec("person.hometown", RESTRICTED, "text", "home town or village"),
    FieldSpec("person.relatives", SEALED, "people", "relatives: a list of objects (name, relation, contact, ...)"),
    FieldSpec("act.type", PUBLIC, "text", "what was done: detention, disappearance, ..."),
    FieldSpec("act.start", PUBLIC, "date", "when it began, YYYY, YYYY-MM or YYYY-MM-DD"),
    FieldSpec("act.end", PUBLIC, "date", "when it ended, same forms"),
    FieldSpec("act.place", PUBLIC, "text", "where: town, county or region"),
    FieldSpec("act.facility", PUBLIC, "text", "the camp, prison or station, when known"),
    FieldSpec("act.reason", PUBLIC, "text", "the reason the authorities stated"),
    FieldSpec("act.status", PUBLIC, "choice", "what is known of the person now", STATUSES),
    FieldSpec("source.connection", PUBLIC, "choice", "how the source knows", CONNECTIONS),
    FieldSpec("source.name", SEALED, "text", "who gave the account"),
    FieldSpec("source.contact", SEALED, "text", "how to reach them"),
    FieldSpec("source.consent_document", PUBLIC, "flag", "consent to be documented"),
    FieldSpec("source.consent_publish", PUBLIC, "flag", "consent, separately, to be published"),
    FieldSpec("testimony", SEALED, "text", "the account in the source's words"),
)
SPECS = {f.path: f for f in FIELDS}
SECTIONS = ("person", "act", "source")
TOP_LEVEL = ("testimony", "grade", "verification", "links")
LOOKUP_FIELDS = ("person.names", "source.name")


# -- reading and checking the JSON ---------------------------------------------------------


def _check_value(spec: FieldSpec, value: Any) -> Any:
    """The value, normalised, or ValueError naming the field (never the value: it may be sealed)."""
    where = f"field {spec.path}"
    if spec.kind == "text":
        if not isinstance(value, str):
            raise ValueError(f"{where} must be text")
        return value.strip()
    if spec.kind == "names":
        names = [value] if isinstance(value, str) else value
        if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
            raise ValueError(f"{where} must be a list of names")
        return [n.strip() for n in names]
    if spec.kind == "year":
        if isinstance(value, bool) or not isinstance(value, int) or not 1850 <= value <= 2100:
            raise ValueError(f"{where} must be a year (a whole number)")
        return value
    if spec.kind == "date":
        if not isinstance(value, str) or not DATE.fullmatch(value.strip()):
            raise ValueError(f"{where} must be a date: YYYY, YYYY-MM or YYYY-MM-DD")
        return value.strip()
    if spec.kind == "flag":
        if not isinstance(value, bool):
            raise ValueError(f"{where} must be true or false")
        return value
    if spec.kind == "choice":
        if value not in spec.choices:
            raise ValueError(f"{where} must be one of {', '.join(spec.choices)}")
        return value
    if spec.kind == "people":
        if not isinstance(value, list) or not all(isinstance(p, dict) for p in value):
            raise ValueError(f"{where} must be a list of objects")
        return value
    raise AssertionError(spec.kind)


def parse_record(data: Any) -> tuple[dict[str, Any], int, str, list[dict[str, Any]]]:
    """The fields of a testimony JSON by path, its grade, its verification state and its links.
    Unknown fields are refused, so a misspelt sealed field never lands in the clear."""
    if not isinstance(data, dict):
        raise ValueError("a testimony record is a JSON object")
    values: dict[str, Any] = {}
    for key, section in data.items():
        if key in SECTIONS:
            if not isinstance(section, dict):
                raise ValueError(f"section {key} must be an object")
            for name, value in section.items():
                spec = SPECS.get(f"{key}.{name}")
                if spec is None:
                    raise ValueError(f"unknown field {key}.{name}")
                if value is not None:
                    values[spec.path] = _check_value(spec, value)
        elif key == "testimony":
            if section is not None:
                values["testimony"] = _check_value(SPECS["testimony"], section)
        elif key not in TOP_LEVEL:
            raise ValueError(f"unknown field {key}")
    grade = data.get("grade", 6)
    if isinstance(grade, bool) or grade not in GRADES:
        raise ValueError("field grade must be a whole number from 1 (confirmed) to 6 (cannot be judged)")
    verification = data.get("verification", "reported")
    if verification not in VERIFICATION:
        raise ValueError(f"field verification must be one of {', '.join(VERIFICATION)}")
    links = data.get("links", [])
    if not isinstance(links, list) or not all(
        isinstance(x, dict) and isinstance(x.get("document"), str) for x in links
    ):
        raise ValueError('field links must be a list of {"document": ID, "page", "start", "end"}')
    clean_links = []
    for link in links:
        extra = set(link) - {"document", "page", "start", "end"}
        if extra:
            raise ValueError(f"unknown field links.{sorted(extra)[0]}")
        for part in ("page", "start", "end"):
            if link.get(part) is not None and (isinstance(link[part], bool) or not isinstance(link[part], int)):
                raise ValueError(f"field links.{part} must be a whole number")
        clean_links.append({k: link.get(k) for k in ("document", "page", "start", "end")})
    return values, int(grade), str(verification), clean_links


# -- the keyed lookup ------------------------------------------------------------------------


def _normal_name(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def lookup_digest(store: Store, field: str, name: str) -> str:
    """HMAC-SHA256 of a normalised name under the store's lookup key: equal names, equal digests;
    without the key, a digest says nothing."""
    key = store_secret(store.settings.store, LOOKUP_KEY_FILE)
    return hmac.new(key, f"{field}\x00{_normal_name(name)}".encode(), hashlib.sha256).hexdigest()


# -- adding ------------------------------------------------------------------------------------


def case_recipients(session: Session, case_id: int) -> dict[str, PublicKey]:
    """Who the record's data key is wrapped to: every user with an unseal grant and a key pair
    (in single-operator mode, everyone with a key pair), and the recovery key."""
    recovery = keys.recovery_public_key(session)
    if recovery is None:
        raise MissingKeys("this store has no recovery key yet: an admin runs `habeas keys init` first")
    rows = session.scalars(select(KeyPair).where(KeyPair.kind == keys.USER)).all()
    grantees = None if access.single_operator(session) else access.unseal_grantees(session, case_id)
    found = {r.owner: PublicKey(crypto.unb64(r.public_key)) for r in rows if grantees is None or r.owner in grantees}
    return {**found, RECOVERY_RECIPIENT: recovery}


# -- reading -------------------------------------------------------------------------------------


def testimony_view(record: Testimony, case_name: str, sealed_fields: list[str], see_restricted: bool) -> dict[str, Any]:
    """A record as its reader may see it: public values, restricted ones or a marker, sealed markers."""
    view: dict[str, Any] = {
        "id": record.id,
        "case": case_name,
        "grade": record.grade,
        "grade_meaning": GRADES[record.grade],
        "verification": record.verification,
        "links": record.links,
        "created_at": record.created_at.isoformat(),
        "created_by": record.created_by,
        "person": {},
        "act": {},
        "source": {},
    }
    shown: dict[str, Any] = {**record.public}
    shown.update({p: (v if see_restricted else RESTRICTED_MARK) for p, v in record.restricted.items()})
    shown.update({p: SEALED_MARK for p in sealed_fields})
    for spec in FIELDS:
        if spec.path in shown:
            if "." in spec.path:
                section, name = spec.path.split(".", 1)
                view[section][name] = shown[spec.path]
            else:
                view[spec.path] = shown[spec.path]
    view["sealed"] = sorted(sealed_fields)
    return view


def sealed_names(session: Session, ids: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {i: [] for i in ids}
    for record_id, field in session.execute(
        select(SealedField.record_id, SealedField.field).where(SealedField.record_id.in_(ids))
    ):
        found[record_id].append(field)
    return found


# -- unsealing --------------------------------------------------------------------------------------


def public_records(session: Session, cases: dict[int, str]) -> list[dict[str, Any]]:
    """The testimony records of ``cases`` (id → name) with their public fields only, for what leaves
    the store (evidence packages, FtM): the source is a pseudonym numbered in the records' order, so
    it names no one and links to nothing outside the export. Sealed and restricted fields stay."""
    records = []
    query = select(Testimony).where(Testimony.case_id.in_(cases)).order_by(Testimony.created_at, Testimony.id)
    for n, record in enumerate(session.scalars(query), start=1):
        entry: dict[str, Any] = {
            "id": record.id,
            "case": cases[record.case_id],
            "grade": record.grade,
            "verification": record.verification,
            "links": record.links,
            "created_at": record.created_at.isoformat(),
            "person": {},
            "act": {},
            "source": {"pseudonym": f"source-{n:03d}"},
        }
        for path, value in record.public.items():
            if SPECS.get(path) is not None and SPECS[path].cls == PUBLIC and "." in path:
                section, name = path.split(".", 1)
                entry[section][name] = value
        records.append(entry)
    return records
