"""The FastAPI application: one engine, the API router, the pages, static files and safety nets.

- Request bodies over ``max_body`` bytes are refused with 413 before they are read in full.
- Bad parameters are 422 with FastAPI's field-by-field detail; unknown things are 404 with a
  message; an unexpected error is a 500 that names no internals (and is logged).
- GET responses of pages and of the heavier API reads are cached in memory per URL and dropped
  whenever the database changes (checked at most once a second: article, claim and outcome
  counts) or a write goes through this server.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import OrderedDict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread
import sqlalchemy as sa
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.engine import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mercato import __version__
from mercato.store import ensure_current, make_engine
from mercato.store.schema import articles, claims, outcomes

HERE = Path(__file__).resolve().parent
TOKEN_ENV = "MERCATO_API_TOKEN"
DEFAULT_MAX_BODY = 2 * 1024 * 1024
log = logging.getLogger("mercato.web")


class BodyLimit:
    """ASGI middleware: 413 for a body larger than `limit` (declared or streamed)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = self.limit + 1
                if declared > self.limit:
                    await _too_large(self.limit, send)
                    return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise _BodyTooLarge
            return message

        try:
            await self.app(scope, limited, send)
        except _BodyTooLarge:
            await _too_large(self.limit, send)


class _BodyTooLarge(Exception):
    pass


async def _too_large(limit: int, send: Send) -> None:
    body = f'{{"detail":"request body larger than {limit} bytes"}}'.encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


@dataclass
class ResponseCache:
    """URL → rendered response, valid while the database's data version does not change."""

    engine: Engine
    size: int = 2048
    check_every: float = 1.0
    _items: OrderedDict[str, tuple[int, bytes, str]] = field(default_factory=OrderedDict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _version: int = 0
    _signature: tuple[int, ...] | None = None
    _checked: float = 0.0

    def fresh(self) -> bool:
        """True while the last look at the database is recent enough to trust the version."""
        return time.monotonic() - self._checked < self.check_every

    def version(self) -> int:
        now = time.monotonic()
        if now - self._checked >= self.check_every:
            self._checked = now
            with self.engine.connect() as conn:
                signature = tuple(
                    int(conn.scalar(sa.select(sa.func.count()).select_from(t)) or 0)
                    for t in (articles, claims, outcomes)
                )
            with self._lock:
                if signature != self._signature:
                    self._signature = signature
                    self._version += 1
                    self._items.clear()
        return self._version

    def bump(self) -> None:
        with self._lock:
            self._version += 1
            self._items.clear()
            self._checked = 0.0

    def get(self, key: str) -> tuple[bytes, str] | None:
        return self.lookup(key, self.version())

    def lookup(self, key: str, version: int) -> tuple[bytes, str] | None:
        with self._lock:
            item = self._items.get(key)
            if item is None or item[0] != version:
                return None
            self._items.move_to_end(key)
            return item[1], item[2]

    def put(self, key: str, version: int, body: bytes, media_type: str) -> None:
        with self._lock:
            if version != self._version:
                return
            self._items[key] = (version, body, media_type)
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


class CacheMiddleware:
    """ASGI middleware: serve cacheable GETs from the ResponseCache, store 200 answers in it.
    A hit costs no thread and no database round trip (the data version is re-read at most once a
    second, in a worker thread)."""

    def __init__(self, app: ASGIApp, store: ResponseCache) -> None:
        self.app = app
        self.store = store
        #: renders in progress: a second request for the same URL waits for the first one
        self.pending: dict[str, anyio.Event] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not _cacheable(scope["path"]):
            await self.app(scope, receive, send)
            return
        store = self.store
        key = scope["path"] + "?" + scope.get("query_string", b"").decode("latin-1")
        version = store._version if store.fresh() else await anyio.to_thread.run_sync(store.version)
        hit = store.lookup(key, version)
        if hit is None and key in self.pending:
            await self.pending[key].wait()
            hit = store.lookup(key, version)
        if hit is not None:
            body, media_type = hit
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [
                        (b"content-type", media_type.encode("latin-1")),
                        (b"content-length", str(len(body)).encode()),
                        (b"x-cache", b"hit"),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return
        status = 0
        media_type = ""
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal status, media_type
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = dict(message.get("headers", []))
                media_type = headers.get(b"content-type", b"").decode("latin-1")
                message = {**message, "headers": [*message.get("headers", []), (b"x-cache", b"miss")]}
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False) and status == 200 and media_type:
                    store.put(key, version, b"".join(chunks), media_type)
            await send(message)

        done = self.pending.setdefault(key, anyio.Event())
        try:
            await self.app(scope, receive, capture)
        finally:
            if self.pending.get(key) is done:
                del self.pending[key]
            done.set()


def create_app(
    db_url: str | None = None,
    *,
    api_token: str | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    cache: bool = True,
    worker_threads: int = 8,
) -> FastAPI:
    """The mercato web app on the database at `db_url` (``--db`` rules: URL, path, or the default).

    `api_token` guards the write endpoints; by default it is ``$MERCATO_API_TOKEN`` (no token set:
    writes are refused with 401)."""
    from mercato.web import api, estimates, pages  # noqa: F401 (import order: the package imports this module)

    engine = make_engine(db_url)
    ensure_current(engine)
    book = estimates.insights(engine)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # at most this many requests use the database at once: fewer than the engine's pool holds
        anyio.to_thread.current_default_thread_limiter().total_tokens = worker_threads
        # forecasts and track records are fitted in the background, starting now
        await anyio.to_thread.run_sync(lambda: _warm(book))
        yield
        engine.dispose()

    app = FastAPI(
        lifespan=lifespan,
        title="mercato",
        version=__version__,
        description="Football transfer and coaching-carousel rumours: who is linked with whom, how far it got, "
        "who says so, and how likely it is.",
        docs_url="/api/docs",
        redoc_url=None,
    )
    app.state.engine = engine
    app.state.api_token = api_token if api_token is not None else os.environ.get(TOKEN_ENV) or None
    app.state.cache = ResponseCache(engine) if cache else None
    if app.state.cache is not None:
        # new forecasts and track records: the cached pages showing the old ones are dropped
        book.on_ready.append(app.state.cache.bump)
    app.state.kb = None
    app.state.kb_lock = threading.Lock()
    app.add_middleware(BodyLimit, limit=max_body)
    if app.state.cache is not None:
        app.add_middleware(CacheMiddleware, store=app.state.cache)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_html(request):
            return pages.error_page(request, exc.status_code, str(exc.detail))
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def bad_params(request: Request, exc: RequestValidationError) -> Response:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in exc.errors()
        ]
        if _wants_html(request):
            message = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in errors)
            return pages.error_page(request, 422, message or "bad parameters")
        return JSONResponse({"detail": errors}, status_code=422)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        if _wants_html(request):
            return pages.error_page(request, 500, "something went wrong on our side")
        return JSONResponse({"detail": "internal error"}, status_code=500)

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.get("/healthz", include_in_schema=False)
    def health() -> dict[str, Any]:
        with engine.connect() as conn:
            conn.scalar(sa.select(1))
        return {"status": "ok", "version": __version__}

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> HTMLResponse:
        return HTMLResponse(status_code=204)

    return app


def _warm(book: Any) -> None:
    """Start building this data generation's forecasts and track records (without waiting)."""
    from mercato.web.estimates import data_signature

    with book.engine.connect() as conn:
        book.start(data_signature(conn))


def _cacheable(path: str) -> bool:
    return not path.startswith(("/static", "/healthz", "/api/docs", "/openapi.json"))


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and request.url.path != "/openapi.json"
