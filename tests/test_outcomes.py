"""Resolution rules on hand-made outcomes, and loading an outcomes file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlalchemy as sa

from mercato.outcomes import Outcome, OutcomeIndex, ThreadFacts, load_csv, resolve
from mercato.store import ensure_current, make_engine, repo
from mercato.store.schema import outcomes

FIRST = dt.date(2024, 12, 1)
LATER = dt.date(2026, 6, 1)


def _o(person: str, event: str, club: str, day: str, role: str = "coach") -> Outcome:
    return Outcome(person, person.title(), role, event, club, club.upper(), dt.date.fromisoformat(day))


def _move(person: str = "allegri", club: str = "whu", role: str = "coach") -> ThreadFacts:
    return ThreadFacts(person, "move", club, role, FIRST)


def test_move_materialises_when_the_person_arrives_within_the_horizon() -> None:
    index = OutcomeIndex.of([_o("allegri", "appointed", "milan", "2025-05-30")])
    res = resolve(_move(club="milan"), index, LATER)
    assert (res.status, res.on) == ("materialised", dt.date(2025, 5, 30))
    # after the horizon (365 days from the first report) it is too late
    late = OutcomeIndex.of([_o("allegri", "appointed", "milan", "2025-12-02")])
    assert resolve(_move(club="milan"), late, LATER).status == "failed"
    # an arrival known only after the day asked about does not count yet
    assert resolve(_move(club="milan"), index, dt.date(2025, 3, 1)).status == "open"


def test_move_fails_when_the_club_appoints_someone_else_or_the_person_goes_elsewhere() -> None:
    index = OutcomeIndex.of(
        [_o("potter", "appointed", "whu", "2025-01-09"), _o("allegri", "appointed", "milan", "2025-05-30")]
    )
    res = resolve(_move(), index, LATER)
    assert (res.status, res.on) == ("failed", dt.date(2025, 1, 9)) and "potter" in res.reason.lower()
    elsewhere = OutcomeIndex.of([_o("allegri", "appointed", "milan", "2025-05-30")])
    assert resolve(_move(), elsewhere, LATER).on == dt.date(2025, 5, 30)
    # a caretaker, or someone in another role, does not take the job; a player signing neither
    other = OutcomeIndex.of(
        [_o("x", "caretaker", "whu", "2025-01-02"), _o("y", "appointed", "whu", "2025-01-03", "director")]
    )
    assert resolve(_move(), other, dt.date(2025, 6, 1)).status == "open"
    player = OutcomeIndex.of([_o("z", "joined", "whu", "2025-01-03", "player")])
    assert resolve(_move("kvara", "whu", "player"), player, dt.date(2025, 6, 1)).status == "open"


def test_move_fails_when_the_horizon_passes() -> None:
    empty = OutcomeIndex.of([])
    assert resolve(_move(), empty, dt.date(2025, 11, 30)).status == "open"
    res = resolve(_move(), empty, dt.date(2025, 12, 2))
    assert (res.status, res.on) == ("failed", dt.date(2025, 12, 1))
    assert resolve(_move(), empty, dt.date(2025, 12, 2), horizon_days=730).status == "open"


def test_departure_risk_resolves_by_sacking_successor_or_survival() -> None:
    risk = ThreadFacts("lopetegui", "departure", "whu", "coach", FIRST)
    sacked = OutcomeIndex.of([_o("lopetegui", "sacked", "whu", "2025-01-06")])
    assert resolve(risk, sacked, LATER).status == "materialised"
    successor = OutcomeIndex.of([_o("potter", "appointed", "whu", "2025-01-09")])
    res = resolve(risk, successor, LATER)
    assert res.status == "materialised" and "successor" in res.reason
    extended = OutcomeIndex.of([_o("lopetegui", "contract_extended", "whu", "2025-03-01")])
    assert resolve(risk, extended, LATER).status == "failed"
    survived = resolve(risk, OutcomeIndex.of([]), LATER)
    assert survived.status == "failed" and "still there" in survived.reason


def test_stay_materialises_by_extension_or_survival_and_fails_by_leaving() -> None:
    stay = ThreadFacts("tudor", "stay", "juve", "coach", FIRST)
    assert (
        resolve(stay, OutcomeIndex.of([_o("tudor", "contract_extended", "juve", "2025-02-01")]), LATER).status
        == "materialised"
    )
    assert resolve(stay, OutcomeIndex.of([_o("tudor", "sacked", "juve", "2025-02-01")]), LATER).status == "failed"
    assert resolve(stay, OutcomeIndex.of([]), LATER).status == "materialised"
    assert resolve(stay, OutcomeIndex.of([]), dt.date(2025, 2, 1)).status == "open"


def test_load_csv_resolves_names_and_skips_bad_rows(db_url: str, tmp_path: Path) -> None:
    engine = make_engine(db_url)
    ensure_current(engine)
    with engine.begin() as conn:
        repo.insert_entities(
            conn,
            [
                {
                    "id": "whu",
                    "kind": "club",
                    "name": "West Ham United",
                    "slug": "west-ham-united",
                    "role": None,
                    "country": None,
                    "new": False,
                },
                {
                    "id": "potter",
                    "kind": "person",
                    "name": "Graham Potter",
                    "slug": "graham-potter",
                    "role": "coach",
                    "country": None,
                    "new": False,
                },
            ],
            [
                {"entity_id": "whu", "surface": "Hammers", "folded": "hammers", "lang": "", "alias_type": "nickname"},
                {
                    "entity_id": "potter",
                    "surface": "Graham Potter",
                    "folded": "graham potter",
                    "lang": "",
                    "alias_type": "name",
                },
            ],
        )
    path = tmp_path / "o.csv"
    path.write_text(
        "person,role,event,club,date\n"
        "Graham Potter,manager,appointed,Hammers,2025-01-09\n"
        "Graham Potter,coach,promoted,Hammers,2025-01-09\n"
        "Graham Potter,coach,appointed,Nowhere Town,2025-01-09\n"
        "Graham Potter,coach,appointed,Hammers,09/01/2025\n"
        "Ann Onymous,coach,sacked,West Ham United,2025-01-08\n",
        encoding="utf-8",
    )
    with engine.begin() as conn:
        report = load_csv(conn, path)
    assert (report.read, report.added) == (5, 2)
    assert [line for line, _ in report.skipped] == [3, 4, 5]
    assert "unknown event" in report.skipped[0][1] and "unknown club" in report.skipped[1][1]
    assert "bad date" in report.skipped[2][1] and report.notes[0][0] == 6
    with engine.begin() as conn:
        again = load_csv(conn, path)
        rows = conn.execute(sa.select(outcomes).order_by(outcomes.c.date)).mappings().all()
    assert again.added == 0 and again.already == 2
    assert [(r["person_id"], r["club_id"], r["role"]) for r in rows] == [
        (None, "whu", "coach"),
        ("potter", "whu", "coach"),
    ]
    engine.dispose()
