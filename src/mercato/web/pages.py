"""Server-rendered pages (Jinja2, autoescaped): home, person, club, thread, article, outlets, search."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from mercato.store import repo
from mercato.store.schema import articles
from mercato.web import estimates, queries
from mercato.web.svg import STAGE_COLOURS, timeline_svg

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.globals["stage_colours"] = STAGE_COLOURS
templates.env.globals["ladders"] = queries.LADDERS
templates.env.globals["rank"] = queries.RANK
router = APIRouter(include_in_schema=False)


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{round(100 * value)}%"


templates.env.filters["percent"] = _percent


def _render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return _render(request, "error.html", status=status, status_code=status, message=message)


def _conn(request: Request) -> Any:
    return request.app.state.engine.connect()


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    with _conn(request) as conn:
        hottest = queries.hottest_threads(conn, limit=12)
        latest, _ = queries.list_articles(conn, limit=12)
    return _render(request, "home.html", hottest=[t.to_dict() for t in hottest], latest=latest)


def _redirect_by_name(request: Request, conn: Any, kind: str, name: str) -> Response:
    matches = repo.resolve_entities(conn, name.replace("-", " "), kind)
    if matches:
        return RedirectResponse(f"/{kind}/{matches[0].slug}", status_code=307)
    raise HTTPException(404, f"no {kind} called {name!r}")


@router.get("/person/{slug}", response_class=HTMLResponse)
def person_page(request: Request, slug: str) -> Response:
    with _conn(request) as conn:
        person = queries.entity_by_slug(conn, "person", slug)
        if person is None:
            return _redirect_by_name(request, conn, "person", slug)
        view = queries.person_view(conn, person)
    return _render(request, "person.html", view=view, chart=timeline_svg(view["timeline"]))


@router.get("/club/{slug}", response_class=HTMLResponse)
def club_page(request: Request, slug: str) -> Response:
    with _conn(request) as conn:
        club = queries.entity_by_slug(conn, "club", slug)
        if club is None:
            return _redirect_by_name(request, conn, "club", slug)
        view = queries.club_view(conn, club)
    return _render(request, "club.html", view=view)


@router.get("/thread/{thread_id}", response_class=HTMLResponse)
def thread_page(request: Request, thread_id: str) -> HTMLResponse:
    with _conn(request) as conn:
        thread = queries.thread_detail(conn, thread_id)
        if thread is None:
            raise HTTPException(404, f"no thread {thread_id!r}")
        texts = _texts(conn, [t["article_id"] for t in thread["timeline"]])
    for step in thread["timeline"]:
        step["context"] = [evidence_context(texts.get(step["article_id"], ("", "")), e) for e in step["evidence"][:3]]
    return _render(request, "thread.html", thread=thread)


@router.get("/article/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    with _conn(request) as conn:
        article = queries.article_detail(conn, article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return _render(request, "article.html", article=article)


@router.get("/outlets", response_class=HTMLResponse)
def outlets_page(request: Request) -> HTMLResponse:
    with _conn(request) as conn:
        board = estimates.outlet_board(conn)
    return _render(request, "outlets.html", board=board)


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request, q: Annotated[str, Query(max_length=200)] = "", cursor: Annotated[str | None, Query()] = None
) -> Response:
    q = q.strip()
    entities: list[dict[str, Any]] = []
    found: list[dict[str, Any]] = []
    following = None
    if q:
        with _conn(request) as conn:
            entities = queries.search_entities(conn, q, None, 12)
            exact = [e for e in entities if repo.fold_name(e["matched"]) == repo.fold_name(q) and e["kind"] != "outlet"]
            if len({e["id"] for e in exact}) == 1 and cursor is None:
                return RedirectResponse(exact[0]["url"], status_code=303)
            if len(q) >= 2:
                try:
                    found, following = queries.list_articles(conn, limit=20, q=q, cursor=cursor)
                except queries.BadCursor as exc:
                    raise HTTPException(422, str(exc)) from exc
    return _render(request, "search.html", q=q, entities=entities, articles=found, next_cursor=following)


# --------------------------------------------------------------------------- evidence in context

_SENTENCE_END = re.compile(r"[.!?\n]")


def _texts(conn: Any, ids: list[str]) -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    for part in repo._chunks(sorted(set(ids))):
        query = sa.select(articles.c.id, articles.c.title, articles.c.text).where(articles.c.id.in_(part))
        for r in conn.execute(query):
            found[r.id] = (r.title or "", r.text or "")
    return found


def evidence_context(article: tuple[str, str], evidence: dict[str, Any], room: int = 240) -> dict[str, str]:
    """The sentence around an evidence span, split into before / the evidence / after, so that
    the page can highlight it (all three are escaped by the template)."""
    title, body = article
    full = f"{title}\n\n{body}" if title else body
    quote = str(evidence.get("text") or "")
    start, end = evidence.get("start"), evidence.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and full[start:end] == quote):
        start = full.find(quote) if quote else -1
        end = start + len(quote)
    if start < 0 or not quote:
        return {"before": "", "mark": quote, "after": ""}
    head = full[max(0, start - room) : start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(head)), default=0)
    before = head[cut:].lstrip()
    tail = full[end : end + room]
    stop = _SENTENCE_END.search(tail)
    after = tail[: stop.end()] if stop else tail
    return {
        "before": ("…" if not before and cut == 0 and start > room else "") + before,
        "mark": quote.strip(),
        "after": after.rstrip(),
    }
