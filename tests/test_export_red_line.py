"""The red line for everything that leaves Habeas: a canary placed in every sealed field of a
testimony record never appears in the bytes of any export, unless an unsealing user asks for it
explicitly; witnesses are pseudonymised. ``EXPORTERS`` lists every export format (a PDF dossier is
the HTML one printed by WeasyPrint); whoever adds one adds it there and this property covers it."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import BACKENDS, Cli, Make, PostgresServer, StoreFactory, ingest, require_backend
from habeas.config import LOCAL_OWNER, KdfCost
from habeas.custody import package as evidence
from habeas.errors import WrongPassphrase
from habeas.export import csv_rows, dossier
from habeas.protect import keys
from habeas.services import Caller, custody, exports
from habeas.services import keys as keys_service
from habeas.services import testimony as testimony_service
from habeas.services.custody import audit_trail
from habeas.store.store import Store

PASS = "a long case passphrase 42"
FAST_KDF = KdfCost(opslimit=1, memlimit=8192)  # libsodium's minimum: these tests test logic, not cost
FAST_ENV = {"HABEAS_KDF_OPSLIMIT": "1", "HABEAS_KDF_MEMLIMIT": "8192"}


@dataclass
class Filled:
    store: Store
    folder: Path


@pytest.fixture(scope="module", params=BACKENDS)
def case(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, pg_server: PostgresServer | None
) -> Iterator[Filled]:
    require_backend(request.param, pg_server)
    base = tmp_path_factory.mktemp(f"red-line-{request.param}")
    factory = StoreFactory(request.param, base, pg_server)
    settings_ = replace(factory.settings(), kdf=FAST_KDF)
    from habeas import services

    store = services.open_store(settings_)
    factory._opened.append((store, settings_.database_url))
    try:
        keys_service.init_keys(Caller(store, LOCAL_OWNER), PASS)
        ingest(store, Make.text(base / "in" / "report.txt", "Report about the Kashgar facility."))
        yield Filled(store, base)
    finally:
        factory.close()


def record_with(canary: str) -> dict[str, Any]:
    """A testimony record with the canary in every sealed field and plain values elsewhere."""
    return {
        "person": {
            "names": [canary, f"{canary} second"],
            "birth_year": 1980,
            "hometown": "Kashgar",
            "relatives": [{"name": canary, "relation": "brother", "contact": f"{canary}@example.org"}],
        },
        "act": {"type": "detention", "start": "2017-06", "place": "Kashgar", "status": "detained"},
        "source": {
            "connection": "relative",
            "name": canary,
            "contact": f"{canary}@example.org",
            "consent_document": True,
            "consent_publish": False,
        },
        "testimony": f"My brother was taken in June 2017. {canary}",
    }


# -- every export format: (name, function returning every byte string a recipient would get) ---------


def _zip_and_members(path: Path) -> list[bytes]:
    """The file as written and each member decompressed (compression would hide a leak)."""
    data = path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [data] + [archive.read(name) for name in archive.namelist()]


def export_evidence_package(store: Store, out: Path) -> list[bytes]:
    target = out / "package.zip"
    custody.export_evidence(Caller(store, LOCAL_OWNER), target, keys.case_signing_key(store, PASS))
    return _zip_and_members(target)


def export_testimony_list(store: Store, out: Path) -> list[bytes]:
    """What ``testimony list --json`` prints."""
    return [json.dumps(testimony_service.list_testimonies(Caller(store, LOCAL_OWNER)), ensure_ascii=False).encode()]


def export_audit_trail(store: Store, out: Path) -> list[bytes]:
    """What ``audit --json`` prints."""
    return [json.dumps(audit_trail(Caller(store), limit=0), ensure_ascii=False).encode()]


def export_ftm_file(store: Store, out: Path) -> list[bytes]:
    """What ``export ftm`` writes."""
    target = out / "case.ftm.json"
    exports.export_ftm(Caller(store), target)
    return [target.read_bytes()]


def export_csv_tables(store: Store, out: Path) -> list[bytes]:
    """What ``export csv`` writes for each kind of table (the search names the testimony's place)."""
    tables = []
    for kind in ("entities", "claims", "timeline", "search"):
        header, rows = exports.export_rows(Caller(store), kind, query="Kashgar" if kind == "search" else None)
        tables.append("".join(csv_rows.csv_lines(header, rows)).encode())
    return tables


def export_case_dossier_html(store: Store, out: Path) -> list[bytes]:
    """What ``dossier --case --html`` writes: the whole case, every statement cited."""
    return [dossier.render_html(exports.case_dossier_data(Caller(store))).encode()]


EXPORTERS: list[tuple[str, Callable[[Store, Path], list[bytes]]]] = [
    ("evidence package", export_evidence_package),
    ("testimony list --json", export_testimony_list),
    ("audit --json", export_audit_trail),
    ("export ftm", export_ftm_file),
    ("export csv", export_csv_tables),
    ("dossier --case --html", export_case_dossier_html),
]


def canary_forms(canary: str) -> list[bytes]:
    """The canary as an export could spell it: UTF-8, and escaped the way JSON writers escape."""
    escaped = json.dumps(canary, ensure_ascii=True)[1:-1]
    return sorted({canary.encode(), escaped.encode()})


LETTERS = (
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    + list("ئابپتجچخدرزژسشغفقكگڭلمنوۇۆۈۋېىي")
    + list("王李张伊力哈木土赫提")
)
canaries = st.text(alphabet=st.sampled_from(LETTERS), min_size=6, max_size=20).map(lambda s: f"Kanary{s}Q7")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(canary=canaries)
@pytest.mark.parametrize("exporter", [e for _, e in EXPORTERS], ids=[n for n, _ in EXPORTERS])
def test_sealed_canary_never_leaves(
    case: Filled, tmp_path: Path, exporter: Callable[[Store, Path], list[bytes]], canary: str
) -> None:
    added = testimony_service.add_testimony(Caller(case.store, LOCAL_OWNER), record_with(canary))
    out = tmp_path / added["id"]
    out.mkdir()
    blobs = exporter(case.store, out)
    assert blobs and any(blob for blob in blobs)
    for form in canary_forms(canary):
        assert not any(form in blob for blob in blobs), f"sealed value leaked as {form!r}"


def test_the_package_holds_public_fields_with_a_pseudonymous_source(case: Filled, tmp_path: Path) -> None:
    canary = "KanaryPublicFieldsQ7"
    added = testimony_service.add_testimony(Caller(case.store, LOCAL_OWNER), record_with(canary))
    target = tmp_path / "p.zip"
    custody.export_evidence(Caller(case.store, LOCAL_OWNER), target, keys.case_signing_key(case.store, PASS))
    with zipfile.ZipFile(target) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["sealed_fields"] == "not included"
    [record] = [r for r in manifest["testimonies"] if r["id"] == added["id"]]
    assert record["act"] == {"type": "detention", "start": "2017-06", "place": "Kashgar", "status": "detained"}
    assert record["source"]["connection"] == "relative" and record["source"]["consent_publish"] is False
    assert record["source"]["pseudonym"].startswith("source-")
    assert set(record["source"]) == {"pseudonym", "connection", "consent_document", "consent_publish"}
    assert record["person"] == {}  # names sealed; birth year and home town restricted: none leave
    assert "sealed" not in record
    assert evidence.verify_package(target, keys.case_verify_key(case.store))["ok"]


def test_sealed_fields_leave_only_when_an_unsealing_user_asks(case: Filled, tmp_path: Path) -> None:
    canary = "KanaryExplicitQ7"
    added = testimony_service.add_testimony(Caller(case.store, LOCAL_OWNER), record_with(canary))
    before = audit_trail(Caller(case.store), limit=0)["total"]
    records = len(testimony_service.list_testimonies(Caller(case.store, LOCAL_OWNER)))
    target = tmp_path / "sealed.zip"
    result = custody.export_evidence(
        Caller(case.store, LOCAL_OWNER),
        target,
        keys.case_signing_key(case.store, PASS),
        sealed=evidence.SealedRequest("for the tribunal", PASS),
    )
    assert result["sealed_included"] is True
    assert any(canary.encode() in blob for blob in _zip_and_members(target))  # the property's check can fail
    with zipfile.ZipFile(target) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    [record] = [r for r in manifest["testimonies"] if r["id"] == added["id"]]
    assert record["sealed"]["source.name"] == canary
    trail = audit_trail(Caller(case.store), limit=0)
    new = trail["entries"][before:]
    assert [e["action"] for e in new] == ["testimony.unseal"] * records + ["export.evidence"]
    assert all("reason" in e["fields"] for e in new[:-1])
    assert "sealed_included" in new[-1]["fields"]


def test_sealed_export_needs_the_right_passphrase(case: Filled, tmp_path: Path) -> None:
    testimony_service.add_testimony(Caller(case.store, LOCAL_OWNER), record_with("KanaryWrongPassQ7"))
    target = tmp_path / "x.zip"
    with pytest.raises(WrongPassphrase):
        custody.export_evidence(
            Caller(case.store, LOCAL_OWNER),
            target,
            keys.case_signing_key(case.store, PASS),
            sealed=evidence.SealedRequest("why", "not the passphrase"),
        )
    assert not list(tmp_path.iterdir())


# -- the commands, end to end ------------------------------------------------------------------------


def test_export_and_verify_package_from_the_command_line(cli: Cli, tmp_path: Path) -> None:
    """The path a user and a court take (service-level tests above cover the refusals in detail)."""
    env = cli.env(HABEAS_PASSPHRASE=PASS, **FAST_ENV)
    assert cli("keys", "init", env=env).returncode == 0
    public = cli("keys", "public", env=env)
    assert public.returncode == 0
    pub = tmp_path / "case-signing.pub"
    pub.write_text(public.stdout)
    cli.json("ingest", Make.text(tmp_path / "in" / "a.txt", "Words about the Hotan region."), env=env)
    package = tmp_path / "package.zip"
    made = cli.json("export", "evidence", package, env=env)
    assert made["documents"] == 1 and Path(made["path"]) == package.resolve()
    checked = cli.json("verify-package", package, "--key", pub, store=False)
    assert checked["ok"] is True and checked["files_checked"] == made["files"]

    with zipfile.ZipFile(package) as zin, zipfile.ZipFile(tmp_path / "bad.zip", "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            zout.writestr(name, bytes([data[0] ^ 1]) + data[1:] if name.endswith("a.txt") else data)
    broken = cli("verify-package", tmp_path / "bad.zip", "--key", pub, store=False)
    assert broken.returncode == 1 and "NOT intact" in broken.stdout and "a.txt: its SHA-256 is" in broken.stdout

    other = tmp_path / "other.pub"
    other.write_text("ed25519:" + "A" * 43 + "=\n")
    refused = cli("verify-package", package, "--key", other, store=False)
    assert refused.returncode == 1 and "signature does not match" in refused.stdout


def test_ftm_carries_published_testimonies_as_events_naming_no_one(case: Filled, tmp_path: Path) -> None:
    canary = "KanaryFtmEvent7Q"
    published = record_with(canary)
    published["source"]["consent_publish"] = True
    shown = testimony_service.add_testimony(Caller(case.store, LOCAL_OWNER), published)
    kept = testimony_service.add_testimony(
        Caller(case.store, LOCAL_OWNER), record_with(canary)
    )  # no consent to publish
    target = tmp_path / "case.ftm.json"
    exports.export_ftm(Caller(case.store), target)
    data = target.read_bytes()
    assert not any(form in data for form in canary_forms(canary))
    events = {
        x["id"]: x
        for x in map(json.loads, data.decode().splitlines())
        if x.get("habeas", {}).get("type") == "testimony"
    }
    assert f"hb-testimony-{shown['id']}" in events
    assert f"hb-testimony-{kept['id']}" not in events
    event = events[f"hb-testimony-{shown['id']}"]
    assert event["schema"] == "Event"
    assert event["properties"]["startDate"] == ["2017-06"] and event["properties"]["location"] == ["Kashgar"]
    record = event["habeas"]["record"]
    assert record["act"]["status"] == "detained" and record["source"]["pseudonym"].startswith("source-")
    assert record["person"] == {} and set(record["source"]) <= {
        "pseudonym",
        "connection",
        "consent_document",
        "consent_publish",
    }
