"""Origin tracing and corroboration on hand-made threads; the cache on hand-made rows."""

from __future__ import annotations

import datetime as dt

from mercato.threads import ThreadClaim, build_thread, trace_origins
from mercato.threads.origin import ArticleRef, SourceRef

D = dt.date(2025, 1, 10)


def _claim(
    article: str,
    outlet: str | None,
    day: int,
    stage: str = "contact",
    copy_of: str | None = None,
    sources: tuple[str, ...] = (),
) -> ThreadClaim:
    return ThreadClaim(
        claim_id=f"{article}#0",
        article_id=article,
        subject_id="p",
        subject="P",
        type="move",
        club_id="c",
        club="C",
        stage=stage,
        hedged=False,
        confidence=0.8,
        published=D + dt.timedelta(days=day),
        outlet=outlet,
        outlet_id=outlet,
        outlet_name=outlet.upper() if outlet else None,
        copy_of=copy_of,
        sources=[SourceRef(s.upper(), s) for s in sources],
    )


def test_two_outlets_copying_a_third_are_one_source() -> None:
    claims = [_claim("a", "x", 0), _claim("b", "y", 1, copy_of="a"), _claim("c", "z", 2, copy_of="a")]
    thread = build_thread("t", claims)
    assert len(thread.independent) == 1
    assert thread.summary_row()["n_outlets"] == 3
    assert thread.summary_row()["n_copies"] == 2
    relations = {r.outlet_key: r.relation for r in thread.reports}
    assert relations == {"x": "first", "y": "copied", "z": "copied"}


def test_citations_of_one_outlet_are_one_source() -> None:
    claims = [
        _claim("a", "x", 0),
        _claim("b", "y", 1, sources=("x",)),
        _claim("c", "z", 2, sources=("x",)),
        _claim("d", "w", 3),
    ]
    origins = trace_origins(claims)
    assert [o.key for o in origins["b#0"]] == ["x"]
    assert origins["b#0"][0].chain[0].relation == "cites" and origins["b#0"][0].chain[0].article_id == "a"
    assert len(build_thread("t", claims).independent) == 2  # x and w


def test_chain_follows_citation_then_copy() -> None:
    # y cites x; x's article is itself a copy of v's original
    claims = [_claim("v1", "v", 0), _claim("x1", "x", 1, copy_of="v1"), _claim("y1", "y", 2, sources=("x",))]
    origin = trace_origins(claims)["y1#0"][0]
    assert [(s.relation, s.outlet_key) for s in origin.chain] == [("cites", "x"), ("copy of", "v")]
    assert origin.key == "v"


def test_cited_outlet_not_ingested_and_copy_of_outside_article() -> None:
    claims = [_claim("a", "x", 0, sources=("cm",)), _claim("b", "y", 1, copy_of="orig")]
    outside = {"orig": ArticleRef("orig", D, None, "q", "Q")}
    origins = trace_origins(claims, outside)
    assert origins["a#0"][0].key == "cm" and origins["a#0"][0].chain[0].relation == "cites (not ingested)"
    assert origins["b#0"][0].key == "q"


def test_denials_do_not_corroborate_and_stages() -> None:
    claims = [_claim("a", "x", 0, "speculation"), _claim("b", "y", 5, "negotiation"), _claim("c", "z", 9, "off")]
    thread = build_thread("t", claims)
    assert thread.independent == {"x", "y"}
    assert thread.furthest_stage == "negotiation" and thread.latest_stage == "off"
    assert thread.first_entry is not None and thread.first_entry.claim.article_id == "a"


def test_a_citation_loop_terminates() -> None:
    claims = [_claim("a", "x", 0, sources=("y",)), _claim("b", "y", 0, sources=("x",))]
    origins = trace_origins(claims)
    assert origins["a#0"] and origins["b#0"]
