"""The issue's list of bad inputs, in one run: each is skipped with a reason and the run goes on."""

import io
import socket
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from mercato.ingest import ReadFailure, read_paths
from mercato.model import Article

HTML_PAGE = (
    "<html><body><article><p>Il Torino ha chiesto informazioni su un difensore "
    "in scadenza di contratto con il Genoa.</p></article></body></html>"
)


def truncated_warc(path: Path) -> None:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for n in range(2):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = HTML_PAGE.replace("Torino", f"Torino ({n})").encode()
        writer.write_record(
            writer.create_warc_record(
                f"https://example.it/{n}", "response", payload=io.BytesIO(body), http_headers=headers
            )
        )
    data = buf.getvalue()
    path.write_bytes(data[:-40])


def test_bad_inputs_are_skipped_with_reasons_and_good_ones_read(tmp_path: Path):
    truncated_warc(tmp_path / "cut.warc.gz")
    (tmp_path / "broken.rss").write_text("<html><p>Not a feed at all", encoding="utf-8")
    (tmp_path / "empty.html").write_text("<html><body><nav>Menu</nav></body></html>", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    with (tmp_path / "huge.html").open("wb") as f:
        f.truncate(100 * 1024 * 1024)  # sparse: instant, no disk used
    (tmp_path / "ok.txt").write_text("date 2025-01-20\nTitolo\n\nIl Torino insiste.", encoding="utf-8")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}/page"

    results = list(read_paths([tmp_path, dead]))

    failures = {
        Path(r.source).name if not r.source.startswith("http") else r.source: r.reason
        for r in results
        if isinstance(r, ReadFailure)
    }
    assert failures == {
        "cut.warc.gz": "truncated WARC after 1 records",
        "broken.rss": failures["broken.rss"],
        "empty.html": "no main text found in the HTML (broken or empty page)",
        "image.txt": "binary file (contains NUL bytes), not a text article",
        "huge.html": "file too large (100.0 MB > 20 MB limit)",
        dead: failures[dead],
    }
    assert failures[dead].startswith("unreachable:")
    assert failures["broken.rss"].startswith("not an RSS/Atom feed")
    assert sorted(r.url or r.id for r in results if isinstance(r, Article)) == ["https://example.it/0", "ok"]
