"""Sentence splitting that keeps character offsets.

A sentence ends at a newline, or at . ! ? … followed by space and an upper-case letter, digit
or opening quote — but not after common abbreviations or single initials ("u. a.", "F. C.").
"""

from __future__ import annotations

import re

from mercato.extract.normalise import is_word_character

#: A boundary starts at its newline or end mark, so the scan can jump between those characters;
#: after an end mark, group 1 is the boundary proper (the mark stays with its sentence).
_BOUNDARY = re.compile(r"[\n.!?…](?:(?<=\n)\n*|([\"”»)]?\s+)(?=[\"“«(]?[A-ZÀ-ÖØ-Þ0-9¿¡]))")
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
    word = _last_word_dotted(text, start, end)
    return word.lower() in _ABBREVIATIONS or len(word) == 1


def _last_word_dotted(text: str, start: int, end: int) -> str:
    """The word `(\\w+)\\.\\W*$` finds in text[start:end]: the word (clipped at `start`) before a
    dot that only non-word characters follow; "" when there is none. Read back from the end: a
    search would try every position from `start`."""
    tail = end  # where the trailing non-word characters start
    while tail > start and not is_word_character(text[tail - 1]):
        tail -= 1
    if tail == end or text[tail] != ".":
        return ""
    begin = tail
    while begin > start and is_word_character(text[begin - 1]):
        begin -= 1
    return text[begin:tail]


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
