"""Roles, case memberships and per-case grants, deny by default, checked in the service layer:
every role against every guarded service operation (only the allowed ones succeed; the rest raise
PermissionDenied), and every role against every operation that reads or writes a case they are not
a member of (only a store admin sees it; for the others it does not exist)."""

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
from habeas.errors import NotFound, PermissionDenied, QueueNotConfigured
from habeas.protect import access, keys, testimony
from habeas.search.index import SearchFilters
from habeas.services import (
    Caller,
    cases,
    custody,
    documents,
    exports,
    guard,
    linkage,
    names,
    overview,
    search,
    users,
    workbench,
)
from habeas.services import analysis as analysis_services
from habeas.services import corrections as corrections_service
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
    "services.documents.browse_documents": READ,
    "services.documents.document_tables": READ,
    "services.documents.email_thread": READ,
    "services.documents.page_image": READ,
    "services.documents.page_hits": READ,
    "services.overview.case_overview": READ,
    "services.overview.document_facets": READ,
    "services.overview.intake_progress": READ,
    "services.overview.retry_document": WRITE,
    "services.users.add_user": ADMIN,
    "services.users.list_users": ADMIN,
    "services.users.enrol_totp": ADMIN,
    "services.cases.add_member": ADMIN,
    "services.cases.remove_member": ADMIN,
    "services.cases.list_members": ADMIN,
    "services.custody.verify": READ,
    # names and linkage
    "services.names.match_names": READ,
    "services.names.entity_forms": READ,
    "services.names.case_name_forms": READ,
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
    "services.corrections.dismiss": DECIDE,
    "services.corrections.restore": DECIDE,
    "services.corrections.rename_entity": DECIDE,
    "services.corrections.list_corrections": READ,
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
    # the workbench: tags, notes and titles (shared: deciders), stars, saved searches, history (one's own)
    "services.search.search_documents": READ,
    "services.workbench.annotations_of": READ,
    "services.workbench.tag_counts": READ,
    "services.workbench.tagged_entities": READ,
    "services.workbench.add_tag": DECIDE,
    "services.workbench.remove_tag": DECIDE,
    "services.workbench.add_note": DECIDE,
    "services.workbench.delete_note": DECIDE,
    "services.workbench.set_title": DECIDE,
    "services.workbench.reset_title": DECIDE,
    "services.workbench.star": READ,
    "services.workbench.starred": READ,
    "services.workbench.save_search": READ,
    "services.workbench.saved_searches": READ,
    "services.workbench.saved_search": READ,
    "services.workbench.delete_saved_search": READ,
    "services.workbench.remember_search": READ,
    "services.workbench.search_history": READ,
    "services.workbench.clear_search_history": READ,
    "services.workbench.merge_selected": DECIDE,
    "services.workbench.decide_candidates": DECIDE,
    "services.workbench.sanctions_of": READ,
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
    "services.corrections.dismiss": LookupError,  # no such claim
    "services.corrections.restore": LookupError,  # nothing dismissed
    "services.corrections.rename_entity": ValueError,  # an empty name
    "services.analysis.decide_candidate": ValueError,  # an entity with itself
    "services.exports.decide": LookupError,  # no such pair
    "services.cases.remove_member": LookupError,  # no such account
    "services.documents.page_image": LookupError,  # a text file has no page pictures
    "services.overview.retry_document": LookupError,  # no such document
    "services.workbench.remove_tag": LookupError,  # a tag it does not have
    "services.workbench.delete_note": LookupError,  # no such note
    "services.workbench.saved_search": LookupError,  # none saved under that name
    "services.workbench.delete_saved_search": LookupError,
    "services.workbench.merge_selected": ValueError,  # one entity is not two
    "services.workbench.decide_candidates": ValueError,  # no pair chosen
}
TEXT = (
    "Memet Tursun was detained in Kashgar on 3 May 2018 by the Kashgar Public Security Bureau. "
    "Abdurehim Heyit was sentenced in Urumqi in 2017."
)
OTHER_MARK = "Zordavi"
OTHER_TEXT = (
    f"Qurban {OTHER_MARK} was detained in Aksu on 4 June 2019 by the Aksu Public Security Bureau. "
    "About 300 people were held there."
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
    other: Other


@dataclass
class Other:
    """What the case "other" holds: made after the accounts, so none of them is its member."""

    doc_id: str
    entity_id: str
    record_id: str


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
        yield World(store, record["id"], recovery, doc_id, entity_id, folder, other_case(store, folder))
    finally:
        factory.close()


def other_case(store: Store, folder: Path) -> Other:
    """The case "other", made by the local operator after the accounts: one document naming
    someone (``OTHER_MARK``), with a figure and a date, and one testimony record."""
    owner = Caller(store, "owner")
    cases.create_case(owner, "other")
    (folder / "other").mkdir()
    (folder / "other" / f"{OTHER_MARK.lower()}-account.txt").write_text(OTHER_TEXT, encoding="utf-8")
    report = intake_service.ingest(
        owner, [folder / "other"], intake_service.default_intake("other", None, None, "c", "owner")
    )
    entity = next(e for e in analysis_services.list_entities(owner, case="other") if OTHER_MARK in e["name"])
    record = testimony_service.add_testimony(owner, {"act": {"type": "detention", "place": OTHER_MARK}}, "other")
    return Other(report.new[0]["id"], entity["id"], record["id"])


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
        "services.documents.browse_documents": lambda: documents.browse_documents(
            Caller(store, actor), documents.BrowseFilters()
        ),
        "services.documents.document_tables": lambda: documents.document_tables(Caller(store, actor), doc),
        "services.documents.email_thread": lambda: documents.email_thread(Caller(store, actor), doc),
        "services.documents.page_image": lambda: documents.page_image(Caller(store, actor), doc, 1),
        "services.documents.page_hits": lambda: documents.page_hits(Caller(store, actor), doc, 1, "Kashgar"),
        "services.overview.case_overview": lambda: overview.case_overview(Caller(store, actor)),
        "services.overview.document_facets": lambda: overview.document_facets(Caller(store, actor)),
        "services.overview.intake_progress": lambda: overview.intake_progress(Caller(store, actor)),
        "services.overview.retry_document": lambda: overview.retry_document(Caller(store, actor), "no such document"),
        "services.users.add_user": lambda: users.add_user(
            Caller(store, actor), f"new-{actor}", "reader", "a long password"
        ),
        "services.users.list_users": lambda: users.list_users(Caller(store, actor)),
        "services.users.enrol_totp": lambda: users.enrol_totp(Caller(store, actor), USERS["reader"], replace=True),
        "services.cases.add_member": lambda: cases.add_member(Caller(store, actor), "main", USERS["reader"], "reader"),
        "services.cases.remove_member": lambda: cases.remove_member(Caller(store, actor), "main", USERS["nobody"]),
        "services.cases.list_members": lambda: cases.list_members(Caller(store, actor), "main"),
        "services.custody.verify": lambda: custody.verify(Caller(store, actor)),
        "services.names.match_names": lambda: names.match_names(Caller(store, actor), "Memet Tursun"),
        "services.names.entity_forms": lambda: names.entity_forms(Caller(store, actor), entity),
        "services.names.case_name_forms": lambda: names.case_name_forms(Caller(store, actor), "Memet Tursun"),
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
        "services.corrections.dismiss": lambda: corrections_service.dismiss(Caller(store, actor), "claim", "x:1:2-3"),
        "services.corrections.restore": lambda: corrections_service.restore(Caller(store, actor), "event", "x:1:2-3"),
        "services.corrections.rename_entity": lambda: corrections_service.rename_entity(
            Caller(store, actor), entity, " "
        ),
        "services.corrections.list_corrections": lambda: corrections_service.list_corrections(Caller(store, actor)),
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
        "services.search.search_documents": lambda: search.search_documents(Caller(store, actor), "Kashgar", filters),
        "services.workbench.annotations_of": lambda: workbench.annotations_of(Caller(store, actor), doc),
        "services.workbench.tag_counts": lambda: workbench.tag_counts(Caller(store, actor)),
        "services.workbench.tagged_entities": lambda: workbench.tagged_entities(Caller(store, actor), "matrix"),
        "services.workbench.add_tag": lambda: workbench.add_tag(Caller(store, actor), doc, "matrix"),
        "services.workbench.remove_tag": lambda: workbench.remove_tag(Caller(store, actor), doc, "never-given"),
        "services.workbench.add_note": lambda: workbench.add_note(Caller(store, actor), entity, f"by {actor}"),
        "services.workbench.delete_note": lambda: workbench.delete_note(Caller(store, actor), 987654),
        "services.workbench.set_title": lambda: workbench.set_title(Caller(store, actor), doc, f"titled by {actor}"),
        "services.workbench.reset_title": lambda: (
            workbench.set_title(Caller(store, actor), doc, "to reset"),
            workbench.reset_title(Caller(store, actor), doc),
        ),
        "services.workbench.star": lambda: workbench.star(Caller(store, actor), doc),
        "services.workbench.starred": lambda: workbench.starred(Caller(store, actor)),
        "services.workbench.save_search": lambda: workbench.save_search(Caller(store, actor), "matrix", "Kashgar"),
        "services.workbench.saved_searches": lambda: workbench.saved_searches(Caller(store, actor)),
        "services.workbench.saved_search": lambda: workbench.saved_search(Caller(store, actor), "none such"),
        "services.workbench.delete_saved_search": lambda: workbench.delete_saved_search(
            Caller(store, actor), "none such"
        ),
        "services.workbench.remember_search": lambda: workbench.remember_search(Caller(store, actor), "Kashgar"),
        "services.workbench.search_history": lambda: workbench.search_history(Caller(store, actor)),
        "services.workbench.clear_search_history": lambda: workbench.clear_search_history(Caller(store, actor)),
        "services.workbench.merge_selected": lambda: workbench.merge_selected(Caller(store, actor), [entity]),
        "services.workbench.decide_candidates": lambda: workbench.decide_candidates(Caller(store, actor), [], "same"),
        "services.workbench.sanctions_of": lambda: workbench.sanctions_of(Caller(store, actor), entity),
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


# -- cases x roles: a case one is not a member of does not exist for one ---------------------------
# Every operation that reads or writes a case's contents, aimed at the case "other" (made after the
# accounts, so none of them is its member): the store admin gets what it holds; for every other
# role it is not found, refused, or simply absent from what comes back. Each row: the call, and
# whether its result shows something of "other".


def _shows_other(w: World, result: Any) -> bool:
    shown = repr(result).lower()
    return OTHER_MARK.lower() in shown or w.other.doc_id in shown


def _allowed(w: World, result: Any) -> bool:
    return True  # only the admin may run it at all; what it returns is its own test's business


def _ftm_text(w: World, ctx: Caller) -> str:
    out = w.folder / f"other-{ctx.actor}.ftm.json"
    exports.export_ftm(ctx, out)
    return out.read_text(encoding="utf-8")


def _search_all(w: World, ctx: Caller) -> tuple[int, list[Any]]:
    total, hits = search.search_all(ctx, OTHER_MARK, SearchFilters())
    return total, list(hits)


def _ingest_into_other(w: World, ctx: Caller) -> Any:
    folder = w.folder / f"into-other-{ctx.actor}"
    folder.mkdir(exist_ok=True)
    (folder / "note.txt").write_text(f"A note by {ctx.actor}.", encoding="utf-8")
    return intake_service.ingest(ctx, [folder], intake_service.default_intake("other", None, None, "c", ctx.actor))


def _evidence_of_other(w: World, ctx: Caller) -> Any:
    out = w.folder / f"other-{ctx.actor}.zip"
    return custody.export_evidence(ctx, out, SIGNING_KEY, case="other")


Shows = Callable[[World, Any], bool]
CASE_OPERATIONS: dict[str, tuple[Callable[[World, Caller], Any], Shows]] = {
    "list_cases": (lambda w, c: cases.list_cases(c), lambda w, r: "other" in {x["name"] for x in r}),
    "list_documents": (lambda w, c: documents.list_documents(c), _shows_other),
    "list_documents of other": (lambda w, c: documents.list_documents(c, case="other"), _shows_other),
    "show_document": (lambda w, c: documents.show_document(c, w.other.doc_id), _shows_other),
    "original_file": (lambda w, c: documents.original_file(c, w.other.doc_id), _shows_other),
    "document_family": (lambda w, c: documents.document_family(c, [w.other.doc_id]), _shows_other),
    "document_entities": (lambda w, c: analysis_services.document_entities(c, w.other.doc_id), _shows_other),
    "browse_documents": (lambda w, c: documents.browse_documents(c, documents.BrowseFilters()), _shows_other),
    "document_tables": (lambda w, c: documents.document_tables(c, w.other.doc_id), _allowed),
    "email_thread": (lambda w, c: documents.email_thread(c, w.other.doc_id), _allowed),
    "workbench.annotations_of": (lambda w, c: workbench.annotations_of(c, w.other.doc_id), _allowed),
    "search_documents": (
        lambda w, c: search.search_documents(c, OTHER_MARK, SearchFilters()),
        lambda w, r: r["total_documents"] > 0 and _shows_other(w, r),
    ),
    "search": (lambda w, c: search.search(c, OTHER_MARK, SearchFilters()), _shows_other),
    "search in other": (lambda w, c: search.search(c, OTHER_MARK, SearchFilters(case="other")), _shows_other),
    "search_all": (_search_all, lambda w, r: r[0] > 0 and _shows_other(w, r)),
    "search_facets": (
        lambda w, c: search.search_facets(c, OTHER_MARK, SearchFilters()),
        lambda w, r: any(r.values()),
    ),
    "list_entities": (lambda w, c: analysis_services.list_entities(c), _shows_other),
    "count_entities of other": (lambda w, c: analysis_services.count_entities(c, case="other"), lambda w, r: r > 0),
    "entity_mention_page": (
        lambda w, c: analysis_services.entity_mention_page(c, w.other.entity_id),
        _shows_other,
    ),
    "entity_dossier": (lambda w, c: analysis_services.entity_dossier(c, w.other.entity_id), _shows_other),
    "entity_dossier by name": (lambda w, c: analysis_services.entity_dossier(c, f"Qurban {OTHER_MARK}"), _shows_other),
    "entity_network": (lambda w, c: analysis_services.entity_network(c, w.other.entity_id), _shows_other),
    "list_claims": (lambda w, c: analysis_services.list_claims(c), _shows_other),
    "timeline": (lambda w, c: analysis_services.timeline(c), _shows_other),
    "merge_candidates in other": (lambda w, c: analysis_services.merge_candidates(c, case="other"), _allowed),
    "analyse": (
        lambda w, c: analysis_services.analyse(c, [w.other.doc_id]),
        lambda w, r: r["documents"] > 0,
    ),
    "names.match_names": (
        lambda w, c: names.match_names(c, f"Qurban {OTHER_MARK}")["matches"],
        _shows_other,
    ),
    "export_rows entities": (lambda w, c: list(exports.export_rows(c, "entities")[1]), _shows_other),
    "export_rows claims": (lambda w, c: list(exports.export_rows(c, "claims")[1]), _shows_other),
    "export_rows timeline": (lambda w, c: list(exports.export_rows(c, "timeline")[1]), _shows_other),
    "export_rows of other": (lambda w, c: list(exports.export_rows(c, "entities", "other")[1]), _shows_other),
    "export_ftm": (_ftm_text, _shows_other),
    "entity_dossier_data": (lambda w, c: exports.entity_dossier_data(c, w.other.entity_id), _shows_other),
    "case_dossier_data": (lambda w, c: exports.case_dossier_data(c, "other"), _shows_other),
    "cross_reference": (lambda w, c: exports.cross_reference(c, "other", everyone=True), _allowed),
    "import_ftm into other": (lambda w, c: exports.import_ftm(c, w.folder / "ftm.json", "other"), _allowed),
    "audit_trail": (
        lambda w, c: audit_trail(c, limit=0)["entries"],
        lambda w, r: any(e["case"] == "other" for e in r),
    ),
    "list_testimonies": (
        lambda w, c: testimony_service.list_testimonies(c),
        lambda w, r: any(x["case"] == "other" for x in r),
    ),
    "show_testimony": (lambda w, c: testimony_service.show_testimony(c, w.other.record_id), _shows_other),
    "add_testimony to other": (
        lambda w, c: testimony_service.add_testimony(c, {"act": {"type": "detention"}}, case="other"),
        _allowed,
    ),
    "ingest into other": (_ingest_into_other, _allowed),
    "export_evidence of other": (_evidence_of_other, _allowed),
    "export_evidence of the store": (
        lambda w, c: custody.export_evidence(c, w.folder / f"all-{c.actor}.zip", SIGNING_KEY),
        _allowed,
    ),
}


@pytest.mark.parametrize("role", [r for r in USERS if r != "nobody"])
@pytest.mark.parametrize("name", list(CASE_OPERATIONS))
def test_case_membership_matrix(world: World, role: str, name: str) -> None:
    call, shows = CASE_OPERATIONS[name]
    ctx = Caller(world.store, USERS[role])
    if role == "admin":
        assert shows(world, call(world, ctx)), name
        return
    try:
        result = call(world, ctx)
    except (NotFound, PermissionDenied):
        return
    except ValueError as refused:  # an evidence package names its case as a value: "no case called ..."
        assert "no case called 'other'" in str(refused), refused
        return
    assert not shows(world, result), (name, result)


def test_a_request_reads_the_memberships_once_and_keeps_them_to_its_end(world: World) -> None:
    """A page's service calls share one read of the caller's case memberships: a membership added
    meanwhile counts from the caller's next request, not halfway through this one."""
    from sqlalchemy import event

    reader = Caller(world.store, USERS["reader"])
    owner = Caller(world.store, "owner")
    reads: list[str] = []

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.startswith("SELECT case_members.case_id, cases.name"):  # someone's memberships
            reads.append(statement)

    def request() -> tuple[list[str], list[str]]:
        access.remember_account(USERS["reader"], "reader")  # what the web's guard does
        before = [c["name"] for c in cases.list_cases(reader)]
        for _ in range(4):
            documents.list_documents(reader)
        cases.add_member(owner, "other", USERS["reader"])
        return before, [c["name"] for c in cases.list_cases(reader)]

    event.listen(world.store.db.engine, "before_cursor_execute", count)
    try:
        before, during = contextvars.copy_context().run(request)
    finally:
        event.remove(world.store.db.engine, "before_cursor_execute", count)
    assert len(reads) == 1, reads  # the reader's memberships, once, for six operations
    assert "other" not in before and during == before
    assert "other" in [c["name"] for c in cases.list_cases(reader)]  # the next request sees it
    cases.remove_member(owner, "other", USERS["reader"])
