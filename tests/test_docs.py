"""The documentation stays true: the CLI reference matches the commands, the README stays a front
page, links lead somewhere, and every reference page is listed in docs/index.md."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
README = ROOT / "README.md"
CLI_MD = DOCS / "cli.md"
README_MAX_BYTES = 15_000
PAGES = (
    "intake.md",
    "search.md",
    "analysis.md",
    "names.md",
    "linkage.md",
    "web.md",
    "protection.md",
    "exports.md",
    "scale.md",
    "configuration.md",
    "benchmarks.md",
    "layout.md",
    "cli.md",
)

FENCE = re.compile(r"^(`{3,}|~{3,}).*?^\1[ \t]*$", re.MULTILINE | re.DOTALL)
INLINE_CODE = re.compile(r"(`+).+?\1", re.DOTALL)
LINK = re.compile(r"!?\[[^\]]*\]\(([^()\s]+)(?:\s+\"[^\"]*\")?\)")
HEADING = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$", re.MULTILINE)


def load_generator() -> ModuleType:
    """scripts/cli_reference.py, imported by its path (scripts/ is not a package)."""
    path = ROOT / "scripts" / "cli_reference.py"
    spec = importlib.util.spec_from_file_location("cli_reference", path)
    assert spec is not None and spec.loader is not None, f"cannot load {path}"
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    return load_generator()


@pytest.fixture(scope="module")
def expected_reference(generator: ModuleType) -> str:
    rendered: str = generator.render()
    return rendered


def markdown_files() -> list[Path]:
    return [README, *sorted(DOCS.glob("*.md"))]


def prose(markdown: str) -> str:
    """The text outside code blocks and code spans, where links and headings are real."""
    return INLINE_CODE.sub("", FENCE.sub("", markdown))


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link in a heading keeps its text
    text = re.sub(r"[^\w\- ]", "", text.lower())
    return text.replace(" ", "-")


def anchors(markdown: str) -> set[str]:
    """Every heading's anchor, with GitHub's -1, -2... for repeated headings."""
    found: set[str] = set()
    seen: dict[str, int] = {}
    for match in HEADING.finditer(FENCE.sub("", markdown)):
        base = slug(match.group(1))
        count = seen.get(base, 0)
        seen[base] = count + 1
        found.add(base if count == 0 else f"{base}-{count}")
    return found


def relative_links(markdown: str) -> list[str]:
    """Link and image targets that point inside the repository (no scheme, no bare e-mail address)."""
    targets = [match.group(1) for match in LINK.finditer(prose(markdown))]
    return [target for target in targets if not re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE)]


def broken_link(source: Path, target: str) -> str | None:
    """Why a relative link from `source` leads nowhere, or None when it leads somewhere."""
    path_part, _, anchor = target.partition("#")
    destination = (source.parent / path_part).resolve() if path_part else source
    if not destination.exists():
        return f"{source.relative_to(ROOT)}: {target} (no file {destination.relative_to(ROOT)})"
    if anchor and destination.suffix == ".md" and anchor not in anchors(destination.read_text(encoding="utf-8")):
        return f"{source.relative_to(ROOT)}: {target} (no heading #{anchor} in {destination.name})"
    return None


def test_cli_reference_is_up_to_date(generator: ModuleType, expected_reference: str) -> None:
    current = CLI_MD.read_text(encoding="utf-8") if CLI_MD.exists() else ""
    problems = generator.differences(current, expected_reference)
    assert not problems, "docs/cli.md is out of date, run make docs:\n  " + "\n  ".join(problems)


def test_generator_is_deterministic(generator: ModuleType, expected_reference: str) -> None:
    assert generator.render() == expected_reference


def test_every_command_has_a_heading_in_the_cli_reference(generator: ModuleType) -> None:
    documented = set(generator.sections_by_command(CLI_MD.read_text(encoding="utf-8")))
    commands = generator.command_paths()
    assert len(commands) > 1 and "habeas search" in commands, commands
    missing = [path for path in commands if path not in documented]
    assert not missing, f"commands without a heading in docs/cli.md (run make docs): {missing}"


def test_readme_is_a_front_page() -> None:
    size = README.stat().st_size
    assert size <= README_MAX_BYTES, f"README.md is {size} bytes; move reference material into docs/"


@pytest.mark.parametrize("source", markdown_files(), ids=lambda path: str(path.relative_to(ROOT)))
def test_relative_links_lead_to_files(source: Path) -> None:
    problems = [
        problem
        for target in relative_links(source.read_text(encoding="utf-8"))
        if (problem := broken_link(source, target))
    ]
    assert not problems, "broken links:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("page", PAGES)
def test_page_exists_and_is_in_the_index(page: str) -> None:
    assert (DOCS / page).is_file(), f"docs/{page} is missing"
    linked = {target.partition("#")[0] for target in relative_links((DOCS / "index.md").read_text(encoding="utf-8"))}
    assert page in linked, f"docs/index.md does not link to {page}"


def test_link_checker_sees_links_and_skips_code() -> None:
    sample = "[a](x.md#top) ![b](img.png) [c](https://example.org) `[d](code.md)`\n```\n[e](block.md)\n```\n"
    assert relative_links(sample) == ["x.md#top", "img.png"]
    assert anchors("# Top\n## Search latency (`bench/search.py`, 1,000 rows)\n## Top\n") == {
        "top",
        "search-latency-benchsearchpy-1000-rows",
        "top-1",
    }
