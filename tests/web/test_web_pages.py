"""Server-rendered pages: the seed story reads naturally, slugs, errors, search redirects."""

from __future__ import annotations

from fastapi.testclient import TestClient

from mercato.web.pages import evidence_context
from mercato.web.svg import timeline_svg


def test_person_page_tells_the_seed_story(client: TestClient) -> None:
    r = client.get("/person/massimiliano-allegri")
    assert r.status_code == 200
    html = r.text
    for club in ("West Ham United", "AC Milan", "AS Roma", "Manchester United", "SL Benfica"):
        assert club in html, club
    assert "Calciomercato.it" in html and "only from next season" in html
    assert 'class="stage stage-contact"' in html
    assert "<svg" in html and "Reports over time by club" in html


def test_club_page_bench_and_candidates(client: TestClient) -> None:
    html = client.get("/club/west-ham-united").text
    assert "Julen Lopetegui" in html and "The bench" in html and "Massimiliano Allegri" in html


def test_thread_page_has_timeline_evidence_and_forecast(client: TestClient) -> None:
    html = client.get("/thread/massimiliano-allegri--move--west-ham-united").text
    assert "<mark>" in html and "Calciomercato.it" in html
    assert "Timeline" in html and "Origin and copies" in html and "Forecast" in html


def test_home_outlets_article_search(client: TestClient) -> None:
    home = client.get("/").text
    assert "Hottest open threads" in home and "Latest articles" in home and 'role="combobox"' in home
    assert "Outlet track records" in client.get("/outlets").text
    r = client.get("/search", params={"q": "Hammers"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/club/west-ham-united"
    assert "Articles" in client.get("/search", params={"q": "panchina"}).text
    assert client.get("/search").status_code == 200


def test_names_redirect_to_slugs_and_unknown_is_404(client: TestClient) -> None:
    r = client.get("/person/Allegri", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/person/massimiliano-allegri"
    r = client.get("/club/hammers", follow_redirects=False)
    assert r.headers["location"] == "/club/west-ham-united"
    missing = client.get("/person/nobody-whatsoever-xyz")
    assert missing.status_code == 404 and "Not found" in missing.text
    assert client.get("/thread/garbage").status_code == 404
    assert client.get("/article/nope").status_code == 404


def test_pages_are_cached_until_the_data_changes(client: TestClient) -> None:
    client.get("/outlets")
    assert client.get("/outlets").headers.get("x-cache") == "hit"


def test_evidence_context_marks_the_span() -> None:
    title, body = "T", "First sentence. Allegri talks with West Ham today. Last one."
    full = f"{title}\n\n{body}"
    start = full.index("talks")
    ctx = evidence_context((title, body), {"start": start, "end": start + 5, "text": "talks"})
    assert ctx == {"before": "Allegri ", "mark": "talks", "after": " with West Ham today."}
    fallback = evidence_context((title, body), {"start": 0, "end": 1, "text": "West Ham"})
    assert fallback["mark"] == "West Ham"


def test_timeline_svg_escapes_labels() -> None:
    svg = str(timeline_svg([{"club": "<b>FC</b>", "date": "2024-12-01", "stage": "contact", "type": "move",
                             "outlet": "<i>x</i>", "title": ""}]))  # fmt: skip
    assert "<b>" not in svg and "&lt;b&gt;FC" in svg
    assert "No dated reports" in str(timeline_svg([]))


def test_load_test_runs_small(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """bench/bench_web.py end to end on a tiny database: it serves, loads, and reports."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    bench = Path(__file__).resolve().parents[2] / "bench"
    out = tmp_path / "web.json"
    args = ["--articles", "1500", "--requests", "300", "--clients", "10", "--people", "6", "--clubs", "3"]
    args += ["--db", str(tmp_path / "small.db"), "--out", str(out)]
    subprocess.run([sys.executable, str(bench / "bench_web.py"), *args], cwd=bench, check=True, timeout=240)
    result = json.loads(out.read_text())
    assert result["load"]["requests_done"] == 300 and result["errors"] == 0
    assert result["person"]["p95_ms"] is not None and result["club"]["p95_ms"] is not None
