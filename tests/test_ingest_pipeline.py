"""Ingest end to end: the dev set into a fresh database, then the query commands; idempotence,
near-duplicates, bad inputs, and a `kill -9` in the middle of a large ingest."""

from __future__ import annotations

import gzip
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from mercato.cli import app
from mercato.kb import load_kb
from mercato.pipeline import ingest
from mercato.store import make_engine, repo
from mercato.store.schema import articles

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "eval" / "dev"
needs_dev = pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval/dev not present")
runner = CliRunner()


def _invoke(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def _counts(url: str) -> dict[str, int]:
    engine = make_engine(url)
    with engine.connect() as conn:
        counts = repo.counts(conn)
    engine.dispose()
    return counts


@needs_dev
def test_dev_set_allegri_west_ham_rumour(db_url: str) -> None:
    result = runner.invoke(app, ["ingest", str(DEV), "--db", db_url])
    assert result.exit_code == 0, result.output
    assert "articles read" in result.stdout

    rumours = json.loads(_invoke("rumours", "--person", "Allegri", "--format", "json", "--db", db_url))
    west_ham = [r for r in rumours if r["club"] == "West Ham United" and r["type"] == "move"]
    assert west_ham, rumours
    # the seed: official contacts with West Ham, per Calciomercato.it (depends on the extractor)
    assert any(r["stage"] == "contact" and "Calciomercato.it" in r["sources"] for r in west_ham), [
        (r["article_id"], r["stage"], r["sources"]) for r in west_ham
    ]


@needs_dev
def test_dev_set_profiles(db_url: str) -> None:
    _invoke("ingest", str(DEV), "--db", db_url)
    club = json.loads(_invoke("club", "West Ham", "--format", "json", "--db", db_url))
    assert club["club"]["name"] == "West Ham United"
    lopetegui = [c for c in club["coaches"] if c["person"] == "Julen Lopetegui"]
    assert lopetegui and lopetegui[0]["reported_at_risk"], club["coaches"]
    assert "Massimiliano Allegri" in {k["person"] for k in club["joining"]}
    # as it stood at the time of the seed article: Lopetegui at risk, Allegri a candidate
    then = json.loads(_invoke("club", "Hammers", "--format", "json", "--as-of", "2024-12-31", "--db", db_url))
    assert {c["person"]: c["status"] for c in then["coaches"]}.get("Julen Lopetegui") == "at risk"
    assert "Massimiliano Allegri" in {k["person"] for k in then["candidates"]}

    person = json.loads(_invoke("person", "Allegri", "--format", "json", "--db", db_url))
    assert person["person"]["name"] == "Massimiliano Allegri"
    assert "West Ham United" in {k["club"] for k in person["by_type"]["move"]}
    assert "Massimiliano Allegri" in _invoke("person", "Max Allegri", "--db", db_url)


@needs_dev
def test_same_ingest_twice_adds_nothing(db_url: str) -> None:
    _invoke("ingest", str(DEV), "--db", db_url)
    first = _counts(db_url)
    assert first["articles"] >= 60 and first["claims"] > 0 and first["entities"] > 0
    result = runner.invoke(app, ["ingest", str(DEV), "--db", db_url])
    assert result.exit_code == 0
    assert _counts(db_url) == first


@needs_dev
def test_rumours_formats_and_filters(db_url: str, tmp_path: Path) -> None:
    _invoke("ingest", str(DEV), "--db", db_url)
    csv_out = _invoke("rumours", "--club", "Hammers", "--format", "csv", "--db", db_url)
    header, *lines = csv_out.strip().splitlines()
    assert header.startswith("published,subject,type,club,stage") and lines
    assert all("West Ham United" in line for line in lines)
    risk = _invoke("rumours", "--club", "Hammers", "--stage", "risk", "--format", "csv", "--db", db_url)
    assert "Julen Lopetegui" in risk and ",contact," not in risk
    assert "West Ham" in _invoke("rumours", "--club", "Hammers", "--db", db_url)  # the table
    since = json.loads(_invoke("rumours", "--since", "2025-01-01", "--format", "json", "--db", db_url))
    assert since and all((r["published"] or "") >= "2025-01" for r in since)
    only_en = json.loads(_invoke("rumours", "--lang", "en", "--limit", "0", "--format", "json", "--db", db_url))
    assert only_en and {r["lang"] for r in only_en} == {"en"}
    nobody = runner.invoke(app, ["rumours", "--person", "Nobody Atall", "--format", "json", "--db", db_url])
    assert nobody.exit_code == 0 and json.loads(nobody.stdout) == []


@needs_dev
def test_export_formats(db_url: str, tmp_path: Path) -> None:
    _invoke("ingest", str(DEV), "--db", db_url)
    total = _counts(db_url)["claims"]
    lines = _invoke("export", "--db", db_url).strip().splitlines()
    assert len(lines) == total
    first = json.loads(lines[0])
    assert {"claim_id", "article_id", "subject", "club", "stage", "sources", "evidence", "published"} <= set(first)
    _invoke("export", "--format", "csv", "--out", str(tmp_path / "c.csv"), "--db", db_url)
    assert len((tmp_path / "c.csv").read_text(encoding="utf-8").strip().splitlines()) >= total + 1
    _invoke("export", "--format", "parquet", "--out", str(tmp_path / "c.parquet"), "--db", db_url)
    table = pq.read_table(tmp_path / "c.parquet")
    assert table.num_rows == total and "evidence" in table.column_names
    assert runner.invoke(app, ["export", "--format", "parquet", "--db", db_url]).exit_code == 2


# --------------------------------------------------------------------------- near duplicates

BODY = [
    "West Ham have opened talks with the representatives of their first-choice candidate for the bench.",
    "The London club are unhappy with a run of four defeats in five league games and the board met on Monday.",
    "According to people close to the negotiations, the coach would prefer to start in the summer.",
    "The owners, however, want a new man in the dugout before the busy Christmas programme begins.",
    "A compromise could be found if the club agree to extend the current staff until the end of the season.",
    "Supporters have made their feelings clear with banners at the last two home matches of the year.",
    "The squad is also short of defenders, with two centre-backs out for at least another month.",
    "Whoever takes charge will be handed a transfer budget for January, according to the same reports.",
    "The sporting director travelled to Italy last week for a meeting that lasted more than three hours.",
    "No agreement has been signed yet, and the club insist that several names remain under consideration.",
    "The outgoing coach took training as usual on Tuesday morning and spoke briefly to the players afterwards.",
    "His assistants are expected to follow him out of the door whenever the change is finally announced.",
    "Two other candidates, both currently without a club, were sounded out in the autumn but showed little interest.",
    "The club's chairman has not given an interview since the summer, when he promised a return to Europe.",
    "Bookmakers suspended betting on the next permanent appointment after a flurry of bets on Monday night.",
    "The next league match, away at a side fighting relegation, now looks like a decisive afternoon for everyone.",
]


def _seed_file(path: Path, date: str, title: str, sentences: list[str]) -> Path:
    path.write_text(f"date {date}\n{title}\n\n" + " ".join(sentences) + "\n", encoding="utf-8")
    return path


def test_near_duplicate_with_new_headline_and_one_changed_sentence(db_url: str, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _seed_file(inbox / "a_original.txt", "2024-12-02", "West Ham open talks for a new coach", BODY)
    changed = list(BODY)
    changed[5] = "Fans protested outside the stadium before kick-off on Saturday evening against the board."
    _seed_file(inbox / "b_copy.txt", "2024-12-03", "Hammers in talks: the coach wants to wait", changed)
    other = [s.replace("West Ham", "Everton").replace("London", "Merseyside") for s in BODY[:2]]
    _seed_file(inbox / "c_other.txt", "2024-12-03", "Everton weigh their options", [*other, "A new story."])
    engine = make_engine(db_url)
    summary = ingest([str(inbox)], engine, load_kb())
    assert (summary.new, summary.near_duplicates, summary.duplicates) == (3, 1, 0)
    with engine.connect() as conn:
        rows = {r.id: r for r in conn.execute(sa.select(articles.c.id, articles.c.copy_of, articles.c.near_similarity))}
    assert rows["b_copy"].copy_of == "a_original" and rows["b_copy"].near_similarity >= 0.7
    assert rows["a_original"].copy_of is None and rows["c_other"].copy_of is None

    # an earlier version arriving later becomes the original of the whole group
    earlier = tmp_path / "later-run"
    earlier.mkdir()
    third = list(BODY)
    third[8] = "The sporting director flew to Milan on Tuesday for a meeting with the coach and his agent."
    _seed_file(earlier / "z_first.txt", "2024-12-01", "Exclusive: West Ham move for a new coach", third)
    summary = ingest([str(earlier)], engine, load_kb())
    assert summary.near_duplicates == 1
    with engine.connect() as conn:
        copies = dict(conn.execute(sa.select(articles.c.id, articles.c.copy_of)).all())
    assert copies == {"z_first": None, "a_original": "z_first", "b_copy": "z_first", "c_other": None}
    engine.dispose()


# --------------------------------------------------------------------------- bad inputs


def test_bad_inputs_are_recorded_and_the_run_goes_on(db_url: str, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _seed_file(inbox / "good.txt", "2024-12-02", "West Ham open talks for a new coach", BODY)
    (inbox / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (inbox / "empty.html").write_text("<html><body></body></html>", encoding="utf-8")
    (inbox / "lines.jsonl").write_text('{"id": "j1", "text": "Allegri is close to Milan."}\n{broken\n')
    (inbox / "feed.rss").write_text("this is not XML at all", encoding="utf-8")
    (inbox / "cut.warc.gz").write_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n")[:30])
    (inbox / "huge.txt").write_bytes(b"date 2024-12-01\nBig\n\n" + b"word " * 400_000)
    missing = tmp_path / "missing.txt"
    result = runner.invoke(
        app, ["ingest", str(inbox), str(missing), "--db", db_url, "--max-file-mb", "1"]
    )
    assert result.exit_code == 1, result.output
    assert "failed inputs" in result.stdout
    engine = make_engine(db_url)
    with engine.connect() as conn:
        failures = {r["source"]: r["reason"] for r in repo.failures(conn)}
        ids = set(conn.scalars(sa.select(articles.c.id)))
    engine.dispose()
    assert {"good", "j1"} <= ids
    sources = " ".join(failures)
    for name in ("binary.txt", "empty.html", "lines.jsonl:2", "feed.rss", "cut.warc.gz", "huge.txt", "missing.txt"):
        assert name in sources, failures
    assert all(reason for reason in failures.values())


# --------------------------------------------------------------------------- kill -9 and resume


def _write_corpus(path: Path, n: int) -> None:
    sys.path.insert(0, str(REPO / "bench"))
    try:
        from gen_corpus import write_corpus
    finally:
        sys.path.remove(str(REPO / "bench"))
    write_corpus(path, n, seed=11)


def _sqlite_count(path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_kill_9_mid_ingest_then_resume(tmp_path: Path) -> None:
    _kill_and_resume(tmp_path, n_articles=500, batch=50, kill_after=150)


@pytest.mark.slow
def test_kill_9_mid_large_ingest_then_resume(tmp_path: Path) -> None:
    _kill_and_resume(tmp_path, n_articles=3000, batch=200, kill_after=600)


def _kill_and_resume(tmp_path: Path, n_articles: int, batch: int, kill_after: int) -> None:
    corpus = tmp_path / "corpus.jsonl"
    _write_corpus(corpus, n_articles)
    expected = {json.loads(line)["id"] for line in corpus.read_text(encoding="utf-8").splitlines()}
    db = tmp_path / "kill.db"
    command = [sys.executable, "-c", "from mercato.cli import main; main()", "ingest", str(corpus),
               "--db", str(db), "--batch", str(batch)]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    try:
        while _sqlite_count(db) < kill_after and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert process.poll() is None, "the ingest finished before it could be killed: make the corpus larger"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait()
    committed = _sqlite_count(db)
    assert kill_after <= committed < len(expected)
    assert committed % batch == 0  # whole batches only: the open transaction was rolled back

    resumed = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    url = f"sqlite:///{db}"
    engine = make_engine(url)
    with engine.connect() as conn:
        ids = list(conn.scalars(sa.select(articles.c.id)))
        hashes = list(conn.scalars(sa.select(articles.c.content_hash)))
        orphans = conn.scalar(sa.text("SELECT count(*) FROM claims WHERE article_id NOT IN (SELECT id FROM articles)"))
        check = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
    engine.dispose()
    assert len(ids) == len(set(ids)) and len(hashes) == len(set(hashes))  # no duplicate
    assert set(ids) == expected  # no lost article
    assert orphans == 0 and check == "ok"
    again = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and _sqlite_count(db) == len(expected)
