"""PDFium is not thread-safe, and the web app draws pages and finds hit boxes from a pool of
threads. Many threads at once, drawing pages of several PDFs and boxing words on them, must neither
crash the process (PDFium's state torn between two threads ended a test run with a segmentation
fault) nor mix one request's page up with another's."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from conftest import Make
from habeas.ingest.page_images import hit_boxes, render_pdf_page

THREADS = 12
ROUNDS = 6


def test_pages_are_drawn_and_boxed_from_many_threads_at_once(tmp_path: Path) -> None:
    pdfs = [
        Make.pdf(tmp_path / f"order-{k}.pdf", [f"Order {k}, page {p}: the camp holds detainees." for p in range(1, 5)])
        for k in range(4)
    ]
    alone = {(k, p): render_pdf_page(pdf, p, width_px=300) for k, pdf in enumerate(pdfs) for p in (1, 4)}
    boxes_alone = hit_boxes(pdfs[0], 2, ["camp"])
    assert len(boxes_alone) == 1

    def work(i: int) -> tuple[tuple[int, int], bytes, int]:
        k, p = i % len(pdfs), (1, 4)[i % 2]
        drawn = render_pdf_page(pdfs[k], p, width_px=300)
        return (k, p), drawn, len(hit_boxes(pdfs[i % len(pdfs)], 2, ["camp", "detainees"]))

    with ThreadPoolExecutor(THREADS) as pool:
        results = list(pool.map(work, range(THREADS * ROUNDS)))
    for key, drawn, boxes in results:
        assert drawn == alone[key]  # each page as it is drawn alone: nothing shared between threads
        assert boxes == 2
