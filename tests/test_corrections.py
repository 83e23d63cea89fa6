"""People correct the machine: dismissed claims, events and entities and renamed entities leave (or
change in) every listing, dossier and export, are audited and sealed, and hold through
``analyse --all`` (SQLite and PostgreSQL, the services and the CLI)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, update

from conftest import ACTOR, Cli, Make, ingest
from habeas.errors import NotFound
from habeas.services import Caller, analysis, corrections, custody, exports, overview
from habeas.store.correction_models import Correction
from habeas.store.models import AuditEntry
from habeas.store.store import Store

REPORT = """Report on the camps in Kashgar

Memet Tursun was detained in Kashgar on 3 May 2018 by the Kashgar Public Security Bureau. About 300
people were held in the Kashgar camp in 2018. The footnote says 12 pages were missing.
Abdurehim Heyit was sentenced in Urumqi on 9 June 2017.
"""


@pytest.fixture
def analysed(store: Store, tmp_path: Path, make: type[Make]) -> Store:
    folder = tmp_path / "docs"
    folder.mkdir()
    make.text(folder / "report.txt", REPORT)
    ingest(store, folder)
    return store


def _ftm_lines(store: Store, out: Path) -> str:
    exports.export_ftm(Caller(store, ACTOR), out)
    return out.read_text()


def _refused_clearly(store: Store, dismissed: str) -> None:
    me = Caller(store, ACTOR)
    with pytest.raises(NotFound, match="DOCUMENT:PAGE:START-END"):
        corrections.dismiss(me, "claim", "not-a-ref")
    with pytest.raises(NotFound, match="no dismissed event"):
        corrections.restore(me, "event", "abc:1:2-3")
    with pytest.raises(ValueError, match="kind must be"):
        corrections.dismiss(me, "mention", "x")
    with pytest.raises(ValueError, match="1 to 300 characters"):
        corrections.rename_entity(me, "Kashgar", "  ")
    with pytest.raises(ValueError, match="dismissed already"):
        corrections.dismiss(me, "claim", dismissed)


def test_dismiss_rename_restore_hold_through_reanalysis(analysed: Store, tmp_path: Path) -> None:
    store, me = analysed, Caller(analysed, ACTOR)
    claims = analysis.list_claims(Caller(store))["claims"]
    pages = next(c for c in claims if c["value"] == 12)
    held = next(c for c in claims if c["value"] == 300)
    event = next(e for e in analysis.timeline(Caller(store))["events"] if e["date"] == "2017-06-09")
    names = {e["name"] for e in analysis.list_entities(Caller(store))}
    assert {"Kashgar", "Abdurehim Heyit", "Kashgar Public Security Bureau"} <= names

    corrections.dismiss(me, "claim", pages["ref"])
    corrections.dismiss(me, "event", event["ref"])
    corrections.dismiss(me, "entity", "Abdurehim Heyit")
    corrections.dismiss(me, "claim", held["ref"])  # and a second dismissal of it is refused
    _refused_clearly(store, held["ref"])
    corrections.restore(me, "claim", held["ref"])
    shown = overview.case_overview(me)  # counted as the claims page and the timeline count
    assert shown["claims"] == len(analysis.list_claims(me)["claims"]) == len(claims) - 1
    assert shown["events"] == len(analysis.timeline(me)["events"])
    renamed = corrections.rename_entity(me, "Kashgar Public Security Bureau", "Kashgar City Public Security Bureau")
    assert renamed["decision"] == "rename" and renamed["text"] == "Kashgar Public Security Bureau"

    def corrected() -> None:
        refs = [c["ref"] for c in analysis.list_claims(Caller(store))["claims"]]
        assert pages["ref"] not in refs and held["ref"] in refs
        assert event["ref"] not in [e["ref"] for e in analysis.timeline(Caller(store))["events"]]
        entities = {e["name"]: e for e in analysis.list_entities(Caller(store))}
        assert "Abdurehim Heyit" not in entities and "Kashgar" in entities
        bureau = entities["Kashgar City Public Security Bureau"]
        assert "Kashgar Public Security Bureau" in bureau["aliases"]
        with pytest.raises(NotFound):
            analysis.entity_dossier(Caller(store), "Abdurehim Heyit")
        dossier = analysis.entity_dossier(Caller(store), "Kashgar")
        assert all(c["ref"] != pages["ref"] for c in dossier["claims"])
        case = exports.case_dossier_data(Caller(store))
        assert pages["ref"] not in [c["ref"] for c in case["claims"]]
        assert event["ref"] not in [e["ref"] for e in case["events"]]
        ftm = _ftm_lines(store, tmp_path / "case.ftm.json")
        assert "Abdurehim Heyit" not in ftm and "12 pages" not in ftm and "Kashgar City Public Security Bureau" in ftm
        _, rows = exports.export_rows(Caller(store), "claims")
        assert not any("12 pages" in " ".join(map(str, r)) for r in rows)

    corrected()
    analysis.analyse(me, None)  # analyse --all deletes and re-creates claims, events and entities
    corrected()

    standing = corrections.list_corrections(Caller(store))
    assert {(c["kind"], c["decision"]) for c in standing} == {
        ("claim", "dismiss"),
        ("event", "dismiss"),
        ("entity", "dismiss"),
        ("entity", "rename"),
    }
    corrections.restore(me, "claim", pages["ref"])
    corrections.restore(me, "entity", "Abdurehim Heyit")
    assert pages["ref"] in [c["ref"] for c in analysis.list_claims(Caller(store))["claims"]]
    assert "Abdurehim Heyit" in {e["name"] for e in analysis.list_entities(Caller(store))}
    analysis.analyse(me, None)
    assert pages["ref"] in [c["ref"] for c in analysis.list_claims(Caller(store))["claims"]]
    assert len(corrections.list_corrections(Caller(store))) == 2

    with store.db.reading() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
    actions = [e.action for e in entries]
    for action in ("claim.dismiss", "event.dismiss", "entity.dismiss", "entity.rename", "claim.restore"):
        assert action in actions
    dismissal = next(e for e in entries if e.action == "claim.dismiss")
    details = dismissal.details if isinstance(dismissal.details, dict) else json.loads(dismissal.details)
    assert details["ref"] == pages["ref"] and details["page"] == pages["page"] and details["start"] == pages["start"]
    assert custody.verify(Caller(store))["ok"]
    with store.db.transaction() as session:  # a correction changed behind Habeas's back is noticed
        session.execute(update(Correction).values(name="Someone Else"))
    found = custody.verify(Caller(store))["problems"]
    assert any(p.startswith("correction ") and "name changed" in p for p in found), found


def test_the_cli_corrects_and_lists(cli: Cli, tmp_path: Path, make: type[Make]) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    make.text(folder / "report.txt", REPORT)
    env = Cli.env(HABEAS_WORKERS="1")
    assert cli("ingest", folder, env=env).returncode == 0
    claim = next(c for c in cli.json("claims")["claims"] if c["value"] == 12)
    done = cli.json("correct", "claim", claim["ref"], "--dismiss")
    assert done == {"kind": "claim", "decision": "dismiss", "ref": claim["ref"], "text": claim["text"], "name": None}
    renamed = cli("correct", "entity", "Abdurehim Heyit", "--rename", "Abdurehim Heyit (musician)")
    assert renamed.returncode == 0 and "renamed" in renamed.stdout, renamed.stderr
    listed = cli.json("correct", "list")
    assert [(c["kind"], c["decision"]) for c in listed] == [("entity", "rename"), ("claim", "dismiss")]
    assert cli("analyse", "--all").returncode == 0
    assert claim["ref"] not in [c["ref"] for c in cli.json("claims")["claims"]]
    restored = cli("correct", "claim", claim["ref"], "--restore")
    assert restored.returncode == 0 and "restored" in restored.stdout
    bad = cli("correct", "claim", "nonsense", "--dismiss")
    assert bad.returncode != 0 and "DOCUMENT:PAGE:START-END" in bad.stderr and "Traceback" not in bad.stderr


def test_the_migration_makes_the_table_the_model_describes(store: Store) -> None:
    """On SQLite and PostgreSQL: the ``corrections`` table is the one the model describes, and
    downgrading past the migration removes it again."""
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from habeas.store import db
    from habeas.store.models import Base

    with store.db.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert [d for d in diffs if "corrections" in repr(d)] == []
    config = db.alembic_config(store.db.engine)
    command.downgrade(config, "workbench")
    with store.db.engine.connect() as conn:
        assert "corrections" not in store.db.engine.dialect.get_table_names(conn)
    command.upgrade(config, "head")
    assert db.current_revision(store.db.engine) == db.newest_revision()
