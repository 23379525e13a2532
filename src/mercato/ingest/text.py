"""Seed-format and plain `.txt` articles.

Seed format (DESIGN.md, "Contracts")::

    date 2024-12 Title on the same line    or    date 2025-05-06
                                                 Title on the next line
    Body ...
                                                 Body ...

The first line, after optional whitespace, starts with ``date YYYY-MM`` or
``date YYYY-MM-DD``. A file without such a line is plain text: first non-empty line is
the title, the rest the body, and there is no date. The article id is the file stem.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from mercato.ingest.decode import DEFAULT_MAX_BYTES, read_text_file
from mercato.ingest.results import ReadError, ReadResult
from mercato.model import Article

_DATE_LINE = re.compile(r"date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)(?![\d-])[ \t]*(.*)")


def parse_seed(text: str, article_id: str) -> Article:
    """Parse the text of a seed-format (or plain) article; raises ReadError on an invalid date."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip()
    first, _, rest = text.partition("\n")
    match = _DATE_LINE.fullmatch(first.rstrip())
    published: str | None = None
    if match:
        published = _check_date(match.group(1))
        title = match.group(2).strip()
        if not title:
            rest = rest.lstrip("\n")
            title_line, _, rest = rest.partition("\n")
            title = title_line.strip()
    else:
        title = first.strip()
    body = rest.strip("\n").rstrip()
    if not body:
        # A single line of text is the article itself, not a title without a body.
        title, body = "", title
    if not body:
        raise ReadError("no article text after the date line")
    return Article(id=article_id, title=title, text=body, published=published)


def read(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """Read one `.txt` file: yields the Article (after a notice if decoding needed a fallback)."""
    return read_text_file(path, parse_seed, max_bytes)


def _check_date(value: str) -> str:
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], parts[1], parts[2] if len(parts) == 3 else 1)
    except ValueError as exc:
        raise ReadError(f"invalid date {value!r} in the date line ({exc})") from exc
    return value
