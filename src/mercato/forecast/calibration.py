"""Calibration and its measures: Platt scaling, Brier score, log loss, expected calibration error
and the reliability table."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

EPS = 1e-6


def logit(p: np.ndarray) -> np.ndarray:
    q = np.clip(p, EPS, 1 - EPS)
    return np.asarray(np.log(q / (1 - q)))


@dataclass
class Platt:
    """p' = σ(a · logit(p) + b), fitted on held-out, later data; identity until fitted."""

    a: float = 1.0
    b: float = 0.0

    @classmethod
    def fit(cls, p: np.ndarray, y: np.ndarray, min_rows: int = 40) -> Platt:
        if len(y) < min_rows or len(set(y.tolist())) < 2:
            return cls()
        model = LogisticRegression(C=1e4, max_iter=1000)
        model.fit(logit(p).reshape(-1, 1), y)
        return cls(float(model.coef_[0][0]), float(model.intercept_[0]))

    def apply_logit(self, z: np.ndarray) -> np.ndarray:
        return self.a * z + self.b

    def apply(self, p: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.apply_logit(logit(p))))


def brier(p: Sequence[float], y: Sequence[int]) -> float:
    return float(np.mean((np.asarray(p, float) - np.asarray(y, float)) ** 2))


def log_loss(p: Sequence[float], y: Sequence[int]) -> float:
    q = np.clip(np.asarray(p, float), EPS, 1 - EPS)
    t = np.asarray(y, float)
    return float(-np.mean(t * np.log(q) + (1 - t) * np.log(1 - q)))


def reliability_table(p: Sequence[float], y: Sequence[int], bins: int = 10) -> list[dict[str, Any]]:
    """Equal-width bins of the predicted probability: count, mean predicted, observed rate."""
    pa, ya = np.asarray(p, float), np.asarray(y, float)
    rows = []
    for i in range(bins):
        lo, hi = i / bins, (i + 1) / bins
        mask = (pa >= lo) & ((pa < hi) if i < bins - 1 else (pa <= hi))
        n = int(mask.sum())
        if n:
            rows.append(
                {
                    "bin": f"{lo:.1f}-{hi:.1f}",
                    "n": n,
                    "predicted": round(float(pa[mask].mean()), 4),
                    "observed": round(float(ya[mask].mean()), 4),
                }
            )
    return rows


def ece(p: Sequence[float], y: Sequence[int], bins: int = 10) -> float:
    """Expected calibration error: Σ_bins (n_bin / n) · |mean predicted − observed rate|."""
    n = len(p)
    if n == 0:
        return math.nan
    return float(sum(r["n"] / n * abs(r["predicted"] - r["observed"]) for r in reliability_table(p, y, bins)))


def metrics(p: Sequence[float], y: Sequence[int]) -> dict[str, float]:
    return {"brier": round(brier(p, y), 4), "log_loss": round(log_loss(p, y), 4), "ece": round(ece(p, y), 4)}
