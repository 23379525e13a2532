"""Features of a thread on a given day — only what was known that day.

- stage: furthest and latest stage so far (ladder rank), whether the latest news calls it off;
- recency: days since the first and since the latest report (log);
- volume and corroboration: claims so far, independent origins so far (log);
- source reliability: the best and the mean track record (posterior mean, shrunk to the base rate)
  of the outlets that originated its reports, counting only threads resolved before that day;
- hedging share, conditions stated, denials;
- competition: other live candidates for the same job, the person's other live clubs (log);
- the kind of thread (departure, stay).
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from mercato.outcomes import ONE_SEAT_ROLES, normalise_role
from mercato.threads.corroboration import independent_sources
from mercato.threads.service import ThreadSummary
from mercato.threads.timeline import Thread, furthest, stage_rank

FEATURES = (
    "stage_furthest",
    "stage_latest",
    "latest_off",
    "log_days_since_first",
    "log_days_since_last",
    "log_claims",
    "log_independent",
    "best_reliability",
    "mean_reliability",
    "hedged_share",
    "has_conditions",
    "denials",
    "log_rivals",
    "log_other_clubs",
    "is_departure",
    "is_stay",
)

#: strength of the prior that a new outlet's record is shrunk towards the base rate (in claims)
PRIOR_STRENGTH = 4.0


@dataclass
class ReliabilityBook:
    """Each outlet's resolved claims in time order: its record on any day, without hindsight."""

    base_rate: float = 0.3
    events: dict[str, list[tuple[dt.date, int]]] = field(default_factory=lambda: defaultdict(list))
    _cum: dict[str, tuple[list[dt.date], list[int]]] = field(default_factory=dict)

    @classmethod
    def build(cls, items: Iterable[tuple[str, dt.date, bool]], base_rate: float) -> ReliabilityBook:
        book = cls(base_rate)
        for key, day, hit in items:
            book.events[key].append((day, int(hit)))
        for key, rows in book.events.items():
            rows.sort()
            days = [d for d, _ in rows]
            hits, total = [], 0
            for _, h in rows:
                total += h
                hits.append(total)
            book._cum[key] = (days, hits)
        return book

    def score(self, key: str, as_of: dt.date) -> float:
        """Posterior mean hit rate from claims resolved strictly before `as_of`."""
        days, hits = self._cum.get(key, ([], []))
        n = bisect.bisect_left(days, as_of)
        h = hits[n - 1] if n else 0
        return (PRIOR_STRENGTH * self.base_rate + h) / (PRIOR_STRENGTH + n)


def credited_outlets(thread: Thread, as_of: dt.date) -> set[str]:
    """Outlets that originated the thread's reports by `as_of` (copies credit their originals)."""
    keys = independent_sources(thread.claims, {e.claim.claim_id: e.origins for e in thread.timeline}, as_of)
    return {k for k in keys if not k.startswith("article:")}


def reliability_events(
    threads: Sequence[tuple[Thread, ThreadSummary]],
) -> list[tuple[str, dt.date, bool]]:
    """(outlet, resolved on, hit) for each outlet credited in each resolved thread."""
    out = []
    for thread, summary in threads:
        res = summary.resolution
        if res.status == "open" or res.on is None:
            continue
        for key in credited_outlets(thread, res.on):
            out.append((key, res.on, res.status == "materialised"))
    return out


def _active(s: ThreadSummary, day: dt.date, horizon_days: int) -> bool:
    first = s.row["first_published"]
    if first is None or first > day or first < day - dt.timedelta(days=horizon_days):
        return False
    if s.row["type"] != "move" or s.row["furthest_stage"] == "off":
        return False
    return s.resolution.on is None or s.resolution.on >= day


@dataclass
class Competition:
    """Move threads by job (club, one-seat role) and by person, to count live rivals on any day."""

    by_job: dict[tuple[str, str], list[ThreadSummary]] = field(default_factory=lambda: defaultdict(list))
    by_person: dict[str, list[ThreadSummary]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def of(cls, items: Iterable[ThreadSummary]) -> Competition:
        comp = cls()
        for s in items:
            if s.row["type"] != "move":
                continue
            role = normalise_role(s.row["role"])
            if role in ONE_SEAT_ROLES:
                comp.by_job[(s.row["club_id"], role)].append(s)
            comp.by_person[s.row["subject_id"]].append(s)
        return comp

    def counts(self, s: ThreadSummary, day: dt.date, horizon_days: int) -> tuple[int, int]:
        if s.row["type"] != "move":
            return 0, 0
        role = normalise_role(s.row["role"])
        rivals = 0
        if role in ONE_SEAT_ROLES:
            rivals = sum(
                1
                for o in self.by_job.get((s.row["club_id"], role), [])
                if o.id != s.id and _active(o, day, horizon_days)
            )
        others = sum(
            1 for o in self.by_person.get(s.row["subject_id"], []) if o.id != s.id and _active(o, day, horizon_days)
        )
        return rivals, others


def features(
    thread: Thread,
    summary: ThreadSummary,
    day: dt.date,
    book: ReliabilityBook,
    competition: Competition,
    horizon_days: int,
) -> dict[str, float] | None:
    """The feature vector of `thread` as known on `day` (None when nothing was reported yet)."""
    known = [c for c in thread.claims if c.published is not None and c.published <= day]
    if not known:
        return None
    stages = [c.stage for c in known]
    last_day = max(c.published for c in known if c.published)
    latest = [c.stage for c in known if c.published == last_day]
    first_day = min(c.published for c in known if c.published)
    credited = credited_outlets(thread, day)
    scores = [book.score(k, day) for k in credited] or [book.base_rate]
    rivals, others = competition.counts(summary, day, horizon_days)
    return {
        "stage_furthest": float(stage_rank(furthest(stages))),
        "stage_latest": float(stage_rank(furthest(latest))),
        "latest_off": float(all(s == "off" for s in latest)),
        "log_days_since_first": math.log1p((day - first_day).days),
        "log_days_since_last": math.log1p((day - last_day).days),
        "log_claims": math.log1p(len(known)),
        "log_independent": math.log1p(len(credited)),
        "best_reliability": max(scores),
        "mean_reliability": sum(scores) / len(scores),
        "hedged_share": sum(1 for c in known if c.hedged) / len(known),
        "has_conditions": float(any(c.conditions for c in known)),
        "denials": float(sum(1 for s in stages if s == "off")),
        "log_rivals": math.log1p(rivals),
        "log_other_clubs": math.log1p(others),
        "is_departure": float(thread.type == "departure"),
        "is_stay": float(thread.type == "stay"),
    }


def vector(values: dict[str, float]) -> list[float]:
    return [values[name] for name in FEATURES]
