"""Articles fetched from the web with httpx: a list of URLs in a file, or one URL given directly.

A URL list is plain text, one ``http(s)://`` URL a line; blank lines and lines starting with
``#`` are passed over. ``read_paths`` reads files named ``*.urls``, ``*.urls.txt`` or
``urls.txt`` as URL lists (any other ``.txt`` is a seed-format article).

Politeness and safety: at most `max_workers` requests at a time overall and `per_host` per
host; a connect/read timeout and a total deadline per URL; responses larger than `max_bytes`
are abandoned while streaming (a ``Content-Length`` over the limit is refused before the body);
at most 5 redirects; User-Agent ``mercato/0.1``. robots.txt is not consulted: the user names
the pages to fetch, as with a browser.

An HTML response becomes one Article (through the HTML reader); an RSS/Atom response becomes
one Article per entry (through the feed reader). Every URL that cannot be fetched or read is a
`ReadFailure` naming the URL and the reason; results come back in the order of the list.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx

from mercato import __version__ as _version
from mercato.ingest.decode import DEFAULT_MAX_BYTES, MB, decode_bytes, over_limit, read_limited
from mercato.ingest.feeds import parse_feed
from mercato.ingest.html import decode_html, parse_html
from mercato.ingest.meta import article_id_for_url, charset_of, domain_of, is_url
from mercato.ingest.results import ReadError, ReadFailure, ReadNotice, ReadResult

#: "mercato/0.1": major.minor of the package version.
USER_AGENT = "mercato/" + ".".join(_version.split(".")[:2])
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml")


def is_url_list(path: Path) -> bool:
    """True for the file names read as URL lists: ``*.urls``, ``*.urls.txt``, ``urls.txt``."""
    name = path.name.lower()
    return name.endswith((".urls", ".urls.txt")) or name == "urls.txt"


@dataclass(frozen=True)
class FetchSettings:
    """Limits of one fetch run (see the module docstring)."""

    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    total_timeout: float = 30.0
    max_bytes: int = 10 * MB
    max_workers: int = 8
    per_host: int = 2
    max_redirects: int = 5
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Fetched:
    """One URL's response (`body`), or why there is none (`error`)."""

    url: str
    final_url: str = ""
    content_type: str = ""
    body: bytes = b""
    error: str | None = None


class Fetcher:
    """A pooled httpx client with per-host limits; `fetch` is safe to call from many threads."""

    def __init__(self, settings: FetchSettings | None = None) -> None:
        self.settings = settings or FetchSettings()
        s = self.settings
        self._client = httpx.Client(
            headers={"User-Agent": s.user_agent, "Accept": "text/html, application/xhtml+xml, "
                     "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"},
            timeout=httpx.Timeout(s.read_timeout, connect=s.connect_timeout),
            follow_redirects=True,
            max_redirects=s.max_redirects,
            limits=httpx.Limits(max_connections=s.max_workers, max_keepalive_connections=s.max_workers),
        )
        self._hosts: dict[str, threading.BoundedSemaphore] = {}
        self._lock = threading.Lock()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str) -> Fetched:
        with self._host_slot(domain_of(url) or ""):
            try:
                return self._fetch(url)
            except httpx.ConnectTimeout:
                return Fetched(url, error=f"unreachable: no connection within {self.settings.connect_timeout:g} s")
            except httpx.ConnectError as exc:
                return Fetched(url, error=f"unreachable: {_reason(exc)}")
            except httpx.TimeoutException:
                return Fetched(url, error=f"timed out: no data for {self.settings.read_timeout:g} s")
            except httpx.TooManyRedirects:
                return Fetched(url, error=f"too many redirects (more than {self.settings.max_redirects})")
            except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
                return Fetched(url, error=f"invalid URL: {_reason(exc)}")
            except httpx.HTTPError as exc:
                return Fetched(url, error=f"request failed: {type(exc).__name__}: {_reason(exc)}")
            except ReadError as exc:
                return Fetched(url, error=exc.reason)

    def _fetch(self, url: str) -> Fetched:
        s = self.settings
        deadline = time.monotonic() + s.total_timeout
        with self._client.stream("GET", url) as response:
            if not response.is_success:
                return Fetched(url, error=f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > s.max_bytes:
                raise ReadError(f"response too large {over_limit(int(declared), s.max_bytes)}")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > s.max_bytes:
                    raise ReadError(f"response too large (over the {s.max_bytes / MB:g} MB limit)")
                if time.monotonic() > deadline:
                    raise ReadError(f"timed out: response not complete within {s.total_timeout:g} s")
                chunks.append(chunk)
            return Fetched(
                url,
                final_url=str(response.url),
                content_type=response.headers.get("Content-Type", ""),
                body=b"".join(chunks),
            )

    def _host_slot(self, host: str) -> threading.BoundedSemaphore:
        with self._lock:
            slot = self._hosts.get(host)
            if slot is None:
                slot = self._hosts[host] = threading.BoundedSemaphore(self.settings.per_host)
            return slot

    def fetch_all(self, urls: Iterable[str]) -> Iterator[Fetched]:
        """Fetch concurrently, yielding in input order; at most a few batches are in flight."""
        window = self.settings.max_workers * 4
        with ThreadPoolExecutor(max_workers=self.settings.max_workers, thread_name_prefix="fetch") as pool:
            pending: deque[Future[Fetched]] = deque()
            for url in urls:
                pending.append(pool.submit(self.fetch, url))
                if len(pending) >= window:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()


def results_for(fetched: Fetched, max_bytes: int = DEFAULT_MAX_BYTES) -> list[ReadResult]:
    """The Articles (or failure) of one fetched URL."""
    url = fetched.url
    if fetched.error is not None:
        return [ReadFailure(url, fetched.error)]
    body = fetched.body
    if not body.strip():
        return [ReadFailure(url, "empty response")]
    if len(body) > max_bytes:
        return [ReadFailure(url, f"response too large {over_limit(len(body), max_bytes)}")]
    media_type = fetched.content_type.split(";", 1)[0].strip().lower()
    kind = _kind(media_type, body)
    final_url = fetched.final_url or url
    if kind == "feed":
        return list(parse_feed(body, url, feed_url=final_url))
    if kind != "html":
        return [ReadFailure(url, f"unsupported content type ({media_type or 'none given'}); expected HTML or a feed")]
    try:
        html, notice = decode_html(body, charset_of(fetched.content_type))
        article = parse_html(html, article_id_for_url(url), final_url)
    except ReadError as exc:
        return [ReadFailure(url, exc.reason)]
    return [ReadNotice(url, notice), article] if notice else [article]


def read_url(
    url: str, max_bytes: int = DEFAULT_MAX_BYTES, settings: FetchSettings | None = None
) -> Iterator[ReadResult]:
    """Fetch and read one URL (a page or a feed)."""
    with Fetcher(settings) as fetcher:
        yield from results_for(fetcher.fetch(url), max_bytes)


def read(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, settings: FetchSettings | None = None) -> Iterator[ReadResult]:
    """Read a URL list file and fetch every URL in it."""
    source = str(path)
    try:
        text, _ = decode_bytes(read_limited(path, max_bytes))
    except ReadError as exc:
        yield ReadFailure(source, exc.reason)
        return
    urls: list[str] = []
    seen: set[str] = set()
    for lineno, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not is_url(line) or " " in line:
            yield ReadFailure(f"{source}:{lineno}", f"not an http(s) URL: {line[:80]!r}")
        elif line in seen:
            yield ReadNotice(f"{source}:{lineno}", f"repeated URL passed over: {line}")
        else:
            seen.add(line)
            urls.append(line)
    if not urls:
        yield ReadFailure(source, "no URLs in this list")
        return
    with Fetcher(settings) as fetcher:
        for fetched in fetcher.fetch_all(urls):
            yield from results_for(fetched, max_bytes)


def _kind(media_type: str, body: bytes) -> str:
    if media_type.startswith(_HTML_TYPES):
        return "html"
    if media_type in _FEED_TYPES or media_type.endswith("+xml"):
        return "feed"
    head = body[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if head.startswith(b"<?xml") or b"<rss" in head or b"<feed" in head:
        return "feed"
    return "other"


def _reason(exc: Exception) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:160]
