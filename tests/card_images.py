"""Business-card pictures rendered with Pillow for the OCR tests (several layouts).

A TrueType font of the system (DejaVu, present wherever fontconfig is) draws the text;
``FONT`` is None when there is none, and the tests skip saying so.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
)
_BOLD = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
)
FONT = next((p for p in _CANDIDATES if Path(p).exists()), None)
BOLD = next((p for p in _BOLD if Path(p).exists()), FONT)


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    path = BOLD if bold else FONT
    assert path is not None
    return ImageFont.truetype(path, size)


def render(
    lines: list[tuple[str, int, bool]],
    *,
    layout: str = "left",
    right: list[tuple[str, int, bool]] | None = None,
    size: tuple[int, int] = (1050, 600),
    fmt: str = "PNG",
    background: int = 255,
    angle: float = 0.0,
) -> bytes:
    """A card: (text, font size, bold) lines, left-aligned, centred, or in two columns
    (``right`` the second column); JPEG or PNG; optionally slightly rotated."""
    img = Image.new("L", size, background)
    draw = ImageDraw.Draw(img)
    y = 60
    for text, px, bold in lines:
        f = _font(px, bold)
        w = draw.textlength(text, font=f)
        x = (size[0] - w) / 2 if layout == "center" else 60
        draw.text((x, y), text, fill=20, font=f)
        y += int(px * 1.6)
    if right:
        y = 60
        for text, px, bold in right:
            f = _font(px, bold)
            w = draw.textlength(text, font=f)
            draw.text((size[0] - 60 - w, y), text, fill=20, font=f)
            y += int(px * 1.6)
    if angle:
        img = img.rotate(angle, expand=True, fillcolor=background)
    out = io.BytesIO()
    img.convert("RGB").save(out, format=fmt, quality=90)
    return out.getvalue()
