"""The issue's bars on the real dev articles: statuses after loading an outcomes file, and the
timeline of the Allegri–West Ham thread (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from typer.testing import CliRunner

from mercato.cli import app
from mercato.kb import load_kb
from mercato.pipeline import ingest
from mercato.store import make_engine

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "dev"
ALLEGRI_WHU = "massimiliano-allegri--move--west-ham-united"

pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval/dev not present")


@pytest.fixture
def dev_db(db_url: str, tmp_path: Path) -> Iterator[tuple[str, Engine]]:
    engine = make_engine(db_url)
    ingest([DEV], engine, load_kb())
    outcomes = tmp_path / "outcomes.csv"
    outcomes.write_text(
        "person,role,event,club,date\n"
        "Graham Potter,coach,appointed,West Ham United,2025-01-09\n"
        "Massimiliano Allegri,coach,appointed,AC Milan,2025-05-30\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["outcomes", "load", str(outcomes), "--db", db_url])
    assert result.exit_code == 0, result.output
    assert "2 added" in result.output
    yield db_url, engine
    engine.dispose()


def _threads(db_url: str, *args: str) -> dict[str, dict]:  # type: ignore[type-arg]
    result = CliRunner().invoke(app, ["threads", *args, "--limit", "0", "--format", "json", "--db", db_url])
    assert result.exit_code == 0, result.output
    return {t["id"]: t for t in json.loads(result.stdout)}


def test_statuses_after_outcomes(dev_db: tuple[str, Engine]) -> None:
    db_url, _ = dev_db
    allegri = _threads(db_url, "--person", "Allegri")
    assert allegri[ALLEGRI_WHU]["status"] == "failed"
    assert allegri["massimiliano-allegri--move--ac-milan"]["status"] == "materialised"
    lopetegui = _threads(db_url, "--person", "Lopetegui")
    assert lopetegui["julen-lopetegui--departure--west-ham-united"]["status"] == "materialised"
    # the West Ham job: Allegri's thread is linked with the other candidates
    assert "graham-potter--move--west-ham-united" in allegri[ALLEGRI_WHU]["competing"]["candidates_for_job"]
    assert allegri[ALLEGRI_WHU]["first_report"]["origin"] == "Calciomercato.it"
    failed = _threads(db_url, "--club", "Hammers", "--status", "failed")
    assert ALLEGRI_WHU in failed and all(t["status"] == "failed" for t in failed.values())


def test_thread_timeline_shows_outlet_date_stage_evidence(dev_db: tuple[str, Engine]) -> None:
    db_url, _ = dev_db
    result = CliRunner().invoke(app, ["thread", ALLEGRI_WHU, "--format", "json", "--db", db_url])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["status"] == "failed"
    assert data["timeline"], "no articles in the timeline"
    for entry in data["timeline"]:
        assert entry["outlet"] and entry["published"] and entry["stage"] and entry["evidence"]
    seed = next(e for e in data["timeline"] if e["article_id"] == "000_58236f95b6549f93")
    assert seed["stage"] == "contact" and seed["published"] == "2024-12"
    assert seed["origins"][0]["outlet"] == "Calciomercato.it"
    table = CliRunner().invoke(app, ["thread", ALLEGRI_WHU, "--db", db_url])
    assert table.exit_code == 0, table.output
    for text in ("000_58236f95b6549f93", "2024-12", "contact", "Calciomercato.it", "West Ham"):
        assert text in table.output


def test_unknown_thread_is_an_error(dev_db: tuple[str, Engine]) -> None:
    db_url, _ = dev_db
    result = CliRunner().invoke(app, ["thread", "nobody--move--nowhere", "--db", db_url])
    assert result.exit_code == 1
