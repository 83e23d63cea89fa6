"""Shared fixtures: real case stores on SQLite and on a real PostgreSQL server, files made on
the spot in every format Habeas reads, and a way to run the ``habeas`` command.

PostgreSQL: ``HABEAS_TEST_DATABASE_URL`` names a server (``make test`` starts one with
``scripts/postgres.sh start``); each store gets a fresh database there, dropped afterwards.
Without the variable the PostgreSQL cases are skipped, unless ``HABEAS_REQUIRE_POSTGRES=1``,
when they fail instead."""

from __future__ import annotations

import email.message
import io
import json
import os
import subprocess
import sys
import tarfile
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from habeas import services
from habeas.config import IngestLimits, Settings
from habeas.ingest.pipeline import IngestReport
from habeas.search.index import SearchFilters
from habeas.services import Caller, documents, intake, search
from habeas.store.store import Store

BACKENDS = ["sqlite", "postgres"]
ACTOR = "owner"  # the local operator (the CLI without --as): the store's admin once accounts exist too
COLLECTOR = "collector-jane"


# -- PostgreSQL ------------------------------------------------------------------


class PostgresServer:
    """The test server: makes a fresh database per store and drops it afterwards."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = make_url(admin_url)
        self.conninfo = self.admin_url.set(drivername="postgresql").render_as_string(hide_password=False)
        self.problem: str | None = None
        try:
            with self._admin() as conn:
                conn.execute("SELECT 1")
        except psycopg.OperationalError as exc:
            self.problem = f"HABEAS_TEST_DATABASE_URL is set but the server cannot be reached: {exc}"

    def _admin(self) -> psycopg.Connection[Any]:
        return psycopg.connect(self.conninfo, autocommit=True)

    def create_database(self) -> str:
        name = f"habeas_test_{uuid.uuid4().hex[:12]}"
        with self._admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.admin_url.set(database=name).render_as_string(hide_password=False)

    def drop_database(self, url: str) -> None:
        name = make_url(url).database
        with self._admin() as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                (name,),
            )
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


@pytest.fixture(scope="session")
def pg_server() -> PostgresServer | None:
    url = os.environ.get("HABEAS_TEST_DATABASE_URL")
    return PostgresServer(url) if url else None


def require_backend(backend: str, pg_server: PostgresServer | None) -> None:
    if backend == "postgres" and pg_server is not None and pg_server.problem:
        pytest.fail(pg_server.problem)
    if backend == "postgres" and pg_server is None:
        if os.environ.get("HABEAS_REQUIRE_POSTGRES") == "1":
            pytest.fail(
                "HABEAS_REQUIRE_POSTGRES=1 but HABEAS_TEST_DATABASE_URL is not set "
                "(start one with scripts/postgres.sh start)"
            )
        pytest.skip("PostgreSQL tests need HABEAS_TEST_DATABASE_URL")


# -- stores ------------------------------------------------------------------------


class StoreFactory:
    """Opens case stores on one backend under one folder, and cleans them all up. Stores get one
    parser process unless asked for more: each costs a second or two to start, on every ingest."""

    def __init__(self, backend: str, base: Path, pg_server: PostgresServer | None) -> None:
        self.backend = backend
        self.base = base
        self.pg_server = pg_server
        self._opened: list[tuple[Store, str | None]] = []

    def settings(self, name: str = "store", workers: int = 1, **limits: Any) -> Settings:
        url = self.pg_server.create_database() if self.backend == "postgres" and self.pg_server else None
        return Settings(
            store=self.base / name, database_url=url, workers=workers, limits=replace(IngestLimits(), **limits)
        )

    def __call__(self, name: str = "store", workers: int = 1, **limits: Any) -> Store:
        settings = self.settings(name, workers, **limits)
        store = services.open_store(settings)
        self._opened.append((store, settings.database_url))
        return store

    def close(self) -> None:
        for store, url in self._opened:
            store.close()
            if url and self.pg_server:
                self.pg_server.drop_database(url)
        self._opened.clear()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, pg_server: PostgresServer | None) -> str:
    require_backend(request.param, pg_server)
    return str(request.param)


@pytest.fixture
def make_store(backend: str, tmp_path: Path, pg_server: PostgresServer | None) -> Iterator[StoreFactory]:
    """``make_store(name, **limits)`` opens another store on the test's backend."""
    factory = StoreFactory(backend, tmp_path, pg_server)
    yield factory
    factory.close()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    """A store on SQLite alone, for intake tests that need no other backend."""
    factory = StoreFactory("sqlite", tmp_path, None)
    yield factory()
    factory.close()


@pytest.fixture
def store(make_store: StoreFactory) -> Store:
    """A fresh, empty case store on SQLite or on PostgreSQL."""
    return make_store()


def module_store_fixture(workers: int = 2, **limits: Any) -> Any:
    """A fixture for a module whose tests all read one store, filled once per backend by the
    module's ``fill(store, folder)`` function, which returns what the tests need."""

    @pytest.fixture(scope="module", params=BACKENDS)
    def fixture(
        request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, pg_server: PostgresServer | None
    ) -> Iterator[Any]:
        require_backend(request.param, pg_server)
        base = tmp_path_factory.mktemp(f"{request.module.__name__}-{request.param}")
        factory = StoreFactory(request.param, base, pg_server)
        try:
            yield request.module.fill(factory(workers=workers, **limits), base / "in")
        finally:
            factory.close()

    return fixture


# -- doing things --------------------------------------------------------------------


def intake_options(
    case: str | None = None, source: str | None = None, grade: str | None = None, collector: str | None = COLLECTOR
) -> Any:
    return intake.default_intake(case, source, grade, collector, ACTOR)


def ingest(store: Store, *paths: Path, **options: Any) -> IngestReport:
    return intake.ingest(Caller(store, ACTOR), list(paths), intake_options(**options))


def ingest_unanalysed(store: Store, *paths: Path) -> IngestReport:
    """Stored, read and indexed, not analysed (for tests of intake, not of the analysis)."""
    return intake.ingest(Caller(store, ACTOR), list(paths), intake_options(), analyse=False)


def docs_by_name(store: Store) -> dict[str, dict[str, Any]]:
    """Every document by file name (names are unique in the tests that use this)."""
    docs = documents.list_documents(Caller(store))
    by_name = {d["file_name"]: d for d in docs}
    assert len(by_name) == len(docs), "file names are not unique in this store"
    return by_name


def hit_ids(store: Store, query: str, **filters: Any) -> set[str]:
    _total, hits = search.search(Caller(store), query, SearchFilters(**filters), limit=100)
    return {h.document_id for h in hits}


def failure_for(report: IngestReport, fragment: str) -> str:
    """The error reported for the one failed path containing ``fragment``."""
    found = [f for f in report.failed if fragment in f["path"]]
    assert len(found) == 1, f"expected one failure naming {fragment!r}, got {report.failed}"
    return found[0]["error"]


# -- making files ------------------------------------------------------------------


class Make:
    """Writers for every format, so the tests need no binary fixtures."""

    @staticmethod
    def text(path: Path, text: str, encoding: str = "utf-8") -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode(encoding))
        return path

    @staticmethod
    def pdf(path: Path, pages: list[str], encrypt: str | None = None, title: str = "") -> Path:
        from reportlab.pdfgen import canvas

        path.parent.mkdir(parents=True, exist_ok=True)
        pdf = canvas.Canvas(str(path), encrypt=encrypt)
        pdf.setTitle(title)  # else reportlab writes "untitled"
        for page in pages:
            y = 780
            for line in page.split("\n"):
                pdf.drawString(72, y, line)
                y -= 16
            pdf.showPage()
        pdf.save()
        return path

    @staticmethod
    def docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
        import docx

        path.parent.mkdir(parents=True, exist_ok=True)
        document = docx.Document()
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)
        if table:
            grid = document.add_table(rows=len(table), cols=len(table[0]))
            for r, row in enumerate(table):
                for c, value in enumerate(row):
                    grid.cell(r, c).text = value
        document.save(str(path))
        return path

    @staticmethod
    def xlsx(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
        import openpyxl

        path.parent.mkdir(parents=True, exist_ok=True)
        workbook = openpyxl.Workbook()
        workbook.remove(workbook.active)
        for title, rows in sheets.items():
            sheet = workbook.create_sheet(title)
            for row in rows:
                sheet.append(row)
        workbook.save(str(path))
        return path

    @staticmethod
    def eml(path: Path, subject: str, body: str, attachments: dict[str, bytes]) -> Path:
        message = email.message.EmailMessage()
        message["From"] = "witness@example.org"
        message["To"] = "investigator@example.org"
        message["Subject"] = subject
        message["Date"] = "Mon, 01 Jan 2024 10:00:00 +0000"
        message["Message-ID"] = "<test-1@example.org>"
        message.set_content(body)
        for name, data in attachments.items():
            message.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(bytes(message))
        return path

    @staticmethod
    def zip_bytes(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression) as archive:
            for name, data in members.items():
                archive.writestr(name, data)  # writes the name as given, ../ and / included
        return buffer.getvalue()

    @staticmethod
    def zip(path: Path, members: dict[str, bytes]) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(Make.zip_bytes(members))
        return path

    @staticmethod
    def tar(path: Path, members: dict[str, bytes], mode: str = "w") -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tarfile.open(path, mode) as archive:
            for name, data in members.items():
                info = tarfile.TarInfo(name)
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))
        return path

    @staticmethod
    def png(path: Path, text: str) -> Path:
        from PIL import Image, ImageDraw, ImageFont

        path.parent.mkdir(parents=True, exist_ok=True)
        image = Image.new("RGB", (60 + 34 * len(text), 160), "white")
        ImageDraw.Draw(image).text((30, 50), text, fill="black", font=ImageFont.load_default(size=48))
        image.save(path)
        return path


@pytest.fixture(scope="session")
def make() -> type[Make]:
    return Make


# -- the command line ---------------------------------------------------------------


class Cli:
    """Runs ``python -m habeas`` in a subprocess, the way a user runs ``habeas``."""

    def __init__(self, store_dir: Path) -> None:
        self.store_dir = store_dir

    @staticmethod
    def env(**extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("HABEAS_")}
        env.update(extra)
        return env

    def __call__(
        self, *args: str | Path, store: bool = True, env: dict[str, str] | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "habeas"]
        if store:
            command += ["--store", str(self.store_dir)]
        command += [str(a) for a in args]
        return subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, env=env if env is not None else self.env()
        )

    def json(self, *args: str | Path, expect_rc: int = 0, **kwargs: Any) -> Any:
        result = self(*args, "--json", **kwargs)
        assert result.returncode == expect_rc, (result.returncode, result.stdout, result.stderr)
        return json.loads(result.stdout)  # stdout holds the JSON and nothing else


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "cli-store")
