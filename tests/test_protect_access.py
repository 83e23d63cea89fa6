"""Roles and per-case grants, deny by default, checked in the service layer: every role against
every guarded service operation. Only the allowed ones succeed; the rest raise PermissionDenied."""

from __future__ import annotations

import contextvars
import importlib
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

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "habeas"
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
    "services.keys.init_keys": READ,
    "services.testimony.add_testimony": WRITE,
    "services.testimony.list_testimonies": READ,
    "services.testimony.show_testimony": READ,
    "testimony.restricted": WRITE,  # show_testimony with the restricted fields in clear
    "services.testimony.unseal": WRITE,
    "unseal.recovery": ADMIN,  # unseal with the offline recovery key
    "services.users.grant": ADMIN,
    "services.users.revoke": ADMIN,
    "services.users.list_grants": ADMIN,
    # cases, intake, search, documents, users
    "services.cases.create_case": WRITE,
    "services.cases.list_cases": READ,
    "services.intake.ingest": WRITE,
    "services.intake.start_ingest_job": WRITE,
    "services.jobs.enqueue": WRITE,
    "services.jobs.resend": WRITE,
    "services.jobs.batch_status": READ,
    "services.jobs.list_batches": READ,
    "services.jobs.wait": READ,
    "services.search.reindex": WRITE,
    "services.search.search": READ,
    "services.search.search_all": READ,
    "services.search.search_facets": READ,
    "services.documents.list_documents": READ,
    "services.documents.show_document": READ,
    "services.documents.original_file": READ,
    "services.users.add_user": ADMIN,
    "services.users.list_users": ADMIN,
    "services.users.enrol_totp": ADMIN,
    "services.custody.verify": READ,
    # names and linkage
    "services.names.match_names": READ,
    "services.linkage.link_records": WRITE,
    "services.linkage.link_review_queue": DECIDE,
    "services.linkage.link_decide": DECIDE,
    "services.names.restrict_records": WRITE,
    "services.names.screen_names": WRITE,
    # analysis
    "services.analysis.analyse": WRITE,
    "services.analysis.list_entities": READ,
    "services.analysis.count_entities": READ,
    "services.analysis.entity_mention_page": READ,
    "services.analysis.entity_dossier": READ,
    "services.analysis.entity_network": READ,
    "services.analysis.document_entities": READ,
    "services.analysis.list_claims": READ,
    "services.analysis.timeline": READ,
    "services.analysis.merge_candidates": DECIDE,
    "services.analysis.merge_entities": DECIDE,
    "services.analysis.split_entity": DECIDE,
    "services.analysis.decide_candidate": DECIDE,
    # exports, imports, officials, audit
    "services.exports.export_rows": READ,
    "services.exports.entity_dossier_data": READ,
    "services.exports.case_dossier_data": READ,
    "services.exports.export_ftm": READ,
    "services.exports.import_ftm": WRITE,
    "services.exports.cross_reference": READ,
    "services.exports.decide": DECIDE,
    "services.custody.export_evidence": WRITE,
    "services.custody.audit_trail": READ,
}
# Allowed calls that pass the check and then refuse their input (set up so that they must): what
# they would change is shared by the whole matrix, or needs a message broker. Allowed here means
# "refused by the data, never by the rules"; the refusals still raise PermissionDenied.
REFUSED_BY_DATA: dict[str, type[Exception]] = {
    "services.jobs.enqueue": QueueNotConfigured,  # no broker configured in this store
    "services.jobs.resend": QueueNotConfigured,
    "services.jobs.batch_status": LookupError,  # no such batch
    "services.jobs.wait": LookupError,
    "services.linkage.link_decide": LookupError,  # no such pair
    "services.names.restrict_records": ValueError,  # no such table
    "services.analysis.merge_entities": ValueError,  # an entity with itself
    "services.analysis.split_entity": ValueError,  # a name it does not have
    "services.analysis.decide_candidate": ValueError,  # an entity with itself
    "services.exports.decide": LookupError,  # no such pair
}
TEXT = (
    "Memet Tursun was detained in Kashgar on 3 May 2018 by the Kashgar Public Security Bureau. "
    "Abdurehim Heyit was sentenced in Urumqi in 2017."
)
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
def world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, pg_server: PostgresServer | None
) -> Iterator[World]:
    """A store with one account per role, each with a key pair; the investigator and the admin hold
    unseal grants on the case, one record was added after the grants, and one document is in."""
    require_backend(request.param, pg_server)
    folder = tmp_path_factory.mktemp(f"access-{request.param}")
    factory = StoreFactory(request.param, folder, pg_server)
    settings = replace(factory.settings(), kdf=FAST_KDF)
    store = services.open_store(settings)
    factory._opened.append((store, settings.database_url))
    try:
        recovery = keys.recovery_private_key(
            keys_service.init_keys(Caller(store, "owner"), PASS)["recovery_private_key"]
        )
        cases.create_case(Caller(store, "owner"), "main")
        (folder / "in").mkdir()
        (folder / "in" / "account.txt").write_text(TEXT, encoding="utf-8")
        report = intake_service.ingest(
            Caller(store), [folder / "in"], intake_service.default_intake("main", None, None, "c", "owner")
        )
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
        "services.keys.init_keys": lambda: keys_service.init_keys(Caller(store, actor), passphrase(actor)),
        "services.testimony.add_testimony": lambda: testimony_service.add_testimony(
            Caller(store, actor), {"act": {"type": "detention"}}, case="main"
        ),
        "services.testimony.list_testimonies": lambda: testimony_service.list_testimonies(Caller(store, actor)),
        "services.testimony.show_testimony": lambda: testimony_service.show_testimony(
            Caller(store, actor), w.record_id
        ),
        "testimony.restricted": lambda: _restricted_in_clear(store, actor, w.record_id),
        "services.testimony.unseal": lambda: testimony_service.unseal(
            Caller(store, actor), w.record_id, reason="matrix", passphrase=passphrase(actor)
        ),
        "unseal.recovery": lambda: testimony_service.unseal(
            Caller(store, actor), w.record_id, reason="matrix", recovery_key=w.recovery
        ),
        "services.users.grant": lambda: users.grant(Caller(store, actor), USERS["investigator"], "main", "unseal"),
        "services.users.revoke": lambda: users.revoke(Caller(store, actor), USERS["reader"], "main", "unseal"),
        "services.users.list_grants": lambda: users.list_grants(Caller(store, actor)),
        "services.cases.create_case": lambda: cases.create_case(Caller(store, actor), f"case of {actor}"),
        "services.cases.list_cases": lambda: cases.list_cases(Caller(store, actor)),
        "services.intake.ingest": lambda: intake_service.ingest(
            Caller(store, actor), intake(out / "ingest"), options()
        ),
        "services.intake.start_ingest_job": lambda: intake_service.start_ingest_job(
            Caller(store, actor), upload_folder(), options()
        ),
        "services.jobs.enqueue": lambda: enqueue(Caller(store, actor), intake(out / "queued"), options()),
        "services.jobs.resend": lambda: resend(Caller(store, actor), "no such batch"),
        "services.jobs.batch_status": lambda: batch_status(Caller(store, actor), "no such batch"),
        "services.jobs.list_batches": lambda: list_batches(Caller(store, actor)),
        "services.jobs.wait": lambda: wait(Caller(store, actor), "no such batch", timeout_s=0),
        "services.search.reindex": lambda: search.reindex(Caller(store, actor)),
        "services.search.search": lambda: search.search(Caller(store, actor), "Kashgar", filters),
        "services.search.search_all": lambda: search.search_all(Caller(store, actor), "Kashgar", filters),
        "services.search.search_facets": lambda: search.search_facets(Caller(store, actor), "Kashgar", filters),
        "services.documents.list_documents": lambda: documents.list_documents(Caller(store, actor)),
        "services.documents.show_document": lambda: documents.show_document(Caller(store, actor), doc),
        "services.documents.original_file": lambda: documents.original_file(Caller(store, actor), doc),
        "services.users.add_user": lambda: users.add_user(
            Caller(store, actor), f"new-{actor}", "reader", "a long password"
        ),
        "services.users.list_users": lambda: users.list_users(Caller(store, actor)),
        "services.users.enrol_totp": lambda: users.enrol_totp(Caller(store, actor), USERS["reader"], replace=True),
        "services.custody.verify": lambda: custody.verify(Caller(store, actor)),
        "services.names.match_names": lambda: names.match_names(Caller(store, actor), "Memet Tursun"),
        "services.linkage.link_records": lambda: linkage.link_records(Caller(store, actor)),
        "services.linkage.link_review_queue": lambda: linkage.link_review_queue(Caller(store, actor)),
        "services.linkage.link_decide": lambda: linkage.link_decide(Caller(store, actor), 987654, "same"),
        "services.names.restrict_records": lambda: names.restrict_records(Caller(store, actor), "no such table", [1]),
        "services.names.screen_names": lambda: names.screen_names(Caller(store, actor), ["Memet Tursun"]),
        "services.analysis.analyse": lambda: analysis_services.analyse(Caller(store, actor), [doc]),
        "services.analysis.list_entities": lambda: analysis_services.list_entities(Caller(store, actor)),
        "services.analysis.count_entities": lambda: analysis_services.count_entities(Caller(store, actor)),
        "services.analysis.entity_mention_page": lambda: analysis_services.entity_mention_page(
            Caller(store, actor), entity
        ),
        "services.analysis.entity_dossier": lambda: analysis_services.entity_dossier(Caller(store, actor), entity),
        "services.analysis.entity_network": lambda: analysis_services.entity_network(Caller(store, actor), entity),
        "services.analysis.document_entities": lambda: analysis_services.document_entities(Caller(store, actor), doc),
        "services.analysis.list_claims": lambda: analysis_services.list_claims(Caller(store, actor)),
        "services.analysis.timeline": lambda: analysis_services.timeline(Caller(store, actor)),
        "services.analysis.merge_candidates": lambda: analysis_services.merge_candidates(Caller(store, actor)),
        "services.analysis.merge_entities": lambda: analysis_services.merge_entities(
            Caller(store, actor), entity, entity
        ),
        "services.analysis.split_entity": lambda: analysis_services.split_entity(
            Caller(store, actor), entity, "no such name"
        ),
        "services.analysis.decide_candidate": lambda: analysis_services.decide_candidate(
            Caller(store, actor), entity, entity, "same"
        ),
        "services.exports.export_rows": lambda: list(exports.export_rows(Caller(store, actor), "entities")[1]),
        "services.exports.entity_dossier_data": lambda: exports.entity_dossier_data(Caller(store, actor), entity),
        "services.exports.case_dossier_data": lambda: exports.case_dossier_data(Caller(store, actor), "main"),
        "services.exports.export_ftm": lambda: exports.export_ftm(Caller(store, actor), out.with_suffix(".ftm.json")),
        "services.exports.import_ftm": lambda: exports.import_ftm(Caller(store, actor), w.folder / "ftm.json", "main"),
        "services.exports.cross_reference": lambda: exports.cross_reference(Caller(store, actor)),
        "services.exports.decide": lambda: exports.decide(Caller(store, actor), "no such pair", "same"),
        "services.custody.export_evidence": lambda: custody.export_evidence(
            Caller(store, actor), out.with_suffix(".zip"), SIGNING_KEY, case="main"
        ),
        "services.custody.audit_trail": lambda: audit_trail(Caller(store, actor)),
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
    for module in (PACKAGE / "services").glob("*.py"):  # every operation registers itself on import
        importlib.import_module(f"habeas.services.{module.stem}")
    in_matrix = {f"habeas.{name}" for name in EXPECTED}
    assert set(guard.GUARDED) <= in_matrix, set(guard.GUARDED) - in_matrix
    used = set(guard.GUARDED.values()) | {
        "keys.init",
        "testimony.add",
        "testimony.read",
        "testimony.restricted",
        "unseal",
        "unseal.recovery",
        "grant.manage",
    }
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


def test_an_operation_reads_the_account_once(world: World) -> None:
    """A dossier reads an entity and cross-references sanctions, each an operation of its own: the
    reader's account is read once for all of them, not once per operation."""
    from sqlalchemy import event

    reads: list[str] = []

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if "FROM users" in statement:
            reads.append(statement)

    event.listen(world.store.db.engine, "before_cursor_execute", count)
    try:
        dossier = exports.entity_dossier_data(Caller(world.store, USERS["reader"]), world.entity_id)
    finally:
        event.remove(world.store.db.engine, "before_cursor_execute", count)
    assert dossier["id"] == world.entity_id
    assert len(reads) <= 1, reads  # none when an earlier operation already read it


def test_an_operation_inside_another_is_still_checked(world: World) -> None:
    """The role read for the outer operation is held against the inner one's own rule."""
    registered = dict(guard.GUARDED)

    @guard.guarded("admin")
    def inner(ctx: Caller) -> str:
        return "admin work"

    @guard.guarded("read")
    def outer(ctx: Caller) -> str:
        return inner(ctx)

    guard.GUARDED.clear()
    guard.GUARDED.update(registered)  # these two are not operations of Habeas
    assert outer(Caller(world.store, USERS["admin"])) == "admin work"
    with pytest.raises(PermissionDenied, match="a reader may not admin"):
        outer(Caller(world.store, USERS["reader"]))


def test_a_role_is_read_again_only_after_an_audited_write(world: World) -> None:
    """Repeated operations read the account once; a role change (an audited write, which moves the
    audit head anchor on) is seen by the very next operation."""
    from sqlalchemy import event

    reader = Caller(world.store, USERS["reader"])
    documents.list_documents(reader)
    reads: list[str] = []

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if "FROM users" in statement:
            reads.append(statement)

    event.listen(world.store.db.engine, "before_cursor_execute", count)
    try:
        for _ in range(5):
            documents.list_documents(reader)
        assert reads == []
        users.set_role(Caller(world.store, USERS["admin"]), USERS["reader"], "reviewer")
        reads.clear()
        assert analysis_services.merge_candidates(reader)["pairs"] is not None  # a reviewer may decide now
        assert len(reads) == 1
    finally:
        event.remove(world.store.db.engine, "before_cursor_execute", count)
        users.set_role(Caller(world.store, USERS["admin"]), USERS["reader"], "reader")
