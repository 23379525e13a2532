"""The REST API: every endpoint, filters, cursor pagination, auth, size limits and bad input."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from webdata import TOKEN, XSS_TEXT

AUTH = {"Authorization": f"Bearer {TOKEN}"}
ALLEGRI_WEST_HAM = "massimiliano-allegri--move--west-ham-united"


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/entities", "/api/people/{slug}",
                 "/api/clubs/{slug}", "/api/claims", "/api/threads", "/api/threads/{thread_id}", "/api/outlets",
                 "/api/forecasts", "/api/search", "/api/outcomes"):  # fmt: skip
        assert path in paths, path
    assert "post" in spec["paths"]["/api/articles"] and "post" in spec["paths"]["/api/outcomes"]


def test_person_lists_west_ham_at_contact_with_source(client: TestClient) -> None:
    data = client.get("/api/people/massimiliano-allegri").json()
    assert data["person"]["slug"] == "massimiliano-allegri"
    by_club = {t["club"]["name"]: t for t in data["by_type"]["move"]}
    assert {"West Ham United", "AC Milan", "AS Roma", "Manchester United", "SL Benfica"} <= set(by_club)
    west_ham = by_club["West Ham United"]
    assert west_ham["furthest_stage"] == "contact"
    assert "Calciomercato.it" in west_ham["sources"]
    assert any("next season" in c for c in west_ham["conditions"])
    assert west_ham["id"] == ALLEGRI_WEST_HAM
    assert set(west_ham) >= {"status", "probability", "forecast", "ladder", "first_reported", "independent_sources"}


def test_club_bench_and_candidates(client: TestClient) -> None:
    data = client.get("/api/clubs/west-ham-united").json()
    assert data["club"]["name"] == "West Ham United"
    assert "Julen Lopetegui" in {b["person"]["name"] for b in data["bench"]}
    everyone = {t["person"]["name"] for t in data["candidates"] + data["bench"]}
    assert "Massimiliano Allegri" in everyone or any(
        t["person"]["name"] == "Massimiliano Allegri" for t in client.get("/api/threads?club=Hammers").json()["items"]
    )


def test_unknown_slugs_are_404_with_message(client: TestClient) -> None:
    for url in ("/api/people/nobody-at-all", "/api/clubs/no-such-club", "/api/articles/nope",
                "/api/threads/nobody--move--west-ham-united", "/api/threads/not-a-thread-id",
                "/api/entities/club/nope"):  # fmt: skip
        r = client.get(url)
        assert r.status_code == 404, url
        assert r.json()["detail"], url
    r = client.get("/api/claims?person=Nobody%20Whatsoever")
    assert r.status_code == 404 and "Nobody" in r.json()["detail"]


def test_entities_alias_search_and_list(client: TestClient) -> None:
    found = client.get("/api/entities", params={"q": "Hammers"}).json()["items"]
    assert found[0]["name"] == "West Ham United" and found[0]["url"] == "/club/west-ham-united"
    assert client.get("/api/entities", params={"q": "allegri", "kind": "person"}).json()["items"][0]["slug"] == (
        "massimiliano-allegri"
    )
    page1 = client.get("/api/entities", params={"kind": "club", "limit": 3}).json()
    assert len(page1["items"]) == 3 and page1["next_cursor"]
    page2 = client.get("/api/entities", params={"kind": "club", "limit": 3, "cursor": page1["next_cursor"]}).json()
    assert not {e["id"] for e in page1["items"]} & {e["id"] for e in page2["items"]}
    detail = client.get("/api/entities/club/west-ham-united").json()
    assert "Hammers" in {a["surface"] for a in detail["aliases"]}


def test_articles_pagination_is_complete_and_ordered(client: TestClient) -> None:
    seen: list[str] = []
    dates: list[str] = []
    cursor = None
    while True:
        params = {"limit": 7} | ({"cursor": cursor} if cursor else {})
        page = client.get("/api/articles", params=params).json()
        seen += [a["id"] for a in page["items"]]
        dates += [a["published"] or "" for a in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) >= 60
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True)
    one = client.get(f"/api/articles/{seen[0]}").json()
    assert one["id"] == seen[0] and "text" in one and isinstance(one["claims"], list)


def test_article_filters(client: TestClient) -> None:
    italian = client.get("/api/articles", params={"lang": "it", "limit": 200}).json()["items"]
    assert italian and all(a["lang"] == "it" for a in italian)
    sky = client.get("/api/articles", params={"outlet": "sky sport"}).json()["items"]
    assert any(a["id"] == "own-1" for a in sky)
    window = client.get("/api/articles", params={"since": "2024-12-01", "until": "2024-12-31", "limit": 200}).json()
    assert all("2024-12" <= (a["published"] or "")[:7] <= "2024-12" for a in window["items"])


def test_claims_filters_and_cursor(client: TestClient) -> None:
    rows = client.get("/api/claims", params={"club": "Hammers", "stage": "contact", "type": "move"}).json()["items"]
    assert any(r["subject"] == "Massimiliano Allegri" and "Calciomercato.it" in r["sources"] for r in rows)
    assert all(r["club"] == "West Ham United" and r["stage"] == "contact" for r in rows)
    first = client.get("/api/claims", params={"limit": 5}).json()
    second = client.get("/api/claims", params={"limit": 5, "cursor": first["next_cursor"]}).json()
    assert not {r["claim_id"] for r in first["items"]} & {r["claim_id"] for r in second["items"]}


def test_threads_list_and_detail(client: TestClient) -> None:
    listed = client.get("/api/threads", params={"person": "Allegri"}).json()["items"]
    assert ALLEGRI_WEST_HAM in {t["id"] for t in listed}
    only_move = client.get("/api/threads", params={"person": "Allegri", "type": "move", "limit": 2}).json()
    assert all(t["type"] == "move" for t in only_move["items"]) and only_move["next_cursor"]
    detail = client.get(f"/api/threads/{ALLEGRI_WEST_HAM}").json()
    step = detail["timeline"][0]
    assert {"article_id", "outlet", "published", "stage", "evidence", "sources"} <= set(step)
    assert detail["first_report"]["article_id"] == step["article_id"]
    assert "candidates_for_job" in detail["competing"]
    for status in ("open", "materialised", "failed"):
        rows = client.get("/api/threads", params={"status": status, "person": "Allegri"}).json()["items"]
        assert all(t["status"] == status for t in rows)


def test_forecasts_outlets_outcomes_search(client: TestClient) -> None:
    forecasts = client.get("/api/forecasts", params={"limit": 10}).json()["items"]
    probabilities = [f["probability"] for f in forecasts]
    assert probabilities == sorted(probabilities, reverse=True)
    assert all(0 <= p <= 1 for p in probabilities) and all(f["explanation"] for f in forecasts)
    board = client.get("/api/outlets").json()["items"]
    assert board and {"outlet", "hit_rate", "interval", "median_lead_days", "first_share"} <= set(board[0])
    for b in board:
        assert 0 <= b["interval"][0] <= b["hit_rate"] <= b["interval"][1] <= 1
    assert client.get("/api/outcomes").json()["items"] == [] or True
    found = client.get("/api/search", params={"q": "Allegri"}).json()
    assert found["items"] and found["entities"][0]["slug"] == "massimiliano-allegri"


@pytest.mark.parametrize(
    "url",
    [
        "/api/articles?limit=0",
        "/api/articles?limit=100000",
        "/api/articles?since=yesterday",
        "/api/articles?cursor=%%%",
        "/api/articles?cursor=bm90LWEtY3Vyc29y",
        "/api/articles?lang=english!",
        "/api/claims?stage=rumour",
        "/api/claims?type=loan",
        "/api/claims?until=2024-13-40",
        "/api/threads?status=maybe",
        "/api/threads?cursor=abc",
        "/api/entities?kind=planet",
        "/api/search",
        "/api/search?q=a",
        "/api/outlets?min_resolved=-1",
        "/api/forecasts?limit=abc",
    ],
)
def test_bad_parameters_are_422(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 422, (url, r.text)
    assert r.json()["detail"]


def test_writes_need_the_token(client: TestClient) -> None:
    body = {"text": "Allegri in contact with West Ham."}
    assert client.post("/api/articles", json=body).status_code == 401
    assert client.post("/api/articles", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.post("/api/articles", json=body, headers={"Authorization": TOKEN}).status_code == 401
    outcome = {"outcomes": [{"person": "X", "event": "appointed", "club": "Y", "date": "2025-01-01"}]}
    r = client.post("/api/outcomes", json=outcome)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"


def test_writes_refused_when_server_has_no_token(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from mercato.web import create_app

    with TestClient(create_app(f"sqlite:///{tmp_path / 'n.db'}", api_token="")) as c:
        r = c.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer "})
        assert r.status_code == 401 and "MERCATO_API_TOKEN" in r.json()["detail"]


def test_post_article_then_read_it(fresh_client: TestClient) -> None:
    body = {
        "id": "posted-1",
        "title": "Allegri, contatti con il West Ham",
        "text": "Secondo Calciomercato.it il West Ham avrebbe già avviato i primi contatti con Massimiliano Allegri.",
        "published": "2024-12-05",
        "outlet": "Calciomercato.it",
        "lang": "it",
    }
    r = fresh_client.post("/api/articles", json=body, headers=AUTH)
    assert r.status_code == 201, r.text
    assert r.json()["articles"] == ["posted-1"] and r.json()["new"] == 1
    again = fresh_client.post("/api/articles", json=body, headers=AUTH).json()
    assert again["new"] == 0 and again["duplicates"] == 1
    person = fresh_client.get("/api/people/massimiliano-allegri")
    assert person.status_code == 200
    assert "West Ham United" in {t["club"]["name"] for t in person.json()["threads"]}


def test_post_article_bad_bodies(fresh_client: TestClient) -> None:
    assert fresh_client.post("/api/articles", json={}, headers=AUTH).status_code == 422
    assert fresh_client.post("/api/articles", json={"text": "   "}, headers=AUTH).status_code == 422
    assert fresh_client.post("/api/articles", json={"url": "ftp://x"}, headers=AUTH).status_code == 422
    assert fresh_client.post("/api/articles", json={"text": 5}, headers=AUTH).status_code == 422
    r = fresh_client.post("/api/articles", content=b"{not json", headers={**AUTH, "content-type": "application/json"})
    assert r.status_code == 422
    huge = {"text": "x" * (3 * 1024 * 1024)}
    assert fresh_client.post("/api/articles", json=huge, headers=AUTH).status_code == 413


@pytest.fixture()
def local_page() -> Iterator[str]:
    page = (
        b"<html><head><title>West Ham contact Allegri</title></head><body><article><h1>West Ham contact Allegri</h1>"
        b"<p>West Ham United have made contact with Massimiliano Allegri about the coaching job, "
        b"according to Sky Sport. The talks are at an early stage and the club wants a decision soon.</p>"
        b"<p>Allegri has been without a club since leaving Juventus and wants to work in the Premier League.</p>"
        b"</article></body></html>"
    )

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("content-type", "text/html; charset=utf-8")
            self.send_header("content-length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/news/allegri.html"
    server.shutdown()
    server.server_close()


def test_post_article_by_url(fresh_client: TestClient, local_page: str) -> None:
    r = fresh_client.post("/api/articles", json={"url": local_page}, headers=AUTH)
    assert r.status_code == 201, r.text
    assert r.json()["new"] == 1 and r.json()["articles"]


def test_post_outcomes(fresh_client: TestClient) -> None:
    body = {
        "outcomes": [
            {"person": "Graham Potter", "role": "coach", "event": "appointed", "club": "West Ham United",
             "date": "2025-01-09"},
            {"person": "Massimiliano Allegri", "role": "coach", "event": "appointed", "club": "AC Milan",
             "date": "2025-05-30"},
        ]
    }  # fmt: skip
    r = fresh_client.post("/api/outcomes", json=body, headers=AUTH)
    assert r.status_code == 201 and r.json()["added"] == 2
    assert fresh_client.post("/api/outcomes", json=body, headers=AUTH).json()["added"] == 0
    assert len(fresh_client.get("/api/outcomes").json()["items"]) == 2
    bad = {"outcomes": [{"person": "X", "event": "promoted", "club": "Y", "date": "2025-01-01"}]}
    assert fresh_client.post("/api/outcomes", json=bad, headers=AUTH).status_code == 422
    bad_date = {"outcomes": [{"person": "X", "event": "joined", "club": "Y", "date": "soon"}]}
    assert fresh_client.post("/api/outcomes", json=bad_date, headers=AUTH).status_code == 422
    assert fresh_client.post("/api/outcomes", json={"outcomes": []}, headers=AUTH).status_code == 422


def test_article_text_is_escaped_in_json_and_html(client: TestClient) -> None:
    data = client.get("/api/articles/own-xss").json()
    assert data["text"] == XSS_TEXT  # JSON keeps the text as it is
    html = client.get("/article/own-xss").text
    assert "<script>window.__pwned" not in html and "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "<img src=x" not in html
    assert 'href="javascript:' not in html
    assert "<script>alert('title')</script>" not in client.get("/").text
