"""OCR of PDFs: scanned pages and pages whose text layer is garbage are read by Tesseract, turned
upright first, marked as OCR on the document with their word boxes; typed pages are kept as they are."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from conftest import docs_by_name, hit_ids, ingest
from habeas.ingest.ocr import text_layer_problem
from habeas.services import Caller, documents
from habeas.store.store import Store

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SCANNED = ["The detention facility in Kashgar", "held 1,200 people in March 2018.", "Witness statements were recorded."]
GARBLED_LAYER = "!\"#$%&'()*+,-./ #$%&'( )*+,-. !\"#$%"  # what a Type3 font without a Unicode map gives


def page_image(lines: list[str]) -> Image.Image:
    """A page of typed lines as a scanner would see it (200 dpi, A4-ish)."""
    font = ImageFont.truetype(FONT, 34) if Path(FONT).exists() else ImageFont.load_default(size=34)
    image = Image.new("L", (1650, 2200), 255)
    draw = ImageDraw.Draw(image)
    for n, line in enumerate(lines):
        draw.text((150, 200 + 70 * n), line, font=font, fill=0)
    return image


def mixed_pdf(path: Path) -> Path:
    """Page 1 typed (a text layer), page 2 scanned and turned a quarter, page 3 scanned with a
    garbage text layer over it."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    pdf.drawString(72, 780, "Notice from the prefecture bureau about Hotan.")
    pdf.showPage()
    pdf.setPageSize((842, 595))
    pdf.drawImage(ImageReader(page_image(SCANNED).rotate(90, expand=True)), 0, 0, 842, 595)
    pdf.showPage()
    pdf.setPageSize((595, 842))
    pdf.drawImage(ImageReader(page_image(["Transfer order for Aksu county camp"])), 0, 0, 595, 842)
    text = pdf.beginText(72, 700)
    text.setTextRenderMode(3)  # invisible, as a text layer over a scan is
    text.textLine(GARBLED_LAYER)
    pdf.drawText(text)
    pdf.showPage()
    pdf.save()
    return path


@pytest.mark.parametrize("backend", ["sqlite"])
def test_scanned_and_garbled_pages_are_read_by_ocr_once_tesseract_is_there(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if shutil.which("tesseract") is None:
        pytest.fail("Tesseract is part of the test setup (scripts/system-deps.sh ocr)")
    folder = tmp_path / "in"
    mixed_pdf(folder / "order.pdf")
    with monkeypatch.context() as patched:
        patched.setenv("PATH", str(Path(sys.executable).parent))  # the parsers inherit this PATH
        first = ingest(store, folder)
    assert [Path(p).name for p in first.needs_ocr] == ["order.pdf"]
    waiting = docs_by_name(store)["order.pdf"]
    assert waiting["status"] == "needs_ocr"
    assert "2 of 3 pages" in (waiting["error"] or "") and "page 2, 3" in (waiting["error"] or "")

    second = ingest(store, folder)
    assert second.needs_ocr == [] and second.failed == [] and second.duplicates == 0
    summary = docs_by_name(store)["order.pdf"]
    assert summary["status"] == "ok" and summary["error"] is None
    doc = documents.show_document(Caller(store), summary["id"])
    pages = [p["text"] for p in doc["pages"]]
    assert pages[0] == "Notice from the prefecture bureau about Hotan."  # the typed page is kept
    assert "detention facility in Kashgar" in pages[1] and "March 2018" in pages[1]
    assert "Transfer order" in pages[2] and GARBLED_LAYER not in pages[2]

    ocr = (doc["metadata"] or {})["ocr"]
    assert ocr["languages"] == "eng+chi_sim+uig"
    assert set(ocr["pages"]) == {"2", "3"}  # page 1 is not OCR
    turned, garbled = ocr["pages"]["2"], ocr["pages"]["3"]
    assert turned["reason"] == "no text layer" and turned["rotation"] == 90
    assert garbled["reason"] == "garbled text layer" and garbled["rotation"] == 0
    assert turned["confidence"] > 70
    # Word boxes on the page as stored (turned a quarter): the first line runs down the left edge.
    box = next(w for w in turned["words"] if w[4] == "Kashgar")
    left, top, right, bottom = box[:4]
    assert 0 <= left < right <= 1000 and 0 <= top < bottom <= 1000
    assert right < 200 and bottom - top > right - left  # a vertical word near the left edge
    assert hit_ids(store, "Kashgar") == {summary["id"]}


def test_text_layers_are_judged_by_their_characters() -> None:
    assert text_layer_problem("") == "no text layer"
    assert text_layer_problem(" 3 \n") == "no text layer"
    readable = [
        "The detention facility in Kashgar held 1,200 people in March 2018.",
        "新疆维吾尔自治区公安厅关于加强教育转化工作的通知",
        "ئۇيغۇر ئاپتونوم رايونى خەلق ھۆكۈمىتى",
        "Уйғур аптоном райони хәлқ һөкүмити",
        "Table 4 | 2019 | 2020 | 2021 | 12.5% | 13.7% | 100,000",
    ]
    for text in readable:
        assert text_layer_problem(text) is None, text
    garbage = [
        GARBLED_LAYER,
        "\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e abcdef",
        "\ue001\ue002\ue003\ue004 \ue005\ue006\ue007\ue008 text",
        "xKqZ pLmW rTvB nQsD hJkF gHtY bVcX zWqP mNbV lKjH",
        "Ωψ Жд ئۇ 新疆 Աբ ႠႡ ᚠᚡ ⴰⴱ",
    ]
    for text in garbage:
        assert text_layer_problem(text) == "garbled text layer", text
