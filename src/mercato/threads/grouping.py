"""Grouping claims into threads, and the thread cache in the store.

A thread is every claim about one (subject, type, club); the key is indexed on ``claims``
(migration 0002), so one subject's threads are one index range scan. Building a thread needs its
claims' articles and sources, so the results are cached in ``threads`` and ``thread_reports`` and
rebuilt, one subject at a time, only for subjects whose claims arrived since the last refresh:

    with engine.begin() as conn:
        refresh_threads(conn)          # cheap when nothing changed
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from mercato.store import repo
from mercato.store.schema import articles, claim_sources, claims, entities, thread_reports, thread_state, threads
from mercato.threads.origin import ArticleRef, SourceRef, ThreadClaim
from mercato.threads.timeline import Thread, build_thread, thread_id

ThreadKey = tuple[str, str, str]  # (subject_id, type, club_id)

_SUBJECT_CHUNK = 400
_STATE_VERSION = "1"


def _claim_query() -> sa.Select[Any]:
    return sa.select(
        claims.c.id,
        claims.c.article_id,
        claims.c.subject_id,
        claims.c.subject,
        claims.c.type,
        claims.c.club_id,
        claims.c.club,
        claims.c.stage,
        claims.c.hedged,
        claims.c.confidence,
        claims.c.conditions,
        claims.c.evidence,
        claims.c.published,
        articles.c.published_precision,
        articles.c.outlet,
        articles.c.outlet_id,
        articles.c.copy_of,
        articles.c.title,
        articles.c.url,
    ).join(articles, articles.c.id == claims.c.article_id)


def load_claims(
    conn: Connection,
    subject_ids: Collection[str] | None = None,
    club_ids: Collection[str] | None = None,
    until: dt.date | None = None,
) -> dict[ThreadKey, list[ThreadClaim]]:
    """Claims grouped by thread key, with their articles and sources; filtered by subjects and/or clubs."""
    query = _claim_query()
    source_query = sa.select(claim_sources.c.claim_id, claim_sources.c.name, claim_sources.c.outlet_id).join(
        claims, claims.c.id == claim_sources.c.claim_id
    )
    if subject_ids is not None:
        query = query.where(claims.c.subject_id.in_(sorted(subject_ids)))
        source_query = source_query.where(claims.c.subject_id.in_(sorted(subject_ids)))
    if club_ids is not None:
        query = query.where(claims.c.club_id.in_(sorted(club_ids)))
        source_query = source_query.where(claims.c.club_id.in_(sorted(club_ids)))
    if until is not None:
        query = query.where(claims.c.published <= until)
    sources: dict[str, list[SourceRef]] = defaultdict(list)
    for claim_id, name, outlet_id in conn.execute(source_query.order_by(claim_sources.c.claim_id, claim_sources.c.seq)):
        sources[claim_id].append(SourceRef(name, outlet_id))
    grouped: dict[ThreadKey, list[ThreadClaim]] = defaultdict(list)
    for m in conn.execute(query).mappings():
        claim = ThreadClaim(
            claim_id=m["id"],
            article_id=m["article_id"],
            subject_id=m["subject_id"],
            subject=m["subject"],
            type=m["type"],
            club_id=m["club_id"],
            club=m["club"],
            stage=m["stage"],
            hedged=bool(m["hedged"]),
            confidence=float(m["confidence"]),
            published=m["published"],
            precision=m["published_precision"],
            outlet=m["outlet"],
            outlet_id=m["outlet_id"],
            copy_of=m["copy_of"],
            title=m["title"] or "",
            url=m["url"],
            conditions=list(m["conditions"] or []),
            evidence=list(m["evidence"] or []),
            sources=sources.get(m["id"], []),
        )
        grouped[(claim.subject_id, claim.type, claim.club_id)].append(claim)
    return grouped


def _outside_refs(conn: Connection, ids: Collection[str]) -> dict[str, ArticleRef]:
    refs: dict[str, ArticleRef] = {}
    for part in repo._chunks(sorted(ids)):
        query = sa.select(articles.c.id, articles.c.published, articles.c.outlet, articles.c.outlet_id).where(
            articles.c.id.in_(part)
        )
        for row in conn.execute(query):
            refs[row.id] = ArticleRef(row.id, row.published, row.outlet, row.outlet_id)
    return refs


def build_threads(conn: Connection, grouped: dict[ThreadKey, list[ThreadClaim]]) -> list[Thread]:
    """Threads for grouped claims: ids from entity slugs, roles, outlet names, originals of copies."""
    if not grouped:
        return []
    claims_all = [c for group in grouped.values() for c in group]
    entity_ids = {c.subject_id for c in claims_all} | {c.club_id for c in claims_all}
    entity_ids |= {c.outlet_id for c in claims_all if c.outlet_id}
    entity_ids |= {s.outlet_id for c in claims_all for s in c.sources if s.outlet_id}
    in_thread = {c.article_id for c in claims_all}
    outside = _outside_refs(conn, {c.copy_of for c in claims_all if c.copy_of} - in_thread)
    entity_ids |= {r.outlet_id for r in outside.values() if r.outlet_id}
    refs = repo.entity_refs(conn, entity_ids)
    for claim in claims_all:
        if claim.outlet_id and claim.outlet_id in refs:
            claim.outlet_name = refs[claim.outlet_id].name
        claim.sources = [
            SourceRef(refs[s.outlet_id].name if s.outlet_id in refs else s.name, s.outlet_id) for s in claim.sources
        ]
    outside = {
        k: ArticleRef(
            r.article_id,
            r.published,
            r.outlet,
            r.outlet_id,
            refs[r.outlet_id].name if r.outlet_id and r.outlet_id in refs else None,
        )
        for k, r in outside.items()
    }
    built = []
    for (subject_id, claim_type, club_id), group in grouped.items():
        person, club = refs.get(subject_id), refs.get(club_id)
        tid = thread_id(
            person.slug if person else repo.slugify(subject_id),
            claim_type,
            club.slug if club else repo.slugify(club_id),
        )
        built.append(build_thread(tid, group, outside, person.role if person else None))
    return built


# --------------------------------------------------------------------------- the cache


def _state(conn: Connection) -> dict[str, str]:
    return {k: v for k, v in conn.execute(sa.select(thread_state.c.key, thread_state.c.value))}


def _stamp(conn: Connection) -> dict[str, str]:
    n_claims = conn.scalar(sa.select(sa.func.count()).select_from(claims)) or 0
    n_articles = conn.scalar(sa.select(sa.func.count()).select_from(articles)) or 0
    latest = conn.scalar(sa.select(sa.func.max(articles.c.ingested_at)))
    return {
        "version": _STATE_VERSION,
        "claims": str(n_claims),
        "articles": str(n_articles),
        "ingested_at": latest.isoformat() if latest else "",
    }


def _subjects_since(conn: Connection, ingested_at: str) -> set[str]:
    moment = dt.datetime.fromisoformat(ingested_at)
    query = (
        sa.select(claims.c.subject_id)
        .join(articles, articles.c.id == claims.c.article_id)
        .where(articles.c.ingested_at > moment)
        .distinct()
    )
    return set(conn.scalars(query))


def _write(conn: Connection, subject_ids: Sequence[str], built: list[Thread]) -> None:
    if subject_ids:
        conn.execute(
            thread_reports.delete().where(
                thread_reports.c.thread_id.in_(sa.select(threads.c.id).where(threads.c.subject_id.in_(subject_ids)))
            )
        )
        conn.execute(threads.delete().where(threads.c.subject_id.in_(subject_ids)))
    now = repo.utcnow()
    rows = [{**t.summary_row(), "updated_at": now} for t in built]
    # two keys can meet on one id only if two entities share a slug; keep the first
    seen: set[str] = set()
    unique = [r for r in rows if not (r["id"] in seen or seen.add(r["id"]))]  # type: ignore[func-returns-value]
    repo.insert_rows(conn, threads, unique)
    keep = {r["id"] for r in unique}
    report_rows = [
        {
            "thread_id": t.id,
            "outlet_key": r.outlet_key[:320],
            "outlet": r.outlet,
            "outlet_id": r.outlet_id,
            "first_published": r.first_published,
            "stage": r.stage,
            "relation": r.relation,
            "n_claims": r.n_claims,
        }
        for t in built
        if t.id in keep
        for r in t.reports
    ]
    repo.insert_rows(conn, thread_reports, [r for r in report_rows if not str(r["outlet_key"]).startswith("article:")])


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def refresh_threads(conn: Connection, *, full: bool = False) -> int:
    """Bring the thread cache up to date with the claims; returns how many subjects were rebuilt."""
    state, stamp = _state(conn), _stamp(conn)
    if not full and state == stamp:
        return 0
    incremental = (
        not full
        and state.get("version") == stamp["version"]
        and state.get("ingested_at")
        and int(state.get("claims", "-1")) <= int(stamp["claims"])
        and int(state.get("articles", "-1")) <= int(stamp["articles"])
    )
    if incremental:
        subjects = sorted(_subjects_since(conn, state["ingested_at"]))
    else:
        conn.execute(thread_reports.delete())
        conn.execute(threads.delete())
        subjects = sorted(set(conn.scalars(sa.select(claims.c.subject_id).distinct())))
    for part in _chunks(subjects, _SUBJECT_CHUNK):
        built = build_threads(conn, load_claims(conn, subject_ids=part))
        _write(conn, part if incremental else [], built)
    conn.execute(thread_state.delete())
    conn.execute(thread_state.insert(), [{"key": k, "value": v} for k, v in stamp.items()])
    return len(subjects)


def ensure_threads(engine: Engine, *, full: bool = False) -> int:
    """Refresh the cache in its own transaction (what the read commands do first)."""
    with engine.begin() as conn:
        return refresh_threads(conn, full=full)


def subject_role(conn: Connection, subject_id: str) -> str | None:
    return conn.scalar(sa.select(entities.c.role).where(entities.c.id == subject_id))
