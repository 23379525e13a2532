"""Web fixtures: a database with ../shared/eval/dev ingested (once per session) plus a handful of
articles written here (one carries a <script> payload), and an app/client on it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from mercato.kb import load_kb
from mercato.pipeline import ingest
from mercato.store import make_engine
from mercato.web import create_app

REPO = Path(__file__).resolve().parents[2]
DEV = REPO.parent / "shared" / "eval" / "dev"
TOKEN = "test-token-123"
XSS_TITLE = "Hammers <script>alert('title')</script> news"
XSS_TEXT = (
    "West Ham United are in contact with Massimiliano Allegri, according to Sky Sport. "
    '<script>window.__pwned = 1</script> The club <img src=x onerror="window.__pwned=2"> wants him.'
)

#: our own articles: a story across outlets and dates, a near-copy, and the XSS payload
OWN_ARTICLES = [
    {
        "id": "own-1",
        "title": "Lopetegui at risk at West Ham",
        "outlet": "Sky Sport",
        "published": "2024-11-20",
        "url": "https://example.org/own-1",
        "lang": "en",
        "text": "Julen Lopetegui is at risk of the sack at West Ham United after another defeat, according to Sky Sport.",
    },
    {
        "id": "own-xss",
        "title": XSS_TITLE,
        "outlet": "Example Daily",
        "published": "2024-12-10",
        "url": "javascript:alert(1)",
        "lang": "en",
        "text": XSS_TEXT,
    },
]


@pytest.fixture(scope="session")
def dev_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    if not DEV.is_dir():
        pytest.skip("../shared/eval/dev not present")
    root = tmp_path_factory.mktemp("webdb")
    own = root / "own.jsonl"
    own.write_text("".join(json.dumps(a) + "\n" for a in OWN_ARTICLES), encoding="utf-8")
    url = f"sqlite:///{root / 'web.db'}"
    engine = make_engine(url)
    summary = ingest([str(DEV), str(own)], engine, load_kb())
    engine.dispose()
    assert summary.new >= 60, summary.to_dict()
    return url


@pytest.fixture(scope="session")
def client(dev_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(dev_db, api_token=TOKEN)) as c:
        yield c


@pytest.fixture()
def fresh_client(tmp_path: Path) -> Iterator[TestClient]:
    """An app on an empty database of its own, for the write endpoints."""
    with TestClient(create_app(f"sqlite:///{tmp_path / 'w.db'}", api_token=TOKEN)) as c:
        yield c
