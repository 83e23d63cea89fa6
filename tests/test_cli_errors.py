"""Clear errors, no tracebacks: every error of the ``habeas`` command is one line on stderr with the
documented exit status (1 an operation or a check failed, 2 bad input, 3 refused); file names reach the
terminal with their control characters written out; a command that only reads never makes a store; a
read-only store is read, searched and verified, and refuses writes; the sealed-name lookup is for
the roles that may unseal, and audited (SQLite, the command in a subprocess)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from conftest import Cli, Make
from habeas import services
from habeas.config import Settings
from habeas.errors import PermissionDenied
from habeas.services import Caller, names, users
from habeas.services import keys as keys_service
from habeas.services import testimony as testimony_service
from habeas.store.models import AuditEntry
from test_protect_keys import FAST_KDF, PASS
from test_protect_testimony import CANARY, record_with_canary

ENV = {"HABEAS_WORKERS": "1"}
ESCAPE_NAME = "a\x1b[31mb.txt"  # a file name that would turn the terminal red


def run(cli: Cli, *args: str | Path, **env: str) -> subprocess.CompletedProcess[str]:
    return cli(*args, env=Cli.env(**ENV, **env))


def one_line(result: subprocess.CompletedProcess[str], status: int, *words: str) -> str:
    """The command ended with ``status`` and one line on stderr naming the problem, no traceback."""
    assert result.returncode == status, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("refused: " if status == 3 else "error: "), lines[0]
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


@dataclass
class Filled:
    cli: Cli
    base: Path
    escape_id: str


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Filled:
    base = tmp_path_factory.mktemp("cli-errors")
    folder = base / "files"
    Make.text(folder / "ijop.txt", "The Integrated Joint Operations Platform sent people to the camps.")
    Make.text(folder / ESCAPE_NAME, "ok.")  # no line long enough for a title: the file's name is its title
    cli = Cli(base / "store")
    ingested = run(cli, "ingest", folder, "--json")
    assert ingested.returncode == 0, ingested.stderr
    documents = json.loads(ingested.stdout)["documents"]
    escape_id = next(d["id"] for d in documents if d["title"] == ESCAPE_NAME)
    return Filled(cli=cli, base=base, escape_id=escape_id)


# -- a store that does not exist ----------------------------------------------------------------

READ_COMMANDS = [
    ["search", "camps"],
    ["show", "0123456789abcdef"],
    ["documents"],
    ["entities"],
    ["claims"],
    ["timeline"],
    ["names", "match", "Memet"],
    ["verify"],
    ["audit"],
    ["cases"],
    ["officials"],
    ["link", "review"],
    ["grants"],
    ["users", "list"],
    ["jobs"],
    ["export", "csv", "entities", "-"],
    ["testimony", "list"],
    ["entity", "show", "Memet"],
    ["keys", "public"],
]


def test_a_command_that_reads_refuses_a_store_that_does_not_exist(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "no-store")
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda args: run(cli, *args), READ_COMMANDS))
    for args, result in zip(READ_COMMANDS, results, strict=True):
        assert result.stdout == "", args
        one_line(result, 2, f"no store at {cli.store_dir}")
    assert not cli.store_dir.exists()


def test_a_command_that_writes_makes_the_store(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "new-store")
    assert run(cli, "case", "create", "alpha", "--json").returncode == 0
    assert (cli.store_dir / "habeas.db").is_file()


# -- bad input, refusals ------------------------------------------------------------------------


def test_an_unknown_document_is_one_line_exit_2(filled: Filled) -> None:
    one_line(run(filled.cli, "show", "0123456789abcdef"), 2, "no document '0123456789abcdef'")


def test_a_bad_date_filter_is_one_line_exit_2(filled: Filled) -> None:
    one_line(run(filled.cli, "search", "camps", "--from", "2020-13"), 2, "'2020-13' is not a date")


def test_an_unknown_entity_type_is_one_line_exit_2(filled: Filled) -> None:
    message = one_line(
        run(filled.cli, "search", "camps", "--entity-type", "spaceship"), 2, "unknown entity type 'spaceship'"
    )
    assert "facility" in message  # the line names the types there are, unwrapped
    one_line(run(filled.cli, "entities", "--type", "spaceship"), 2, "unknown entity type 'spaceship'")


def test_usage_errors_are_one_line_exit_2(filled: Filled) -> None:
    one_line(run(filled.cli, "show"), 2, "Missing argument", "habeas show --help")
    one_line(run(filled.cli, "no-such-command"), 2, "No such command")
    one_line(run(filled.cli, "search", "camps", "--no-such-option"), 2, "No such option")


def test_an_unparseable_query_is_one_line_exit_2(filled: Filled) -> None:
    one_line(run(filled.cli, "search", '"unclosed'), 2)


def test_a_missing_input_file_is_one_line_exit_2(filled: Filled, tmp_path: Path) -> None:
    one_line(run(filled.cli, "import", "ftm", tmp_path / "absent.jsonl"), 2, "absent.jsonl")


def test_a_refused_operation_is_one_line_exit_3(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "accounts")
    assert run(cli, "users", "add", "rex", "--role", "reader", "--password", "long enough pass").returncode == 0
    path = Make.text(tmp_path / "w.txt", "A witness statement.")
    one_line(run(cli, "--as", "rex", "ingest", path), 3, "reader")
    one_line(run(cli, "--as", "stranger", "documents"), 3, "'stranger' is not an account")


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("workers = = 3\n", "not a valid settings file"),
        ('[limits]\nmax_file_bytes = "lots"\n', "a setting cannot be read"),
    ],
)
def test_a_settings_file_that_cannot_be_read_is_one_line_exit_2(tmp_path: Path, text: str, named: str) -> None:
    cli = Cli(tmp_path / "store")
    assert run(cli, "case", "create", "alpha").returncode == 0
    (cli.store_dir / "habeas.toml").write_text(text, encoding="utf-8")
    one_line(run(cli, "cases"), 2, str(cli.store_dir / "habeas.toml"), named)
    one_line(run(cli, "case", "create", "beta"), 2, named)


# -- control characters -------------------------------------------------------------------------


def test_file_names_reach_the_terminal_with_their_controls_escaped(filled: Filled) -> None:
    listed = run(filled.cli, "documents")
    assert listed.returncode == 0, listed.stderr
    assert "\x1b" not in listed.stdout and "a\\x1b[31mb.txt" in listed.stdout
    shown = run(filled.cli, "show", filled.escape_id)
    assert shown.returncode == 0 and "\x1b" not in shown.stdout and "a\\x1b[31mb.txt" in shown.stdout
    found = run(filled.cli, "search", "ok")
    assert found.returncode == 0 and "\x1b" not in found.stdout and "a\\x1b[31mb.txt" in found.stdout
    as_json = run(filled.cli, "documents", "--json")  # JSON keeps the name, escaped the JSON way
    assert "\x1b" not in as_json.stdout
    assert ESCAPE_NAME in {d["title"] for d in json.loads(as_json.stdout)["documents"]}


def test_a_file_that_fails_to_ingest_is_named_with_its_controls_escaped(filled: Filled, tmp_path: Path) -> None:
    empty = Make.text(tmp_path / "e\x1b[2Jmpty.txt", "")
    result = run(filled.cli, "ingest", empty)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "\x1b" not in result.stdout and "e\\x1b[2Jmpty.txt: the file is empty" in result.stdout


def test_an_error_naming_a_file_escapes_its_controls(filled: Filled, tmp_path: Path) -> None:
    message = one_line(run(filled.cli, "import", "ftm", tmp_path / "x\x1b]0;pwned\x07.jsonl"), 2)
    assert "\x1b" not in message and "\x07" not in message and "x\\x1b]0;pwned\\x07.jsonl" in message


def test_printable_writes_out_c0_and_c1_controls() -> None:
    from habeas.cli.common import printable

    assert printable("a\x1b[31mb\x9b2J\x7f\r\n") == "a\\x1b[31mb\\x9b2J\\x7f\\x0d\\x0a"
    assert printable("page one\n\tpage two\x1b", lines=True) == "page one\n\tpage two\\x1b"
    assert printable("Uyghur: ئۇيغۇر, 维吾尔") == "Uyghur: ئۇيغۇر, 维吾尔"


# -- a read-only store --------------------------------------------------------------------------


@pytest.fixture
def copied(filled: Filled, tmp_path: Path) -> Cli:
    """A copy of the filled store, to be opened read-only (or spoilt)."""
    shutil.copytree(filled.cli.store_dir, tmp_path / "copy")
    return Cli(tmp_path / "copy")


def store_state(store_dir: Path) -> tuple[int, int]:
    with sqlite3.connect(store_dir / "habeas.db") as db:
        entries = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        documents = db.execute("SELECT count(*) FROM documents").fetchone()[0]
    return entries, documents


def test_a_read_only_store_is_searched_and_verified_and_refuses_writes(copied: Cli, tmp_path: Path) -> None:
    before = store_state(copied.store_dir)
    blobs = sorted(p.name for p in (copied.store_dir / "blobs").rglob("*") if p.is_file())
    found = json.loads(run(copied, "search", "camps", "--json", HABEAS_READ_ONLY="1").stdout)
    assert found["total"] == 1
    verified = run(copied, "verify", "--json", HABEAS_READ_ONLY="1")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert json.loads(verified.stdout)["ok"] is True
    assert run(copied, "documents", HABEAS_READ_ONLY="1").returncode == 0
    path = Make.text(tmp_path / "new.txt", "Another statement about the camps.")
    one_line(run(copied, "ingest", path, HABEAS_READ_ONLY="1"), 1, "read-only", str(copied.store_dir))
    one_line(run(copied, "case", "create", "beta", HABEAS_READ_ONLY="1"), 1, "read-only")
    one_line(run(copied, "reindex", HABEAS_READ_ONLY="1"), 1, "read-only")
    assert store_state(copied.store_dir) == before
    assert sorted(p.name for p in (copied.store_dir / "blobs").rglob("*") if p.is_file()) == blobs
    one_line(run(copied, "search", "camps", HABEAS_READ_ONLY="perhaps"), 2, "HABEAS_READ_ONLY")


def test_a_read_only_store_with_an_old_schema_is_one_line_exit_1(copied: Cli) -> None:
    with sqlite3.connect(copied.store_dir / "habeas.db") as db:
        db.execute("UPDATE alembic_version SET version_num = 'entityreview'")
    one_line(run(copied, "search", "camps", HABEAS_READ_ONLY="1"), 1, "cannot be upgraded", "write access")
    with sqlite3.connect(copied.store_dir / "habeas.db") as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "entityreview"


def test_a_read_only_missing_store_is_not_made(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "absent")
    one_line(run(cli, "case", "create", "alpha", HABEAS_READ_ONLY="1"), 2, "no store at")
    assert not cli.store_dir.exists()


@pytest.fixture
def unwritable(copied: Cli) -> Iterator[tuple[Cli, Path]]:
    """The copy, owned by ``nobody`` and without write permission, as on read-only media: root
    writes anyway, so the command then runs as ``nobody``."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root (to act as another user) and setpriv")
    home = Path(tempfile.mkdtemp(prefix="habeas-ro-"))  # tmp_path's parents are closed to other users
    try:
        home.chmod(0o755)
        store = home / "store"
        shutil.copytree(copied.store_dir, store)
        subprocess.run(["chown", "-R", "nobody:", str(store)], check=True)
        subprocess.run(["chmod", "-R", "a-w", str(store)], check=True)
        yield Cli(store), home
    finally:
        subprocess.run(["chmod", "-R", "u+w", str(home)], check=False)
        shutil.rmtree(home, ignore_errors=True)


def test_a_store_without_write_permission_is_read_searched_and_verified(unwritable: tuple[Cli, Path]) -> None:
    cli, home = unwritable
    before = sorted((str(p), p.stat().st_mtime_ns) for p in cli.store_dir.rglob("*"))

    def as_nobody(*args: str) -> subprocess.CompletedProcess[str]:
        command = [
            "setpriv",
            "--reuid=nobody",
            "--regid=nogroup",
            "--clear-groups",
            sys.executable,
            "-m",
            "habeas",
            "--store",
            str(cli.store_dir),
            *args,
        ]
        return subprocess.run(
            command, capture_output=True, text=True, timeout=120, cwd=home, env=Cli.env(**ENV, HOME=str(home))
        )

    found = as_nobody("search", "camps", "--json")
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)["total"] == 1
    verified = as_nobody("verify", "--json")
    assert verified.returncode == 0 and json.loads(verified.stdout)["ok"] is True, verified.stdout + verified.stderr
    assert as_nobody("show", "0123456789abcdef").returncode == 2
    one_line(as_nobody("case", "create", "beta"), 1, "read-only (no write permission)")
    assert sorted((str(p), p.stat().st_mtime_ns) for p in cli.store_dir.rglob("*")) == before


# -- the sealed-name lookup ---------------------------------------------------------------------


@pytest.fixture
def witnessed(tmp_path: Path) -> Iterator[tuple[Cli, str]]:
    """A store with accounts (a reader, an investigator) and one testimony record naming CANARY."""
    settings = replace(Settings(store=tmp_path / "store", workers=1), kdf=FAST_KDF)
    store = services.open_store(settings)
    try:
        owner = Caller(store, "owner")
        keys_service.init_keys(owner, PASS)
        added = testimony_service.add_testimony(owner, record_with_canary())
        users.add_user(owner, "rex", "reader", "long enough pass")
        users.add_user(owner, "ivan", "investigator", "long enough pass")
        with pytest.raises(PermissionDenied):
            names.sealed_name_records(Caller(store, "rex"), CANARY)
    finally:
        store.close()
    yield Cli(settings.store), added["id"]


def lookups(store_dir: Path) -> list[Any]:
    store = services.open_store(Settings(store=store_dir))
    try:
        with store.db.reading() as session:
            return list(session.scalars(select(AuditEntry).where(AuditEntry.action == "testimony.lookup")))
    finally:
        store.close()


def test_the_sealed_name_lookup_is_refused_to_a_reader(witnessed: tuple[Cli, str]) -> None:
    cli, _ = witnessed
    one_line(run(cli, "--as", "rex", "testimony", "list", "--name", CANARY), 3, "reader", "sealed names")
    listed = run(cli, "--as", "rex", "testimony", "list", "--json")  # the records themselves stay readable
    assert listed.returncode == 0 and len(json.loads(listed.stdout)["records"]) == 1
    assert lookups(cli.store_dir) == []


def test_the_sealed_name_lookup_is_audited_for_an_investigator(witnessed: tuple[Cli, str]) -> None:
    cli, record = witnessed
    found = run(cli, "--as", "ivan", "testimony", "list", "--name", CANARY.lower(), "--json")
    assert found.returncode == 0, found.stderr
    assert [r["id"] for r in json.loads(found.stdout)["records"]] == [record]
    none = run(cli, "--as", "ivan", "testimony", "list", "--name", "Nobody Atall", "--json")
    assert json.loads(none.stdout)["records"] == []
    entries = lookups(cli.store_dir)
    assert [(e.actor, e.details["records"]) for e in entries] == [("ivan", [record]), ("ivan", [])]
    assert all(CANARY.lower() not in json.dumps(e.details).lower() for e in entries)  # never the name
