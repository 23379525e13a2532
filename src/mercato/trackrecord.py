"""Outlet and journalist track records: who is worth listening to.

The unit is one outlet's say in one thread (a row of ``thread_reports``): the outlet either broke
the story (``first``), reported it independently later (``own``), or only copied or cited someone
else (``copied``). A *claim made* is a first or own report that asserts the move (stage not
``off``); it is *resolved* when its thread is materialised or failed, a *hit* when materialised.

The hit rate comes with a Bayesian credible interval: with a Beta(a, b) prior (uniform by default)
and h hits in n resolved claims the posterior is Beta(a + h, b + n − h); the interval is its
equal-tailed 95% quantiles (scipy's Beta quantile function).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from scipy.stats import beta as beta_dist
from sqlalchemy.engine import Connection

PRIOR = (1.0, 1.0)
LEVEL = 0.95


@dataclass(frozen=True)
class ReportRecord:
    outlet_key: str
    outlet: str
    thread_id: str
    stage: str
    relation: str  # first | own | copied
    first_published: dt.date | None
    status: str  # open | materialised | failed
    resolved_on: dt.date | None = None
    league: str = ""
    kind: str = "outlet"  # outlet | journalist


@dataclass
class Tally:
    made: int = 0
    resolved: int = 0
    hits: int = 0

    def add(self, record: ReportRecord) -> None:
        self.made += 1
        if record.status in ("materialised", "failed"):
            self.resolved += 1
            self.hits += record.status == "materialised"

    @property
    def hit_rate(self) -> float | None:
        return self.hits / self.resolved if self.resolved else None

    def to_dict(self, prior: tuple[float, float] = PRIOR) -> dict[str, Any]:
        low, high = credible_interval(self.hits, self.resolved, prior)
        return {
            "claims": self.made,
            "resolved": self.resolved,
            "hits": self.hits,
            "hit_rate": _round(self.hit_rate),
            "interval": [round(low, 4), round(high, 4)],
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def credible_interval(
    hits: int, resolved: int, prior: tuple[float, float] = PRIOR, level: float = LEVEL
) -> tuple[float, float]:
    """Equal-tailed credible interval of the hit rate under a Beta prior."""
    a, b = prior[0] + hits, prior[1] + resolved - hits
    tail = (1.0 - level) / 2.0
    return float(beta_dist.ppf(tail, a, b)), float(beta_dist.ppf(1.0 - tail, a, b))


def posterior_mean(hits: int, resolved: int, prior: tuple[float, float] = PRIOR) -> float:
    return (prior[0] + hits) / (prior[0] + prior[1] + resolved)


@dataclass
class OutletRecord:
    outlet_key: str
    outlet: str
    kind: str
    reports: int = 0
    first: int = 0
    copied: int = 0
    total: Tally = field(default_factory=Tally)
    by_stage: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_league: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    lead_days: list[int] = field(default_factory=list)

    @property
    def posterior_mean(self) -> float:
        return posterior_mean(self.total.hits, self.total.resolved)

    @property
    def interval(self) -> tuple[float, float]:
        return credible_interval(self.total.hits, self.total.resolved)

    @property
    def median_lead_days(self) -> float | None:
        return float(statistics.median(self.lead_days)) if self.lead_days else None

    def to_dict(self) -> dict[str, Any]:
        low, high = self.interval
        return {
            "outlet": self.outlet,
            "outlet_key": self.outlet_key,
            "kind": self.kind,
            "reports": self.reports,
            "claims": self.total.made,
            "resolved": self.total.resolved,
            "hits": self.total.hits,
            "hit_rate": _round(self.total.hit_rate),
            "posterior_mean": round(self.posterior_mean, 4),
            "interval": [round(low, 4), round(high, 4)],
            "median_lead_days": self.median_lead_days,
            "share_first": round(self.first / self.reports, 4) if self.reports else None,
            "share_copied": round(self.copied / self.reports, 4) if self.reports else None,
            "by_stage": {k: v.to_dict() for k, v in sorted(self.by_stage.items())},
            "by_league": {k: v.to_dict() for k, v in sorted(self.by_league.items())},
        }


def track_records(records: Iterable[ReportRecord]) -> list[OutletRecord]:
    """Aggregate report records per outlet; best first (lower credible bound, then posterior mean)."""
    out: dict[str, OutletRecord] = {}
    for r in records:
        rec = out.setdefault(r.outlet_key, OutletRecord(r.outlet_key, r.outlet, r.kind))
        rec.reports += 1
        rec.first += r.relation == "first"
        rec.copied += r.relation == "copied"
        if r.relation == "copied" or r.stage == "off":
            continue
        rec.total.add(r)
        rec.by_stage[r.stage].add(r)
        rec.by_league[r.league or "unknown"].add(r)
        if r.status == "materialised" and r.resolved_on and r.first_published:
            lead = (r.resolved_on - r.first_published).days
            if lead >= 0:
                rec.lead_days.append(lead)
    return sorted(out.values(), key=lambda o: (-o.interval[0], -o.posterior_mean, -o.total.resolved, o.outlet))


# --------------------------------------------------------------------------- from the store


def _leagues(club_ids: Iterable[str]) -> dict[str, str]:
    from mercato.kb import load_kb

    kb = load_kb()
    found: dict[str, str] = {}
    for club_id in club_ids:
        club = kb.clubs.get(club_id)
        if club is not None:
            found[club_id] = club.league or club.country or ""
    return found


def report_records(
    conn: Connection, statuses: Mapping[str, tuple[str, dt.date | None, str]], *, leagues: bool = True
) -> list[ReportRecord]:
    """Every stored outlet report, with its thread's status: `statuses` maps thread id →
    (status, resolved on, club id)."""
    from mercato.store.schema import entities, thread_reports

    kinds = {
        k: (role or "outlet")
        for k, role in conn.execute(sa.select(entities.c.id, entities.c.role).where(entities.c.kind == "outlet"))
    }
    league_of = _leagues({club for _, _, club in statuses.values()}) if leagues else {}
    records = []
    for r in conn.execute(sa.select(thread_reports)).mappings():
        status, on, club_id = statuses.get(r["thread_id"], ("open", None, ""))
        records.append(
            ReportRecord(
                r["outlet_key"],
                r["outlet"],
                r["thread_id"],
                r["stage"],
                r["relation"],
                r["first_published"],
                status,
                on,
                league_of.get(club_id, ""),
                kinds.get(r["outlet_id"] or "", "outlet"),
            )
        )
    return records


def outlet_leaderboard(
    conn: Connection, *, as_of: dt.date | None = None, horizon_days: int | None = None, min_claims: int = 1
) -> list[OutletRecord]:
    """Track records of every outlet and journalist in the store (refresh the thread cache first)."""
    from mercato.outcomes import DEFAULT_HORIZON_DAYS
    from mercato.threads.service import summaries

    found = summaries(conn, as_of=as_of, horizon_days=horizon_days or DEFAULT_HORIZON_DAYS)
    statuses = {s.id: (s.status, s.resolution.on, s.row["club_id"]) for s in found}
    return [o for o in track_records(report_records(conn, statuses)) if o.total.made >= min_claims]
