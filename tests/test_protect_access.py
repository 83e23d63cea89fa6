"""Roles and per-case grants, deny by default, checked in the service layer: every role against
every guarded service operation. Only the allowed ones succeed; the rest raise PermissionDenied."""

from __future__ import annotations

import contextvars
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from nacl.public import PrivateKey
from nacl.signing import SigningKey

from conftest import BACKENDS, PostgresServer, StoreFactory, require_backend
from habeas import services
from habeas.errors import PermissionDenied, QueueNotConfigured
from habeas.protect import access, keys, testimony
from habeas.search.index import SearchFilters
from habeas.services import Caller, cases, custody, documents, exports, guard, linkage, names, search, users
from habeas.services import analysis as analysis_services
from habeas.services import intake as intake_service
from habeas.services import keys as keys_service
from habeas.services import testimony as testimony_service
from habeas.services.custody import audit_trail
from habeas.services.jobs import batch_status, enqueue, list_batches, resend, wait
from habeas.store.store import Store
from test_protect_keys import FAST_KDF, PASS
from test_protect_testimony import record_with_canary

USERS = {"reader": "rex", "reviewer": "rita", "investigator": "ivan", "admin": "ada", "nobody": "stranger"}
Y, N = True, False
# service function: allowed for (reader, reviewer, investigator, admin, an unknown name). Written out
# by hand, not derived from access.OPERATIONS, so that a change to the table shows up here.
READ = (Y, Y, Y, Y, N)
WRITE = (N, N, Y, Y, N)
DECIDE = (N, Y, Y, Y, N)
ADMIN = (N, N, N, Y, N)
EXPECTED: dict[str, tuple[bool, bool, bool, bool, bool]] = {
    # keys, testimony, grants
    "protect.keys.init_keys": READ,
    "protect.testimony.add_testimony": WRITE,
    "protect.testimony.list_testimonies": READ,
    "protect.testimony.show_testimony": READ,
    "testimony.restricted": WRITE,  # show_testimony with the restricted fields in clear
    "protect.testimony.unseal": WRITE,
    "unseal.recovery": ADMIN,  # unseal with the offline recovery key
    "protect.access.grant": ADMIN,
    "protect.access.revoke": ADMIN,
    "protect.access.list_grants": ADMIN,
    # cases, intake, search, documents, users
    "services.create_case": WRITE,
    "services.list_cases": READ,
    "services.ingest": WRITE,
    "services.start_ingest_job": WRITE,
    "queue.service.enqueue": WRITE,
    "queue.service.resend": WRITE,
    "queue.service.batch_status": READ,
    "queue.service.list_batches": READ,
    "queue.service.wait": READ,
    "services.reindex": WRITE,
    "services.search": READ,
    "services.search_all": READ,
    "services.search_facets": READ,
    "services.list_documents": READ,
    "services.show_document": READ,
    "services.original_file": READ,
    "services.add_user": ADMIN,
    "services.list_users": ADMIN,
    "auth.totp.enrol_totp": ADMIN,
    "services.verify": READ,
    # names and linkage
    "services.match_names": READ,
    "services.link_records": WRITE,
    "services.link_review_queue": DECIDE,
    "services.link_decide": DECIDE,
    "services.restrict_records": WRITE,
    # analysis
    "analysis_services.analyse": WRITE,
    "analysis_services.list_entities": READ,
    "analysis_services.count_entities": READ,
    "analysis_services.entity_mention_page": READ,
    "analysis_services.entity_dossier": READ,
    "analysis_services.entity_network": READ,
    "analysis_services.document_entities": READ,
    "analysis_services.list_claims": READ,
    "analysis_services.timeline": READ,
    "analysis_services.merge_candidates": DECIDE,
    "analysis_services.merge_entities": DECIDE,
    "analysis_services.split_entity": DECIDE,
    "analysis_services.decide_candidate": DECIDE,
    # exports, imports, officials, audit
    "export.csv_rows.export_rows": READ,
    "export.dossier.entity_dossier_data": READ,
    "export.dossier.case_dossier_data": READ,
    "export.ftm.export_ftm": READ,
    "export.ftm.import_ftm": WRITE,
    "export.sanctions.cross_reference": READ,
    "export.sanctions.decide": DECIDE,
    "custody.package.export_evidence": WRITE,
    "custody.trail.audit_trail": READ,
}
# Allowed calls that pass the check and then refuse their input (set up so that they must): what
# they would change is shared by the whole matrix, or needs a message broker. Allowed here means
# "refused by the data, never by the rules"; the refusals still raise PermissionDenied.
REFUSED_BY_DATA: dict[str, type[Exception]] = {
    "queue.service.enqueue": QueueNotConfigured,        # no broker configured in this store
    "queue.service.resend": QueueNotConfigured,
    "queue.service.batch_status": LookupError,          # no such batch
    "queue.service.wait": LookupError,
    "services.link_decide": LookupError,                # no such pair
    "services.restrict_records": ValueError,            # no such table
    "analysis_services.merge_entities": ValueError,     # an entity with itself
    "analysis_services.split_entity": ValueError,       # a name it does not have
    "analysis_services.decide_candidate": ValueError,   # an entity with itself
    "export.sanctions.decide": LookupError,             # no such pair
}
TEXT = ("Memet Tursun was detained in Kashgar on 3 May 2018 by the Kashgar Public Security Bureau. "
        "Abdurehim Heyit was sentenced in Urumqi in 2017.")
FTM = {"id": "person-1", "schema": "Person", "properties": {"name": ["Ilham Tohti"]}}
SIGNING_KEY = SigningKey(b"\x07" * 32)


def passphrase(user: str) -> str:
    return f"{user}'s passphrase, long enough"


@dataclass
class World:
    store: Store
    record_id: str
    recovery: PrivateKey
    doc_id: str
    entity_id: str
    folder: Path


@pytest.fixture(scope="module", params=BACKENDS)
def world(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
          pg_server: PostgresServer | None) -> Iterator[World]:
    """A store with one account per role, each with a key pair; the investigator and the admin hold
    unseal grants on the case, one record was added after the grants, and one document is in."""
    require_backend(request.param, pg_server)
    folder = tmp_path_factory.mktemp(f"access-{request.param}")
    factory = StoreFactory(request.param, folder, pg_server)
    settings = replace(factory.settings(), kdf=FAST_KDF)
    store = services.open_store(settings)
    factory._opened.append((store, settings.database_url))
    try:
        recovery = keys.recovery_private_key(keys_service.init_keys(Caller(store, "owner"), PASS)["recovery_private_key"])
        cases.create_case(Caller(store, "owner"), "main")
        (folder / "in").mkdir()
        (folder / "in" / "account.txt").write_text(TEXT, encoding="utf-8")
        report = intake_service.ingest(Caller(store), [folder / "in"], intake_service.default_intake("main", None, None, "c", "owner"))
        doc_id = report.new[0]["id"]
        entity_id = analysis_services.list_entities(Caller(store, "owner"))[0]["id"]
        for role, name in USERS.items():
            if role != "nobody":
                users.add_user(Caller(store, "owner"), name, role, f"{name}'s long password")
                keys_service.init_keys(Caller(store, name), passphrase(name))
        for name in (USERS["investigator"], USERS["admin"]):
            users.grant(Caller(store, "owner"), name, "main", "unseal")
        record = testimony_service.add_testimony(Caller(store, "owner"), record_with_canary(), case="main")
        (folder / "ftm.json").write_text(json.dumps(FTM) + "\n", encoding="utf-8")
        yield World(store, record["id"], recovery, doc_id, entity_id, folder)
    finally:
        factory.close()


def operation(name: str, w: World, actor: str) -> Callable[[], Any]:
    """The service call that performs ``name`` as ``actor``."""
    store, doc, entity, out = w.store, w.doc_id, w.entity_id, w.folder / f"out-{actor}"
    filters = SearchFilters()

    def intake(path: Path) -> list[Path]:
        path.mkdir(parents=True, exist_ok=True)
        (path / "note.txt").write_text(f"A note written by {actor}.", encoding="utf-8")
        return [path]

    def options() -> Any:
        return intake_service.default_intake("main", None, None, "c", actor)

    def upload_folder() -> Path:
        folder = out / "upload"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    calls: dict[str, Callable[[], Any]] = {
        "protect.keys.init_keys": lambda: keys_service.init_keys(Caller(store, actor), passphrase(actor)),
        "protect.testimony.add_testimony": lambda: testimony_service.add_testimony(Caller(store, actor), {"act": {"type": "detention"}}, case="main"),
        "protect.testimony.list_testimonies": lambda: testimony_service.list_testimonies(Caller(store, actor)),
        "protect.testimony.show_testimony": lambda: testimony_service.show_testimony(Caller(store, actor), w.record_id),
        "testimony.restricted": lambda: _restricted_in_clear(store, actor, w.record_id),
        "protect.testimony.unseal": lambda: testimony_service.unseal(Caller(store, actor), w.record_id, reason="matrix", passphrase=passphrase(actor)),
        "unseal.recovery": lambda: testimony_service.unseal(Caller(store, actor), w.record_id, reason="matrix", recovery_key=w.recovery),
        "protect.access.grant": lambda: users.grant(Caller(store, actor), USERS["investigator"], "main", "unseal"),
        "protect.access.revoke": lambda: users.revoke(Caller(store, actor), USERS["reader"], "main", "unseal"),
        "protect.access.list_grants": lambda: users.list_grants(Caller(store, actor)),
        "services.create_case": lambda: cases.create_case(Caller(store, actor), f"case of {actor}"),
        "services.list_cases": lambda: cases.list_cases(Caller(store, actor)),
        "services.ingest": lambda: intake_service.ingest(Caller(store, actor), intake(out / "ingest"), options()),
        "services.start_ingest_job": lambda: intake_service.start_ingest_job(Caller(store, actor), upload_folder(), options()),
        "queue.service.enqueue": lambda: enqueue(Caller(store, actor), intake(out / "queued"), options()),
        "queue.service.resend": lambda: resend(Caller(store, actor), "no such batch"),
        "queue.service.batch_status": lambda: batch_status(Caller(store, actor), "no such batch"),
        "queue.service.list_batches": lambda: list_batches(Caller(store, actor)),
        "queue.service.wait": lambda: wait(Caller(store, actor), "no such batch", timeout_s=0),
        "services.reindex": lambda: search.reindex(Caller(store, actor)),
        "services.search": lambda: search.search(Caller(store, actor), "Kashgar", filters),
        "services.search_all": lambda: search.search_all(Caller(store, actor), "Kashgar", filters),
        "services.search_facets": lambda: search.search_facets(Caller(store, actor), "Kashgar", filters),
        "services.list_documents": lambda: documents.list_documents(Caller(store, actor)),
        "services.show_document": lambda: documents.show_document(Caller(store, actor), doc),
        "services.original_file": lambda: documents.original_file(Caller(store, actor), doc),
        "services.add_user": lambda: users.add_user(Caller(store, actor), f"new-{actor}", "reader", "a long password"),
        "services.list_users": lambda: users.list_users(Caller(store, actor)),
        "auth.totp.enrol_totp": lambda: users.enrol_totp(Caller(store, actor), USERS["reader"], replace=True),
        "services.verify": lambda: custody.verify(Caller(store, actor)),
        "services.match_names": lambda: names.match_names(Caller(store, actor), "Memet Tursun"),
        "services.link_records": lambda: linkage.link_records(Caller(store, actor)),
        "services.link_review_queue": lambda: linkage.link_review_queue(Caller(store, actor)),
        "services.link_decide": lambda: linkage.link_decide(Caller(store, actor), 987654, "same"),
        "services.restrict_records": lambda: names.restrict_records(Caller(store, actor), "no such table", [1]),
        "analysis_services.analyse": lambda: analysis_services.analyse(Caller(store, actor), [doc]),
        "analysis_services.list_entities": lambda: analysis_services.list_entities(Caller(store, actor)),
        "analysis_services.count_entities": lambda: analysis_services.count_entities(Caller(store, actor)),
        "analysis_services.entity_mention_page": lambda: analysis_services.entity_mention_page(Caller(store, actor), entity),
        "analysis_services.entity_dossier": lambda: analysis_services.entity_dossier(Caller(store, actor), entity),
        "analysis_services.entity_network": lambda: analysis_services.entity_network(Caller(store, actor), entity),
        "analysis_services.document_entities": lambda: analysis_services.document_entities(Caller(store, actor), doc),
        "analysis_services.list_claims": lambda: analysis_services.list_claims(Caller(store, actor)),
        "analysis_services.timeline": lambda: analysis_services.timeline(Caller(store, actor)),
        "analysis_services.merge_candidates": lambda: analysis_services.merge_candidates(Caller(store, actor)),
        "analysis_services.merge_entities": lambda: analysis_services.merge_entities(Caller(store, actor), entity, entity),
        "analysis_services.split_entity": lambda: analysis_services.split_entity(Caller(store, actor), entity, "no such name"),
        "analysis_services.decide_candidate": lambda: analysis_services.decide_candidate(Caller(store, actor), entity, entity, "same"),
        "export.csv_rows.export_rows": lambda: list(exports.export_rows(Caller(store, actor), "entities")[1]),
        "export.dossier.entity_dossier_data": lambda: exports.entity_dossier_data(Caller(store, actor), entity),
        "export.dossier.case_dossier_data": lambda: exports.case_dossier_data(Caller(store, actor), "main"),
        "export.ftm.export_ftm": lambda: exports.export_ftm(Caller(store, actor), out.with_suffix(".ftm.json")),
        "export.ftm.import_ftm": lambda: exports.import_ftm(Caller(store, actor), w.folder / "ftm.json", "main"),
        "export.sanctions.cross_reference": lambda: exports.cross_reference(Caller(store, actor)),
        "export.sanctions.decide": lambda: exports.decide(Caller(store, actor), "no such pair", "same"),
        "custody.package.export_evidence": lambda: custody.export_evidence(Caller(store, actor), out.with_suffix(".zip"), SIGNING_KEY, case="main"),
        "custody.trail.audit_trail": lambda: audit_trail(Caller(store, actor)),
    }
    return calls[name]


def _restricted_in_clear(store: Store, actor: str, record_id: str) -> None:
    shown = testimony_service.show_testimony(Caller(store, actor), record_id)
    if shown["person"]["hometown"] == testimony.RESTRICTED_MARK:
        raise PermissionDenied("restricted fields are hidden from this role")
    assert shown["person"]["hometown"] == "Kashgar"


@pytest.mark.parametrize("role", list(USERS))
@pytest.mark.parametrize("name", list(EXPECTED))
def test_role_operation_matrix(world: World, role: str, name: str) -> None:
    expected = EXPECTED[name][list(USERS).index(role)]
    call = operation(name, world, USERS[role])
    if not expected:
        with pytest.raises(PermissionDenied):
            call()
    elif name in REFUSED_BY_DATA:
        with pytest.raises(REFUSED_BY_DATA[name]) as refused:
            call()
        assert not isinstance(refused.value, PermissionError)
    else:
        call()


def test_the_matrix_covers_every_guarded_operation() -> None:
    """Every service function marked ``guarded`` is in the matrix, and every operation of the one
    table is exercised by some row of it."""
    import habeas.cli
    import habeas.web.app  # noqa: F401

    in_matrix = {f"habeas.{name}" for name in EXPECTED}
    assert set(guard.GUARDED) <= in_matrix, set(guard.GUARDED) - in_matrix
    used = set(guard.GUARDED.values()) | {"keys.init", "testimony.add", "testimony.read", "testimony.restricted",
                                           "unseal", "unseal.recovery", "grant.manage"}
    assert set(access.OPERATIONS) - used == {"keys.signing"}  # init_keys makes it for admins only
    assert len(EXPECTED) * len(USERS) >= 250


def test_the_web_and_the_services_read_one_table() -> None:
    assert users.PERMISSIONS is access.OPERATIONS
    for permission, roles in access.OPERATIONS.items():
        for role in access.ROLES:
            assert users.allowed(role, permission) == (role in roles)
    assert not users.allowed(None, "read") and not users.allowed("admin", "no such operation")
    assert users.may_see_restricted("investigator") and not users.may_see_restricted("reviewer")


def test_a_caller_that_does_not_say_who_is_refused(world: World) -> None:
    with pytest.raises(PermissionDenied, match="without saying who"):
        documents.list_documents(Caller(world.store, None))  # type: ignore[arg-type]


def test_single_operator_mode_and_the_local_owner(tmp_path: Path, make_store: StoreFactory) -> None:
    """Without accounts, whoever runs the CLI is admin and holds every grant; once accounts exist,
    the local owner is still admin but needs grants like everyone else, and other names are nobody."""
    settings = replace(make_store.settings(), kdf=FAST_KDF)
    store = services.open_store(settings)
    make_store._opened.append((store, settings.database_url))
    keys_service.init_keys(Caller(store, "maya"), PASS)  # any --as name, no accounts: admin
    record = testimony_service.add_testimony(Caller(store, "maya"), record_with_canary())
    assert testimony_service.unseal(Caller(store, "maya"), record["id"], reason="mine", passphrase=PASS)["fields"]
    users.add_user(Caller(store, "owner"), "ada", "admin", "ada's long password")
    with pytest.raises(PermissionDenied, match="not an account"):
        testimony_service.list_testimonies(Caller(store, "maya"))
    with pytest.raises(PermissionDenied, match="no unseal grant"):
        testimony_service.unseal(Caller(store, "owner"), record["id"], reason="x", passphrase=PASS)
    assert testimony_service.list_testimonies(Caller(store, "owner"))  # the local owner stays admin
    users.add_user(Caller(store, "owner"), "rex", "reader", "rex's long password")
    with pytest.raises(ValueError, match="cannot hold"):
        users.grant(Caller(store, "owner"), "rex", "main", "unseal")


def test_no_account_may_take_the_operators_name(make_store: StoreFactory) -> None:
    store = make_store()
    with pytest.raises(ValueError, match="local operator"):
        users.add_user(Caller(store, "owner"), "owner", "reader", "a long password")


def test_an_account_a_request_has_read_counts_only_in_that_request(make_store: StoreFactory) -> None:
    """The web's guard reads the caller's account once per request; the service calls of that
    request check the role it read, and nothing outside the request sees it."""
    store = make_store()
    users.add_user(Caller(store, "owner"), "rex", "reader", "rex's long password")

    def request() -> None:
        access.remember_account("rex", "admin")  # as if the account had been read as an admin
        assert access.authorize(store, "rex", "admin") == "admin"
        with pytest.raises(PermissionDenied, match="not an account"):
            access.authorize(store, "someone else", "read")

    contextvars.copy_context().run(request)
    with pytest.raises(PermissionDenied, match="a reader may not admin"):
        access.authorize(store, "rex", "admin")
