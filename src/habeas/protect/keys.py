"""Key pairs: each user's X25519 key, the case signing key (Ed25519) and the offline recovery key.

Private halves are kept only encrypted under their owner's passphrase (Argon2id); the recovery
key's private half is handed out once by ``init_keys`` and never stored. "The case" here is the
case store: one signing key signs every evidence package the store exports."""

from __future__ import annotations

import base64
import binascii

import nacl.exceptions
from nacl.public import PrivateKey, PublicKey
from nacl.signing import SigningKey, VerifyKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from habeas.errors import MissingKeys, WrongPassphrase
from habeas.protect import crypto
from habeas.protect.models import KeyPair
from habeas.store.store import Store

USER, SIGNING, RECOVERY = "user", "signing", "recovery"
STORE_WIDE = ""  # the owner column of the signing and recovery keys' rows is the creator
PUBLIC_PREFIX = "ed25519:"
RECOVERY_PREFIX = "habeas-recovery-x25519:"
MIN_PASSPHRASE = 12

__all__ = [
    "MissingKeys",
    "WrongPassphrase",
    "case_signing_key",
    "case_verify_key",
    "format_public_key",
    "parse_public_key",
    "recovery_private_key",
    "user_private_key",
]


def format_public_key(key: VerifyKey) -> str:
    """A public signing key as one line: ``ed25519:`` and the standard base64 of its 32 bytes."""
    return PUBLIC_PREFIX + base64.b64encode(bytes(key)).decode("ascii")


def parse_public_key(text: str) -> VerifyKey:
    """The key ``format_public_key`` wrote (surrounding blank space allowed); ValueError otherwise."""
    text = text.strip()
    if not text.startswith(PUBLIC_PREFIX):
        raise ValueError(f"a public key starts with {PUBLIC_PREFIX!r}")
    try:
        raw = base64.b64decode(text[len(PUBLIC_PREFIX) :], validate=True)
    except binascii.Error as exc:
        raise ValueError("the public key is not valid base64") from exc
    if len(raw) != 32:
        raise ValueError(f"an Ed25519 public key has 32 bytes, this one {len(raw)}")
    return VerifyKey(raw)


def key_row(session: Session, kind: str, owner: str | None = None) -> KeyPair | None:
    query = select(KeyPair).where(KeyPair.kind == kind)
    if owner is not None:
        query = query.where(KeyPair.owner == owner)
    return session.scalars(query.order_by(KeyPair.id).limit(1)).first()


def case_verify_key(store: Store) -> VerifyKey:
    """The case's public signing key."""
    with store.db.reading() as session:
        row = key_row(session, SIGNING)
    if row is None:
        raise MissingKeys("this store has no signing key yet: run `habeas keys init`")
    return VerifyKey(crypto.unb64(row.public_key))


def case_signing_key(store: Store, passphrase: str) -> SigningKey:
    """The case signing key, opened with the passphrase that protects it (its creator's)."""
    with store.db.reading() as session:
        row = key_row(session, SIGNING)
    if row is None or row.protected_private is None:
        raise MissingKeys("this store has no signing key yet: run `habeas keys init`")
    try:
        seed = crypto.open_secret(row.protected_private, passphrase)
    except WrongPassphrase as exc:
        raise WrongPassphrase(f"wrong passphrase for the case signing key (it is {row.owner}'s)") from exc
    key = SigningKey(seed)
    if crypto.b64(bytes(key.verify_key)) != row.public_key:
        raise WrongPassphrase("the stored signing key does not match its public half")
    return key


def user_public_key(session: Session, user: str) -> PublicKey | None:
    row = key_row(session, USER, user)
    return PublicKey(crypto.unb64(row.public_key)) if row is not None else None


def user_private_key(store: Store, user: str, passphrase: str) -> PrivateKey:
    """A user's X25519 private key, opened with their passphrase."""
    with store.db.reading() as session:
        row = key_row(session, USER, user)
    if row is None or row.protected_private is None:
        raise MissingKeys(f"{user!r} has no key pair yet: run `habeas --as {user} keys init`")
    try:
        return PrivateKey(crypto.open_secret(row.protected_private, passphrase))
    except WrongPassphrase as exc:
        raise WrongPassphrase(f"wrong passphrase for {user!r}") from exc


def recovery_public_key(session: Session) -> PublicKey | None:
    row = key_row(session, RECOVERY)
    return PublicKey(crypto.unb64(row.public_key)) if row is not None else None


def recovery_private_key(text: str) -> PrivateKey:
    """The recovery key as ``init_keys`` handed it out."""
    text = text.strip()
    if not text.startswith(RECOVERY_PREFIX):
        raise ValueError(f"a recovery key starts with {RECOVERY_PREFIX!r}")
    try:
        return PrivateKey(base64.b64decode(text[len(RECOVERY_PREFIX) :], validate=True))
    except (binascii.Error, nacl.exceptions.CryptoError, TypeError, ValueError) as exc:
        raise ValueError("the recovery key is malformed") from exc
