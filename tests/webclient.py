"""What the tests that drive the web app in process share: a client over a store's app, and
logging in through the API."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from fastapi.testclient import TestClient

from habeas.config import Settings
from habeas.services import Caller, users
from habeas.store.store import Store
from habeas.web.app import create_app

# https: the session cookie is Secure (``__Host-``), and a client sends it back only over HTTPS.
BASE = "https://testserver"


@contextmanager
def in_process_client(settings: Settings) -> Iterator[TestClient]:
    """The web app over ``settings``'s store, in this process; redirects are answers, not followed."""
    with TestClient(create_app(settings), base_url=BASE, follow_redirects=False) as client:
        yield client


def api_login(client: TestClient, name: str, password: str, code: str | None = None) -> str:
    """Log in through the API (with a one-time ``code`` where the account needs one); returns the
    CSRF token for writes."""
    body = {"username": name, "password": password} | ({"totp": code} if code is not None else {})
    r = client.post("/api/login", json=body)
    assert r.status_code == 200, r.text
    return str(r.json()["csrf_token"])


def page_as_reader(store: Store, actor: str, path: str) -> str:
    """A page of the web app as a new reader of the store sees it (the reader added by ``actor``)."""
    users.add_user(Caller(store, actor), "rex", "reader", "rex's long password")
    with in_process_client(store.settings) as client:
        api_login(client, "rex", "rex's long password")
        page = client.get(path)
    assert page.status_code == 200, page.text
    return page.text
