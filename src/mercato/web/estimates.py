"""Status, forecast and outlet track record of threads, as the web shows them.

The rule used here is deliberately simple and explains itself:

- **status**: ``materialised`` when an outcome (the outcomes table) or an official report
  confirms the move/departure; ``failed`` when the latest report calls it off, the person joined
  another club, or the club appointed someone else as coach after the first report; else ``open``.
- **forecast** (``method: "stage-rule"``): log-odds of a base rate for the furthest stage reached,
  plus contributions for independent sources, hedging, conditions and staleness (days since the
  last report, counted back from the newest article in the database). Each contribution is listed.
- **outlet track record**: per outlet, threads it reported that have resolved, hits (materialised),
  the hit rate as the mean of a Beta(1+hits, 1+misses) posterior with its 90 % credible interval,
  the median lead time (days from the outlet's first report to the official news or outcome) and
  the share of its reports that were first in their thread.
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
import threading
from collections import defaultdict
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from mercato.store.schema import articles, claims, outcomes

if TYPE_CHECKING:
    from mercato.web.queries import Thread

METHOD = "stage-rule"
BASE = {"speculation": 0.12, "contact": 0.25, "negotiation": 0.45, "agreement": 0.7, "official": 0.95, "risk": 0.35}
DONE_EVENTS = {
    "move": {"appointed", "joined", "caretaker"},
    "departure": {"sacked", "resigned", "left"},
    "stay": {"contract_extended"},
}


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def _sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x))


def _outcomes(conn: Connection) -> list[Any]:
    return list(
        conn.execute(sa.select(outcomes.c.person_id, outcomes.c.club_id, outcomes.c.event, outcomes.c.date)).all()
    )


def assess(conn: Connection, threads: list[Thread]) -> None:
    """Set each thread's status and forecast in place. Statuses follow :mod:`mercato.outcomes`'
    resolution rules (outcomes file and official news, 365-day horizon) when that module is
    installed, else the simpler rule of :func:`status_of`."""
    if not threads:
        return
    newest = conn.scalar(sa.select(sa.func.max(articles.c.published)))
    reference = newest if isinstance(newest, dt.date) else dt.date.fromisoformat(str(newest)[:10]) if newest else None
    if not _resolve_with_outcomes(conn, threads, reference):
        known = _outcomes(conn)
        for t in threads:
            t.status = status_of(t, known)
            t.resolution = {"status": t.status, "method": "web-rule"}
    for t in threads:
        t.forecast = forecast_of(t, reference)


_INDEX_CACHE: dict[str, tuple[tuple[int, ...], Any]] = {}
_INDEX_LOCK = threading.Lock()


def _data_signature(conn: Connection) -> tuple[int, ...]:
    """Changes whenever articles (hence claims) or outcomes are added or removed."""
    return tuple(int(conn.scalar(sa.select(sa.func.count()).select_from(t)) or 0) for t in (articles, outcomes))


def _outcome_index(conn: Connection, build: Any) -> Any:
    """The outcome index (outcomes file + official news) is costly on a large database: build it
    once per database state, not once per page."""
    key = conn.engine.url.render_as_string(hide_password=False)
    signature = _data_signature(conn)
    with _INDEX_LOCK:
        cached = _INDEX_CACHE.get(key)
        if cached is not None and cached[0] == signature:
            return cached[1]
    index = build(conn)
    with _INDEX_LOCK:
        _INDEX_CACHE[key] = (signature, index)
    return index


def _resolve_with_outcomes(conn: Connection, threads: list[Thread], as_of: dt.date | None) -> bool:
    try:
        from mercato.outcomes import ThreadFacts, outcome_index, resolve
    except ImportError:
        return False
    try:
        index = _outcome_index(conn, outcome_index)
        day = as_of or dt.date.today()
        for t in threads:
            facts = ThreadFacts(t.person.id, t.type, t.club.id, t.person.role, t.first_day)
            resolution = resolve(facts, index, day)
            t.status = resolution.status
            t.resolution = {**resolution.to_dict(), "method": "mercato.outcomes"}
    except (TypeError, AttributeError, sa.exc.SQLAlchemyError):
        return False
    return True


def status_of(t: Thread, known: list[Any]) -> str:
    first = _day(t.first_reported)
    for o in known:
        if o.person_id == t.person.id and o.club_id == t.club.id and o.event in DONE_EVENTS[t.type]:
            return "materialised"
    if t.furthest_stage == "official" and t.latest_stage != "off":
        return "materialised"
    if t.latest_stage == "off":
        return "failed"
    if t.type == "move" and first is not None:
        for o in known:
            after = o.date >= first
            if after and o.person_id == t.person.id and o.event in ("appointed", "joined") and o.club_id != t.club.id:
                return "failed"
            if (
                after
                and o.club_id == t.club.id
                and o.event == "appointed"
                and o.person_id != t.person.id
                and t.person.role in ("coach", "manager", "head_coach")
            ):
                return "failed"
    return "open"


def _day(value: str | None) -> dt.date | None:
    if not value:
        return None
    parts = value.split("-")
    try:
        return dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        return None


def forecast_of(t: Thread, reference: dt.date | None) -> dict[str, Any]:
    if t.status == "materialised":
        return {"probability": 1.0, "method": METHOD, "explanation": [_part("resolved", "materialised", 0.0)]}
    if t.status == "failed":
        return {"probability": 0.0, "method": METHOD, "explanation": [_part("resolved", "failed", 0.0)]}
    base = BASE.get(t.furthest_stage, 0.1)
    parts = [_part("furthest stage", t.furthest_stage, _logit(base))]
    if t.independent_sources > 1:
        parts.append(_part("independent sources", t.independent_sources, 0.25 * (min(t.independent_sources, 5) - 1)))
    if t.hedged:
        parts.append(_part("every report hedged", True, -0.3))
    if t.conditions:
        parts.append(_part("conditions", "; ".join(t.conditions[:3]), -0.2))
    if reference is not None and t.last_day is not None:
        idle = (reference - t.last_day).days
        if idle > 90:
            parts.append(_part("days since last report", idle, -0.5 if idle <= 180 else -1.0))
    score = sum(p["contribution"] for p in parts)
    return {"probability": round(_sigmoid(score), 3), "method": METHOD, "explanation": parts}


def _part(feature: str, value: Any, contribution: float) -> dict[str, Any]:
    return {"feature": feature, "value": value, "contribution": round(contribution, 3)}


# --------------------------------------------------------------------------- track record


def beta_interval(hits: int, misses: int, level: float = 0.9) -> tuple[float, float]:
    """Equal-tailed credible interval of Beta(1+hits, 1+misses), by bisection on its CDF
    (for integer parameters the Beta CDF is a binomial tail)."""
    a, b = hits + 1, misses + 1
    n = a + b - 1

    def cdf(x: float) -> float:
        if x <= 0:
            return 0.0
        if x >= 1:
            return 1.0
        lx, l1x = math.log(x), math.log1p(-x)
        total = 0.0
        for j in range(a, n + 1):
            total += math.exp(math.lgamma(n + 1) - math.lgamma(j + 1) - math.lgamma(n - j + 1) + j * lx + (n - j) * l1x)
        return min(total, 1.0)

    def quantile(q: float) -> float:
        lo, hi = 0.0, 1.0
        for _ in range(40):
            mid = (lo + hi) / 2
            if cdf(mid) < q:
                lo = mid
            else:
                hi = mid
        return (lo + hi) / 2

    tail = (1 - level) / 2
    return round(quantile(tail), 3), round(quantile(1 - tail), 3)


def outlet_leaderboard(conn: Connection, min_resolved: int = 0) -> list[dict[str, Any]]:
    """One row per outlet: reports, threads, resolved, hits, hit rate with interval, lead time, first share."""
    from mercato.web.queries import find_threads

    threads = find_threads(conn, details=False)
    by_key = {(t.person.id, t.type, t.club.id): t for t in threads}
    official_day: dict[tuple[str, str, str], dt.date] = {}
    query = (
        sa.select(
            articles.c.outlet,
            claims.c.subject_id,
            claims.c.type,
            claims.c.club_id,
            claims.c.stage,
            sa.func.min(claims.c.published).label("first"),
            sa.func.count().label("reports"),
            sa.func.sum(sa.case((articles.c.copy_of.is_(None), 1), else_=0)).label("originals"),
        )
        .join(articles, articles.c.id == claims.c.article_id)
        .where(articles.c.outlet.is_not(None), articles.c.outlet != "")
        .group_by(articles.c.outlet, claims.c.subject_id, claims.c.type, claims.c.club_id, claims.c.stage)
    )
    rows = conn.execute(query).all()
    first_in_thread: dict[tuple[str, str, str], Any] = {}
    per_thread_official: dict[tuple[str, str, str], Any] = {}
    for r in rows:
        key = (r.subject_id, r.type, r.club_id)
        if r.first is not None and (key not in first_in_thread or r.first < first_in_thread[key]):
            first_in_thread[key] = r.first
        official = r.stage == "official" and r.first is not None
        if official and (key not in per_thread_official or r.first < per_thread_official[key]):
            per_thread_official[key] = r.first
    official_day.update(per_thread_official)
    for o in _outcomes(conn):
        for claim_type, events in DONE_EVENTS.items():
            if o.event in events:
                key = (o.person_id, claim_type, o.club_id)
                if key not in official_day or o.date < official_day[key]:
                    official_day[key] = o.date
    stats: dict[str, dict[str, Any]] = defaultdict(
        lambda: {"reports": 0, "originals": 0, "threads": {}, "firsts": 0, "leads": []}
    )
    for r in rows:
        key = (r.subject_id, r.type, r.club_id)
        s = stats[r.outlet]
        s["reports"] += int(r.reports)
        s["originals"] += int(r.originals or 0)
        if r.stage == "official":
            continue  # the announcement itself is no prediction
        prev = s["threads"].get(key)
        if key not in s["threads"] or (r.first is not None and (prev is None or r.first < prev)):
            s["threads"][key] = r.first
    board = []
    for outlet, s in stats.items():
        resolved = hits = 0
        firsts = 0
        leads: list[int] = []
        for key, first in s["threads"].items():
            t = by_key.get(key)
            if first is not None and first_in_thread.get(key) == first:
                firsts += 1
            if t is None or t.status == "open":
                continue
            resolved += 1
            if t.status == "materialised":
                hits += 1
                done = official_day.get(key)
                if done is not None and first is not None and done >= first:
                    leads.append((done - first).days)
        if resolved < min_resolved:
            continue
        low, high = beta_interval(hits, resolved - hits)
        board.append(
            {
                "outlet": outlet,
                "reports": s["reports"],
                "threads": len(s["threads"]),
                "resolved": resolved,
                "hits": hits,
                "hit_rate": round((hits + 1) / (resolved + 2), 3),
                "interval": [low, high],
                "median_lead_days": statistics.median(leads) if leads else None,
                "first_share": round(firsts / len(s["threads"]), 3) if s["threads"] else None,
                "original_share": round(s["originals"] / s["reports"], 3) if s["reports"] else None,
            }
        )
    board.sort(key=lambda b: (-(b["interval"][0]), -b["resolved"], b["outlet"]))
    return board
