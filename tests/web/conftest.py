"""Web fixtures: a database with ../shared/eval/dev ingested (once per session) plus a handful of
articles written here (one carries a <script> payload), and an app/client on it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from webdata import DEV, OWN_ARTICLES, TOKEN

from mercato.kb import load_kb
from mercato.pipeline import ingest
from mercato.store import make_engine
from mercato.web import create_app


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
