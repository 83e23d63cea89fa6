#!/usr/bin/env bash
# Hash-pin the lock files for this platform (Linux x86_64, CPython 3.11), so that
# `pip install --require-hashes` installs exactly the files that were locked, or nothing.
#
# Usage: scripts/lock.sh [LOCK_FILE ...]   (default: requirements.lock requirements-bench.lock)
#
# The input is the pins already in each file: every `name==version` line, hashed or not. To add
# or change a dependency, write its `name==version` line (no hash) into the file, then run this
# again: each pin gets the sha256 of the file pip installs here (from the package index, through
# pip's own resolver, in a throwaway virtual environment), and the file is rewritten, sorted.
# Comment lines at the top are kept; a comment "# NAME VERSION wheel sha256: HEX" is checked.
# Safe to re-run: the same pins give the same file.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
files=("$@")
[[ ${#files[@]} -gt 0 ]] || files=(requirements.lock requirements-bench.lock)

"$PYTHON" - <<'EOF'
import platform, sys
if (sys.platform, platform.machine(), sys.implementation.name, sys.version_info[:2]) != ("linux", "x86_64", "cpython", (3, 11)):
    sys.exit(f"lock.sh hashes the files for Linux x86_64 CPython 3.11; this is {sys.platform} {platform.machine()} "
             f"{sys.implementation.name} {sys.version_info[0]}.{sys.version_info[1]}")
EOF

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$PYTHON" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q --upgrade pip 2>&1 | grep -v "^WARNING: Location" >&2 || true

for file in "${files[@]}"; do
  "$work/venv/bin/python" - "$file" "$work" <<'EOF'
"""Rewrite one lock file with a sha256 for every pin."""
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

lock, work = Path(sys.argv[1]), Path(sys.argv[2])
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")
KNOWN = re.compile(r"^#\s*(\S+)\s+(\S+)\s+wheel sha256:\s*([0-9a-f]{64})")


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


header: list[str] = []
pins: dict[str, tuple[str, str]] = {}
for line in lock.read_text(encoding="utf-8").splitlines():
    stripped = line.strip()
    if stripped.startswith("#") and not pins:
        header.append(line)
    elif match := PIN.match(stripped):
        name, version = match.groups()
        if norm(name) in pins and pins[norm(name)][1] != version:
            sys.exit(f"{lock}: {name} is pinned twice, to {pins[norm(name)][1]} and {version}")
        pins[norm(name)] = (name, version)
    elif stripped and not stripped.startswith(("--hash", "#")):
        sys.exit(f"{lock}: not an exact pin (name==version): {stripped!r}")
if not pins:
    sys.exit(f"{lock}: no pins found")

plain = work / f"{lock.name}.pins"
plain.write_text("".join(f"{name}=={version}\n" for name, version in pins.values()))
report = work / f"{lock.name}.json"
# What pip would install here, one file per pin, without installing anything; the index gives each file's sha256.
subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--dry-run", "--ignore-installed", "--no-deps",
                "--report", str(report), "-r", str(plain)], check=True)
hashes: dict[str, str] = {}
unhashed: list[str] = []
for item in json.loads(report.read_text())["install"]:
    key = norm(item["metadata"]["name"])
    digest = item["download_info"].get("archive_info", {}).get("hashes", {}).get("sha256")
    if digest:
        hashes[key] = digest
    else:
        unhashed.append(key)
if unhashed:  # a file from a local folder, whose listing gives no hash: fetch it and hash it ourselves
    folder = work / "downloads"
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--dest", str(folder)]
                   + [f"{pins[k][0]}=={pins[k][1]}" for k in unhashed], check=True)
    for path in folder.iterdir():
        for key in unhashed:
            if norm(path.name).startswith(f"{key}-{norm(pins[key][1])}"):
                hashes[key] = hashlib.sha256(path.read_bytes()).hexdigest()
missing = sorted(pins[k][0] for k in pins if k not in hashes)
if missing:
    sys.exit(f"{lock}: found no file to hash for {', '.join(missing)}")
for line in header:
    if known := KNOWN.match(line):
        key = norm(known.group(1))
        if key in pins and pins[key][1] == known.group(2) and hashes[key] != known.group(3):
            sys.exit(f"{lock}: {known.group(1)} {known.group(2)} should have sha256 {known.group(3)}, "
                     f"the index serves {hashes[key]}")
body = [f"{name}=={version} \\\n    --hash=sha256:{hashes[norm(name)]}"
        for name, version in sorted(pins.values(), key=lambda p: f"{p[0]}=={p[1]}".lower())]
partial = lock.with_name(f".{lock.name}.partial")
partial.write_text("\n".join([*header, *body]) + "\n", encoding="utf-8")
partial.replace(lock)
print(f"{lock}: {len(body)} pins hashed", file=sys.stderr)
EOF
done
