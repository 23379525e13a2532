"""Text normalisation: repair mojibake, unify Unicode, and a length-preserving fold for matching.

Evidence offsets point into the normalised text, so every later step works on that string;
`fold` keeps one output character per input character so offsets found in the folded text are
valid in the original.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

import ftfy

#: Byte sequences that UTF-8 text read as Latin-1/Windows-1252 leaves behind ("Ã©", "â€™", "Â ").
_MOJIBAKE_HINT = re.compile("[ÃÂ][\u0080-\u00bf\u2018-\u203a\u0152-\u0178 ]|â€|Ã[©¨ª«ó³¼]|\ufffd")
#: the characters every hint starts with: a text holding none of them (most) needs no search
_MOJIBAKE_LEADS = "ÃÂâ\ufffd"
_CONTROL = re.compile("[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
#: the Latin-1 characters `_CONTROL` matches, as bytes to delete from Latin-1 text
_CONTROL_LATIN1 = bytes(code for code in range(0x100) if _CONTROL.match(chr(code)))
_QUOTES = {"’": "'", "‘": "'", "ʼ": "'", "´": "'", "`": "'", "\u00a0": " ", "\u2009": " ", "\u202f": " "}


def normalise(text: str) -> str:
    """Repair encoding damage (ftfy, only where the text shows its marks), compose accents (NFC),
    and drop control and invisible formatting characters."""
    if any(lead in text for lead in _MOJIBAKE_LEADS) and _MOJIBAKE_HINT.search(text):
        text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)
    elif not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return _drop_controls(text)


def _drop_controls(text: str) -> str:
    """`_CONTROL.sub("", text)`; Latin-1 text, most of what mercato reads, as bytes, several times
    faster."""
    try:
        return text.encode("latin-1").translate(None, _CONTROL_LATIN1).decode("latin-1")
    except UnicodeEncodeError:
        return _CONTROL.sub("", text)


def _fold_char(code: int) -> str:
    ch = chr(code)
    if ch in _QUOTES:
        return _QUOTES[ch]
    base = unicodedata.normalize("NFD", ch)[:1].lower()
    return base if len(base) == 1 else ch


#: One folded character for every character of the scripts the six languages use (Latin,
#: Latin-1 Supplement, Latin Extended-A/B, general punctuation); others pass unchanged.
_FOLD_TABLE = {code: _fold_char(code) for code in [*range(0x0250), *range(0x2000, 0x2070)]}
_FOLD_LATIN1 = bytes(ord(_FOLD_TABLE[code]) for code in range(0x100))

#: characters beyond Latin-1, which a table of bytes cannot translate
_BEYOND_LATIN1 = re.compile("([^\u0000-\u00ff]+)")


def _translate(text: str, table: Mapping[int, str], latin1: bytes) -> str:
    """`text.translate(table)`, where `latin1` is `table` for the Latin-1 characters (which it must
    map into Latin-1) as bytes: Latin-1 text, most of what mercato reads, is translated as bytes,
    many times faster than `str.translate` looks each character up in a dict."""
    try:
        return text.encode("latin-1").translate(latin1).decode("latin-1")
    except UnicodeEncodeError:  # some characters beyond Latin-1 ("ć", "–"): only they use the dict
        parts = _BEYOND_LATIN1.split(text)
        parts[::2] = [part.encode("latin-1").translate(latin1).decode("latin-1") for part in parts[::2]]
        parts[1::2] = [part.translate(table) for part in parts[1::2]]
        return "".join(parts)


def fold(text: str) -> str:
    """Lower-case and strip accents, one character out per character in (offsets survive)."""
    if text.isascii():
        return text.lower()
    return _translate(text, _FOLD_TABLE, _FOLD_LATIN1)


class _SearchFormTable(dict[int, str]):
    """A `str.translate` table, filled on first sight of each character: word characters (as
    `\\w` sees them) stay, every other character becomes a space."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        self[code] = kept = char if char.isalnum() or char == "_" else " "
        return kept


_SEARCH_FORM = _SearchFormTable()
_SEARCH_FORM_LATIN1 = bytes(ord(_SEARCH_FORM[code]) for code in range(0x100))


def search_form(folded: str) -> str:
    """Punctuation as spaces (one for one, so offsets hold): "dell'Inter" and "Saint-Germain"
    then match names written with either."""
    return _translate(folded, _SEARCH_FORM, _SEARCH_FORM_LATIN1)


def fold_key(text: str) -> str:
    """A comparison key for names: folded, hyphens/dots/apostrophes as spaces, spaces collapsed."""
    return " ".join(fold(text).replace("-", " ").replace(".", " ").replace("'", " ").split())


def is_word_character(character: str) -> bool:
    """Does the regex class `\\w` match `character`?"""
    return character.isalnum() or character == "_"
