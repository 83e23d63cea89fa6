"""Scanned pages for the OCR tests, made on the spot: typed lines drawn with Pillow, then turned
and tilted as a crooked scan is, with where each word ended up on the page (as fractions of its
width and height, from its top left) to check OCR's word boxes against. No tests here."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LINES = ["The detention facility in Kashgar", "held 1,200 people in March 2018.", "Witness statements were recorded."]
Box = tuple[float, float, float, float]


@dataclass
class Scan:
    image: Image.Image
    words: dict[str, list[Box]] = field(default_factory=dict)  # each word's places on the page

    def box(self, word: str) -> Box:
        (only,) = self.words[word]
        return only

    def save_pdf(self, path: Path) -> Path:
        """The scan as a one-page PDF with no text layer, the picture filling the page."""
        from reportlab.lib.utils import ImageReader
        from reportlab.pdfgen import canvas

        path.parent.mkdir(parents=True, exist_ok=True)
        width, height = 595, 595 * self.image.height / self.image.width
        pdf = canvas.Canvas(str(path), pagesize=(width, height))
        pdf.drawImage(ImageReader(self.image), 0, 0, width, height)
        pdf.showPage()
        pdf.save()
        return path

    def save_png(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.image.save(path)
        return path


def scan(lines: list[str] = LINES, tilt: float = 0.0, turn: int = 0) -> Scan:
    """A page of ``lines`` (200 dpi, A4-ish), tilted ``tilt`` degrees and then turned ``turn``
    degrees, both counter-clockwise, as a crooked scan put in the scanner sideways would be."""
    font = ImageFont.truetype(FONT, 34) if Path(FONT).exists() else ImageFont.load_default(size=34)
    image = Image.new("L", (1650, 2200), 255)
    draw = ImageDraw.Draw(image)
    places: dict[str, list[list[tuple[float, float]]]] = {}
    for n, line in enumerate(lines):
        x, y = 150, 200 + 70 * n
        draw.text((x, y), line, font=font, fill=0)
        start = 0
        for word in line.split(" "):
            left = x + draw.textlength(line[:start], font=font)
            x0, y0, x1, y1 = draw.textbbox((left, y), word, font=font)
            places.setdefault(word, []).append([(x0, y0), (x1, y0), (x0, y1), (x1, y1)])
            start += len(word) + 1
    for angle in (tilt, turn):
        if angle:
            before = image.size
            image = image.rotate(angle, expand=True, fillcolor=255)
            for corners_list in places.values():
                for corners in corners_list:
                    corners[:] = [_turned(point, before, image.size, angle) for point in corners]
    width, height = image.size
    words = {
        word: [
            (
                min(x for x, _ in c) / width,
                min(y for _, y in c) / height,
                max(x for x, _ in c) / width,
                max(y for _, y in c) / height,
            )
            for c in corners_list
        ]
        for word, corners_list in places.items()
    }
    return Scan(image=image, words=words)


def _turned(
    point: tuple[float, float], before: tuple[int, int], after: tuple[int, int], angle: float
) -> tuple[float, float]:
    """Where a point of an image lands when Pillow turns it ``angle`` degrees counter-clockwise
    about its centre, grown to hold it."""
    radians = math.radians(angle)
    dx, dy = point[0] - before[0] / 2, point[1] - before[1] / 2
    return (
        dx * math.cos(radians) + dy * math.sin(radians) + after[0] / 2,
        -dx * math.sin(radians) + dy * math.cos(radians) + after[1] / 2,
    )


def overlap(found: Box | list[float], expected: Box) -> float:
    """How much of the two boxes is shared: intersection over union, 0 to 1."""
    left, top = max(found[0], expected[0]), max(found[1], expected[1])
    right, bottom = min(found[2], expected[2]), min(found[3], expected[3])
    shared = max(0.0, right - left) * max(0.0, bottom - top)

    def area(b: Box | list[float]) -> float:
        return (b[2] - b[0]) * (b[3] - b[1])

    return shared / (area(found) + area(expected) - shared)
