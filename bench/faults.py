"""Kill Habeas with SIGKILL at random points and count what that cost (issue 13, "crashes leave
silent holes").

    .venv/bin/python bench/faults.py                       # 20 kills of each kind, SQLite, seed 13
    .venv/bin/python bench/faults.py --kills 5 --seed 7
    .venv/bin/python bench/faults.py --database-url postgresql+psycopg://habeas@127.0.0.1:54329/faults

Four kinds of process are killed, each at a random moment of its run (uniform over 25-100 % of
how long the same command took when it was not killed, so kills fall in start-up, in the work and
in its last writes alike), in turns: an ingest of a fresh folder (text files and a ZIP archive),
an analysis (``analyse --pending`` after an ``ingest --no-analyse``), a rebuild of the search index
(``reindex``) and an evidence export (``export evidence``). The whole process group goes (the
sandboxed parsers and analysis workers too), as when a machine loses power.

After every kill a search is run on the store as the CLI and the web run it, and must answer
with a hit. After the last kill the store is recovered the way a user would: every folder is
ingested again, then ``analyse --pending``, then one more export. Then the figures:

- documents lost: files (and archive members) with no complete document;
- documents duplicated: documents beyond one per file, and custody rows recorded twice;
- analysis pending after recovery: documents whose analysis is still pending or failed;
- index usable after every kill: kills after which a search answered, of all kills;
- partial files left: exports' partial files, half-written index generations, half-copied blobs
  and abandoned work folders, after recovery;
- and whether ``habeas verify`` passes, and whether every file's own word is found by search.

The functions are what ``tests/test_faults.py`` runs with two kills of each kind.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

KINDS = ("ingest", "analyse", "reindex", "export")
PASSPHRASE = "faults-passphrase-1234"  # the bench's own throwaway key, never a real one
FILES_PER_BATCH = 8
MEMBERS = 4
BIG_FILES = 2  # text files past the analysis limit below: they make the index and packages heavier
BIG_CHARS = 600_000
ANALYSIS_MAX_CHARS = 400_000
ATTEMPTS = 4  # runs of a kind per round at most, until one is killed before it ends


@dataclass
class Figures:
    """What the kills cost, after recovery."""

    seed: int
    backend: str
    kills: dict[str, int] = field(default_factory=dict)  # processes killed while running, per kind
    finished_first: dict[str, int] = field(default_factory=dict)  # runs that ended before their kill
    files: int = 0
    documents_lost: int = 0
    documents_duplicated: int = 0
    custody_duplicated: int = 0
    analysis_pending_after_recovery: int = 0
    index_usable_after_kills: int = 0
    index_checks: int = 0
    partial_files_after_kills: int = 0  # seen right after export kills, before the next export
    partial_files_left: int = 0
    index_generations_left: int = 0
    not_found_by_search: int = 0
    verify_ok: bool = False
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def index_usable_every_time(self) -> bool:
        return self.index_usable_after_kills == self.index_checks

    @property
    def clean(self) -> bool:
        """Nothing lost, duplicated, pending or left behind, and search always answered."""
        return (
            not self.documents_lost
            and not self.documents_duplicated
            and not self.custody_duplicated
            and not self.analysis_pending_after_recovery
            and self.index_usable_every_time
            and not self.partial_files_left
            and not self.index_generations_left
            and not self.not_found_by_search
            and self.verify_ok
            and not self.problems
        )


class Habeas:
    """Runs ``python -m habeas`` on one store, as a user would, in its own process group."""

    def __init__(self, store: Path, database_url: str | None = None) -> None:
        self.store = store
        self.database_url = database_url
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("HABEAS_")}
        self.env.update(
            HABEAS_WORKERS="1",
            HABEAS_PASSPHRASE=PASSPHRASE,
            HABEAS_KDF_OPSLIMIT="1",
            HABEAS_KDF_MEMLIMIT=str(8 * 1024 * 1024),
            HABEAS_ANALYSIS_MAX_CHARS=str(ANALYSIS_MAX_CHARS),
        )
        if database_url:
            self.env["HABEAS_DATABASE_URL"] = database_url

    def command(self, *args: str | Path) -> list[str]:
        return [sys.executable, "-m", "habeas", "--store", str(self.store), *map(str, args)]

    def run(self, *args: str | Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self.command(*args), capture_output=True, text=True, env=self.env, timeout=timeout)

    def must(self, *args: str | Path, timeout: float = 600) -> float:
        """Run to the end; how long it took. A failure stops the bench with its message."""
        began = time.monotonic()
        done = self.run(*args, timeout=timeout)
        if done.returncode != 0:
            raise RuntimeError(
                f"habeas {' '.join(map(str, args))} exited {done.returncode}: "
                f"{done.stderr.strip()[-2000:] or done.stdout.strip()[-2000:]}"
            )
        return time.monotonic() - began

    def kill_after(self, delay: float, *args: str | Path) -> bool:
        """Start the command and SIGKILL its process group after ``delay`` seconds; False when it
        had ended by then (nothing was killed)."""
        process = subprocess.Popen(
            self.command(*args),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=self.env,
            start_new_session=True,
        )
        try:
            process.wait(timeout=delay)
            return False
        except subprocess.TimeoutExpired:
            pass
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
        return True


# -- the files ----------------------------------------------------------------------------------


def word(batch: str, n: int) -> str:
    """The word only file ``n`` of ``batch`` holds, so search can be asked for each file."""
    return f"qz{batch}x{n}".replace("-", "")


def text_of(batch: str, n: int, rng: random.Random) -> str:
    place = rng.choice(["Hotan", "Kashgar", "Aksu", "Ghulja", "Turpan"])
    count = rng.randint(20, 900)
    return (
        f"Statement {word(batch, n)}. Officers of the {place} Public Security Bureau detained {count} people "
        f"in {place} on {rng.randint(1, 28)} May {rng.randint(2016, 2020)}. The witness named Abdukerim "
        f"Tursun, director of the {place} camp, as the one who gave the order.\n"
    )


def make_batch(folder: Path, batch: str, rng: random.Random, files: int = FILES_PER_BATCH) -> list[tuple[str, str]]:
    """A folder of text files and one ZIP archive; returns (sha256, word) of every file and member."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for n in range(files):
        data = text_of(batch, n, rng).encode()
        (folder / f"note-{n:02}.txt").write_bytes(data)
        made.append((hashlib.sha256(data).hexdigest(), word(batch, n)))
    members = {f"box/member-{m}.txt": text_of(batch, 100 + m, rng).encode() for m in range(MEMBERS)}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    (folder / "bundle.zip").write_bytes(buffer.getvalue())
    made.append((hashlib.sha256(buffer.getvalue()).hexdigest(), ""))
    made.extend((hashlib.sha256(d).hexdigest(), word(batch, 100 + m)) for m, d in enumerate(members.values()))
    return made


def make_big(folder: Path, rng: random.Random, files: int = BIG_FILES) -> list[tuple[str, str]]:
    """A few large text files (analysis skips them: more text than the limit)."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for n in range(files):
        lines = [text_of(f"big{n}", 200 + i % 50, rng) for i in range(BIG_CHARS // 200)]
        data = "".join(lines).encode()
        (folder / f"big-{n}.txt").write_bytes(data)
        made.append((hashlib.sha256(data).hexdigest(), ""))
    return made


# -- a round --------------------------------------------------------------------------------------


def search_answers(store_dir: Path, database_url: str | None, wanted: str) -> str | None:
    """Why a search, run as the CLI and the web run it, does not answer with a hit; None when it does."""
    from habeas import services
    from habeas.config import Settings
    from habeas.services import Caller, search

    try:
        store = services.open_store(Settings(store=store_dir, database_url=database_url, workers=1))
    except Exception as exc:  # the store itself cannot be opened: search does not answer
        return f"the store does not open: {type(exc).__name__}: {exc}"
    try:
        total, _hits = search.search(Caller(store), wanted, search.SearchFilters())
        return None if total > 0 else f"no hit for {wanted!r}"
    except Exception as exc:  # any error means search does not answer
        return f"{type(exc).__name__}: {exc}"
    finally:
        store.close()


def partial_files(folder: Path) -> int:
    return sum(1 for p in folder.iterdir() if ".partial-" in p.name or p.name.endswith(".part"))


def run_faults(
    work: Path,
    kills: int = 20,
    seed: int = 13,
    database_url: str | None = None,
    log: Any = None,
    batch_files: int = FILES_PER_BATCH,
    big_files: int = BIG_FILES,
) -> Figures:
    """Set up a store in ``work``, kill each kind of process ``kills`` times at random points,
    recover, and count (see the module's docstring). ``batch_files``: text files per folder
    ingested (besides its archive); ``big_files``: large files in the store."""
    began = time.monotonic()
    say = log or (lambda _line: None)
    rng = random.Random(seed)
    figures = Figures(
        seed=seed,
        backend="postgresql" if database_url else "sqlite",
        kills=dict.fromkeys(KINDS, 0),
        finished_first=dict.fromkeys(KINDS, 0),
    )
    store, inbox, exports = work / "store", work / "in", work / "exports"
    exports.mkdir(parents=True, exist_ok=True)
    habeas = Habeas(store, database_url)
    expected: list[tuple[str, str]] = []
    folders: list[Path] = []

    # The store: big files and a first batch, keys for exports; each command timed, unkilled.
    expected += make_big(inbox / "big", rng, big_files)
    expected += make_batch(inbox / "base", "base", rng, batch_files)
    folders += [inbox / "big", inbox / "base"]
    took = {"ingest": habeas.must("ingest", inbox / "big", inbox / "base", "--json")}
    habeas.must("keys", "init", "--recovery-out", work / "recovery.key", "--json")
    expected += make_batch(inbox / "calib", "calib", rng, batch_files)
    folders.append(inbox / "calib")
    habeas.must("ingest", inbox / "calib", "--no-analyse", "--json")
    took["analyse"] = habeas.must("analyse", "--pending", "--json")
    took["reindex"] = habeas.must("reindex", "--json")
    took["export"] = habeas.must("export", "evidence", exports / "calibration.zip", "--json")
    say("unkilled: " + ", ".join(f"{k} {v:.1f} s" for k, v in took.items()))
    probe = word("base", 0)

    runs = Counter[str]()
    for round_ in range(kills):
        for kind in KINDS:
            bound = took[kind]
            for _attempt in range(ATTEMPTS):  # a run that ends before its kill is tried again, sooner
                runs[kind] += 1
                n = runs[kind]
                delay = rng.uniform(0.25, 1.0) * bound
                if kind == "ingest":
                    folder = inbox / f"ingest-{n:03}"
                    expected += make_batch(folder, f"i{n}", rng, batch_files)
                    folders.append(folder)
                    killed = habeas.kill_after(delay, "ingest", folder, "--json")
                elif kind == "analyse":
                    folder = inbox / f"analyse-{n:03}"
                    expected += make_batch(folder, f"a{n}", rng, batch_files)
                    folders.append(folder)
                    habeas.must("ingest", folder, "--no-analyse", "--json")
                    killed = habeas.kill_after(delay, "analyse", "--pending", "--json")
                elif kind == "reindex":
                    killed = habeas.kill_after(delay, "reindex", "--json")
                else:
                    killed = habeas.kill_after(delay, "export", "evidence", exports / f"package-{n:03}.zip", "--json")
                    figures.partial_files_after_kills += partial_files(exports)
                figures.kills[kind] += killed
                figures.finished_first[kind] += not killed
                unanswered = search_answers(store, database_url, probe)
                figures.index_checks += 1
                figures.index_usable_after_kills += unanswered is None
                if unanswered is not None:
                    figures.problems.append(f"round {round_ + 1}, after {kind}: search does not answer: {unanswered}")
                say(
                    f"round {round_ + 1}/{kills} {kind:8} {'killed' if killed else 'ended first'} after "
                    f"{delay:.2f} s; search {'answers' if unanswered is None else 'DOES NOT ANSWER: ' + unanswered}"
                )
                if killed:
                    break
                bound = delay  # this one took less than that: aim earlier (this round only)

    # Recovery, as a user would: everything ingested again, pending analysis finished, one more export.
    again = habeas.run("ingest", *folders, "--json")
    if again.returncode != 0:
        figures.problems.append(
            f"the ingest after the kills exited {again.returncode}: "
            f"{again.stderr.strip()[-500:] or again.stdout.strip()[-500:]}"
        )
    habeas.must("analyse", "--pending", "--json")
    habeas.must("export", "evidence", exports / "after-recovery.zip", "--json")
    figures.files = len(expected)
    count(figures, store, database_url, expected, exports)
    verify = habeas.run("verify", "--json")
    figures.verify_ok = verify.returncode == 0
    if verify.returncode != 0:
        figures.problems += json.loads(verify.stdout or "{}").get("problems", []) or [verify.stderr.strip()]
    figures.seconds = round(time.monotonic() - began, 1)
    return figures


def count(
    figures: Figures, store_dir: Path, database_url: str | None, expected: list[tuple[str, str]], exports: Path
) -> None:
    """The figures, read from the recovered store."""
    from sqlalchemy import func, select

    from habeas import services
    from habeas.config import Settings
    from habeas.search.index import GENERATION, current_generation
    from habeas.services import Caller, search
    from habeas.store.models import ANALYSIS_FAILED, ANALYSIS_PENDING, Custody, Document

    store = services.open_store(Settings(store=store_dir, database_url=database_url, workers=1))
    try:
        with store.db.reading() as session:
            documents = session.execute(select(Document.sha256, Document.status)).all()
            custody = Counter(session.execute(select(Custody.document_id, Custody.source, Custody.original_path)).all())
            figures.analysis_pending_after_recovery = (
                session.scalar(
                    select(func.count())
                    .select_from(Document)
                    .where(Document.analysis.in_([ANALYSIS_PENDING, ANALYSIS_FAILED]))
                )
                or 0
            )
        complete = {sha for sha, status in documents if status in ("ok", "needs_ocr")}
        wanted = {sha for sha, _word in expected}
        figures.documents_lost = len(wanted - complete)
        figures.documents_duplicated = len(documents) - len({sha for sha, _status in documents})
        figures.documents_duplicated += len({sha for sha, _status in documents} - wanted)
        figures.custody_duplicated = sum(n - 1 for n in custody.values() if n > 1)
        for _sha, text_word in expected:
            if text_word and search.search(Caller(store), text_word, search.SearchFilters())[0] != 1:
                figures.not_found_by_search += 1
        index_dir = store.settings.index_dir
        current = current_generation(index_dir)
        figures.index_generations_left = sum(
            1 for p in index_dir.iterdir() if p.is_dir() and p.name.startswith(GENERATION) and p != current
        )
        tmp = store.settings.tmp_dir
        left = partial_files(exports)
        left += sum(1 for p in tmp.iterdir() if p.is_dir() and p.name != "jobs") if tmp.is_dir() else 0
        left += sum(1 for p in store.settings.blob_dir.glob(".incoming-*"))
        figures.partial_files_left = left
    finally:
        store.close()


def report(figures: Figures) -> str:
    kills = sum(figures.kills.values())
    lines = [
        f"seed {figures.seed}, {figures.backend}: {kills} processes killed ("
        + ", ".join(f"{k} {figures.kills[k]}" for k in KINDS)
        + "; ended before their kill: "
        + ", ".join(f"{k} {figures.finished_first[k]}" for k in KINDS)
        + f"), {figures.files} files, "
        f"{figures.seconds:.0f} s",
        f"  documents lost                      {figures.documents_lost}",
        f"  documents duplicated                {figures.documents_duplicated}"
        f"  (custody rows recorded twice: {figures.custody_duplicated})",
        f"  analysis pending after recovery     {figures.analysis_pending_after_recovery}",
        f"  index usable after every kill       {'yes' if figures.index_usable_every_time else 'NO'}"
        f"  ({figures.index_usable_after_kills} of {figures.index_checks} searches answered)",
        f"  partial files left                  {figures.partial_files_left}"
        f"  (index generations left: {figures.index_generations_left}; export partial files seen right "
        f"after kills: {figures.partial_files_after_kills})",
        f"  files search does not find          {figures.not_found_by_search}",
        f"  habeas verify                       {'ok' if figures.verify_ok else 'FAILED'}",
    ]
    lines += [f"  problem: {p}" for p in figures.problems]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=20, help="kills of each kind (default 20)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--database-url",
        default=None,
        help="a PostgreSQL database to use (its tables are made there; use an empty database)",
    )
    parser.add_argument("--work", type=Path, default=None, help="keep the store and files in this folder")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--quiet", action="store_true", help="no line per kill")
    args = parser.parse_args()
    import tempfile

    with tempfile.TemporaryDirectory(prefix="habeas-faults-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        figures = run_faults(
            work, args.kills, args.seed, args.database_url, log=None if args.quiet or args.json else print
        )
    if args.json:
        print(json.dumps({**asdict(figures), "clean": figures.clean}, indent=1))
    else:
        print(report(figures))
    sys.exit(0 if figures.clean else 1)


if __name__ == "__main__":
    main()
