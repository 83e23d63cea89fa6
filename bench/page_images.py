"""How fast the document viewer shows a long PDF: a 500-page PDF (made with reportlab) taken into a
fresh store, then, through the whole web app (FastAPI's TestClient, logged in), the time to the
first page's picture (drawn by PDFium, then kept in the store), the same picture again (from the
store), the last page's, and the viewer page itself.

    python bench/page_images.py [--pages 500] [--repeat 5]

The goal: the first page's picture in under 1 s."""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from habeas import services
from habeas.config import Settings
from habeas.services import Caller, documents, intake, users
from habeas.web.app import create_app

USER, PASSWORD = "bench", "bench password, in process only"


def make_pdf(path: Path, pages: int) -> None:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    for n in range(1, pages + 1):
        y = 780
        for line in range(40):
            pdf.drawString(60, y, f"Page {n}, line {line}: directive on the management of the camps, article {line}.")
            y -= 18
        pdf.showPage()
    pdf.save()


def timed(client: TestClient, path: str) -> tuple[float, int]:
    start = time.perf_counter()
    r = client.get(path)
    elapsed = time.perf_counter() - start
    if r.status_code != 200:
        sys.exit(f"{path}: HTTP {r.status_code} {r.text[:200]}")
    return elapsed, len(r.content)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5, help="fresh stores to measure the first picture in")
    args = parser.parse_args()
    first, cached, last, viewer = [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp, "long.pdf")
        make_pdf(pdf, args.pages)
        print(f"{args.pages}-page PDF, {pdf.stat().st_size:,} bytes", file=sys.stderr)
        for run in range(args.repeat):
            settings = Settings(store=Path(tmp, f"store-{run}"), workers=1)
            store = services.open_store(settings)
            try:
                options = intake.default_intake(None, "bench", "F", USER, USER)
                intake.ingest(Caller(store, USER), [pdf], options, analyse=False)
                users.add_user(Caller(store, USER), USER, "reader", PASSWORD)
                doc = documents.list_documents(Caller(store))[0]["id"]
            finally:
                store.close()
            with TestClient(create_app(settings), base_url="https://testserver") as client:
                client.post("/api/login", json={"username": USER, "password": PASSWORD}).raise_for_status()
                seconds, size = timed(client, f"/documents/{doc}/pages/1.png")
                first.append(seconds)
                cached.append(timed(client, f"/documents/{doc}/pages/1.png")[0])
                last.append(timed(client, f"/documents/{doc}/pages/{args.pages}.png")[0])
                viewer.append(timed(client, f"/documents/{doc}?q=camps")[0])
    ms, worst = statistics.median(first) * 1000, max(first) * 1000
    print(f"page 1 picture, first time (drawn)   median {ms:.0f} ms, max {worst:.0f} ms ({size:,} bytes)")
    print(f"page 1 picture, again (from store)   median {statistics.median(cached) * 1000:.0f} ms")
    print(f"page {args.pages} picture, first time        median {statistics.median(last) * 1000:.0f} ms")
    print(f"viewer page with hits marked         median {statistics.median(viewer) * 1000:.0f} ms")
    print(f"goal: page 1 under 1 s: {'met' if max(first) < 1 else 'NOT met'}")


if __name__ == "__main__":
    main()
