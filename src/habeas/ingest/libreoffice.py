"""Legacy and rare office formats (Word 97-2003, Excel 97-2003, PowerPoint 97-2003, RTF,
WordPerfect, Visio, Publisher, Apple iWork) converted to OpenDocument by LibreOffice headless, then
read as OpenDocument.

Each parser process keeps ONE LibreOffice running for its lifetime, driven through a small bridge
(``lo_bridge.py``, run by the system Python, which has LibreOffice's ``uno`` module), so only the
first file pays for starting it. LibreOffice is a child of the sandboxed parser: it inherits the
parser's memory limit, each conversion is held to the file's time limit, and on a timeout its
whole process group is killed (the next file starts a fresh one). Where the bridge cannot run (no
``uno`` for the system Python), each file is converted by a LibreOffice of its own. Encrypted
files are named as such, never handed to LibreOffice."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import select
import shutil
import signal
import subprocess  # nosec B404  # runs LibreOffice only, by its full path, with a list of arguments
import tempfile
import uuid
from pathlib import Path
from typing import Any

from habeas.errors import ExtractionError
from habeas.ingest.model import Extracted
from habeas.ingest.office_xml import extract_odf

# What each format becomes, and the name ending LibreOffice's import filters expect.
TARGET = {
    "doc": ("odt", ".doc"),
    "rtf": ("odt", ".rtf"),
    "wpd": ("odt", ".wpd"),
    "xls": ("ods", ".xls"),
    "ppt": ("odp", ".ppt"),
    "vsd": ("odg", ".vsd"),
    "pub": ("odg", ".pub"),
}
IWORK = {".pages": "odt", ".numbers": "ods", ".key": "odp"}
LABEL = {
    "doc": "Word 97-2003 document",
    "rtf": "RTF document",
    "wpd": "WordPerfect document",
    "xls": "Excel 97-2003 workbook",
    "ppt": "PowerPoint 97-2003 presentation",
    "vsd": "Visio drawing",
    "pub": "Publisher document",
    "iwork": "Apple iWork document",
}


WORDPERFECT_HEADER = 16  # its mark, the text's offset, product, type, version, then the encryption key


@functools.cache
def soffice_binary() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@functools.cache
def _profile() -> Path:
    """This process's LibreOffice profile, made on first use and kept while the process lives."""
    return Path(tempfile.mkdtemp(prefix=f"habeas-lo-{os.getpid()}-"))


def extract_with_libreoffice(path: Path, name: str, file_type: str, workdir: Path, timeout_s: float) -> Extracted:
    label = LABEL.get(file_type, "office document")
    if is_encrypted(path, file_type):
        raise ExtractionError(f"encrypted {label}: it needs a password to open")
    suffix = Path(name).suffix.lower()
    target, ending = (IWORK.get(suffix, "odt"), suffix) if file_type == "iwork" else TARGET[file_type]
    converted = convert(path, ending, target, workdir, timeout_s, label)
    extracted = extract_odf(converted, name, converted.suffix[1:])
    extracted.file_type = file_type
    extracted.metadata["converted_by"] = "LibreOffice"
    return extracted


def convert(path: Path, ending: str, target: str, workdir: Path, timeout_s: float, label: str) -> Path:
    """Convert ``path`` (named with ``ending`` for LibreOffice's filters) to OpenDocument; ``target``
    (odt, ods...) is what it should become, though the persistent LibreOffice stores a document as
    the kind it opened it as, and the result's ending says which."""
    binary = soffice_binary()
    if binary is None:
        raise ExtractionError(f"cannot read the {label}: LibreOffice is not installed (scripts/system-deps.sh office)")
    if bridge_available():
        folder = Path(tempfile.mkdtemp(prefix="convert-", dir=workdir))
        source = folder / f"input{ending}"
        os.symlink(path.resolve(), source)
        answer = office().run(source, folder / "output", None, timeout_s, label)
        return folder / f"output.{answer['ending']}"
    return _convert_once(path, ending, target, workdir, timeout_s, label)


def _convert_once(path: Path, ending: str, target: str, workdir: Path, timeout_s: float, label: str) -> Path:
    """Convert with a LibreOffice started for this one file."""
    binary = soffice_binary() or "soffice"
    folder = Path(tempfile.mkdtemp(prefix="convert-", dir=workdir))
    source = folder / f"input{ending}"
    os.symlink(path.resolve(), source)
    command = [
        binary,
        "--headless",
        "--norestore",
        "--nologo",
        "--nolockcheck",
        "--nodefault",
        f"-env:UserInstallation={_profile().as_uri()}",
        "--convert-to",
        target,
        "--outdir",
        str(folder / "out"),
        str(source),
    ]
    process = subprocess.Popen(  # nosec B603  # fixed arguments; the file is a path in the store
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        _out, err = process.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired as exc:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        raise ExtractionError(f"LibreOffice took longer than {timeout_s:.0f}s to convert the {label}") from exc
    result = folder / "out" / f"input.{target}"
    if not result.is_file():
        lines = [ln for ln in err.decode("utf-8", "replace").splitlines() if "javaldx" not in ln and ln.strip()]
        reason = lines[-1] if lines else "it produced nothing (damaged, or not what its first bytes say)"
        raise ExtractionError(f"LibreOffice could not read the {label}: {reason}")
    return result


def is_encrypted(path: Path, file_type: str) -> bool:
    """Whether a legacy Office file is password-protected (by msoffcrypto-tool), or a WordPerfect
    document (5.x and later: the encryption key in its header is set)."""
    if file_type == "wpd":
        with path.open("rb") as fh:
            head = fh.read(WORDPERFECT_HEADER)
        return len(head) == WORDPERFECT_HEADER and head[12:14] != b"\0\0"
    if file_type not in ("doc", "xls", "ppt"):
        return False
    import msoffcrypto

    try:
        with path.open("rb") as fh:
            return bool(msoffcrypto.OfficeFile(fh).is_encrypted())
    except Exception:  # an unreadable file is not known to be encrypted; its parser says what is wrong
        return False


SYSTEM_PYTHON = "/usr/bin/python3"
BRIDGE = Path(__file__).with_name("lo_bridge.py")


@functools.cache
def bridge_available() -> bool:
    """Whether the system Python has LibreOffice's ``uno`` module (Debian's python3-uno)."""
    if not Path(SYSTEM_PYTHON).is_file():
        return False
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True, timeout=60)  # nosec B603
    return probe.returncode == 0


class Office:
    """This process's one LibreOffice, behind the bridge; started on first use, again after a failure."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None

    def _start(self, timeout_s: float) -> subprocess.Popen[bytes]:
        pipe = f"habeas-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        command = [SYSTEM_PYTHON, str(BRIDGE), soffice_binary() or "soffice", _profile().as_uri(), pipe]
        process = subprocess.Popen(  # nosec B603  # fixed arguments
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True
        )
        self.process = process
        answer = self._answer(max(timeout_s, 60.0), "LibreOffice")
        if not answer.get("ready"):
            self.stop()
            raise ExtractionError(f"LibreOffice did not start: {answer.get('error', 'no answer')}")
        return process

    def run(self, source: Path, target: Path, filter_name: str | None, timeout_s: float, label: str) -> dict[str, Any]:
        """Convert one file; its answer, or ``ExtractionError`` naming why not."""
        process = self.process if self.process is not None and self.process.poll() is None else None
        if process is None:
            process = self._start(timeout_s)
        request = {"source": str(source), "target": str(target), "filter": filter_name}
        if process.stdin is None:
            raise ExtractionError("LibreOffice's bridge has no input")
        try:
            process.stdin.write((json.dumps(request) + "\n").encode())
            process.stdin.flush()
        except OSError as exc:
            self.stop()
            raise ExtractionError(f"LibreOffice stopped before it could read the {label}") from exc
        answer = self._answer(timeout_s, label)
        if not answer.get("ok"):
            raise ExtractionError(f"LibreOffice could not read the {label}: {answer.get('error', 'no reason given')}")
        return answer

    def _answer(self, timeout_s: float, label: str) -> dict[str, Any]:
        process = self.process
        if process is None or process.stdout is None:
            raise ExtractionError("LibreOffice's bridge is not running")
        ready, _, _ = select.select([process.stdout], [], [], timeout_s)
        if not ready:
            self.stop()
            raise ExtractionError(f"LibreOffice took longer than {timeout_s:.0f}s with the {label} and was stopped")
        line = process.stdout.readline()
        if not line:
            self.stop()
            raise ExtractionError(f"LibreOffice died reading the {label} (it may need more memory)")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def stop(self) -> None:
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        self.process = None


@functools.cache
def office() -> Office:
    return Office()
