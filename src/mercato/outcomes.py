"""Outcomes — what really happened — and the rules that resolve threads with them.

Two sources:

(a) **the news itself**: a claim at stage ``official`` that is not hedged, in an original article (a
    copy repeats its original), is taken as an announcement: a move becomes ``appointed`` (people in
    a one-seat role: coach, director, president…) or ``joined`` (players and others), a departure
    ``left``, a stay ``contract_extended``; dated by the article.
(b) **an outcomes file**, ``mercato outcomes load FILE.csv``, columns ``person,role,event,club,date``;
    names go through the database's aliases (then the knowledge base's); bad rows are reported and
    skipped.

Resolution (:func:`resolve`), with a horizon H (default 365 days) after the thread's first report R:

- **move** — *materialised* when the person arrived at the club (appointed, joined, caretaker) in
  [R - 30 days, R + H]; else *failed* on the first of: the club appointed someone else to the same
  one-seat role, the person arrived at (or extended with) another club, at or after R; else
  *failed* when R + H has passed; else *open*.
- **departure** — *materialised* when the person left the club (sacked, resigned, left), arrived
  elsewhere, or the club appointed a successor to the same one-seat role, within the window; *failed*
  when the person extended with the club, or survived the horizon; else *open*.
- **stay** — *materialised* when the person extended with the club, or was still there when the
  horizon passed; *failed* when they left or arrived elsewhere, or a successor was appointed.

Only outcomes known on the day asked about (``as_of``) count.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from mercato.store import repo

if TYPE_CHECKING:
    from mercato.kb import KnowledgeBase
from mercato.store.schema import articles, claims, entities, outcomes

DEFAULT_HORIZON_DAYS = 365
#: an arrival this long before the first report still resolves it (month-dated articles, late reports)
GRACE_DAYS = 30

ARRIVALS = frozenset({"appointed", "joined", "caretaker"})
DEPARTURES = frozenset({"sacked", "resigned", "left"})
EXTENSIONS = frozenset({"contract_extended"})
EVENTS = ARRIVALS | DEPARTURES | EXTENSIONS
#: roles with one seat per club: appointing someone else to it ends every other candidate's thread
ONE_SEAT_ROLES = frozenset({"coach", "director", "president"})
_ROLE_SYNONYMS = {
    "manager": "coach",
    "head coach": "coach",
    "head_coach": "coach",
    "trainer": "coach",
    "allenatore": "coach",
    "entrenador": "coach",
    "entraineur": "coach",
    "treinador": "coach",
    "cheftrainer": "coach",
    "sporting director": "director",
    "sporting_director": "director",
    "technical director": "director",
    "director of football": "director",
    "ds": "director",
    "chairman": "president",
}


@lru_cache(maxsize=4096)
def normalise_role(role: str | None) -> str:
    text = (role or "").strip().lower()
    return _ROLE_SYNONYMS.get(text, text)


@dataclass(frozen=True)
class Outcome:
    person_id: str | None
    person: str
    role: str
    event: str
    club_id: str | None
    club: str
    date: dt.date
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "person": self.person,
            "person_id": self.person_id,
            "role": self.role,
            "event": self.event,
            "club": self.club,
            "club_id": self.club_id,
            "date": self.date.isoformat(),
            "source": self.source,
        }


@dataclass(frozen=True)
class Resolution:
    status: str  # open | materialised | failed
    on: dt.date | None = None
    reason: str = ""
    outcome: Outcome | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "resolved_on": self.on.isoformat() if self.on else None,
            "reason": self.reason,
            "outcome": self.outcome.to_dict() if self.outcome else None,
        }


OPEN = Resolution("open")


@dataclass
class OutcomeIndex:
    """Outcomes by person and by club, for resolving many threads quickly."""

    by_person: dict[str, list[Outcome]] = field(default_factory=lambda: defaultdict(list))
    by_club: dict[str, list[Outcome]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def of(cls, items: Iterable[Outcome]) -> OutcomeIndex:
        index = cls()
        for item in sorted(items, key=lambda o: (o.date, o.person, o.event, o.club)):
            if item.person_id:
                index.by_person[item.person_id].append(item)
            if item.club_id:
                index.by_club[item.club_id].append(item)
        return index


@dataclass(frozen=True)
class ThreadFacts:
    """What resolution needs of a thread."""

    subject_id: str
    type: str
    club_id: str
    role: str | None
    first_published: dt.date | None


def resolve(
    thread: ThreadFacts,
    index: OutcomeIndex,
    as_of: dt.date,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
) -> Resolution:
    """The thread's status on `as_of` (see the module docstring for the rules)."""
    first = thread.first_published
    if first is None:
        return OPEN
    start, end = first - dt.timedelta(days=GRACE_DAYS), first + dt.timedelta(days=horizon_days)
    known_until = min(end, as_of)
    role = normalise_role(thread.role)

    def window(items: Sequence[Outcome], since: dt.date) -> list[Outcome]:
        return [o for o in items if since <= o.date <= known_until]

    mine = window(index.by_person.get(thread.subject_id, []), start)
    mine_after = [o for o in mine if o.date >= first]
    successors = (
        []
        if role not in ONE_SEAT_ROLES
        else [
            o
            for o in window(index.by_club.get(thread.club_id, []), first)
            if o.person_id != thread.subject_id
            and o.event in ARRIVALS
            and role in ONE_SEAT_ROLES
            and normalise_role(o.role) == role
        ]
    )
    if thread.type == "move":
        hit = [o for o in mine if o.event in ARRIVALS and o.club_id == thread.club_id]
        if hit:
            return Resolution("materialised", hit[0].date, f"{hit[0].event} {hit[0].date.isoformat()}", hit[0])
        blocks = [
            (o, f"{o.person} {o.event} to the role {o.date.isoformat()}") for o in successors if o.event != "caretaker"
        ]
        blocks += [
            (o, f"{o.event} at {o.club} {o.date.isoformat()}")
            for o in mine_after
            if o.club_id != thread.club_id and (o.event in ("appointed", "joined") or o.event in EXTENSIONS)
        ]
        if blocks:
            outcome, reason = min(blocks, key=lambda b: b[0].date)
            return Resolution("failed", outcome.date, reason, outcome)
        if as_of > end:
            return Resolution("failed", end, f"nothing within {horizon_days} days")
        return OPEN
    if thread.type == "departure":
        hits = [
            (o, f"{o.event} {o.date.isoformat()}")
            for o in mine
            if (o.event in DEPARTURES and o.club_id == thread.club_id)
            or (o.event in ("appointed", "joined") and o.club_id != thread.club_id and o.date >= first)
        ]
        hits += [(o, f"successor {o.person} {o.event} {o.date.isoformat()}") for o in successors]
        if hits:
            outcome, reason = min(hits, key=lambda h: h[0].date)
            return Resolution("materialised", outcome.date, reason, outcome)
        kept = [o for o in mine_after if o.event in EXTENSIONS and o.club_id == thread.club_id]
        if kept:
            return Resolution("failed", kept[0].date, f"contract extended {kept[0].date.isoformat()}", kept[0])
        if as_of > end:
            return Resolution("failed", end, f"still there after {horizon_days} days")
        return OPEN
    # stay
    kept = [o for o in mine if o.event in EXTENSIONS and o.club_id == thread.club_id]
    gone = [
        (o, f"{o.event} {o.date.isoformat()}")
        for o in mine_after
        if (o.event in DEPARTURES and o.club_id == thread.club_id)
        or (o.event in ("appointed", "joined") and o.club_id != thread.club_id)
    ]
    gone += [(o, f"successor {o.person} {o.event} {o.date.isoformat()}") for o in successors]
    if kept and (not gone or kept[0].date <= min(g[0].date for g in gone)):
        return Resolution("materialised", kept[0].date, f"contract extended {kept[0].date.isoformat()}", kept[0])
    if gone:
        outcome, reason = min(gone, key=lambda g: g[0].date)
        return Resolution("failed", outcome.date, reason, outcome)
    if as_of > end:
        return Resolution("materialised", end, f"still there after {horizon_days} days")
    return OPEN


# --------------------------------------------------------------------------- outcomes in the store


def _about(person_col: Any, club_col: Any, people: Collection[str] | None, clubs: Collection[str] | None) -> Any:
    """A filter: rows about any of `people` or any of `clubs` (None: no filter)."""
    if people is None and clubs is None:
        return sa.true()
    return sa.or_(person_col.in_(sorted(people or [])), club_col.in_(sorted(clubs or [])))


def stored_outcomes(
    conn: Connection, people: Collection[str] | None = None, clubs: Collection[str] | None = None
) -> list[Outcome]:
    query = sa.select(outcomes).where(_about(outcomes.c.person_id, outcomes.c.club_id, people, clubs))
    rows = conn.execute(query.order_by(outcomes.c.date, outcomes.c.id)).mappings()
    return [
        Outcome(
            r["person_id"],
            r["person"],
            normalise_role(r["role"]),
            r["event"],
            r["club_id"],
            r["club"],
            r["date"],
            r["source"],
        )
        for r in rows
    ]


def news_outcomes(
    conn: Connection, people: Collection[str] | None = None, clubs: Collection[str] | None = None
) -> list[Outcome]:
    """Announcements in the news, one per (person, event, club): where an original article states the
    claim at stage ``official`` without hedging. Dated by the earliest article that has it as done
    (hedged or a copy included): a later article that recalls an old appointment does not move it."""
    query = (
        sa.select(
            claims.c.subject_id,
            claims.c.subject,
            claims.c.type,
            claims.c.club_id,
            claims.c.club,
            claims.c.published,
            claims.c.article_id,
            claims.c.hedged,
            articles.c.copy_of,
            entities.c.role,
        )
        .join(articles, articles.c.id == claims.c.article_id)
        .outerjoin(entities, entities.c.id == claims.c.subject_id)
        .where(
            claims.c.stage == "official",
            claims.c.published.is_not(None),
            _about(claims.c.subject_id, claims.c.club_id, people, clubs),
        )
        .order_by(claims.c.published, claims.c.article_id)
    )
    earliest: dict[tuple[str, str, str], Any] = {}
    announced: dict[tuple[str, str, str], Any] = {}
    for r in conn.execute(query).mappings():
        key = (r["subject_id"], r["type"], r["club_id"])
        earliest.setdefault(key, r)
        if not r["hedged"] and r["copy_of"] is None:
            announced.setdefault(key, r)
    found: list[Outcome] = []
    for key, r in announced.items():
        role = normalise_role(r["role"])
        if r["type"] == "move":
            event = "appointed" if role in ONE_SEAT_ROLES else "joined"
        elif r["type"] == "departure":
            event = "left"
        else:
            event = "contract_extended"
        found.append(
            Outcome(
                r["subject_id"],
                r["subject"],
                role,
                event,
                r["club_id"],
                r["club"],
                earliest[key]["published"],
                f"article:{r['article_id']}",
            )
        )
    return found


def outcome_index(
    conn: Connection,
    *,
    news: bool = True,
    people: Collection[str] | None = None,
    clubs: Collection[str] | None = None,
) -> OutcomeIndex:
    """Loaded outcomes, plus announcements in the news unless `news` is False; only those about
    `people` or `clubs` when either is given (enough to resolve their threads)."""
    items = stored_outcomes(conn, people, clubs)
    if news:
        items += news_outcomes(conn, people, clubs)
    return OutcomeIndex.of(items)


# --------------------------------------------------------------------------- loading a file

CSV_COLUMNS = ("person", "role", "event", "club", "date")


@dataclass
class LoadReport:
    read: int = 0
    added: int = 0
    already: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)
    notes: list[tuple[int, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "added": self.added,
            "already_loaded": self.already,
            "skipped": [{"line": n, "reason": r} for n, r in self.skipped],
            "notes": [{"line": n, "note": r} for n, r in self.notes],
        }


class _Names:
    """Names to entity ids: the database's aliases first, then the knowledge base's."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._kb: dict[tuple[str, str], list[str]] | None = None
        self.kb: KnowledgeBase | None = None

    def _kb_index(self) -> dict[tuple[str, str], list[str]]:
        if self._kb is None:
            from mercato.kb import load_kb

            kb = self.kb = load_kb()
            self._kb = defaultdict(list)
            for alias in kb.aliases:
                if alias.alias_type in ("name", "short", "nickname"):
                    key = (alias.kind.value, repo.fold_name(alias.surface))
                    if alias.entity_id not in self._kb[key]:
                        self._kb[key].append(alias.entity_id)
        return self._kb

    def resolve(self, name: str, kind: str) -> tuple[str, str, str | None] | None:
        """(id, canonical name, role) of the entity `name` denotes, storing a knowledge-base entity
        the database has not met yet."""
        found = repo.resolve_entities(self.conn, name, kind)
        if found:
            return found[0].id, found[0].name, found[0].role
        ids = self._kb_index().get((kind, repo.fold_name(name)), [])
        if len(ids) != 1:
            return None
        entity_id = ids[0]
        assert self.kb is not None
        row: repo.Row
        if kind == "club":
            club = self.kb.clubs[entity_id]
            row = {
                "id": club.id,
                "kind": "club",
                "name": club.name,
                "slug": repo.slugify(club.name),
                "role": None,
                "country": club.country or None,
                "new": False,
            }
        else:
            person = self.kb.people[entity_id]
            row = {
                "id": person.id,
                "kind": "person",
                "name": person.name,
                "slug": repo.slugify(person.name),
                "role": person.role,
                "country": person.nationality or None,
                "new": False,
            }
        alias = {
            "entity_id": row["id"],
            "surface": row["name"],
            "folded": repo.fold_name(row["name"]),
            "lang": "",
            "alias_type": "name",
        }
        repo.insert_entities(self.conn, [row], [alias])
        return str(row["id"]), str(row["name"]), row["role"]


def parse_date(text: str) -> dt.date:
    return dt.date.fromisoformat(text.strip())


def load_csv(conn: Connection, path: Path | str, source: str | None = None) -> LoadReport:
    """Load an outcomes file into the ``outcomes`` table (idempotent: a row already there is not added twice)."""
    report = LoadReport()
    names = _Names(conn)
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
        missing = [c for c in CSV_COLUMNS if c not in header]
        if missing:
            report.skipped.append((1, f"missing columns: {', '.join(missing)} (need {','.join(CSV_COLUMNS)})"))
            return report
        reader.fieldnames = header
        rows: list[repo.Row] = []
        for row in reader:
            line = reader.line_num
            report.read += 1
            fields = {k: (row.get(k) or "").strip() for k in CSV_COLUMNS}
            problem = _row_problem(fields)
            if problem:
                report.skipped.append((line, problem))
                continue
            club = names.resolve(fields["club"], "club")
            if club is None:
                report.skipped.append((line, f"unknown club {fields['club']!r}"))
                continue
            person = names.resolve(fields["person"], "person")
            if person is None:
                report.notes.append((line, f"person {fields['person']!r} not known; stored by name"))
            role = normalise_role(fields["role"]) or normalise_role(person[2] if person else None)
            rows.append(
                {
                    "person_id": person[0] if person else None,
                    "person": person[1] if person else fields["person"],
                    "role": role,
                    "event": fields["event"].lower(),
                    "club_id": club[0],
                    "club": club[1],
                    "date": parse_date(fields["date"]),
                    "source": (source or Path(path).name)[:300],
                }
            )
    added = repo.insert_outcomes(conn, rows)
    report.added, report.already = added, len(rows) - added
    return report


def _row_problem(fields: dict[str, str]) -> str | None:
    for column in ("person", "event", "club", "date"):
        if not fields[column]:
            return f"empty {column}"
    if fields["event"].lower() not in EVENTS:
        return f"unknown event {fields['event']!r} (one of: {', '.join(sorted(EVENTS))})"
    try:
        parse_date(fields["date"])
    except ValueError:
        return f"bad date {fields['date']!r} (YYYY-MM-DD)"
    return None
