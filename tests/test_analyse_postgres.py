"""Analysis on PostgreSQL: the same corpus, entities and judgements, on a fresh database.

Runs when ``HABEAS_TEST_DATABASE_URL`` names a server (``make test`` starts one); skipped otherwise."""

import os
import uuid
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from habeas import services
from habeas.config import load_settings
from habeas.services import Caller, analysis, custody, intake

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"
URL = os.environ.get("HABEAS_TEST_DATABASE_URL")


@pytest.fixture()
def pg_store(tmp_path: Path):
    if not URL:
        if os.environ.get("HABEAS_REQUIRE_POSTGRES") == "1":
            pytest.fail("HABEAS_REQUIRE_POSTGRES=1 but HABEAS_TEST_DATABASE_URL is not set")
        pytest.skip("PostgreSQL tests need HABEAS_TEST_DATABASE_URL")
    admin = make_url(URL)
    conninfo = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    name = f"habeas_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = admin.set(database=name).render_as_string(hide_password=False)
    store = services.open_store(replace(load_settings(tmp_path / "store"), database_url=url))
    try:
        yield store
    finally:
        store.close()
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                (name,),
            )
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


def test_analysis_and_judgements_on_postgres(pg_store):
    intake.ingest(Caller(pg_store, "test"), [CORPUS], intake.default_intake(None, "EP", "A", "test", "test"))
    persons = {e["name"] for e in analysis.list_entities(Caller(pg_store), "person")}
    assert persons == {"Ilham Tohti", "Chen Quanguo", "Xi Jinping", "Wang Yi", "Bachelet"}
    [ijop] = [e for e in analysis.list_entities(Caller(pg_store)) if "IJOP" in e["aliases"]]
    analysis.split_entity(Caller(pg_store, "test"), ijop["id"], "IJOP")
    analysis.analyse(Caller(pg_store, "test"), None)
    assert [e["aliases"] for e in analysis.list_entities(Caller(pg_store)) if e["name"] == "IJOP"] == [[]]
    assert len(analysis.entity_dossier(Caller(pg_store), "Ilham Tohti")["mentions"]) >= 5
    assert any(c["value"] == 1535 for c in analysis.list_claims(Caller(pg_store))["claims"])
    assert custody.verify(Caller(pg_store))["ok"]
