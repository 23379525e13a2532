"""Threads as the CLI, the API and the forecast read them: cached summaries with their status on a
given day, and the links between competing threads.

Competing threads: move threads for one club's one-seat role (coach, director…) whose active
periods overlap are *candidates for one job*; move threads of one person whose active periods
overlap are *one person, several clubs*. Either way at most one can materialise.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from mercato.outcomes import (
    DEFAULT_HORIZON_DAYS,
    ONE_SEAT_ROLES,
    OutcomeIndex,
    Resolution,
    ThreadFacts,
    normalise_role,
    outcome_index,
    resolve,
)
from mercato.store.repo import format_published
from mercato.store.schema import articles, threads
from mercato.threads.grouping import build_threads, load_claims
from mercato.threads.timeline import Thread

STATUSES = ("open", "materialised", "failed")


@dataclass
class ThreadSummary:
    row: dict[str, Any]
    resolution: Resolution
    #: other candidates for the same job (same club, one-seat role), overlapping in time
    rivals: list[str] = field(default_factory=list)
    #: the same person's other clubs, overlapping in time
    other_clubs: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return str(self.row["id"])

    @property
    def status(self) -> str:
        return self.resolution.status

    @property
    def facts(self) -> ThreadFacts:
        r = self.row
        return ThreadFacts(r["subject_id"], r["type"], r["club_id"], r["role"], r["first_published"])

    def active_until(self, as_of: dt.date, horizon_days: int) -> dt.date | None:
        first = self.row["first_published"]
        if first is None:
            return None
        end = min(as_of, first + dt.timedelta(days=horizon_days))
        if self.resolution.on is not None:
            end = min(end, self.resolution.on)
        return end

    def to_dict(self) -> dict[str, Any]:
        r = self.row
        return {
            "id": r["id"],
            "subject": r["subject"],
            "subject_id": r["subject_id"],
            "role": r["role"],
            "type": r["type"],
            "club": r["club"],
            "club_id": r["club_id"],
            "status": self.status,
            "resolution": self.resolution.to_dict(),
            "first_report": {
                "published": _iso(r["first_published"]),
                "article_id": r["first_article_id"],
                "outlet": r["first_outlet"],
                "origin": r["first_origin"],
            },
            "last_published": _iso(r["last_published"]),
            "furthest_stage": r["furthest_stage"],
            "latest_stage": r["latest_stage"],
            "claims": r["n_claims"],
            "articles": r["n_articles"],
            "outlets": r["n_outlets"],
            "independent_sources": r["n_independent"],
            "copies": r["n_copies"],
            "denials": r["n_off"],
            "hedged_share": r["hedged_share"],
            "conditions": list(r["conditions"] or []),
            "competing": {"candidates_for_job": list(self.rivals), "other_clubs": list(self.other_clubs)},
        }


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def default_as_of(conn: Connection) -> dt.date:
    """The day the data reaches: the newest article's date (an archive's "now"), else today."""
    latest = conn.scalar(sa.select(sa.func.max(articles.c.published)))
    return latest if isinstance(latest, dt.date) else dt.date.today()


def _rows(
    conn: Connection, subject_ids: Collection[str] | None, club_ids: Collection[str] | None, claim_type: str | None
) -> list[dict[str, Any]]:
    query = sa.select(threads)
    if subject_ids is not None:
        query = query.where(threads.c.subject_id.in_(sorted(subject_ids)))
    if club_ids is not None:
        query = query.where(threads.c.club_id.in_(sorted(club_ids)))
    if claim_type is not None:
        query = query.where(threads.c.type == claim_type)
    query = query.order_by(threads.c.last_published.desc().nulls_last(), threads.c.id)
    return [dict(r) for r in conn.execute(query).mappings()]


def summaries(
    conn: Connection,
    *,
    subject_ids: Collection[str] | None = None,
    club_ids: Collection[str] | None = None,
    claim_type: str | None = None,
    status: str | None = None,
    as_of: dt.date | None = None,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
    index: OutcomeIndex | None = None,
) -> list[ThreadSummary]:
    """Cached threads (refresh first: :func:`mercato.threads.grouping.refresh_threads`), newest
    activity first, each with its status on `as_of` and its competing threads."""
    as_of = as_of or default_as_of(conn)
    rows = _rows(conn, subject_ids, club_ids, claim_type)
    filtered = not (subject_ids is None and club_ids is None and claim_type is None)
    context_rows: list[dict[str, Any]] = []
    if rows and filtered:
        moves = {r["id"]: r for r in _rows(conn, None, {r["club_id"] for r in rows}, "move")}
        moves.update({r["id"]: r for r in _rows(conn, {r["subject_id"] for r in rows}, None, "move")})
        context_rows = list(moves.values())
    if index is None:
        if filtered:
            people = {r["subject_id"] for r in (*rows, *context_rows)}
            index = outcome_index(conn, people=people, clubs={r["club_id"] for r in (*rows, *context_rows)})
        else:
            index = outcome_index(conn)
    found = [ThreadSummary(r, resolve(_facts(r), index, as_of, horizon_days)) for r in rows]
    if found:
        context = (
            [ThreadSummary(r, resolve(_facts(r), index, as_of, horizon_days)) for r in context_rows]
            if filtered
            else found
        )
        link_competitors(found, context, as_of, horizon_days)
    if status:
        found = [s for s in found if s.status == status]
    return found


def _facts(r: dict[str, Any]) -> ThreadFacts:
    return ThreadFacts(r["subject_id"], r["type"], r["club_id"], r["role"], r["first_published"])


def _live(s: ThreadSummary) -> bool:
    return s.row["type"] == "move" and s.row["furthest_stage"] != "off"


def link_competitors(
    targets: Sequence[ThreadSummary], context: Sequence[ThreadSummary], as_of: dt.date, horizon_days: int
) -> None:
    """Fill `rivals` and `other_clubs` of each target from the move threads in `context`: those
    whose active periods (first report to settlement, or to the horizon) overlap the target's."""
    span: dict[str, tuple[dt.date, dt.date]] = {}
    for s in [*targets, *context]:
        first, until = s.row["first_published"], s.active_until(as_of, horizon_days)
        if first is not None and until is not None:
            span[s.id] = (first, until)
    by_job: dict[tuple[str, str], list[tuple[str, dt.date, dt.date]]] = defaultdict(list)
    by_person: dict[str, list[tuple[str, dt.date, dt.date]]] = defaultdict(list)
    for s in context:
        if not _live(s) or s.id not in span:
            continue
        item = (s.id, *span[s.id])
        role = normalise_role(s.row["role"])
        if role in ONE_SEAT_ROLES:
            by_job[(s.row["club_id"], role)].append(item)
        by_person[s.row["subject_id"]].append(item)
    for t in targets:
        t.rivals, t.other_clubs = [], []
        if not _live(t) or t.id not in span:
            continue
        start, end = span[t.id]
        role = normalise_role(t.row["role"])
        if role in ONE_SEAT_ROLES:
            t.rivals = [
                i for i, a, b in by_job.get((t.row["club_id"], role), []) if i != t.id and a <= end and start <= b
            ]
        t.other_clubs = [
            i for i, a, b in by_person.get(t.row["subject_id"], []) if i != t.id and a <= end and start <= b
        ]


def summary_by_id(conn: Connection, thread_id: str) -> dict[str, Any] | None:
    row = conn.execute(sa.select(threads).where(threads.c.id == thread_id)).mappings().first()
    return dict(row) if row else None


@dataclass
class ThreadDetail:
    summary: ThreadSummary
    thread: Thread

    def to_dict(self) -> dict[str, Any]:
        out = self.summary.to_dict()
        out["timeline"] = [e.to_dict() for e in self.thread.timeline]
        out["reports"] = [
            {
                "outlet": r.outlet,
                "outlet_key": r.outlet_key,
                "first_published": _iso(r.first_published),
                "stage": r.stage,
                "relation": r.relation,
                "claims": r.n_claims,
            }
            for r in self.thread.reports
            if not r.outlet_key.startswith("article:")
        ]
        return out


def thread_detail(
    conn: Connection, thread_id: str, *, as_of: dt.date | None = None, horizon_days: int = DEFAULT_HORIZON_DAYS
) -> ThreadDetail | None:
    """One thread in full: its timeline (every claim with article, outlet, date, stage, evidence,
    origin chain), its status and its competing threads."""
    row = summary_by_id(conn, thread_id)
    if row is None:
        return None
    found = summaries(
        conn,
        subject_ids=[row["subject_id"]],
        club_ids=[row["club_id"]],
        claim_type=row["type"],
        as_of=as_of,
        horizon_days=horizon_days,
    )
    summary = next((s for s in found if s.id == thread_id), None)
    if summary is None:
        return None
    grouped = load_claims(conn, subject_ids=[row["subject_id"]], club_ids=[row["club_id"]])
    key = (row["subject_id"], row["type"], row["club_id"])
    built = build_threads(conn, {key: grouped.get(key, [])}) if grouped.get(key) else []
    if not built:
        return None
    return ThreadDetail(summary, built[0])


def format_day(day: dt.date | None, precision: str | None = "day") -> str:
    return format_published(day, precision) or "?"
