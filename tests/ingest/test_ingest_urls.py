"""URL lists and single URLs, fetched from a local HTTP server (no real network in tests)."""

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from mercato.ingest import ReadFailure, ReadNotice, read_paths
from mercato.ingest import meta as ingest_meta
from mercato.ingest.meta import article_id_for_url
from mercato.ingest.urls import FetchSettings, is_url_list, read, read_url
from mercato.model import Article

GOOD_PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Nice, un entraîneur en approche</title>
<meta property="og:site_name" content="Le Journal du Mercato">
<meta property="article:published_time" content="2025-03-04T08:00:00+01:00">
</head><body><nav>Accueil | Ligue 1</nav><article><h1>Nice, un entraîneur en approche</h1>
<p>L'OGC Nice a entamé des discussions avec un entraîneur portugais pour la saison prochaine.</p>
<p>Les deux parties se sont déjà rencontrées à deux reprises, selon nos informations.</p>
</article></body></html>"""

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Flux Mercato</title>
<item><title>Lens prolonge son coach</title><link>http://127.0.0.1/lens</link>
<description>Le RC Lens a prolongé le contrat de son entraîneur.</description></item>
</channel></rss>"""

seen_agents: list[str] = []


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        seen_agents.append(self.headers.get("User-Agent", ""))
        routes = {
            "/good": ("text/html; charset=utf-8", GOOD_PAGE.encode()),
            "/feed": ("application/rss+xml", FEED.encode()),
            "/empty-page": ("text/html", b"<html><body><div></div></body></html>"),
            "/image": ("image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
            "/big": ("text/html", b"<p>" + b"x" * 300_000 + b"</p>"),
        }
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/good")
            self.end_headers()
            return
        if self.path not in routes:
            self.send_error(404, "Not Found")
            return
        ctype, body = routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def local_only(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(ingest_meta, "_kb_outlet_lookup", lambda: None)


def closed_port() -> int:
    """A port nothing listens on: bound, then released."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_url_list_fetches_pages_and_reports_each_failure(server: str, tmp_path: Path):
    dead = f"http://127.0.0.1:{closed_port()}/nothing"
    listing = tmp_path / "today.urls"
    listing.write_text(
        f"# pages to read\n{server}/good\n\n{server}/missing\n{dead}\nnot a url\n{server}/good\n", encoding="utf-8"
    )
    results = list(read(listing))
    articles = [r for r in results if isinstance(r, Article)]
    failures = {r.source: r.reason for r in results if isinstance(r, ReadFailure)}
    assert len(articles) == 1
    good = articles[0]
    assert good.id == article_id_for_url(f"{server}/good")
    assert good.url == f"{server}/good"
    assert good.title == "Nice, un entraîneur en approche"
    assert good.text.startswith("L'OGC Nice a entamé des discussions")
    assert good.published == "2025-03-04"
    assert good.lang == "fr"
    assert good.outlet == "Le Journal du Mercato"
    assert failures[f"{server}/missing"] == "HTTP 404 Not Found"
    assert failures[dead].startswith("unreachable:")
    assert failures[f"{listing}:6"] == "not an http(s) URL: 'not a url'"
    assert ReadNotice(f"{listing}:7", f"repeated URL passed over: {server}/good") in results
    assert set(seen_agents) == {"mercato/0.1"}


def test_results_keep_the_order_of_the_list(server: str, tmp_path: Path):
    listing = tmp_path / "urls.txt"
    urls = [f"{server}/missing", f"{server}/good", f"{server}/feed", f"{server}/image"]
    listing.write_text("\n".join(urls), encoding="utf-8")
    sources = [r.source if isinstance(r, ReadFailure) else r.url for r in read_paths([listing])]
    assert sources == [f"{server}/missing", f"{server}/good", "http://127.0.0.1/lens", f"{server}/image"]


def test_a_feed_url_gives_its_entries(server: str):
    (entry,) = read_url(f"{server}/feed")
    assert isinstance(entry, Article)
    assert entry.text == "Le RC Lens a prolongé le contrat de son entraîneur."
    assert entry.outlet == "Flux Mercato"


def test_redirects_are_followed_and_the_final_url_kept(server: str):
    (article,) = read_url(f"{server}/moved")
    assert isinstance(article, Article)
    assert article.url == f"{server}/good"
    assert article.id == article_id_for_url(f"{server}/moved")  # the id is the URL as given


@pytest.mark.parametrize(
    "path, reason",
    [
        ("/empty-page", "no main text found in the HTML (broken or empty page)"),
        ("/image", "unsupported content type (image/png); expected HTML or a feed"),
    ],
)
def test_a_response_that_is_no_article_fails_with_a_reason(server: str, path: str, reason: str):
    assert list(read_url(server + path)) == [ReadFailure(server + path, reason)]


def test_a_response_over_the_size_limit_is_abandoned(server: str):
    small = FetchSettings(max_bytes=256 * 1024)
    (failure,) = read_url(f"{server}/big", settings=small)
    assert failure == ReadFailure(f"{server}/big", "response too large (0.3 MB > 0.25 MB limit)")


def test_read_paths_takes_urls_as_strings_or_mangled_paths(server: str):
    as_string = list(read_paths([f"{server}/good"]))
    as_path = list(read_paths([Path(f"{server}/good")]))  # what a CLI with Path arguments passes
    assert as_string == as_path and isinstance(as_string[0], Article)


@pytest.mark.parametrize(
    "name, is_list", [("a.urls", True), ("a.urls.txt", True), ("URLS.txt", True), ("a.txt", False)]
)
def test_url_list_file_names(name: str, is_list: bool):
    assert is_url_list(Path(name)) is is_list


def test_an_empty_list_is_a_failure(tmp_path: Path):
    listing = tmp_path / "none.urls"
    listing.write_text("# nothing yet\n\n", encoding="utf-8")
    assert list(read(listing)) == [ReadFailure(str(listing), "no URLs in this list")]
