"""The thread cache follows the claims: built on first use, rebuilt only for new subjects."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from mercato.store import ensure_current, make_engine, repo
from mercato.store.schema import articles, claims, thread_reports, threads
from mercato.threads import ensure_threads, summaries

NOW = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def _entity(id_: str, kind: str, name: str, role: str | None = None) -> repo.Row:
    return {
        "id": id_,
        "kind": kind,
        "name": name,
        "slug": repo.slugify(name),
        "role": role,
        "country": None,
        "new": False,
    }


def _article(id_: str, day: dt.date, outlet: str, copy_of: str | None = None, at: dt.datetime = NOW) -> repo.Row:
    return {
        "id": id_,
        "url": None,
        "outlet": outlet,
        "outlet_id": None,
        "published": day,
        "published_precision": "day",
        "lang": "en",
        "title": id_,
        "text": f"text {id_}",
        "content_hash": f"h-{id_}",
        "source": "t",
        "copy_of": copy_of,
        "near_similarity": None,
        "minhash": None,
        "ingested_at": at,
    }


def _claim(article: str, subject: str, club: str, stage: str, day: dt.date) -> repo.Row:
    return {
        "id": f"{article}#0",
        "article_id": article,
        "seq": 0,
        "subject_id": subject,
        "subject": subject.title(),
        "type": "move",
        "club_id": club,
        "club": club.upper(),
        "stage": stage,
        "hedged": False,
        "confidence": 0.7,
        "conditions": [],
        "evidence": [{"start": 0, "end": 4, "text": "text"}],
        "published": day,
        "lang": "en",
    }


def test_cache_builds_and_refreshes(db_url: str) -> None:
    engine = make_engine(db_url)
    ensure_current(engine)
    d = dt.date(2025, 1, 1)
    with engine.begin() as conn:
        repo.insert_entities(
            conn,
            [
                _entity("p1", "person", "Pia One", "coach"),
                _entity("p2", "person", "Pat Two", "coach"),
                _entity("c", "club", "Club C"),
            ],
            [],
        )
        repo.insert_rows(
            conn,
            articles,
            [
                _article("a", d, "Outlet X"),
                _article("b", d + dt.timedelta(1), "Outlet Y", copy_of="a"),
                _article("c", d + dt.timedelta(2), "Outlet Z", copy_of="a"),
            ],
        )
        repo.insert_rows(
            conn,
            claims,
            [
                _claim("a", "p1", "c", "contact", d),
                _claim("b", "p1", "c", "contact", d + dt.timedelta(1)),
                _claim("c", "p1", "c", "negotiation", d + dt.timedelta(2)),
            ],
        )
    assert ensure_threads(engine) == 1
    assert ensure_threads(engine) == 0  # nothing changed
    with engine.connect() as conn:
        (row,) = conn.execute(sa.select(threads)).mappings().all()
        assert row["id"] == "pia-one--move--club-c"
        assert row["n_independent"] == 1 and row["n_outlets"] == 3 and row["furthest_stage"] == "negotiation"
        assert conn.scalar(sa.select(sa.func.count()).select_from(thread_reports)) == 3
    later = NOW + dt.timedelta(days=1)
    with engine.begin() as conn:
        repo.insert_rows(conn, articles, [_article("e", d + dt.timedelta(5), "Outlet W", at=later)])
        repo.insert_rows(conn, claims, [_claim("e", "p2", "c", "speculation", d + dt.timedelta(5))])
    assert ensure_threads(engine) == 1  # only the new subject
    with engine.connect() as conn:
        found = {s.id: s for s in summaries(conn)}
    assert set(found) == {"pia-one--move--club-c", "pat-two--move--club-c"}
    assert found["pat-two--move--club-c"].rivals == ["pia-one--move--club-c"]
    engine.dispose()
