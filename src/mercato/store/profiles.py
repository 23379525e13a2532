"""Person and club profiles: the stored claims about one entity, grouped and summarised.

A *link* is every claim about one (person, type, club): how far it got (the furthest stage on
its ladder; ``off`` only when nothing else was ever claimed), the latest stage reported, when it
was first and last reported, in how many articles (and how many of those were not
near-duplicate copies), by which outlets and on whose authority.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Connection

from mercato.model import STAGE_RANK, Stage
from mercato.store import repo

_RANK = {stage.value: rank for stage, rank in STAGE_RANK.items()}
COACH_ROLES = frozenset({"coach", "manager", "head_coach"})


@dataclass
class Link:
    person: str
    person_id: str
    club: str
    club_id: str
    type: str
    furthest_stage: str
    latest_stage: str
    first_reported: str | None
    last_reported: str | None
    articles: int
    originals: int
    outlets: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    conditions: list[str] = field(default_factory=list)
    hedged: bool = False
    claim_ids: list[str] = field(default_factory=list)
    #: each stage reported, with the date of its first report, in order of first report
    stages: list[dict[str, str | None]] = field(default_factory=list)

    def first_reported_at(self, stage: str) -> str | None:
        return next((s["first_reported"] for s in self.stages if s["stage"] == stage), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "person": self.person,
            "person_id": self.person_id,
            "club": self.club,
            "club_id": self.club_id,
            "type": self.type,
            "furthest_stage": self.furthest_stage,
            "latest_stage": self.latest_stage,
            "first_reported": self.first_reported,
            "last_reported": self.last_reported,
            "articles": self.articles,
            "originals": self.originals,
            "outlets": self.outlets,
            "sources": self.sources,
            "conditions": self.conditions,
            "hedged": self.hedged,
            "stages": self.stages,
            "claims": self.claim_ids,
        }


def group_links(rows: Iterable[repo.Row]) -> list[Link]:
    """Claims (as :func:`repo.query_claims` returns them) → one Link per (person, type, club),
    furthest first, then most recent."""
    groups: dict[tuple[str, str, str], list[repo.Row]] = defaultdict(list)
    for row in rows:
        groups[(row["subject_id"], row["type"], row["club_id"])].append(row)
    links = [_link(items) for items in groups.values()]
    links.sort(key=lambda k: (-_RANK.get(k.furthest_stage, 0), _desc(k.last_reported), k.person, k.club, k.type))
    return links


def _desc(date: str | None) -> str:
    # newest first with a plain ascending sort: map each digit d to 9-d; undated last
    return "".join(chr(ord("9") - ord(c) + ord("0")) if c.isdigit() else c for c in date) if date else "~"


def _link(items: list[repo.Row]) -> Link:
    ordered = sorted(items, key=lambda r: (r["published"] or "", r["claim_id"]))
    on_ladder = [r for r in ordered if r["stage"] != Stage.OFF.value]
    furthest = max(on_ladder, key=lambda r: _RANK.get(r["stage"], 0))["stage"] if on_ladder else Stage.OFF.value
    dated = [r["published"] for r in ordered if r["published"]]
    first = ordered[0]
    outlets = sorted({r["outlet"] for r in ordered if r["outlet"]})
    sources = sorted({s for r in ordered for s in r["sources"]})
    conditions = sorted({c for r in ordered for c in r["conditions"]})
    stages: dict[str, str | None] = {}
    for r in ordered:
        stages.setdefault(r["stage"], r["published"])
    return Link(
        person=first["subject"],
        person_id=first["subject_id"],
        club=first["club"],
        club_id=first["club_id"],
        type=first["type"],
        furthest_stage=furthest,
        latest_stage=ordered[-1]["stage"],
        first_reported=min(dated) if dated else None,
        last_reported=max(dated) if dated else None,
        articles=len({r["article_id"] for r in ordered}),
        originals=len({r["article_id"] for r in ordered if not r["copy_of"]}),
        outlets=outlets,
        sources=sources,
        conditions=conditions,
        hedged=all(r["hedged"] for r in ordered),
        claim_ids=[r["claim_id"] for r in ordered],
        stages=[{"stage": stage, "first_reported": date} for stage, date in stages.items()],
    )


@dataclass
class Profile:
    entity: repo.EntityRef
    also_matched: list[repo.EntityRef]
    links: list[Link]
    roles: dict[str, str | None] = field(default_factory=dict)  # person id → role

    def base(self) -> dict[str, Any]:
        return {
            "id": self.entity.id,
            "name": self.entity.name,
            "slug": self.entity.slug,
            "kind": self.entity.kind,
            "role": self.entity.role,
            "also_matched": [{"id": e.id, "name": e.name} for e in self.also_matched],
        }


def person_profile(conn: Connection, name: str, as_of: dt.date | None = None) -> Profile | None:
    """Every club the person is linked with, per claim type, with the furthest stage reached
    (counting only articles published up to `as_of`, if given)."""
    matches = repo.resolve_entities(conn, name, "person")
    if not matches:
        return None
    person = matches[0]
    rows = repo.query_claims(conn, repo.ClaimFilter(subject_ids=[person.id], until=as_of, limit=None))
    return Profile(person, matches[1:], group_links(rows))


def person_profile_dict(profile: Profile) -> dict[str, Any]:
    links = profile.links
    return {
        "person": profile.base(),
        "links": [k.to_dict() for k in links],
        "by_type": {t: [k.to_dict() for k in links if k.type == t] for t in ("move", "departure", "stay")},
    }


def club_profile(conn: Connection, name: str, as_of: dt.date | None = None) -> Profile | None:
    """Who is linked with joining, leaving and staying at the club, and whether its coach is at risk
    (counting only articles published up to `as_of`, if given)."""
    matches = repo.resolve_entities(conn, name, "club")
    if not matches:
        return None
    club = matches[0]
    rows = repo.query_claims(conn, repo.ClaimFilter(club_ids=[club.id], until=as_of, limit=None))
    links = group_links(rows)
    refs = repo.entity_refs(conn, {k.person_id for k in links})
    roles = {pid: ref.role for pid, ref in refs.items()}
    return Profile(club, matches[1:], links, roles)


def coach_status(profile: Profile) -> list[Link]:
    """Departure links of the club's coaches still open at ``risk`` (not official, not called off)."""
    return [k for k in coaches(profile) if _coach_status(k) == "at risk"]


def coaches(profile: Profile) -> list[Link]:
    """Departure links of coaches of this club (every coach reported at risk of leaving, or gone)."""
    return [k for k in profile.links if k.type == "departure" and profile.roles.get(k.person_id) in COACH_ROLES]


def _coach_status(link: Link) -> str:
    if link.latest_stage == Stage.OFF.value:
        return "stays"
    if link.furthest_stage == Stage.OFFICIAL.value:
        return "left"
    return "at risk"


def club_profile_dict(profile: Profile) -> dict[str, Any]:
    links = profile.links

    def with_role(link: Link) -> dict[str, Any]:
        return {**link.to_dict(), "role": profile.roles.get(link.person_id)}

    bench = [
        {
            "person": k.person,
            "person_id": k.person_id,
            # "at risk" (open), "left" (departure official), "stays" (latest report: it is off)
            "status": _coach_status(k),
            "reported_at_risk": k.first_reported_at(Stage.RISK.value) is not None,
            "at_risk_since": k.first_reported_at(Stage.RISK.value),
            "left": k.first_reported_at(Stage.OFFICIAL.value),
            "articles": k.articles,
            "outlets": k.outlets,
            "sources": k.sources,
        }
        for k in coaches(profile)
    ]
    return {
        "club": profile.base(),
        "coach_at_risk": any(c["status"] == "at risk" for c in bench),
        "coaches": bench,
        "candidates": [
            with_role(k)
            for k in links
            if k.type == "move"
            and profile.roles.get(k.person_id) in COACH_ROLES
            and k.latest_stage != Stage.OFF.value
        ],
        "joining": [with_role(k) for k in links if k.type == "move"],
        "leaving": [with_role(k) for k in links if k.type == "departure"],
        "staying": [with_role(k) for k in links if k.type == "stay"],
    }
