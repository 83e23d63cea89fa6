"""The cryptography Habeas uses, in one place, all from libsodium through PyNaCl.

- A private key at rest is encrypted with a key derived from its owner's passphrase
  (Argon2id, then XSalsa20-Poly1305 ``SecretBox``); the derivation's cost and salt are kept with
  the ciphertext, so a later change of cost never strands an old key.
- A sealed field is encrypted with its record's data key (XChaCha20-Poly1305); the associated data
  binds it to the record id, the field name and the key version, so ciphertext copied to another
  record or field, or read under another version, fails to decrypt.
- A data key is wrapped to each recipient's X25519 public key (``SealedBox``).
"""

from __future__ import annotations

import base64
import json
from typing import Any

import nacl.bindings
import nacl.exceptions
import nacl.pwhash
import nacl.secret
import nacl.utils
from nacl.public import PrivateKey, PublicKey, SealedBox

from habeas.errors import SealBroken, WrongPassphrase

KDF = "argon2id"
DATA_KEY_BYTES = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_KEYBYTES
NONCE_BYTES = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


# -- private keys under a passphrase ----------------------------------------------------


def protect_secret(secret: bytes, passphrase: str, opslimit: int, memlimit: int) -> dict[str, Any]:
    """``secret`` encrypted under a key derived from ``passphrase``, with what it takes to derive it again."""
    salt = nacl.utils.random(nacl.pwhash.argon2id.SALTBYTES)
    key = nacl.pwhash.argon2id.kdf(
        nacl.secret.SecretBox.KEY_SIZE, passphrase.encode("utf-8"), salt, opslimit=opslimit, memlimit=memlimit
    )
    box = nacl.secret.SecretBox(key).encrypt(secret)
    return {"kdf": KDF, "opslimit": opslimit, "memlimit": memlimit, "salt": b64(salt), "box": b64(bytes(box))}


def open_secret(protected: dict[str, Any], passphrase: str) -> bytes:
    """The secret ``protect_secret`` hid; ``WrongPassphrase`` when the passphrase does not open it."""
    if protected.get("kdf") != KDF:
        raise WrongPassphrase(f"unknown key derivation {protected.get('kdf')!r}")
    key = nacl.pwhash.argon2id.kdf(
        nacl.secret.SecretBox.KEY_SIZE,
        passphrase.encode("utf-8"),
        unb64(protected["salt"]),
        opslimit=int(protected["opslimit"]),
        memlimit=int(protected["memlimit"]),
    )
    try:
        return bytes(nacl.secret.SecretBox(key).decrypt(unb64(protected["box"])))
    except nacl.exceptions.CryptoError as exc:
        raise WrongPassphrase("wrong passphrase") from exc


# -- sealed fields -----------------------------------------------------------------------


def new_data_key() -> bytes:
    return nacl.utils.random(DATA_KEY_BYTES)


def associated_data(record_id: str, field: str, key_version: int) -> bytes:
    """What a sealed value is bound to: its record, its field and the data key's version."""
    return json.dumps([record_id, field, key_version], separators=(",", ":")).encode("utf-8")


def seal_value(data_key: bytes, record_id: str, field: str, key_version: int, value: Any) -> tuple[bytes, bytes]:
    """A JSON value encrypted for one field of one record: ``(nonce, ciphertext)``."""
    nonce = nacl.utils.random(NONCE_BYTES)
    plaintext = json.dumps(value, ensure_ascii=False).encode("utf-8")
    ciphertext = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(
        plaintext, associated_data(record_id, field, key_version), nonce, data_key
    )
    return nonce, ciphertext


def open_value(data_key: bytes, record_id: str, field: str, key_version: int, nonce: bytes, ciphertext: bytes) -> Any:
    """The value ``seal_value`` encrypted; ``SealBroken`` for any other key, record, field or version."""
    try:
        plaintext = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(
            ciphertext, associated_data(record_id, field, key_version), nonce, data_key
        )
    except nacl.exceptions.CryptoError as exc:
        raise SealBroken(f"sealed field {field!r} of record {record_id} does not decrypt") from exc
    return json.loads(plaintext.decode("utf-8"))


# -- wrapping data keys ------------------------------------------------------------------


def wrap_key(data_key: bytes, recipient: PublicKey) -> bytes:
    return bytes(SealedBox(recipient).encrypt(data_key))


def unwrap_key(wrapped: bytes, private_key: PrivateKey) -> bytes:
    try:
        return bytes(SealedBox(private_key).decrypt(wrapped))
    except nacl.exceptions.CryptoError as exc:
        raise SealBroken("the data key is not wrapped to this key") from exc
