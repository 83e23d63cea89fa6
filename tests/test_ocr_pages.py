"""OCR of crooked scans: a page put in the scanner sideways and tilted is turned upright (Tesseract's
orientation detection) and levelled (a projection profile of its ink) before it is read; each
word's box is kept on the page as stored, and a search hit on a scanned PDF page or an image is
boxed from those words. Pages are drawn with Pillow here, never by Habeas."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from conftest import docs_by_name, ingest
from habeas.ingest.ocr import hit_boxes_from_words, ocr_image, ocr_words, skew_angle, usable_languages
from habeas.services import Caller, documents
from habeas.store.store import Store
from scans import Box, overlap, scan


@pytest.fixture(autouse=True)
def tesseract() -> None:
    if shutil.which("tesseract") is None:
        pytest.fail("Tesseract is part of the test setup (scripts/system-deps.sh ocr)")


def centre_inside(found: Box | list[float], expected: Box, slack: float = 0.01) -> bool:
    x, y = (found[0] + found[2]) / 2, (found[1] + found[3]) / 2
    return expected[0] - slack <= x <= expected[2] + slack and expected[1] - slack <= y <= expected[3] + slack


@pytest.mark.parametrize("tilt", [-7.0, -2.5, 0.0, 3.0, 8.5])
def test_the_skew_is_measured_from_the_rows_of_ink(tilt: float) -> None:
    assert abs(skew_angle(scan(tilt=tilt).image) + tilt) <= 0.3


def test_a_page_without_lines_of_text_is_not_levelled() -> None:
    assert skew_angle(scan(lines=[]).image) == 0.0  # blank
    disc = Image.new("L", (1650, 2200), 255)
    ImageDraw.Draw(disc).ellipse((300, 300, 1300, 1500), fill=0)  # a stamp, a logo
    assert skew_angle(disc) == 0.0
    noise = np.random.default_rng(1).integers(0, 256, (220, 165), dtype=np.uint8)
    photo = Image.fromarray(noise).resize((1650, 2200), Image.Resampling.BICUBIC)  # a photograph's blotches
    assert skew_angle(photo) == 0.0


def test_a_crooked_sideways_scan_is_read_and_its_boxes_land_on_the_words() -> None:
    page = scan(tilt=4.0, turn=90)
    found = ocr_image(page.image, usable_languages("eng"), 120)
    assert found.rotation == 90  # turned a quarter counter-clockwise: a quarter clockwise reads it
    assert abs(found.skew + 4.0) <= 0.3  # and levelled
    assert found.confidence > 80
    assert "The detention facility in Kashgar" in found.text and "March 2018" in found.text
    for word in ("Kashgar", "1,200", "statements"):
        box = next(w[:4] for w in found.words if w[4] == word)
        expected = page.box(word)
        fractions = [v / 1000 for v in box]
        assert centre_inside(fractions, expected), (word, fractions, expected)
        assert overlap(fractions, expected) > 0.4, (word, fractions, expected)


def test_hit_boxes_follow_the_words_in_reading_order() -> None:
    text = "held 1,200 people\nin March 2018."
    words = [[10, 10, 50, 20, "held"], [60, 10, 90, 20, "1,200"], [5, 5, 6, 6, "smudge"], [100, 10, 150, 20, "people"]]
    words += [[10, 30, 20, 40, "in"], [30, 30, 80, 40, "March"], [90, 30, 140, 40, "2018."]]
    march = text.index("March")
    assert hit_boxes_from_words(text, words, [(march, march + 10)]) == [
        [0.03, 0.03, 0.08, 0.04],
        [0.09, 0.03, 0.14, 0.04],
    ]
    assert hit_boxes_from_words(text, words, []) == []
    assert ocr_words({"ocr": {"pages": {"1": {"words": words}}}}, 1) == words
    assert ocr_words({"ocr": {"pages": {"1": {"words": words}}}}, 2) is None
    assert ocr_words({}, 1) is None


@pytest.mark.parametrize("backend", ["sqlite"])
def test_search_hits_on_scanned_pages_are_boxed_from_the_ocr_words(store: Store, tmp_path: Path) -> None:
    page = scan(tilt=-3.0)
    page.save_pdf(tmp_path / "in" / "scanned.pdf")
    page.save_png(tmp_path / "in" / "photo.png")
    report = ingest(store, tmp_path / "in")
    assert report.failed == [] and report.needs_ocr == []
    docs = docs_by_name(store)
    for name in ("scanned.pdf", "photo.png"):
        doc_id = docs[name]["id"]
        shown = documents.show_document(Caller(store), doc_id)
        read = (shown["metadata"] or {})["ocr"]["pages"]["1"]
        assert read["rotation"] == 0 and abs(read["skew"] - 3.0) <= 0.3, name
        assert "Kashgar" in shown["pages"][0]["text"]

        (box,) = documents.page_hits(Caller(store), doc_id, 1, "kashgar")["boxes"]
        assert centre_inside(box, page.box("Kashgar")) and overlap(box, page.box("Kashgar")) > 0.4, (name, box)
        phrase = documents.page_hits(Caller(store), doc_id, 1, '"March 2018"')["boxes"]
        assert len(phrase) == 2 and centre_inside(phrase[0], page.box("March")), (name, phrase)
        assert documents.page_hits(Caller(store), doc_id, 1, "Urumqi")["boxes"] == []
