"""HTML pages: the main text and title, found by trafilatura (boilerplate, menus, footers dropped).

The page's own metadata gives url (canonical link), outlet (site name or host) and the
publication date (trafilatura's date extraction uses htmldate). The article id is the file stem.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import trafilatura
from trafilatura.settings import Document

from mercato.ingest.decode import DEFAULT_MAX_BYTES, decode_bytes, read_limited
from mercato.ingest.results import ReadError, ReadFailure, ReadNotice, ReadResult
from mercato.model import Article


def parse_html(html: str, article_id: str) -> Article:
    """Extract the article in an HTML page; raises ReadError when the page has no main text."""
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if isinstance(doc, dict):  # only with as_dict=True; keeps the type checker honest
        doc = Document.from_dict(doc)
    text = (doc.text or "").strip() if doc is not None else ""
    if doc is None or not text:
        raise ReadError("no main text found in the HTML (broken or empty page)")
    title = (doc.title or "").strip()
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if title and lines and lines[0] == title:
        lines = lines[1:]  # the page's <h1> repeats the title
    if not lines:
        lines, title = [title], ""
    return Article(
        id=article_id,
        title=title,
        text="\n\n".join(lines),
        published=doc.date or None,
        url=doc.url or None,
        outlet=doc.sitename or doc.hostname or None,
    )


def read(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """Read one `.html` file: yields the Article (after a notice if decoding needed a fallback)."""
    try:
        html, notice = decode_bytes(read_limited(path, max_bytes))
        article = parse_html(html, path.stem)
    except ReadError as exc:
        yield ReadFailure(str(path), exc.reason)
        return
    if notice:
        yield ReadNotice(str(path), notice)
    yield article
