"""OCR of page images with Tesseract: the page turned upright first (Tesseract's orientation
detection, else the best of four turns by confidence) and its skew levelled (a projection profile of
its ink), then its text and each word's box, on the page as it is stored.

Also the test that decides which PDF pages need it: no text layer, or a text layer that is
garbage (a Type3 font or a broken ToUnicode map), judged by its character statistics alone."""

from __future__ import annotations

import csv
import functools
import io
import math
import os
import re
import shutil
import subprocess  # nosec B404  # runs Tesseract only, by its full path, with a list of arguments
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from habeas.names.scripts import LATIN_EXTENDED_A, LATIN_EXTENDED_B, LATIN_LOWER, LATIN_UPPER

if TYPE_CHECKING:
    from PIL.Image import Image

BOX_SCALE = 1000  # word boxes in thousandths of the page's width and height, from its top left
MIN_TEXT_CHARS = 8  # fewer visible characters than this: the page has no text layer worth keeping
SAMPLE_CHARS = 2_000  # how much of a page's text layer is judged
LOW_CONFIDENCE = 60.0  # mean word confidence below which the other three turns are tried as well
TURNS = (0, 90, 180, 270)
MAX_SKEW = 10.0  # degrees of skew looked for either way (more is a picture, not a crooked scan)
MIN_SKEW = 0.3  # less than this is left as it is: Tesseract's line finder copes
SKEW_SAMPLE_PX = 1000  # the skew is measured on the page shrunk to this size
SKEW_SAMPLE_INK = 100_000  # and on at most this many of its ink pixels
SKEW_GAIN = 1.1  # how much sharper the rows must be at the angle found than at none
INK_LEVEL = 128  # grey levels darker than this are ink

# Reported by the sandbox's child after each page, so that a long scan is timed page by page.
_heartbeat: Callable[[], None] | None = None


def set_heartbeat(beat: Callable[[], None] | None) -> None:
    global _heartbeat
    _heartbeat = beat


def beat() -> None:
    if _heartbeat is not None:
        _heartbeat()


@functools.cache
def tesseract_binary() -> str | None:
    return shutil.which("tesseract")


@functools.cache
def installed_languages() -> frozenset[str]:
    """The OCR languages installed, empty when Tesseract is not."""
    binary = tesseract_binary()
    if binary is None:
        return frozenset()
    out = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=30)  # nosec B603
    return frozenset(line.strip() for line in out.stdout.splitlines()[1:] if line.strip())


def usable_languages(wanted: str) -> list[str]:
    """The wanted languages (``eng+chi_sim+uig``) that are installed, in the order given."""
    installed = installed_languages()
    return [lang for lang in wanted.split("+") if lang and lang in installed]


class OcrFailed(Exception):
    """Tesseract could not read a page (it failed, or ran past its time)."""


@dataclass
class OcrPage:
    text: str
    rotation: int = 0  # degrees the page image was turned clockwise to read it
    confidence: float = 0.0  # mean word confidence, 0-100
    # [left, top, right, bottom, word] in thousandths of the page as it is stored (unturned)
    words: list[list[Any]] = field(default_factory=list)
    skew: float = 0.0  # degrees the upright page was turned counter-clockwise to level its lines

    def as_meta(self, reason: str) -> dict[str, Any]:
        return {
            "reason": reason,
            "rotation": self.rotation,
            "skew": self.skew,
            "confidence": self.confidence,
            "words": self.words,
        }


def ocr_image(image: Image, languages: list[str], timeout_s: float) -> OcrPage:
    """Read one page image: turn it upright, then OCR it with its word boxes."""
    gray = image.convert("L")
    with tempfile.TemporaryDirectory(prefix="habeas-ocr-") as tmp:
        folder = Path(tmp)
        deadline = time.monotonic() + timeout_s
        turn = _orientation(gray, folder, deadline)
        best = _read(gray, turn or 0, languages, folder, deadline)
        if turn is None and best.confidence < LOW_CONFIDENCE and best.words:
            for other in TURNS[1:]:
                candidate = _read(gray, other, languages, folder, deadline)
                if candidate.confidence > best.confidence:
                    best = candidate
        return best


def _orientation(gray: Image, folder: Path, deadline: float) -> int | None:
    """Clockwise degrees that make the page upright, by Tesseract's orientation detection (None
    when it cannot tell, as on a page with little text)."""
    path = folder / "osd.png"
    gray.reduce(2).save(path)  # half the resolution is enough to tell which way is up, and quicker
    result = _tesseract([str(path), "stdout", "--psm", "0", "-l", "osd"], deadline, check=False)
    found = re.search(r"Rotate:\s*(\d+)", result)
    confidence = re.search(r"Orientation confidence:\s*([\d.]+)", result)
    if found is None or confidence is None or float(confidence.group(1)) < 1.0:
        return None
    return int(found.group(1)) % 360


def _read(gray: Image, turn: int, languages: list[str], folder: Path, deadline: float) -> OcrPage:
    """OCR the image turned ``turn`` degrees clockwise and levelled: its text and its words' boxes."""
    from PIL import Image as PilImage

    upright = gray.rotate(-turn, expand=True) if turn else gray
    skew = skew_angle(upright)
    level = abs(skew) >= MIN_SKEW
    straight = (
        upright.rotate(skew, resample=PilImage.Resampling.BICUBIC, expand=True, fillcolor=255) if level else upright
    )
    path = folder / f"page-{turn}.png"
    straight.save(path)
    base = folder / f"out-{turn}"
    _tesseract([str(path), str(base), "-l", "+".join(languages), "--psm", "3", "txt", "tsv"], deadline)
    text = base.with_suffix(".txt").read_text("utf-8", "replace").strip()
    tsv = base.with_suffix(".tsv").read_text("utf-8", "replace")
    frame = _Frame(straight.width, straight.height, upright.width, upright.height, skew if level else 0.0, turn)
    words, confidences = _words(tsv, frame)
    mean = round(sum(confidences) / len(confidences), 1) if confidences else 0.0
    return OcrPage(text=_tidy(text), rotation=turn, confidence=mean, words=words, skew=skew if level else 0.0)


def skew_angle(gray: Image) -> float:
    """Degrees (counter-clockwise, as Pillow's ``rotate`` takes them) that level the text lines of
    an upright page: the angle at which the rows of its ink are sharpest (a projection profile whose
    neighbouring rows differ most), looked for within ``MAX_SKEW`` either way, to a tenth of a degree.
    0 when no angle is clearly sharper than none (a photograph, a drawing, a page without lines)."""
    import numpy as np

    small = gray.copy()
    small.thumbnail((SKEW_SAMPLE_PX, SKEW_SAMPLE_PX))
    ys, xs = np.nonzero(np.asarray(small) < INK_LEVEL)
    if len(xs) < 100:  # too little ink to tell
        return 0.0
    if len(xs) > SKEW_SAMPLE_INK:  # a fixed random sample: a regular one would draw lines of its own
        pick = np.random.default_rng(0).choice(len(xs), SKEW_SAMPLE_INK, replace=False)
        xs, ys = xs[pick], ys[pick]
    dx = xs - small.width / 2
    dy = ys - small.height / 2

    def sharpness(angle: float) -> float:
        radians = np.radians(angle)
        rows = dy * np.cos(radians) - dx * np.sin(radians)
        rows -= rows.min()
        below = np.floor(rows).astype(np.int64)
        share = rows - below  # each pixel split between the two rows it falls between: no aliasing
        size = int(below.max()) + 2
        profile = np.bincount(below, 1 - share, size) + np.bincount(below + 1, share, size)
        return float(np.sum(np.diff(profile) ** 2))

    coarse = max(np.arange(-MAX_SKEW, MAX_SKEW + 0.01, 0.5), key=sharpness)
    fine = float(max(np.arange(coarse - 0.4, coarse + 0.41, 0.1), key=sharpness))
    if sharpness(fine) < SKEW_GAIN * sharpness(0.0):
        return 0.0
    return round(fine, 1) + 0.0  # never -0.0


@dataclass(frozen=True)
class _Frame:
    """How the image Tesseract read stands to the page as stored: the upright page (``turn``
    degrees clockwise from the stored one) turned ``skew`` degrees counter-clockwise, grown to hold it."""

    width: int
    height: int
    upright_width: int
    upright_height: int
    skew: float
    turn: int

    def box(self, left: int, top: int, right: int, bottom: int) -> tuple[float, float, float, float]:
        """A box of the read image as fractions of the stored page."""
        corners = [self._unskew(x, y) for x, y in ((left, top), (right, top), (left, bottom), (right, bottom))]
        xs = [min(max(x / self.upright_width, 0.0), 1.0) for x, _y in corners]
        ys = [min(max(y / self.upright_height, 0.0), 1.0) for _x, y in corners]
        return _unturn((min(xs), min(ys), max(xs), max(ys)), self.turn)

    def _unskew(self, x: float, y: float) -> tuple[float, float]:
        if not self.skew:
            return x, y
        radians = math.radians(self.skew)
        dx, dy = x - self.width / 2, y - self.height / 2
        cos, sin = math.cos(radians), math.sin(radians)
        return dx * cos - dy * sin + self.upright_width / 2, dx * sin + dy * cos + self.upright_height / 2


def _words(tsv: str, frame: _Frame) -> tuple[list[list[Any]], list[float]]:
    words: list[list[Any]] = []
    confidences: list[float] = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        word = (row.get("text") or "").strip()
        if row.get("level") != "5" or not word:
            continue
        left, top = int(row["left"]), int(row["top"])
        x0, y0, x1, y1 = frame.box(left, top, left + int(row["width"]), top + int(row["height"]))
        words.append([round(x0 * BOX_SCALE), round(y0 * BOX_SCALE), round(x1 * BOX_SCALE), round(y1 * BOX_SCALE), word])
        confidences.append(float(row.get("conf") or 0))
    return words, confidences


def _unturn(box: tuple[float, float, float, float], turn: int) -> tuple[float, float, float, float]:
    """A box on the image turned ``turn`` degrees clockwise, back on the page as stored."""
    x0, y0, x1, y1 = box
    if turn == 90:  # a point (x, y) of the turned image was at (y, 1 - x) on the page
        return y0, 1 - x1, y1, 1 - x0
    if turn == 180:
        return 1 - x1, 1 - y1, 1 - x0, 1 - y0
    if turn == 270:
        return 1 - y1, x0, 1 - y0, x1
    return box


def _tesseract(arguments: list[str], deadline: float, check: bool = True) -> str:
    binary = tesseract_binary()
    if binary is None:
        raise OcrFailed("Tesseract is not installed")
    left = deadline - time.monotonic()
    if left <= 0:
        raise OcrFailed("OCR ran past its time limit")
    # One thread: the parsers already keep every core busy, one file each.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        result = subprocess.run([binary, *arguments], capture_output=True, timeout=left, env=env)  # nosec B603
    except subprocess.TimeoutExpired as exc:
        raise OcrFailed("OCR ran past its time limit") from exc
    if check and result.returncode != 0:
        lines = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrFailed(f"Tesseract failed: {lines[-1] if lines else 'unreadable image'}")
    return result.stdout.decode("utf-8", "replace")


def _tidy(text: str) -> str:
    return re.sub(r"\n{3,}", "\n\n", text.replace("\f", "")).strip()


# -- search hits on an OCR'd page ------------------------------------------------------------------

LOOK_AHEAD = 200  # a word not found within this many characters of the last one is passed over


def ocr_words(meta: dict[str, Any], number: int) -> list[list[Any]] | None:
    """The word boxes OCR kept for page ``number`` in a document's metadata, None for a page that
    was not read by OCR."""
    ocr = meta.get("ocr")
    pages = ocr.get("pages") if isinstance(ocr, dict) else None
    page = pages.get(str(number)) if isinstance(pages, dict) else None
    words = page.get("words") if isinstance(page, dict) else None
    return [w for w in words if isinstance(w, list) and len(w) == 5] if isinstance(words, list) else None


def hit_boxes_from_words(text: str, words: list[list[Any]], spans: list[tuple[int, int]]) -> list[list[float]]:
    """The boxes (fractions of the page, left, top, right, bottom) of the OCR words that the
    ``spans`` of the page's text cover. The words are found in the text in reading order, as
    Tesseract wrote both; one that cannot be found nearby is passed over."""
    boxes: list[list[float]] = []
    position = 0
    for left, top, right, bottom, word in words:
        at = text.find(str(word), position, position + LOOK_AHEAD + len(str(word)))
        if at < 0:
            continue
        end = position = at + len(str(word))
        if any(start < end and at < stop for start, stop in spans):
            boxes.append([left / BOX_SCALE, top / BOX_SCALE, right / BOX_SCALE, bottom / BOX_SCALE])
    return boxes


# -- which text layers are garbage ------------------------------------------------------------------

_LATIN_WORD = re.compile(rf"\b[{LATIN_UPPER}{LATIN_LOWER}{LATIN_EXTENDED_A}{LATIN_EXTENDED_B}]{{4,}}\b")
_NO_VOWEL = re.compile(r"\b[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ]{4,}\b")  # y counts as a vowel
_MIXED_CASE = re.compile(r"\b[A-Za-z]*[a-z][A-Z][A-Za-z]*\b")
_LOWER_UPPER = re.compile("[a-z][A-Z]")


def text_layer_problem(text: str) -> str | None:
    """Why a page's text layer cannot be kept as its text (``"no text layer"`` or ``"garbled text
    layer"``), or None when it reads as text. Judged by character statistics: characters that are
    no text at all (controls, private use, the replacement character), a page mostly of symbols,
    letters scattered over many scripts, and, for Latin script, words without vowels or with
    capitals inside them, as fonts without a Unicode map produce."""
    # A sample is telling enough; its characters are judged by distinct character (a page has few),
    # in one pass over them.
    sample = text[:SAMPLE_CHARS]
    size = junk = letters = digits = 0
    scripts: Counter[str] = Counter()
    for char, count in Counter(sample).items():
        kind = _kind(char)
        if kind == _SPACE_KIND:
            continue
        size += count
        if kind == _JUNK_KIND:
            junk += count
        elif kind == _LETTER_KIND:
            letters += count
            scripts[_script(char)] += count
        elif kind == _DIGIT_KIND:
            digits += count
    if size < MIN_TEXT_CHARS:
        return "no text layer"
    if junk / size > 0.05:
        return "garbled text layer"
    if (letters + digits) / size < 0.5:
        return "garbled text layer"
    if letters and sum(1 for n in scripts.values() if n / letters >= 0.05) > 3:
        return "garbled text layer"
    if scripts["LATIN"] >= 0.5 * letters and _latin_words_look_wrong(sample):
        return "garbled text layer"
    return None


_SPACE = re.compile(r"\s+")
_JUNK = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd\U000f0000-\U0010ffff]")
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT_OR_MARK = re.compile("[\\d\u0300-\u036f\u064b-\u065f\u0670]")


_SPACE_KIND, _JUNK_KIND, _LETTER_KIND, _DIGIT_KIND, _OTHER_KIND = range(5)


@functools.lru_cache(maxsize=8192)
def _kind(char: str) -> int:
    """Which of the classes the text layer's statistics count one character falls in (the same
    patterns as a whole sample would be searched with, one character at a time)."""
    for pattern, kind in ((_SPACE, _SPACE_KIND), (_JUNK, _JUNK_KIND), (_LETTER, _LETTER_KIND)):
        if pattern.match(char):
            return kind
    return _DIGIT_KIND if _DIGIT_OR_MARK.match(char) else _OTHER_KIND


@functools.cache
def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def _latin_words_look_wrong(text: str) -> bool:
    words = len(_LATIN_WORD.findall(text))
    if words < 10:
        return False
    if len(_NO_VOWEL.findall(text)) / words > 0.3:
        return True
    # A capital inside a word needs a lower-case letter just before a capital: most pages have none.
    return _LOWER_UPPER.search(text) is not None and len(_MIXED_CASE.findall(text)) / words > 0.25
