"""Testimony records with sealed fields: adding, reading, unsealing and sharing them."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, NotRequired, TypedDict, cast

from nacl.public import PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from habeas.config import DEFAULT_CASE
from habeas.errors import MissingKeys, NotFound, NotShared, PermissionDenied, SealBroken, WrongPassphrase
from habeas.protect import access, attempts, crypto, keys
from habeas.protect.models import SealedField, SealedLookup, Testimony, WrappedKey
from habeas.protect.testimony import (
    KEY_VERSION,
    LOOKUP_FIELDS,
    PUBLIC,
    RECOVERY_RECIPIENT,
    RESTRICTED,
    SEALED,
    SPECS,
    case_recipients,
    lookup_digest,
    sealed_names,
    testimony_view,
)
from habeas.protect.testimony import parse_record as parse_record  # re-exported: a record checked before it is added
from habeas.services import Caller
from habeas.services.cases import case_to_write, in_visible_cases, may_see_case
from habeas.services.names import sealed_name_records
from habeas.store import audit
from habeas.store.models import Case, Document
from habeas.store.store import get_case


class TestimonyAdded(TypedDict):
    """A record just stored: its id and case, which fields were sealed, and who can unseal them."""

    id: str
    case: str
    sealed: list[str]
    shared_with: list[str]


class TestimonyView(TypedDict):
    """A record as its reader may see it: public values, restricted ones or a marker, sealed markers.
    ``person``, ``act`` and ``source`` hold the fields of each section that the record has."""

    id: str
    case: str
    grade: int
    grade_meaning: str
    verification: str
    links: list[dict[str, Any]]
    created_at: str
    created_by: str
    person: dict[str, Any]
    act: dict[str, Any]
    source: dict[str, Any]
    testimony: NotRequired[str]
    sealed: list[str]


class UnsealedRecord(TypedDict):
    """A record's sealed fields in clear, by field path."""

    id: str
    case: str
    fields: dict[str, Any]


def add_testimony(ctx: Caller, data: Any, case: str | None = None) -> TestimonyAdded:
    """Store a testimony record; its sealed fields are encrypted before anything is written."""
    values, grade, verification, links = parse_record(data)
    record_id = uuid.uuid4().hex
    sealed = {p: v for p, v in values.items() if SPECS[p].cls == SEALED}
    digests = [
        (p, lookup_digest(ctx.store, p, n))
        for p in LOOKUP_FIELDS
        if p in sealed
        for n in (sealed[p] if isinstance(sealed[p], list) else [sealed[p]])
    ]
    case_name = case or DEFAULT_CASE
    with ctx.store.db.transaction() as session:
        access.check(session, ctx.actor, "testimony.add")
        case_row = case_to_write(ctx, session, case_name, "testimony.add")
        for link in links:
            if session.get(Document, link["document"]) is None:
                raise NotFound(f"links: no document {link['document']!r}")
        recipients = case_recipients(session, case_row.id)
        session.add(
            Testimony(
                id=record_id,
                case_id=case_row.id,
                grade=grade,
                verification=verification,
                links=links,
                public={p: v for p, v in values.items() if SPECS[p].cls == PUBLIC},
                restricted={p: v for p, v in values.items() if SPECS[p].cls == RESTRICTED},
                key_version=KEY_VERSION,
                created_by=ctx.actor,
            )
        )
        session.flush()
        data_key = crypto.new_data_key()
        for path, value in sealed.items():
            nonce, ciphertext = crypto.seal_value(data_key, record_id, path, KEY_VERSION, value)
            session.add(
                SealedField(
                    record_id=record_id, field=path, key_version=KEY_VERSION, nonce=nonce, ciphertext=ciphertext
                )
            )
        for name, public_key in recipients.items():
            session.add(
                WrappedKey(
                    record_id=record_id,
                    recipient=name,
                    recipient_key=crypto.b64(bytes(public_key)),
                    key_version=KEY_VERSION,
                    wrapped=crypto.wrap_key(data_key, public_key),
                )
            )
        for path, digest in digests:
            session.add(SealedLookup(record_id=record_id, field=path, digest=digest))
        session.flush()
        audit.append(
            session,
            ctx.actor,
            "testimony.add",
            case_name=case_name,
            target=record_id,
            details={"fields": sorted(values), "sealed": sorted(sealed)},
        )
    return {
        "id": record_id,
        "case": case_name,
        "sealed": sorted(sealed),
        "shared_with": sorted(n for n in recipients if n != RECOVERY_RECIPIENT),
    }


def list_testimonies(ctx: Caller, case: str | None = None, name: str | None = None) -> list[TestimonyView]:
    """Records, oldest first; ``name`` finds those whose sealed name is exactly it (any case,
    any spacing) through the keyed lookup, without decrypting anything: for the roles that may
    unseal, audited (``habeas.services.names.sealed_name_records``)."""
    found = None if name is None else sealed_name_records(ctx, name, case)
    with ctx.store.db.reading() as session:
        access.check(session, ctx.actor, "testimony.read")
        see_restricted = access.allowed(session, ctx.actor, "testimony.restricted")
        query = (
            select(Testimony, Case.name)
            .join(Case, Case.id == Testimony.case_id)
            .where(in_visible_cases(ctx, Testimony.case_id))
            .order_by(Testimony.created_at)
        )
        if case is not None:
            query = query.where(Case.name == case)
        if found is not None:
            query = query.where(Testimony.id.in_(found))
        rows = session.execute(query).all()
        sealed = sealed_names(session, [r.id for r, _ in rows])
        return [
            cast(
                TestimonyView,
                testimony_view(
                    r, case_name, sealed[r.id], see_restricted and may_see_case(ctx, r.case_id, "testimony.restricted")
                ),
            )
            for r, case_name in rows
        ]


def show_testimony(ctx: Caller, record_id: str) -> TestimonyView:
    with ctx.store.db.reading() as session:
        access.check(session, ctx.actor, "testimony.read")
        record = session.get(Testimony, record_id)
        if record is None or not may_see_case(ctx, record.case_id):
            raise NotFound(f"no testimony record {record_id!r}")
        case_name = session.scalar(select(Case.name).where(Case.id == record.case_id)) or ""
        return cast(
            TestimonyView,
            testimony_view(
                record,
                case_name,
                sealed_names(session, [record_id])[record_id],
                access.allowed(session, ctx.actor, "testimony.restricted", record.case_id),
            ),
        )


def unseal(
    ctx: Caller,
    record_id: str,
    *,
    reason: str,
    passphrase: str | None = None,
    recovery_key: PrivateKey | None = None,
    second_factor: Callable[[], bool] | None = None,
) -> UnsealedRecord:
    """A record's sealed fields in clear, for one named person with a stated reason.

    Needs an unseal grant on the record's case, the actor's passphrase (the CLI's step-up) and, when
    ``second_factor`` is given (the web's TOTP check), that it passes. An admin may use the offline
    recovery key instead of their own (when the record was never shared with anyone left). Leaves
    exactly one audit entry (actor, record, field names, reason; never values), written only once
    everything decrypted. A wrong passphrase, and an attempt refused because of too many of them,
    leave a ``testimony.unseal.failed`` entry (field names and reason, never the passphrase);
    other refusals leave none."""
    reason = reason.strip()
    if not reason:
        raise ValueError("unsealing needs a stated reason (--reason)")
    if passphrase is None and recovery_key is None:
        raise ValueError("unsealing needs your passphrase (or the recovery key)")
    recipient = ctx.actor if recovery_key is None else RECOVERY_RECIPIENT
    with ctx.store.db.reading() as session:
        access.check(session, ctx.actor, "testimony.read")  # a name the store does not know is refused
        record = session.get(Testimony, record_id)
        if record is None or not may_see_case(ctx, record.case_id):
            raise NotFound(f"no testimony record {record_id!r}")
        access.check(session, ctx.actor, "unseal", record.case_id)
        if recovery_key is not None:
            access.check(session, ctx.actor, "unseal.recovery")
        case_name = session.scalar(select(Case.name).where(Case.id == record.case_id)) or ""
        wrapped = session.scalars(
            select(WrappedKey).where(
                WrappedKey.record_id == record_id,
                WrappedKey.recipient == recipient,
                WrappedKey.key_version == record.key_version,
            )
        ).first()
        fields = session.scalars(
            select(SealedField).where(SealedField.record_id == record_id).order_by(SealedField.field)
        ).all()
    if second_factor is not None and not second_factor():
        raise PermissionDenied("the second factor was not accepted")
    private = recovery_key or _own_private_key(
        ctx,
        passphrase or "",
        "testimony.unseal.failed",
        case_name,
        record_id,
        {"fields": sorted(f.field for f in fields), "reason": reason},
    )
    if wrapped is None or wrapped.recipient_key != crypto.b64(bytes(private.public_key)):
        if recovery_key is not None:
            raise SealBroken("this is not the store's recovery key")
        raise NotShared(
            f"record {record_id} is not shared with {ctx.actor!r}: someone who can unseal it "
            "shares it (`habeas grant ... --share`)"
        )
    data_key = crypto.unwrap_key(wrapped.wrapped, private)
    opened = {
        f.field: crypto.open_value(data_key, record_id, f.field, f.key_version, f.nonce, f.ciphertext) for f in fields
    }
    details: dict[str, Any] = {"fields": sorted(opened), "reason": reason}
    if recovery_key is not None:
        details["with"] = "recovery key"
    with ctx.store.db.transaction() as session:
        audit.append(session, ctx.actor, "testimony.unseal", case_name=case_name, target=record_id, details=details)
    return {"id": record_id, "case": case_name, "fields": opened}


def share_case(ctx: Caller, passphrase: str, user: str, case: str) -> int:
    """Wrap the data key of every record of ``case`` that ``actor`` can open to ``user``'s key as
    well (``user`` must hold an unseal grant there); how many records were newly shared."""
    private = _own_private_key(ctx, passphrase, "testimony.share.failed", case, user, {})
    mine = crypto.b64(bytes(private.public_key))
    shared = 0
    with ctx.store.db.transaction() as session:
        case_row = get_case(session, case)
        if case_row is None or not may_see_case(ctx, case_row.id):
            raise NotFound(f"no case {case!r}")
        access.check(session, ctx.actor, "unseal", case_row.id)
        if user not in access.unseal_grantees(session, case_row.id):
            raise PermissionDenied(f"{user!r} holds no unseal grant on {case!r}")
        theirs = keys.user_public_key(session, user)
        if theirs is None:
            raise MissingKeys(f"{user!r} has no key pair yet: run `habeas --as {user} keys init`")
        records = session.execute(
            select(Testimony.id, Testimony.key_version).where(Testimony.case_id == case_row.id)
        ).all()
        for record_id, version in records:
            have = {
                w.recipient: w
                for w in session.scalars(
                    select(WrappedKey).where(WrappedKey.record_id == record_id, WrappedKey.key_version == version)
                )
            }
            source = have.get(ctx.actor)
            if user in have or source is None or source.recipient_key != mine:
                continue
            data_key = crypto.unwrap_key(source.wrapped, private)
            session.add(
                WrappedKey(
                    record_id=record_id,
                    recipient=user,
                    recipient_key=crypto.b64(bytes(theirs)),
                    key_version=version,
                    wrapped=crypto.wrap_key(data_key, theirs),
                )
            )
            shared += 1
        if shared:
            session.flush()
            audit.append(
                session, ctx.actor, "testimony.share", case_name=case, target=user, details={"records": shared}
            )
    return shared


def _own_private_key(
    ctx: Caller, passphrase: str, failed: str, case_name: str, target: str, details: dict[str, Any]
) -> PrivateKey:
    """The actor's private key, opened with their passphrase. The attempt counts against the
    actor's limit of wrong passphrases before the key is derived (refused past it), and the
    Argon2id derivation waits for one of the process's few slots. A wrong passphrase or a refusal
    is audited as ``failed`` with ``details`` (field names, never values)."""
    web, kdf = ctx.store.settings.web, ctx.store.settings.kdf

    def refused(error: str, first: Callable[[Session], None]) -> None:
        # ``first`` writes before the entry: on SQLite that takes the write lock, so no entry races it
        with ctx.store.db.transaction() as session:
            first(session)
            audit.append(
                session, ctx.actor, failed, case_name=case_name, target=target, details={**details, "error": error}
            )

    try:
        attempt = attempts.begin(ctx.store, ctx.actor, web.unseal_failures_per_user, web.unseal_window_s)
    except attempts.Throttled:
        refused("too many wrong passphrases", lambda session: attempts.forget_old(session, web.unseal_window_s))
        raise
    try:
        with attempts.DERIVATIONS.slot(kdf.max_parallel):
            private = keys.user_private_key(ctx.store, ctx.actor, passphrase)
    except WrongPassphrase:
        refused("wrong passphrase", attempt.failed)
        raise
    except BaseException:
        attempt.not_counted()
        raise
    attempt.succeeded()
    return private
