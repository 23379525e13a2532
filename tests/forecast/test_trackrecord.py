"""Track-record arithmetic on hand-computed cases."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from mercato.trackrecord import ReportRecord, credible_interval, posterior_mean, track_records

D = dt.date(2025, 1, 1)


def _r(
    outlet: str,
    thread: str,
    status: str,
    relation: str = "own",
    stage: str = "contact",
    lead: int | None = None,
    league: str = "en.1",
) -> ReportRecord:
    on = D + dt.timedelta(days=lead) if lead is not None else None
    return ReportRecord(outlet, outlet.upper(), thread, stage, relation, D, status, on, league)


def test_beta_interval_by_hand() -> None:
    # Beta(1,1) prior, nothing resolved: uniform, quantiles 2.5% and 97.5%
    assert credible_interval(0, 0) == pytest.approx((0.025, 0.975))
    # one hit → Beta(2,1), CDF x²: quantiles sqrt(0.025), sqrt(0.975)
    low, high = credible_interval(1, 1)
    assert math.isclose(low, math.sqrt(0.025), rel_tol=1e-9) and math.isclose(high, math.sqrt(0.975), rel_tol=1e-9)
    # one miss → Beta(1,2), CDF 1-(1-x)²: quantiles 1 - sqrt(0.975), 1 - sqrt(0.025)
    low, high = credible_interval(0, 1)
    assert math.isclose(low, 1 - math.sqrt(0.975), rel_tol=1e-9)
    assert math.isclose(high, 1 - math.sqrt(0.025), rel_tol=1e-9)
    assert posterior_mean(3, 4) == 4 / 6


def test_counts_rates_leads_and_shares() -> None:
    records = [
        _r("x", "t1", "materialised", "first", "agreement", lead=10),
        _r("x", "t2", "materialised", "own", "contact", lead=30),
        _r("x", "t3", "failed", "own", "contact"),
        _r("x", "t4", "open", "own", "speculation"),
        _r("x", "t5", "materialised", "copied", "contact", lead=5),  # copied: not a claim of x's
        _r("x", "t6", "failed", "own", "off"),  # a denial: not a claim that it happens
        _r("y", "t1", "materialised", "copied", "agreement", lead=12),
    ]
    board = {o.outlet_key: o for o in track_records(records)}
    x = board["x"]
    assert (x.reports, x.total.made, x.total.resolved, x.total.hits) == (6, 4, 3, 2)
    assert x.total.hit_rate == 2 / 3
    assert x.median_lead_days == 20.0  # median of 10 and 30
    d = x.to_dict()
    assert d["share_first"] == round(1 / 6, 4) and d["share_copied"] == round(1 / 6, 4)
    assert d["by_stage"]["contact"]["resolved"] == 2 and d["by_stage"]["contact"]["hits"] == 1
    assert d["by_stage"]["agreement"]["hit_rate"] == 1.0
    assert d["by_league"]["en.1"]["claims"] == 4
    assert board["y"].total.made == 0 and board["y"].to_dict()["share_copied"] == 1.0
    # best first: x (Beta(3,2), lower bound above y's uniform 0.025)
    assert [o.outlet_key for o in track_records(records)] == ["x", "y"]
