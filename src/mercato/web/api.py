"""The REST API under ``/api``: public reads, token-guarded writes. JSON field names are stable.

Lists are cursor-paginated: each answer has ``items`` and ``next_cursor`` (null on the last page);
pass ``cursor=<next_cursor>`` for the following page.
"""

from __future__ import annotations

import datetime as dt
import functools
import hmac
import inspect
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal

import sqlalchemy as sa
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, Field
from sqlalchemy.engine import Connection, Engine

from mercato.store import repo
from mercato.store.schema import articles
from mercato.web import estimates, queries
from mercato.web.queries import BadCursor

router = APIRouter(prefix="/api", tags=["api"])

StageParam = Literal["speculation", "contact", "negotiation", "agreement", "official", "risk", "off"]
TypeParam = Literal["move", "departure", "stay"]
StatusParam = Literal["open", "materialised", "failed"]
KindParam = Literal["person", "club", "outlet"]
Limit = Annotated[int, Query(ge=1, le=200, description="Items per page (1-200).")]
Cursor = Annotated[str | None, Query(max_length=600, description="next_cursor of the previous page.")]
Name = Annotated[str | None, Query(min_length=1, max_length=200)]
EVENTS = ("appointed", "sacked", "resigned", "left", "caretaker", "joined", "contract_extended")


def engine_of(request: Request) -> Engine:
    return request.app.state.engine  # type: ignore[no-any-return]


def with_conn(func: Callable[..., Any]) -> Callable[..., Any]:
    """Give a read endpoint a database connection opened and closed in the worker thread that runs
    it (``conn`` in its signature becomes the request). A connection held by a generator dependency
    would stay checked out while the request waits for a thread, and 50 waiting requests would
    drain the pool."""
    signature = inspect.signature(func)
    params = [
        p.replace(name="request", annotation=Request) if p.name == "conn" else p for p in signature.parameters.values()
    ]

    @functools.wraps(func)
    def endpoint(request: Request, **kwargs: Any) -> Any:
        with engine_of(request).connect() as conn:
            return func(conn, **kwargs)

    endpoint.__signature__ = signature.replace(parameters=params)  # type: ignore[attr-defined]
    return endpoint


Conn = Connection


def require_token(request: Request) -> None:
    """Writes need ``Authorization: Bearer <MERCATO_API_TOKEN>``."""
    expected: str | None = request.app.state.api_token
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    challenge = {"WWW-Authenticate": "Bearer"}
    if not expected:
        raise HTTPException(401, "writes are disabled: the server has no MERCATO_API_TOKEN", headers=challenge)
    if scheme.lower() != "bearer" or not given:
        raise HTTPException(401, "missing bearer token (Authorization: Bearer <token>)", headers=challenge)
    if not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(401, "invalid token", headers=challenge)


def _page(items: list[Any], next_cursor: str | None) -> dict[str, Any]:
    return {"items": items, "next_cursor": next_cursor}


def _resolve(conn: Connection, name: str | None, kind: str) -> list[str] | None:
    if name is None:
        return None
    matches = repo.resolve_entities(conn, name, kind)
    if not matches:
        raise HTTPException(404, f"no {kind} called {name!r}")
    return [m.id for m in matches[:1]]


def _slice(items: list[Any], limit: int, cursor: str | None) -> tuple[list[Any], str | None]:
    start = 0
    if cursor:
        (value,) = queries.decode_cursor(cursor, 1)
        if not value.isdigit():
            raise BadCursor("not a cursor this server handed out")
        start = int(value)
    end = start + limit
    return items[start:end], queries.encode_cursor(end) if end < len(items) else None


def _bad_cursor(exc: BadCursor) -> HTTPException:
    return HTTPException(422, f"cursor: {exc}")


# --------------------------------------------------------------------------- articles


@router.get("/articles", summary="Articles, newest first")
@with_conn
def list_articles(
    conn: Conn,
    limit: Limit = 20,
    cursor: Cursor = None,
    outlet: Name = None,
    lang: Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$")] = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    q: Annotated[str | None, Query(min_length=2, max_length=200, description="Words in title or text.")] = None,
) -> dict[str, Any]:
    try:
        items, following = queries.list_articles(
            conn, limit=limit, cursor=cursor, outlet=outlet, lang=lang, since=since, until=until, q=q
        )
    except BadCursor as exc:
        raise _bad_cursor(exc) from exc
    return _page(items, following)


@router.get("/articles/{article_id:path}", summary="One article with its text and claims")
@with_conn
def get_article(conn: Conn, article_id: str) -> dict[str, Any]:
    found = queries.article_detail(conn, article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return found


class ArticleIn(BaseModel):
    """An article to ingest: its text (and metadata), or only a ``url`` to fetch."""

    id: str | None = Field(None, max_length=200)
    title: str | None = Field(None, max_length=2000)
    text: str | None = Field(None, max_length=1_000_000)
    url: str | None = Field(None, max_length=2000, pattern=r"^https?://")
    published: str | None = Field(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?")
    lang: str | None = Field(None, pattern=r"^[a-z]{2,3}$")
    outlet: str | None = Field(None, max_length=200)


@router.post("/articles", status_code=201, dependencies=[Depends(require_token)], summary="Ingest an article")
def post_article(request: Request, body: ArticleIn) -> dict[str, Any]:
    from mercato.ingest.jsonl import article_from_record
    from mercato.ingest.results import ReadError
    from mercato.pipeline import ingest

    engine = engine_of(request)
    kb = _kb(request)
    record = body.model_dump(exclude_none=True)
    with tempfile.TemporaryDirectory(prefix="mercato-post-") as tmp:
        if body.text is not None:
            if not body.text.strip():
                raise HTTPException(422, "text: empty")
            try:
                article = article_from_record(record, body.id or "posted")
            except ReadError as exc:
                raise HTTPException(422, str(exc)) from exc
            if body.id is None:
                record["id"] = "api-" + article.content_hash[:16]
            source = Path(tmp) / "article.jsonl"
            source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
            summary = ingest([str(source)], engine, kb)
            where = articles.c.content_hash == article.content_hash
        elif body.url is not None:
            summary = ingest([body.url], engine, kb)
            where = articles.c.url == body.url
        else:
            raise HTTPException(422, "give the article's text, or a url to fetch")
    if summary.failed and not summary.new and not summary.duplicates:
        raise HTTPException(422, "; ".join(reason for _, reason in summary.failed)[:500])
    cache = request.app.state.cache
    if cache is not None:
        cache.bump()
    with engine.connect() as conn:
        ids = list(conn.scalars(sa.select(articles.c.id).where(where).limit(5)))
    return {
        "articles": ids,
        "new": summary.new,
        "duplicates": summary.duplicates,
        "near_duplicates": summary.near_duplicates,
        "claims": summary.claims,
        "failures": [{"source": s, "reason": r} for s, r in summary.failed],
    }


def _kb(request: Request) -> Any:
    state = request.app.state
    with state.kb_lock:
        if state.kb is None:
            from mercato.kb import load_kb

            state.kb = load_kb()
        return state.kb


# --------------------------------------------------------------------------- entities


@router.get("/entities", summary="Entities: alias search (q) or a paginated list")
@with_conn
def list_entities(
    conn: Conn,
    q: Annotated[str | None, Query(min_length=1, max_length=100, description="Name, nickname or prefix.")] = None,
    kind: KindParam | None = None,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> dict[str, Any]:
    if q is not None:
        return _page(queries.search_entities(conn, q, kind, limit), None)
    try:
        items, following = queries.list_entities(conn, kind=kind, limit=limit, cursor=cursor)
    except BadCursor as exc:
        raise _bad_cursor(exc) from exc
    return _page(items, following)


@router.get("/people/{slug}", summary="A person's profile: every club linked, each thread")
@with_conn
def get_person(conn: Conn, slug: str) -> dict[str, Any]:
    person = queries.entity_by_slug(conn, "person", slug)
    if person is None:
        raise HTTPException(404, f"no person with slug {slug!r}")
    return queries.person_view(conn, person)


@router.get("/clubs/{slug}", summary="A club's profile: bench, candidates, incoming and outgoing")
@with_conn
def get_club(conn: Conn, slug: str) -> dict[str, Any]:
    club = queries.entity_by_slug(conn, "club", slug)
    if club is None:
        raise HTTPException(404, f"no club with slug {slug!r}")
    return queries.club_view(conn, club)


@router.get("/entities/{kind}/{slug}", summary="One entity with its aliases")
@with_conn
def get_entity(conn: Conn, kind: KindParam, slug: str) -> dict[str, Any]:
    found = queries.entity_detail(conn, kind, slug)
    if found is None:
        raise HTTPException(404, f"no {kind} with slug {slug!r}")
    return found


# --------------------------------------------------------------------------- claims and threads


@router.get("/claims", summary="Claims, newest first")
@with_conn
def list_claims(
    conn: Conn,
    person: Name = None,
    club: Name = None,
    stage: StageParam | None = None,
    type: TypeParam | None = None,
    lang: Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$")] = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> dict[str, Any]:
    try:
        items, following = queries.list_claims(
            conn,
            subject_ids=_resolve(conn, person, "person"),
            club_ids=_resolve(conn, club, "club"),
            stage=stage,
            claim_type=type,
            lang=lang,
            since=since,
            until=until,
            limit=limit,
            cursor=cursor,
        )
    except BadCursor as exc:
        raise _bad_cursor(exc) from exc
    return _page(items, following)


def _refs(conn: Connection, name: str | None, kind: str) -> repo.EntityRef | None:
    ids = _resolve(conn, name, kind)
    if not ids:
        return None
    return repo.entity_refs(conn, ids)[ids[0]]


@router.get("/threads", summary="Rumour threads (person, type, club), furthest stage first")
@with_conn
def list_threads(
    conn: Conn,
    person: Name = None,
    club: Name = None,
    type: TypeParam | None = None,
    status: StatusParam | None = None,
    stage: StageParam | None = None,
    since: dt.date | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> dict[str, Any]:
    threads = queries.list_threads(
        conn,
        person=_refs(conn, person, "person"),
        club=_refs(conn, club, "club"),
        claim_type=type,
        status=status,
        stage=stage,
        since=since,
    )
    try:
        items, following = _slice(threads, limit, cursor)
    except BadCursor as exc:
        raise _bad_cursor(exc) from exc
    return _page([t.to_dict() for t in items], following)


@router.get("/threads/{thread_id}", summary="One thread with its timeline, origin and copies")
@with_conn
def get_thread(conn: Conn, thread_id: str) -> dict[str, Any]:
    if queries.split_thread_id(thread_id) is None:
        raise HTTPException(404, "a thread id is <person slug>--<move|departure|stay>--<club slug>")
    found = queries.thread_detail(conn, thread_id)
    if found is None:
        raise HTTPException(404, f"no thread {thread_id!r}")
    return found


@router.get("/forecasts", summary="Open threads with their probability, most likely first")
@with_conn
def list_forecasts(
    conn: Conn,
    person: Name = None,
    club: Name = None,
    type: TypeParam | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> dict[str, Any]:
    person_ref, club_ref = _refs(conn, person, "person"), _refs(conn, club, "club")
    threads = queries.list_threads(conn, person=person_ref, club=club_ref, claim_type=type, status="open")
    threads = [t for t in threads if t.probability is not None]
    threads.sort(key=lambda t: (-(t.probability or 0.0), t.id))
    try:
        items, following = _slice(threads, limit, cursor)
    except BadCursor as exc:
        raise _bad_cursor(exc) from exc
    rows = [
        {
            "thread_id": t.id,
            "person": t.person.name,
            "club": t.club.name,
            "type": t.type,
            "furthest_stage": t.furthest_stage,
            "probability": t.probability,
            "probability_alone": t.forecast.get("probability_alone"),
            "method": t.forecast.get("method"),
            "explanation": t.forecast.get("explanation", []),
        }
        for t in items
    ]
    return _page(rows, following)


# --------------------------------------------------------------------------- outlets, outcomes, search


@router.get("/outlets", summary="Outlet track records: hit rate with a credible interval, lead time")
@with_conn
def list_outlets(
    conn: Conn,
    min_resolved: Annotated[int, Query(ge=0, le=10_000)] = 0,
    limit: Limit = 100,
    cursor: Cursor = None,
) -> dict[str, Any]:
    board = estimates.outlet_board(conn, min_resolved=min_resolved)
    try:
        items, following = _slice(board, limit, cursor)
    except BadCursor as exc:
        raise _bad_cursor(exc) from exc
    return _page(items, following)


@router.get("/outcomes", summary="Known outcomes (appointments, sackings, transfers)")
@with_conn
def list_outcomes(conn: Conn, person: Name = None, club: Name = None) -> dict[str, Any]:
    person_ids, club_ids = _resolve(conn, person, "person"), _resolve(conn, club, "club")
    rows = queries.outcome_rows(conn, person_ids[0] if person_ids else None, club_ids[0] if club_ids else None)
    return _page(rows, None)


class OutcomeIn(BaseModel):
    person: str = Field(min_length=1, max_length=300)
    role: str = Field("", max_length=32)
    event: Literal["appointed", "sacked", "resigned", "left", "caretaker", "joined", "contract_extended"]
    club: str = Field(min_length=1, max_length=300)
    date: dt.date
    source: str = Field("api", max_length=300)


class OutcomesIn(BaseModel):
    outcomes: list[OutcomeIn] = Field(min_length=1, max_length=5000)


@router.post("/outcomes", status_code=201, dependencies=[Depends(require_token)], summary="Load outcomes")
def post_outcomes(request: Request, body: OutcomesIn) -> dict[str, Any]:
    engine = engine_of(request)
    with engine.begin() as conn:
        rows = []
        for o in body.outcomes:
            person = repo.resolve_entities(conn, o.person, "person")
            club = repo.resolve_entities(conn, o.club, "club")
            rows.append(
                {
                    "person_id": person[0].id if person else None,
                    "person": person[0].name if person else o.person,
                    "role": o.role,
                    "event": o.event,
                    "club_id": club[0].id if club else None,
                    "club": club[0].name if club else o.club,
                    "date": o.date,
                    "source": o.source,
                }
            )
        added = repo.insert_outcomes(conn, rows)
    cache = request.app.state.cache
    if cache is not None:
        cache.bump()
    return {"added": added, "received": len(rows), "unresolved": [r["person"] for r in rows if not r["person_id"]]}


@router.get("/search", summary="Full-text search over articles, plus matching names")
@with_conn
def search(
    conn: Conn,
    q: Annotated[str, Query(min_length=2, max_length=200)],
    limit: Limit = 20,
    cursor: Cursor = None,
) -> dict[str, Any]:
    try:
        items, following = queries.list_articles(conn, limit=limit, cursor=cursor, q=q)
    except BadCursor as exc:
        raise _bad_cursor(exc) from exc
    return {"entities": queries.search_entities(conn, q, None, 8), "items": items, "next_cursor": following}
