"""Reads and writes of the store: plain functions that take a SQLAlchemy Connection.

Callers own the transaction (``with engine.begin() as conn``); nothing here commits. Writes
take rows as dicts shaped like the tables in ``schema.py``; reads return plain dicts so that the
CLI, the API and the batch jobs can all render them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from mercato.extract.normalise import fold_key
from mercato.store.schema import (
    ALL_TABLES,
    aliases,
    articles,
    claim_sources,
    claims,
    entities,
    ingest_failures,
    outcomes,
)

Row = dict[str, Any]

#: SQLite allows at most 32766 bound parameters per statement; stay well below for IN lists.
_IN_CHUNK = 900


def _chunks(items: Sequence[Any], size: int = _IN_CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def slugify(name: str) -> str:
    """Lower-case ASCII with hyphens, as the web pages use: "Sérgio Conceição" → "sergio-conceicao"."""
    return re.sub(r"[^a-z0-9]+", "-", fold_key(name)).strip("-") or "x"


def fold_name(name: str) -> str:
    """What name lookups compare: lower case, no accents, punctuation as single spaces."""
    return fold_key(name)


def parse_published(value: str | None) -> tuple[dt.date | None, str | None]:
    """ "2024-12-05" → (2024-12-05, "day"); "2024-12" → (2024-12-01, "month"); "2024" → (2024-01-01, "year")."""
    if not value:
        return None, None
    parts = value.strip()[:10].split("-")
    try:
        if len(parts) == 1:
            return dt.date(int(parts[0]), 1, 1), "year"
        if len(parts) == 2:
            return dt.date(int(parts[0]), int(parts[1]), 1), "month"
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2])), "day"
    except ValueError:
        return None, None


def format_published(day: dt.date | None, precision: str | None) -> str | None:
    """The inverse of :func:`parse_published`: the date as precise as its source gave it."""
    if day is None:
        return None
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


# --------------------------------------------------------------------------- writes


def existing_hashes(conn: Connection, hashes: Collection[str]) -> set[str]:
    found: set[str] = set()
    for part in _chunks(sorted(hashes)):
        found.update(conn.scalars(sa.select(articles.c.content_hash).where(articles.c.content_hash.in_(part))))
    return found


def existing_article_ids(conn: Connection, ids: Collection[str]) -> set[str]:
    found: set[str] = set()
    for part in _chunks(sorted(ids)):
        found.update(conn.scalars(sa.select(articles.c.id).where(articles.c.id.in_(part))))
    return found


def existing_entity_ids(conn: Connection, ids: Collection[str]) -> set[str]:
    found: set[str] = set()
    for part in _chunks(sorted(ids)):
        found.update(conn.scalars(sa.select(entities.c.id).where(entities.c.id.in_(part))))
    return found


def insert_entities(conn: Connection, rows: Sequence[Row], alias_rows: Sequence[Row]) -> int:
    """Insert entities not stored yet (by id), giving each a slug unique within its kind, and
    their aliases. Returns how many entities were new."""
    if not rows:
        return 0
    new_ids = set(r["id"] for r in rows) - existing_entity_ids(conn, [r["id"] for r in rows])
    fresh = [dict(r) for r in rows if r["id"] in new_ids]
    if not fresh:
        return 0
    wanted = {(r["kind"], r["slug"]) for r in fresh}
    taken: set[tuple[str, str]] = set()
    for kind in {k for k, _ in wanted}:
        slugs = sorted(s for k, s in wanted if k == kind)
        for part in _chunks(slugs):
            taken.update(
                (kind, s)
                for s in conn.scalars(
                    sa.select(entities.c.slug).where(entities.c.kind == kind, entities.c.slug.in_(part))
                )
            )
    for row in sorted(fresh, key=lambda r: (r["kind"], r["id"])):
        slug, n = row["slug"], 2
        while (row["kind"], slug) in taken:
            slug, n = f"{row['slug']}-{n}", n + 1
        row["slug"] = slug
        taken.add((row["kind"], slug))
    conn.execute(entities.insert(), fresh)
    seen: set[tuple[str, str, str, str]] = set()
    unique_aliases: list[Row] = []
    for alias in alias_rows:
        if alias["entity_id"] not in new_ids:
            continue
        key = (alias["entity_id"], alias["surface"], alias["lang"], alias["alias_type"])
        if key not in seen:
            seen.add(key)
            unique_aliases.append(alias)
    if unique_aliases:
        conn.execute(aliases.insert(), unique_aliases)
    return len(fresh)


def insert_rows(conn: Connection, table: sa.Table, rows: Sequence[Row]) -> None:
    if rows:
        conn.execute(table.insert(), list(rows))


def article_signatures(conn: Connection) -> Iterator[tuple[str, bytes, str, str | None, dt.date | None]]:
    """(id, minhash, content_hash, copy_of, published) of every stored article with a signature:
    originals before their copies, then by date (the order a near-duplicate index is rebuilt in)."""
    query = (
        sa.select(articles.c.id, articles.c.minhash, articles.c.content_hash, articles.c.copy_of, articles.c.published)
        .where(articles.c.minhash.is_not(None))
        .order_by(articles.c.copy_of.is_not(None), articles.c.published, articles.c.id)
    )
    for row in conn.execute(query.execution_options(yield_per=5000)):
        yield row.id, bytes(row.minhash), row.content_hash, row.copy_of, row.published


def article_dates(conn: Connection, ids: Collection[str]) -> dict[str, tuple[dt.date | None, str | None]]:
    """id → (published, copy_of) for the given articles."""
    found: dict[str, tuple[dt.date | None, str | None]] = {}
    for part in _chunks(sorted(ids)):
        query = sa.select(articles.c.id, articles.c.published, articles.c.copy_of).where(articles.c.id.in_(part))
        for row in conn.execute(query):
            found[row.id] = (row.published, row.copy_of)
    return found


def repoint_copies(conn: Connection, old_root: str, new_root: str, similarity: float | None) -> None:
    """An earlier original arrived: the old root and its copies become copies of `new_root`."""
    conn.execute(
        articles.update()
        .where(sa.or_(articles.c.id == old_root, articles.c.copy_of == old_root))
        .values(copy_of=new_root)
    )
    conn.execute(articles.update().where(articles.c.id == old_root).values(near_similarity=similarity))


def record_failures(conn: Connection, failures: Iterable[tuple[str, str]], at: dt.datetime | None = None) -> None:
    """Remember inputs that could not be ingested; the same (source, reason) again bumps its count."""
    at = at or utcnow()
    for source, reason in failures:
        updated = conn.execute(
            ingest_failures.update()
            .where(ingest_failures.c.source == source, ingest_failures.c.reason == reason)
            .values(at=at, count=ingest_failures.c.count + 1)
        )
        if updated.rowcount == 0:
            conn.execute(ingest_failures.insert().values(source=source, reason=reason, at=at, count=1))


def clear_failures(conn: Connection, sources: Collection[str]) -> None:
    """Forget earlier failures of inputs that have now been read."""
    for part in _chunks(sorted(sources)):
        conn.execute(ingest_failures.delete().where(ingest_failures.c.source.in_(part)))


def insert_outcomes(conn: Connection, rows: Sequence[Row]) -> int:
    """Insert outcomes not stored yet (same person, event, club and date); returns how many were new."""
    added = 0
    for row in rows:
        exists = conn.scalar(
            sa.select(sa.func.count())
            .select_from(outcomes)
            .where(
                outcomes.c.person == row["person"],
                outcomes.c.event == row["event"],
                outcomes.c.club == row["club"],
                outcomes.c.date == row["date"],
            )
        )
        if not exists:
            conn.execute(outcomes.insert().values(loaded_at=row.get("loaded_at") or utcnow(), **row))
            added += 1
    return added


def counts(conn: Connection) -> dict[str, int]:
    """Rows per table."""
    return {t.name: int(conn.scalar(sa.select(sa.func.count()).select_from(t)) or 0) for t in ALL_TABLES}


# --------------------------------------------------------------------------- name resolution

_ALIAS_RANK = {"name": 0, "nickname": 1, "short": 2, "surname": 3, "country": 4}


@dataclass(frozen=True)
class EntityRef:
    id: str
    kind: str
    name: str
    slug: str
    role: str | None = None


def _entity_refs(conn: Connection, ids: Collection[str]) -> dict[str, EntityRef]:
    refs: dict[str, EntityRef] = {}
    for part in _chunks(sorted(ids)):
        query = sa.select(entities).where(entities.c.id.in_(part))
        for row in conn.execute(query):
            refs[row.id] = EntityRef(row.id, row.kind, row.name, row.slug, row.role)
    return refs


def resolve_entities(conn: Connection, name: str, kind: str) -> list[EntityRef]:
    """Entities of `kind` that `name` denotes, best first: an exact id or slug; else an exact alias
    (canonical name, nickname such as "Hammers", short form, a person's surname), the strongest
    kind of alias only; else names that contain `name` as whole words. Most-claimed first."""
    query_text = name.strip()
    if not query_text:
        return []
    folded, slug = fold_name(query_text), slugify(query_text)
    direct = (
        conn.execute(
            sa.select(entities.c.id).where(
                entities.c.kind == kind, sa.or_(entities.c.id == query_text, entities.c.slug == slug)
            )
        )
        .scalars()
        .all()
    )
    ids: list[str] = list(direct)
    if not ids:
        rows = conn.execute(
            sa.select(aliases.c.entity_id, aliases.c.alias_type)
            .join(entities, entities.c.id == aliases.c.entity_id)
            .where(entities.c.kind == kind, aliases.c.folded == folded)
        ).all()
        if rows:
            best = min(_ALIAS_RANK.get(r.alias_type, 9) for r in rows)
            ids = sorted({r.entity_id for r in rows if _ALIAS_RANK.get(r.alias_type, 9) == best})
    if not ids and len(folded) >= 3:
        pattern = sa.or_(
            aliases.c.folded.like(f"{_escape_like(folded)} %", escape="\\"),
            aliases.c.folded.like(f"% {_escape_like(folded)}", escape="\\"),
            aliases.c.folded.like(f"% {_escape_like(folded)} %", escape="\\"),
        )
        ids = sorted(
            set(
                conn.scalars(
                    sa.select(aliases.c.entity_id)
                    .join(entities, entities.c.id == aliases.c.entity_id)
                    .where(entities.c.kind == kind, pattern)
                    .limit(50)
                )
            )
        )
    if not ids:
        return []
    refs = _entity_refs(conn, ids)
    column = claims.c.subject_id if kind == "person" else claims.c.club_id
    counted = sa.select(column, sa.func.count()).where(column.in_(list(refs))).group_by(column)
    weight: dict[str, int] = {key: int(n) for key, n in conn.execute(counted).all()}
    return sorted(refs.values(), key=lambda r: (-weight.get(r.id, 0), r.name, r.id))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# --------------------------------------------------------------------------- claim queries


@dataclass
class ClaimFilter:
    subject_ids: Sequence[str] | None = None
    club_ids: Sequence[str] | None = None
    since: dt.date | None = None
    #: articles published on or before this day (a month-dated article counts from its first day)
    until: dt.date | None = None
    stage: str | None = None
    type: str | None = None
    lang: str | None = None
    #: newest first; None means every matching claim
    limit: int | None = 100


def _since_clause(since: dt.date) -> sa.ColumnElement[bool]:
    """An article dated only by month (or year) counts as on or after `since` if its period can be."""
    month_start = since.replace(day=1)
    year_start = since.replace(month=1, day=1)
    return sa.or_(
        claims.c.published >= since,
        sa.and_(articles.c.published_precision == "month", claims.c.published >= month_start),
        sa.and_(articles.c.published_precision == "year", claims.c.published >= year_start),
    )


_CLAIM_COLUMNS = (
    claims.c.id,
    claims.c.article_id,
    claims.c.subject,
    claims.c.subject_id,
    claims.c.type,
    claims.c.club,
    claims.c.club_id,
    claims.c.stage,
    claims.c.hedged,
    claims.c.confidence,
    claims.c.conditions,
    claims.c.evidence,
    claims.c.published,
    claims.c.lang,
    articles.c.published_precision,
    articles.c.title,
    articles.c.url,
    articles.c.outlet,
    articles.c.outlet_id,
    articles.c.copy_of,
)


def query_claims(conn: Connection, f: ClaimFilter) -> list[Row]:
    """Claims with their article's outlet, date, title and url and the sources they cite, newest first."""
    query = sa.select(*_CLAIM_COLUMNS).join(articles, articles.c.id == claims.c.article_id)
    if f.subject_ids is not None:
        query = query.where(claims.c.subject_id.in_(list(f.subject_ids)))
    if f.club_ids is not None:
        query = query.where(claims.c.club_id.in_(list(f.club_ids)))
    if f.since is not None:
        query = query.where(_since_clause(f.since))
    if f.until is not None:
        query = query.where(claims.c.published <= f.until)
    if f.stage:
        query = query.where(claims.c.stage == f.stage)
    if f.type:
        query = query.where(claims.c.type == f.type)
    if f.lang:
        query = query.where(claims.c.lang == f.lang)
    query = query.order_by(claims.c.published.desc().nulls_last(), claims.c.id)
    if f.limit is not None:
        query = query.limit(f.limit)
    rows = [_claim_row(r._mapping) for r in conn.execute(query)]
    _attach_sources(conn, rows)
    return rows


def _claim_row(m: Any) -> Row:
    return {
        "claim_id": m["id"],
        "article_id": m["article_id"],
        "subject": m["subject"],
        "subject_id": m["subject_id"],
        "type": m["type"],
        "club": m["club"],
        "club_id": m["club_id"],
        "stage": m["stage"],
        "sources": [],
        "conditions": list(m["conditions"] or []),
        "hedged": bool(m["hedged"]),
        "confidence": round(float(m["confidence"]), 3),
        "evidence": list(m["evidence"] or []),
        "published": format_published(m["published"], m["published_precision"]),
        "lang": m["lang"],
        "outlet": m["outlet"],
        "outlet_id": m["outlet_id"],
        "title": m["title"],
        "url": m["url"],
        "copy_of": m["copy_of"],
    }


def _attach_sources(conn: Connection, rows: list[Row]) -> None:
    if not rows:
        return
    by_claim: dict[str, list[str]] = defaultdict(list)
    for part in _chunks([r["claim_id"] for r in rows]):
        query = (
            sa.select(claim_sources.c.claim_id, claim_sources.c.name)
            .where(claim_sources.c.claim_id.in_(part))
            .order_by(claim_sources.c.claim_id, claim_sources.c.seq)
        )
        for claim_id, source in conn.execute(query):
            by_claim[claim_id].append(source)
    for row in rows:
        row["sources"] = by_claim.get(row["claim_id"], [])


def iter_claims(conn: Connection, chunk: int = 5000) -> Iterator[list[Row]]:
    """Every claim with its article's metadata and sources, in chunks, in (date, id) order: for export."""
    last: tuple[Any, ...] | None = None
    while True:
        query = sa.select(*_CLAIM_COLUMNS).join(articles, articles.c.id == claims.c.article_id)
        if last is not None:
            query = query.where(claims.c.id > last[0])
        query = query.order_by(claims.c.id).limit(chunk)
        rows = [_claim_row(r._mapping) for r in conn.execute(query)]
        if not rows:
            return
        _attach_sources(conn, rows)
        yield rows
        last = (rows[-1]["claim_id"],)


def failures(conn: Connection, limit: int = 1000) -> list[Row]:
    query = sa.select(ingest_failures).order_by(ingest_failures.c.at.desc(), ingest_failures.c.id).limit(limit)
    return [dict(r._mapping) for r in conn.execute(query)]


def entity_refs(conn: Connection, ids: Collection[str]) -> dict[str, EntityRef]:
    return _entity_refs(conn, ids)
