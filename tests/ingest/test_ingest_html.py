"""HTML pages: trafilatura finds the article; menus and footers are dropped."""

from pathlib import Path

import pytest

from mercato.ingest import ReadFailure
from mercato.ingest.html import parse_html, read
from mercato.ingest.results import ReadError
from mercato.model import Article

PAGE = """<!doctype html>
<html lang="it"><head>
  <meta charset="utf-8">
  <title>Roma, contatti con Ranieri</title>
  <meta property="og:site_name" content="Il Foglio del Pallone">
  <link rel="canonical" href="https://example.org/mercato/roma-ranieri">
</head><body>
  <nav><a href="/">Home</a> | <a href="/mercato">Mercato</a> | <a href="/serie-a">Serie A</a></nav>
  <article>
    <h1>Roma, contatti con Ranieri</h1>
    <p>La Roma ha avviato i contatti con Claudio Ranieri per la panchina dopo l'esonero di Ivan Jurić.</p>
    <p>Secondo Sky Sport Italia l'accordo è vicino e l'annuncio potrebbe arrivare entro il fine settimana.</p>
  </article>
  <footer>© 2024 Il Foglio del Pallone — Privacy — Cookie policy</footer>
</body></html>"""


def test_main_text_title_and_metadata():
    art = parse_html(PAGE, "roma-ranieri")
    assert art.title == "Roma, contatti con Ranieri"
    assert art.text.startswith("La Roma ha avviato i contatti con Claudio Ranieri")
    assert "Secondo Sky Sport Italia" in art.text
    assert "Cookie" not in art.text and "Home" not in art.text
    assert art.url == "https://example.org/mercato/roma-ranieri"
    assert art.outlet == "Il Foglio del Pallone"


def test_paragraphs_are_separated_by_blank_lines():
    assert "\n\n" in parse_html(PAGE, "p").text


@pytest.mark.parametrize(
    "broken",
    [
        "<html><body><div><p",
        "<<<>>>",
        "<html><head><title>x</title></head><body><script>var a=1;</script></body>",
    ],
)
def test_a_page_without_main_text_is_an_error(broken: str):
    with pytest.raises(ReadError, match="no main text found in the HTML"):
        parse_html(broken, "broken")


def test_read_uses_the_file_stem_as_id(tmp_path: Path):
    path = tmp_path / "roma-ranieri.html"
    path.write_text(PAGE, encoding="utf-8")
    (art,) = read(path)
    assert isinstance(art, Article) and art.id == "roma-ranieri"


def test_read_reports_a_broken_page(tmp_path: Path):
    path = tmp_path / "broken.html"
    path.write_text("<html><body><div class='ad'></div><p", encoding="utf-8")
    (failure,) = read(path)
    assert failure == ReadFailure(str(path), "no main text found in the HTML (broken or empty page)")


def test_publication_date_language_and_given_url():
    page = PAGE.replace(
        '<meta charset="utf-8">', '<meta charset="utf-8"><meta property="article:published_time" content="2024-12-05">'
    )
    art = parse_html(page, "x", url="https://www.example.org/fetched")
    assert art.published == "2024-12-05"
    assert art.lang == "it"
    assert art.url == "https://www.example.org/fetched"  # where it was fetched beats the canonical link


def test_a_copyright_year_is_not_taken_for_a_publication_date():
    page = PAGE.replace("© 2024", "© 2019")
    assert parse_html(page, "x").published is None


def test_outlet_falls_back_to_the_domain_and_maps_to_the_knowledge_base(monkeypatch: pytest.MonkeyPatch):
    from mercato.ingest import meta

    page = PAGE.replace('<meta property="og:site_name" content="Il Foglio del Pallone">', "")
    monkeypatch.setattr(meta, "_kb_outlet_lookup", lambda: None)
    assert parse_html(page, "x", url="https://www.foglio.example.it/a").outlet == "foglio.example.it"

    class Known:
        name = "Il Foglio"

    monkeypatch.setattr(
        meta, "_kb_outlet_lookup", lambda: lambda domain: Known() if domain == "foglio.example.it" else None
    )
    assert parse_html(PAGE, "x", url="https://foglio.example.it/a").outlet == "Il Foglio"  # over og:site_name


def test_a_page_with_only_a_menu_is_no_article():
    with pytest.raises(ReadError, match="no main text"):
        parse_html("<html><body><nav>Menu</nav></body></html>", "menu")
