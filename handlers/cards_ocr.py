"""Reading a business-card photo: Tesseract OCR (through pytesseract) to lines of text.

Tesseract is a system program, not a Python package: without it the bot says how to
install it (:data:`HOW_TO_ENABLE`) instead of failing. Which program and which language
models are set at start-up (``CRMBOT_TESSERACT_CMD``, ``CRMBOT_OCR_LANGUAGES``); only the
models actually installed are asked for.

The photo is prepared first (EXIF rotation, greyscale, scaled so text is about 30 px
high, a white border): phone photos of cards are small and tilted.
"""

from __future__ import annotations

import io
import logging
import shutil
import threading
from dataclasses import dataclass

log = logging.getLogger(__name__)

HOW_TO_ENABLE = (
    "I can't read business cards here: the Tesseract OCR program is not installed. "
    "An admin can install it on the bot's server: "
    "`apt-get install tesseract-ocr tesseract-ocr-deu tesseract-ocr-fra tesseract-ocr-spa` "
    "(Debian/Ubuntu), `brew install tesseract tesseract-lang` (macOS), then restart the bot "
    "(CRMBOT_TESSERACT_CMD names the program when it is not on the PATH). Until then, type "
    "the contact: contact add NAME email=... phone=... title=... account=..."
)
MAX_PIXELS = 40_000_000  # a decompression bomb is refused, not decoded


class OcrUnavailable(Exception):
    """Tesseract is missing or broken; the message says how to enable it."""


class NotAnImage(Exception):
    """The bytes are not a picture Pillow can open."""


@dataclass
class OcrConfig:
    command: str = "tesseract"
    languages: str = "eng+deu+fra+spa"


_config = OcrConfig()
_lock = threading.Lock()
_installed: dict[str, frozenset[str]] = {}


def configure(command: str | None = None, languages: str | None = None) -> None:
    """Set at start-up from the settings (and by tests pointing at a missing program)."""
    with _lock:
        if command is not None:
            _config.command = command
        if languages is not None:
            _config.languages = languages
        _installed.clear()


def config() -> OcrConfig:
    return _config


def available() -> bool:
    """Whether the configured Tesseract program exists and answers."""
    try:
        _languages()
    except OcrUnavailable:
        return False
    return True


def _languages() -> frozenset[str]:
    """The models installed with the program (asked once per command)."""
    import pytesseract  # type: ignore[import-untyped]

    cmd = _config.command
    with _lock:
        if cmd in _installed:
            return _installed[cmd]
    if shutil.which(cmd) is None:
        raise OcrUnavailable(HOW_TO_ENABLE)
    pytesseract.pytesseract.tesseract_cmd = cmd
    try:
        langs = frozenset(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractNotFoundError, OSError, RuntimeError) as exc:
        log.warning("tesseract did not answer: %s", type(exc).__name__)
        raise OcrUnavailable(HOW_TO_ENABLE) from exc
    with _lock:
        _installed[cmd] = langs
    return langs


def _lang_arg() -> str:
    installed = _languages()
    wanted = [x for x in _config.languages.split("+") if x]
    have = [x for x in wanted if x in installed]
    if not have:
        if "eng" in installed:
            return "eng"
        raise OcrUnavailable(
            f"Tesseract has none of the languages {_config.languages} installed. " + HOW_TO_ENABLE
        )
    return "+".join(have)


def _prepare(data: bytes) -> object:
    from PIL import Image, ImageOps, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    img: Image.Image
    try:
        opened = Image.open(io.BytesIO(data))
        opened.load()
        img = opened
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise NotAnImage(str(exc)) from exc
    img = ImageOps.exif_transpose(img) or img
    img = img.convert("L")
    # Cards photographed at a distance are small: scale so the long side is ~2000 px.
    long_side = max(img.size)
    if long_side < 1600:
        factor = 2000 / long_side
        img = img.resize(
            (int(img.width * factor), int(img.height * factor)), Image.Resampling.LANCZOS
        )
    img = ImageOps.autocontrast(img)
    return ImageOps.expand(img, border=40, fill=255)


def read_text(data: bytes) -> str:
    """The text Tesseract reads on the picture (page segmentation: sparse text, as cards
    are blocks of short lines, not paragraphs)."""
    import pytesseract  # type: ignore[import-untyped]

    lang = _lang_arg()
    img = _prepare(data)
    pytesseract.pytesseract.tesseract_cmd = _config.command
    try:
        text: str = pytesseract.image_to_string(img, lang=lang, config="--psm 11")
        if len([ln for ln in text.splitlines() if ln.strip()]) < 2:
            text = pytesseract.image_to_string(img, lang=lang, config="--psm 3")
    except (pytesseract.TesseractNotFoundError, OSError) as exc:
        raise OcrUnavailable(HOW_TO_ENABLE) from exc
    except pytesseract.TesseractError as exc:
        log.warning("tesseract failed: %s", exc.status)
        raise NotAnImage("tesseract could not read it") from exc
    return text
