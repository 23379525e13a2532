"""Status, forecast and outlet track record of threads, as the web shows them — computed by the
thread, outcome, track-record and forecast modules, never re-derived here:

- **status**: :func:`mercato.outcomes.resolve` (outcomes file + official news, 365-day horizon);
- **forecast**: :func:`mercato.forecast.forecast` (logistic regression + Platt calibration, each
  probability split into feature contributions, exclusive candidates sharing probability);
- **outlet track record**: :func:`mercato.trackrecord.outlet_leaderboard` (hit rate with a Beta
  credible interval, median lead time, share first vs copied).

Fitting the forecast and scoring every outlet cost seconds to minutes on a large store, so both
are computed once per *data generation* (article, claim and outcome counts) in a background
thread, by an :class:`Insights` book per database. A page never waits for a refit: it shows the
last generation's figures (or none yet), and the book calls its ``on_ready`` hook (the app's
response cache drops its pages) when the new figures land. The first build of a book is awaited
for at most ``first_wait`` seconds, which is all a small store needs.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from mercato.forecast import Forecast
from mercato.forecast import forecast as fit_and_forecast
from mercato.outcomes import OutcomeIndex, ThreadFacts, outcome_index, resolve
from mercato.store.schema import articles, claims, outcomes
from mercato.threads import default_as_of, ensure_threads
from mercato.trackrecord import OutletRecord, outlet_leaderboard

if TYPE_CHECKING:
    from mercato.web.queries import Thread

log = logging.getLogger("mercato.web")
PENDING = "pending (the forecast model is being fitted)"


def data_signature(conn: Connection) -> tuple[int, ...]:
    """Changes whenever articles, claims or outcomes are added or removed."""
    return tuple(int(conn.scalar(sa.select(sa.func.count()).select_from(t)) or 0) for t in (articles, claims, outcomes))


@dataclass
class Generation:
    """What issue 4's modules computed over the whole store for one data signature."""

    signature: tuple[int, ...]
    forecasts: dict[str, Forecast]
    board: list[OutletRecord]


@dataclass
class Insights:
    """One database's forecasts, outlet board and outcome index, rebuilt per data generation."""

    engine: Engine
    first_wait: float = 5.0
    on_ready: list[Callable[[], None]] = field(default_factory=list)
    current: Generation | None = None
    _index: tuple[tuple[int, ...], OutcomeIndex] | None = None
    _building: tuple[int, ...] | None = None
    _started: float = 0.0
    _done: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    #: one writer of the thread cache at a time (a build and a thread page)
    _threads_lock: threading.Lock = field(default_factory=threading.Lock)

    def ensure_threads(self) -> None:
        """Bring the store's thread cache up to date (cheap when nothing changed)."""
        with self._threads_lock:
            ensure_threads(self.engine)

    def index(self, conn: Connection, signature: tuple[int, ...]) -> OutcomeIndex:
        """The outcome index (outcomes file + official news) of this data generation, built at once:
        a status must follow a loaded outcome straight away."""
        with self._lock:
            if self._index is not None and self._index[0] == signature:
                return self._index[1]
        built = outcome_index(conn)
        with self._lock:
            self._index = (signature, built)
        return built

    def start(self, signature: tuple[int, ...]) -> Generation | None:
        """The figures of this data generation if built; else start building them (once) and
        return the previous generation's, or None."""
        with self._lock:
            if self.current is not None and self.current.signature == signature:
                return self.current
            if self._building != signature:
                self._building, self._started, self._done = signature, time.monotonic(), threading.Event()
                threading.Thread(target=self._build, args=(signature, self._done), daemon=True).start()
            return self.current

    def get(self, signature: tuple[int, ...]) -> Generation | None:
        """:meth:`start`, waiting up to ``first_wait`` seconds from its start for the very first build."""
        current = self.start(signature)
        if current is None:
            with self._lock:
                done, started = self._done, self._started
            done.wait(max(0.0, started + self.first_wait - time.monotonic()))
            current = self.current
        return current

    def _build(self, signature: tuple[int, ...], done: threading.Event) -> None:
        try:
            self.ensure_threads()
            with self.engine.connect() as conn:
                as_of = default_as_of(conn)
                found = fit_and_forecast(conn, as_of=as_of)
                board = outlet_leaderboard(conn, as_of=as_of)
            generation = Generation(signature, {f.summary.id: f for f in found}, board)
            with self._lock:
                self.current = generation
            for hook in list(self.on_ready):
                hook()
        except Exception:  # a failed build leaves the previous figures in place
            log.exception("building forecasts and track records failed")
        finally:
            with self._lock:
                if self._building == signature:
                    self._building = None
            done.set()


_BOOKS: dict[str, Insights] = {}
_BOOKS_LOCK = threading.Lock()


def insights(engine: Engine) -> Insights:
    key = engine.url.render_as_string(hide_password=False)
    with _BOOKS_LOCK:
        book = _BOOKS.get(key)
        if book is None or book.engine is not engine:
            book = _BOOKS[key] = Insights(engine)
        return book


# --------------------------------------------------------------------------- threads


def assess(conn: Connection, threads: list[Thread]) -> None:
    """Set each thread's status (:func:`mercato.outcomes.resolve`) and forecast in place."""
    if not threads:
        return
    book, signature = insights(conn.engine), data_signature(conn)
    gen, index, as_of = book.get(signature), book.index(conn, signature), default_as_of(conn)
    for t in threads:
        resolution = resolve(ThreadFacts(t.person.id, t.type, t.club.id, t.person.role, t.first_day), index, as_of)
        t.status = resolution.status
        t.resolution = resolution.to_dict()
        t.forecast = forecast_of(t, gen)


def forecast_of(t: Thread, gen: Generation | None) -> dict[str, Any]:
    """The thread's forecast as the pages show it: its probability, the method, and the feature
    contributions (log-odds) that make it up."""
    if t.status != "open":
        done = 1.0 if t.status == "materialised" else 0.0
        return {"probability": done, "method": "resolved", "explanation": [_part("resolved", t.status, 0.0)]}
    found = gen.forecasts.get(t.id) if gen is not None else None
    if found is None:
        method = PENDING if gen is None else "none (nothing dated reported yet)"
        return {"probability": None, "method": method, "explanation": []}
    return {
        "probability": round(found.probability, 4),
        "probability_alone": round(found.independent, 4),
        "method": found.method,
        "base_logit": round(found.base, 4),
        "explanation": [c.to_dict() for c in found.contributions],
    }


def _part(feature: str, value: Any, contribution: float) -> dict[str, Any]:
    return {"feature": feature, "value": value, "contribution": round(contribution, 3)}


# --------------------------------------------------------------------------- track record


def outlet_board(conn: Connection, min_resolved: int = 0) -> list[dict[str, Any]]:
    """One row per outlet or journalist, best first: claims, resolved, hits, hit rate (posterior
    mean) with its credible interval, median lead time, share of reports first vs copied."""
    gen = insights(conn.engine).get(data_signature(conn))
    board = gen.board if gen is not None else []
    return [_board_row(o) for o in board if o.total.resolved >= min_resolved]


def _board_row(o: OutletRecord) -> dict[str, Any]:
    data = o.to_dict()
    return {
        "outlet": o.outlet,
        "outlet_key": o.outlet_key,
        "kind": o.kind,
        "reports": o.reports,
        "claims": o.total.made,
        "resolved": o.total.resolved,
        "hits": o.total.hits,
        "hit_rate": data["posterior_mean"],
        "observed_hit_rate": data["hit_rate"],
        "interval": data["interval"],
        "median_lead_days": o.median_lead_days,
        "first_share": data["share_first"],
        "copied_share": data["share_copied"],
        "by_stage": data["by_stage"],
        "by_league": data["by_league"],
    }
