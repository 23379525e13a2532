"""RSS and Atom feeds: one Article per entry, HTML flattened, dates, links and outlets kept."""

from pathlib import Path

import pytest

from mercato.ingest import ReadFailure, read_paths
from mercato.ingest import meta as ingest_meta
from mercato.ingest.feeds import parse_feed, read
from mercato.ingest.meta import article_id_for_url
from mercato.model import Article

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Notizie di Mercato</title>
  <link>https://mercato.example.org/</link>
  <language>it-IT</language>
  <item>
    <title>Roma, contatti per la panchina</title>
    <link>https://mercato.example.org/roma-panchina</link>
    <pubDate>Tue, 03 Dec 2024 18:30:00 +0100</pubDate>
    <description>Breve riassunto.</description>
    <content:encoded><![CDATA[<p>La Roma ha avviato i <b>contatti</b> con il tecnico.</p>
      <script>track()</script><p>Decisione attesa entro venerdì.</p>]]></content:encoded>
  </item>
  <item>
    <title>Solo sommario</title>
    <link>https://mercato.example.org/sommario</link>
    <description>&lt;p&gt;Il Milan valuta un ritorno.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Senza testo</title>
    <link>https://mercato.example.org/vuoto</link>
  </item>
</channel>
</rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es">
  <title>Diario del Fichaje</title>
  <id>urn:uuid:feed-1</id>
  <updated>2025-01-10T09:00:00Z</updated>
  <entry>
    <title>El Betis negocia con un entrenador</title>
    <id>urn:uuid:entry-1</id>
    <link href="https://fichajes.example.com/betis-entrenador"/>
    <published>2025-01-09T21:15:00Z</published>
    <updated>2025-01-10T08:00:00Z</updated>
    <content type="html">&lt;p&gt;El Betis ha abierto negociaciones.&lt;/p&gt;
      &lt;p&gt;Hay acuerdo verbal.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Sin enlace</title>
    <id>urn:uuid:entry-2</id>
    <updated>2025-01-08T10:00:00Z</updated>
    <summary>Texto del resumen sin enlace.</summary>
  </entry>
</feed>"""


@pytest.fixture(autouse=True)
def no_kb(monkeypatch: pytest.MonkeyPatch) -> None:
    """Outlets come from the feed here, whatever the knowledge base holds."""
    monkeypatch.setattr(ingest_meta, "_kb_outlet_lookup", lambda: None)


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_rss_entries_become_articles(tmp_path: Path):
    path = write(tmp_path, "feed.rss", RSS)
    first, second, failure = read(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.title == "Roma, contatti per la panchina"
    assert first.text == "La Roma ha avviato i contatti con il tecnico.\n\nDecisione attesa entro venerdì."
    assert first.url == "https://mercato.example.org/roma-panchina"
    assert first.id == article_id_for_url(first.url)
    assert first.published == "2024-12-03"
    assert first.lang == "it"
    assert first.outlet == "Notizie di Mercato"  # the feed title: example.org is no known outlet
    assert second.text == "Il Milan valuta un ritorno."  # summary when there is no content
    assert failure == ReadFailure(f"{path}#entry-3", "entry has no text (no content and no summary)")


def test_atom_entries_become_articles(tmp_path: Path):
    path = write(tmp_path, "feed.atom", ATOM)
    betis, unlinked = read(path)
    assert isinstance(betis, Article) and isinstance(unlinked, Article)
    assert betis.text == "El Betis ha abierto negociaciones.\n\nHay acuerdo verbal."
    assert betis.published == "2025-01-09"  # published wins over updated
    assert betis.lang == "es"
    assert betis.outlet == "Diario del Fichaje"
    assert unlinked.url is None and unlinked.id == article_id_for_url("urn:uuid:entry-2")
    assert unlinked.published == "2025-01-08"


def test_a_known_domain_maps_to_the_knowledge_base_outlet(monkeypatch: pytest.MonkeyPatch):
    class Outlet:
        name = "Fichajes Example"

    monkeypatch.setattr(
        ingest_meta, "_kb_outlet_lookup", lambda: lambda d: Outlet() if d == "fichajes.example.com" else None
    )
    betis = next(parse_feed(ATOM.encode(), "feed"))
    assert isinstance(betis, Article) and betis.outlet == "Fichajes Example"


def test_reading_a_feed_twice_gives_the_same_ids(tmp_path: Path):
    path = write(tmp_path, "feed.xml", RSS)
    assert [getattr(r, "id", None) for r in read(path)] == [getattr(r, "id", None) for r in read(path)]


@pytest.mark.parametrize(
    "content, reason",
    [
        ("<html><body><p>A web page, not a feed.</p></body></html>", "not an RSS/Atom feed"),
        ("just some words", "not an RSS/Atom feed"),
        ('{"json": true}', "not an RSS/Atom feed"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (contains NUL bytes), not an RSS/Atom feed"),
        ("", "empty file (0 bytes)"),
        ('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>', "feed has no entries"),
    ],
)
def test_what_is_not_a_feed_fails_with_a_reason(tmp_path: Path, content: str | bytes, reason: str):
    path = write(tmp_path, "broken.xml", content)
    (failure,) = read(path)
    assert isinstance(failure, ReadFailure)
    assert failure.reason.startswith(reason)


def test_feed_suffixes_are_dispatched_by_read_paths(tmp_path: Path):
    for name in ("a.xml", "b.rss", "c.atom", "d.feed"):
        write(tmp_path, name, ATOM)
    articles = [r for r in read_paths([tmp_path]) if isinstance(r, Article)]
    assert len(articles) == 8
