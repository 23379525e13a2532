"""A synthetic news corpus with known outcomes, for tests and for evaluating forecasts.

The same seed gives the same corpus. The world: clubs sack coaches and fill the job from a few
rumoured candidates (or an outsider); players are linked with several clubs and move to one of them
or stay. Outlets differ: each has a reliability (how much more often it reports links that will
happen than links that will not), an activity level, and a habit of citing others; aggregators
republish others' articles as near-copies. Reports climb the stage ladder as the deal approaches
(true links further and faster than false ones, which stall and are sometimes called off); the
club's announcement closes the story. Outcomes (appointments, sackings, transfers) go to the
``outcomes`` table as an outcomes file would.

    python -m mercato.forecast.synthetic --db /tmp/syn.db --seed 7 --jobs 160 --transfers 360

Names are invented (no real person, club or outlet) and every text is assembled here from short
template sentences.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Connection, Engine

from mercato.store import ensure_current, make_engine, repo
from mercato.store.schema import articles, claim_sources, claims

_TOWNS = [
    "Ashford",
    "Brennick",
    "Caldmoor",
    "Dunmere",
    "Eastholm",
    "Fallowby",
    "Glenreach",
    "Harrowgate",
    "Ivelden",
    "Kestrel",
    "Lowmarsh",
    "Merriton",
    "Northwick",
    "Oakhurst",
    "Pembridge",
    "Quarry",
    "Redcastle",
    "Saltmere",
    "Thornbury",
    "Upfield",
    "Valewood",
    "Westerly",
    "Yarrow",
    "Zennor",
    "Brightwater",
    "Coldharbour",
    "Deepdale",
    "Elmstead",
    "Foxley",
    "Greystone",
]
_SUFFIX = ["United", "City", "Rovers", "Athletic", "Wanderers", "Town", "Albion", "FC"]
_FIRST = [
    "Aldo",
    "Bram",
    "Cesar",
    "Dario",
    "Emil",
    "Fabian",
    "Goran",
    "Hugo",
    "Ivo",
    "Jonas",
    "Karel",
    "Lino",
    "Marek",
    "Nuno",
    "Oskar",
    "Piet",
    "Rui",
    "Sven",
    "Teo",
    "Umberto",
    "Viggo",
    "Wim",
    "Xavi",
    "Yann",
    "Zoltan",
    "Anselm",
    "Bertil",
    "Casimir",
    "Dorian",
    "Elio",
]
_LAST = [
    "Averna",
    "Brolin",
    "Castellan",
    "Dreyer",
    "Esposti",
    "Falkner",
    "Gruber",
    "Halvorsen",
    "Iversen",
    "Jankovic",
    "Kessler",
    "Lindqvist",
    "Moretto",
    "Nyberg",
    "Olander",
    "Pascoal",
    "Quist",
    "Rasmussen",
    "Sandoval",
    "Tamburi",
    "Ulloa",
    "Valsecchi",
    "Wexler",
    "Ybarra",
    "Zanetti",
    "Arbeloa",
    "Bakken",
    "Cordeiro",
    "Dahlberg",
    "Engqvist",
]
_OUTLET_WORDS = ["Daily", "Courier", "Sports", "Gazette", "Post", "Herald", "Wire", "Express", "Chronicle", "Insider"]

#: sentences per stage: {p} person, {c} club (written for this generator)
_PHRASES: dict[str, list[str]] = {
    "speculation": ["{p} is being considered by {c}", "{c} are keeping an eye on {p}", "{p} is on the list of {c}"],
    "contact": ["{c} have made first contact with {p}", "{c} have sounded out {p}", "{p} has held talks with {c}"],
    "negotiation": ["{c} are negotiating with {p}", "{c} are in advanced talks with {p}"],
    "agreement": ["{p} has agreed terms with {c}", "{c} have reached an agreement with {p}"],
    "official": ["{c} have announced the signing of {p}", "{c} confirmed {p} as their new arrival"],
    "off": ["{c} have ruled out a move for {p}", "talks between {c} and {p} have collapsed"],
    "risk": ["{p} is at risk of the sack at {c}", "{c} are considering replacing {p}"],
    "departure_official": ["{c} have parted company with {p}", "{c} have sacked {p}"],
}
_LADDER = ["speculation", "contact", "negotiation", "agreement"]


@dataclass
class OutletProfile:
    id: str
    name: str
    reliability: float  # P(reports a link | true) vs P(... | false) = reliability : 1 - reliability
    activity: float
    cites: float
    aggregator: bool


@dataclass
class World:
    rng: random.Random
    start: dt.date
    outlets: list[OutletProfile] = field(default_factory=list)
    entities: dict[str, repo.Row] = field(default_factory=dict)
    article_rows: list[repo.Row] = field(default_factory=list)
    claim_rows: list[repo.Row] = field(default_factory=list)
    source_rows: list[repo.Row] = field(default_factory=list)
    outcome_rows: list[repo.Row] = field(default_factory=list)
    n: int = 0
    links: int = 0
    true_links: int = 0

    def entity(self, id_: str, kind: str, name: str, role: str | None) -> str:
        if id_ not in self.entities:
            self.entities[id_] = {
                "id": id_,
                "kind": kind,
                "name": name,
                "slug": repo.slugify(name),
                "role": role,
                "country": None,
                "new": False,
            }
        return id_


def _name(rng: random.Random, used: set[str]) -> str:
    while True:
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        if name not in used:
            used.add(name)
            return name


def _make_outlets(world: World, n: int) -> None:
    rng = world.rng
    used: set[str] = set()
    for i in range(n):
        while True:
            name = f"The {rng.choice(_TOWNS)} {rng.choice(_OUTLET_WORDS)}"
            if name not in used:
                used.add(name)
                break
        aggregator = i % 5 == 4
        reliability = 0.5 if aggregator else round(0.25 + 0.7 * i / max(1, n - 1) * rng.uniform(0.8, 1.2), 3)
        profile = OutletProfile(
            f"syn-outlet-{i}",
            name,
            min(0.95, max(0.1, reliability)),
            rng.uniform(0.25, 0.6),
            rng.uniform(0.05, 0.3),
            aggregator,
        )
        world.outlets.append(profile)
        world.entity(profile.id, "outlet", name, "outlet")


def _article(world: World, outlet: OutletProfile, day: dt.date, text: str, copy_of: str | None = None) -> str:
    world.n += 1
    article_id = f"syn-{world.n:06d}"
    title = text.split(".")[0][:120]
    world.article_rows.append(
        {
            "id": article_id,
            "url": f"https://{repo.slugify(outlet.name)}.example/{article_id}",
            "outlet": outlet.name,
            "outlet_id": outlet.id,
            "published": day,
            "published_precision": "day",
            "lang": "en",
            "title": title,
            "text": text,
            "content_hash": hashlib.sha256(f"{article_id}\n{text}".encode()).hexdigest(),
            "source": "synthetic",
            "copy_of": copy_of,
            "near_similarity": 0.9 if copy_of else None,
            "minhash": None,
            "ingested_at": dt.datetime(2030, 1, 1, tzinfo=dt.UTC),
        }
    )
    return article_id


def _claim(
    world: World,
    article_id: str,
    text: str,
    span: tuple[int, int],
    person: tuple[str, str],
    club: tuple[str, str],
    ctype: str,
    stage: str,
    hedged: bool,
    day: dt.date,
    sources: list[OutletProfile],
    conditions: list[str],
) -> None:
    claim_id = f"{article_id}#0"
    world.claim_rows.append(
        {
            "id": claim_id,
            "article_id": article_id,
            "seq": 0,
            "subject_id": person[0],
            "subject": person[1],
            "type": ctype,
            "club_id": club[0],
            "club": club[1],
            "stage": stage,
            "hedged": hedged,
            "confidence": 0.8,
            "conditions": conditions,
            "evidence": [{"start": span[0], "end": span[1], "text": text[span[0] : span[1]]}],
            "published": day,
            "lang": "en",
        }
    )
    for seq, source in enumerate(sources):
        world.source_rows.append({"claim_id": claim_id, "seq": seq, "name": source.name, "outlet_id": source.id})


def _report(
    world: World,
    outlet: OutletProfile,
    day: dt.date,
    person: tuple[str, str],
    club: tuple[str, str],
    ctype: str,
    stage: str,
    hedged: bool,
    cited: OutletProfile | None = None,
) -> str:
    rng = world.rng
    key = "departure_official" if (ctype == "departure" and stage == "official") else stage
    sentence = rng.choice(_PHRASES[key]).format(p=person[1], c=club[1])
    sentence = sentence[0].upper() + sentence[1:]
    lead = f"According to {cited.name}, " if cited else ""
    if lead:
        sentence = sentence[0].lower() + sentence[1:] if sentence.split()[0] in ("Talks",) else sentence
    hedge = " It is said that" if hedged else ""
    conditions = ["depends on results"] if (ctype == "departure" and stage == "risk" and rng.random() < 0.3) else []
    text = f"{outlet.name} reports.{hedge} {lead}{sentence}."
    start = text.index(sentence)
    article_id = _article(world, outlet, day, text)
    _claim(
        world,
        article_id,
        text,
        (start, start + len(sentence)),
        person,
        club,
        ctype,
        stage,
        hedged,
        day,
        [cited] if cited else [],
        conditions,
    )
    # aggregators republish it, lightly reworded
    for other in world.outlets:
        if other.aggregator and other is not outlet and rng.random() < 0.25:
            copy_day = day + dt.timedelta(days=rng.randint(0, 2))
            copy_text = f"{other.name} reports. {text}"
            copy_id = _article(world, other, copy_day, copy_text, copy_of=article_id)
            s = copy_text.index(sentence)
            _claim(
                world,
                copy_id,
                copy_text,
                (s, s + len(sentence)),
                person,
                club,
                ctype,
                stage,
                hedged,
                copy_day,
                [cited] if cited else [],
                conditions,
            )
    return article_id


def _rumours(
    world: World, person: tuple[str, str], club: tuple[str, str], ctype: str, true: bool, begin: dt.date, end: dt.date
) -> None:
    """Reports of one link between `begin` and the day before `end` (when it is settled)."""
    rng = world.rng
    world.links += 1
    world.true_links += true
    span = max(1, (end - begin).days)
    reporters: list[tuple[OutletProfile, dt.date]] = []
    for outlet in world.outlets:
        if outlet.aggregator:
            continue
        odds = outlet.reliability if true else 1.0 - outlet.reliability
        if rng.random() < outlet.activity * odds * 1.4:
            for _ in range(rng.choice((1, 1, 2, 3))):
                reporters.append((outlet, begin + dt.timedelta(days=rng.randint(0, span - 1))))
    if not reporters:  # someone always starts a rumour that is in the news
        reporters.append((rng.choice([o for o in world.outlets if not o.aggregator]), begin))
    reporters.sort(key=lambda r: r[1])
    earlier: list[OutletProfile] = []
    for outlet, day in reporters:
        progress = (day - begin).days / span
        if ctype == "departure":
            stage = "risk"
        elif true:
            top = min(3, int(progress * 4 + rng.random() * outlet.reliability * 2))
            stage = _LADDER[max(0, top)]
        else:
            top = min(2, int(progress * 2.2 + rng.random() * (1.0 - outlet.reliability)))
            stage = "off" if (progress > 0.6 and rng.random() < 0.25 * outlet.reliability) else _LADDER[max(0, top)]
        hedged = rng.random() < (0.55 - 0.35 * outlet.reliability)
        cited = rng.choice(earlier) if earlier and rng.random() < outlet.cites else None
        _report(world, outlet, day, person, club, ctype, stage, hedged, cited if cited is not outlet else None)
        earlier.append(outlet)


def _outcome(world: World, person: tuple[str, str], role: str, event: str, club: tuple[str, str], day: dt.date) -> None:
    world.outcome_rows.append(
        {
            "person_id": person[0],
            "person": person[1],
            "role": role,
            "event": event,
            "club_id": club[0],
            "club": club[1],
            "date": day,
            "source": "synthetic outcomes",
        }
    )


def _announce(world: World, person: tuple[str, str], club: tuple[str, str], ctype: str, day: dt.date) -> None:
    reliable = sorted((o for o in world.outlets if not o.aggregator), key=lambda o: -o.reliability)[:4]
    _report(world, world.rng.choice(reliable), day, person, club, ctype, "official", False)


def generate(
    engine: Engine,
    *,
    seed: int = 7,
    jobs: int = 160,
    transfers: int = 360,
    outlets: int = 20,
    start: dt.date = dt.date(2021, 1, 1),
    days: int = 1100,
) -> dict[str, Any]:
    """Write a synthetic corpus into the (migrated) database; returns what was made."""
    rng = random.Random(seed)
    world = World(rng, start)
    _make_outlets(world, outlets)
    used: set[str] = set()
    clubs = []
    for i, town in enumerate(_TOWNS):
        name = f"{town} {_SUFFIX[i % len(_SUFFIX)]}"
        clubs.append((world.entity(f"syn-club-{i}", "club", name, None), name))
    coaches = [
        (world.entity(f"syn-coach-{i}", "person", n, "coach"), n)
        for i, n in enumerate(_name(rng, used) for _ in range(90))
    ]
    players = [
        (world.entity(f"syn-player-{i}", "person", n, "player"), n)
        for i, n in enumerate(_name(rng, used) for _ in range(300))
    ]
    incumbent = {c[0]: coaches[i % len(coaches)] for i, c in enumerate(clubs)}

    for _ in range(jobs):
        club = rng.choice(clubs)
        vacancy = start + dt.timedelta(days=rng.randint(60, days))
        current = incumbent[club[0]]
        sacked = rng.random() < 0.65
        risk_begin = vacancy - dt.timedelta(days=rng.randint(20, 90))
        settle = vacancy if sacked else vacancy + dt.timedelta(days=400)
        _rumours(world, current, club, "departure", sacked, risk_begin, min(settle, vacancy))
        pool = [c for c in coaches if c != current]
        candidates = rng.sample(pool, rng.randint(2, 5))
        if not sacked:
            for cand in candidates[: rng.randint(0, 2)]:
                _rumours(world, cand, club, "move", False, risk_begin, vacancy)
            continue
        _outcome(world, current, "coach", "sacked", club, vacancy)
        _announce(world, current, club, "departure", vacancy)
        appointed_on = vacancy + dt.timedelta(days=rng.randint(3, 40))
        winner = candidates[0] if rng.random() < 0.8 else rng.choice([c for c in pool if c not in candidates])
        for cand in candidates:
            _rumours(
                world, cand, club, "move", cand == winner, vacancy - dt.timedelta(days=rng.randint(0, 40)), appointed_on
            )
        _outcome(world, winner, "coach", "appointed", club, appointed_on)
        _announce(world, winner, club, "move", appointed_on)
        incumbent[club[0]] = winner

    for _ in range(transfers):
        player = rng.choice(players)
        window = start + dt.timedelta(days=rng.randint(30, days))
        linked = rng.sample(clubs, rng.randint(1, 4))
        moves = rng.random() < 0.5
        done = window + dt.timedelta(days=rng.randint(10, 70))
        for club in linked:
            _rumours(world, player, club, "move", moves and club == linked[0], window, done)
        if moves:
            _outcome(world, player, "player", "joined", linked[0], done)
            _announce(world, player, linked[0], "move", done)

    ensure_current(engine)
    with engine.begin() as conn:
        _write(conn, world)
    return {
        "articles": len(world.article_rows),
        "claims": len(world.claim_rows),
        "links": world.links,
        "true_links": world.true_links,
        "outcomes": len(world.outcome_rows),
        "seed": seed,
        "outlets": {o.name: o.reliability for o in world.outlets},
    }


def _write(conn: Connection, world: World) -> None:
    repo.insert_entities(
        conn,
        list(world.entities.values()),
        [
            {
                "entity_id": e["id"],
                "surface": e["name"],
                "folded": repo.fold_name(e["name"]),
                "lang": "",
                "alias_type": "name",
            }
            for e in world.entities.values()
        ],
    )
    for table, rows in ((articles, world.article_rows), (claims, world.claim_rows), (claim_sources, world.source_rows)):
        for i in range(0, len(rows), 2000):
            repo.insert_rows(conn, table, rows[i : i + 2000])
    repo.insert_outcomes(conn, world.outcome_rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="database URL or SQLite file (created)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--jobs", type=int, default=160)
    parser.add_argument("--transfers", type=int, default=360)
    args = parser.parse_args(argv)
    made = generate(make_engine(args.db), seed=args.seed, jobs=args.jobs, transfers=args.transfers)
    print({k: v for k, v in made.items() if k != "outlets"})


if __name__ == "__main__":
    main()
