"""Time-ordered evaluation of the forecast against two baselines.

Resolved threads are ordered by the day they were settled; the split day is where the first 70%
end. The model (and the stage rule, and the base rate) learn only from threads settled before the
split; they are scored on the snapshots, taken on or after the split day, of the threads settled
after it — the forecasts one would have made then. Outlet reliabilities inside the features only
ever count resolutions before each snapshot's day.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.engine import Connection

from mercato.forecast.calibration import metrics, reliability_table
from mercato.forecast.features import ReliabilityBook, reliability_events
from mercato.forecast.model import ForecastModel, base_rate, load_history, rows_for, stage_rule_rates
from mercato.outcomes import DEFAULT_HORIZON_DAYS


class NotEnoughHistory(Exception):
    """Too few resolved threads on either side of the split to evaluate."""


def evaluate(
    conn: Connection,
    *,
    as_of: dt.date | None = None,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
    train_share: float = 0.7,
) -> dict[str, Any]:
    history = load_history(conn, as_of, horizon_days)
    resolved = sorted(history.resolved(), key=lambda p: (p[1].resolution.on, p[1].id))
    if len(resolved) < 20:
        raise NotEnoughHistory(f"{len(resolved)} resolved threads; need at least 20")
    split = resolved[int(len(resolved) * train_share)][1].resolution.on
    assert split is not None
    before = [p for p in resolved if p[1].resolution.on is not None and p[1].resolution.on < split]
    after = [p for p in resolved if p[1].resolution.on is not None and p[1].resolution.on >= split]
    rate = base_rate(before)
    book = ReliabilityBook.build(reliability_events(resolved), rate)
    train = rows_for(before, history, book)
    test = rows_for(after, history, book, since=split)
    if len({r.y for r in train}) < 2 or not test:
        raise NotEnoughHistory("the training side has one class only, or nothing to test after the split")
    model = ForecastModel().fit(train)
    y = [int(r.y or 0) for r in test]
    p_model = [float(p) for p in model.predict([r.x for r in test])]
    rates = stage_rule_rates(train)
    train_rate = sum(r.weight * (r.y or 0) for r in train) / sum(r.weight for r in train)
    p_stage = [rates.get(int(r.x["stage_furthest"]), train_rate) for r in test]
    p_base = [train_rate] * len(test)
    return {
        "n": len(test),
        "threads": {"train": len(before), "test": len({r.thread_id for r in test})},
        "train_snapshots": len(train),
        "split_date": split.isoformat(),
        "as_of": history.as_of.isoformat(),
        "horizon_days": horizon_days,
        "positive_rate": round(sum(y) / len(y), 4),
        "model": metrics(p_model, y),
        "baselines": {"stage_rule": metrics(p_stage, y), "base_rate": metrics(p_base, y)},
        "reliability": reliability_table(p_model, y),
        "coefficients": model.coefficients(),
    }
