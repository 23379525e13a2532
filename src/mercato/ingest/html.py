"""HTML pages: the main text and title, found by trafilatura (boilerplate, menus, footers dropped).

The page's own metadata gives url (canonical link, unless the caller knows the real URL),
outlet (see ``meta.outlet_for``: knowledge base by domain, else ``og:site_name``, else the
host), language (``<html lang>`` or ``og:locale``) and the publication date, found by htmldate
(run through trafilatura so the page is parsed once). htmldate's *extensive* search is off: it
reads dates from free text and takes a footer's "© 2021" for 2021-01-01, a false date with a
false precision. Without a date in the metadata or the URL, ``published`` stays None.
The article id is the file stem for files; readers of URLs pass an id derived from the URL.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import trafilatura
from trafilatura.settings import Document

from mercato.ingest.decode import DEFAULT_MAX_BYTES, decode_bytes, read_text_file
from mercato.ingest.meta import lang_code, outlet_for
from mercato.ingest.results import ReadError, ReadResult
from mercato.model import Article

_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)", re.I)
_OG_LOCALE = re.compile(
    r"<meta\b[^>]*?property\s*=\s*[\"']og:locale[\"'][^>]*?content\s*=\s*[\"']([A-Za-z_-]+)", re.I
)
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?([A-Za-z0-9_:.-]+)", re.I)
#: Fewer words than this is no article: what trafilatura keeps of a page with only a menu or a
#: cookie banner ("Menu", "Accept all").
MIN_WORDS = 5
#: htmldate's settings (see the module docstring for why the extensive search is off).
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


def parse_html(html: str, article_id: str, url: str | None = None) -> Article:
    """Extract the article in an HTML page; raises ReadError when the page has no main text.

    `url` is where the page was fetched from, when known (WARC record, URL list): it is kept
    as the article's url (a canonical link may wrongly point to a home page) and helps htmldate
    (dates in URL paths) and the outlet lookup.
    """
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={**_DATE_PARAMS, "url": url},
    )
    if isinstance(doc, dict):  # only with as_dict=True; keeps the type checker honest
        doc = Document.from_dict(doc)
    text = (doc.text or "").strip() if doc is not None else ""
    if doc is None or len(text.split()) < MIN_WORDS:
        raise ReadError("no main text found in the HTML (broken or empty page)")
    title = (doc.title or "").strip()
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if title and lines and lines[0] == title:
        lines = lines[1:]  # the page's <h1> repeats the title
    if not lines:
        lines, title = [title], ""
    page_url = url or doc.url or None
    # trafilatura fills a missing site name with the host of the canonical link: not a name
    site_name = doc.sitename if doc.sitename and doc.sitename != doc.hostname else None
    return Article(
        id=article_id,
        title=title,
        text="\n\n".join(lines),
        published=doc.date or None,
        url=page_url,
        outlet=outlet_for(page_url, site_name) or doc.hostname or None,
        lang=page_lang(html),
    )


def decode_html(data: bytes, declared_charset: str | None = None) -> tuple[str, str | None]:
    """Decode a fetched or archived page: the HTTP charset, else ``<meta charset>``, else the
    file policy of `decode_bytes` (UTF-8, then Windows-1252). Returns (text, notice or None)."""
    for charset in (declared_charset, _meta_charset(data)):
        if not charset:
            continue
        try:
            return data.decode(charset), None
        except (LookupError, UnicodeDecodeError):
            continue
    return decode_bytes(data)


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def page_lang(html: str) -> str | None:
    """The page's declared language: ``<html lang="it">`` or ``og:locale`` (looked for in the head)."""
    head = html[:20_000]
    match = _HTML_LANG.search(head) or _OG_LOCALE.search(head)
    return lang_code(match.group(1)) if match else None


def read(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """Read one `.html` file: yields the Article (after a notice if decoding needed a fallback)."""
    return read_text_file(path, parse_html, max_bytes)
