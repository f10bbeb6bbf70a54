"""``name_key`` skips the Unicode steps for ASCII text (issue 18): the same keys as before."""

from __future__ import annotations

import unicodedata

import pytest

from storage.text import _FOLD, _SPACE, KEY_MAX, name_key


def _slow(name: str) -> str:
    """``name_key`` as it was: every text through NFKD and the combining-mark filter."""
    text = unicodedata.normalize("NFKD", name.translate(_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACE.sub(" ", text.casefold()).strip()[:KEY_MAX]


@pytest.mark.parametrize(
    "name",
    [
        "Called Zenabc Quilxy at Acme Holdings, wants a quote",
        "  Ørsted A/S ",
        "Straße\tGmbH",
        "José  Núñez",
        "ﬁnance ＡＢＣ",  # ligature and full-width: NFKD changes them
        "Łódź Æon",
        "x" * 300,
        "a\u0301" * 150,
        "",
        " \x1c Ana\u2003de\u3000la \x85Cruz\n\u00a0\u2028\x0b\x1f",  # every kind of space
        "\u200b zero width is no space \ufeff",
    ],
)
def test_name_key_same_as_the_unicode_path(name: str) -> None:
    assert name_key(name) == _slow(name)


def test_fold_collapses_the_same_spaces_as_the_regex() -> None:
    from storage.text import fold

    every_space = "".join(chr(c) for c in range(0x3001) if chr(c).isspace() or _SPACE.match(chr(c)))
    text = f"  Ana{every_space}de la  Cruz{every_space}x{every_space}"
    assert fold(text) == _SPACE.sub(" ", text.casefold()).strip()
    assert name_key(text) == _SPACE.sub(" ", text.casefold()).strip()
