"""schemathesis over the API's OpenAPI description: generated calls, logged in as an
investigator with a valid CSRF token, and not one answer may be a server error (5xx)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings

from conftest import ACTOR, ingest
from habeas import services
from habeas.config import Settings
from habeas.services import Caller, users
from habeas.web.app import create_app
from habeas.web.sessions import SECURE_COOKIE

schemathesis = pytest.importorskip("schemathesis")
CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"
PASSWORD = "schema tester's password"
EXAMPLES = 20


@pytest.fixture(scope="module")
def app_and_auth(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, dict[str, str], dict[str, str]]]:
    store_settings = Settings(store=tmp_path_factory.mktemp("schema") / "store", workers=1)
    store = services.open_store(store_settings)
    ingest(store, CORPUS)
    users.add_user(Caller(store, ACTOR), "sam", "investigator", PASSWORD)
    store.close()
    app = create_app(store_settings)
    with TestClient(app, base_url="https://testserver") as client:
        login = client.post("/api/login", json={"username": "sam", "password": PASSWORD})
        cookies = {SECURE_COOKIE: login.cookies[SECURE_COOKIE]}
        headers = {"X-CSRF-Token": login.json()["csrf_token"]}
        yield app, cookies, headers


def test_no_call_is_a_server_error(app_and_auth: tuple[Any, dict[str, str], dict[str, str]]) -> None:
    app, cookies, headers = app_and_auth
    # Uploads start real ingests in the background, and a logout ends the session every later call
    # shares; test_web_api and test_web_sessions cover both.
    schema = (
        schemathesis.openapi.from_asgi("/api/openapi.json", app)
        .exclude(path="/api/uploads")
        .exclude(path="/api/logout")
    )
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 8
    failures: list[str] = []
    statuses: set[int] = set()
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def call(case: Any) -> None:
            response = case.call(headers=headers, cookies=cookies)
            statuses.add(response.status_code)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:200]}")

        call()
    assert not failures, failures
    assert 200 in statuses, f"the calls were logged in and some succeeded: {statuses}"
