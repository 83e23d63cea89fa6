"""Logging in and stepping up: the password, then the one-time code where one is required, every
failure counted against the name and the address (``LoginThrottle``); and which address that is,
behind the reverse proxies ``HABEAS_TRUSTED_PROXIES`` names."""

from __future__ import annotations

import ipaddress
from typing import Any

from fastapi import HTTPException, Request

from habeas.errors import StepUpRequired
from habeas.services import users
from habeas.web.deps import Visitor
from habeas.web.sessions import Sessions
from habeas.web.throttle import LoginThrottle

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def trusted_networks(spec: str) -> tuple[Network, ...]:
    """The reverse proxies ``HABEAS_TRUSTED_PROXIES`` names: comma-separated addresses or CIDR
    networks (``127.0.0.1, 10.0.0.0/8``). A malformed entry stops the app from starting."""
    networks = []
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        try:
            networks.append(ipaddress.ip_network(part, strict=False))
        except ValueError as exc:
            raise ValueError(f"HABEAS_TRUSTED_PROXIES: {part!r} is not an address or network") from exc
    return tuple(networks)


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def _trusted(address: ipaddress.IPv4Address | ipaddress.IPv6Address | None, proxies: tuple[Network, ...]) -> bool:
    return address is not None and any(address.version == n.version and address in n for n in proxies)


def client_address(request: Request) -> str:
    """The client's address as the throttle counts it: the socket's peer, unless the peer is a
    trusted proxy; then ``X-Forwarded-For`` is read from the right (each trusted proxy appends the
    address it saw) up to the first address that is not a trusted proxy. Anyone else's
    ``X-Forwarded-For`` is ignored: a client could write anything there."""
    peer = request.client.host if request.client else "unknown"
    proxies: tuple[Network, ...] = getattr(request.app.state, "trusted_proxies", ())
    if not proxies or not _trusted(_address(peer), proxies):
        return peer
    hops = [hop.strip() for line in request.headers.getlist("x-forwarded-for") for hop in line.split(",")]
    client = peer
    for hop in reversed([h for h in hops if h]):
        address = _address(hop)
        if address is None:  # not an address: nothing to its left can be believed either
            break
        client = str(address)
        if not _trusted(address, proxies):
            break
    return client


def check_throttle(request: Request, name: str, address: str) -> None:
    throttle: LoginThrottle = request.app.state.throttle
    wait = throttle.retry_after(name, address)
    if wait is not None:
        raise HTTPException(
            429, f"too many failed attempts; try again in {wait} seconds", headers={"Retry-After": str(wait)}
        )


def log_in(
    request: Request, visitor: Visitor, name: str, password: str, code: str | None
) -> tuple[str, dict[str, Any]] | None:
    """A new session (cookie, data) for the account, or None. The password, then the one-time
    code where one is required; every failure counts against the name and the address."""
    throttle: LoginThrottle = request.app.state.throttle
    sessions: Sessions = request.app.state.sessions
    address = client_address(request)
    check_throttle(request, name, address)
    user = users.authenticate(visitor.ctx, name, password)
    code_needed = user is not None and users.totp_required(visitor.ctx, user)
    if user is not None and code_needed:
        if not users.has_totp(visitor.ctx, user["name"]):
            raise HTTPException(403, f"an admin must set up a one-time code first: habeas users totp {name}")
        if not users.verify_totp(visitor.ctx, user["name"], code):
            user = None
    if user is None:
        throttle.failed(name, address)
        return None
    throttle.succeeded(name)
    # A new id, so a new cookie and CSRF token: nothing from the anonymous session carries over.
    # A code given now counts as a step-up for a while.
    return sessions.new(user["name"], stepped_up=code_needed)


def step_up(request: Request, visitor: Visitor, code: str) -> str:
    """Check a fresh one-time code from the visitor; returns the stepped-up session's cookie."""
    throttle: LoginThrottle = request.app.state.throttle
    sessions: Sessions = request.app.state.sessions
    address = client_address(request)
    check_throttle(request, visitor.name, address)
    try:
        users.require_step_up(visitor.ctx, visitor.name, code)
    except StepUpRequired as exc:
        throttle.failed(visitor.name, address)
        raise HTTPException(403, str(exc)) from exc
    return sessions.stepped_up(visitor.session)[0]
