"""Sentence splitting that keeps character offsets.

A sentence ends at a newline, or at . ! ? … followed by space and an upper-case letter, digit
or opening quote — but not after common abbreviations or single initials ("u. a.", "F. C.").
"""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"\n+|(?<=[.!?…])[\"”»)]?\s+(?=[\"“«(]?[A-ZÀ-ÖØ-Þ0-9¿¡])")
_ABBREVIATIONS = {
    "mr", "mrs", "dr", "st", "vs", "no", "nr", "sig", "dott", "ca", "u", "a", "z", "b", "bzw", "etc",
    "sr", "jr", "prof", "ing", "avv", "pag", "p", "s", "mons", "fc", "ac", "sv", "vfb", "vfl", "1",
}


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of non-empty sentences, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group(0).strip() == "" and "\n" not in match.group(0):
            word = re.search(r"(\w+)\.\W*$", text[start : match.start()])
            if word and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1):
                continue
        _add(spans, text, start, match.start())
        start = match.end()
    _add(spans, text, start, len(text))
    return spans


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
