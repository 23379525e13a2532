"""Queries on hand-made rows: name resolution, claim filters, profiles, failures, outcomes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy.engine import Engine

from mercato.store import ensure_current, make_engine, repo
from mercato.store.profiles import club_profile, club_profile_dict, person_profile, person_profile_dict
from mercato.store.schema import articles, claim_sources, claims

NOW = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    ensure_current(engine)
    with engine.begin() as conn:
        _populate(conn)
    yield engine
    engine.dispose()


def _entity(id_: str, kind: str, name: str, role: str | None = None) -> repo.Row:
    return {"id": id_, "kind": kind, "name": name, "slug": repo.slugify(name), "role": role, "country": None,
            "new": False}  # fmt: skip


def _alias(entity_id: str, surface: str, alias_type: str = "name", lang: str = "") -> repo.Row:
    return {"entity_id": entity_id, "surface": surface, "folded": repo.fold_name(surface), "lang": lang,
            "alias_type": alias_type}  # fmt: skip


def _article(id_: str, published: str, outlet: str | None = None, copy_of: str | None = None) -> repo.Row:
    day, precision = repo.parse_published(published)
    return {"id": id_, "url": None, "outlet": outlet, "outlet_id": None, "published": day,
            "published_precision": precision, "lang": "it", "title": f"title {id_}", "text": f"text {id_}",
            "content_hash": f"hash-{id_}", "source": "test", "copy_of": copy_of, "near_similarity": None,
            "minhash": None, "ingested_at": NOW}  # fmt: skip


def _claim(article: str, seq: int, subject: str, type_: str, club: str, stage: str, published: str) -> repo.Row:
    names = {"allegri": "Massimiliano Allegri", "lopetegui": "Julen Lopetegui", "whu": "West Ham United",
             "milan": "AC Milan", "roma": "AS Roma"}  # fmt: skip
    return {"id": f"{article}#{seq}", "article_id": article, "seq": seq, "subject_id": subject,
            "subject": names[subject], "type": type_, "club_id": club, "club": names[club], "stage": stage,
            "hedged": False, "confidence": 0.7, "conditions": ["from next season"] if club == "whu" else [],
            "evidence": [{"start": 0, "end": 4, "text": "text"}], "published": repo.parse_published(published)[0],
            "lang": "it"}  # fmt: skip


def _populate(conn) -> None:  # type: ignore[no-untyped-def]
    people = [_entity("allegri", "person", "Massimiliano Allegri", "coach"),
              _entity("lopetegui", "person", "Julen Lopetegui", "coach")]  # fmt: skip
    clubs = [_entity("whu", "club", "West Ham United"), _entity("milan", "club", "AC Milan"),
             _entity("roma", "club", "AS Roma")]  # fmt: skip
    alias_rows = [
        _alias("allegri", "Massimiliano Allegri"), _alias("allegri", "Allegri", "surname"),
        _alias("allegri", "Max Allegri", "short"), _alias("lopetegui", "Julen Lopetegui"),
        _alias("lopetegui", "Lopetegui", "surname"), _alias("whu", "West Ham United"),
        _alias("whu", "West Ham"), _alias("whu", "Hammers", "nickname", "en"),
        _alias("milan", "AC Milan"), _alias("milan", "rossoneri", "nickname", "it"), _alias("roma", "AS Roma"),
    ]  # fmt: skip
    assert repo.insert_entities(conn, people + clubs, alias_rows) == 5
    assert repo.insert_entities(conn, people, alias_rows) == 0  # already there
    repo.insert_rows(conn, articles, [
        _article("a1", "2024-12", "Calciomercato.it"), _article("a2", "2024-12-20", "Sky Sport"),
        _article("a3", "2025-01-10", "Copy Daily", copy_of="a2"), _article("a4", "2025-05-30", "Sky Sport"),
    ])  # fmt: skip
    repo.insert_rows(conn, claims, [
        _claim("a1", 0, "allegri", "move", "whu", "contact", "2024-12"),
        _claim("a1", 1, "lopetegui", "departure", "whu", "risk", "2024-12"),
        _claim("a1", 2, "allegri", "move", "roma", "speculation", "2024-12"),
        _claim("a2", 0, "allegri", "move", "whu", "negotiation", "2024-12-20"),
        _claim("a3", 0, "allegri", "move", "whu", "off", "2025-01-10"),
        _claim("a4", 0, "allegri", "move", "milan", "official", "2025-05-30"),
    ])  # fmt: skip
    repo.insert_rows(conn, claim_sources, [{"claim_id": "a1#0", "seq": 0, "name": "Calciomercato.it",
                                            "outlet_id": None}])  # fmt: skip


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("Hammers", "club", ["whu"]),
        ("hammers", "club", ["whu"]),
        ("West Ham", "club", ["whu"]),
        ("west-ham-united", "club", ["whu"]),
        ("Rossoneri", "club", ["milan"]),
        ("Allegri", "person", ["allegri"]),
        ("Max Allegri", "person", ["allegri"]),
        ("massimiliano allegri", "person", ["allegri"]),
        ("Massimiliano", "person", ["allegri"]),  # a whole word of a name
        ("Hammers", "person", []),
        ("Nobody Known", "person", []),
    ],
)
def test_resolve_entities(engine: Engine, name: str, kind: str, expected: list[str]) -> None:
    with engine.connect() as conn:
        assert [e.id for e in repo.resolve_entities(conn, name, kind)] == expected


def test_query_claims_filters_and_order(engine: Engine) -> None:
    with engine.connect() as conn:
        rows = repo.query_claims(conn, repo.ClaimFilter(subject_ids=["allegri"], club_ids=["whu"]))
        assert [r["claim_id"] for r in rows] == ["a3#0", "a2#0", "a1#0"]  # newest first
        first = rows[-1]
        assert first["published"] == "2024-12" and first["outlet"] == "Calciomercato.it"
        assert first["sources"] == ["Calciomercato.it"] and first["conditions"] == ["from next season"]
        assert rows[0]["copy_of"] == "a2"
        # a month-dated article counts as "since" any day of its month
        since = repo.query_claims(conn, repo.ClaimFilter(subject_ids=["allegri"], since=dt.date(2024, 12, 15)))
        assert {r["article_id"] for r in since} == {"a1", "a2", "a3", "a4"}
        later = repo.query_claims(conn, repo.ClaimFilter(since=dt.date(2025, 1, 1)))
        assert {r["article_id"] for r in later} == {"a3", "a4"}
        until = repo.query_claims(conn, repo.ClaimFilter(until=dt.date(2024, 12, 31)))
        assert {r["article_id"] for r in until} == {"a1", "a2"}
        assert [r["claim_id"] for r in repo.query_claims(conn, repo.ClaimFilter(stage="risk"))] == ["a1#1"]
        assert len(repo.query_claims(conn, repo.ClaimFilter(type="move", limit=2))) == 2
        assert repo.query_claims(conn, repo.ClaimFilter(lang="en")) == []


def test_person_profile_furthest_stage_per_club(engine: Engine) -> None:
    with engine.connect() as conn:
        profile = person_profile(conn, "Allegri")
    assert profile is not None
    data = person_profile_dict(profile)
    links = {(k["club"], k["type"]): k for k in data["links"]}
    whu = links[("West Ham United", "move")]
    assert whu["furthest_stage"] == "negotiation" and whu["latest_stage"] == "off"
    assert whu["articles"] == 3 and whu["originals"] == 2  # a3 is a copy of a2
    assert [s["stage"] for s in whu["stages"]] == ["contact", "negotiation", "off"]
    assert links[("AC Milan", "move")]["furthest_stage"] == "official"
    assert data["links"][0]["club"] == "AC Milan"  # furthest first


def test_club_profile_coach_at_risk(engine: Engine) -> None:
    with engine.connect() as conn:
        profile = club_profile(conn, "Hammers")
        then = club_profile(conn, "Hammers", as_of=dt.date(2024, 12, 10))
    assert profile is not None and then is not None
    data = club_profile_dict(profile)
    assert data["club"]["name"] == "West Ham United"
    assert data["coach_at_risk"] is True
    assert data["coaches"][0]["person"] == "Julen Lopetegui" and data["coaches"][0]["status"] == "at risk"
    assert [k["person"] for k in data["joining"]] == ["Massimiliano Allegri"]
    assert data["candidates"] == []  # Allegri's latest report: off
    early = club_profile_dict(then)
    assert early["joining"][0]["furthest_stage"] == "contact"
    assert [k["person"] for k in early["candidates"]] == ["Massimiliano Allegri"]


def test_failures_are_upserted(engine: Engine) -> None:
    with engine.begin() as conn:
        repo.record_failures(conn, [("bad.warc", "truncated"), ("x.html", "no text")])
        repo.record_failures(conn, [("bad.warc", "truncated")])
    with engine.connect() as conn:
        rows = {r["source"]: r for r in repo.failures(conn)}
    assert rows["bad.warc"]["count"] == 2 and rows["x.html"]["count"] == 1


def test_outcomes_are_inserted_once(engine: Engine) -> None:
    row = {"person_id": "allegri", "person": "Massimiliano Allegri", "role": "coach", "event": "appointed",
           "club_id": "milan", "club": "AC Milan", "date": dt.date(2025, 5, 30), "source": "outcomes.csv"}  # fmt: skip
    with engine.begin() as conn:
        assert repo.insert_outcomes(conn, [row, dict(row)]) == 1
        assert repo.insert_outcomes(conn, [row]) == 0
        assert repo.counts(conn)["outcomes"] == 1


def test_slug_collisions_get_a_suffix(engine: Engine) -> None:
    with engine.begin() as conn:
        repo.insert_entities(conn, [_entity("allegri-2", "person", "Massimiliano Allegri")], [])
        refs = repo.entity_refs(conn, ["allegri", "allegri-2"])
    assert refs["allegri"].slug == "massimiliano-allegri"
    assert refs["allegri-2"].slug == "massimiliano-allegri-2"


def test_parse_and_format_published() -> None:
    assert repo.parse_published("2024-12") == (dt.date(2024, 12, 1), "month")
    assert repo.parse_published("2024-12-05T10:00") == (dt.date(2024, 12, 5), "day")
    assert repo.parse_published("2024") == (dt.date(2024, 1, 1), "year")
    assert repo.parse_published("2024-13") == (None, None)
    assert repo.format_published(dt.date(2024, 12, 1), "month") == "2024-12"
    assert repo.slugify("Sérgio Conceição") == "sergio-conceicao"
