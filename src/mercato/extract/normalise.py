"""Text normalisation: repair mojibake, unify Unicode, and a length-preserving fold for matching.

Evidence offsets point into the normalised text, so every later step works on that string;
`fold` keeps one output character per input character so offsets found in the folded text are
valid in the original.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import ftfy

_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "´": "'", "`": "'", "\u00a0": " ", "\u2009": " "})


def normalise(text: str) -> str:
    """Repair encoding damage (ftfy), compose accents (NFC), and drop control characters."""
    text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch.isascii():
        return ch.lower()
    base = unicodedata.normalize("NFD", ch)[0].lower()
    folded = base[0] if base else ch
    return folded.translate(_QUOTES) if len(folded) == 1 else ch


def fold(text: str) -> str:
    """Lower-case and strip accents, one character out per character in (offsets survive)."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(ch) for ch in text)


def fold_key(text: str) -> str:
    """A comparison key for names: folded, hyphens/dots/apostrophes as spaces, spaces collapsed."""
    return " ".join(fold(text).replace("-", " ").replace(".", " ").replace("'", " ").split())
