"""Load-test the web server: person and club pages under 50 concurrent clients, on 127.0.0.1 only.

- Database: ``--articles`` generated articles (default 100,000, ~3 claims each, real clubs and
  people from the knowledge base), built by ``bench_store.build_query_db`` and kept in
  ``bench/corpus/web-<n>.db`` for the next run.
- Server: the app of ``mercato serve`` under uvicorn in its own process (access log off).
- Warm-up: every URL once, one at a time: the time to *render* each page from the database
  (``x-cache: miss``), reported as ``first_render`` per kind.
- Load: a lean asyncio HTTP/1.1 keep-alive client (raw streams, no HTTP library) with
  ``--clients`` concurrent connections sends ``--requests``
  GETs (a fixed count, within ``--time-limit`` seconds) to ``/person/<slug>`` and ``/club/<slug>``
  for ``--people`` people and ``--clubs`` clubs drawn with a popularity skew, as readers do. Pages
  come from the server's response cache (valid until the data changes); p95 and errors of this
  phase are what the bar (p95 < 100 ms, zero errors) is checked against.

Writes ``bench/out/web.json`` and prints a summary. ``make bench`` runs this.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa
from bench_store import build_query_db

from mercato.store import make_engine
from mercato.store.schema import claims, entities

HERE = Path(__file__).resolve().parent
BARS = {"p95_ms": 100.0, "errors": 0}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _targets(db: Path, people: int, clubs: int) -> list[str]:
    engine = make_engine(str(db))
    with engine.connect() as conn:

        def top(kind: str, column: Any, n: int) -> list[str]:
            query = (
                sa.select(entities.c.slug)
                .join(claims, column == entities.c.id)
                .where(entities.c.kind == kind)
                .group_by(entities.c.slug)
                .order_by(sa.func.count().desc())
                .limit(n)
            )
            return list(conn.scalars(query))

        urls = [f"/person/{s}" for s in top("person", claims.c.subject_id, people)]
        urls += [f"/club/{s}" for s in top("club", claims.c.club_id, clubs)]
    engine.dispose()
    return urls


def _start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    code = (
        "import uvicorn; from mercato.web import create_app; "
        f"uvicorn.run(create_app({str(db)!r}), host='127.0.0.1', port={port}, log_level='warning', access_log=False)"
    )
    server = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("the server did not come up")


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str, path: str) -> tuple[int, str]:
    """One HTTP/1.1 keep-alive GET on an open connection: (status, x-cache header). A lean client,
    so that on a small machine the load generator does not eat the CPU the server is measured on."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: text/html\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
    if "content-length" not in headers:
        raise ConnectionError("response without content-length")
    await reader.readexactly(int(headers["content-length"]))
    return status, headers.get("x-cache", "")


async def _load(
    base: str, urls: list[str], clients: int, total: int, time_limit: float, seed: int, each: bool = False
) -> dict[str, Any]:
    rng = random.Random(seed)
    weights = [1.0 / (i + 3) for i in range(len(urls))]
    plan = list(urls) if each else rng.choices(urls, weights, k=total)
    queue: asyncio.Queue[str] = asyncio.Queue()
    for url in plan:
        queue.put_nowait(url)
    results: list[tuple[str, float, int, str]] = []
    errors: list[str] = []
    deadline = time.monotonic() + time_limit
    host, _, port = base.removeprefix("http://").partition(":")
    assert host == "127.0.0.1", "the load test only ever targets 127.0.0.1"

    async def worker() -> None:
        reader, writer = await asyncio.open_connection(host, int(port))
        try:
            while time.monotonic() < deadline:
                try:
                    url = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                tick = time.perf_counter()
                try:
                    status, cache = await asyncio.wait_for(_get(reader, writer, host, url), timeout=30)
                except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError,
                        ValueError) as exc:  # fmt: skip
                    errors.append(f"{url}: {type(exc).__name__}")
                    writer.close()
                    reader, writer = await asyncio.open_connection(host, int(port))
                    continue
                elapsed = (time.perf_counter() - tick) * 1000
                results.append((url, elapsed, status, cache))
                if status != 200:
                    errors.append(f"{url}: HTTP {status}")
        finally:
            writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(clients)))
    wall = time.perf_counter() - started
    return {"results": results, "errors": errors, "wall_s": wall, "unsent": queue.qsize()}


def _pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * (len(ordered) - 1) + 0.5))], 2)


def _summary(values: list[float]) -> dict[str, Any]:
    return {
        "n": len(values),
        "p50_ms": _pct(values, 0.5),
        "p95_ms": _pct(values, 0.95),
        "max_ms": round(max(values), 2) if values else None,
        "mean_ms": round(statistics.mean(values), 2) if values else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="Load-test mercato's web pages on 127.0.0.1.")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--time-limit", type=float, default=120.0)
    parser.add_argument("--people", type=int, default=150)
    parser.add_argument("--clubs", type=int, default=60)
    parser.add_argument("--db", type=Path, default=None, help="reuse this database instead of generating one")
    parser.add_argument("--out", type=Path, default=HERE / "out" / "web.json")
    args = parser.parse_args()

    db = args.db or HERE / "corpus" / f"web-{args.articles}.db"
    build: dict[str, Any] = {"reused": True, "path": str(db)}
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        partial = db.with_suffix(".partial")
        for leftover in db.parent.glob(partial.name + "*"):
            leftover.unlink()
        build = build_query_db(partial, args.articles)
        partial.rename(db)
        build["reused"] = False
    urls = _targets(db, args.people, args.clubs)
    port = _free_port()
    server = _start_server(db, port)
    try:
        warm = asyncio.run(_load(f"http://127.0.0.1:{port}", urls, 1, len(urls), args.time_limit, seed=0, each=True))
        run = asyncio.run(
            _load(f"http://127.0.0.1:{port}", urls, args.clients, args.requests, args.time_limit, seed=23)
        )
    finally:
        server.terminate()
        server.wait(10)
    results = run["results"]
    ok = [r for r in results if r[2] == 200]
    pages = {kind: _summary([r[1] for r in ok if r[0].startswith(f"/{kind}/")]) for kind in ("person", "club")}
    result = {
        "machine": {"python": platform.python_version(), "cpu": platform.processor() or platform.machine()},
        "database": {"articles": args.articles, **build},
        "load": {
            "clients": args.clients,
            "requests_planned": args.requests,
            "requests_done": len(results),
            "unsent_at_time_limit": run["unsent"],
            "distinct_urls": len(urls),
            "wall_s": round(run["wall_s"], 2),
            "requests_per_s": round(len(results) / run["wall_s"], 1) if run["wall_s"] else None,
        },
        "all": _summary([r[1] for r in ok]),
        "person": pages["person"],
        "club": pages["club"],
        "cache_hits": sum(1 for r in ok if r[3] == "hit"),
        "first_render": {
            kind: _summary([r[1] for r in warm["results"] if r[0].startswith(f"/{kind}/") and r[2] == 200])
            for kind in ("person", "club")
        },
        "warmup_errors": len(warm["errors"]),
        "errors": len(run["errors"]),
        "error_samples": run["errors"][:10],
        "bars": BARS,
    }
    worst = max((p["p95_ms"] or 0.0) for p in pages.values())
    errors = result["errors"] + result["warmup_errors"]
    result["meets_bars"] = {"p95_ms": worst < BARS["p95_ms"], "errors": errors == BARS["errors"]}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(
        f"web: {len(results)} requests, {args.clients} clients, {result['load']['requests_per_s']} req/s; "
        f"person p95 {pages['person']['p95_ms']} ms, club p95 {pages['club']['p95_ms']} ms "
        f"(first render, one at a time: person p95 {result['first_render']['person']['p95_ms']} ms, "
        f"club p95 {result['first_render']['club']['p95_ms']} ms); "
        f"errors {result['errors']}"
    )
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
