"""The forecast: probability that a thread materialises within the horizon.

A logistic regression on standardised features (:mod:`mercato.forecast.features`), fitted on
snapshots of resolved threads (each thread's state on the days it was reported, before it was
settled; every thread weighs the same), then Platt-calibrated on the most recent quarter of that
history. Being linear in log-odds, every forecast splits exactly into a base value plus one
contribution per feature. Mutually exclusive moves (candidates for one job; one person's clubs)
then share probability so that each group sums to at most 1.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sqlalchemy.engine import Connection

from mercato.forecast.calibration import Platt
from mercato.forecast.features import FEATURES, Competition, ReliabilityBook, features, reliability_events, vector
from mercato.outcomes import DEFAULT_HORIZON_DAYS
from mercato.threads.grouping import build_threads, load_claims
from mercato.threads.service import ThreadSummary, default_as_of, summaries
from mercato.threads.timeline import Thread, stage_rank

MIN_TRAIN_THREADS = 30


@dataclass
class Row:
    thread_id: str
    day: dt.date
    x: dict[str, float]
    y: int | None
    weight: float = 1.0
    resolved_on: dt.date | None = None


@dataclass
class History:
    pairs: list[tuple[Thread, ThreadSummary]]
    as_of: dt.date
    horizon_days: int
    competition: Competition

    def resolved(self) -> list[tuple[Thread, ThreadSummary]]:
        return [(t, s) for t, s in self.pairs if s.status != "open" and s.resolution.on is not None]


def load_history(conn: Connection, as_of: dt.date | None = None, horizon_days: int = DEFAULT_HORIZON_DAYS) -> History:
    """Every thread, built in full, with its status on `as_of` (refresh the thread cache first)."""
    as_of = as_of or default_as_of(conn)
    found = summaries(conn, as_of=as_of, horizon_days=horizon_days)
    built = {t.id: t for t in build_threads(conn, load_claims(conn, until=as_of))}
    pairs = [(built[s.id], s) for s in found if s.id in built]
    return History(pairs, as_of, horizon_days, Competition.of(s for _, s in pairs))


def snapshot_days(thread: Thread, summary: ThreadSummary, as_of: dt.date, limit: int = 4) -> list[dt.date]:
    """Days the thread was reported on, before it was settled (and not after `as_of`), at most `limit`
    spread evenly (first and last kept)."""
    end = summary.resolution.on if summary.status != "open" and summary.resolution.on else as_of + dt.timedelta(1)
    days = sorted({c.published for c in thread.claims if c.published and c.published < end and c.published <= as_of})
    if len(days) <= limit:
        return days
    idx = np.linspace(0, len(days) - 1, limit).round().astype(int)
    return [days[i] for i in sorted(set(idx.tolist()))]


def base_rate(pairs: Iterable[tuple[Thread, ThreadSummary]]) -> float:
    labels = [s.status == "materialised" for _, s in pairs if s.status != "open"]
    return (sum(labels) + 1) / (len(labels) + 2)


def rows_for(
    pairs: Iterable[tuple[Thread, ThreadSummary]],
    history: History,
    book: ReliabilityBook,
    *,
    since: dt.date | None = None,
    labelled: bool = True,
) -> list[Row]:
    out: list[Row] = []
    for thread, summary in pairs:
        days = snapshot_days(thread, summary, history.as_of)
        if since is not None:
            days = [d for d in days if d >= since]
        made = []
        for day in days:
            x = features(thread, summary, day, book, history.competition, history.horizon_days)
            if x is not None:
                y = int(summary.status == "materialised") if labelled else None
                made.append(Row(summary.id, day, x, y, resolved_on=summary.resolution.on))
        for row in made:
            row.weight = 1.0 / len(made)
        out.extend(made)
    return out


@dataclass
class Contribution:
    feature: str
    value: float
    logit: float

    def to_dict(self) -> dict[str, Any]:
        return {"feature": self.feature, "value": round(self.value, 4), "contribution": round(self.logit, 4)}


@dataclass
class ForecastModel:
    scaler: StandardScaler = field(default_factory=StandardScaler)
    model: LogisticRegression = field(default_factory=lambda: LogisticRegression(C=0.5, max_iter=2000))
    platt: Platt = field(default_factory=Platt)
    n_train: int = 0

    def fit(self, rows: Sequence[Row]) -> ForecastModel:
        """Fit on the earlier three quarters (by snapshot day), calibrate on the latest quarter."""
        ordered = sorted(rows, key=lambda r: (r.day, r.thread_id))
        cut = int(len(ordered) * 0.75)
        fit_rows, cal_rows = ordered[:cut], ordered[cut:]
        if len({r.y for r in fit_rows}) < 2:
            fit_rows, cal_rows = ordered, []
        X = np.array([vector(r.x) for r in fit_rows])
        y = np.array([r.y for r in fit_rows])
        w = np.array([r.weight for r in fit_rows])
        self.scaler.fit(X)
        self.model.fit(self.scaler.transform(X), y, sample_weight=w)
        if cal_rows:
            p = self._raw(np.array([vector(r.x) for r in cal_rows]))
            self.platt = Platt.fit(p, np.array([r.y for r in cal_rows]))
        self.n_train = len(rows)
        return self

    def _raw(self, X: np.ndarray) -> np.ndarray:
        return np.asarray(self.model.predict_proba(self.scaler.transform(X))[:, 1])

    def predict(self, xs: Sequence[dict[str, float]]) -> np.ndarray:
        if not xs:
            return np.zeros(0)
        return self.platt.apply(self._raw(np.array([vector(x) for x in xs])))

    def explain(self, x: dict[str, float]) -> tuple[float, list[Contribution]]:
        """(base log-odds, contributions): base + Σ contributions = the calibrated log-odds of `x`.
        A contribution is relative to the average training snapshot (standardised feature = 0)."""
        z = self.scaler.transform(np.array([vector(x)]))[0]
        coef = self.model.coef_[0]
        base = self.platt.a * float(self.model.intercept_[0]) + self.platt.b
        parts = [Contribution(name, x[name], self.platt.a * float(coef[i] * z[i])) for i, name in enumerate(FEATURES)]
        return base, sorted(parts, key=lambda c: -abs(c.logit))

    def coefficients(self) -> dict[str, float]:
        return {name: round(self.platt.a * float(c), 4) for name, c in zip(FEATURES, self.model.coef_[0], strict=True)}


def share_exclusive(probs: dict[str, float], groups: Iterable[Iterable[str]], rounds: int = 100) -> dict[str, float]:
    """Scale down each group of mutually exclusive threads whose probabilities sum above 1 until
    every group sums to at most 1 (only ever scales down, so it converges)."""
    out = dict(probs)
    sets = [sorted(set(g) & set(out)) for g in groups]
    sets = [g for g in sets if len(g) > 1]
    for _ in range(rounds):
        worst = 1.0
        for group in sets:
            total = sum(out[i] for i in group)
            if total > 1.0:
                worst = max(worst, total)
                for i in group:
                    out[i] /= total
        if worst <= 1.0 + 1e-12:
            break
    return out


@dataclass
class Forecast:
    summary: ThreadSummary
    probability: float
    independent: float  # before sharing with exclusive rivals
    base: float
    contributions: list[Contribution]
    method: str

    def to_dict(self) -> dict[str, Any]:
        out = self.summary.to_dict()
        out.update(
            {
                "probability": round(self.probability, 4),
                "probability_alone": round(self.independent, 4),
                "method": self.method,
                "explanation": {
                    "base_logit": round(self.base, 4),
                    "contributions": [c.to_dict() for c in self.contributions],
                },
            }
        )
        return out


def stage_rule_rates(rows: Sequence[Row]) -> dict[int, float]:
    """Materialisation rate per furthest stage (Laplace-smoothed), weighted per thread."""
    hits: dict[int, float] = {}
    totals: dict[int, float] = {}
    for r in rows:
        k = int(r.x["stage_furthest"])
        hits[k] = hits.get(k, 0.0) + r.weight * (r.y or 0)
        totals[k] = totals.get(k, 0.0) + r.weight
    return {k: (hits[k] + 1) / (totals[k] + 2) for k in totals}


def forecast(
    conn: Connection,
    *,
    as_of: dt.date | None = None,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
    subject_ids: Sequence[str] | None = None,
    club_ids: Sequence[str] | None = None,
) -> list[Forecast]:
    """Forecasts for the open threads on `as_of`, from a model fitted on the threads resolved by then."""
    history = load_history(conn, as_of, horizon_days)
    resolved = history.resolved()
    rate = base_rate(resolved)
    book = ReliabilityBook.build(reliability_events(resolved), rate)
    train = rows_for(resolved, history, book)
    open_pairs = [(t, s) for t, s in history.pairs if s.status == "open"]
    xs = [features(t, s, history.as_of, book, history.competition, horizon_days) for t, s in open_pairs]
    keep = [(pair, x) for pair, x in zip(open_pairs, xs, strict=True) if x is not None]
    model: ForecastModel | None = None
    if len({r.thread_id for r in train}) >= MIN_TRAIN_THREADS and len({r.y for r in train}) == 2:
        model = ForecastModel().fit(train)
    results: list[Forecast] = []
    if model is not None:
        probs = model.predict([x for _, x in keep])
        for ((_, s), x), p in zip(keep, probs, strict=True):
            base, parts = model.explain(x)
            results.append(Forecast(s, float(p), float(p), base, parts, "logistic regression + Platt"))
    else:
        rates = stage_rule_rates(train)
        for (_, s), x in keep:
            p = rates.get(int(x["stage_furthest"]), rate)
            results.append(
                Forecast(
                    s,
                    p,
                    p,
                    0.0,
                    [Contribution("stage_furthest", x["stage_furthest"], 0.0)],
                    "stage rule (too little resolved history for the model)",
                )
            )
    by_id = {f.summary.id: f for f in results}
    groups = [[f.summary.id, *f.summary.rivals] for f in results] + [
        [f.summary.id, *f.summary.other_clubs] for f in results
    ]
    shared = share_exclusive({i: f.probability for i, f in by_id.items()}, groups)
    for i, p in shared.items():
        by_id[i].probability = p
    if subject_ids is not None:
        results = [f for f in results if f.summary.row["subject_id"] in set(subject_ids)]
    if club_ids is not None:
        results = [f for f in results if f.summary.row["club_id"] in set(club_ids)]
    return sorted(results, key=lambda f: (-f.probability, -stage_rank(f.summary.row["furthest_stage"]), f.summary.id))
