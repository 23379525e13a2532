"""What the web pages and the API read: entities by slug, rumour threads, articles, search, outlets.

Everything returns plain dicts with stable keys (the API's JSON field names). Threads are the
claims about one (person, type, club) grouped in SQL, so that a club with thousands of claims is
one indexed range scan and a GROUP BY, not thousands of Python objects. The thread page, the
independent-source counts, statuses, forecasts and outlet track records come from
:mod:`mercato.threads`, :mod:`mercato.outcomes`, :mod:`mercato.forecast` and
:mod:`mercato.trackrecord` (through :mod:`mercato.web.estimates`).

A thread's id is ``<person slug>--<type>--<club slug>`` ("massimiliano-allegri--move--west-ham-united"):
slugs never hold two hyphens in a row, so the id splits back unambiguously.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from mercato.model import STAGE_RANK, Stage
from mercato.store import repo
from mercato.store.schema import aliases, articles, claim_sources, claims, entities, outcomes
from mercato.store.schema import threads as thread_cache
from mercato.threads.timeline import thread_id

Row = dict[str, Any]
RANK = {stage.value: rank for stage, rank in STAGE_RANK.items()}
LADDERS: dict[str, list[str]] = {
    "move": ["speculation", "contact", "negotiation", "agreement", "official"],
    "stay": ["speculation", "contact", "negotiation", "agreement", "official"],
    "departure": ["risk", "official"],
}
TYPES = ("move", "departure", "stay")
COACH_ROLES = frozenset({"coach", "manager", "head_coach"})
SEP = "--"


class BadCursor(ValueError):
    """A pagination cursor that this server did not hand out."""


# --------------------------------------------------------------------------- ids, cursors, slugs


def split_thread_id(value: str) -> tuple[str, str, str] | None:
    parts = value.split(SEP)
    if len(parts) != 3 or parts[1] not in TYPES or not parts[0] or not parts[2]:
        return None
    return parts[0], parts[1], parts[2]


def encode_cursor(*values: Any) -> str:
    text = "\x1f".join("" if v is None else str(v) for v in values)
    return base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(cursor: str, size: int) -> list[str]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        parts = base64.urlsafe_b64decode(padded.encode("ascii")).decode("utf-8").split("\x1f")
    except (binascii.Error, UnicodeError, ValueError) as exc:
        raise BadCursor("not a cursor this server handed out") from exc
    if len(parts) != size:
        raise BadCursor("not a cursor this server handed out")
    return parts


def entity_by_slug(conn: Connection, kind: str, slug: str) -> repo.EntityRef | None:
    row = conn.execute(
        sa.select(entities.c.id, entities.c.kind, entities.c.name, entities.c.slug, entities.c.role).where(
            entities.c.kind == kind, entities.c.slug == slug
        )
    ).first()
    return repo.EntityRef(row.id, row.kind, row.name, row.slug, row.role) if row else None


def entity_dict(ref: repo.EntityRef) -> Row:
    return {"id": ref.id, "kind": ref.kind, "name": ref.name, "slug": ref.slug, "role": ref.role}


# --------------------------------------------------------------------------- threads


@dataclass
class Thread:
    """All claims about one (person, type, club), summarised."""

    person: repo.EntityRef
    club: repo.EntityRef
    type: str
    claims: int
    articles: int
    originals: int
    furthest_stage: str
    latest_stage: str
    first_reported: str | None
    last_reported: str | None
    last_day: dt.date | None
    hedged: bool
    first_day: dt.date | None = None
    outlets: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    conditions: list[str] = field(default_factory=list)
    independent_sources: int = 0
    stages: list[Row] = field(default_factory=list)
    status: str = "open"
    resolution: Row = field(default_factory=dict)
    forecast: Row = field(default_factory=dict)

    @property
    def id(self) -> str:
        return thread_id(self.person.slug, self.type, self.club.slug)

    @property
    def probability(self) -> float | None:
        value = self.forecast.get("probability")
        return float(value) if value is not None else None

    def to_dict(self) -> Row:
        return {
            "id": self.id,
            "person": entity_dict(self.person),
            "club": entity_dict(self.club),
            "type": self.type,
            "status": self.status,
            "resolution": self.resolution,
            "furthest_stage": self.furthest_stage,
            "latest_stage": self.latest_stage,
            "ladder": LADDERS[self.type],
            "first_reported": self.first_reported,
            "last_reported": self.last_reported,
            "claims": self.claims,
            "articles": self.articles,
            "originals": self.originals,
            "independent_sources": self.independent_sources,
            "outlets": self.outlets,
            "sources": self.sources,
            "conditions": self.conditions,
            "hedged": self.hedged,
            "stages": self.stages,
            "probability": self.probability,
            "forecast": self.forecast,
        }


def _stage_rank_expr() -> sa.ColumnElement[int]:
    return sa.case({s: r for s, r in RANK.items() if s != Stage.OFF.value}, value=claims.c.stage, else_=0)


_RANK_STAGE = {
    "move": {r: s for s, r in RANK.items() if s not in (Stage.RISK.value, Stage.OFF.value)},
    "stay": {r: s for s, r in RANK.items() if s not in (Stage.RISK.value, Stage.OFF.value)},
    "departure": {1: Stage.RISK.value, 5: Stage.OFFICIAL.value},
}


def _stage_of_rank(claim_type: str, rank: int | None) -> str:
    if not rank:
        return Stage.OFF.value
    ladder = _RANK_STAGE.get(claim_type, _RANK_STAGE["move"])
    return ladder.get(int(rank), Stage.SPECULATION.value)


def find_threads(
    conn: Connection,
    *,
    subject_ids: Sequence[str] | None = None,
    club_ids: Sequence[str] | None = None,
    claim_type: str | None = None,
    since: dt.date | None = None,
    details: bool | str = True,
    assess: bool = True,
) -> list[Thread]:
    """Threads touching these people and/or clubs, furthest stage first, then most recent.

    One grouped query gives counts, dates and stages; with ``details`` a second pass collects
    the latest stage, outlets, cited sources, conditions and the independent-source count of every
    thread found. ``details="later"`` skips both that pass and the latest stage: the caller picks
    the threads it shows and calls :func:`fill_details` for those (a big club has thousands).
    """
    where: list[sa.ColumnElement[bool]] = []
    if subject_ids is not None:
        where.append(claims.c.subject_id.in_(list(subject_ids)))
    if club_ids is not None:
        where.append(claims.c.club_id.in_(list(club_ids)))
    if claim_type:
        where.append(claims.c.type == claim_type)
    if since is not None:
        where.append(claims.c.published >= since)
    key = (claims.c.subject_id, claims.c.type, claims.c.club_id)
    latest_rn = (
        sa.literal(0).label("rn")
        if details
        else sa.func.row_number()
        .over(partition_by=key, order_by=(claims.c.published.desc().nulls_last(), claims.c.id.desc()))
        .label("rn")
    )
    inner = (
        sa.select(
            *key,
            claims.c.stage,
            claims.c.published,
            claims.c.article_id,
            claims.c.hedged,
            articles.c.copy_of,
            articles.c.published_precision.label("precision"),
            _stage_rank_expr().label("rank"),
            latest_rn,
        )
        .join(articles, articles.c.id == claims.c.article_id)
        .where(*where)
        .subquery()
    )
    c = inner.c
    grouped = sa.select(
        c.subject_id,
        c.type,
        c.club_id,
        sa.func.count().label("n"),
        sa.func.count(sa.distinct(c.article_id)).label("articles"),
        sa.func.count(sa.distinct(sa.case((c.copy_of.is_(None), c.article_id)))).label("originals"),
        sa.func.max(c.rank).label("furthest"),
        sa.func.max(sa.case((c.rn == 1, c.stage))).label("latest"),
        sa.func.min(c.published).label("first_day"),
        sa.func.max(c.published).label("last_day"),
        sa.func.sum(sa.case((c.hedged, 0), else_=1)).label("unhedged"),
    ).group_by(c.subject_id, c.type, c.club_id)
    groups = conn.execute(grouped).all()
    if not groups:
        return []
    refs = repo.entity_refs(conn, {g.subject_id for g in groups} | {g.club_id for g in groups})
    precision = {} if details else _precisions(conn, where)
    threads: list[Thread] = []
    for g in groups:
        person, club = refs.get(g.subject_id), refs.get(g.club_id)
        if person is None or club is None:
            continue
        threads.append(
            Thread(
                person=person,
                club=club,
                type=g.type,
                claims=int(g.n),
                articles=int(g.articles),
                originals=int(g.originals),
                furthest_stage=_stage_of_rank(g.type, g.furthest),
                latest_stage=g.latest or Stage.OFF.value,
                first_reported=_fmt_day(_as_date(g.first_day), precision),
                last_reported=_fmt_day(_as_date(g.last_day), precision),
                last_day=_as_date(g.last_day),
                first_day=_as_date(g.first_day),
                hedged=int(g.unhedged or 0) == 0,
            )
        )
    if details is True:
        _add_details(conn, threads, where)
    if assess:
        assess_threads(conn, threads)
    threads.sort(key=lambda t: (-RANK.get(t.furthest_stage, 0), -(t.last_day or dt.date.min).toordinal(), t.id))
    return threads


def assess_threads(conn: Connection, threads: list[Thread]) -> None:
    """Status, forecast (see :mod:`mercato.web.estimates`) and independent sources; costly, so pages call it only for
    the threads they show."""
    from mercato.web import estimates

    estimates.assess(conn, threads)
    independent = _independent_sources(conn, [t.id for t in threads])
    for t in threads:
        t.independent_sources = independent.get(t.id, 0)


def _as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _precisions(conn: Connection, where: list[sa.ColumnElement[bool]]) -> dict[dt.date, str]:
    """Days that only month- or year-precise articles hold, so that "2024-12-01" shows as "2024-12"."""
    query = (
        sa.select(claims.c.published, articles.c.published_precision)
        .join(articles, articles.c.id == claims.c.article_id)
        .where(*where, articles.c.published_precision.in_(["month", "year"]))
        .distinct()
    )
    return {_as_date(day): prec for day, prec in conn.execute(query) if day is not None}  # type: ignore[misc]


def _fmt_day(day: dt.date | None, precision: dict[dt.date, str]) -> str | None:
    return repo.format_published(day, precision.get(day)) if day else None


def fill_details(conn: Connection, threads: list[Thread], *, club_ids: Sequence[str] | None = None) -> None:
    """The second pass of :func:`find_threads` for just these threads."""
    if not threads:
        return
    where: list[sa.ColumnElement[bool]] = [claims.c.subject_id.in_(sorted({t.person.id for t in threads}))]
    if club_ids is not None:
        where.append(claims.c.club_id.in_(list(club_ids)))
    _add_details(conn, threads, where)


def _add_details(conn: Connection, threads: list[Thread], where: list[sa.ColumnElement[bool]]) -> None:
    by_key = {(t.person.id, t.type, t.club.id): t for t in threads}
    query = (
        sa.select(
            claims.c.id,
            claims.c.subject_id,
            claims.c.type,
            claims.c.club_id,
            claims.c.stage,
            claims.c.published,
            claims.c.conditions,
            articles.c.outlet,
            articles.c.copy_of,
            articles.c.published_precision,
        )
        .join(articles, articles.c.id == claims.c.article_id)
        .where(*where)
        .order_by(claims.c.published.nulls_first(), claims.c.id)
    )
    rows = conn.execute(query).all()
    cited: dict[str, list[str]] = defaultdict(list)
    ids = [r.id for r in rows]
    for part in repo._chunks(ids):
        src = sa.select(claim_sources.c.claim_id, claim_sources.c.name).where(claim_sources.c.claim_id.in_(part))
        for claim_id, name in conn.execute(src):
            cited[claim_id].append(name)
    acc: dict[tuple[str, str, str], dict[str, Any]] = defaultdict(
        lambda: {"outlets": set(), "sources": set(), "conditions": set(), "stages": {}}
    )
    for r in rows:
        a = acc[(r.subject_id, r.type, r.club_id)]
        if r.outlet:
            a["outlets"].add(r.outlet)
        names = cited.get(r.id, [])
        a["sources"].update(names)
        a["conditions"].update(r.conditions or [])
        day = repo.format_published(_as_date(r.published), r.published_precision)
        a["stages"].setdefault(r.stage, day)
        a["latest"] = r.stage
        if day is not None:
            a.setdefault("first", day)
            a["last"] = day
    for k, a in acc.items():
        t = by_key.get(k)
        if t is None:
            continue
        t.outlets = sorted(a["outlets"])
        t.sources = sorted(a["sources"])
        t.conditions = sorted(a["conditions"])
        t.stages = [{"stage": s, "first_reported": d} for s, d in a["stages"].items()]
        t.latest_stage = a.get("latest", t.latest_stage)
        t.first_reported, t.last_reported = a.get("first"), a.get("last")


def _independent_sources(conn: Connection, ids: Sequence[str]) -> dict[str, int]:
    """Independent origins per thread, as :mod:`mercato.threads` counted them (copies count as
    their original, citations as the cited outlet); 0 until the thread cache holds the thread."""
    found: dict[str, int] = {}
    for part in repo._chunks(sorted(set(ids))):
        query = sa.select(thread_cache.c.id, thread_cache.c.n_independent).where(thread_cache.c.id.in_(part))
        found.update({i: int(n or 0) for i, n in conn.execute(query)})
    return found


def thread_refs(conn: Connection, tid: str) -> tuple[repo.EntityRef, str, repo.EntityRef] | None:
    parts = split_thread_id(tid)
    if parts is None:
        return None
    person = entity_by_slug(conn, "person", parts[0])
    club = entity_by_slug(conn, "club", parts[2])
    if person is None or club is None:
        return None
    return person, parts[1], club


def thread_detail(conn: Connection, tid: str) -> Row | None:
    """One thread in full, from :func:`mercato.threads.thread_detail`: its timeline (every claim in
    date order with article, outlet, stage, evidence, sources and origin chain), the first report,
    the copies, each outlet's say (first, own or copied), its status, forecast and competitors."""
    from mercato.threads import thread_detail as full_detail
    from mercato.web.estimates import insights

    found = thread_refs(conn, tid)
    if found is None:
        return None
    person, claim_type, club = found
    listed = find_threads(conn, subject_ids=[person.id], club_ids=[club.id], claim_type=claim_type)
    if not listed:
        return None
    insights(conn.engine).ensure_threads()
    detail = full_detail(conn, tid)
    if detail is None:
        return None
    full = detail.to_dict()
    data = listed[0].to_dict()
    timeline = full["timeline"]
    for step in timeline:
        step["relays"] = not step["copy_of"] and any(not o["own"] for o in step["origins"])
    data.update(
        {
            "independent_sources": full["independent_sources"],
            "timeline": timeline,
            "first_report": full["first_report"],
            "copies": [step for step in timeline if step["copy_of"]],
            "reports": full["reports"],
        }
    )
    competing = full["competing"]
    wanted = set(competing["candidates_for_job"]) | set(competing["other_clubs"])
    others: dict[str, Thread] = {}
    if wanted:
        for t in [
            *find_threads(conn, club_ids=[club.id], claim_type="move", details=False),
            *find_threads(conn, subject_ids=[person.id], claim_type="move", details=False),
        ]:
            if t.id in wanted:
                others[t.id] = t
    data["competing"] = {
        k: [others[i].to_dict() for i in competing[k] if i in others] for k in ("candidates_for_job", "other_clubs")
    }
    return data


def list_threads(
    conn: Connection,
    *,
    person: repo.EntityRef | None = None,
    club: repo.EntityRef | None = None,
    claim_type: str | None = None,
    status: str | None = None,
    stage: str | None = None,
    since: dt.date | None = None,
) -> list[Thread]:
    threads = find_threads(
        conn,
        subject_ids=[person.id] if person else None,
        club_ids=[club.id] if club else None,
        claim_type=claim_type,
        since=since,
        details=person is not None or club is not None,
    )
    if status:
        threads = [t for t in threads if t.status == status]
    if stage:
        threads = [t for t in threads if t.furthest_stage == stage]
    return threads


def hottest_threads(conn: Connection, limit: int = 12, window_days: int = 120) -> list[Thread]:
    """Open threads with recent activity, ranked by activity in the window and probability."""
    newest = latest_day(conn)
    if newest is None:
        return []
    since = newest - dt.timedelta(days=window_days)
    recent = find_threads(conn, since=since, details=False)
    recent = [t for t in recent if t.status == "open"]
    recent.sort(key=lambda t: (-(t.articles * (0.5 + (t.probability or 0.0))), t.id))
    return recent[:limit]


def latest_day(conn: Connection) -> dt.date | None:
    return _as_date(conn.scalar(sa.select(sa.func.max(articles.c.published))))


# --------------------------------------------------------------------------- profiles for pages


def person_view(conn: Connection, person: repo.EntityRef) -> Row:
    threads = find_threads(conn, subject_ids=[person.id])
    clubs = sorted({t.club.name for t in threads})
    return {
        "person": entity_dict(person),
        "clubs": clubs,
        "threads": [t.to_dict() for t in threads],
        "by_type": {k: [t.to_dict() for t in threads if t.type == k] for k in TYPES},
        "timeline": timeline_points(conn, subject_ids=[person.id]),
    }


def club_view(conn: Connection, club: repo.EntityRef, limit: int = 40) -> Row:
    threads = find_threads(conn, club_ids=[club.id], details="later", assess=False)
    roles = {pid: ref.role for pid, ref in repo.entity_refs(conn, {t.person.id for t in threads}).items()}
    coach = [roles.get(t.person.id) in COACH_ROLES for t in threads]
    bench = [t for t, c in zip(threads, coach, strict=True) if c and t.type == "departure"][:limit]
    candidates_all = [t for t, c in zip(threads, coach, strict=True) if c and t.type == "move"]
    incoming_all = [t for t, c in zip(threads, coach, strict=True) if not c and t.type == "move"]
    outgoing_all = [t for t, c in zip(threads, coach, strict=True) if not c and t.type == "departure"]
    staying_all = [t for t in threads if t.type == "stay"]
    candidates, incoming = candidates_all[: 2 * limit], incoming_all[:limit]
    outgoing, staying = outgoing_all[:limit], staying_all[:limit]
    shown = [*bench, *candidates, *incoming, *outgoing, *staying]
    fill_details(conn, shown, club_ids=[club.id])
    candidates = [t for t in candidates if t.latest_stage != Stage.OFF.value][:limit]
    assess_threads(conn, shown)
    candidates.sort(key=lambda t: (t.status != "open", -(t.probability or 0.0)))
    bench_rows = []
    for t in bench:
        state = "at risk"
        if t.latest_stage == Stage.OFF.value:
            state = "stays"
        elif t.furthest_stage == "official":
            state = "left"
        bench_rows.append({**t.to_dict(), "bench_status": state})
    return {
        "club": entity_dict(club),
        "coach_at_risk": any(b["bench_status"] == "at risk" for b in bench_rows),
        "bench": bench_rows,
        "candidates": [t.to_dict() for t in candidates],
        "incoming": [t.to_dict() for t in incoming],
        "outgoing": [t.to_dict() for t in outgoing],
        "staying": [t.to_dict() for t in staying],
        "counts": {
            "threads": len(threads),
            "candidates": len(candidates_all),
            "incoming": len(incoming_all),
            "outgoing": len(outgoing_all),
        },
    }


def timeline_points(conn: Connection, *, subject_ids: Sequence[str], limit: int = 400) -> list[Row]:
    """One point per report (date × club, stage) for the person's chart; undated reports left out."""
    query = (
        sa.select(
            claims.c.club,
            claims.c.club_id,
            claims.c.type,
            claims.c.stage,
            claims.c.published,
            articles.c.outlet,
            articles.c.title,
        )
        .join(articles, articles.c.id == claims.c.article_id)
        .where(claims.c.subject_id.in_(list(subject_ids)), claims.c.published.is_not(None))
        .order_by(claims.c.published.desc(), claims.c.id)
        .limit(limit)
    )
    return [
        {
            "club": r.club,
            "club_id": r.club_id,
            "type": r.type,
            "stage": r.stage,
            "date": _as_date(r.published).isoformat(),  # type: ignore[union-attr]
            "outlet": r.outlet,
            "title": r.title,
        }
        for r in conn.execute(query)
    ]


# --------------------------------------------------------------------------- articles


def article_summary(r: Any) -> Row:
    return {
        "id": r.id,
        "title": r.title,
        "url": r.url,
        "outlet": r.outlet,
        "published": repo.format_published(r.published, r.published_precision),
        "lang": r.lang,
        "copy_of": r.copy_of,
    }


_ARTICLE_COLUMNS = (
    articles.c.id,
    articles.c.title,
    articles.c.url,
    articles.c.outlet,
    articles.c.published,
    articles.c.published_precision,
    articles.c.lang,
    articles.c.copy_of,
)

_FAR_PAST = dt.date(1, 1, 1)


def list_articles(
    conn: Connection,
    *,
    limit: int = 20,
    cursor: str | None = None,
    outlet: str | None = None,
    lang: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    q: str | None = None,
) -> tuple[list[Row], str | None]:
    """Articles newest first (undated last), ``limit`` per page, with the cursor of the next page.
    ``q`` matches words in the title or text (case-insensitive substring)."""
    day = sa.func.coalesce(articles.c.published, _FAR_PAST)
    query = sa.select(*_ARTICLE_COLUMNS)
    if outlet:
        query = query.where(sa.func.lower(articles.c.outlet) == outlet.lower())
    if lang:
        query = query.where(articles.c.lang == lang)
    if since:
        query = query.where(articles.c.published >= since)
    if until:
        query = query.where(articles.c.published <= until)
    if q:
        for word in q.split()[:8]:
            pattern = f"%{repo._escape_like(word.lower())}%"
            query = query.where(
                sa.or_(
                    sa.func.lower(articles.c.title).like(pattern, escape="\\"),
                    sa.func.lower(articles.c.text).like(pattern, escape="\\"),
                )
            )
    if cursor:
        last_day, last_id = decode_cursor(cursor, 2)
        try:
            cut = dt.date.fromisoformat(last_day)
        except ValueError as exc:
            raise BadCursor("not a cursor this server handed out") from exc
        query = query.where(sa.or_(day < cut, sa.and_(day == cut, articles.c.id < last_id)))
    query = query.order_by(day.desc(), articles.c.id.desc()).limit(limit + 1)
    rows = conn.execute(query).all()
    page = [article_summary(r) for r in rows[:limit]]
    following = None
    if len(rows) > limit:
        last = rows[limit - 1]
        following = encode_cursor((last.published or _FAR_PAST).isoformat(), last.id)
    return page, following


def article_detail(conn: Connection, article_id: str) -> Row | None:
    row = conn.execute(sa.select(*_ARTICLE_COLUMNS, articles.c.text).where(articles.c.id == article_id)).first()
    if row is None:
        return None
    data = article_summary(row)
    data["text"] = row.text
    claim_ids = list(conn.scalars(sa.select(claims.c.id).where(claims.c.article_id == article_id)))
    rows = claims_by_ids(conn, claim_ids) if claim_ids else []
    refs = repo.entity_refs(conn, {r["subject_id"] for r in rows} | {r["club_id"] for r in rows})
    for r in rows:
        person, club = refs.get(r["subject_id"]), refs.get(r["club_id"])
        r["thread_id"] = thread_id(person.slug, r["type"], club.slug) if person and club else None
    data["claims"] = rows
    data["copies"] = list(conn.scalars(sa.select(articles.c.id).where(articles.c.copy_of == article_id)))
    return data


def claims_by_ids(conn: Connection, ids: Sequence[str]) -> list[Row]:
    query = (
        sa.select(*repo._CLAIM_COLUMNS)
        .join(articles, articles.c.id == claims.c.article_id)
        .where(claims.c.id.in_(list(ids)))
        .order_by(claims.c.article_id, claims.c.seq)
    )
    rows = [repo._claim_row(r._mapping) for r in conn.execute(query)]
    repo._attach_sources(conn, rows)
    return rows


def list_claims(
    conn: Connection,
    *,
    subject_ids: Sequence[str] | None,
    club_ids: Sequence[str] | None,
    stage: str | None,
    claim_type: str | None,
    lang: str | None,
    since: dt.date | None,
    until: dt.date | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[Row], str | None]:
    """Claims newest first (undated last) with article metadata and sources; cursor paginated."""
    day = sa.func.coalesce(claims.c.published, _FAR_PAST)
    query = sa.select(*repo._CLAIM_COLUMNS).join(articles, articles.c.id == claims.c.article_id)
    if subject_ids is not None:
        query = query.where(claims.c.subject_id.in_(list(subject_ids)))
    if club_ids is not None:
        query = query.where(claims.c.club_id.in_(list(club_ids)))
    if stage:
        query = query.where(claims.c.stage == stage)
    if claim_type:
        query = query.where(claims.c.type == claim_type)
    if lang:
        query = query.where(claims.c.lang == lang)
    if since:
        query = query.where(claims.c.published >= since)
    if until:
        query = query.where(claims.c.published <= until)
    if cursor:
        last_day, last_id = decode_cursor(cursor, 2)
        try:
            cut = dt.date.fromisoformat(last_day)
        except ValueError as exc:
            raise BadCursor("not a cursor this server handed out") from exc
        query = query.where(sa.or_(day < cut, sa.and_(day == cut, claims.c.id > last_id)))
    query = query.order_by(day.desc(), claims.c.id).limit(limit + 1)
    raw = conn.execute(query).all()
    rows = [repo._claim_row(r._mapping) for r in raw[:limit]]
    repo._attach_sources(conn, rows)
    following = None
    if len(raw) > limit:
        last = raw[limit - 1]
        following = encode_cursor((last.published or _FAR_PAST).isoformat(), last.id)
    return rows, following


# --------------------------------------------------------------------------- entities and search

_ALIAS_RANK = {"name": 0, "nickname": 1, "short": 2, "surname": 3}


def search_entities(conn: Connection, q: str, kind: str | None = None, limit: int = 10) -> list[Row]:
    """Entities whose name or an alias (nickname, short form, surname) starts with `q`, or has a
    word that does: "hammers" → West Ham United, "allegri" → Massimiliano Allegri."""
    folded = repo.fold_name(q)
    if not folded:
        return []
    upper = folded + "\uffff"
    conditions = [
        sa.and_(aliases.c.folded >= folded, aliases.c.folded < upper),
    ]
    if len(folded) >= 3:
        conditions.append(aliases.c.folded.like(f"% {repo._escape_like(folded)}%", escape="\\"))
    query = (
        sa.select(
            entities.c.id,
            entities.c.kind,
            entities.c.name,
            entities.c.slug,
            entities.c.role,
            aliases.c.surface,
            aliases.c.alias_type,
            aliases.c.folded,
        )
        .join(entities, entities.c.id == aliases.c.entity_id)
        .where(sa.or_(*conditions))
        .limit(400)
    )
    if kind:
        query = query.where(entities.c.kind == kind)
    best: dict[str, tuple[tuple[int, int, int, str], Row]] = {}
    for r in conn.execute(query):
        starts = 0 if r.folded.startswith(folded) else 1
        rank = (starts, _ALIAS_RANK.get(r.alias_type, 5), len(r.folded), r.name)
        row = {
            "id": r.id,
            "kind": r.kind,
            "name": r.name,
            "slug": r.slug,
            "role": r.role,
            "matched": r.surface,
            "alias_type": r.alias_type,
            "url": f"/{r.kind}/{r.slug}" if r.kind in ("person", "club") else f"/outlets#{r.slug}",
        }
        if r.id not in best or rank < best[r.id][0]:
            best[r.id] = (rank, row)
    ordered = sorted(best.values(), key=lambda item: item[0])
    return [row for _, row in ordered[:limit]]


def list_entities(
    conn: Connection, *, kind: str | None, limit: int, cursor: str | None
) -> tuple[list[Row], str | None]:
    query = sa.select(entities.c.id, entities.c.kind, entities.c.name, entities.c.slug, entities.c.role)
    if kind:
        query = query.where(entities.c.kind == kind)
    if cursor:
        (last_id,) = decode_cursor(cursor, 1)
        query = query.where(entities.c.id > last_id)
    rows = conn.execute(query.order_by(entities.c.id).limit(limit + 1)).all()
    page = [dict(r._mapping) for r in rows[:limit]]
    return page, encode_cursor(rows[limit - 1].id) if len(rows) > limit else None


def entity_detail(conn: Connection, kind: str, slug: str) -> Row | None:
    ref = entity_by_slug(conn, kind, slug)
    if ref is None:
        return None
    names = conn.execute(
        sa.select(aliases.c.surface, aliases.c.lang, aliases.c.alias_type)
        .where(aliases.c.entity_id == ref.id)
        .order_by(aliases.c.alias_type, aliases.c.surface)
    ).all()
    return {
        **entity_dict(ref),
        "aliases": [{"surface": a.surface, "lang": a.lang or None, "type": a.alias_type} for a in names],
    }


def outcome_rows(conn: Connection, person_id: str | None = None, club_id: str | None = None) -> list[Row]:
    query = sa.select(outcomes).order_by(outcomes.c.date, outcomes.c.id)
    if person_id:
        query = query.where(outcomes.c.person_id == person_id)
    if club_id:
        query = query.where(outcomes.c.club_id == club_id)
    return [
        {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in r._mapping.items() if k != "loaded_at"}
        for r in conn.execute(query)
    ]
