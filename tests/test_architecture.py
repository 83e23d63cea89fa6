"""The layers of ARCHITECTURE.md, checked: every import of every habeas module, at module level or
inside a function, is read from the source and held against the rules. A new import that crosses
a layer fails here, with the file, the line and the rule."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "habeas"

FACES = ("habeas.cli", "habeas.web", "habeas.worker")
FACE_MAY_IMPORT = ("habeas.services", "habeas.errors", "habeas.config", "habeas.progress", "habeas.vocab")
STAGES = (
    "habeas.ingest",
    "habeas.analyse",
    "habeas.resolve",
    "habeas.search",
    "habeas.export",
    "habeas.protect",
    "habeas.custody",
    "habeas.queue",
)
PURE = ("habeas.names", "habeas.vocab")
GROUND = ("habeas.store", "habeas.config", "habeas.errors", "habeas.progress")
# Libraries a pure package may not use: they reach a database, a network or the disk at large.
IMPURE_LIBRARIES = ("sqlalchemy", "duckdb", "splink", "psycopg", "redis", "celery", "httpx", "requests", "fastapi")


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the habeas module (or third-party top-level name) it imports
    line: int
    in_function: bool

    def __str__(self) -> str:
        where = "inside a function" if self.in_function else "at module level"
        return f"{self.source} imports {self.target} ({where}, line {self.line})"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts}


def resolve(name: str) -> str:
    """The habeas module an import names: ``habeas.a.b`` when that is a module, else its package."""
    while name not in modules() and "." in name:
        name = name.rsplit(".", 1)[0]
    return name


def imports_of(module: str) -> Iterator[Import]:
    tree = ast.parse(modules()[module].read_text(encoding="utf-8"))
    functions = {
        id(n) for f in ast.walk(tree) if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef) for n in ast.walk(f)
    }
    package = module if modules()[module].name == "__init__.py" else module.rsplit(".", 1)[0]
    for node in ast.walk(tree):
        nested = id(node) in functions
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(
                    module, resolve(alias.name) if alias.name.startswith("habeas") else alias.name, node.lineno, nested
                )
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else [])
                )
            if not base.startswith("habeas"):
                yield Import(module, base, node.lineno, nested)
                continue
            for alias in node.names:
                yield Import(module, resolve(f"{base}.{alias.name}"), node.lineno, nested)


@cache
def all_imports() -> tuple[Import, ...]:
    return tuple(i for m in sorted(modules()) for i in imports_of(m))


def habeas_imports() -> list[Import]:
    return [i for i in all_imports() if i.target.startswith("habeas") and i.target != i.source]


def within(module: str, packages: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def test_the_walk_sees_the_package() -> None:
    """The checks below are only as good as the walk: it must find the layers and their imports."""
    assert {"habeas.services", "habeas.cli", "habeas.web.app", "habeas.worker.tasks", "habeas.errors"} <= set(modules())
    assert any(i.source.startswith("habeas.cli") and i.target.startswith("habeas.services") for i in habeas_imports())
    assert any(i.in_function for i in habeas_imports())


def test_no_import_cycles() -> None:
    graph: dict[str, set[str]] = {m: set() for m in modules()}
    for i in habeas_imports():
        graph[i.source].add(i.target)
    cycles = [c for c in strongly_connected(graph) if len(c) > 1]
    assert not cycles, "import cycles: " + "; ".join(" <-> ".join(sorted(c)) for c in cycles)


@pytest.mark.parametrize("face", FACES)
def test_faces_call_only_the_services(face: str) -> None:
    allowed = (face, *FACE_MAY_IMPORT)
    wrong = [
        str(i)
        for i in habeas_imports()
        if within(i.source, (face,)) and not (within(i.target, allowed) or (i.target == "habeas" and root_is_bare()))
    ]
    assert not wrong, f"{face} reaches past the services:\n" + "\n".join(wrong)


def root_is_bare() -> bool:
    """``from habeas import __version__`` is fine while the root package imports nothing."""
    return not any(i.source == "habeas" for i in all_imports())


def test_services_never_import_a_face() -> None:
    wrong = [str(i) for i in habeas_imports() if within(i.source, ("habeas.services",)) and within(i.target, FACES)]
    assert not wrong, "\n".join(wrong)


def test_stages_never_import_services_or_faces() -> None:
    wrong = [
        str(i) for i in habeas_imports() if within(i.source, STAGES) and within(i.target, ("habeas.services", *FACES))
    ]
    assert not wrong, "\n".join(wrong)


def test_ingest_and_analyse_are_independent() -> None:
    wrong = [
        str(i)
        for i in habeas_imports()
        if (within(i.source, ("habeas.ingest",)) and within(i.target, ("habeas.analyse",)))
        or (within(i.source, ("habeas.analyse",)) and within(i.target, ("habeas.ingest",)))
    ]
    assert not wrong, "\n".join(wrong)


def test_pure_packages_touch_no_database_service_or_face() -> None:
    wrong = [
        str(i)
        for i in all_imports()
        if within(i.source, PURE)
        and (
            (i.target.startswith("habeas") and not within(i.target, (*PURE, "habeas.errors")))
            or i.target.split(".")[0] in IMPURE_LIBRARIES
        )
    ]
    assert not wrong, "\n".join(wrong)


def test_the_ground_imports_nothing_above_it() -> None:
    wrong = [str(i) for i in habeas_imports() if within(i.source, GROUND) and not within(i.target, GROUND)]
    assert not wrong, "\n".join(wrong)


def test_errors_and_progress_are_leaves() -> None:
    wrong = [str(i) for i in habeas_imports() if i.source in ("habeas.errors", "habeas.progress")]
    assert not wrong, "\n".join(wrong)


def strongly_connected(graph: dict[str, set[str]]) -> list[set[str]]:
    """Tarjan's algorithm, iteratively (the graph is a few hundred modules)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                found.append(component)
    return found


def test_cycle_finder_finds_a_cycle() -> None:
    """The finder itself, on a graph with one cycle and one tail."""
    cycles = [c for c in strongly_connected({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) if len(c) > 1]
    assert cycles == [{"a", "b", "c"}]


EXCEPTION_BASES = {
    "Exception",
    "ValueError",
    "LookupError",
    "PermissionError",
    "RuntimeError",
    "KeyError",
    *(name for name in dir(__import__("habeas.errors").errors) if not name.startswith("_")),
}


def test_errors_faces_catch_are_not_defined_in_services() -> None:
    """An error a stage raises and a face catches lives in errors.py, never in services/ (a private
    one that a service raises and catches itself is its own business)."""
    wrong = []
    for module, path in modules().items():
        if not within(module, ("habeas.services",)):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.ClassDef)
                and not node.name.startswith("_")
                and any(isinstance(b, ast.Name) and b.id in EXCEPTION_BASES for b in node.bases)
            ):
                wrong.append(f"{module}.{node.name} (line {node.lineno})")
    assert not wrong, "errors defined in services/: " + ", ".join(wrong)
