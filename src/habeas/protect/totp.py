"""A second factor for signing in: time-based one-time codes (TOTP, RFC 6238), as any
authenticator app makes them. Required of admins and of anyone who has enrolled, at login and
again before a step-up action (such as unsealing a witness's identity).

The shared secret is kept encrypted (AES-256-GCM, bound to the user's name) with a key held in a
file of the store, so a copy of the database alone does not give away anyone's codes. A code is
accepted once: the time step it belongs to is remembered, and that step and every earlier one
are refused afterwards."""

from __future__ import annotations

import base64
import secrets
import time
from dataclasses import dataclass
from typing import Any

import pyotp
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import or_, select, update

from habeas.errors import StepUpRequired
from habeas.store.auth_models import UserTotp
from habeas.store.keys import store_secret
from habeas.store.models import User
from habeas.store.store import Store

ISSUER = "Habeas"
KEY_FILE = "totp-key"
STEP_S = 30
DRIFT_STEPS = 1  # a code from the step before or after is accepted: clocks and typing take time
ROLES_THAT_NEED_IT = frozenset({"admin"})


@dataclass(frozen=True)
class Enrolment:
    """What the user copies into an authenticator app, shown once."""

    name: str
    secret: str
    uri: str


def has_totp(store: Store, name: str) -> bool:
    """Whether ``name`` has enrolled a second factor."""
    with store.db.reading() as session:
        return (
            session.scalars(
                select(UserTotp.user_id).join(User, User.id == UserTotp.user_id).where(User.name == name)
            ).first()
            is not None
        )


def totp_required(store: Store, user: dict[str, Any]) -> bool:
    """Whether signing in as ``user`` needs a one-time code: always for admins, and for anyone enrolled."""
    return user["role"] in ROLES_THAT_NEED_IT or has_totp(store, user["name"])


def verify_totp(store: Store, name: str, code: str | None, *, now: float | None = None) -> bool:
    """Whether ``code`` is ``name``'s current one-time code, not used before. A right code is used up."""
    code = (code or "").strip().replace(" ", "")
    if not code.isdigit() or len(code) != 6:
        return False
    with store.db.reading() as session:
        row = session.execute(
            select(User.id, UserTotp.secret_encrypted, UserTotp.last_step)
            .join(UserTotp, UserTotp.user_id == User.id)
            .where(User.name == name, User.disabled.is_(False))
        ).first()
    if row is None:
        return False
    user_id, sealed, last_step = row
    try:
        secret = _decrypt(store, name, sealed)
    except InvalidTag:
        return False  # the secret was moved to another user, or the key file changed: fail closed
    totp = pyotp.TOTP(secret, interval=STEP_S)
    at = time.time() if now is None else now
    current = int(at // STEP_S)
    for step in range(current - DRIFT_STEPS, current + DRIFT_STEPS + 1):
        if secrets.compare_digest(totp.at(step * STEP_S), code):
            if last_step is not None and step <= last_step:
                return False  # replayed
            with store.db.transaction() as session:
                # Only one of two simultaneous uses of the same code can move the step forward.
                done = session.execute(
                    update(UserTotp)
                    .where(UserTotp.user_id == user_id, or_(UserTotp.last_step.is_(None), UserTotp.last_step < step))
                    .values(last_step=step)
                )
                return bool(done.rowcount)  # type: ignore[attr-defined]
    return False


def require_step_up(store: Store, name: str, code: str | None) -> None:
    """Refuse (``StepUpRequired``) unless ``name`` has enrolled a second factor and ``code`` is a
    fresh one-time code from it. For service functions guarding a step-up action."""
    if not has_totp(store, name):
        raise StepUpRequired(f"{name} has no one-time code set up: habeas users totp {name}")
    if not verify_totp(store, name, code):
        raise StepUpRequired("this action needs a current one-time code from your authenticator")


def _key(store: Store) -> AESGCM:
    return AESGCM(bytes.fromhex(store_secret(store.settings.store, KEY_FILE).decode()))


def encrypt_secret(store: Store, name: str, secret: str) -> str:
    nonce = secrets.token_bytes(12)
    sealed = _key(store).encrypt(nonce, secret.encode(), _bound_to(name))
    return base64.b64encode(nonce + sealed).decode()


def _decrypt(store: Store, name: str, sealed: str) -> str:
    raw = base64.b64decode(sealed)
    return _key(store).decrypt(raw[:12], raw[12:], _bound_to(name)).decode()


def _bound_to(name: str) -> bytes:
    return b"habeas-totp-v1:" + name.encode()
