"""Key pairs: each user's, the case signing key and the recovery key."""

from __future__ import annotations

from typing import TypedDict

from nacl.public import PrivateKey
from nacl.signing import SigningKey

from habeas.errors import WrongPassphrase
from habeas.protect import access, crypto
from habeas.protect.keys import (
    MIN_PASSPHRASE,
    PUBLIC_PREFIX,
    RECOVERY,
    RECOVERY_PREFIX,
    SIGNING,
    STORE_WIDE,
    USER,
    case_signing_key,
    case_verify_key,
    format_public_key,
    key_row,
    user_public_key,
)
from habeas.protect.keys import parse_public_key as parse_public_key  # re-exported: a verifier's key, read
from habeas.protect.keys import recovery_private_key as recovery_private_key  # re-exported: the offline key, read
from habeas.protect.models import KeyPair
from habeas.services import Caller
from habeas.store import audit
from habeas.store.keys import store_secret as store_secret  # re-exported: the web's session-signing key


class KeysMade(TypedDict):
    """What ``habeas keys init`` made, and the public keys now in place; the recovery key's private
    half only when it was made now (it is stored nowhere)."""

    user: str
    created: list[str]
    user_public_key: str | None
    signing_public_key: str | None
    recovery_private_key: str | None


def _key_pair(ctx: Caller, kind: str, public: bytes, private: bytes | None, passphrase: str) -> KeyPair:
    """A new key pair's row: the private half sealed with the passphrase at the store's key-derivation
    cost, or none (the recovery key's, handed to the admin once and stored nowhere, owned store-wide)."""
    kdf = ctx.store.settings.kdf
    return KeyPair(
        kind=kind,
        owner=ctx.actor if private is not None else STORE_WIDE,
        public_key=crypto.b64(public),
        protected_private=crypto.protect_secret(private, passphrase, kdf.opslimit, kdf.memlimit)
        if private is not None
        else None,
        created_by=ctx.actor,
    )


def init_keys(ctx: Caller, passphrase: str) -> KeysMade:
    """Make what is missing: the actor's key pair, and (for an admin) the case signing key and the
    recovery key pair. Safe to run again: existing keys are kept, and the passphrase must open the
    actor's existing key. ``recovery_private_key`` is in the answer only when the recovery key was
    made now; it is stored nowhere."""
    created: list[str] = []
    recovery_text: str | None = None
    with ctx.store.db.transaction() as session:
        role = access.check(session, ctx.actor, "keys.init")
        mine = key_row(session, USER, ctx.actor)
        if mine is None:
            if len(passphrase) < MIN_PASSPHRASE:
                raise ValueError(f"a passphrase needs at least {MIN_PASSPHRASE} characters")
            private = PrivateKey.generate()
            session.add(_key_pair(ctx, USER, bytes(private.public_key), bytes(private), passphrase))
            created.append(USER)
        elif mine.protected_private is not None:
            try:
                crypto.open_secret(mine.protected_private, passphrase)
            except WrongPassphrase as exc:
                raise WrongPassphrase(f"wrong passphrase for {ctx.actor!r}'s existing key") from exc
        if role in access.OPERATIONS["keys.signing"]:
            if key_row(session, SIGNING) is None:
                signing = SigningKey.generate()
                session.add(_key_pair(ctx, SIGNING, bytes(signing.verify_key), bytes(signing), passphrase))
                created.append(SIGNING)
            if key_row(session, RECOVERY) is None:
                recovery = PrivateKey.generate()
                session.add(_key_pair(ctx, RECOVERY, bytes(recovery.public_key), None, passphrase))
                recovery_text = RECOVERY_PREFIX + crypto.b64(bytes(recovery))
                created.append(RECOVERY)
        session.flush()
        if created:
            audit.append(session, ctx.actor, "keys.init", target=ctx.actor, details={"created": created})
        signing_row = key_row(session, SIGNING)
        public_key = user_public_key(session, ctx.actor)
    return {
        "user": ctx.actor,
        "created": created,
        "user_public_key": crypto.b64(bytes(public_key)) if public_key is not None else None,
        "signing_public_key": PUBLIC_PREFIX + signing_row.public_key if signing_row is not None else None,
        "recovery_private_key": recovery_text,
    }


def case_public_key(ctx: Caller) -> str:
    """The case's public signing key, as the one line a verifier is given."""
    return format_public_key(case_verify_key(ctx.store))


def signing_key(ctx: Caller, passphrase: str) -> SigningKey:
    """The case signing key, opened with the caller's passphrase (a wrong one is a ValueError)."""
    return case_signing_key(ctx.store, passphrase)
