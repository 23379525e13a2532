"""A thread built from its claims: timeline, first report, stages, corroboration, outlet reports.

:func:`build_thread` is pure: give it the claims of one (subject, type, club) and the articles their
copies point to; it returns a :class:`Thread` that the store caches (summary and per-outlet reports)
and that ``mercato thread ID`` shows in full.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from mercato.model import STAGE_RANK, Stage
from mercato.threads.corroboration import independent_sources, publishers
from mercato.threads.origin import ArticleRef, Origin, ThreadClaim, trace_origins

_RANK = {stage.value: rank for stage, rank in STAGE_RANK.items()}


def stage_rank(stage: str) -> int:
    return _RANK.get(stage, 0)


def furthest(stages: Sequence[str]) -> str:
    """The furthest stage on the ladder; ``off`` only when nothing else was said."""
    live = [s for s in stages if s != Stage.OFF.value]
    if not live:
        return Stage.OFF.value if stages else Stage.SPECULATION.value
    return max(live, key=stage_rank)


def thread_id(person_slug: str, claim_type: str, club_slug: str) -> str:
    """Readable and stable: ``massimiliano-allegri--move--west-ham-united`` (slugs never hold "--")."""
    return f"{person_slug}--{claim_type}--{club_slug}"


@dataclass
class TimelineEntry:
    claim: ThreadClaim
    origins: list[Origin]
    first: bool = False

    @property
    def is_copy(self) -> bool:
        return self.claim.copy_of is not None

    def to_dict(self) -> dict[str, Any]:
        c = self.claim
        return {
            "claim_id": c.claim_id,
            "article_id": c.article_id,
            "published": _format_day(c.published, c.precision),
            "outlet": c.publisher,
            "outlet_id": c.outlet_id,
            "title": c.title,
            "url": c.url,
            "stage": c.stage,
            "hedged": c.hedged,
            "confidence": round(c.confidence, 3),
            "conditions": list(c.conditions),
            "sources": [s.name for s in c.sources],
            "evidence": list(c.evidence),
            "copy_of": c.copy_of,
            "first_report": self.first,
            "origins": [
                {"outlet": o.outlet, "outlet_key": o.key, "own": o.own, "chain": [s.to_dict() for s in o.chain]}
                for o in self.origins
            ],
        }


@dataclass
class OutletReport:
    """What one outlet contributed to one thread: the unit of its track record."""

    outlet_key: str
    outlet: str
    outlet_id: str | None
    first_published: dt.date | None
    stage: str
    relation: str  # first | own | copied
    n_claims: int


@dataclass
class Thread:
    id: str
    subject_id: str
    subject: str
    type: str
    club_id: str
    club: str
    role: str | None
    timeline: list[TimelineEntry]
    reports: list[OutletReport] = field(default_factory=list)

    # ---- summary

    @property
    def claims(self) -> list[ThreadClaim]:
        return [e.claim for e in self.timeline]

    @property
    def first_entry(self) -> TimelineEntry | None:
        return next((e for e in self.timeline if e.first), self.timeline[0] if self.timeline else None)

    @property
    def first_published(self) -> dt.date | None:
        return next((c.published for c in self.claims if c.published), None)

    @property
    def last_published(self) -> dt.date | None:
        dated = [c.published for c in self.claims if c.published]
        return max(dated) if dated else None

    @property
    def furthest_stage(self) -> str:
        return furthest([c.stage for c in self.claims])

    @property
    def latest_stage(self) -> str:
        last = self.last_published
        latest = [c.stage for c in self.claims if c.published == last] or [c.stage for c in self.claims]
        return furthest(latest)

    @property
    def independent(self) -> set[str]:
        return independent_sources(self.claims, {e.claim.claim_id: e.origins for e in self.timeline})

    def summary_row(self) -> dict[str, Any]:
        claims = self.claims
        first = self.first_entry
        conditions = sorted({cond for c in claims for cond in c.conditions})
        return {
            "id": self.id,
            "subject_id": self.subject_id,
            "subject": self.subject,
            "role": self.role,
            "type": self.type,
            "club_id": self.club_id,
            "club": self.club,
            "first_published": self.first_published,
            "last_published": self.last_published,
            "first_article_id": first.claim.article_id if first else None,
            "first_outlet": first.claim.publisher[:300] if first else None,
            "first_origin": ", ".join(o.outlet for o in first.origins)[:300] if first else None,
            "furthest_stage": self.furthest_stage,
            "latest_stage": self.latest_stage,
            "n_claims": len(claims),
            "n_articles": len({c.article_id for c in claims}),
            "n_outlets": len(publishers(claims)),
            "n_independent": len(self.independent),
            "n_copies": len({c.article_id for c in claims if c.copy_of}),
            "n_off": sum(1 for c in claims if c.stage == Stage.OFF.value),
            "hedged_share": round(sum(1 for c in claims if c.hedged) / len(claims), 4) if claims else 0.0,
            "conditions": conditions,
        }


def _format_day(day: dt.date | None, precision: str | None) -> str | None:
    if day is None:
        return None
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if precision == "year":
        return f"{day.year:04d}"
    return day.isoformat()


def _order(claim: ThreadClaim) -> tuple[dt.date, bool, str, str]:
    return (claim.published or dt.date.max, claim.copy_of is not None, claim.article_id, claim.claim_id)


def build_thread(
    id_: str,
    claims: Sequence[ThreadClaim],
    outside: Mapping[str, ArticleRef] | None = None,
    role: str | None = None,
) -> Thread:
    """The thread of `claims` (all of one subject, type and club)."""
    ordered = sorted(claims, key=_order)
    origins = trace_origins(ordered, outside)
    entries = [TimelineEntry(c, origins[c.claim_id]) for c in ordered]
    if entries:
        entries[0].first = True
    head = ordered[0]
    thread = Thread(id_, head.subject_id, head.subject, head.type, head.club_id, head.club, role, entries)
    thread.reports = _outlet_reports(entries)
    return thread


def _outlet_reports(entries: Sequence[TimelineEntry]) -> list[OutletReport]:
    """Per outlet: reports it published and claims it originated (cited by others)."""
    first_origin_keys = {o.key for o in entries[0].origins} if entries else set()
    acc: dict[str, dict[str, Any]] = {}

    def touch(key: str, name: str, outlet_id: str | None, day: dt.date | None, stage: str, kind: str) -> None:
        row = acc.setdefault(
            key, {"outlet": name, "outlet_id": outlet_id, "days": [], "stages": [], "kinds": set(), "n": 0}
        )
        row["outlet_id"] = row["outlet_id"] or outlet_id
        if day is not None:
            row["days"].append(day)
        row["stages"].append(stage)
        row["kinds"].add(kind)
        row["n"] += 1

    for entry in entries:
        claim = entry.claim
        own = len(entry.origins) == 1 and entry.origins[0].own
        touch(
            claim.publisher_key,
            claim.publisher,
            claim.outlet_id,
            claim.published,
            claim.stage,
            "own" if own else "copied",
        )
        for origin in entry.origins:
            if origin.own:
                continue
            end = origin.chain[-1]
            outlet_id = end.outlet_key if not end.outlet_key.startswith(("name:", "article:")) else None
            # credited from the earliest day it is known to have said it
            day = min((d for d in (end.published, claim.published) if d is not None), default=None)
            touch(origin.key, origin.outlet, outlet_id, day, claim.stage, "originated")
    reports = []
    for key, row in acc.items():
        kinds = row["kinds"]
        relation = "first" if key in first_origin_keys else "own" if kinds & {"own", "originated"} else "copied"
        reports.append(
            OutletReport(
                key,
                row["outlet"][:300],
                row["outlet_id"],
                min(row["days"]) if row["days"] else None,
                furthest(row["stages"]),
                relation,
                row["n"],
            )
        )
    return sorted(reports, key=lambda r: (r.first_published or dt.date.max, r.outlet_key))
