"""RSS and Atom feeds (files or fetched URLs), parsed by feedparser: one Article per entry.

Per entry: text from the entry's content (the longest HTML/text part), else its summary,
flattened to plain text; title; link as url (and, hashed, as the article id, so re-reading a
feed gives the same ids; an entry without link falls back to its guid, then to its content);
published (else updated) date; language from the entry or the feed. The outlet is the knowledge
base's outlet for the link's domain, else the feed's title, else the domain.

A document feedparser cannot read as a feed (no feed version and no entries) fails with
"not an RSS/Atom feed"; an entry without any text is one failure (``path#entry-N``) and the
other entries go on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser

from mercato.ingest.decode import DEFAULT_MAX_BYTES, read_limited
from mercato.ingest.meta import (
    article_id_for_url,
    html_to_text,
    is_url,
    iso_date,
    lang_code,
    outlet_for,
    tidy_text,
)
from mercato.ingest.results import ReadError, ReadFailure, ReadResult
from mercato.model import Article

#: Suffixes read as feeds by `read_paths`.
SUFFIXES = (".xml", ".rss", ".atom", ".feed")
NOT_A_FEED = "not an RSS/Atom feed"


def parse_feed(data: bytes, source: str, feed_url: str | None = None) -> Iterator[ReadResult]:
    """Articles of a feed document's entries; `source` names the feed in failures.

    feedparser is given bytes, never a URL: fetching is the caller's job (with our limits).
    """
    if not data.strip():
        yield ReadFailure(source, "empty file (0 bytes)" if not data else "empty file (only whitespace)")
        return
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        yield ReadFailure(source, f"binary file (contains NUL bytes), {NOT_A_FEED}")
        return
    try:
        headers = {"content-location": feed_url} if feed_url else None
        parsed = feedparser.parse(data, response_headers=headers)
    except Exception as exc:  # feedparser is lenient, but a parser crash must not stop the batch
        yield ReadFailure(source, f"{NOT_A_FEED} (parser error: {exc})")
        return
    entries = list(parsed.get("entries") or [])
    if not parsed.get("version") and not entries:
        yield ReadFailure(source, NOT_A_FEED + _bozo_detail(parsed))
        return
    if not entries:
        yield ReadFailure(source, "feed has no entries")
        return
    feed = parsed.get("feed") or {}
    feed_title = str(feed.get("title") or "").strip() or None
    feed_lang = lang_code(feed.get("language"))
    for number, entry in enumerate(entries, start=1):
        try:
            yield entry_article(entry, feed_title, feed_lang, feed_url)
        except ReadError as exc:
            yield ReadFailure(f"{source}#entry-{number}", exc.reason)


def entry_article(
    entry: Any, feed_title: str | None = None, feed_lang: str | None = None, feed_url: str | None = None
) -> Article:
    """Build the Article of one feedparser entry; raises ReadError when it has no text."""
    text, content_lang = _entry_text(entry)
    title = html_to_text(str(entry.get("title") or "")).replace("\n\n", " ")
    if not text:
        if not title:
            raise ReadError("entry has no title and no text")
        raise ReadError("entry has no text (no content and no summary)")
    guid = str(entry.get("id") or "").strip() or None
    # feedparser falls back to the guid for a missing link; only a web address is a link
    link = next((u for u in (str(entry.get("link") or "").strip(), guid or "") if is_url(u)), None)
    if link:
        article_id = article_id_for_url(link)
    elif guid:
        article_id = article_id_for_url(guid)
    else:
        article_id = hashlib.sha256(f"{title}\n\n{text}".encode()).hexdigest()[:16]
    published = iso_date(entry.get("published_parsed")) or iso_date(entry.get("updated_parsed"))
    return Article(
        id=article_id,
        title=title,
        text=text,
        url=link,
        outlet=outlet_for(link or feed_url, feed_title),
        published=published,
        lang=content_lang or lang_code(entry.get("language")) or feed_lang,
    )


def read(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """Read one feed file (.xml, .rss, .atom, .feed)."""
    try:
        data = read_limited(path, max_bytes)
    except ReadError as exc:
        yield ReadFailure(str(path), exc.reason)
        return
    yield from parse_feed(data, str(path))


def _entry_text(entry: Any) -> tuple[str, str | None]:
    """(plain text, language of that content if stated) from content, else summary."""
    best = ""
    best_lang: str | None = None
    for part in entry.get("content") or []:
        value = str(part.get("value") or "")
        text = html_to_text(value) if "html" in str(part.get("type") or "html") else tidy_text(value)
        if len(text) > len(best):
            best, best_lang = text, lang_code(part.get("language"))
    if best:
        return best, best_lang
    summary = str(entry.get("summary") or "")
    detail = entry.get("summary_detail") or {}
    if "html" in str(detail.get("type") or "html"):
        return html_to_text(summary), lang_code(detail.get("language"))
    return tidy_text(summary), lang_code(detail.get("language"))


def _bozo_detail(parsed: Any) -> str:
    exc = parsed.get("bozo_exception")
    if not exc:
        return ""
    message = str(getattr(exc, "getMessage", lambda: exc)()).strip()
    return f" ({message})" if message else ""
