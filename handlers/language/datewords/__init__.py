"""The date and time words of each language the bot reads, one module per language.

Each module holds one ``WORDS`` table in the compact form :func:`handlers.language.dates._spec`
reads ("a|b" lists, "value: phrase|phrase" maps); the rules that use them live in
:mod:`handlers.language.dates`, so adding a language is adding a file here.
"""

from __future__ import annotations

from handlers.language.datewords import de, el, en, es, eu, fr, kk, nb

DATE_WORDS: dict[str, dict[str, str | bool]] = {
    "en": en.WORDS,
    "es": es.WORDS,
    "de": de.WORDS,
    "fr": fr.WORDS,
    "nb": nb.WORDS,
    "el": el.WORDS,
    "eu": eu.WORDS,
    "kk": kk.WORDS,
}

NUMBER_WORDS: dict[str, dict[str, object]] = {
    "en": en.NUMBERS,
    "es": es.NUMBERS,
    "de": de.NUMBERS,
    "fr": fr.NUMBERS,
    "nb": nb.NUMBERS,
    "el": el.NUMBERS,
    "eu": eu.NUMBERS,
    "kk": kk.NUMBERS,
}
