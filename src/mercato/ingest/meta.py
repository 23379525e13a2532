"""Metadata helpers shared by the web-facing readers (html, feeds, warc, urls).

- ``article_id_for_url``: a stable id for an article known by its URL, so re-reading the same
  feed, archive or URL list yields the same ids (ingest idempotency depends on it).
- ``outlet_for``: the outlet's canonical name from the knowledge base when the URL's domain is
  known there, else the page's/feed's own site name, else the bare domain.
- ``lang_code``, ``iso_date``: normalise what sources say ("it-IT" → "it", time tuples → ISO).
- ``html_to_text``: an HTML *fragment* (a feed entry) to plain text with paragraph breaks.
"""

from __future__ import annotations

import hashlib
import re
import time
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

_LANG = re.compile(r"\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*")
#: Elements after which a line break belongs when flattening HTML to text.
_BLOCKS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}
    | {"section", "article", "header", "footer", "tr", "table", "pre"}
)


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def charset_of(content_type: str) -> str | None:
    """The ``charset`` parameter of a Content-Type header value, if any."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip().lower() == "charset" and value.strip("\"' "):
            return value.strip("\"' ")
    return None


def domain_of(url: str | None) -> str | None:
    """Host name of a URL in lower case, without ``www.`` and port; None if there is none."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.lower().removeprefix("www.")


def article_id_for_url(url: str) -> str:
    """16 hex digits of the URL's SHA-256 (fragment dropped): stable across runs and machines."""
    return hashlib.sha256(url.strip().split("#", 1)[0].encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=1)
def _kb_outlet_lookup() -> Any:
    """The knowledge base's ``outlet_by_domain``, or None when the knowledge base cannot be loaded.

    Readers must keep working without a knowledge base (a broken or missing data file must not
    turn every article into a failure), so any error here only disables the mapping.
    """
    try:
        from mercato.kb import load_kb

        return load_kb().outlet_by_domain
    except Exception:
        return None


def outlet_for(url: str | None, site_name: str | None = None) -> str | None:
    """Outlet name: the knowledge base's name for the URL's domain, else `site_name`, else the domain."""
    domain = domain_of(url)
    if domain:
        lookup = _kb_outlet_lookup()
        if lookup is not None:
            try:
                outlet = lookup(domain)
            except Exception:
                outlet = None
            if outlet is not None and getattr(outlet, "name", None):
                return str(outlet.name)
    if site_name and site_name.strip():
        return site_name.strip()
    return domain


def lang_code(value: str | None) -> str | None:
    """"it-IT", "pt_BR", " EN " → "it", "pt", "en"; anything else → None."""
    if not value:
        return None
    match = _LANG.fullmatch(value)
    return match.group(1).lower() if match else None


def iso_date(value: time.struct_time | None) -> str | None:
    """A parsed (UTC) time tuple, as feedparser gives them, to ``YYYY-MM-DD``."""
    if value is None:
        return None
    try:
        return time.strftime("%Y-%m-%d", value)
    except (TypeError, ValueError):
        return None


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: scripts and styles dropped, one paragraph per block element.

    Feed entries carry small HTML fragments (often just a few ``<p>``), too little for
    trafilatura's boilerplate detection, which would throw most of them away.
    """
    if "<" not in fragment:
        return tidy_text(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return tidy_text(re.sub(r"<[^>]*>", " ", fragment))
    for bad in root.xpath(".//script|.//style|.//noscript"):
        bad.drop_tree()
    parts: list[str] = []
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _BLOCKS:
                parts.append("\n")
            if element.text:
                parts.append(element.text)
        else:
            if tag in _BLOCKS:
                parts.append("\n")
            if element is not root and element.tail:
                parts.append(element.tail)
    return tidy_text("".join(parts))


def tidy_text(text: str) -> str:
    """Collapse spaces inside lines; paragraphs (non-empty lines) separated by one blank line."""
    lines = (" ".join(line.split()) for line in text.replace("\r", "\n").split("\n"))
    return "\n\n".join(line for line in lines if line)
