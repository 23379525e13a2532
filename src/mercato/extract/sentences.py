"""Sentence splitting that keeps character offsets.

A sentence ends at a newline, or at . ! ? … followed by space and an upper-case letter, digit
or opening quote — but not after common abbreviations or single initials ("u. a.", "F. C.").
"""

from __future__ import annotations

import re

#: A boundary starts at its newline or end mark, so the scan can jump between those characters;
#: after an end mark, group 1 is the boundary proper (the mark stays with its sentence).
_BOUNDARY = re.compile(r"[\n.!?…](?:(?<=\n)\n*|([\"”»)]?\s+)(?=[\"“«(]?[A-ZÀ-ÖØ-Þ0-9¿¡]))")
_LAST_WORD_DOTTED = re.compile(r"(\w+)\.\W*$")
#: how far back the last word is looked for first (abbreviations and initials are short)
_LOOKBACK = 24
_ABBREVIATIONS = {
    "mr", "mrs", "dr", "st", "vs", "no", "nr", "sig", "dott", "ca", "u", "a", "z", "b", "bzw", "etc",
    "sr", "jr", "prof", "ing", "avv", "pag", "p", "s", "mons", "fc", "ac", "sv", "vfb", "vfl", "1",
}
_LONGEST_ABBREVIATION = max(len(abbreviation) for abbreviation in _ABBREVIATIONS)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of non-empty sentences, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        gap = match.group(1)
        if gap is None:
            end, after = match.span()
        else:
            end, after = match.span(1)
            if gap.isspace() and "\n" not in gap and _after_abbreviation(text, start, end):
                continue
        _add(spans, text, start, end)
        start = after
    _add(spans, text, start, len(text))
    return spans


def _after_abbreviation(text: str, start: int, end: int) -> bool:
    """Does text[start:end] end with an abbreviation or an initial and its dot? The last few
    characters decide unless the last word may reach back further."""
    before_mark = end - 1 - _LONGEST_ABBREVIATION - 1
    if before_mark >= start and text[before_mark : end - 1].isalnum():
        return False  # the mark ends a word longer than any abbreviation (most sentences)
    window = max(start, end - _LOOKBACK)
    word = _LAST_WORD_DOTTED.search(text, window, end)
    if window > start and (word is None or word.start() == window):
        word = _LAST_WORD_DOTTED.search(text, start, end)
    return word is not None and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1)


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
