"""Load test of the web app: wrk (one thread, 50 connections by default) against ``habeas serve``
on 127.0.0.1, logged in, on search pages, document pages (some with hits marked), the case
overview, the document browser, PDF page pictures when the store has PDFs (and entity dossiers when
the store has entities), over the sample corpus plus generated documents.

    python bench/web.py [--docs 10000] [--duration 60] [--connections 50] [--per-route N]

Prints requests/s, p50/p95/p99 latency and errors (and with --per-route, what each kind of page
costs one request at a time, before the load). The store is built once under bench/out/
and reused. Needs wrk (scripts/system-deps.sh bench). Traffic goes to 127.0.0.1 only, and
stops after --duration seconds."""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from habeas import services
from habeas.config import Settings
from habeas.services import Caller, documents, intake, users
from proctree import tree_cpu_seconds
from textgen import DOMAIN_WORDS, TextGenerator

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out"
USER, PASSWORD = "bench", "bench password, loopback only"
QUERIES = [
    "camps",
    "Uyghurs",
    '"re-education"',
    "Tohti",
    "detention AND Xinjiang",
    "Kashg*",
    "police",
    "surveillance -Kazakhs",
    "title:file",
    "testimony",
]
BROWSER_PAGES = [
    "/documents",
    "/documents?sort=title&order=asc",
    "/documents?sort=size&order=desc&type=text",
    "/documents?source=generated&sort=name&order=asc",
]

LUA = r"""
local paths = {}
for line in io.lines("%(paths)s") do paths[#paths + 1] = line end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n %% #paths) + 1], {["Cookie"] = "%(cookie)s"})
end
done = function(summary, latency, requests)
  io.write(string.format('{"requests": %%d, "seconds": %%f, "p50": %%d, "p95": %%d, "p99": %%d, "max": %%d, ' ..
    '"connect": %%d, "read": %%d, "write": %%d, "timeout": %%d, "status": %%d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), latency.max, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout, summary.errors.status))
end
"""


def build_store(docs: int) -> Path:
    store_dir = OUT / f"web-store-{docs}"
    if (store_dir / "ready").exists():
        return store_dir
    shutil.rmtree(store_dir, ignore_errors=True)
    store = services.open_store(Settings(store=store_dir))
    try:
        options = intake.default_intake(None, "European Parliament", "A", "bench", "bench")
        intake.ingest(Caller(store, options.actor), [ROOT / "examples" / "corpus"], options)
        if docs:
            with tempfile.TemporaryDirectory() as tmp:
                generator = TextGenerator(seed=7)
                places = [w for w in DOMAIN_WORDS if w[:1].isupper()]
                for n in range(docs):
                    text = "\n\n".join(generator.paragraphs(4))
                    Path(tmp, f"gen-{n:05d}.txt").write_text(f"{places[n % len(places)]} report {n}\n\n{text}")
                print(f"ingesting {docs} generated documents (once; kept in {store_dir})", file=sys.stderr)
                intake.ingest(
                    Caller(store, "bench"), [Path(tmp)], intake.default_intake(None, "generated", "F", "bench", "bench")
                )
        users.add_user(Caller(store, "bench"), USER, "reader", PASSWORD)
    finally:
        store.close()
    (store_dir / "ready").touch()
    return store_dir


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="server processes")
    parser.add_argument(
        "--per-route",
        type=int,
        default=0,
        metavar="N",
        help="first time every URL N times with one connection, one request at a time, and print each "
        "kind of page's median and slowest (what a page costs the server, without the queueing of the load)",
    )
    args = parser.parse_args()
    wrk = shutil.which("wrk")
    if not wrk:
        sys.exit("needs wrk: scripts/system-deps.sh bench")
    store_dir = build_store(args.docs)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    habeas = [sys.executable, "-m", "habeas", "--store", str(store_dir)]
    server = subprocess.Popen(
        [*habeas, "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(args.workers)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={k: v for k, v in os.environ.items() if not k.startswith("HABEAS_")},
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/login", timeout=2)
                break
            except OSError:  # refused, reset, or not answered yet (a server process still starting)
                if time.monotonic() > deadline:
                    sys.exit("the server did not start")
                time.sleep(0.3)
        login = urllib.request.Request(
            base + "/api/login",
            data=json.dumps({"username": USER, "password": PASSWORD}).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        cookie = urllib.request.urlopen(login, timeout=10).headers["Set-Cookie"].split(";", 1)[0]

        def get_json(path: str) -> dict[str, Any]:
            request = urllib.request.Request(base + path, headers={"Cookie": cookie})
            return dict(json.loads(urllib.request.urlopen(request, timeout=60).read()))

        doc_ids = [r["document_id"] for r in get_json("/api/search?q=report")["results"][:200]]
        paths = [f"/search?{urllib.parse.urlencode({'q': q})}" for q in QUERIES]
        viewed = random.Random(3).sample(doc_ids, min(40, len(doc_ids)))
        paths += [f"/documents/{d}" for d in viewed[:30]]
        paths += [f"/documents/{d}?q=report" for d in viewed[30:]]  # the viewer, hits marked
        workbench = ["/", *BROWSER_PAGES]  # the case overview and the document browser
        pdfs = get_json("/api/documents?type=pdf&limit=5")["documents"]
        workbench += [f"/documents/{d['id']}/pages/1.png" for d in pdfs]  # page pictures, when there are PDFs
        paths += workbench
        entities = _entities(store_dir)
        paths += [f"/entities/{e}" for e in entities[:20]]
        if args.per_route:
            kinds = {
                "search": paths[: len(QUERIES)],
                "document": [f"/documents/{d}" for d in viewed[:30]],
                "document, hits marked": [f"/documents/{d}?q=report" for d in viewed[30:]],
                "case overview": ["/"],
                "document browser": BROWSER_PAGES,
                "page picture": workbench[1 + len(BROWSER_PAGES) :],
                "dossier": [f"/entities/{e}" for e in entities[:20]],
            }
            _time_each(base, cookie, kinds, args.per_route)
        with tempfile.TemporaryDirectory() as tmp:
            Path(tmp, "paths.txt").write_text("\n".join(paths) + "\n")
            Path(tmp, "bench.lua").write_text(LUA % {"paths": Path(tmp, "paths.txt"), "cookie": cookie})
            print(
                f"server: {args.workers} processes; wrk: 1 thread, {args.connections} connections, "
                f"{args.duration} s, {len(paths)} URLs "
                f"({len(QUERIES)} searches, {len(viewed)} documents, {len(workbench)} overview, browser and "
                f"page pictures, {len(entities[:20])} dossiers) over {args.docs} generated documents "
                "+ the sample corpus",
                file=sys.stderr,
            )
            load_before = os.getloadavg()[0]
            cpu_before = tree_cpu_seconds(server.pid)
            run = subprocess.run(
                [
                    wrk,
                    "-t1",
                    f"-c{args.connections}",
                    f"-d{args.duration}s",
                    "--timeout",
                    "10s",
                    "-s",
                    str(Path(tmp, "bench.lua")),
                    base,
                ],
                capture_output=True,
                text=True,
                timeout=args.duration + 120,
            )
            cpu = tree_cpu_seconds(server.pid) - cpu_before
        found = re.search(r"^\{.*\}$", run.stdout, re.M)
        if not found:
            sys.exit(f"wrk printed no summary: {run.stdout}\n{run.stderr}")
        r = json.loads(found.group(0))
        errors = r["connect"] + r["read"] + r["write"] + r["timeout"] + r["status"]
        print(f"requests/s  {r['requests'] / r['seconds']:.1f}  ({r['requests']} in {r['seconds']:.0f} s)")
        print(
            f"latency     p50 {r['p50'] / 1000:.1f} ms  p95 {r['p95'] / 1000:.1f} ms  p99 {r['p99'] / 1000:.1f} ms"
            f"  max {r['max'] / 1000:.1f} ms"
        )
        print(
            f"errors      {errors} (connect {r['connect']}, read {r['read']}, write {r['write']}, "
            f"timeout {r['timeout']}, HTTP status >= 400: {r['status']})"
        )
        print(
            f"server CPU  {cpu * 1000 / max(1, r['requests']):.2f} ms a request ({cpu:.1f} s over all its "
            "processes: what the machine's other work changes least)"
        )
        print(
            f"load        {load_before:.1f} before, {os.getloadavg()[0]:.1f} after (uptime's one-minute "
            f"average: other work on the machine shares its cores)"
        )
    finally:
        server.terminate()
        server.wait(timeout=10)


def _time_each(base: str, cookie: str, kinds: dict[str, list[str]], rounds: int) -> None:
    """Every URL ``rounds`` times, one request at a time (after one request each to warm up); per
    kind of page, the median and the slowest of the URLs' medians."""
    print("per route, one request at a time (median of each URL's times; the kind's median and slowest URL):")

    def seconds(path: str) -> float:
        begun = time.perf_counter()
        urllib.request.urlopen(urllib.request.Request(base + path, headers={"Cookie": cookie}), timeout=60).read()
        return time.perf_counter() - begun

    for kind, urls in kinds.items():
        if not urls:
            continue
        for path in urls:
            seconds(path)
        medians = sorted(statistics.median(seconds(path) for _ in range(rounds)) * 1000 for path in urls)
        print(
            f"  {kind:22s} {len(urls):3d} URLs  median {statistics.median(medians):7.1f} ms  "
            f"slowest {medians[-1]:7.1f} ms"
        )


def _entities(store_dir: Path) -> list[str]:
    """Entity ids, when the analysis stage is there and has run; else none."""
    try:
        from habeas.services import analysis as analysis_services
    except ImportError:
        return []
    store = services.open_store(Settings(store=store_dir))
    try:
        if not analysis_services.list_entities(Caller(store)):  # a store built before the analysis stage
            corpus = [d["id"] for d in documents.list_documents(Caller(store)) if not d["file_name"].startswith("gen-")]
            analysis_services.analyse(Caller(store, "bench"), corpus)
        return [e["id"] for e in analysis_services.list_entities(Caller(store))[:20]]
    finally:
        store.close()


if __name__ == "__main__":
    main()
