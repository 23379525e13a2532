"""WARC archives, written here by warcio as a crawler would: HTML responses become Articles."""

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from mercato.ingest import ReadFailure, ReadNotice, read_paths
from mercato.ingest import meta as ingest_meta
from mercato.ingest.meta import article_id_for_url
from mercato.ingest.warc import read
from mercato.model import Article


def page(title: str, body: str, extra_head: str = "") -> bytes:
    return (
        f"<html lang='pt'><head><title>{title}</title>{extra_head}</head><body>"
        f"<nav>Início | Futebol | Mercado</nav><article><h1>{title}</h1>"
        f"<p>{body}</p><p>O clube deve anunciar uma decisão nos próximos dias.</p></article>"
        "<footer>Todos os direitos reservados</footer></body></html>"
    ).encode()


PAGES = [
    (
        "https://bola.example.pt/2025/02/14/benfica-treinador",
        page("Benfica sonda treinador", "O Benfica fez contactos com um treinador italiano."),
    ),
    ("https://bola.example.pt/sporting-reforco", page("Sporting quer reforço", "O Sporting negoceia com um médio.")),
    ("https://bola.example.pt/porto-saida", page("Porto: saída iminente", "Um avançado do Porto está de saída.")),
]


@pytest.fixture(autouse=True)
def no_kb(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_meta, "_kb_outlet_lookup", lambda: None)


def response(
    writer: WARCWriter, url: str, body: bytes, status: str = "200 OK", ctype: str = "text/html; charset=utf-8"
):
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    return writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": "2025-02-15T06:00:00Z"},
    )


def write_warc(path: Path, gzip: bool, with_extras: bool = True) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
    for url, body in PAGES:
        writer.write_record(response(writer, url, body))
        if with_extras:
            # what a crawl also holds: a request record, a robots.txt, an image, a 404 page
            writer.write_record(
                writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            )
    if with_extras:
        writer.write_record(
            response(writer, "https://bola.example.pt/robots.txt", b"User-agent: *", ctype="text/plain")
        )
        writer.write_record(response(writer, "https://bola.example.pt/logo.png", b"\x89PNG\r\n", ctype="image/png"))
        writer.write_record(
            response(
                writer, "https://bola.example.pt/gone", page("404", "Página não encontrada."), status="404 Not Found"
            )
        )
    data = buf.getvalue()
    path.write_bytes(data)
    return data


@pytest.mark.parametrize("name, gzip", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_html_responses_become_articles(tmp_path: Path, name: str, gzip: bool):
    path = tmp_path / name
    write_warc(path, gzip)
    results = list(read_paths([path]))
    articles = [r for r in results if isinstance(r, Article)]
    assert [a.url for a in articles] == [url for url, _ in PAGES]
    benfica = articles[0]
    assert benfica.id == article_id_for_url(PAGES[0][0])
    assert benfica.title == "Benfica sonda treinador"
    assert benfica.text.startswith("O Benfica fez contactos com um treinador italiano.")
    assert "Todos os direitos" not in benfica.text and "Início" not in benfica.text
    assert benfica.published == "2025-02-14"  # from the URL, found by htmldate
    assert articles[1].published == "2025-02-15"  # no date in the page: the crawl date
    assert benfica.lang == "pt"
    assert benfica.outlet == "bola.example.pt"
    # warcinfo, 3 requests, robots.txt, image, 404
    assert results[-1] == ReadNotice(str(path), "7 non-HTML or non-2xx record(s) passed over")
    assert not [r for r in results if isinstance(r, ReadFailure)]


@pytest.mark.parametrize("gzip", [False, True])
def test_a_truncated_archive_keeps_the_records_read_so_far(tmp_path: Path, gzip: bool):
    whole = write_warc(tmp_path / "whole.warc", gzip, with_extras=False)
    cut = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    cut.write_bytes(whole[: len(whole) - 200])  # into the last page's record
    results = list(read(cut))
    assert [r.url for r in results if isinstance(r, Article)] == [url for url, _ in PAGES[:2]]
    assert results[-1] == ReadFailure(str(cut), "truncated WARC after 3 records")  # warcinfo + 2 pages


def test_a_page_without_text_is_one_failure_and_the_archive_goes_on(tmp_path: Path):
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    writer.write_record(response(writer, "https://x.example.it/empty", b"<html><body><div></div></body></html>"))
    writer.write_record(response(writer, PAGES[0][0], PAGES[0][1]))
    path = tmp_path / "mixed.warc.gz"
    path.write_bytes(buf.getvalue())
    failure, article = read(path)
    assert failure == ReadFailure(
        f"{path}:record-1 https://x.example.it/empty", "no main text found in the HTML (broken or empty page)"
    )
    assert isinstance(article, Article)


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"this is a plain text file\nwith a .warc name\n", "not a WARC file"),
        (bytes(range(256)) * 8, "not a WARC file"),
        (b"", "empty file (0 bytes)"),
    ],
)
def test_what_is_not_a_warc_fails_with_a_reason(tmp_path: Path, content: bytes, reason: str):
    path = tmp_path / "bad.warc"
    path.write_bytes(content)
    (failure,) = read(path)
    assert isinstance(failure, ReadFailure) and failure.reason.startswith(reason)
