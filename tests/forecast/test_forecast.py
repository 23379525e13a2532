"""Forecasts on a generated corpus with known outcomes: time-ordered evaluation against the
baselines, exclusive candidates sharing probability, explanations that add up."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from mercato.cli import app
from mercato.forecast import evaluate, forecast, share_exclusive
from mercato.forecast.synthetic import generate
from mercato.store import make_engine
from mercato.threads import ensure_threads


@pytest.fixture(scope="module")
def synthetic_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('syn') / 'syn.db'}"
    engine = make_engine(url)
    made = generate(engine, seed=11, jobs=120, transfers=260)
    assert made["articles"] > 5000 and 0 < made["true_links"] < made["links"]
    ensure_threads(engine)
    engine.dispose()
    yield url


def test_generator_is_reproducible(tmp_path) -> None:  # type: ignore[no-untyped-def]
    a = generate(make_engine(f"sqlite:///{tmp_path / 'a.db'}"), seed=3, jobs=10, transfers=20)
    b = generate(make_engine(f"sqlite:///{tmp_path / 'b.db'}"), seed=3, jobs=10, transfers=20)
    assert a == b


def test_evaluate_beats_both_baselines_on_a_time_ordered_split(synthetic_db: str) -> None:
    result = CliRunner().invoke(app, ["forecast", "evaluate", "--format", "json", "--db", synthetic_db])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    print(
        "\nforecast evaluate (seed 11):",
        json.dumps({k: report[k] for k in ("n", "threads", "split_date", "model", "baselines")}),
    )
    assert set(report) >= {"n", "model", "baselines", "reliability"}
    assert set(report["model"]) == {"brier", "log_loss", "ece"}
    assert set(report["baselines"]) == {"stage_rule", "base_rate"}
    assert report["n"] > 100 and report["threads"]["train"] > 100
    brier = report["model"]["brier"]
    assert brier < report["baselines"]["stage_rule"]["brier"]
    assert brier < report["baselines"]["base_rate"]["brier"]
    assert report["model"]["log_loss"] < report["baselines"]["stage_rule"]["log_loss"]
    table = CliRunner().invoke(app, ["forecast", "evaluate", "--db", synthetic_db])
    assert "stage rule" in table.output and "reliability" in table.output


def test_exclusive_candidates_sum_to_at_most_one(synthetic_db: str) -> None:
    engine = make_engine(synthetic_db)
    with engine.connect() as conn:
        found = forecast(conn)
    assert found
    by_id = {f.summary.id: f for f in found}
    groups = [[f.summary.id, *f.summary.rivals] for f in found] + [
        [f.summary.id, *f.summary.other_clubs] for f in found
    ]
    assert any(len(g) > 1 for g in groups)
    for group in groups:
        assert sum(by_id[i].probability for i in group if i in by_id) <= 1.0 + 1e-9
    for f in found:
        assert 0.0 <= f.probability <= f.independent + 1e-12 <= 1.0 + 1e-12
        logit = f.base + sum(c.logit for c in f.contributions)
        assert math.isclose(1 / (1 + math.exp(-logit)), f.independent, rel_tol=1e-6)
    engine.dispose()
    result = CliRunner().invoke(app, ["forecast", "--format", "json", "--limit", "5", "--db", synthetic_db])
    assert result.exit_code == 0, result.output
    first = json.loads(result.stdout)[0]
    assert first["explanation"]["contributions"] and 0 <= first["probability"] <= 1


def test_share_exclusive() -> None:
    shared = share_exclusive({"a": 0.7, "b": 0.6, "c": 0.2, "d": 0.5}, [["a", "b", "c"], ["c", "d"]])
    assert math.isclose(shared["a"] + shared["b"] + shared["c"], 1.0)
    assert shared["c"] + shared["d"] <= 1.0 and shared["d"] == 0.5
    assert shared["a"] / shared["b"] == pytest.approx(0.7 / 0.6)


def test_evaluate_library_on_postgres_too(db_url: str) -> None:
    engine = make_engine(db_url)
    generate(engine, seed=5, jobs=60, transfers=120)
    ensure_threads(engine)
    with engine.connect() as conn:
        report = evaluate(conn)
    assert report["n"] > 0 and report["model"]["brier"] < report["baselines"]["base_rate"]["brier"]
    engine.dispose()
