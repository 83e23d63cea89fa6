"""The bridge to one persistent LibreOffice: run by the system Python (which has LibreOffice's
``uno`` module; the project's virtualenv does not), never imported by Habeas.

Usage: python3 lo_bridge.py SOFFICE PROFILE_URI PIPE_NAME

It starts LibreOffice headless, listening on a named pipe, as its own child (so killing this
process's group ends both), connects to it, says "ready", then reads one JSON request a line on
standard input and answers one JSON line on standard output:

    {"source": PATH, "target": PATH, "filter": NAME or null}
    -> {"ok": true, "filter": NAME, "ending": "odt"} or {"ok": false, "error": TEXT}

With no filter, the document is stored as OpenDocument of its own kind (text, spreadsheet,
presentation or drawing) at TARGET plus that ending, and the answer says which. Documents open
hidden, with macros never run and links never updated; a password-protected one fails to open
(there is no one to ask for the password)."""

from __future__ import annotations

import json
import subprocess  # nosec B404  # starts LibreOffice only, with a list of arguments
import sys
import time
from typing import Any

KINDS = (
    ("com.sun.star.text.TextDocument", "writer8", "odt"),
    ("com.sun.star.sheet.SpreadsheetDocument", "calc8", "ods"),
    ("com.sun.star.presentation.PresentationDocument", "impress8", "odp"),
    ("com.sun.star.drawing.DrawingDocument", "draw8", "odg"),
)
NEVER_EXECUTE = 0  # com.sun.star.document.MacroExecMode.NEVER_EXECUTE
NO_UPDATE = 0  # com.sun.star.document.UpdateDocMode.NO_UPDATE


def main() -> None:
    import uno
    from com.sun.star.beans import PropertyValue

    soffice, profile, pipe = sys.argv[1:4]
    office = subprocess.Popen(  # nosec B603  # fixed arguments
        [
            soffice,
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            f"-env:UserInstallation={profile}",
            f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    context = None
    for _ in range(600):  # up to a minute for LibreOffice to start listening
        try:
            context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            break
        except Exception:  # NoConnectException until it listens
            if office.poll() is not None:
                break
            time.sleep(0.1)
    if context is None:
        print(json.dumps({"ok": False, "error": "LibreOffice did not start"}), flush=True)
        return
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)

    def props(**values: Any) -> tuple[Any, ...]:
        return tuple(PropertyValue(Name=k, Value=v) for k, v in values.items())

    print(json.dumps({"ok": True, "ready": True}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        try:
            answer = convert(desktop, uno, props, request)
        except Exception as exc:  # every failure is an answer, the bridge stays up
            answer = {"ok": False, "error": f"{type(exc).__name__}: {getattr(exc, 'Message', '') or exc}"}
        print(json.dumps(answer), flush=True)
    desktop.terminate()


def convert(desktop: Any, uno: Any, props: Any, request: dict[str, Any]) -> dict[str, Any]:
    load = props(Hidden=True, MacroExecutionMode=NEVER_EXECUTE, UpdateDocMode=NO_UPDATE)
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(request["source"]), "_blank", 0, load)
    if document is None:
        return {"ok": False, "error": "LibreOffice cannot open it (damaged, encrypted, or not what it seems)"}
    try:
        filter_name, ending = request.get("filter"), None
        if not filter_name:
            kind = next((k for k in KINDS if document.supportsService(k[0])), None)
            if kind is None:
                return {"ok": False, "error": "LibreOffice opened it as no kind of document it can store"}
            filter_name, ending = kind[1], kind[2]
        target = request["target"] if ending is None else f"{request['target']}.{ending}"
        document.storeToURL(uno.systemPathToFileUrl(target), props(FilterName=filter_name))
        return {"ok": True, "filter": filter_name, "ending": ending}
    finally:
        document.close(True)


if __name__ == "__main__":
    main()
